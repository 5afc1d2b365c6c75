// Links of one place pair drawn as one weighted arc at low zoom (issue 10): a large dataset has
// many links between the same two places, and a bundle of near-identical curves costs the map
// as much to draw as it tells the reader little. The arcs are built once; the filter only sets
// each pair's count of shown links and its level as feature-state (pairLevels).
import type {
  CountryPair,
  FeatureCollection,
  LineFeature,
  PointFeature,
} from '../../core/types.ts';
import type { LinkLevel } from './link-levels.ts';
import { mapArc, midpoint, type MapLinks } from './map-data.ts';

export interface MapPairProps {
  /** Place ids of the two ends, a < b. */
  a: string;
  b: string;
  pair: CountryPair;
  /** Links between the two places, whatever the filter. */
  n: number;
}

export type MapPairs = FeatureCollection<LineFeature<MapPairProps>>;

export interface PairArcs {
  /** One arc per place pair with at least two links; feature id = index. */
  pairs: MapPairs;
  /** Per map link (feature id): the index of its pair arc, or -1 when it is its pair's only link. */
  pairOf: Int32Array;
}

/** Groups the map's links by unordered place pair; the input is left untouched. */
export function pairArcs(links: MapLinks): PairArcs {
  const groups = new Map<string, number[]>();
  links.features.forEach((f, i) => {
    const { from, to } = f.properties;
    const key = from < to ? `${from}|${to}` : `${to}|${from}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const pairOf = new Int32Array(links.features.length).fill(-1);
  const features: LineFeature<MapPairProps>[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = links.features[members[0]!]!;
    const { from, to, pair } = first.properties;
    const coords = first.geometry.coordinates;
    // Ends in id order, so the arc of a pair does not depend on which link came first.
    const [a, b] = from < to ? [from, to] : [to, from];
    const ends = from < to ? coords : [...coords].reverse();
    const id = features.length;
    for (const i of members) pairOf[i] = id;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'LineString', coordinates: mapArc(ends, 0) },
      properties: { a, b, pair, n: members.length },
    });
  }
  return { pairs: { type: 'FeatureCollection', features }, pairOf };
}

/**
 * The links that are alone in their pair: below the aggregation zoom the map draws only these
 * and the pair arcs, so a source made of them alone holds every arc the first view shows.
 */
export function soloLinks<F>(
  links: FeatureCollection<F>,
  pairOf: Int32Array,
): FeatureCollection<F> {
  return { ...links, features: links.features.filter((_, i) => pairOf[i]! < 0) };
}

export interface PairLevels {
  /** Shown links per pair (levels 1–3). */
  shown: Uint32Array;
  /** Highest level among a pair's links: 0 when none is shown. */
  level: Uint8Array;
}

/** Each pair arc's count of shown links and level, from the levels of the links (link-levels.ts). */
export function pairLevels(levels: Uint8Array, pairOf: Int32Array, pairs: number): PairLevels {
  const shown = new Uint32Array(pairs);
  const level = new Uint8Array(pairs);
  for (let i = 0; i < levels.length; i++) {
    const p = pairOf[i]!;
    const v = levels[i]! as LinkLevel;
    if (p < 0 || v === 0) continue;
    shown[p] = shown[p]! + 1;
    if (v > level[p]!) level[p] = v;
  }
  return { shown, level };
}

/** Pair indices whose count or level differs between two runs (all when there is no previous). */
export function changedPairs(prev: PairLevels | null, next: PairLevels): number[] {
  const out: number[] = [];
  for (let i = 0; i < next.level.length; i++)
    if (!prev || prev.level[i] !== next.level[i] || prev.shown[i] !== next.shown[i]) out.push(i);
  return out;
}

export interface PairLabelProps {
  /** Links the pair arc shows now. */
  n: number;
  pair: CountryPair;
  /** The arc's ends: pointing at the number is pointing at the pair (tooltip, click). */
  a: string;
  b: string;
}

export type PairLabels = FeatureCollection<PointFeature<PairLabelProps>>;

/**
 * The count written on each pair arc that shows at least `min` links, at the arc's middle
 * (feature id = pair index, so the arc's feature-state can be mirrored on it).
 */
export function pairLabels(pairs: MapPairs, shown: Uint32Array, min = 2): PairLabels {
  const features: PointFeature<PairLabelProps>[] = [];
  pairs.features.forEach((f, i) => {
    const n = shown[i] ?? 0;
    if (n < min) return;
    features.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: midpoint(f.geometry.coordinates) },
      properties: { n, pair: f.properties.pair, a: f.properties.a, b: f.properties.b },
    });
  });
  return { type: 'FeatureCollection', features };
}
