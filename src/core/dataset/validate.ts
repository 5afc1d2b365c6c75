// The one check of the three dataset files when they are loaded (explorer, embed, CLI).
// Hand-written so every message says the file, the feature, the field and what was expected;
// the data is untrusted (a user may point the explorer at any URL), so nothing is assumed.
import {
  COUNTRIES,
  LINK_KINDS,
  type ArticleRecord,
  type ArticlesFile,
  type LinksFile,
  type PlacesFile,
} from '../types.ts';

export type ValidationResult =
  | {
      ok: true;
      data: { places: PlacesFile; links: LinksFile; articles: ArticlesFile };
      warnings: string[];
    }
  | { ok: false; errors: string[] };

const MAX_ERRORS = 50;
const PLACE_KINDS = ['country', 'municipality', 'province', 'city'] as const;
const LEVELS = ['local', 'national'] as const;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Obj = Record<string, unknown>;

/** Collects messages, stops collecting past the cap (a broken file would repeat one error). */
class Report {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  dropped = 0;
  error(where: string, field: string, expected: string, got: unknown): void {
    if (this.errors.length >= MAX_ERRORS) {
      this.dropped++;
      return;
    }
    this.errors.push(`${where}: ${field}: expected ${expected}, got ${show(got)}`);
  }
  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** Field checkers bound to one location ("places.geojson: feature 3 (id vn:x)"). */
function fields(r: Report, where: string, obj: Obj, prefix: string) {
  const name = (k: string) => `${prefix}${k}`;
  return {
    str(k: string, nonEmpty = true): boolean {
      const v = obj[k];
      if (typeof v !== 'string' || (nonEmpty && v === '')) {
        r.error(where, name(k), nonEmpty ? 'a non-empty string' : 'a string', v);
        return false;
      }
      return true;
    },
    enumOf(k: string, values: readonly string[]): boolean {
      const v = obj[k];
      if (typeof v !== 'string' || !values.includes(v)) {
        r.error(where, name(k), oneOf(values), v);
        return false;
      }
      return true;
    },
    strOrNull(k: string): void {
      const v = obj[k];
      if (v !== null && (typeof v !== 'string' || v === '')) {
        r.error(where, name(k), 'a non-empty string or null', v);
      }
    },
    dateOrNull(k: string, pattern = DATE): void {
      const v = obj[k];
      if (v === null) return;
      if (typeof v !== 'string' || !pattern.test(v)) {
        const what = pattern === FULL_DATE ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD';
        r.error(where, name(k), `${what} or null`, v);
      }
    },
    strList(k: string): string[] {
      const v = obj[k];
      if (!Array.isArray(v)) {
        r.error(where, name(k), 'an array of strings', v);
        return [];
      }
      const out: string[] = [];
      v.forEach((s, i) => {
        if (typeof s !== 'string' || s === '')
          r.error(where, `${name(k)}[${i}]`, 'a non-empty string', s);
        else out.push(s);
      });
      return out;
    },
    int(k: string, min: number): void {
      const v = obj[k];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
        r.error(where, name(k), min === 0 ? 'an integer ≥ 0' : 'an integer', v);
      }
    },
  };
}

function checkCollection(r: Report, file: string, value: unknown): Obj[] | null {
  if (!isObj(value) || value.type !== 'FeatureCollection') {
    r.error(file, 'type', '"FeatureCollection"', isObj(value) ? value.type : value);
    return null;
  }
  if (!Array.isArray(value.features)) {
    r.error(file, 'features', 'an array', value.features);
    return null;
  }
  return value.features as Obj[];
}

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    p[0] >= -180 &&
    p[0] <= 180 &&
    p[1] >= -90 &&
    p[1] <= 90
  );
}

function checkPosition(r: Report, where: string, field: string, p: unknown): boolean {
  if (!isPosition(p)) {
    r.error(where, field, '[lon, lat] with lon in [-180, 180] and lat in [-90, 90]', p);
    return false;
  }
  return true;
}

