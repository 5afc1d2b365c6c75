// The report of one geocoding run (report.json) and its one-paragraph summary: what was read,
// what was dropped as not the article, which names the gazetteer does not know, duplicates and
// failures. Deterministic: no timestamps, inputs in the order they were read.
import type { ArticleResult, DroppedBlock, Span, UnresolvedName } from '../types.ts';

export interface FileProblem {
  file: string;
  message: string;
}

/** One article read and geocoded (or recognised as a duplicate of an earlier one). */
export interface ArticleEntry {
  /** Input path as given ("corpus/a.txt", "batch.ndjson:3"). */
  source: string;
  id: string;
  dropped: DroppedBlock[];
  unresolved: UnresolvedName[];
  warnings: string[];
  /** Source of the first copy, when this one is a duplicate. */
  duplicateOf?: string;
}

export interface RunRecord {
  /** In reading order. */
  articles: ArticleEntry[];
  errors: FileProblem[];
  skipped: FileProblem[];
}

export type InputStatus = 'ok' | 'duplicate' | 'error' | 'skipped';

export interface RunReport {
  version: 1;
  counts: {
    inputs: number;
    articles: number;
    duplicates: number;
    failed: number;
    skipped: number;
    places: number;
    links: number;
    unresolved: number;
    /** Names resolved by spelling (see `spellings`). */
    spellings: number;
  };
  inputs: {
    file: string;
    status: InputStatus;
    id?: string;
    duplicateOf?: string;
    message?: string;
    warnings?: string[];
  }[];
  dropped: { file: string; blocks: { span: Span; reason: string; text: string }[] }[];
  unresolved: { file: string; name: string; span: Span }[];
  /** Names in a place slot matched to a gazetteer place by spelling, with the score, to check. */
  spellings: {
    file: string;
    name: string;
    span: Span;
    id: string;
    matched: string;
    score: number;
  }[];
  duplicates: { id: string; files: string[] }[];
  errors: FileProblem[];
  skipped: FileProblem[];
}

/** Dropped text longer than this is cut in the report (a page tail can be long). */
const MAX_DROPPED_TEXT = 200;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface LinkTally {
  places: number;
  links: number;
  byKind: Record<string, number>;
  byPair: Record<string, number>;
}

/** Running tally of distinct places and links, fed one result at a time (holds only keys). */
export interface LinkTallier {
  add(result: ArticleResult): void;
  tally(): LinkTally;
}

export function createLinkTallier(): LinkTallier {
  const places = new Set<string>();
  const links = new Map<string, { kind: string; pair: string }>();
  return {
    add(r) {
      for (const p of r.places) places.add(p.id);
      for (const l of r.links) {
        const ends = [l.from.id, l.to.id];
        if (l.kind === 'sister') ends.sort(cmp);
        const pair = [l.from.iso.slice(0, 2), l.to.iso.slice(0, 2)].sort(cmp).join('-');
        links.set(`${l.kind}:${ends.join('|')}`, { kind: l.kind, pair });
      }
    },
    tally() {
      const byKind: Record<string, number> = {};
      const byPair: Record<string, number> = {};
      for (const { kind, pair } of links.values()) {
        byKind[kind] = (byKind[kind] ?? 0) + 1;
        byPair[pair] = (byPair[pair] ?? 0) + 1;
      }
      return {
        places: places.size,
        links: links.size,
        byKind: sortKeys(byKind),
        byPair: sortKeys(byPair),
      };
    },
  };
}

/** Distinct places and links over all results, links counted by kind and by country pair. */
export function tallyResults(results: readonly ArticleResult[]): LinkTally {
  const t = createLinkTallier();
  for (const r of results) t.add(r);
  return t.tally();
}

const asTally = (x: readonly ArticleResult[] | LinkTally): LinkTally =>
  Array.isArray(x) ? tallyResults(x) : (x as LinkTally);

function sortKeys(rec: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(rec).sort(([a], [b]) => cmp(a, b)));
}

