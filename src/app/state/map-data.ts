// Flat projections of the dataset for the map: MapLibre stringifies nested GeoJSON properties
// and feature-state needs numeric ids, so the map gets only what it draws and filters on.
// Arcs are redrawn here with few points from each link's ends and `offset` (both decided by the
// geocoding step): the same curve as links.geojson's, at a fraction of its vertices, which is
// what the map tiles and draws on every frame (issue 10, bench:app).
import type {
  CountryCode,
  CountryPair,
  FeatureCollection,
  LineFeature,
  LinkKind,
  LinksFile,
  LonLat,
  PlacesFile,
  PointFeature,
} from '../../core/types.ts';
import { arcCoordinates } from '../../core/arc.ts';
import { monthOf, yearOf } from './link-filter.ts';

/** Points per arc on the map; the dataset's 32 are for GeoJSON viewers (docs/explorer.md). */
export const MAP_ARC_POINTS = 12;

export interface MapLinkProps {
  id: string;
  kind: LinkKind;
  pair: CountryPair;
  from: string;
  to: string;
  /** First and last year stated, -1 when undated (expressions cannot compare null). */
  y0: number;
  y1: number;
  /** First and last month stated (year × 12 + month − 1; a bare year spans all its months), -1 when undated. */
  m0: number;
  m1: number;
  /** Number of articles behind the link (line width). */
  n: number;
}

export interface MapPlaceProps {
  id: string;
  name: string;
  nameEn: string;
  country: CountryCode;
  /** Links touching the place, at least the number of articles (circle size). */
  weight: number;
  /** Links touching the place: labels of places with links are placed first. */
  links: number;
  /** 1 for a unit that no longer exists in this form. */
  old: 0 | 1;
}

export type MapLinks = FeatureCollection<LineFeature<MapLinkProps>>;
export type MapPlaces = FeatureCollection<PointFeature<MapPlaceProps>>;

/** What one map link is made of, from links.geojson or from map.json (read-map-file.ts). */
export interface MapLinkSource {
  id: string;
  kind: LinkKind;
  pair: CountryPair;
  from: string;
  to: string;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
}

/** One map link; both readers go through here so the two files give the same map. */
export function mapLinkFeature(
  i: number,
  p: MapLinkSource,
  ends: readonly LonLat[],
  offset: number,
): LineFeature<MapLinkProps> {
  const y0 = yearOf(p.firstDate);
  const y1 = yearOf(p.lastDate);
  const m0 = monthOf(p.firstDate, 'start');
  const m1 = monthOf(p.lastDate ?? p.firstDate, 'end');
  return {
    type: 'Feature',
    id: i,
    geometry: { type: 'LineString', coordinates: mapArc(ends, offset) },
    properties: {
      id: p.id,
      kind: p.kind,
      pair: p.pair,
      from: p.from,
      to: p.to,
      y0: y0 ?? -1,
      y1: y1 ?? y0 ?? -1,
      m0: m0 ?? -1,
      m1: m1 ?? m0 ?? -1,
      n: p.articles,
    },
  };
}

/** Links for the map; feature id = index in the input, so it maps back to the dataset. */
export function toMapLinks(links: LinksFile): MapLinks {
  return {
    type: 'FeatureCollection',
    features: links.features.map((f, i) => {
      const p = f.properties;
      const source = { ...p, from: p.from.id, to: p.to.id, articles: p.articles.length };
      return mapLinkFeature(i, source, f.geometry.coordinates, p.offset);
    }),
  };
}

/** Years stated by any link, ascending (the time filter's choices). */
export function linkYears(links: MapLinks): number[] {
  const years = new Set<number>();
  for (const f of links.features) {
    const { y0, y1 } = f.properties;
    if (y0 >= 0) for (let y = y0; y <= y1; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The arc between the first and last position of a dataset line, with MAP_ARC_POINTS points. */
export function mapArc(coords: readonly LonLat[], offset: number): LonLat[] {
  const a = coords[0];
  const b = coords[coords.length - 1];
  if (!a || !b) throw new Error('mapArc: empty line');
  return arcCoordinates(a, b, offset, { points: MAP_ARC_POINTS });
}

/** What one map place is made of, from places.geojson or from map.json. */
export interface MapPlaceSource {
  id: string;
  name: string;
  nameEn: string;
  country: CountryCode;
  articles: number;
  links: number;
  old: boolean;
}

export function mapPlaceFeature(
  i: number,
  p: MapPlaceSource,
  coord: LonLat,
): PointFeature<MapPlaceProps> {
  return {
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id: p.id,
      name: p.name.normalize('NFC'),
      nameEn: (p.nameEn || p.name).normalize('NFC'),
      country: p.country,
      weight: Math.max(p.links, p.articles),
      links: p.links,
      old: p.old ? 1 : 0,
    },
  };
}

export function toMapPlaces(places: PlacesFile): MapPlaces {
  return {
    type: 'FeatureCollection',
    features: places.features.map((f, i) => {
      const p = f.properties;
      const source = {
        ...p,
        articles: p.articles.length,
        links: p.linkCount,
        old: Boolean(p.validTo),
      };
      return mapPlaceFeature(i, source, f.geometry.coordinates);
    }),
  };
}

/** The vertex in the middle of a line, where a popup for it opens. */
export function midpoint(coords: readonly LonLat[]): LonLat {
  const c = coords[Math.floor(coords.length / 2)];
  if (!c) throw new Error('midpoint: empty line');
  return [c[0], c[1]];
}
