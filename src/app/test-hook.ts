// The one hook browser tests and the app bench use: where a place is on screen, whether the map
// is idle with data (the map container's data-ready attribute says the same), and frame timing.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LonLat } from '../core/types.ts';
import { arcsLoaded } from './map/layer-ids.ts';

export interface AtlasTestHook {
  /** Viewport (client) coordinates of a [lon, lat] point. */
  project(lonLat: LonLat): [number, number];
  readonly ready: boolean;
  /**
   * Resolves with the ms until the map has drawn its next frame; with `repaint`, asks for one
   * (to measure what one frame of the current scene costs).
   */
  frame(repaint?: boolean): Promise<number>;
  /**
   * performance.now() at the end of the first frame drawn with every tile of the arcs' sources
   * loaded, the pair arcs' included ("first arcs on screen", bench:app; the bare page is timed
   * the same way), or null.
   */
  readonly arcsAt: number | null;
  readonly zoom: number;
  /** The style's layer ids, bottom first. */
  readonly layers: string[];
  /**
   * The features of a layer drawn in the view now (one per id) with their feature-state: the
   * filter lives in feature-state, so a test reads what the map was told, not what the app meant.
   */
  rendered(layer: string): RenderedFeature[];
}

export interface RenderedFeature {
  id: string | number | undefined;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
  /** [lon, lat] of a point feature (a count label); null for lines. */
  point: LonLat | null;
  /**
   * A symbol's text and opacity as MapLibre evaluates its layer's expressions for this feature
   * and state (what the reader sees, not what the properties say); null on other layers.
   */
  text: string | null;
  opacity: number | null;
}

/** MapLibre's style layer evaluating a symbol's properties per feature (typed, undocumented). */
interface SymbolEvaluator {
  layout: { get(name: 'text-field'): { evaluate(f: object, state: object): unknown } };
  paint: { get(name: 'text-opacity'): { evaluate(f: object, state: object): number } };
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function exposeTestHook(map: MaplibreMap): void {
  let arcsAt: number | null = null;
  const onRender = () => {
    if (!arcsLoaded(map)) return;
    arcsAt = performance.now();
    map.off('render', onRender);
  };
  map.on('render', onRender);
  window.__atlas = {
    get arcsAt() {
      return arcsAt;
    },
    project(lonLat) {
      const p = map.project(lonLat);
      const r = map.getContainer().getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    },
    get zoom() {
      return map.getZoom();
    },
    get layers() {
      return map.getLayersOrder();
    },
    rendered(layer) {
      const style = map.getLayer(layer);
      if (!style) return [];
      const symbol = style.type === 'symbol' ? (style as unknown as SymbolEvaluator) : null;
      const out: RenderedFeature[] = [];
      const seen = new Set<string | number>();
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        // A line crossing tile edges comes once per tile.
        if (f.id !== undefined && seen.has(f.id)) continue;
        if (f.id !== undefined) seen.add(f.id);
        const g = f.geometry;
        const feature = { type: 1, id: f.id, properties: f.properties };
        out.push({
          id: f.id,
          properties: f.properties,
          state: f.state,
          point: g.type === 'Point' ? (g.coordinates as LonLat) : null,
          text: symbol ? String(symbol.layout.get('text-field').evaluate(feature, f.state)) : null,
          opacity: symbol ? symbol.paint.get('text-opacity').evaluate(feature, f.state) : null,
        });
      }
      return out;
    },
    get ready() {
      return map.getContainer().dataset.ready === 'true';
    },
    frame(repaint = false) {
      const t0 = performance.now();
      return new Promise((resolve) => {
        map.once('render', () => resolve(performance.now() - t0));
        if (repaint) map.triggerRepaint();
      });
    },
  };
}
