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
 * A link is kept when its pair and kind match and the years it spans overlap [from, to].
 * Undated links (y0 = -1) are kept unless `onlyDated` is set, whatever the year range.
 */
export function linkMatches(
  p: Pick<MapLinkProps, 'kind' | 'pair' | 'y0' | 'y1'>,
  f: LinkFilter,
): boolean {
  if (f.pair !== 'all' && p.pair !== f.pair) return false;
  if (f.kind !== 'all' && p.kind !== f.kind) return false;
  if (p.y0 < 0) return !f.onlyDated;
  if (f.from !== null && p.y1 < f.from) return false;
  if (f.to !== null && p.y0 > f.to) return false;
  return true;
}
