// Scores what the geocoding step found in an article against its gold annotation
// (/work/shared/corpus/GUIDE.md): places by ISO code, visits by (from, to), sister links by the
// unordered pair; gold items marked optional count neither as missed nor as false.
import type { ArticleResult } from './types.ts';

// ---- Gold files (loose: they are hand-written JSON) ----

export interface GoldPlace {
  name: string;
  country?: string;
  iso: string;
  city?: string;
  optional?: boolean;
}

export interface GoldEnd {
  iso: string;
  level?: 'national' | 'local';
}

export type GoldLink =
  | {
      kind: 'visit';
      from: GoldEnd;
      to: GoldEnd;
      date?: string | null;
      evidence?: string;
      optional?: boolean;
    }
  | {
      kind: 'sister';
      a: GoldEnd;
      b: GoldEnd;
      date?: string | null;
      evidence?: string;
      optional?: boolean;
    };

export interface GoldFile {
  file: string;
  title?: string;
  date?: string | null;
  places: GoldPlace[];
  links: GoldLink[];
}

/** Reads a parsed .gold.json, throwing a message that names the field when it is malformed. */
export function parseGold(value: unknown, file: string): GoldFile {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (typeof value !== 'object' || value === null) return fail('expected an object');
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.places)) fail('places: expected an array');
  if (!Array.isArray(v.links)) fail('links: expected an array');
  const places = (v.places as unknown[]).map((p, i) => {
    const o = p as GoldPlace;
    if (typeof o?.iso !== 'string') fail(`places[${i}].iso: expected a string`);
    return o;
  });
  const links = (v.links as unknown[]).map((l, i) => {
    const o = l as GoldLink;
    const ends = o?.kind === 'visit' ? [o.from, o.to] : o?.kind === 'sister' ? [o.a, o.b] : null;
    if (!ends) fail(`links[${i}].kind: expected "visit" | "sister"`);
    if (!ends!.every((e) => typeof e?.iso === 'string')) fail(`links[${i}]: ends need an iso`);
    return o;
  });
  return { file: typeof v.file === 'string' ? v.file : file, places, links };
}

// ---- Scores ----

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Diff {
  /** Required gold items we did not find. */
  missing: string[];
  /** Items we found that the gold does not have (optional ones excepted). */
  false: string[];
}

export interface DateCheck {
  link: string;
  gold: string | null;
  ours: (string | null)[];
}

export interface FileScore {
  file: string;
  places: Counts & Diff;
  visits: Counts & Diff;
  sisters: Counts & Diff;
  /** Matched links whose gold states a date (or says null): how many we got exactly. */
  dates: { checked: number; correct: number; wrong: DateCheck[] };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalSummary {
  files: FileScore[];
  places: Counts & Prf;
  visits: Counts & Prf;
  sisters: Counts & Prf;
  dates: { checked: number; correct: number; accuracy: number };
  errors: ErrorCounts;
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing wrong). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Compares keyed sets: `required` and `optional` from the gold, `found` from us. */
function compare(
  required: Map<string, string>,
  optional: Set<string>,
  found: Map<string, string>,
): Counts & Diff {
  const missing: string[] = [];
  const wrong: string[] = [];
  let tp = 0;
  for (const [key, label] of required) {
    if (found.has(key)) tp++;
    else missing.push(label);
  }
  for (const [key, label] of found) {
    if (!required.has(key) && !optional.has(key)) wrong.push(label);
  }
  return { tp, fp: wrong.length, fn: missing.length, missing: missing.sort(), false: wrong.sort() };
}

const visitKey = (from: string, to: string) => `${from}>${to}`;
const sisterKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Scores one article. */
export function scoreArticle(gold: GoldFile, result: ArticleResult): FileScore {
  // Names to show next to ISO codes in the differences, gold names first.
  const names = new Map<string, string>();
  for (const p of gold.places) if (!names.has(p.iso)) names.set(p.iso, p.name);
  for (const p of result.places) if (!names.has(p.iso)) names.set(p.iso, p.name);
  const named = (iso: string) => (names.has(iso) ? `${names.get(iso)} (${iso})` : iso);

  const reqPlaces = new Map<string, string>();
  const optPlaces = new Set<string>();
  for (const p of gold.places) {
    if (p.optional) optPlaces.add(p.iso);
    else reqPlaces.set(p.iso, `${p.name} (${p.iso})`);
  }
  const ourPlaces = new Map<string, string>();
  // Countries themselves are not places in the gold.
  for (const p of result.places)
    if (p.kind !== 'country') ourPlaces.set(p.iso, `${p.name} (${p.iso})`);

  const req = { visit: new Map<string, string>(), sister: new Map<string, string>() };
  const opt = { visit: new Set<string>(), sister: new Set<string>() };
  const goldDates = new Map<string, string | null>();
  for (const l of gold.links) {
    const [key, label] =
      l.kind === 'visit'
        ? [visitKey(l.from.iso, l.to.iso), `${named(l.from.iso)} → ${named(l.to.iso)}`]
        : [sisterKey(l.a.iso, l.b.iso), `${named(l.a.iso)} ↔ ${named(l.b.iso)}`];
    if (l.optional) opt[l.kind].add(key);
    else req[l.kind].set(key, label);
    if (l.date !== undefined && !goldDates.has(`${l.kind}:${key}`))
      goldDates.set(`${l.kind}:${key}`, l.date);
  }
  const ours = { visit: new Map<string, string>(), sister: new Map<string, string>() };
  const ourDates = new Map<string, (string | null)[]>();
  for (const l of result.links) {
    const key =
      l.kind === 'visit' ? visitKey(l.from.iso, l.to.iso) : sisterKey(l.from.iso, l.to.iso);
    const arrow = l.kind === 'visit' ? '→' : '↔';
    ours[l.kind].set(key, `${named(l.from.iso)} ${arrow} ${named(l.to.iso)}`);
    const list = ourDates.get(`${l.kind}:${key}`) ?? [];
    if (!list.includes(l.date)) list.push(l.date);
    ourDates.set(`${l.kind}:${key}`, list);
  }

  const dates: FileScore['dates'] = { checked: 0, correct: 0, wrong: [] };
  for (const [key, gd] of [...goldDates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const od = ourDates.get(key);
    if (!od) continue;
    dates.checked++;
    // Exact on the stated precision: "2022-04" is not matched by "2022-04-10" nor by "2022".
    if (od.includes(gd)) dates.correct++;
    else dates.wrong.push({ link: key, gold: gd, ours: [...od].sort() });
  }

  return {
    file: gold.file,
    places: compare(reqPlaces, optPlaces, ourPlaces),
    visits: compare(req.visit, opt.visit, ours.visit),
    sisters: compare(req.sister, opt.sister, ours.sister),
    dates,
  };
}

const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});

