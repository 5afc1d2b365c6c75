// Border districts, and the districts of Vientiane and Phnom Penh, that the press names without
// their province ("Đoàn công tác huyện Tây Giang", "Công an huyện Minh Hóa", "huyện Chanthabouly
// của Lào"): which province each lies in (geodata/gazetteer/districts.json). They are no places of
// ours; a mention of one locates, like a ward (sub-units.ts).
import type { Gazetteer } from '../gazetteer.ts';
import type { GazetteerEntry } from '../types.ts';
import table from '../../../geodata/gazetteer/districts.json' with { type: 'json' };
import { tokenize } from './tokens.ts';

interface DistrictRow {
  province: string;
  names: string[];
}

// Districts were abolished in Vietnam on 1 July 2025: a later article means the merged province.
const REFORM = '2025-07-01';

const byGazetteer = new WeakMap<Gazetteer, Map<string, GazetteerEntry>[]>();

/** Folded name of a district (as sub-units.ts keys names) → its province, for the article's date. */
export function borderDistricts(gaz: Gazetteer, date: string | null): Map<string, GazetteerEntry> {
  let pair = byGazetteer.get(gaz);
  if (!pair) {
    const before = new Map<string, GazetteerEntry>();
    const after = new Map<string, GazetteerEntry>();
    for (const row of table as DistrictRow[]) {
      const entry = gaz.get(row.province);
      if (!entry) continue;
      const chain = gaz.successorChain(entry.id);
      const later = chain[chain.length - 1] ?? entry;
      for (const name of row.names) {
        const key = tokenize(name)
          .tokens.map((t) => t.f)
          .join(' ');
        before.set(key, entry);
        after.set(key, later);
      }
    }
    pair = [before, after];
    byGazetteer.set(gaz, pair);
  }
  return date !== null && date >= REFORM ? pair[1]! : pair[0]!;
}
