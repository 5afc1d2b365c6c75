// Hover highlight through feature-state, for the layers given; returns the cleanup.
import type { Map as MaplibreMap, MapLayerMouseEvent } from 'maplibre-gl';

export function hoverHighlight(
  map: MaplibreMap,
  source: string,
  layers: readonly string[],
): () => void {
  let hovered: string | number | undefined;
  const clear = () => {
    if (hovered !== undefined && map.getSource(source))
      map.setFeatureState({ source, id: hovered }, { hover: false });
    hovered = undefined;
    map.getCanvas().style.cursor = '';
  };
  const move = (e: MapLayerMouseEvent) => {
    // Arcs hidden by the filter (feature-state v = 0) are still in the tiles: skip them.
    const id = e.features?.find((f) => (f.state as { v?: number }).v !== 0)?.id;
    if (id === hovered) return;
    clear();
    if (id === undefined) return;
    hovered = id;
    map.setFeatureState({ source, id }, { hover: true });
    map.getCanvas().style.cursor = 'pointer';
  };
  for (const layer of layers) {
    map.on('mousemove', layer, move);
    map.on('mouseleave', layer, clear);
  }
  return () => {
    for (const layer of layers) {
      map.off('mousemove', layer, move);
      map.off('mouseleave', layer, clear);
    }
    clear();
  };
}
