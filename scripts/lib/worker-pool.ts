// Runs tasks on N worker threads (or in this thread for one job) and hands the outcomes back in
// the order the tasks were submitted, so the output does not depend on --jobs. At most a few
// tasks per worker are in flight: memory stays flat however long the input is.
import { Worker } from 'node:worker_threads';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { processTask, trivialOutcome, type Outcome, type Task } from './process-input.ts';

export const WORKER_ROLE = 'friendship-atlas:extract-worker';
/** Tasks queued per worker: enough to keep it busy while the main thread reads and writes. */
const IN_FLIGHT_PER_WORKER = 16;

export interface TaskRunner {
  /** Resolves once there is room for another task. */
  submit(task: Task, bytes: number): Promise<void>;
  /** Waits for every outcome and stops the workers. */
  close(): Promise<void>;
}

export type OnOutcome = (outcome: Outcome, bytes: number) => void;

export function createTaskRunner(jobs: number, onOutcome: OnOutcome): TaskRunner {
  return jobs <= 1 ? inThread(onOutcome) : workerPool(jobs, onOutcome);
}

function inThread(onOutcome: OnOutcome): TaskRunner {
  const gaz = builtinGazetteer();
  return {
    async submit(task, bytes) {
      onOutcome(processTask(task, gaz), bytes);
    },
    async close() {},
  };
}

/**
 * In the bundle, this module is the CLI file itself, which starts as a worker when it sees
 * WORKER_ROLE; from source, tsx-worker.mjs registers tsx and loads extract-worker.ts.
 */
function spawn(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts'))
    return new Worker(new URL('./tsx-worker.mjs', self), {
      workerData: { role: WORKER_ROLE, entry: new URL('./extract-worker.ts', self).href },
    });
  return new Worker(new URL(self), { workerData: { role: WORKER_ROLE } });
}

function workerPool(jobs: number, onOutcome: OnOutcome): TaskRunner {
  const workers: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, { outcome: Outcome | null; bytes: number }>();
  let nextSeq = 0;
  let nextOut = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const flush = () => {
    for (let p = pending.get(nextOut); p?.outcome; p = pending.get(nextOut)) {
      pending.delete(nextOut++);
      onOutcome(p.outcome, p.bytes);
    }
  };

  for (let i = 0; i < jobs; i++) {
    const slot = { worker: spawn(), busy: 0 };
    slot.worker.on('message', (m: { seq: number; json: string }) => {
      slot.busy--;
      pending.get(m.seq)!.outcome = JSON.parse(m.json) as Outcome;
      flush();
      notify();
    });
    slot.worker.on('error', (err) => {
      failure ??= new Error(`extraction worker failed: ${err.message}`);
      notify();
    });
    slot.worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`extraction worker stopped (exit code ${code})`);
      notify();
    });
    workers.push(slot);
  }

  const waitFor = async (ready: () => boolean) => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };

  return {
    async submit(task, bytes) {
      if (failure) throw failure;
      const seq = nextSeq++;
      const trivial = trivialOutcome(task);
      if (trivial) {
        // Nothing to compute; it still waits for the outcomes before it.
        pending.set(seq, { outcome: trivial, bytes });
        flush();
        return;
      }
      pending.set(seq, { outcome: null, bytes });
      let slot = workers[0]!;
      for (const w of workers) if (w.busy < slot.busy) slot = w;
      slot.busy++;
      slot.worker.postMessage({ seq, task });
      await waitFor(() => workers.some((w) => w.busy < IN_FLIGHT_PER_WORKER));
    },
    async close() {
      try {
        await waitFor(() => pending.size === 0);
      } finally {
        for (const w of workers) {
          w.worker.removeAllListeners('exit');
          await w.worker.terminate();
        }
      }
    },
  };
}
