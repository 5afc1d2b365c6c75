// Which links a filter keeps. The map applies the same rule through link-levels.ts; both read the
// flat properties of map-data.ts so the list, the status line and the map cannot disagree.
import type { LinkFilter } from './view-state.ts';
import type { MapLinkProps } from './map-data.ts';

/** Year of a YYYY[-MM[-DD]] date, or null. */
export function yearOf(date: string | null): number | null {
  if (date === null) return null;
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

/**
 * Month index (year × 12 + month − 1) of a YYYY[-MM[-DD]] date: a bare year stands for its
 * first month at the `start` of a span and its last at the `end`. Null when undated.
 */
export function monthOf(date: string | null, side: 'start' | 'end'): number | null {
  const y = yearOf(date);
  if (y === null) return null;
  const m = Number(date!.slice(5, 7));
  if (m >= 1 && m <= 12) return y * 12 + m - 1;
  return y * 12 + (side === 'start' ? 0 : 11);
}

/** The filter's time range as month indices, [lo, hi]; ±Infinity where it is open. */
export function filterMonths(f: LinkFilter): [number, number] {
  const lo = f.from === null ? -Infinity : f.from * 12 + (f.fromMonth ?? 1) - 1;
  const hi = f.to === null ? Infinity : f.to * 12 + (f.toMonth ?? 12) - 1;
  return [lo, hi];
}

/** Whether the pair and kind match (the time range aside: the histogram counts by these). */
export function pairKindMatch(p: Pick<MapLinkProps, 'kind' | 'pair'>, f: LinkFilter): boolean {
  return (f.pair === 'all' || p.pair === f.pair) && (f.kind === 'all' || p.kind === f.kind);
}

/**
 * A link is kept when its pair and kind match and the months it spans overlap the range.
 * Undated links (y0 = -1) are kept unless `onlyDated` is set, whatever the range. Links
 * without m0/m1 (year-only callers) span their years.
 */
export function linkMatches(
  p: Pick<MapLinkProps, 'kind' | 'pair' | 'y0' | 'y1'> & Partial<Pick<MapLinkProps, 'm0' | 'm1'>>,
  f: LinkFilter,
): boolean {
  if (!pairKindMatch(p, f)) return false;
  if (p.y0 < 0) return !f.onlyDated;
  const [lo, hi] = filterMonths(f);
  const m0 = p.m0 ?? p.y0 * 12;
  const m1 = p.m1 ?? p.y1 * 12 + 11;
  return m1 >= lo && m0 <= hi;
}
