// A country's national broadcaster or news agency as a side: "Lễ bàn giao … diễn ra giữa Bộ … Lào
// và Đài Tiếng nói Việt Nam (VOV) …, tại tỉnh B".
import { COUNTRY_ALT, countryWords, STATE_OF } from './actors.ts';
import type { CountryCode } from '../types.ts';

// ("Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "Đài Phát thanh
// Quốc gia Lào"; a province's "Đài Phát thanh - Truyền hình Quảng Bình" names no country.)
const MEDIA_OF_COUNTRY = new RegExp(
  String.raw`(?<![\p{L}])(?:đài tiếng nói|đài truyền hình|đài phát thanh(?: quốc gia)?|thông tấn xã)\s+${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'gu',
);

// Where a bureau is posted, right after its name ("… Thông tấn xã Việt Nam tại Viêng Chăn").
const POSTED = /^\s+(?:tại|ở)(?![\p{L}])/u;

/** The country of a national broadcaster or news agency named in a lower-case phrase, but `not`. */
export function foreignMedia(lower: string, not: CountryCode): CountryCode | null {
  // Cheap gate: every such body opens with "đài" or "thông tấn".
  if (!lower.includes('đài ') && !lower.includes('thông tấn')) return null;
  for (const m of lower.matchAll(MEDIA_OF_COUNTRY)) {
    // ("Phân xã Thông tấn xã Việt Nam tại Viêng Chăn": its bureau, already posted there.)
    if (POSTED.test(lower.slice(m.index + m[0].length))) continue;
    const c = countryWords(m[1]!)[0]?.country;
    if (c && c !== not) return c;
  }
  return null;
}
