// Runs the built CLI on a corpus file the way a user would, for the figures one process cannot
// give about itself: --jobs scaling and peak memory against corpus size.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import { syntheticCorpus } from './synthetic-articles.ts';

const MAX_RSS = fileURLToPath(new URL('./max-rss.mjs', import.meta.url));

/**
 * Writes articles [from, from + n) of the synthetic corpus as ndjson, one at a time. Returns the
 * bytes.
 */
export async function writeCorpus(
  path: string,
  n: number,
  gaz: Gazetteer,
  from = 0,
): Promise<number> {
  const corpus = syntheticCorpus(gaz);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = from; i < from + n; i++) {
    const line = `${JSON.stringify({ text: corpus.article(i).text })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

export interface CliRun {
  ms: number;
  maxRss: number;
  /** CPU time of every thread of the process, ms. */
  cpuMs: number;
}

/** `friendship-atlas geocode --ndjson --quiet --jobs N file`, output discarded. */
export function runCli(bundle: string, jobs: number, file: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', MAX_RSS, bundle, 'geocode', '--ndjson', '--quiet', '--jobs', String(jobs), file],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const m = /max-rss-kb (\d+)/.exec(err);
      const cpu = /cpu-us (\d+)/.exec(err);
      if (code !== 0 || !m || !cpu)
        reject(new Error(`CLI run failed (exit ${code}): ${err.slice(-500)}`));
      else resolve({ ms, maxRss: Number(m[1]) * 1024, cpuMs: Number(cpu[1]) / 1000 });
    });
  });
}
