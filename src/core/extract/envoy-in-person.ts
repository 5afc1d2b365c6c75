// An ambassador named in person in a sentence that also names his country's consul at the
// consulate's seat: "Tới dự có ông X, Tỉnh trưởng B, Đại sứ Việt Nam tại Lào Y, Tổng lãnh sự Việt
// Nam tại B Z …". The consul is at home in B, but the ambassador came from the capital.
import type { CountryCode } from '../types.ts';
import { countryWords, KHMER_ALT, STATE_OF } from './actors.ts';

// "đại sứ (đặc mệnh toàn quyền) (nước) việt nam tại …" (not "đại sứ quán", the mission).
const AMBASSADOR_OF = new RegExp(
  String.raw`(?<![\p{L}])đại sứ(?:\s+đặc mệnh toàn quyền)?\s+${STATE_OF}(việt nam|lào|${KHMER_ALT})\s+tại(?![\p{L}])`,
  'gu',
);

/** Whether a lower-case sentence names an ambassador of `country` in person. */
export function ambassadorInPerson(lower: string, country: CountryCode): boolean {
  // (Most sentences name no ambassador: one substring test first.)
  if (!lower.includes('đại sứ')) return false;
  for (const m of lower.matchAll(AMBASSADOR_OF))
    if (countryWords(m[1]!)[0]?.country === country) return true;
  return false;
}

// "Tổng Lãnh sự Việt Nam tại Pắc-xế X đã đến thăm tỉnh B": the consul in person, posted in a city
// the phrase names, travels for his country (annotators place him at its capital), not from his
// seat. (Not "Tổng Lãnh sự quán …", the mission, read elsewhere.)
const CONSUL_POSTED = new RegExp(
  String.raw`(?<![\p{L}])(?:tổng\s+)?lãnh sự\s+${STATE_OF}(việt nam|lào|${KHMER_ALT})\s+tại\s`,
  'u',
);

/**
 * The country of a consul named in person, posted somewhere, heading a lower-case actor phrase.
 * (Not "đoàn công tác do bà X, Tổng Lãnh sự … dẫn đầu, cùng Hội người Việt …": a mixed party the
 * consul leads, which annotators may leave to its members.)
 */
export function postedConsulCountry(lower: string): CountryCode | null {
  if (!lower.includes('lãnh sự')) return null;
  const m = CONSUL_POSTED.exec(lower);
  if (!m || LED_PARTY.test(lower.slice(0, m.index))) return null;
  return countryWords(m[1]!)[0]?.country ?? null;
}
const LED_PARTY = /(?<![\p{L}])(?:đoàn|do)(?![\p{L}])/u;
