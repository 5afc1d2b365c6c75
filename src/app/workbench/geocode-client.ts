// The page's side of the geocoding worker: one request at a time, cancellable. Cancelling
// terminates the worker (the extractor cannot be interrupted mid-article); the next request
// starts a fresh one.
import type { RawArticle } from '../../core/article/prepare.ts';
import type { Draft } from './geocode-draft.ts';

export interface WorkerRequest {
  id: number;
  raw: RawArticle;
}
export type WorkerReply =
  { id: number; ok: true; draft: Draft } | { id: number; ok: false; error: string };

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface GeocodeClient {
  geocode(raw: RawArticle): Promise<Draft>;
  cancel(): void;
  dispose(): void;
}

export function createGeocodeClient(
  start: () => Worker = () =>
    new Worker(new URL('./geocode.worker.ts', import.meta.url), { type: 'module' }),
): GeocodeClient {
  let worker: Worker | null = null;
  let seq = 0;
  let pending: { id: number; reject: (e: Error) => void } | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    geocode(raw) {
      pending?.reject(new CancelledError());
      const id = ++seq;
      worker ??= start();
      const w = worker;
      return new Promise<Draft>((resolve, reject) => {
        pending = { id, reject };
        w.onmessage = (e: MessageEvent<WorkerReply>) => {
          if (e.data.id !== id) return;
          pending = null;
          if (e.data.ok) resolve(e.data.draft);
          else reject(new Error(e.data.error));
        };
        w.onerror = (e) => {
          pending = null;
          stop();
          reject(new Error(e.message || 'the geocoding worker failed'));
        };
        w.postMessage({ id, raw } satisfies WorkerRequest);
      });
    },
    cancel() {
      stop();
      pending?.reject(new CancelledError());
      pending = null;
    },
    dispose() {
      this.cancel();
    },
  };
}
