// The state leader or body a headline opens on, when it names its own country there ("Phó Chủ
// tịch nước CHDCND Lào quan tâm tới quan hệ kết nghĩa A và B", "Chủ tịch Quốc hội Lào thăm …"):
// the article follows that national actor. A place of the same country the headline names later
// stands in what the actor speaks of (a twinning, a project), and is no traveller of its own.
import type { Gazetteer } from '../gazetteer.ts';
import { countryWords, nationalActorCountry, nationalBodyIndex } from './actors.ts';
import type { Mention } from './find-places.ts';
import { national, type Side } from './visit-sides.ts';

/**
 * The national actor the headline opens on, placed at its capital; null unless the headline's
 * first words are a national body whose country is named before any place of the headline (a
 * Vietnamese leader named without his country, "Tổng Bí thư Tô Lâm …", is left to other rules),
 * and the headline names a place of that country too: the one a guest with no name of its own
 * would otherwise be taken from. (A headline with no such place, "Chủ tịch Quốc hội Lào sẽ sang
 * thăm Việt Nam", leaves the guest unknown, as before.)
 */
export function headlineActor(
  title: string,
  titleStart: number,
  places: readonly Mention[],
  gaz: Gazetteer,
): Side | null {
  const lower = title.normalize('NFC').toLowerCase();
  if (nationalBodyIndex(lower) !== 0) return null;
  const c = nationalActorCountry(lower);
  if (c === null || !places.some((m) => m.entry.country === c)) return null;
  const firstPlace = places.length > 0 ? places[0]!.span[0] - titleStart : lower.length;
  const named = countryWords(lower).find((w) => w.country === c);
  return named !== undefined && named.index < firstPlace ? national(gaz, c) : null;
}
