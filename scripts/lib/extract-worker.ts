// The worker side of --jobs: tasks in, outcomes out, tagged with their sequence number so that
// the main thread can put them back in reading order.
import { parentPort } from 'node:worker_threads';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { processTask, type Task } from './process-input.ts';

export interface TaskMessage {
  seq: number;
  task: Task;
}

export function runExtractWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runExtractWorker must run in a worker thread');
  const gaz = builtinGazetteer();
  // As JSON text: cloning a string is a copy, while the structured clone of the nested outcome
  // cost the worker about a tenth of its time (issue 9 profile of --jobs 2).
  port.on('message', (m: TaskMessage) => {
    port.postMessage({ seq: m.seq, json: JSON.stringify(processTask(m.task, gaz)) });
  });
}
