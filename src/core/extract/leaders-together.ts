// "Thủ tướng Campuchia X, Thủ tướng Lào Y và Thủ tướng Việt Nam Z đã có buổi làm việc tại Hà Nội":
// the leaders of several states as one subject. The first names the trip's traveller; each other
// state's leader came too, unless the meeting was in his own country.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords, nationalActorCountry } from './actors.ts';
import { national, type VisitFinding } from './visit-sides.ts';

// A leader's title opening an item of the subject's list.
const LEADER =
  /^(?:ngài |ông |bà |samdech )?(?:phó )?(?:thủ tướng|chủ tịch nước|chủ tịch quốc hội|tổng bí thư|bộ trưởng|thứ trưởng|quốc vương|tổng thống)\s/u;
const ITEMS = /\s*(?:,|\svà\s|\scùng\s)\s*/u;

/** The other states' leaders listed with the traveller `found` before the cue, each a visit. */
export function fellowLeaders(
  gaz: Gazetteer,
  subject: string,
  found: readonly VisitFinding[],
): VisitFinding[] {
  const first = found[0];
  if (!first || first.to.length === 0) return [];
  const seen = new Set<CountryCode>([first.from.entry.country]);
  const out: VisitFinding[] = [];
  for (const item of subject.toLowerCase().split(ITEMS)) {
    // (An office named with no country is taken for Vietnam's: only a leader named with his
    // country is counted, "Bộ trưởng Ngoại giao và Hợp tác quốc tế" being one title.)
    if (!LEADER.test(item) || countryWords(item).length === 0) continue;
    const c = nationalActorCountry(item);
    if (c === null || seen.has(c)) continue;
    seen.add(c);
    const to = first.to.filter((t) => t.entry.country !== c);
    if (to.length > 0) out.push({ from: national(gaz, c), to, sentence: first.sentence });
  }
  return out;
}
