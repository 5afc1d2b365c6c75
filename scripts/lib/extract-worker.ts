// The worker side of --jobs: batches of tasks in, their outcomes out, tagged with their sequence
// numbers so that the main thread can put them back in reading order.
import { parentPort } from 'node:worker_threads';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { createHeapTrimmer } from './heap-trim.ts';
import { processTask } from './process-input.ts';
import type { BatchReply, TaskBatch } from './worker-pool.ts';

export function runExtractWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runExtractWorker must run in a worker thread');
  const gaz = builtinGazetteer();
  const trim = createHeapTrimmer();
  // As JSON text: cloning a string is a copy, while the structured clone of the nested outcome
  // cost the worker about a tenth of its time (issue 9 profile of --jobs 2). Each outcome is
  // turned into text as soon as it is made: a batch of live outcome objects made every
  // young-generation collection copy them.
  port.on('message', (m: TaskBatch) => {
    const reply: BatchReply = {
      seqs: m.seqs,
      json: m.tasks.map((t) => JSON.stringify(processTask(t, gaz))),
    };
    port.postMessage(reply);
    trim.done(m.bytes);
  });
}
