// The synthetic datasets bench:app measures and the browser tests load: n links between random
// places of two different countries (seeded, from the gazetteer's places), written as the CLI
// writes a dataset folder, map.json included.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { arcCoordinates, offsetAt } from '../../src/core/arc.ts';
import { linkId } from '../../src/core/dataset/build.ts';
import { validateDataset } from '../../src/core/dataset/validate.ts';
import { MAP_FILE, mapFile, mapFileText } from '../../src/core/dataset/map-file.ts';
import type {
  ArticleRecord,
  ArticlesFile,
  CountryPair,
  GazetteerEntry,
  LineFeature,
  LinkKind,
  LinkProperties,
  LinksFile,
  PlaceProperties,
  PlacesFile,
  PointFeature,
} from '../../src/core/types.ts';
import { rng } from './synthetic-articles.ts';

const LINKS_PER_ARTICLE = 3;

/**
 * n links between random places of two different countries. There are fewer distinct place
 * pairs than 50k links, so repeats of a pair get the next arc offset and an id suffix "#k".
 */
export function syntheticDataset(n: number, seed: number) {
  const gaz = builtinGazetteer();
  // Province-level units only: the generated dataset does not move when a city is added.
  const units = gaz.entries.filter((e) => e.kind === 'province' || e.kind === 'municipality');
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const seen = new Map<string, number>();
  const links: LineFeature<LinkProperties>[] = [];
  const mentions = new Map<string, Set<string>>();
  const linkCount = new Map<string, number>();
  const articles: ArticleRecord[] = [];

  for (let i = 0; i < n; i++) {
    const a = pick(units);
    let b: GazetteerEntry;
    do b = pick(units);
    while (b.country === a.country);
    const kind: LinkKind = random() < 0.35 ? 'sister' : 'visit';
    const [from, to] = kind === 'sister' && b.id < a.id ? [b, a] : [a, b];
    const base = linkId(kind, from.id, to.id);
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    const id = k === 0 ? base : `${base}#${k}`;
    const date =
      random() < 0.8
        ? `${2005 + Math.floor(random() * 21)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`
        : null;
    const articleId = `bench-${Math.floor(i / LINKS_PER_ARTICLE)}`;
    const lead = kind === 'visit' ? 'Đoàn đại biểu ' : 'Quan hệ kết nghĩa giữa ';
    const mid = kind === 'visit' ? ' thăm và làm việc tại ' : ' và ';
    const evidence = `${lead}${from.name}${mid}${to.name}.`;
    const s1 = lead.length;
    const s2 = s1 + from.name.length + mid.length;
    links.push({
      type: 'Feature',
      id,
      geometry: {
        type: 'LineString',
        coordinates: arcCoordinates(from.coord, to.coord, offsetAt(k)),
      },
      properties: {
        id,
        kind,
        from: { id: from.id, iso: from.iso, level: 'local' },
        to: { id: to.id, iso: to.iso, level: 'local' },
        pair: [from.country, to.country].sort().join('-') as CountryPair,
        dates: date ? [date] : [],
        firstDate: date,
        lastDate: date,
        articles: [
          {
            article: articleId,
            date,
            evidence,
            highlights: [
              [s1, s1 + from.name.length],
              [s2, s2 + to.name.length],
            ],
          },
        ],
        offset: offsetAt(k),
      },
    });
    for (const p of [from.id, to.id]) {
      linkCount.set(p, (linkCount.get(p) ?? 0) + 1);
      if (!mentions.has(p)) mentions.set(p, new Set());
      mentions.get(p)!.add(articleId);
    }
    if (i % LINKS_PER_ARTICLE === 0) {
      articles.push({
        id: articleId,
        file: `${articleId}.txt`,
        title: `Bài thử ${i / LINKS_PER_ARTICLE}: ${from.name} và ${to.name}`,
        date,
        url: `https://example.org/bench/${articleId}`,
        places: [],
        links: [],
      });
    }
    const art = articles[articles.length - 1]!;
    art.links.push(id);
    for (const p of [from.id, to.id]) if (!art.places.includes(p)) art.places.push(p);
  }

  const places: PlacesFile = {
    type: 'FeatureCollection',
    features: units.map((e): PointFeature<PlaceProperties> => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: e.coord },
      properties: {
        id: e.id,
        name: e.name,
        nameEn: e.nameEn,
        country: e.country,
        iso: e.iso,
        kind: e.kind,
        parent: e.parent ?? null,
        validTo: e.validTo ?? null,
        successor: e.validTo ? gaz.successorOf(e.id) : null,
        articles: [...(mentions.get(e.id) ?? [])].sort(),
        linkCount: linkCount.get(e.id) ?? 0,
      },
    })),
  };
  const linksFile: LinksFile = { type: 'FeatureCollection', features: links };
  const articlesFile: ArticlesFile = { version: 1, articles };
  return { places, links: linksFile, articles: articlesFile };
}

/**
 * Writes the dataset once per size and seed, with its map.json as the CLI writes it; checks it
 * with the app's own validation.
 */
export function writeDataset(dir: string, n: number, seed: number): number {
  const linksPath = join(dir, 'links.geojson');
  if (!existsSync(linksPath) || !existsSync(join(dir, MAP_FILE))) {
    const ds = syntheticDataset(n, seed);
    const check = validateDataset(JSON.parse(JSON.stringify(ds)) as typeof ds);
    if (!check.ok)
      throw new Error(`synthetic dataset invalid: ${check.errors.slice(0, 3).join('; ')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'places.geojson'), JSON.stringify(ds.places));
    writeFileSync(linksPath, JSON.stringify(ds.links));
    writeFileSync(join(dir, 'articles.json'), JSON.stringify(ds.articles));
    writeFileSync(join(dir, MAP_FILE), mapFileText(mapFile(ds)));
  }
  return statSync(linksPath).size;
}
