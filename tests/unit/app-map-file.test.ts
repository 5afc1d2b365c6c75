import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MAP_FILE, mapFile, mapFileText } from '../../src/core/dataset/map-file.ts';
import { readMapFile, sameMap, type MapData } from '../../src/app/data/read-map-file.ts';
import { loadDataset } from '../../src/app/data/load-dataset.ts';
import { loadMapFile } from '../../src/app/data/load-map-file.ts';
import { indexDataset, type Dataset } from '../../src/app/state/atlas-data.ts';
import { linkYears, toMapLinks, toMapPlaces } from '../../src/app/state/map-data.ts';
import { alignedSample, sampleDataset } from './app-sample.ts';

const DIR = 'geodata/dataset';
const committed = (): Dataset => ({
  places: JSON.parse(readFileSync(`${DIR}/places.geojson`, 'utf8')),
  links: JSON.parse(readFileSync(`${DIR}/links.geojson`, 'utf8')),
  articles: JSON.parse(readFileSync(`${DIR}/articles.json`, 'utf8')),
});
/** What the map gets from the full files, the way the explorer made it before map.json. */
const fromFull = (ds: Dataset): MapData => {
  const mapLinks = toMapLinks(ds.links);
  return { mapLinks, mapPlaces: toMapPlaces(ds.places), years: linkYears(mapLinks) };
};
const aligned = alignedSample;
const read = (value: unknown): MapData => {
  const m = readMapFile(value);
  if (typeof m === 'string') throw new Error(m);
  return m;
};

describe('map.json', () => {
  it('is committed beside the dataset and is what the CLI would write for it', () => {
    const text = readFileSync(`${DIR}/${MAP_FILE}`, 'utf8');
    expect(text).toBe(mapFileText(mapFile(committed())));
  });

  it('gives the map exactly what the full files give it (the committed dataset)', () => {
    const ds = committed();
    const map = read(JSON.parse(readFileSync(`${DIR}/${MAP_FILE}`, 'utf8')));
    expect(map).toEqual(fromFull(ds));
    expect(sameMap(map, ds)).toBe(true);
  });

  it('keeps ids that are not the builder’s own (the sample’s sister link)', () => {
    const ds = aligned();
    const file = mapFile(ds);
    expect(file.links.some((l) => typeof l[0] === 'string')).toBe(true);
    expect(read(JSON.parse(mapFileText(file)))).toEqual(fromFull(ds));
  });

  it('is a small fraction of links.geojson: no arcs, no evidence', () => {
    const small = readFileSync(`${DIR}/${MAP_FILE}`).length;
    const links = readFileSync(`${DIR}/links.geojson`).length;
    expect(small).toBeLessThan(links / 10);
  });

  it('is refused, with the row named, when a row is wrong', () => {
    const good = () => JSON.parse(mapFileText(mapFile(aligned()))) as Record<string, unknown[][]>;
    const broken: [string, (f: Record<string, unknown[][]>) => void, RegExp][] = [
      ['version', (f) => ((f as Record<string, unknown>).version = 2), /version 2/],
      ['end', (f) => (f.links![0]![2] = 99), /link 0: bad ends/],
      ['date', (f) => (f.links![1]![5] = 'soon'), /link 1: bad offset, dates/],
      ['kind', (f) => (f.links![0]![1] = 7), /link 0: bad id or kind/],
      ['place', (f) => (f.places![2]![4] = 'x'), /place 2: bad coordinates/],
      ['row', (f) => f.places![0]!.pop(), /place 0: not a row of 9/],
    ];
    for (const [what, spoil, message] of broken) {
      const f = good();
      spoil(f);
      expect(readMapFile(f), what).toMatch(message);
    }
    expect(readMapFile(null)).toMatch(/not an object/);
  });

  it('is not the same map once a link differs from the full files', () => {
    const ds = aligned();
    const map = read(mapFile(ds));
    ds.links.features[0]!.properties.articles.push(ds.links.features[1]!.properties.articles[0]!);
    expect(sameMap(map, ds)).toBe(false);
    ds.links.features.pop();
    expect(sameMap(map, ds)).toBe(false);
  });
});

describe('loading map.json and then the full files', () => {
  const files = (ds: Dataset, map: unknown): typeof fetch =>
    (async (url: string | URL) => {
      const name = String(url).split('/').pop()!;
      const body: Record<string, unknown> = {
        'places.geojson': ds.places,
        'links.geojson': ds.links,
        'articles.json': ds.articles,
        [MAP_FILE]: map,
      };
      if (body[name] === undefined) return new Response('', { status: 404 });
      return new Response(JSON.stringify(body[name]), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;

  it('keeps the map drawn from map.json when the full files agree (same objects)', async () => {
    const ds = committed();
    const fetcher = files(ds, mapFile(ds));
    const map = await loadMapFile('https://x.org/data', fetcher, 'https://x.org');
    expect(map).not.toBeNull();
    const full = await loadDataset('https://x.org/data', fetcher, 'https://x.org', map);
    expect(full.ok && full.data.mapLinks).toBe(map!.mapLinks);
    expect(full.ok && full.data.mapPlaces).toBe(map!.mapPlaces);
  });

  it('draws from the full files when the folder has no map.json (older datasets)', async () => {
    const ds = committed();
    const fetcher = files(ds, undefined);
    expect(await loadMapFile('https://x.org/data/', fetcher, 'https://x.org')).toBeNull();
    const full = await loadDataset('https://x.org/data/', fetcher, 'https://x.org', null);
    expect(full.ok && full.data.mapLinks).toEqual(fromFull(ds).mapLinks);
  });

  it('ignores a broken map.json, with a warning, and a stale one', async () => {
    const ds = committed();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadMapFile('https://x.org/d/', files(ds, { version: 9 }), null)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/map\.json: version 9/));
    warn.mockRestore();
    const stale = read(mapFile({ ...ds, links: { ...ds.links, features: [] } }));
    const indexed = indexDataset(ds, {}, stale);
    expect(indexed.mapLinks).not.toBe(stale.mapLinks);
    expect(indexed.mapLinks.features).toHaveLength(ds.links.features.length);
  });
});
