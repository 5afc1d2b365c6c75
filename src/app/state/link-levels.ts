// How each arc is drawn, as one small number per link, so the map can update only the arcs
// whose look changed (MapLibre feature-state) instead of re-filtering and re-uploading tiles.
import { linkMatches } from './link-filter.ts';
import type { MapLinks } from './map-data.ts';
import type { LinkFilter } from './view-state.ts';

/** 0 hidden by the filter, 1 dimmed (another place is selected), 2 normal, 3 emphasised. */
export type LinkLevel = 0 | 1 | 2 | 3;

/**
 * Level of every link, indexed like the map features (feature id = index). A link touching the
 * selected place, or the selected link itself, is emphasised; with a place selected the others
 * are dimmed. The filter wins over everything: a filtered-out link is hidden even if selected.
 */
export function linkLevels(
  links: MapLinks,
  f: LinkFilter,
  place: string | null,
  link: string | null,
): Uint8Array {
  const out = new Uint8Array(links.features.length);
  links.features.forEach((feature, i) => {
    const p = feature.properties;
    if (!linkMatches(p, f)) out[i] = 0;
    else if (p.id === link || (place !== null && (p.from === place || p.to === place))) out[i] = 3;
    else out[i] = place === null ? 2 : 1;
  });
  return out;
}

/** Indices whose level differs between two runs (all of them when there is no previous run). */
export function changedLevels(prev: Uint8Array | null, next: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < next.length; i++) if (!prev || prev[i] !== next[i]) out.push(i);
  return out;
}
