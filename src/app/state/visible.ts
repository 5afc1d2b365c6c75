// What the current filter shows: the links it keeps and the places those links touch.
import type { MapData } from '../data/read-map-file.ts';
import { linkMatches } from './link-filter.ts';
import type { MapLinkProps } from './map-data.ts';
import { isDefaultFilter, type LinkFilter } from './view-state.ts';

export interface Visible {
  links: MapLinkProps[];
  /** Place ids, in dataset order. */
  places: string[];
}

/**
 * Places shown = ends of the kept links. Without any filter every place is shown, also those
 * only mentioned (no link), so the atlas never hides part of the dataset by default.
 */
export function visibleItems(data: Omit<MapData, 'years'>, f: LinkFilter): Visible {
  const links = data.mapLinks.features.map((l) => l.properties).filter((p) => linkMatches(p, f));
  const all = isDefaultFilter(f);
  const ends = new Set<string>();
  for (const l of links) {
    ends.add(l.from);
    ends.add(l.to);
  }
  const places = data.mapPlaces.features
    .map((p) => p.properties.id)
    .filter((id) => all || ends.has(id));
  return { links, places };
}
