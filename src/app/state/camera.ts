// Where the camera goes after a filter change or "fit to data": the box around the shown
// places, with the panel's cover added to the padding so nothing lands under it.
import type { LonLat } from '../../core/types.ts';
import type { LinkFilter } from './view-state.ts';
import type { Cover } from './reveal.ts';

/** [[west, south], [east, north]] of the points (GeoJSON [lon, lat] order), null when empty. */
export function boundsOf(points: readonly LonLat[]): [LonLat, LonLat] | null {
  if (points.length === 0) return null;
  let [w, s] = points[0]!;
  let [e, n] = points[0]!;
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** One string per distinct link filter: a change of it (not of place or camera) refits. */
export function filterKey(f: LinkFilter): string {
  return [
    f.pair,
    f.kind,
    f.from ?? '',
    f.fromMonth ?? '',
    f.to ?? '',
    f.toMonth ?? '',
    f.onlyDated ? 1 : 0,
  ].join('|');
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Padding for fitBounds: a base margin, plus what the panel or sheet covers, never more than fits. */
export function fitPadding(
  size: { width: number; height: number },
  cover: Cover,
  base = 48,
): Padding {
  const m = Math.min(base, size.width / 6, size.height / 6);
  return {
    top: m,
    left: m,
    right: Math.min(m + cover.right, size.width * 0.7),
    bottom: Math.min(m + cover.bottom, size.height * 0.7),
  };
}

/**
 * Whether a refit is worth a camera move: not when the target is within half a zoom level and
 * a tenth of the view of where the map is. Every move re-tiles the arcs, which at 10,000 links
 * costs more than the small shift is worth (bench:app).
 */
export function needsRefit(
  now: { x: number; y: number; zoom: number },
  target: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
): boolean {
  if (Math.abs(now.zoom - target.zoom) >= 0.5) return true;
  return (
    Math.abs(now.x - target.x) > size.width / 10 || Math.abs(now.y - target.y) > size.height / 10
  );
}
