// "Tổng Lãnh sự Lào tại Đà Nẵng": a consul general received in the city the article says he is
// posted to has travelled nowhere (an article-wide fact: its body names the seat, the headline
// the reception).
import type { CountryCode, GazetteerEntry } from '../types.ts';
import { COUNTRY_ALT, countryWords, STATE_OF } from './actors.ts';
import type { Mention } from './find-places.ts';

const CONSUL_AT = new RegExp(
  String.raw`(?<![\p{L}])(?:tổng\s+)?lãnh\s+sự(?:\s+quán)?\s+${STATE_OF}(${COUNTRY_ALT})\s+(?:tại|ở)\s+`,
  'giu',
);
// Room for "TP. ", "thành phố " between "tại" and the name.
const SEAT_REACH = 14;

/** Each country's consular seats the article names ("… Lào tại Đà Nẵng" → LA: Đà Nẵng). */
export function consulSeats(
  text: string,
  mentions: readonly Mention[],
): Map<CountryCode, Set<GazetteerEntry>> {
  const out = new Map<CountryCode, Set<GazetteerEntry>>();
  if (!/lãnh\s+sự/iu.test(text)) return out;
  for (const m of text.matchAll(CONSUL_AT)) {
    const c = countryWords(m[1]!.toLowerCase())[0]?.country;
    const at = m.index + m[0].length;
    const seat = mentions.find((x) => x.span[0] >= at && x.span[0] <= at + SEAT_REACH);
    if (!c || !seat) continue;
    if (!out.has(c)) out.set(c, new Set());
    out.get(c)!.add(seat.entry);
  }
  return out;
}