/** Common shape of a feature; returns its properties (or null) and a location label. */
function featureHead(
  r: Report,
  file: string,
  f: unknown,
  i: number,
  geometryType: 'Point' | 'LineString',
): { props: Obj | null; where: string; geometry: Obj | null } {
  const id =
    isObj(f) && isObj(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : null;
  const where = `${file}: feature ${i}${id ? ` (id ${id})` : ''}`;
  if (!isObj(f) || f.type !== 'Feature') {
    r.error(where, 'type', '"Feature"', isObj(f) ? f.type : f);
    return { props: null, where, geometry: null };
  }
  let geometry: Obj | null = null;
  if (!isObj(f.geometry) || f.geometry.type !== geometryType) {
    r.error(
      where,
      'geometry.type',
      `"${geometryType}"`,
      isObj(f.geometry) ? f.geometry.type : f.geometry,
    );
  } else geometry = f.geometry;
  if (!isObj(f.properties)) {
    r.error(where, 'properties', 'an object', f.properties);
    return { props: null, where, geometry };
  }
  return { props: f.properties, where, geometry };
}

interface PlaceInfo {
  country: string;
  iso: string;
  /** Where the place is, and the article ids it cites, checked once the articles are read. */
  where: string;
  articles: string[];
}

function checkPlaces(r: Report, value: unknown): Map<string, PlaceInfo> {
  const file = 'places.geojson';
  const ids = new Map<string, PlaceInfo>();
  const features = checkCollection(r, file, value);
  if (!features) return ids;
  features.forEach((f, i) => {
    if (r.full) return;
    const { props: p, where, geometry } = featureHead(r, file, f, i, 'Point');
    if (geometry) checkPosition(r, where, 'geometry.coordinates', geometry.coordinates);
    if (!p) return;
    const c = fields(r, where, p, 'properties.');
    if (c.str('id')) {
      if (ids.has(p.id as string))
        r.error(where, 'properties.id', 'an id not used by another place', p.id);
      ids.set(p.id as string, {
        country: String(p.country),
        iso: String(p.iso),
        where,
        articles: [],
      });
    }
    c.str('name');
    c.str('nameEn');
    c.enumOf('country', COUNTRIES);
    c.str('iso');
    c.enumOf('kind', PLACE_KINDS);
    c.strOrNull('parent');
    c.dateOrNull('validTo', FULL_DATE);
    const s = p.successor;
    if (s !== null) {
      if (!isObj(s))
        r.error(where, 'properties.successor', 'an object {id, name, iso, date} or null', s);
      else {
        const sc = fields(r, where, s, 'properties.successor.');
        sc.str('id');
        sc.str('name');
        sc.str('iso');
        if (typeof s.date !== 'string' || !DATE.test(s.date)) {
          r.error(where, 'properties.successor.date', 'YYYY, YYYY-MM or YYYY-MM-DD', s.date);
        }
      }
    }
    const cited = c.strList('articles');
    const info = typeof p.id === 'string' ? ids.get(p.id) : undefined;
    if (info && info.where === where) info.articles = cited;
    c.int('linkCount', 0);
  });
  return ids;
}

interface LinkRefs {
  ids: Set<string>;
  /** Article ids each link cites, checked once the articles are read. */
  cites: { where: string; field: string; article: string }[];
}

function checkLinkEnd(
  r: Report,
  where: string,
  field: string,
  end: unknown,
  places: Map<string, PlaceInfo>,
) {
  if (!isObj(end)) {
    r.error(where, field, 'an object {id, iso, level}', end);
    return null;
  }
  const c = fields(r, where, end, `${field}.`);
  c.str('iso');
  c.enumOf('level', LEVELS);
  if (!c.str('id')) return null;
  const place = places.get(end.id as string);
  if (!place) r.error(where, `${field}.id`, 'the id of a place in places.geojson', end.id);
  else if (typeof end.iso === 'string' && end.iso !== place.iso) {
    r.error(where, `${field}.iso`, `"${place.iso}" (the iso of place ${String(end.id)})`, end.iso);
  }
  return place ?? null;
}

const PAIRS = COUNTRIES.flatMap((a) => COUNTRIES.filter((b) => a <= b).map((b) => `${a}-${b}`));

function checkLinks(r: Report, value: unknown, places: Map<string, PlaceInfo>): LinkRefs {
  const file = 'links.geojson';
  const refs: LinkRefs = { ids: new Set(), cites: [] };
  const features = checkCollection(r, file, value);
  if (!features) return refs;
  features.forEach((f, i) => {
    if (r.full) return;
    const { props: p, where, geometry } = featureHead(r, file, f, i, 'LineString');
    if (geometry) {
      const coords = geometry.coordinates;
      if (!Array.isArray(coords) || coords.length < 2) {
        r.error(where, 'geometry.coordinates', 'an array of at least 2 positions', coords);
      } else {
        // The field name is only built for a bad position (a dense line has 32 of them).
        for (let k = 0; k < coords.length; k++) {
          if (isPosition(coords[k])) continue;
          checkPosition(r, where, `geometry.coordinates[${k}]`, coords[k]);
          break;
        }
      }
    }
    if (!p) return;
    const c = fields(r, where, p, 'properties.');
    if (c.str('id')) {
      if (refs.ids.has(p.id as string))
        r.error(where, 'properties.id', 'an id not used by another link', p.id);
      refs.ids.add(p.id as string);
    }
    c.enumOf('kind', LINK_KINDS);
    const from = checkLinkEnd(r, where, 'properties.from', p.from, places);
    const to = checkLinkEnd(r, where, 'properties.to', p.to, places);
    if (c.enumOf('pair', PAIRS) && from && to) {
      const expected = [from.country, to.country].sort().join('-');
      if (p.pair !== expected)
        r.error(where, 'properties.pair', `"${expected}" (the countries of its ends)`, p.pair);
    }
    const dates = c.strList('dates');
    dates.forEach((d, k) => {
      if (!DATE.test(d)) r.error(where, `properties.dates[${k}]`, 'YYYY, YYYY-MM or YYYY-MM-DD', d);
    });
    c.dateOrNull('firstDate');
    c.dateOrNull('lastDate');
    c.int('offset', -Infinity);
    if (!Array.isArray(p.articles) || p.articles.length === 0) {
      r.error(where, 'properties.articles', 'a non-empty array', p.articles);
      return;
    }
    p.articles.forEach((a: unknown, k: number) => {
      const field = `properties.articles[${k}]`;
      if (!isObj(a)) {
        r.error(where, field, 'an object {article, date, evidence, highlights}', a);
        return;
      }
      const ac = fields(r, where, a, `${field}.`);
      if (ac.str('article'))
        refs.cites.push({ where, field: `${field}.article`, article: a.article as string });
      ac.dateOrNull('date');
      const hasEvidence = ac.str('evidence', false);
      if (!Array.isArray(a.highlights)) {
        r.error(where, `${field}.highlights`, 'an array of [start, end] pairs', a.highlights);
        return;
      }
      const len = hasEvidence ? (a.evidence as string).length : Infinity;
      a.highlights.forEach((h: unknown, n: number) => {
        const ok =
          Array.isArray(h) &&
          h.length === 2 &&
          Number.isInteger(h[0]) &&
          Number.isInteger(h[1]) &&
          0 <= h[0] &&
          h[0] <= h[1] &&
          h[1] <= len;
        if (!ok)
          r.error(
            where,
            `${field}.highlights[${n}]`,
            `[start, end] with 0 ≤ start ≤ end ≤ ${len}`,
            h,
          );
      });
    });
  });
  return refs;
}

/** Only absolute http(s) links may reach an href; anything else is dropped with a warning. */
function safeUrl(url: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkArticles(
  r: Report,
  value: unknown,
  places: Map<string, PlaceInfo>,
  links: LinkRefs,
): ArticleRecord[] | null {
  const file = 'articles.json';
  if (!isObj(value)) {
    r.error(file, '(top level)', 'an object {version: 1, articles: [...]}', value);
    return null;
  }
  if (value.version !== 1) r.error(file, 'version', '1', value.version);
  if (!Array.isArray(value.articles)) {
    r.error(file, 'articles', 'an array', value.articles);
    return null;
  }
  const ids = new Set<string>();
  const out: ArticleRecord[] = [];
  value.articles.forEach((a: unknown, i: number) => {
    if (r.full) return;
    const id = isObj(a) && typeof a.id === 'string' ? a.id : null;
    const where = `${file}: article ${i}${id ? ` (id ${id})` : ''}`;
    if (!isObj(a)) {
      r.error(where, '(article)', 'an object', a);
      return;
    }
    const c = fields(r, where, a, '');
    if (c.str('id')) {
      if (ids.has(a.id as string)) r.error(where, 'id', 'an id not used by another article', a.id);
      ids.add(a.id as string);
    }
    c.str('file');
    c.str('title', false);
    c.dateOrNull('date');
    let url = a.url;
    if (url !== null && typeof url !== 'string') r.error(where, 'url', 'a string or null', url);
    else if (typeof url === 'string' && !safeUrl(url)) {
      r.warnings.push(`${where}: url: ${show(url)} is not an http(s) link, dropped`);
      url = null;
    }
    c.strList('places').forEach((p, k) => {
      if (!places.has(p)) r.error(where, `places[${k}]`, 'the id of a place in places.geojson', p);
    });
    c.strList('links').forEach((l, k) => {
      if (!links.ids.has(l)) r.error(where, `links[${k}]`, 'the id of a link in links.geojson', l);
    });
    out.push({ ...(a as unknown as ArticleRecord), url: url as string | null });
  });
  for (const place of places.values()) {
    place.articles.forEach((a, k) => {
      if (!ids.has(a))
        r.error(
          place.where,
          `properties.articles[${k}]`,
          'the id of an article in articles.json',
          a,
        );
    });
  }
  for (const cite of links.cites) {
    if (!ids.has(cite.article))
      r.error(cite.where, cite.field, 'the id of an article in articles.json', cite.article);
  }
  return out;
}

/**
 * Checks the three dataset files as parsed from JSON. On success returns them typed, with every
 * article url that is not an absolute http(s) link replaced by null (a warning each).
 */
export function validateDataset(files: {
  places: unknown;
  links: unknown;
  articles: unknown;
}): ValidationResult {
  const r = new Report();
  const places = checkPlaces(r, files.places);
  const links = checkLinks(r, files.links, places);
  const articles = checkArticles(r, files.articles, places, links);
  if (r.errors.length > 0 || !articles) {
    const errors = [...r.errors];
    if (r.dropped > 0) errors.push(`… and ${r.dropped} more errors`);
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: {
      places: files.places as PlacesFile,
      links: files.links as LinksFile,
      articles: { version: 1, articles },
    },
    warnings: r.warnings,
  };
}
