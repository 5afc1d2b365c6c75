// One input article → its outcome: preparation and extraction, the unit of work a worker runs.
// The outcome carries what the run report and the dataset need, so that it can be written as a
// result line by the stream filter and read back by --from-results without losing anything.
import { prepareArticle, type RawArticle } from '../../src/core/article/prepare.ts';
import { cut, orderedResult } from '../../src/core/article/run-report.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import type { ArticleResult, DroppedBlock, UnresolvedName } from '../../src/core/types.ts';
import { parseNdjsonLine } from './read-input.ts';

/**
 * An input as read: an article, an ndjson line a worker parses (parsing is work too), an input
 * that could not be read, or a blank ndjson line. All travel in order, so a filter answers each.
 */
export type Task =
  | { source: string; raw: RawArticle; warnings: string[] }
  | { source: string; line: string; name: string }
  | { source: string; error: string }
  | { source: string; blank: true };

export type Outcome =
  | {
      kind: 'article';
      source: string;
      /** Warnings from reading and preparing; a duplicate keeps only these. */
      inputWarnings: string[];
      dropped: DroppedBlock[];
      unresolved: UnresolvedName[];
      /** Keys in type order; its warnings are inputWarnings followed by the extractor's. */
      result: ArticleResult;
    }
  | { kind: 'error'; source: string; message: string }
  | { kind: 'blank'; source: string };

/** The outcome of a task with nothing to compute (no need to send it to a worker), else null. */
export function trivialOutcome(task: Task): Outcome | null {
  if ('blank' in task) return { kind: 'blank', source: task.source };
  if ('error' in task) return { kind: 'error', source: task.source, message: task.error };
  return null;
}

export function processTask(task: Task, gaz: Gazetteer): Outcome {
  if ('blank' in task || 'error' in task) return trivialOutcome(task)!;
  const { source } = task;
  let raw: RawArticle;
  let readWarnings: string[] = [];
  if ('line' in task) {
    const parsed = parseNdjsonLine(task.line, task.name);
    if (typeof parsed === 'string') return { kind: 'error', source, message: parsed };
    raw = parsed;
  } else {
    raw = task.raw;
    readWarnings = task.warnings;
  }
  try {
    const prepared = prepareArticle(raw);
    const inputWarnings = [...readWarnings, ...prepared.warnings];
    const { result, unresolved } = geocodeArticle(prepared.doc, gaz);
    return {
      kind: 'article',
      source,
      inputWarnings,
      // Cut now to what the report keeps: a page tail can be long, and it travels and waits.
      dropped: prepared.dropped.map((d) => ({ span: d.span, reason: d.reason, text: cut(d.text) })),
      unresolved,
      result: orderedResult({ ...result, warnings: [...inputWarnings, ...result.warnings] }),
    };
  } catch (err) {
    return { kind: 'error', source, message: (err as Error).message || String(err) };
  }
}
