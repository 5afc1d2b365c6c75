// npm run geocode -- [--out DIR] [--ndjson] [--quiet] <files or folders>
// Reads articles, finds places and links in each, writes the dataset the explorer shows.
// Thin shell: reading is scripts/lib/read-input.ts, everything else is in src/core.
// Exit codes: 0 all inputs read, 1 some input failed, 2 usage error.
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import cliProgress from 'cli-progress';
import { prepareArticle } from '../src/core/article/prepare.ts';
import {
  buildRunReport,
  orderedResult,
  summaryText,
  type ArticleEntry,
  type FileProblem,
} from '../src/core/article/run-report.ts';
import type { Gazetteer } from '../src/core/gazetteer.ts';
import type { ArticleResult } from '../src/core/types.ts';
import { jsonText, writeFileAtomic } from './lib/atomic-write.ts';
import { loadGeocoder, type GeocodeArticle } from './lib/load-geocoder.ts';
import { expandInputs, readArticles } from './lib/read-input.ts';

const DEFAULT_OUT = 'geodata/dataset';
const PROGRESS_MIN_INPUTS = 20;

interface Options {
  out?: string;
  ndjson?: boolean;
  quiet?: boolean;
}

function usage(): Command {
  return new Command('geocode')
    .description(
      'Find places and links in Vietnamese news articles and write the Friendship Atlas dataset.',
    )
    .argument('[inputs...]', '.txt, .html, .htm, .ndjson or .jsonl files, or folders of them')
    .option(
      '--out <dir>',
      `folder for the dataset files (default ${DEFAULT_OUT}, none with --ndjson)`,
    )
    .option('--ndjson', 'print one JSON line per article on stdout')
    .option('--quiet', 'no progress bar, warnings or summary (errors are still printed)')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
}

async function loadPipeline(): Promise<{
  geocode: GeocodeArticle;
  gaz: Gazetteer;
  build: typeof import('../src/core/dataset/build.ts').buildDataset;
}> {
  const geocode = await loadGeocoder();
  const { builtinGazetteer } = await import('../src/core/gazetteer-data.ts');
  const { buildDataset } = await import('../src/core/dataset/build.ts');
  return { geocode, gaz: builtinGazetteer(), build: buildDataset };
}

async function main(argv: string[]): Promise<number> {
  const program = usage();
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = program.opts<Options>();
  const args = program.args;
  if (args.length === 0) {
    process.stderr.write('error: no input files or folders given\n(run with --help for usage)\n');
    return 2;
  }
  const outDir = opts.out ?? (opts.ndjson ? null : DEFAULT_OUT);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const note = (line: string) => {
    if (!opts.quiet) say(line);
  };

  const expanded = await expandInputs(args);
  const errors: FileProblem[] = [...expanded.errors];
  for (const e of errors) say(`error: ${e.file}: ${e.message}`);
  for (const s of expanded.skipped) note(`${s.file}: ${s.message}`);

  let pipeline: Awaited<ReturnType<typeof loadPipeline>>;
  try {
    pipeline = await loadPipeline();
  } catch (err) {
    say(`error: ${(err as Error).message}`);
    return 1;
  }

  const bar =
    !opts.quiet && process.stderr.isTTY && expanded.files.length > PROGRESS_MIN_INPUTS
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: 'geocode {bar} {value}/{total} files' },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(expanded.files.length, 0);
  // With a bar on screen, per-article notes would break it: they go to report.json only.
  const noteItem = (line: string) => {
    if (!bar) note(line);
  };
  const fail = (file: string, message: string) => {
    errors.push({ file, message });
    if (bar) bar.stop();
    say(`error: ${file}: ${message}`);
    if (bar) bar.start(expanded.files.length, bar.getProgress() * expanded.files.length);
  };

  const entries: ArticleEntry[] = [];
  const results: ArticleResult[] = [];
  const firstSource = new Map<string, string>();
  for (const file of expanded.files) {
    for await (const item of readArticles(file)) {
      if (!item.ok) {
        fail(item.source, item.message);
        continue;
      }
      try {
        const prepared = prepareArticle(item.raw);
        const id = prepared.doc.id;
        const warnings = [...item.warnings, ...prepared.warnings];
        const first = firstSource.get(id);
        if (first !== undefined) {
          noteItem(
            `duplicate: ${item.source} is the same article as ${first} (id ${id}); processed once`,
          );
          entries.push({
            source: item.source,
            id,
            dropped: [],
            unresolved: [],
            warnings,
            duplicateOf: first,
          });
          continue;
        }
        firstSource.set(id, item.source);
        const { result, unresolved } = pipeline.geocode(prepared.doc, pipeline.gaz);
        const full: ArticleResult = { ...result, warnings: [...warnings, ...result.warnings] };
        for (const w of warnings) noteItem(`warning: ${item.source}: ${w}`);
        results.push(full);
        entries.push({
          source: item.source,
          id,
          dropped: prepared.dropped,
          unresolved,
          warnings: full.warnings,
        });
        if (opts.ndjson) process.stdout.write(`${JSON.stringify(orderedResult(full))}\n`);
      } catch (err) {
        fail(item.source, (err as Error).message || String(err));
      }
    }
    bar?.increment();
  }
  bar?.stop();

  const report = buildRunReport({ articles: entries, errors, skipped: expanded.skipped }, results);
  if (outDir !== null) {
    if (results.length === 0) say(`error: no article could be read; nothing written to ${outDir}`);
    else {
      const dataset = pipeline.build(results, pipeline.gaz);
      await writeFileAtomic(join(outDir, 'places.geojson'), jsonText(dataset.places));
      await writeFileAtomic(join(outDir, 'links.geojson'), jsonText(dataset.links));
      await writeFileAtomic(join(outDir, 'articles.json'), jsonText(dataset.articles));
      await writeFileAtomic(join(outDir, 'report.json'), jsonText(report));
    }
  }
  note(summaryText(report, results));
  if (outDir !== null && results.length > 0) note(`written to ${outDir}/`);
  return errors.length > 0 || results.length === 0 ? 1 : 0;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
