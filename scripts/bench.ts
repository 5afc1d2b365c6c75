// npm run bench [-- --articles N] [--sizes 1,4,16]
// Throughput and memory of the whole geocoding step (clean + geocode + buildDataset) on a
// synthetic corpus at 1×, 4× and 16× N articles, next to a naive baseline (one RegExp
// alternation of every gazetteer name). Each size runs in its own child process so its peak
// memory is its own; articles are generated and processed one at a time. Prints a table, no verdict.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createDatasetBuilder } from '../src/core/dataset/build.ts';
import { allNames } from '../src/core/gazetteer.ts';
import { builtinGazetteer } from '../src/core/gazetteer-data.ts';
import { docFromText } from './lib/load-doc.ts';
import { cleanArticle } from '../src/core/article/clean.ts';
import { loadGeocoder } from './lib/load-geocoder.ts';
import { syntheticCorpus } from './lib/synthetic-articles.ts';

interface Run {
  articles: number;
  bytes: number;
  genMs: number;
  cleanMs: number;
  stepMs: number;
  /** CPU time (user + system) of the step, less sensitive than wall time to a busy machine. */
  stepCpuMs: number;
  buildMs: number;
  baselineMs: number;
  baselineMatches: number;
  places: number;
  links: number;
  foundPlaces: number;
  peakRss: number;
  peakHeap: number;
  /** Heap still in use after a full GC once every article went through (the builder's content). */
  retainedHeap: number;
  baseRss: number;
}

const opts = new Command()
  .name('bench')
  .option('--articles <n>', 'articles at 1×', '2000')
  .option('--sizes <list>', 'multiples of --articles to run', '1,4,16')
  .option('--one <n>', '(internal) run one size in this process and print JSON')
  .parse()
  .opts<{ articles: string; sizes: string; one?: string }>();

const now = () => performance.now();

async function runOne(n: number): Promise<Run> {
  const gaz = builtinGazetteer();
  const geocode = await loadGeocoder();
  const corpus = syntheticCorpus(gaz);
  const mem = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    mem.rss = Math.max(mem.rss, m.rss);
    mem.heap = Math.max(mem.heap, m.heapUsed);
  };
  // Warm up the name index and JIT on articles outside the measured range.
  for (let i = 0; i < 50; i++)
    geocode(docFromText(corpus.article(n + 1_000_000 + i).text, 'warm.txt'), gaz);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;

  const run: Run = {
    articles: n,
    bytes: 0,
    genMs: 0,
    cleanMs: 0,
    stepMs: 0,
    stepCpuMs: 0,
    buildMs: 0,
    baselineMs: 0,
    baselineMatches: 0,
    places: 0,
    links: 0,
    foundPlaces: 0,
    peakRss: 0,
    peakHeap: 0,
    retainedHeap: 0,
    baseRss,
  };
  // Each result goes straight into the builder, which keeps only what the dataset will hold.
  const builder = createDatasetBuilder(gaz);
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  for (let i = 0; i < n; i++) {
    let t = now();
    const { file, text } = corpus.article(i);
    run.genMs += now() - t;
    run.bytes += Buffer.byteLength(text, 'utf8');
    t = now();
    // Cleaning timed on its own for the breakdown; docFromText cleans again inside the step.
    cleanArticle(text);
    run.cleanMs += now() - t;
    t = now();
    const c = cpu();
    const { result } = geocode(docFromText(text, file), gaz);
    builder.add(result);
    run.stepCpuMs += cpu() - c;
    run.stepMs += now() - t;
    run.foundPlaces += result.places.length;
    if (i % 250 === 0) sample();
  }
  if (gc) {
    gc();
    run.retainedHeap = process.memoryUsage().heapUsed - baseHeap;
  }
  let t = now();
  const c = cpu();
  const ds = builder.build();
  run.buildMs = now() - t;
  run.stepCpuMs += cpu() - c;
  sample();
  run.places = ds.places.features.length;
  run.links = ds.links.features.length;

  // Baseline: the naive matcher a first attempt would write, over the same texts.
  const names = [...new Set(gaz.entries.flatMap((e) => allNames(e)))].sort(
    (a, b) => b.length - a.length,
  );
  const escaped = names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (let i = 0; i < n; i++) {
    const { text } = corpus.article(i);
    t = now();
    for (const _ of text.matchAll(re)) run.baselineMatches++;
    run.baselineMs += now() - t;
  }
  run.peakRss = mem.rss;
  run.peakHeap = mem.heap;
  return run;
}

function childRun(n: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--one', String(n)], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as Run);
      else
        reject(new Error(`bench child for ${n} articles exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

const mb = (bytes: number) => bytes / 1e6;
const f = (x: number, d = 1) => x.toFixed(d);

function table(rows: { size: string; run: Run }[]): string {
  const head = [
    'size',
    'articles',
    'MB',
    'step s',
    'MB/s',
    'art/s',
    'wall ms/MB',
    'CPU ms/MB',
    'clean ms/MB',
    'build s',
    'naive s',
    'naive MB/s',
    'naive ms/MB',
    'peak RSS MB',
    'peak heap MB',
    'kept KB/art',
    'places',
    'links',
  ];
  const body = rows.map(({ size, run }) => {
    const m = mb(run.bytes);
    const step = (run.stepMs + run.buildMs) / 1000;
    return [
      size,
      String(run.articles),
      f(m),
      f(step, 2),
      f(m / step, 2),
      f(run.articles / step, 0),
      f((step * 1000) / m, 0),
      f(run.stepCpuMs / m, 0),
      f(run.cleanMs / m, 0),
      f(run.buildMs / 1000, 2),
      f(run.baselineMs / 1000, 2),
      f(m / (run.baselineMs / 1000), 2),
      f(run.baselineMs / m, 0),
      f(mb(run.peakRss), 0),
      f(mb(run.peakHeap), 0),
      f(run.retainedHeap / 1000 / run.articles, 1),
      String(run.places),
      String(run.links),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (opts.one) {
    const run = await runOne(Number(opts.one));
    process.stdout.write(JSON.stringify(run) + '\n');
    return;
  }
  const base = Number(opts.articles);
  const sizes = opts.sizes.split(',').map(Number);
  if (!Number.isInteger(base) || base <= 0 || sizes.some((s) => !Number.isInteger(s) || s <= 0)) {
    process.stderr.write('bench: --articles and --sizes take positive integers\n');
    process.exit(2);
  }
  const rows: { size: string; run: Run }[] = [];
  for (const s of sizes) {
    process.stderr.write(`bench: ${s}× (${base * s} articles)…\n`);
    rows.push({ size: `${s}×`, run: await childRun(base * s) });
  }
  process.stdout.write(
    `Whole step = clean + metadata + id + geocodeArticle per article, each result fed to the dataset builder, built once.\n` +
      `Naive = one case-insensitive RegExp alternation of every gazetteer name over the same texts.\n` +
      `wall and CPU ms/MB should stay flat across sizes (linear cost). Generation time is excluded.\n` +
      `kept KB/art: heap added by the run, after a full GC once all articles are in the builder, per article (the output).\n\n` +
      table(rows) +
      '\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exit(1);
});
