// A corrected article as a test case in the format of the gold guide (shared/corpus/GUIDE.md):
// NAME.txt (the article text) and NAME.gold.json; and a gold file read back as corrections to a
// fresh extraction of its text, so an exported case re-imports to the same corrected result.
import type { Gazetteer } from '../../core/gazetteer.ts';
import type { ArticleResult, CountryCode, FoundLink, LinkEnd, LinkKind } from '../../core/types.ts';
import { isLinkDate, linkKey, type Correction } from './corrections.ts';

export interface GoldPlace {
  name: string;
  country: CountryCode;
  iso: string;
  city?: string;
  optional?: boolean;
}
export interface GoldEnd {
  iso: string;
  level?: 'national';
}
export type GoldLink =
  | { kind: 'visit'; from: GoldEnd; to: GoldEnd; date: string | null; evidence: string }
  | { kind: 'sister'; a: GoldEnd; b: GoldEnd; date?: string | null; evidence: string };
export interface GoldFile {
  file: string;
  source_url: string | null;
  title: string;
  date: string | null;
  places: GoldPlace[];
  links: GoldLink[];
  traps: string[];
}

/** The guide's limit on an evidence quote. */
const MAX_EVIDENCE = 200;

type Gaz = Pick<Gazetteer, 'get' | 'capital'>;

/** "Quảng Trị, Savannakhet: ký kết!" → "quang-tri-savannakhet-ky-ket": a safe file stem. */
export function goldStem(result: Pick<ArticleResult, 'file' | 'title' | 'id'>): string {
  const from = result.file.replace(/\.(txt|html?)$/i, '') || result.title;
  const stem = from
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || `article-${result.id.slice(0, 8)}`;
}

/** A link end as the guide writes it: a country (national body) stands at its capital. */
function goldEnd(end: LinkEnd, gaz: Gaz): GoldEnd {
  const e = gaz.get(end.id);
  const iso = e?.kind === 'country' ? gaz.capital(e.country).iso : end.iso;
  return end.level === 'national' ? { iso, level: 'national' } : { iso };
}

export function goldOf(result: ArticleResult, gaz: Gaz): GoldFile {
  const stem = goldStem(result);
  return {
    file: `${stem}.txt`,
    source_url: result.url,
    title: result.title,
    date: result.date,
    places: result.places
      .filter((p) => p.kind !== 'country')
      .map((p) => ({
        name: p.name,
        country: p.country,
        iso: p.iso,
        ...(p.kind === 'city' ? { city: p.name } : {}),
      })),
    links: result.links.map((l): GoldLink => {
      const evidence = cutEvidence(l.evidence);
      const from = goldEnd(l.from, gaz);
      const to = goldEnd(l.to, gaz);
      return l.kind === 'visit'
        ? { kind: 'visit', from, to, date: l.date, evidence }
        : { kind: 'sister', a: from, b: to, date: l.date, evidence };
    }),
    traps: [],
  };
}

function cutEvidence(s: string): string {
  if (s.length <= MAX_EVIDENCE) return s;
  const cut = s.lastIndexOf(' ', MAX_EVIDENCE);
  return s.slice(0, cut > MAX_EVIDENCE / 2 ? cut : MAX_EVIDENCE);
}

/** Checks the shape of a parsed .gold.json; the message says what was expected. */
export function parseGold(value: unknown): GoldFile | string {
  const v = value as Partial<GoldFile> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'expected a JSON object';
  if (!Array.isArray(v.places)) return 'expected "places" to be a list';
  if (!Array.isArray(v.links)) return 'expected "links" to be a list';
  for (const [i, l] of v.links.entries()) {
    const ok =
      l &&
      typeof l.evidence === 'string' &&
      ((l.kind === 'visit' && typeof l.from?.iso === 'string' && typeof l.to?.iso === 'string') ||
        (l.kind === 'sister' && typeof l.a?.iso === 'string' && typeof l.b?.iso === 'string'));
    if (!ok) return `links[${i}]: expected a visit (from, to) or sister (a, b) with evidence`;
  }
  return v as GoldFile;
}

