// The geocode command: reads articles (files, folders, or ndjson on stdin), runs the extraction
// on --jobs worker threads, and writes the dataset, --ndjson lines, or (for `-`) one result line
// per input line; --from-results merges result lines into the dataset a single run would write.
// Only wiring and I/O: the work is in process-input.ts, run-sink.ts and src/core.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { summaryText } from '../../src/core/article/run-report.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { jsonText, writeFileAtomic } from './atomic-write.ts';
import { MAP_FILE, mapFile, mapFileText } from '../../src/core/dataset/map-file.ts';
import { bufferedLines } from './buffered-out.ts';
import { createHeapTrimmer } from './heap-trim.ts';
import { byteLines } from './ndjson-lines.ts';
import { createProgress, rateText } from './progress.ts';
import { expandInputs, lineTask, readTasks } from './read-input.ts';
import { readResultFiles } from './read-results.ts';
import { createRunSink } from './run-sink.ts';
import { createTaskRunner } from './worker-pool.ts';
import { tuneV8 } from './v8-tuning.ts';

export const DEFAULT_OUT = 'geodata/dataset';
/** A worker takes ~0.2 s to start (gazetteer, name index): not worth it for less input than this. */
const BYTES_PER_JOB = 2e6;

interface Options {
  out?: string;
  ndjson?: boolean;
  quiet?: boolean;
  jobs?: number;
  fromResults?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function usage(name: string): Command {
  return new Command(name)
    .description(
      'Find places and links in Vietnamese news articles and write the Friendship Atlas dataset.',
    )
    .argument(
      '[inputs...]',
      '.txt, .html, .htm, .ndjson or .jsonl files, or folders of them; "-" reads ndjson articles on stdin and writes one result line per input line',
    )
    .option(
      '--out <dir>',
      `folder for the dataset files (default ${DEFAULT_OUT}, none with --ndjson or -)`,
    )
    .option('--ndjson', 'print one JSON line per article on stdout')
    .option(
      '--jobs <n>',
      `threads for the extraction, this one and N - 1 workers (default: the number of cores, ${availableParallelism()} here, but no more than one per ${BYTES_PER_JOB / 1e6} MB of input files)`,
      positiveInt,
    )
    .option(
      '--from-results',
      'the inputs are result lines written by `geocode -` (files, or folders of part-* files): build the dataset from them',
    )
    .option('--quiet', 'no progress bar, warnings or summary (errors are still printed)')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
}

export async function geocodeMain(argv: string[], name = 'geocode'): Promise<number> {
  tuneV8();
  const program = usage(name);
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = program.opts<Options>();
  const args = program.args;
  const stderr = process.stderr;
  if (args.length === 0) {
    stderr.write('error: no input files or folders given\n(run with --help for usage)\n');
    return 2;
  }
  const stdin = args.includes('-');
  if (stdin && (args.length > 1 || opts.fromResults)) {
    stderr.write('error: "-" (stdin) must be the only input\n(run with --help for usage)\n');
    return 2;
  }
  const outDir = opts.out ?? (opts.ndjson || stdin ? null : DEFAULT_OUT);
  const lines = opts.ndjson ? 'articles' : stdin ? 'records' : null;

  const expanded =
    stdin || opts.fromResults ? { files: [], skipped: [], errors: [] } : await expandInputs(args);
  const started = performance.now();
  const totalBytes = expanded.files.reduce((n, f) => n + (f.size ?? 0), 0);
  const progress = createProgress({
    stream: stderr,
    totalBytes: stdin ? null : totalBytes,
    enabled: !opts.quiet && stderr.isTTY === true,
  });
  const say = (line: string) => progress.around(() => stderr.write(`${line}\n`));
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix filters do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  const out = bufferedLines(process.stdout);
  const sink = createRunSink({
    gaz: builtinGazetteer(),
    dataset: outDir !== null,
    lines,
    writeLine: out.line,
    say,
    noteItem: (line) => {
      if (!opts.quiet && !progress.visible) stderr.write(`${line}\n`);
    },
    skipped: expanded.skipped,
  });
  for (const e of expanded.errors) sink.fail(e);
  let bytes = 0;
  const trim = createHeapTrimmer();

  if (opts.fromResults) {
    for await (const item of readResultFiles(args)) {
      if ('problem' in item) sink.fail(item.problem);
      else sink.accept(item.outcome);
      bytes += item.bytes;
      trim.done(item.bytes);
      progress.tick(item.bytes, 'outcome' in item && item.outcome.kind === 'article');
      if (out.full) await out.flush();
    }
  } else {
    const jobs =
      opts.jobs ??
      (stdin
        ? availableParallelism()
        : Math.min(availableParallelism(), Math.ceil(totalBytes / BYTES_PER_JOB)));
    const runner = createTaskRunner(jobs, (outcome, b) => {
      sink.accept(outcome);
      bytes += b;
      trim.done(b);
      progress.tick(b, outcome.kind === 'article');
    });
    try {
      if (stdin) {
        for await (const l of byteLines(process.stdin)) {
          await runner.submit(lineTask('-', '-', l), l.bytes);
          if (out.full) await out.flush();
        }
      } else {
        for (const file of expanded.files) {
          for await (const { task, bytes: b } of readTasks(file)) {
            await runner.submit(task, b);
            if (out.full) await out.flush();
          }
        }
      }
    } finally {
      await runner.close();
    }
  }
  await out.flush();
  progress.stop();

  const { summary, tally, report, dataset } = sink.finish();
  if (outDir !== null && report && dataset) {
    if (summary.counts.articles === 0)
      say(`error: no article could be read; nothing written to ${outDir}`);
    else {
      await writeFileAtomic(join(outDir, 'places.geojson'), jsonText(dataset.places));
      await writeFileAtomic(join(outDir, 'links.geojson'), jsonText(dataset.links));
      await writeFileAtomic(join(outDir, 'articles.json'), jsonText(dataset.articles));
      await writeFileAtomic(join(outDir, MAP_FILE), mapFileText(mapFile(dataset)));
      await writeFileAtomic(join(outDir, 'report.json'), jsonText(report));
    }
  }
  if (!opts.quiet) {
    stderr.write(`${summaryText(summary, tally)}\n`);
    const ms = performance.now() - started;
    if (ms >= 1000)
      stderr.write(
        `${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s: ${rateText(bytes, summary.counts.articles + summary.counts.duplicates, ms)}\n`,
      );
    if (outDir !== null && summary.counts.articles > 0) stderr.write(`written to ${outDir}/\n`);
  }
  // A filter's failed lines are in its output; a non-zero exit would make Spark or Hadoop
  // fail the whole task.
  if (stdin && outDir === null) return 0;
  return summary.counts.failed > 0 || summary.counts.articles === 0 ? 1 : 0;
}