/** The report of a run; `results` may be given as their running tally. */
export function buildRunReport(
  run: RunRecord,
  results: readonly ArticleResult[] | LinkTally,
): RunReport {
  const tally = asTally(results);
  const unique = run.articles.filter((a) => !a.duplicateOf);
  const inputs: RunReport['inputs'] = [
    ...run.articles.map((a) => ({
      file: a.source,
      status: (a.duplicateOf ? 'duplicate' : 'ok') as InputStatus,
      id: a.id,
      ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
      ...(a.warnings.length > 0 ? { warnings: a.warnings } : {}),
    })),
    ...run.errors.map((e) => ({
      file: e.file,
      status: 'error' as InputStatus,
      message: e.message,
    })),
    ...run.skipped.map((e) => ({
      file: e.file,
      status: 'skipped' as InputStatus,
      message: e.message,
    })),
  ].sort((a, b) => cmp(a.file, b.file));

  const groups = new Map<string, string[]>();
  for (const a of run.articles) groups.set(a.id, [...(groups.get(a.id) ?? []), a.source]);
  const duplicates = [...groups]
    .filter(([, files]) => files.length > 1)
    .map(([id, files]) => ({ id, files }))
    .sort((a, b) => cmp(a.files[0]!, b.files[0]!));

  const unresolved = unique.flatMap((a) =>
    a.unresolved
      .filter((u) => !u.match)
      .map((u) => ({ file: a.source, name: u.name, span: u.span })),
  );
  // Names resolved by spelling only: listed so that a person can check each guess.
  const spellings = unique.flatMap((a) =>
    a.unresolved.flatMap((u) =>
      u.match
        ? [
            {
              file: a.source,
              name: u.name,
              span: u.span,
              id: u.match.id,
              matched: u.match.name,
              score: u.match.score,
            },
          ]
        : [],
    ),
  );
  return {
    version: 1,
    counts: {
      inputs: inputs.length,
      articles: unique.length,
      duplicates: run.articles.length - unique.length,
      failed: run.errors.length,
      skipped: run.skipped.length,
      places: tally.places,
      links: tally.links,
      unresolved: unresolved.length,
      spellings: spellings.length,
    },
    inputs,
    dropped: unique
      .filter((a) => a.dropped.length > 0)
      .map((a) => ({
        file: a.source,
        blocks: a.dropped.map((d) => ({ span: d.span, reason: d.reason, text: cut(d.text) })),
      })),
    unresolved,
    spellings,
    duplicates,
    errors: [...run.errors].sort((a, b) => cmp(a.file, b.file)),
    skipped: [...run.skipped].sort((a, b) => cmp(a.file, b.file)),
  };
}

/** " (not articles: 2 .json, 1 .png)": a folder of gold files and images is one line, not one per file. */
function skippedTypes(skipped: readonly FileProblem[]): string {
  if (skipped.length === 0) return '';
  const byType = new Map<string, number>();
  for (const s of skipped) {
    const m = /(\.[^./\\]+)$/.exec(s.file);
    const type = m ? m[1]!.toLowerCase() : 'no extension';
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  const parts = [...byType].sort(([a], [b]) => cmp(a, b)).map(([t, n]) => `${n} ${t}`);
  return ` (not articles: ${parts.join(', ')})`;
}

/** Dropped text as the report keeps it (also what a result line carries). */
export function cut(text: string): string {
  return text.length <= MAX_DROPPED_TEXT ? text : `${text.slice(0, MAX_DROPPED_TEXT - 1)}…`;
}

/** Duplicate groups and failures listed in the summary; report.json has them all. */
const MAX_SUMMARY_ITEMS = 10;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the summary reads of a report, so a run that writes no report can keep only this. */
export type ReportSummary = Pick<RunReport, 'counts' | 'duplicates' | 'errors' | 'skipped'>;

/** The closing summary printed on stderr; `results` may be given as their running tally. */
export function summaryText(
  report: ReportSummary,
  results: readonly ArticleResult[] | LinkTally,
): string {
  const t = asTally(results);
  const c = report.counts;
  const kinds = Object.entries(t.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const pairs = Object.entries(t.byPair)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const lines = [
    `${plural(c.articles, 'article')}${c.duplicates > 0 ? ` (+${plural(c.duplicates, 'duplicate')})` : ''}, ` +
      `${plural(c.places, 'place')}, ${plural(c.links, 'link')}` +
      (c.links > 0 ? ` (by kind: ${kinds}; by country pair: ${pairs})` : ''),
    `${plural(c.unresolved, 'unresolved name')}, ${plural(c.spellings, 'name matched by spelling')}, ${plural(c.failed, 'failed input')}, ${plural(c.skipped, 'skipped file')}` +
      skippedTypes(report.skipped),
  ];
  for (const d of report.duplicates.slice(0, MAX_SUMMARY_ITEMS)) {
    const more = d.files.length > 3 ? ` and ${d.files.length - 3} more` : '';
    lines.push(`duplicate article ${d.id}: ${d.files.slice(0, 3).join(', ')}${more}`);
  }
  for (const e of report.errors.slice(0, MAX_SUMMARY_ITEMS))
    lines.push(`failed: ${e.file}: ${e.message}`);
  const hidden =
    Math.max(0, report.duplicates.length - MAX_SUMMARY_ITEMS) +
    Math.max(0, report.errors.length - MAX_SUMMARY_ITEMS);
  if (hidden > 0) lines.push(`… ${hidden} more duplicates or failures, see report.json`);
  return lines.join('\n');
}

/** The result with its keys in the order of the ArticleResult type (for --ndjson lines). */
export function orderedResult(r: ArticleResult): ArticleResult {
  return {
    file: r.file,
    id: r.id,
    title: r.title,
    date: r.date,
    url: r.url,
    places: r.places.map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      iso: p.iso,
      kind: p.kind,
      lon: p.lon,
      lat: p.lat,
      spans: p.spans,
      successor: p.successor
        ? { id: p.successor.id, name: p.successor.name, iso: p.successor.iso }
        : null,
    })),
    links: r.links.map((l) => ({
      kind: l.kind,
      from: { id: l.from.id, iso: l.from.iso, level: l.from.level },
      to: { id: l.to.id, iso: l.to.iso, level: l.to.level },
      date: l.date,
      evidence: l.evidence,
      evidenceSpan: l.evidenceSpan,
    })),
    warnings: r.warnings,
  };
}
