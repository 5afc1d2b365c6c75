// A reception told as the sentence's opening clause, its host the subject after the guest:
// "Chiều 26/10, tiếp ông X, Trưởng ban … Lào sang thăm và làm việc tại Việt Nam, Tổng Bí thư Y
// khẳng định …". The usual reading looks for the host before "tiếp" and finds none.
import type { Gazetteer } from '../gazetteer.ts';
import { countryWords, nationalActorCountry } from './actors.ts';
import { commaBefore, phraseText, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import type { TokenizedText } from './tokens.ts';
import type { Cue } from './visit-cues.ts';
import {
  actorIn,
  isLocated,
  local,
  national,
  type Side,
  type VisitFinding,
} from './visit-sides.ts';

// The verbs of the main clause's subject, who speaks at the reception ("… Thủ tướng Y khẳng định").
const SAID: readonly (readonly string[])[] = [
  ['khẳng', 'định'],
  ['nhấn', 'mạnh'],
  ['bày', 'tỏ'],
  ['cho', 'biết'],
  ['đề', 'nghị'],
  ['đánh', 'giá'],
  ['chúc', 'mừng'],
  ['hoan', 'nghênh'],
];
// Words that open a time clause before the reception ("Chiều 26/10, tiếp …").
const TIME_WORDS = new Set(['sáng', 'chiều', 'trưa', 'tối', 'ngày', 'hôm']);
// How long that time clause may be, and the subject after the guest.
const TIME_CLAUSE_WORDS = 6;
const SUBJECT_WORDS = 12;
// A person received, named by a form of address or a title ("tiếp ông X", "tiếp Phó Thủ tướng …").
const PERSON: readonly (readonly string[])[] = [
  ['ông'],
  ['bà'],
  ['ngài'],
  ['đồng', 'chí'],
  ['phó'],
  ['thủ', 'tướng'],
  ['bộ', 'trưởng'],
  ['thứ', 'trưởng'],
  ['chủ', 'tịch'],
  ['tỉnh', 'trưởng'],
  ['đô', 'trưởng'],
  ['bí', 'thư'],
];
// An envoy calls on the leaders where he is posted: no trip ("tiếp ông X, Đại sứ Lào tại …").
const ENVOY = /(?:đại sứ|lãnh sự|đại biện)/u;

/**
 * "Tiếp ông X, ‹his titles and trip›, ‹host› ‹said› …": the guest received by the subject of the
 * main clause; one finding, or null when the sentence is not so built.
 */
export function frontedReception(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  cue: Cue,
): VisitFinding[] | null {
  if (wordAt(s, cue.start) !== 'tiếp' || !opensSentence(s, cue)) return null;
  const g = cue.end + 1;
  if (!PERSON.some((ws) => wordsAt(s, g, ws))) return null;
  const subject = subjectAfter(s, g);
  if (subject === null) return null;
  const host = actorIn(tt, s, gaz, subject.from, subject.to, (m) => isLocated(s, m));
  if (!host) return null;
  const guest = guestOf(tt, s, gaz, g, subject.from, host);
  if (!guest) return null;
  // (A national host, no place named: at its capital, as "Tổng Bí thư tiếp …" reads.)
  const atCapital =
    host.level === 'national' && !s.mentions.some((m) => isLocated(s, m))
      ? { atCapital: true as const, received: true as const }
      : {};
  return [{ from: guest, to: [host], sentence: s, ...atCapital }];
}

/** Whether "tiếp" opens the sentence, past at most a short time clause and its comma. */
function opensSentence(s: SentenceView, cue: Cue): boolean {
  if (cue.start === s.t0) return true;
  return (
    cue.start - s.t0 <= TIME_CLAUSE_WORDS &&
    commaBefore(s, cue.start) &&
    TIME_WORDS.has(wordAt(s, s.t0))
  );
}

/** The subject of the first speech verb after the guest: from the comma before it to the verb. */
function subjectAfter(s: SentenceView, g: number): { from: number; to: number } | null {
  for (let k = g + 2; k < s.t1; k++) {
    if (!SAID.some((ws) => wordsAt(s, k, ws))) continue;
    let a = k;
    while (a > g && !commaBefore(s, a)) a--;
    return a > g && k - a <= SUBJECT_WORDS ? { from: a, to: k } : null;
  }
  return null;
}

/** The guest, named between "tiếp" and the host's clause: by a place of another country, else by its country. */
function guestOf(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  g: number,
  end: number,
  host: Side,
): Side | null {
  const other = host.entry.country;
  const m = s.mentions.find(
    (x) => x.firstToken >= g && x.lastToken < end && x.entry.country !== other && !isLocated(s, x),
  );
  if (m) return local(m);
  // ("ông X, … Lào sang thăm và làm việc tại Việt Nam": his own words, before his trip.)
  const words = phraseText(tt, g, end);
  const trip = words.search(TRIP);
  const own = trip >= 0 ? words.slice(0, trip) : words;
  if (ENVOY.test(own)) return null;
  const c = nationalActorCountry(own) ?? countryWords(own)[0]?.country ?? null;
  return c && c !== other ? national(gaz, c) : null;
}
const TRIP = /\s(?:sang|đến|tới|đang|nhân dịp|nhân chuyến|trong chuyến|trong khuôn khổ)\s/u;
