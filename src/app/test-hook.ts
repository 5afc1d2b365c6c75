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
