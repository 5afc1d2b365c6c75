// Counts for the live status line.
import type { Visible } from './visible.ts';

export interface StatusCounts {
  links: number;
  sister: number;
  visit: number;
  places: number;
}

export function statusCounts(v: Visible): StatusCounts {
  let sister = 0;
  for (const l of v.links) if (l.kind === 'sister') sister++;
  return { links: v.links.length, sister, visit: v.links.length - sister, places: v.places.length };
}
