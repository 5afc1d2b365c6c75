// The one hook browser tests and the app bench use: where a place is on screen, whether the map
// is idle with data (the map container's data-ready attribute says the same), and frame timing.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LonLat } from '../core/types.ts';

export interface AtlasTestHook {
  /** Viewport (client) coordinates of a [lon, lat] point. */
  project(lonLat: LonLat): [number, number];
  readonly ready: boolean;
  /**
   * Resolves with the ms until the map has drawn its next frame; with `repaint`, asks for one
   * (to measure what one frame of the current scene costs).
   */
  frame(repaint?: boolean): Promise<number>;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function exposeTestHook(map: MaplibreMap): void {
  window.__atlas = {
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
