// Runs tasks on N threads, this one and N − 1 workers (this one alone for one job), and hands the
// outcomes back in the order the tasks were submitted, so the output does not depend on --jobs.
// At most a few tasks per worker are in flight: memory stays flat however long the input is.
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { processTask, trivialOutcome, type Outcome, type Task } from './process-input.ts';

export const WORKER_ROLE = 'friendship-atlas:extract-worker';
// Tasks travel in batches: a message per article cost each worker a tenth of its time
// (issue 9, --jobs 2 profile). A batch closes at whichever limit comes first; a few batches per
// worker keep it busy while the main thread reads and writes, and bound the memory in flight.
const BATCH_TASKS = 16;
const BATCH_BYTES = 256 * 1024;
const BATCHES_IN_FLIGHT = 2;

/** What a worker is sent: tasks with their sequence numbers, answered together. */
export interface TaskBatch {
  seqs: number[];
  tasks: Task[];
  /** Input bytes of the tasks. */
  bytes: number;
}

/** A worker's answer: the outcomes of a batch, in its order, each as JSON text. */
export interface BatchReply {
  seqs: number[];
  json: string[];
}

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
  const workers: { worker: Worker; batches: number; tasks: number }[] = [];
  // An outcome waits as the worker's JSON text and is parsed when its turn comes: parsed at
  // once, every outcome waiting for an earlier one stayed alive through collections.
  const pending = new Map<number, { outcome: Outcome | string | null; bytes: number }>();
  let nextSeq = 0;
  let nextOut = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let open: TaskBatch = { seqs: [], tasks: [], bytes: 0 };
  let flushScheduled = false;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const deliver = () => {
    for (let p = pending.get(nextOut); p?.outcome; p = pending.get(nextOut)) {
      pending.delete(nextOut++);
      const o = p.outcome;
      onOutcome(typeof o === 'string' ? (JSON.parse(o) as Outcome) : o, p.bytes);
    }
  };

  // The main thread is one of the N: it runs a batch itself whenever every worker has its fill,
  // so that N threads share N cores (a main thread only reading and writing lost a core's worth
  // to a third thread on two cores, and every worker pays its own JIT warm-up).
  let gaz: Gazetteer | null = null;
  const runHere = (batch: TaskBatch) => {
    gaz ??= builtinGazetteer();
    batch.tasks.forEach((t, k) => (pending.get(batch.seqs[k]!)!.outcome = processTask(t, gaz!)));
    deliver();
  };

  for (let i = 0; i < jobs - 1; i++) {
    const slot = { worker: spawn(), batches: 0, tasks: 0 };
    slot.worker.on('message', (m: BatchReply) => {
      slot.batches--;
      slot.tasks -= m.json.length;
      m.seqs.forEach((seq, k) => (pending.get(seq)!.outcome = m.json[k]!));
      deliver();
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

  /** Sends the open batch to the least busy worker, or runs it here when all are full. */
  const send = (): boolean => {
    if (open.tasks.length === 0) return false;
    const batch = open;
    open = { seqs: [], tasks: [], bytes: 0 };
    let slot = workers[0]!;
    for (const w of workers) if (w.tasks < slot.tasks) slot = w;
    if (slot.batches >= BATCHES_IN_FLIGHT) {
      runHere(batch);
      return true;
    }
    slot.batches++;
    slot.tasks += batch.tasks.length;
    slot.worker.postMessage(batch);
    return false;
  };

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
        deliver();
        return;
      }
      pending.set(seq, { outcome: null, bytes });
      open.seqs.push(seq);
      open.tasks.push(task);
      open.bytes += bytes;
      if (open.tasks.length < BATCH_TASKS && open.bytes < BATCH_BYTES) {
        // A reader waiting for more input must not hold back what it has read.
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(() => {
            flushScheduled = false;
            send();
          });
        }
        return;
      }
      // After a batch run here, a turn of the event loop takes the workers' answers in.
      if (send()) await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async close() {
      try {
        send();
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
