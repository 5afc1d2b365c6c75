// Filters for the small places source (about 200 points, so re-filtering it is cheap; the
// arcs use feature-state instead, see link-levels.ts).
import type { FilterSpecification } from 'maplibre-gl';

/** Filter that keeps the features whose `id` property is in the list. */
export function idFilterExpression(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]] as FilterSpecification;
}
