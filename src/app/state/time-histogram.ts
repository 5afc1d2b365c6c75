// The time filter's model: links per month over the dataset's dated span (bars under the range
// slider), undated links counted apart, and the conversion between slider positions and the
// filter's year-month bounds. Months are indices, year × 12 + month − 1 (link-filter.ts).
import { filterMonths, pairKindMatch } from './link-filter.ts';
import type { MapLinkProps } from './map-data.ts';
import type { LinkFilter } from './view-state.ts';

export interface MonthHistogram {
  /** Month index of the first bar; counts[i] is month start + i. */
  start: number;
  /** Links of the pair and kind chosen, by their first month. */
  counts: number[];
  /** Links of the pair and kind chosen that have no date: never in a bar. */
  undated: number;
}

/** The span comes from every dated link, so the slider keeps its scale when pair or kind change. */
export function monthHistogram(
  links: readonly Pick<MapLinkProps, 'kind' | 'pair' | 'y0' | 'm0' | 'm1'>[],
  f: LinkFilter,
): MonthHistogram {
  let start = Infinity;
  let end = -Infinity;
  for (const l of links) {
    if (l.y0 < 0) continue;
    start = Math.min(start, l.m0);
    end = Math.max(end, l.m1);
  }
  let undated = 0;
  if (start > end) {
    for (const l of links) if (pairKindMatch(l, f)) undated++;
    return { start: 0, counts: [], undated };
  }
  const counts = new Array<number>(end - start + 1).fill(0);
  for (const l of links) {
    if (!pairKindMatch(l, f)) continue;
    if (l.y0 < 0) undated++;
    else counts[l.m0 - start]!++;
  }
  return { start, counts, undated };
}

/** Slider positions [lo, hi] (bar indices) of the filter's range, clamped to the bars. */
export function rangePositions(h: MonthHistogram, f: LinkFilter): [number, number] {
  const last = Math.max(0, h.counts.length - 1);
  const [lo, hi] = filterMonths(f);
  const clamp = (x: number) => Math.min(last, Math.max(0, x));
  return [clamp(lo - h.start), clamp(hi - h.start)];
}

export type TimeBounds = Pick<LinkFilter, 'from' | 'to' | 'fromMonth' | 'toMonth'>;

/**
 * Filter bounds for slider positions. The ends of the span mean "no bound" (so links dated
 * later are not cut off); lo is never after hi (an inverted range cannot be made).
 */
export function boundsAt(h: MonthHistogram, lo: number, hi: number): TimeBounds {
  const last = Math.max(0, h.counts.length - 1);
  const a = Math.max(0, Math.min(lo, hi, last));
  const b = Math.min(last, Math.max(hi, a));
  const from = a === 0 ? null : h.start + a;
  const to = b === last ? null : h.start + b;
  return {
    from: from === null ? null : Math.floor(from / 12),
    fromMonth: from === null ? null : (from % 12) + 1,
    to: to === null ? null : Math.floor(to / 12),
    toMonth: to === null ? null : (to % 12) + 1,
  };
}

/** "YYYY-MM" of a month index (for formatDate). */
export function monthDate(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
