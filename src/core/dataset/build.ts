// Turns the per-article results of the geocoding step into the three dataset files the explorer
// loads: one point per place, one arc per distinct link (merged across articles), one record per
// article. Deterministic (everything sorted, 6-decimal coordinates) and never mutates its inputs.
import { arcCoordinates, arcOffsets } from '../arc.ts';
import { linkId } from './link-id.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type {
  ArticleRecord,
  ArticleResult,
  ArticlesFile,
  CountryCode,
  CountryPair,
  FoundLink,
  FoundPlace,
  LinkArticleRef,
  LinkEnd,
  LinkKind,
  LinkProperties,
  LineFeature,
  LinksFile,
  LonLat,
  PlaceKind,
  PlacesFile,
} from '../types.ts';

export interface Dataset {
  places: PlacesFile;
  links: LinksFile;
  articles: ArticlesFile;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export { linkId };

/** Article refs of one link: one per (article, date, evidence), the last given kept; sorted. */
function uniqueRefs(refs: readonly LinkArticleRef[]): LinkArticleRef[] {
  const out = new Map<string, LinkArticleRef>();
  // Length-prefixed fields: as unambiguous a key as a JSON array, built without escaping.
  for (const r of refs) {
    const date = r.date === null ? '-' : `${r.date.length}:${r.date}`;
    out.set(`${r.article.length}:${r.article}${date}${r.evidence}`, r);
  }
  return [...out.values()].sort(
    (a, b) =>
      cmp(a.article, b.article) || cmp(a.date ?? '', b.date ?? '') || cmp(a.evidence, b.evidence),
  );
}

/**
 * One arc of links.geojson between two placed ends: its refs deduplicated and sorted, its dates,
 * country pair and arc geometry. Also used where the explorer re-assembles a dataset.
 */
export function linkFeature(
  link: { id: string; kind: LinkKind; from: LinkEnd; to: LinkEnd; refs: readonly LinkArticleRef[] },
  from: { coord: LonLat; country: CountryCode },
  to: { coord: LonLat; country: CountryCode },
  offset: number,
): LineFeature<LinkProperties> {
  const refs = uniqueRefs(link.refs);
  const dates = [...new Set(refs.flatMap((r) => (r.date ? [r.date] : [])))].sort(cmp);
  return {
    type: 'Feature',
    id: link.id,
    geometry: { type: 'LineString', coordinates: arcCoordinates(from.coord, to.coord, offset) },
    properties: {
      id: link.id,
      kind: link.kind,
      from: { ...link.from },
      to: { ...link.to },
      pair: [from.country, to.country].sort(cmp).join('-') as CountryPair,
      dates,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      articles: refs,
      offset,
    },
  };
}

/** What a place needs to be drawn, taken from the gazetteer, else from what an article found. */
interface PlaceFacts {
  id: string;
  name: string;
  nameEn: string;
  country: CountryCode;
  iso: string;
  kind: PlaceKind;
  coord: LonLat;
  parent: string | null;
  validTo: string | null;
}

function factsFor(
  id: string,
  gaz: Gazetteer,
  found: Omit<FoundPlace, 'spans' | 'successor'> | undefined,
): PlaceFacts | null {
  const e = gaz.get(id);
  if (e) {
    return {
      id,
      name: e.name,
      nameEn: e.nameEn,
      country: e.country,
      iso: e.iso,
      kind: e.kind,
      coord: [round6(e.coord[0]), round6(e.coord[1])],
      parent: e.parent ?? null,
      validTo: e.validTo ?? null,
    };
  }
  if (!found) return null;
  return {
    id,
    name: found.name,
    nameEn: found.name,
    country: found.country,
    iso: found.iso,
    kind: found.kind,
    coord: [round6(found.lon), round6(found.lat)],
    parent: null,
    validTo: null,
  };
}

/** A national body stands at its capital: an end given as the country itself is moved there. */
function placeEnd(end: LinkEnd, gaz: Gazetteer): LinkEnd {
  const e = gaz.get(end.id);
  if (e?.kind === 'country') {
    const cap = gaz.capital(e.country);
    return { id: cap.id, iso: cap.iso, level: 'national' };
  }
  return { id: end.id, iso: end.iso, level: end.level };
}

/** Offsets inside the evidence of the spans naming the given places, sorted, deduplicated. */
function highlightsOf(
  link: FoundLink,
  places: readonly FoundPlace[],
  ids: readonly string[],
): [number, number][] {
  const [start, end] = link.evidenceSpan;
  const len = link.evidence.length;
  const out = new Map<string, [number, number]>();
  for (const p of places) {
    if (!ids.includes(p.id)) continue;
    for (const [s, e] of p.spans) {
      if (s < start || e > end) continue;
      const h: [number, number] = [s - start, e - start];
      // An evidence string trimmed by the extractor would shift offsets: keep only those inside it.
      if (h[1] <= len) out.set(`${h[0]},${h[1]}`, h);
    }
  }
  return [...out.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

interface LinkAcc {
  id: string;
  kind: FoundLink['kind'];
  from: LinkEnd;
  to: LinkEnd;
  refs: LinkArticleRef[];
}

const safeUrl = (url: string | null) =>
  url !== null && /^https?:\/\/\S+$/i.test(url) ? url : null;

/** What a found place contributes: enough to draw it when the gazetteer lacks it. */
type PlaceSeen = Omit<FoundPlace, 'spans' | 'successor'>;

/** What one article contributes to the dataset, without its text. */
interface Contribution {
  id: string;
  file: string;
  title: string;
  date: string | null;
  url: string | null;
  places: PlaceSeen[];
  links: { kind: FoundLink['kind']; from: LinkEnd; to: LinkEnd; ref: LinkArticleRef }[];
}

function contributionOf(r: ArticleResult, gaz: Gazetteer): Contribution {
  const links: Contribution['links'] = [];
  for (const l of r.links) {
    let from = placeEnd(l.from, gaz);
    let to = placeEnd(l.to, gaz);
    if (l.kind === 'sister' && cmp(from.id, to.id) > 0) [from, to] = [to, from];
    if (from.id === to.id) continue;
    const ref: LinkArticleRef = {
      article: r.id,
      date: l.date,
      evidence: fresh(l.evidence),
      highlights: highlightsOf(l, r.places, [from.id, to.id]),
    };
    links.push({ kind: l.kind, from, to, ref });
  }
  const c: Contribution = {
    id: r.id,
    file: fresh(r.file),
    title: fresh(r.title),
    date: r.date,
    url: safeUrl(r.url),
    places: r.places.map(({ id, name, country, iso, kind, lon, lat }) => ({
      id,
      name,
      country,
      iso,
      kind,
      lon,
      lat,
    })),
    links,
  };
  return c;
}

/**
 * Titles and evidence are slices of the article text, and a JS engine may keep the whole text
 * alive behind a slice; a slice of a concatenation is taken from its flattened copy, a fresh
 * string, so a builder fed one article at a time holds only what it will write (a JSON round
 * trip did the same at several times the cost).
 */
function fresh(s: string): string {
  return (' ' + s).slice(1);
}

/** Collects article results one at a time (nothing else kept), then writes the dataset. */
export interface DatasetBuilder {
  add(result: ArticleResult): void;
  build(): Dataset;
}

export function createDatasetBuilder(gaz: Gazetteer): DatasetBuilder {
  const byId = new Map<string, Contribution>();
  return {
    add(result) {
      // The same article under two names counts once: the first file name wins, whatever the order.
      const prev = byId.get(result.id);
      if (prev && cmp(prev.file, result.file) <= 0) return;
      byId.set(result.id, contributionOf(result, gaz));
    },
    build: () =>
      aggregate(
        [...byId.values()].sort((a, b) => cmp(a.id, b.id)),
        gaz,
      ),
  };
}

/** The three dataset files for a list of article results (articles with the same id count once). */
export function buildDataset(results: readonly ArticleResult[], gaz: Gazetteer): Dataset {
  const builder = createDatasetBuilder(gaz);
  for (const r of results) builder.add(r);
  return builder.build();
}

function aggregate(unique: readonly Contribution[], gaz: Gazetteer): Dataset {
  const facts = new Map<string, PlaceFacts>();
  const mentionedIn = new Map<string, Set<string>>();
  const links = new Map<string, LinkAcc>();
  const articleLinks = new Map<string, Set<string>>();

  const ensurePlace = (id: string, found?: PlaceSeen): boolean => {
    if (facts.has(id)) return true;
    const f = factsFor(id, gaz, found);
    if (f) facts.set(id, f);
    return f !== null;
  };

  for (const r of unique) {
    for (const p of r.places) {
      if (!ensurePlace(p.id, p)) continue;
      let set = mentionedIn.get(p.id);
      if (!set) mentionedIn.set(p.id, (set = new Set()));
      set.add(r.id);
    }
    const own = new Set<string>();
    articleLinks.set(r.id, own);
    for (const { kind, from, to, ref } of r.links) {
      // A link whose end no one can place on the map cannot be drawn. (What the article found
      // of an end is looked up only when the gazetteer and earlier articles lack it.)
      const placed = (id: string) =>
        facts.has(id) ||
        ensurePlace(
          id,
          r.places.find((p) => p.id === id),
        );
      if (!placed(from.id) || !placed(to.id)) continue;
      const id = linkId(kind, from.id, to.id);
      let acc = links.get(id);
      if (!acc) links.set(id, (acc = { id, kind, from: { ...from }, to: { ...to }, refs: [] }));
      // A local actor is the more specific reading when articles disagree on an end.
      if (from.level === 'local' && acc.from.level !== 'local')
        acc.from = { ...acc.from, level: 'local' };
      if (to.level === 'local' && acc.to.level !== 'local') acc.to = { ...acc.to, level: 'local' };
      acc.refs.push(ref);
      own.add(id);
    }
  }

  const linkList = [...links.values()].sort((a, b) => cmp(a.id, b.id));
  const offsets = arcOffsets(linkList);
  const linkCount = new Map<string, number>();
  for (const l of linkList) {
    for (const end of [l.from.id, l.to.id]) linkCount.set(end, (linkCount.get(end) ?? 0) + 1);
  }

  const placeFeatures = [...facts.values()]
    .sort((a, b) => cmp(a.id, b.id))
    .map((f) => ({
      type: 'Feature' as const,
      id: f.id,
      geometry: { type: 'Point' as const, coordinates: [f.coord[0], f.coord[1]] as LonLat },
      properties: {
        id: f.id,
        name: f.name,
        nameEn: f.nameEn,
        country: f.country,
        iso: f.iso,
        kind: f.kind,
        parent: f.parent,
        validTo: f.validTo,
        successor: gaz.successorOf(f.id),
        articles: [...(mentionedIn.get(f.id) ?? [])].sort(cmp),
        linkCount: linkCount.get(f.id) ?? 0,
      },
    }));

  const linkFeatures = linkList.map((l) =>
    linkFeature(l, facts.get(l.from.id)!, facts.get(l.to.id)!, offsets.get(l.id) ?? 0),
  );

  const records: ArticleRecord[] = unique.map((r) => ({
    id: r.id,
    file: r.file,
    title: r.title,
    date: r.date,
    url: r.url,
    places: [...new Set(r.places.filter((p) => facts.has(p.id)).map((p) => p.id))].sort(cmp),
    links: [...(articleLinks.get(r.id) ?? [])].sort(cmp),
  }));

  return {
    places: { type: 'FeatureCollection', features: placeFeatures },
    links: { type: 'FeatureCollection', features: linkFeatures },
    articles: { version: 1, articles: records },
  };
}
