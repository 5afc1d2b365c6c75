// "Ngày 25/11, tại Thủ đô B, Hội nghị … khai mạc với sự tham dự của Thủ tướng ba nước", "các cuộc
// thảo luận giữa đại diện ngành du lịch ba nước đang diễn ra tại tỉnh B": officials "of the three
// countries", where the article so far has named Vietnam, Laos and Cambodia, met at the place the
// sentence names; the two countries other than the host's came.
import type { GazetteerEntry } from '../types.ts';
import { countryWords } from './actors.ts';
import type { Mention } from './find-places.ts';
import { isDistanceRef, type SentenceView } from './sentence-view.ts';
import { futureWordIn } from './visit-cues.ts';
import { isLocated } from './visit-sides.ts';

const LEADERS_OF_THREE =
  /(?<![\p{L}])(?:thủ tướng|lãnh đạo|bộ trưởng|chủ tịch quốc hội|quan chức|đại diện|đoàn đại biểu|các đoàn)(?:\s+\p{L}+){0,4}?\s+(?:của\s+)?(?:ba|3)\s+nước(?![\p{L}])/u;

const LAST_CENTURY = /(?<![\d])19\d\d(?![\d])/u;

/** The place where the officials of the three countries met, if the sentence tells it so. */
export function venueOfThree(s: SentenceView): GazetteerEntry | null {
  if (s.mentions.length === 0) return null;
  const { text, tokens } = s.tt;
  const start = tokens[s.t0]!.start;
  const lower = text.slice(start, tokens[s.t1 - 1]!.end).toLowerCase();
  // (Cheap gate: the count of countries itself.)
  if (!lower.includes('ba nước') && !lower.includes('3 nước')) return null;
  const officials = LEADERS_OF_THREE.exec(lower);
  // ("Sáng kiến … được Thủ tướng ba nước đưa ra tại cuộc gặp … ở B năm 1999": what they did once,
  // told as the agent of a passive, or dated in the last century.)
  if (!officials || /được\s+$/u.test(lower.slice(0, officials.index)) || LAST_CENTURY.test(lower))
    return null;
  const at = start + officials.index;
  // (A place before the officials may be a correspondent's post, "Theo phóng viên … tại X, …",
  // or the venue, "Ngày 25/11, tại Thủ đô B, Hội nghị …": the one after them wins.)
  const located = s.mentions.filter((m) => isLocated(s, m) && !isDistanceRef(s, m));
  const later = (m: Mention) => m.span[0] > at && !isDistanceRef(s, m);
  const venue = located.find(later) ?? (located.length === 1 ? located[0] : undefined);
  if (!venue || s.mentions.some((m) => later(m) && m.entry !== venue.entry)) return null;
  // (A plan's own name, "Kế hoạch phát triển du lịch", is the meeting's topic: only a plain word
  // of the future makes it one to come.)
  if (futureWordIn(s, s.t0, s.t1)) return null;
  // The three are the article's: named by the end of this sentence.
  const named = new Set(
    countryWords(text.slice(0, tokens[s.t1 - 1]!.end).toLowerCase()).map((w) => w.country),
  );
  return named.size === 3 ? venue.entry : null;
}
