// "Tổng Bí thư Tô Lâm và Quốc vương Campuchia … trong chuyến thăm Việt Nam hồi tháng 11-2024" (a
// caption): of two leaders named together during a trip to one's country, the other made it.
import type { Gazetteer } from '../gazetteer.ts';
import { countryWords, listedNationalActors } from './actors.ts';
import { phraseText, type SentenceView } from './sentence-view.ts';
import { national, type VisitFinding } from './visit-sides.ts';

const DURING_TRIP =
  /^(.{4,200}?)\s(?:trong|nhân) (?:chuyến|dịp) (?:thăm|công du)(?: chính thức| cấp nhà nước| hữu nghị)* (việt nam|lào|campuchia)(?![\p{L}])/u;
const TO_COME = /(?<![\p{L}])(?:sẽ|sắp|dự kiến)(?![\p{L}])/u;

/** The trip a sentence names only as the time two leaders met, for a sentence naming no place. */
export function leadersOnTrip(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  if (s.mentions.length > 0) return [];
  const lower = phraseText(s.tt, s.t0, s.t1);
  const trip = DURING_TRIP.exec(lower);
  if (!trip || TO_COME.test(lower)) return [];
  const visited = countryWords(trip[2]!)[0]?.country;
  const guests = listedNationalActors(trip[1]!).filter((c) => c !== visited);
  if (!visited || guests.length !== 1) return [];
  return [{ from: national(gaz, guests[0]!), to: [national(gaz, visited)], sentence: s }];
}
