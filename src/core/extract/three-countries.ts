// "Ngày 25/11, tại Thủ đô B, Hội nghị … khai mạc với sự tham dự của Thủ tướng ba nước", "các cuộc
// thảo luận giữa đại diện ngành du lịch ba nước đang diễn ra tại tỉnh B": officials "of the three
// countries", where the article so far has named Vietnam, Laos and Cambodia, met at the place the
// sentence names; the two countries other than the host's came.
import type { GazetteerEntry } from '../types.ts';
import { countryWords } from './actors.ts';
import type { Mention } from './find-places.ts';
import { isDistanceRef, wordAt, type SentenceView } from './sentence-view.ts';
import { futureWordIn } from './visit-cues.ts';
import { isLocated } from './visit-sides.ts';

// "Thủ tướng", "quan chức cao cấp", "đại diện các bộ" … "(của)": who met, before the countries.
const OFFICIALS = String.raw`(?<![\p{L}])(?:thủ tướng|lãnh đạo|bộ trưởng|chủ tịch quốc hội|quan chức|đại diện|đoàn đại biểu|các đoàn)(?:\s+\p{L}+){0,4}?\s+(?:của\s+)?`;
const LEADERS_OF_THREE = new RegExp(String.raw`${OFFICIALS}(?:ba|3)\s+nước(?![\p{L}])`, 'u');
// ("các quan chức cao cấp của Việt Nam, Lào và Campuchia đã họp": the three named one by one.)
const THREE = String.raw`(?:việt nam|lào|campuchia|cam-pu-chia)`;
const LEADERS_OF_NAMED = new RegExp(
  String.raw`${OFFICIALS}${THREE}\s*,\s*${THREE}\s+và\s+${THREE}(?![\p{L}])`,
  'u',
);

const LAST_CENTURY = /(?<![\d])19\d\d(?![\d])/u;

/** The place where the officials of the three countries met, if the sentence tells it so. */
export function venueOfThree(s: SentenceView): GazetteerEntry | null {
  if (s.mentions.length === 0) return null;
  const { text, tokens } = s.tt;
  const start = tokens[s.t0]!.start;
  const lower = text.slice(start, tokens[s.t1 - 1]!.end).toLowerCase();
  // (Cheap gate: the count of countries itself, or one of their names.)
  const counted = lower.includes('ba nước') || lower.includes('3 nước');
  if (!counted && !lower.includes('lào')) return null;
  const officials = counted ? LEADERS_OF_THREE.exec(lower) : LEADERS_OF_NAMED.exec(lower);
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
  // (The three named one by one meet at a venue named before them; one after them may be where a
  // text they act on was signed: "… thực thi Hiệp định …, văn kiện được ký năm 2016 tại B".)
  if (!counted && venue.span[0] > at) return null;
  // (A plan's own name, "Kế hoạch phát triển du lịch", is the meeting's topic: only a plain word
  // of the future makes it one to come.)
  // (Not one of its purpose: "… đã họp để hoàn tất công tác chuẩn bị cho Hội nghị Cấp cao …".)
  if (futureWordIn(s, s.t0, purposeAt(s))) return null;
  // The three are the article's: named by the end of this sentence.
  const named = new Set(
    countryWords(text.slice(0, tokens[s.t1 - 1]!.end).toLowerCase()).map((w) => w.country),
  );
  return named.size === 3 ? venue.entry : null;
}

/** The first "để" or "nhằm" of the sentence, where its purpose starts, or its end. */
function purposeAt(s: SentenceView): number {
  for (let k = s.t0; k < s.t1; k++) if (wordAt(s, k) === 'để' || wordAt(s, k) === 'nhằm') return k;
  return s.t1;
}
