// Curved arcs for links, and the offsets that keep links between the same two places apart.
// A quadratic Bézier in a local equirectangular projection is enough at the scale of
// Indochina (≤ 2,000 km): no antimeridian, and the curve only has to read as "from A to B".
import type { LinkKind, LonLat } from './types.ts';

export interface ArcOptions {
  /** Number of points, ends included (default 32). */
  points?: number;
  /** Bulge of the offset-0 arc, as a fraction of the chord (default 0.18). */
  bend?: number;
  /** Extra bulge per offset step (default 0.14). */
  step?: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Points of a curved arc from `from` to `to` ([lon, lat]), ends exactly the inputs (6 decimals).
 * The arc bulges to the left of the direction of travel by (bend + step × offset) × chord, so
 * offsets 0, 1, -1, 2 … between the same two places give different curves, and A→B never
 * coincides with B→A: that would need bend + step·m = -(bend + step·n), i.e. m + n =
 * -2·bend/step, which the default ratio keeps from being an integer.
 */
export function arcCoordinates(
  from: LonLat,
  to: LonLat,
  offset: number,
  opts: ArcOptions = {},
): LonLat[] {
  const n = Math.max(2, Math.floor(opts.points ?? 32));
  const bend = opts.bend ?? 0.18;
  const step = opts.step ?? 0.14;
  const a: LonLat = [round6(from[0]), round6(from[1])];
  const b: LonLat = [round6(to[0]), round6(to[1])];
  if (a[0] === b[0] && a[1] === b[1])
    return Array.from({ length: n }, () => [a[0], a[1]] as LonLat);

  // Local projection: x in degrees of longitude scaled to the mean latitude, y in degrees.
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const ax = a[0] * k;
  const bx = b[0] * k;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const h = bend + step * offset;
  // Left normal of (dx, dy) is (-dy, dx); its length is the chord, so h is relative to it.
  const cx = (ax + bx) / 2 - dy * h;
  const cy = (a[1] + b[1]) / 2 + dx * h;

  const out: LonLat[] = [a];
  for (let i = 1; i < n - 1; i++) {
    const t = i / (n - 1);
    const u = 1 - t;
    const x = u * u * ax + 2 * u * t * cx + t * t * bx;
    const y = u * u * a[1] + 2 * u * t * cy + t * t * b[1];
    out.push([round6(x / k), round6(y)]);
  }
  out.push(b);
  return out;
}

/** What arcOffsets needs of a link. */
export interface OffsetInput {
  id: string;
  kind: LinkKind;
  from: { id: string };
  to: { id: string };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** 0, 1, -1, 2, -2 … : the i-th link of a group. */
export function offsetAt(i: number): number {
  return i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : -(i / 2);
}

/**
 * Offsets for links grouped by unordered place pair, in a stable order within each group
 * (kind, then direction — the one going from the smaller id first — then id). Returns a map
 * link id → offset; the input is left untouched.
 */
export function arcOffsets(links: readonly OffsetInput[]): Map<string, number> {
  const groups = new Map<string, OffsetInput[]>();
  for (const l of links) {
    const key = [l.from.id, l.to.id].sort().join('|');
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  const out = new Map<string, number>();
  for (const g of groups.values()) {
    const sorted = [...g].sort(
      (x, y) =>
        cmp(x.kind, y.kind) ||
        Number(x.from.id > x.to.id) - Number(y.from.id > y.to.id) ||
        cmp(x.id, y.id),
    );
    sorted.forEach((l, i) => out.set(l.id, offsetAt(i)));
  }
  return out;
}
