// The map style when no online basemap is configured: no tiles and no `glyphs` URL, so
// MapLibre draws label text locally with the browser's fonts and nothing leaves the page.
import type { StyleSpecification } from 'maplibre-gl';

export const SEA_COLOUR = '#dbe8f0';

export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'atlas-sea', type: 'background', paint: { 'background-color': SEA_COLOUR } }],
  };
}

/** Font stack for every label; without glyphs it is only a hint to the local renderer. */
export const TEXT_FONT = ['Noto Sans Regular'];