/** The errors of a run by kind; a visit found backwards counts once, as reversed. */
export interface ErrorCounts {
  missedPlace: number;
  extraPlace: number;
  missedVisit: number;
  extraVisit: number;
  reversedVisit: number;
  missedSister: number;
  extraSister: number;
}

const backwards = (label: string) => label.split(' → ').reverse().join(' → ');

/** Visits of a file found in the wrong direction: a false one whose reverse is a missed one. */
export function reversedVisits(f: FileScore): string[] {
  const missed = new Set(f.visits.missing);
  return f.visits.false.filter((l) => missed.has(backwards(l)));
}

export function errorCounts(files: readonly FileScore[]): ErrorCounts {
  const c: ErrorCounts = {
    missedPlace: 0,
    extraPlace: 0,
    missedVisit: 0,
    extraVisit: 0,
    reversedVisit: 0,
    missedSister: 0,
    extraSister: 0,
  };
  for (const f of files) {
    const rev = reversedVisits(f).length;
    c.missedPlace += f.places.missing.length;
    c.extraPlace += f.places.false.length;
    c.reversedVisit += rev;
    c.missedVisit += f.visits.missing.length - rev;
    c.extraVisit += f.visits.false.length - rev;
    c.missedSister += f.sisters.missing.length;
    c.extraSister += f.sisters.false.length;
  }
  return c;
}

/** Micro-averaged totals over all files. */
export function summarize(files: readonly FileScore[]): EvalSummary {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const total = (pick: (f: FileScore) => Counts) => {
    const c = files.map(pick).reduce(add, zero);
    return { ...c, ...prf(c) };
  };
  const checked = files.reduce((n, f) => n + f.dates.checked, 0);
  const correct = files.reduce((n, f) => n + f.dates.correct, 0);
  return {
    files: [...files],
    places: total((f) => f.places),
    visits: total((f) => f.visits),
    sisters: total((f) => f.sisters),
    dates: { checked, correct, accuracy: checked === 0 ? 1 : correct / checked },
    errors: errorCounts(files),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

/** Plain-text report: the totals table, then per file what was missed or wrong. */
export function formatEval(s: EvalSummary): string {
  const lines: string[] = [];
  lines.push(`Files: ${s.files.length}`);
  lines.push('');
  lines.push('              TP    FP    FN  precision  recall      F1');
  const row = (name: string, c: Counts & Prf) =>
    `${name.padEnd(10)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}    ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
  lines.push(row('places', s.places), row('visits', s.visits), row('sister', s.sisters));
  lines.push('');
  lines.push(
    `Dates of matched links: ${s.dates.correct}/${s.dates.checked} exact (${pct(s.dates.accuracy).trim()})`,
  );
  const e = s.errors;
  lines.push(
    `Errors by kind: missed place ${e.missedPlace}, extra place ${e.extraPlace}, missed visit ${e.missedVisit}, extra visit ${e.extraVisit}, reversed visit ${e.reversedVisit}, missed sister ${e.missedSister}, extra sister ${e.extraSister}`,
  );
  for (const f of s.files) {
    const parts: string[] = [];
    const diff = (what: string, d: Diff) => {
      for (const m of d.missing) parts.push(`  missing ${what}: ${m}`);
      for (const m of d.false) parts.push(`  false ${what}: ${m}`);
    };
    diff('place', f.places);
    const rev = new Set(reversedVisits(f));
    for (const m of f.visits.missing)
      if (!rev.has(backwards(m))) parts.push(`  missing visit: ${m}`);
    for (const m of f.visits.false)
      parts.push(
        rev.has(m) ? `  reversed visit: ${m} (gold: ${backwards(m)})` : `  false visit: ${m}`,
      );
    diff('sister', f.sisters);
    for (const d of f.dates.wrong)
      parts.push(
        `  date ${d.link}: gold ${d.gold ?? 'null'}, ours ${d.ours.map((x) => x ?? 'null').join(', ')}`,
      );
    lines.push('');
    lines.push(parts.length === 0 ? `${f.file}: all correct` : `${f.file}:`);
    lines.push(...parts);
  }
  return lines.join('\n') + '\n';
}
