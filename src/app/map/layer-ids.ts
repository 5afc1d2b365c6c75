// Source and layer ids shared by the layer components and the click handling in AtlasMap.
export const SOURCES = {
  basemap: 'atlas-basemap',
  labels: 'atlas-basemap-labels',
  links: 'atlas-links',
  pairs: 'atlas-link-pairs',
  pairLabels: 'atlas-link-pair-labels',
  places: 'atlas-places',
} as const;

export const LAYERS = {
  sea: 'atlas-sea',
  land: 'atlas-land',
  borders: 'atlas-borders',
  countryLabels: 'atlas-country-labels',
  pairs: 'atlas-link-pairs',
  pairLabels: 'atlas-link-pair-labels',
  sister: 'atlas-links-sister',
  visit: 'atlas-links-visit',
  arrows: 'atlas-links-arrows',
  placeCircles: 'atlas-places-circle',
  placeLabels: 'atlas-places-label',
} as const;

/** What a pointer can hit (click, hover), topmost first: a count label before what it sits on. */
export const HIT_LAYERS = [
  LAYERS.pairLabels,
  LAYERS.placeCircles,
  LAYERS.sister,
  LAYERS.visit,
  LAYERS.pairs,
] as const;

export const ARROW_IMAGE = 'atlas-arrow';

/** Colours by country and by country pair; muted grey for anything else. */
export const COUNTRY_COLOURS = { VN: '#c8102e', LA: '#1f4e9c', KH: '#0f7f6f' } as const;
export const PAIR_COLOURS = { 'LA-VN': '#b3261e', 'KH-VN': '#1565c0', 'KH-LA': '#2e7d32' } as const;
export const OTHER_COLOUR = '#777777';

/**
 * Datasets with at least AGGREGATE_FROM links draw each place pair with several links as one
 * arc below zoom AGGREGATE_BELOW (an integer: zoom in a layer filter is evaluated at whole tile
 * zooms). Smaller datasets draw every link at every zoom (the seed dataset: eleven links).
 */
export const AGGREGATE_FROM = 2000;
export const AGGREGATE_BELOW = 7;

/** Links a pair arc shows now: its feature-state "n", set by LinkLayers (all of them before). */
export function shownLinks(f: { state: unknown; properties: Record<string, unknown> }): number {
  const n = (f.state as { n?: number }).n;
  return n ?? Number(f.properties.n);
}

/**
 * The pair whose count label this is, when the label is readable: LinkLayers hides it (state
 * "s" ≠ "n", or "v" = 0) while the filter keeps only some of its links. The number is drawn
 * over the arcs and dots, so pointing at it means its pair, not a link that crosses there.
 */
export function countedPair(f: {
  layer: { id: string };
  state: unknown;
  properties: Record<string, unknown>;
}): { a: string; b: string; n: number } | null {
  if (f.layer.id !== LAYERS.pairLabels) return null;
  const { s, v } = f.state as { s?: number; v?: number };
  const n = Number(f.properties.n);
  if (v === 0 || (s ?? n) !== n) return null;
  return { a: String(f.properties.a), b: String(f.properties.b), n };
}

/**
 * Whether every arc the view shows is tiled: the links' source, and the pair arcs' when the
 * map aggregates ("first arcs" in the explorer and in bench:app).
 */
export function arcsLoaded(map: {
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
}): boolean {
  if (!map.getSource(SOURCES.links) || !map.isSourceLoaded(SOURCES.links)) return false;
  return !map.getSource(SOURCES.pairs) || map.isSourceLoaded(SOURCES.pairs);
}
