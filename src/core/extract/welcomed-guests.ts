// A national leader welcoming another country's leader or delegation, with no travel verb and no
// place named ("Nhiệt liệt chào mừng Chủ tịch Hun Sen và Đoàn đại biểu cấp cao Campuchia, Thủ
// tướng Chính phủ … nhấn mạnh …", "Chủ tịch Quốc hội … nhiệt liệt chào mừng Đoàn đại biểu cấp
// cao Quốc hội Lào"): the guests came to the host's country, received at its capital.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords, nationalActorCountry } from './actors.ts';
import { commaFrom, phraseText, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { futureWordIn } from './visit-cues.ts';
import { national, type VisitFinding } from './visit-sides.ts';

// The first word of a welcomed guest: a leader's title or a delegation (not "chào mừng Đại hội",
// "chào mừng kỷ niệm …", an event marked).
const GUEST_FIRST = new Set(['đoàn', 'chủ', 'thủ', 'tổng', 'phó', 'bộ', 'quốc', 'ngài']);
// Manner words before the verb ("nhiệt liệt chào mừng", "trân trọng chào mừng").
const MANNER: readonly (readonly string[])[] = [
  ['nhiệt', 'liệt'],
  ['trân', 'trọng'],
];

/**
 * The guests' country: the one country their words name ("Chủ tịch Quốc hội Saysomphone và Đoàn
 * đại biểu cấp cao Lào"), else their national body's.
 */
function guestCountry(lower: string): CountryCode | null {
  // (Someone's, not "chào mừng Quốc khánh Lào", a day marked.)
  const body = nationalActorCountry(lower);
  const named = new Set(countryWords(lower).map((w) => w.country));
  return body && named.size === 1 ? [...named][0]! : named.size === 0 ? body : null;
}

/** The welcome's guests as a trip to the host's capital, or none. */
export function welcomedGuests(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  if (s.mentions.length > 0) return [];
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, ['chào', 'mừng']) || !GUEST_FIRST.has(wordAt(s, k + 2))) continue;
    // The guests run to the next comma; the host is the clause before the verb or, when the
    // sentence opens on the welcome, the clause after the guests.
    const end = commaFrom(s, k + 2);
    const guestEnd = end < 0 ? s.t1 : end;
    const opens = k === s.t0 || MANNER.some((ws) => k === s.t0 + ws.length && wordsAt(s, s.t0, ws));
    if (opens && end < 0) return [];
    const host = opens ? phraseText(s.tt, end, s.t1) : phraseText(s.tt, s.t0, k);
    // ("… sẽ nhiệt liệt chào mừng Thủ tướng …": a welcome still to come.)
    if (futureWordIn(s, s.t0, guestEnd)) return [];
    const g = guestCountry(phraseText(s.tt, k + 2, guestEnd));
    const h = nationalActorCountry(host);
    if (!g || !h || g === h) return [];
    return [
      {
        from: national(gaz, g),
        to: [national(gaz, h)],
        sentence: s,
        atCapital: true,
        received: true,
      },
    ];
  }
  return [];
}
