// npm run bench [-- --articles N] [--jobs-articles N] [--rss-articles N]
// The figures issue 9 sets targets for, measured in one run, each with PASS or FAIL:
//   1. the whole step (clean + metadata + id + extract + dataset build) on one core, MB/s, in
//      this process (scripts/lib/bench-step.ts), and the naive one-regex matcher over the same texts;
//   2. the built CLI with --jobs 2 against --jobs 1 on the same ndjson corpus, startup (a run on
//      one article) subtracted;
//   3. the CLI's peak RSS with --ndjson on a 1× and a 16× corpus.
// The CLI is rebuilt first (npm run build:cli), so that it is the code being measured.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { builtinGazetteer } from '../src/core/gazetteer-data.ts';
import { runCli, writeCorpus } from './lib/bench-cli.ts';
import { twoThreadRatio } from './lib/bench-cores.ts';
import { benchStep } from './lib/bench-step.ts';
import { verdicts, verdictTable } from './lib/bench-targets.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist-cli/friendship-atlas.js');
const RSS_MULTIPLE = 16;

const opts = new Command()
  .name('bench')
  .option('--articles <n>', 'articles for the one-core step and the naive matcher', '2000')
  .option('--jobs-articles <n>', 'articles in the corpus for --jobs 1 vs 2', '2000')
  .option(
    '--rss-articles <n>',
    `articles in the 1× corpus (the large one is ${RSS_MULTIPLE}×)`,
    '400',
  )
  .parse()
  .opts<{ articles: string; jobsArticles: string; rssArticles: string }>();

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const mb = (b: number) => (b / 1e6).toFixed(1);
const sec = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const [n, nJobs, nRss] = [opts.articles, opts.jobsArticles, opts.rssArticles].map(Number);
  if (![n, nJobs, nRss].every((x) => Number.isInteger(x) && x! > 0)) {
    process.stderr.write('bench: article counts must be positive integers\n');
    process.exit(2);
  }
  log('building the CLI (npm run build:cli)…');
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });

  log(`whole step on one core, ${n} articles…`);
  const step = benchStep(n!);
  const stepMBps = step.bytes / 1e6 / (step.stepMs / 1000);
  const naiveMBps = step.bytes / 1e6 / (step.naiveMs / 1000);

  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  try {
    const gaz = builtinGazetteer();
    const one = join(dir, 'one.ndjson');
    const jobsFile = join(dir, 'jobs.ndjson');
    const small = join(dir, `rss-1x.ndjson`);
    const large = join(dir, `rss-${RSS_MULTIPLE}x.ndjson`);
    await writeCorpus(one, 1, gaz);
    const jobsBytes = await writeCorpus(jobsFile, nJobs!, gaz);
    const half = Math.floor(nJobs! / 2);
    const halves = [join(dir, 'half-a.ndjson'), join(dir, 'half-b.ndjson')] as const;
    await writeCorpus(halves[0], half, gaz);
    await writeCorpus(halves[1], nJobs! - half, gaz, half);
    const smallBytes = await writeCorpus(small, nRss!, gaz);
    const largeBytes = await writeCorpus(large, nRss! * RSS_MULTIPLE, gaz);

    log(`--jobs 1 and 2 on ${nJobs} articles (${mb(jobsBytes)} MB)…`);
    const start1 = await runCli(BUNDLE, 1, one);
    const start2 = await runCli(BUNDLE, 2, one);
    const jobs1 = await runCli(BUNDLE, 1, jobsFile);
    const jobs2 = await runCli(BUNDLE, 2, jobsFile);
    const work1 = jobs1.ms - start1.ms;
    const work2 = jobs2.ms - start2.ms;
    const machine = await twoThreadRatio();
    // The ceiling for two extraction threads here: two separate --jobs 1 processes, each on half
    // the corpus, at once (no sharing, no messages; only the machine's cores, caches and V8's
    // own helper threads between them).
    const startPair = performance.now();
    await Promise.all(halves.map((h) => runCli(BUNDLE, 1, h)));
    const pairWork = performance.now() - startPair - start1.ms;

    log(`peak RSS, --ndjson --jobs 1, ${nRss} and ${nRss! * RSS_MULTIPLE} articles…`);
    const rss1 = await runCli(BUNDLE, 1, small);
    const rss16 = await runCli(BUNDLE, 1, large);

    process.stdout.write(
      [
        `one core, in process: ${step.articles} synthetic articles, ${mb(step.bytes)} MB: step ${sec(step.stepMs)} s, naive ${sec(step.naiveMs)} s (${step.naiveMatches} matches); dataset ${step.places} places, ${step.links} links`,
        `CLI (${BUNDLE.replace(ROOT, '')}) geocode --ndjson --quiet on ${mb(jobsBytes)} MB: --jobs 1 ${sec(jobs1.ms)} s, --jobs 2 ${sec(jobs2.ms)} s; startup (1 article) ${sec(start1.ms)} s / ${sec(start2.ms)} s; ` +
          `throughput ${mb(jobsBytes / (work1 / 1000))} / ${mb(jobsBytes / (work2 / 1000))} MB/s; ` +
          `a pure CPU loop on 2 threads does ${machine.toFixed(2)}× the work of 1 on this machine now (load ${loadavg()[0]!.toFixed(1)}); ` +
          `two separate --jobs 1 processes on the two halves at once: ${(work1 / pairWork).toFixed(2)}× --jobs 1 (the most two threads can give here); ` +
          // V8's concurrent GC and compiler threads already work beside --jobs 1's one thread:
          // the cores it keeps busy bound what a second extraction thread can add.
          `cores busy (CPU time / wall time): --jobs 1 ${(jobs1.cpuMs / jobs1.ms).toFixed(2)}, --jobs 2 ${(jobs2.cpuMs / jobs2.ms).toFixed(2)}`,
        `CLI --ndjson --jobs 1 peak RSS: ${mb(smallBytes)} MB corpus ${mb(rss1.maxRss)} MB, ${mb(largeBytes)} MB corpus ${mb(rss16.maxRss)} MB`,
        '',
        verdictTable(
          verdicts({
            stepMBps,
            naiveMBps,
            jobsRatio: work1 / work2,
            pairRatio: work1 / pairWork,
            rss1: rss1.maxRss,
            rss16: rss16.maxRss,
          }),
        ),
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exit(1);
});
