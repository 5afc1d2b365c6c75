// "Thay mặt … MTTQ Việt Nam, ông X cảm ơn Hội đồng … Campuchia về sự đón tiếp nồng hậu dành cho ông
// trong chuyến thăm hữu nghị Vương quốc Campuchia từ ngày …": whoever thanks for the welcome given
// during a trip to a country made that trip, from his own country's capital. Read on a sentence
// naming no place, the country of the one thanking named before the thanks.
import type { Gazetteer } from '../gazetteer.ts';
import { countryWords } from './actors.ts';
import { tripToCountry } from './leaders-on-trip.ts';
import type { SentenceView } from './sentence-view.ts';
import { national, type VisitFinding } from './visit-sides.ts';

const THANKED_TRIP =
  /^(.{4,240}?)\s(?:cảm ơn|cám ơn)\s.{0,200}?(?<![\p{L}])(?:đón tiếp|tiếp đón)(?![\p{L}]).{0,80}?\strong (?:chuyến|dịp) (?:thăm|công du)(?: chính thức| cấp nhà nước| hữu nghị| làm việc)* (?:vương quốc |nước )?(việt nam|lào|campuchia)(?![\p{L}])/u;
// (Also a welcome being prepared: "… cảm ơn Đại sứ đã giúp chuẩn bị … đón tiếp đoàn trong chuyến
// thăm Lào sau Tết / tháng tới / tới đây".)
const TO_COME =
  /(?<![\p{L}])(?:sẽ|sắp|dự kiến|chuẩn bị|tới đây|(?:thời gian|tuần|tháng|năm) tới)(?![\p{L}])/u;

/** The trip of the one thanking, for a sentence naming no place. */
export function thankedTripVisits(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  const trip = tripToCountry(s, THANKED_TRIP, TO_COME);
  if (!trip) return [];
  // (One country named before the thanks, not the one visited: "Đại sứ Việt Nam tại Campuchia
  // cảm ơn …" names both, and an envoy at his post made no trip.)
  const own = new Set(countryWords(trip.before).map((h) => h.country));
  if (own.size !== 1 || own.has(trip.visited)) return [];
  const from = national(gaz, [...own][0]!);
  return [{ from, to: [national(gaz, trip.visited)], sentence: s, recalled: true }];
}
