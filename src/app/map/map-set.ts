// Setters that touch the map only when the value differs from what the layer already has
// (the comparison is the pure sameValue of state/map-diff.ts).
import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { sameValue } from '../state/map-diff.ts';

export function setFilter(
  map: MaplibreMap,
  layer: string,
  filter: FilterSpecification | null,
): void {
  if (!map.getLayer(layer)) return;
  if (sameValue(map.getFilter(layer) ?? null, filter)) return;
  map.setFilter(layer, filter);
}

type PaintName = Parameters<MaplibreMap['setPaintProperty']>[1];
type LayoutName = Parameters<MaplibreMap['setLayoutProperty']>[1];

export function setPaint(
  map: MaplibreMap,
  layer: string,
  name: PaintName,
  value: Parameters<MaplibreMap['setPaintProperty']>[2],
): void {
  if (!map.getLayer(layer)) return;
  if (sameValue(map.getPaintProperty(layer, name), value)) return;
  map.setPaintProperty(layer, name, value);
}

export function setLayout(
  map: MaplibreMap,
  layer: string,
  name: LayoutName,
  value: Parameters<MaplibreMap['setLayoutProperty']>[2],
): void {
  if (!map.getLayer(layer)) return;
  if (sameValue(map.getLayoutProperty(layer, name), value)) return;
  map.setLayoutProperty(layer, name, value);
}

/**
 * The first of `above` the map has, as addLayer's beforeId: the layer groups are added in the
 * order the data comes in (arcs first), not in the order they are drawn.
 */
export function firstLayerOf(map: MaplibreMap, above: readonly string[]): string | undefined {
  return above.find((id) => map.getLayer(id));
}