const goldKey = (kind: LinkKind, a: string, b: string) =>
  kind === 'sister' ? `sister|${[a, b].sort().join('|')}` : `visit|${a}>${b}`;

/**
 * The corrections that turn `original` (an extraction of the gold file's text) into what the
 * gold file says: places and links it lacks are removed, reversed visits flipped, missing links
 * added between places the extraction found, dates set. `unmatched` counts gold links that could
 * not be added (an end the extraction did not find, evidence not in the text).
 */
export function correctionsFromGold(
  original: ArticleResult,
  text: string,
  gold: GoldFile,
  gaz: Gaz,
): { corrections: Correction[]; unmatched: number } {
  const out: Correction[] = [];
  if (gold.date !== original.date && (gold.date === null || isLinkDate(gold.date)))
    out.push({ op: 'setDate', date: gold.date });

  const wanted = new Set(gold.places.map((p) => `${p.iso}|${p.city ?? ''}`));
  const places = original.places.filter((p) => {
    if (p.kind === 'country') return true;
    const keep = wanted.has(`${p.iso}|${p.kind === 'city' ? p.name : ''}`);
    if (!keep) out.push({ op: 'removePlace', place: p.id });
    return keep;
  });
  const placeIds = new Set(places.map((p) => p.id));
  const links = original.links.filter((l) => placeIds.has(l.from.id) && placeIds.has(l.to.id));

  const goldLinks = new Map(
    gold.links.map((g) => {
      const [a, b] = g.kind === 'visit' ? [g.from.iso, g.to.iso] : [g.a.iso, g.b.iso];
      return [goldKey(g.kind, a, b), g] as const;
    }),
  );
  const isoKey = (l: FoundLink, flip = false) => {
    const [a, b] = [goldEnd(l.from, gaz).iso, goldEnd(l.to, gaz).iso];
    return flip ? goldKey(l.kind, b, a) : goldKey(l.kind, a, b);
  };
  const matched = new Set<string>();
  for (const l of links) {
    let g = goldLinks.get(isoKey(l));
    let key = linkKey(l);
    if (!g && l.kind === 'visit' && goldLinks.has(isoKey(l, true))) {
      g = goldLinks.get(isoKey(l, true));
      out.push({ op: 'flipLink', link: key });
      key = linkKey({ kind: l.kind, from: l.to, to: l.from });
    }
    if (!g) {
      out.push({ op: 'removeLink', link: key });
      continue;
    }
    matched.add(
      g.kind === 'visit'
        ? goldKey('visit', g.from.iso, g.to.iso)
        : goldKey('sister', g.a.iso, g.b.iso),
    );
    const date = g.date ?? null;
    if (date !== l.date && (date === null || isLinkDate(date)))
      out.push({ op: 'setLinkDate', link: key, date });
  }

  let unmatched = 0;
  const placeOf = (iso: string) =>
    places.find((p) => p.iso === iso && p.kind !== 'city') ?? places.find((p) => p.iso === iso);
  for (const [k, g] of goldLinks) {
    if (matched.has(k)) continue;
    const [a, b] = g.kind === 'visit' ? [g.from.iso, g.to.iso] : [g.a.iso, g.b.iso];
    const from = placeOf(a);
    const to = placeOf(b);
    const at = g.evidence ? text.indexOf(g.evidence) : -1;
    if (!from || !to || at < 0) {
      unmatched++;
      continue;
    }
    out.push({
      op: 'addLink',
      kind: g.kind,
      from: from.id,
      to: to.id,
      evidence: [at, at + g.evidence.length],
      date: g.date && isLinkDate(g.date) ? g.date : null,
    });
  }
  return { corrections: out, unmatched };
}
