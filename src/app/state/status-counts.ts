// Counts for the live status line.
import type { Visible } from './visible.ts';

export interface StatusCounts {
  links: number;
  sister: number;
  visit: number;
  /** Shown links without a date (counted apart: they are in no time range). */
  undated: number;
  places: number;
}

/** With `placeId`, only the shown links that touch that place are counted (the embed's summary). */
export function statusCounts(v: Visible, placeId: string | null = null): StatusCounts {
  const links = placeId ? v.links.filter((l) => l.from === placeId || l.to === placeId) : v.links;
  let sister = 0;
  let undated = 0;
  for (const l of links) {
    if (l.kind === 'sister') sister++;
    if (l.y0 < 0) undated++;
  }
  return {
    links: links.length,
    sister,
    visit: links.length - sister,
    undated,
    places: v.places.length,
  };
}
