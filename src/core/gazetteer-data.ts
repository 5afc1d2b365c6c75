// The built-in gazetteer: one reviewable JSON file per country in geodata/gazetteer/.
import type { GazetteerEntry } from './types.ts';
import { createGazetteer, type Gazetteer } from './gazetteer.ts';
import vn from '../../geodata/gazetteer/vn.json' with { type: 'json' };
import la from '../../geodata/gazetteer/la.json' with { type: 'json' };
import kh from '../../geodata/gazetteer/kh.json' with { type: 'json' };

export const GAZETTEER_ENTRIES: readonly GazetteerEntry[] = [
  ...(vn as GazetteerEntry[]),
  ...(la as GazetteerEntry[]),
  ...(kh as GazetteerEntry[]),
];

let cached: Gazetteer | undefined;

/** The built-in gazetteer, built once. */
export function builtinGazetteer(): Gazetteer {
  cached ??= createGazetteer(GAZETTEER_ENTRIES);
  return cached;
}
