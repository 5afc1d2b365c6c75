// Keeping the selected place in sight when the panel covers part of the map: which side the
// panel covers, and how far to pan so the place sits in the middle of what is left.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Cover {
  /** Pixels of the map hidden on the right (side panel) and at the bottom (bottom sheet). */
  right: number;
  bottom: number;
}

/**
 * A panel narrower than 60 % of the map is a side panel (covers the right); a wider one is a
 * bottom sheet (covers the bottom). Only the part overlapping the map counts.
 */
export function coverOf(map: Box, panel: Box | null): Cover {
  if (!panel) return { right: 0, bottom: 0 };
  const width = map.right - map.left;
  const side = panel.right - panel.left < 0.6 * width;
  return side
    ? { right: clamp(map.right - panel.left, 0, width), bottom: 0 }
    : { right: 0, bottom: clamp(map.bottom - panel.top, 0, map.bottom - map.top) };
}

/**
 * [dx, dy] to pan by (MapLibre panBy) so that the point, in map pixels, is centred in the
 * uncovered part; null when it is already well inside it (40 px margin).
 */
export function revealOffset(
  point: { x: number; y: number },
  size: { width: number; height: number },
  cover: Cover,
): [number, number] | null {
  const margin = 40;
  const w = size.width - cover.right;
  const h = size.height - cover.bottom;
  if (w <= 0 || h <= 0) return null;
  const inside =
    point.x >= margin && point.x <= w - margin && point.y >= margin && point.y <= h - margin;
  if (inside) return null;
  return [point.x - w / 2, point.y - h / 2];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
