// "Tổng Bí thư Tô Lâm và Quốc vương Campuchia … trong chuyến thăm Việt Nam hồi tháng 11-2024" (a
// caption): of two leaders named together during a trip to one's country, the other made it.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords, listedNationalActors } from './actors.ts';
import { phraseText, type SentenceView } from './sentence-view.ts';
import { national, type VisitFinding } from './visit-sides.ts';

const DURING_TRIP =
  /^(.{4,200}?)\s(?:trong|nhân) (?:chuyến|dịp) (?:thăm|công du)(?: chính thức| cấp nhà nước| hữu nghị)* (việt nam|lào|campuchia)(?![\p{L}])/u;
const TO_COME = /(?<![\p{L}])(?:sẽ|sắp|dự kiến)(?![\p{L}])/u;

/**
 * In a sentence naming no place, a trip to a country that `pattern` finds (its first group the
 * words before, its second the country) and no word of `toCome` marks as still ahead: those
 * words, and the country.
 */
export function tripToCountry(
  s: SentenceView,
  pattern: RegExp,
  toCome: RegExp,
): { before: string; visited: CountryCode } | null {
  if (s.mentions.length > 0) return null;
  const lower = phraseText(s.tt, s.t0, s.t1);
  const trip = pattern.exec(lower);
  if (!trip || toCome.test(lower)) return null;
  const visited = countryWords(trip[2]!)[0]?.country;
  return visited ? { before: trip[1]!, visited } : null;
}

/** The trip a sentence names only as the time two leaders met, for a sentence naming no place. */
export function leadersOnTrip(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  const trip = tripToCountry(s, DURING_TRIP, TO_COME);
  if (!trip) return [];
  const guests = listedNationalActors(trip.before).filter((c) => c !== trip.visited);
  if (guests.length !== 1) return [];
  return [{ from: national(gaz, guests[0]!), to: [national(gaz, trip.visited)], sentence: s }];
}
