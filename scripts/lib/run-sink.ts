// Where outcomes go, in reading order, whatever produced them (this thread, workers, result
// files): duplicates are recognised, results go straight into the dataset builder, the report
// keeps running tallies, and lines go out as they come. Per article it keeps only the id (to
// recognise a copy), plus the report entry when a report is written.
import {
  buildRunReport,
  createLinkTallier,
  type ArticleEntry,
  type FileProblem,
  type ReportSummary,
  type RunReport,
} from '../../src/core/article/run-report.ts';
import { createDatasetBuilder, type Dataset } from '../../src/core/dataset/build.ts';
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import type { LinkTally } from '../../src/core/article/run-report.ts';
import type { Outcome } from './process-input.ts';
import { recordLine } from './result-record.ts';

export interface SinkOptions {
  gaz: Gazetteer;
  /** Build the dataset and the full report (--out). */
  dataset: boolean;
  /** 'articles': the --ndjson line of each new article; 'records': a result line per input. */
  lines: 'articles' | 'records' | null;
  writeLine: (text: string) => void;
  /** Errors: always shown. */
  say: (line: string) => void;
  /** Duplicates and warnings: shown unless quiet or a progress bar is on screen. */
  noteItem: (line: string) => void;
  skipped: readonly FileProblem[];
}

export interface RunSink {
  accept(outcome: Outcome): void;
  /** An input that failed before it became a task (a missing file, a bad results file). */
  fail(problem: FileProblem): void;
  readonly articles: number;
  finish(): {
    summary: ReportSummary;
    tally: LinkTally;
    report: RunReport | null;
    dataset: Dataset | null;
  };
}

export function createRunSink(opts: SinkOptions): RunSink {
  const builder = opts.dataset ? createDatasetBuilder(opts.gaz) : null;
  const tallier = createLinkTallier();
  const entries: ArticleEntry[] | null = opts.dataset ? [] : null;
  const errors: FileProblem[] = [];
  const firstSource = new Map<string, string>();
  // Only ids seen more than once, for the summary when no report keeps every entry.
  const copies = new Map<string, string[]>();
  let articles = 0;
  let duplicates = 0;
  let unresolved = 0;
  let spellings = 0;

  const fail = (p: FileProblem) => {
    errors.push(p);
    opts.say(`error: ${p.file}: ${p.message}`);
  };

  return {
    fail,
    get articles() {
      return articles;
    },
    accept(o) {
      if (opts.lines === 'records') opts.writeLine(recordLine(o));
      if (o.kind === 'blank') return;
      if (o.kind === 'error') return fail({ file: o.source, message: o.message });
      const { result, source } = o;
      const id = result.id;
      const first = firstSource.get(id);
      if (first !== undefined) {
        duplicates++;
        opts.noteItem(
          `duplicate: ${source} is the same article as ${first} (id ${id}); processed once`,
        );
        const group = copies.get(id);
        if (group) group.push(source);
        else copies.set(id, [first, source]);
        entries?.push({
          source,
          id,
          dropped: [],
          unresolved: [],
          warnings: o.inputWarnings,
          duplicateOf: first,
        });
        return;
      }
      firstSource.set(id, source);
      articles++;
      for (const u of o.unresolved) {
        if (u.match) spellings++;
        else unresolved++;
      }
      for (const w of o.inputWarnings) opts.noteItem(`warning: ${source}: ${w}`);
      tallier.add(result);
      builder?.add(result);
      entries?.push({
        source,
        id,
        dropped: o.dropped,
        unresolved: o.unresolved,
        warnings: result.warnings,
      });
      if (opts.lines === 'articles') opts.writeLine(JSON.stringify(result));
    },
    finish() {
      const tally = tallier.tally();
      const skipped = opts.skipped;
      if (entries) {
        const report = buildRunReport({ articles: entries, errors, skipped: [...skipped] }, tally);
        return { summary: report, tally, report, dataset: builder!.build() };
      }
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const summary: ReportSummary = {
        counts: {
          inputs: articles + duplicates + errors.length + skipped.length,
          articles,
          duplicates,
          failed: errors.length,
          skipped: skipped.length,
          places: tally.places,
          links: tally.links,
          unresolved,
          spellings,
        },
        duplicates: [...copies]
          .map(([id, files]) => ({ id, files }))
          .sort((a, b) => cmp(a.files[0]!, b.files[0]!)),
        errors: [...errors].sort((a, b) => cmp(a.file, b.file)),
        skipped: [...skipped].sort((a, b) => cmp(a.file, b.file)),
      };
      return { summary, tally, report: null, dataset: null };
    },
  };
}
