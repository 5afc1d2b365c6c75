// The one map, handed from AtlasMap to the layer components that draw on it. Children are
// only created once the style has loaded, so they can add sources and layers right away.
import { getContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

const KEY = Symbol('atlas-map');

export interface MapContext {
  readonly map: MaplibreMap;
}

export function setMapContext(ctx: MapContext): void {
  setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('map layers must be inside <AtlasMap>');
  return ctx;
}
