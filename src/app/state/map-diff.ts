// Push state to the map only when it differs from what the map already has, so a map move
// that updates the state does not move the map again (no move -> state -> move loops).
import type { MapView } from './view-state.ts';

/** Deep equality of JSON-like values (filter expressions, paint values, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Whether the camera must move to show `wanted`. Differences below what the URL keeps
 * (4 decimals of a degree, 2 of zoom) do not count.
 */
export function viewDiffers(current: MapView, wanted: MapView): boolean {
  return (
    Math.abs(current.center[0] - wanted.center[0]) > 1e-4 ||
    Math.abs(current.center[1] - wanted.center[1]) > 1e-4 ||
    Math.abs(current.zoom - wanted.zoom) > 0.01
  );
}

/** Keys of `next` whose value differs from `prev` (all of them when there is no prev). */
export function changedKeys<T extends object>(prev: T | undefined, next: T): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter((k) => !prev || !sameValue(prev[k], next[k]));
}
