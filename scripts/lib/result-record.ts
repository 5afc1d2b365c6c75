// The line the stream filter (`geocode -`) writes for each input line, and its reading back by
// `geocode --from-results`. It holds everything a run keeps of an article (the result, what was
// dropped (its text cut as the report cuts it), unresolved names, the reading warnings), so
// merging shards loses nothing.
import type { Outcome } from './process-input.ts';

export function recordLine(o: Outcome): string {
  if (o.kind === 'blank') return JSON.stringify({ source: o.source, blank: true });
  if (o.kind === 'error') return JSON.stringify({ source: o.source, error: o.message });
  return JSON.stringify({
    source: o.source,
    article: o.result,
    inputWarnings: o.inputWarnings,
    dropped: o.dropped,
    unresolved: o.unresolved,
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A result line → its outcome, or what is wrong with it. */
export function parseRecord(line: string): Outcome | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (!isObject(v) || typeof v.source !== 'string')
    return 'not a result line (expected an object with "source"; was it written by `geocode -`?)';
  const source = v.source;
  if (v.blank === true) return { kind: 'blank', source };
  if (typeof v.error === 'string') return { kind: 'error', source, message: v.error };
  const a = v.article;
  if (
    !isObject(a) ||
    typeof a.id !== 'string' ||
    typeof a.file !== 'string' ||
    typeof a.title !== 'string' ||
    !Array.isArray(a.places) ||
    !Array.isArray(a.links) ||
    !isStrings(a.warnings) ||
    !isStrings(v.inputWarnings) ||
    !Array.isArray(v.dropped) ||
    !Array.isArray(v.unresolved)
  )
    return 'not a result line (needs "article", "inputWarnings", "dropped" and "unresolved")';
  return {
    kind: 'article',
    source,
    inputWarnings: v.inputWarnings,
    dropped: v.dropped as Extract<Outcome, { kind: 'article' }>['dropped'],
    unresolved: v.unresolved as Extract<Outcome, { kind: 'article' }>['unresolved'],
    result: a as unknown as Extract<Outcome, { kind: 'article' }>['result'],
  };
}
