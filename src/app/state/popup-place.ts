// Where an arc's popup opens: beside the arc, on the outer side of its curve (so it does not
// cover the arc it describes), and inside the map (issue 10: cut off at x < 0 on a phone).
import type { Box } from './reveal.ts';

export type PopupAnchor = 'top' | 'bottom' | 'left' | 'right';

interface Pt {
  x: number;
  y: number;
}

/**
 * MapLibre anchor (the side of the popup at the point) for a popup at the arc's middle `mid`,
 * given the middle of its chord, in screen pixels. The arc bulges from the chord towards `mid`,
 * so the popup goes further that way. On a narrow map only above or below: there is no room
 * beside.
 */
export function popupAnchor(mid: Pt, chordMid: Pt, narrow: boolean): PopupAnchor {
  const dx = mid.x - chordMid.x;
  const dy = mid.y - chordMid.y;
  if (narrow || Math.abs(dy) >= Math.abs(dx)) return dy > 0 ? 'top' : 'bottom';
  return dx > 0 ? 'left' : 'right';
}

/**
 * [dx, dy] for MapLibre panBy that brings `rect` (the open popup) inside `bounds` (the map)
 * with a margin; [0, 0] when it is inside. Where it cannot fit, its top-left edge wins, so the
 * headline and close button stay visible.
 */
export function overflowPan(rect: Box, bounds: Box, margin = 8): [number, number] {
  const axis = (lo: number, hi: number, min: number, max: number): number => {
    if (lo < min + margin) return lo - (min + margin);
    if (hi > max - margin) return Math.min(hi - (max - margin), lo - (min + margin));
    return 0;
  };
  const dx = axis(rect.left, rect.right, bounds.left, bounds.right);
  const dy = axis(rect.top, rect.bottom, bounds.top, bounds.bottom);
  return [dx || 0, dy || 0];
}
