// How much two threads can get out of this machine right now: the same pure CPU loop on one
// worker, then on two at once. On a shared or oversubscribed machine it is well under 2×, and
// the --jobs ratio cannot be better; printed next to it so that the figure can be read.
import { Worker } from 'node:worker_threads';

const LOOP = `
const { parentPort } = require('node:worker_threads');
const a = new Float64Array(1 << 16);
let x = 0;
for (let r = 0; r < 1500; r++)
  for (let i = 0; i < a.length; i++) { a[i] = a[i] * 1.0000001 + i; x += a[i & 1023]; }
parentPort.postMessage(x);`;

function loops(n: number): Promise<number> {
  const start = performance.now();
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(LOOP, { eval: true });
          w.once('message', () => void w.terminate().then(() => resolve()));
          w.once('error', reject);
        }),
    ),
  ).then(() => performance.now() - start);
}

/** Work done per second by two threads over one (2 = two free cores). */
export async function twoThreadRatio(): Promise<number> {
  const one = await loops(1);
  const two = await loops(2);
  return (2 * one) / two;
}
