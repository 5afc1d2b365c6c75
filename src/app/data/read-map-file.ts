// Reads map.json (core/dataset/map-file.ts) into the map's own projections, checking every row:
// the file may come from any `?data=` folder. An error message, not an exception, so the caller
// can fall back to the full files.
import { KIND_CODES, MAP_FILE_VERSION } from '../../core/dataset/map-file.ts';
import { linkId } from '../../core/dataset/link-id.ts';
import type { CountryCode, CountryPair, LonLat } from '../../core/types.ts';
import {
  linkYears,
  mapLinkFeature,
  mapPlaceFeature,
  type MapLinks,
  type MapPlaces,
} from '../state/map-data.ts';

/** What the map draws and filters on; AtlasData has the same fields once the full files are in. */
export interface MapData {
  mapLinks: MapLinks;
  mapPlaces: MapPlaces;
  /** Years stated by any link, ascending (the time filter's choices). */
  years: number[];
}

const DATE = /^\d{4}(-\d\d(-\d\d)?)?$/;
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isDate = (x: unknown): x is string | null => x === null || (isStr(x) && DATE.test(x));

export function readMapFile(value: unknown): MapData | string {
  const v = value as { version?: unknown; places?: unknown; links?: unknown } | null;
  if (typeof v !== 'object' || v === null) return 'not an object';
  if (v.version !== MAP_FILE_VERSION) return `version ${String(v.version)} is not supported`;
  if (!Array.isArray(v.places) || !Array.isArray(v.links)) return 'places or links missing';
  const coords: LonLat[] = [];
  const places: MapPlaces = { type: 'FeatureCollection', features: [] };
  for (const [i, row] of (v.places as unknown[]).entries()) {
    if (!Array.isArray(row) || row.length !== 9) return `place ${i}: not a row of 9`;
    const [id, name, nameEn, country, lon, lat, articles, links, old] = row as unknown[];
    if (!isStr(id) || !isStr(name) || !isStr(nameEn) || !isStr(country))
      return `place ${i}: id, names and country must be text`;
    if (!isNum(lon) || !isNum(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return `place ${i}: bad coordinates`;
    if (!isCount(articles) || !isCount(links) || (old !== 0 && old !== 1))
      return `place ${i}: bad counts`;
    const c = country as CountryCode;
    coords.push([lon, lat]);
    places.features.push(
      mapPlaceFeature(i, { id, name, nameEn, country: c, articles, links, old: old === 1 }, [
        lon,
        lat,
      ]),
    );
  }
  const links: MapLinks = { type: 'FeatureCollection', features: [] };
  const n = places.features.length;
  for (const [i, row] of (v.links as unknown[]).entries()) {
    if (!Array.isArray(row) || row.length !== 8) return `link ${i}: not a row of 8`;
    const [id, kindCode, from, to, offset, firstDate, lastDate, articles] = row as unknown[];
    const kind = KIND_CODES[kindCode as number];
    if (kind === undefined || (id !== 0 && !isStr(id))) return `link ${i}: bad id or kind`;
    if (!isCount(from) || !isCount(to) || from >= n || to >= n) return `link ${i}: bad ends`;
    if (!isNum(offset) || !isDate(firstDate) || !isDate(lastDate) || !isCount(articles))
      return `link ${i}: bad offset, dates or count`;
    const a = places.features[from]!.properties;
    const b = places.features[to]!.properties;
    const pair = [a.country, b.country].sort().join('-') as CountryPair;
    const props = {
      id: id === 0 ? linkId(kind, a.id, b.id) : id,
      kind,
      pair,
      from: a.id,
      to: b.id,
      firstDate,
      lastDate,
      articles,
    };
    links.features.push(mapLinkFeature(i, props, [coords[from]!, coords[to]!], offset));
  }
  return { mapLinks: links, mapPlaces: places, years: linkYears(links) };
}

/**
 * Whether the map read from map.json is the one the full files give: same places and links in
 * the same order (feature ids are indices), so the map keeps its sources when they arrive.
 */
export function sameMap(
  map: MapData,
  full: {
    places: { features: { properties: { id: string } }[] };
    links: {
      features: {
        properties: { id: string; from: { id: string }; to: { id: string }; articles: unknown[] };
      }[];
    };
  },
): boolean {
  const pl = map.mapPlaces.features;
  const li = map.mapLinks.features;
  if (pl.length !== full.places.features.length || li.length !== full.links.features.length)
    return false;
  if (pl.some((f, i) => f.properties.id !== full.places.features[i]!.properties.id)) return false;
  return li.every((f, i) => {
    const p = full.links.features[i]!.properties;
    const m = f.properties;
    return m.id === p.id && m.from === p.from.id && m.to === p.to.id && m.n === p.articles.length;
  });
}
