// "Tuần Văn hóa - Du lịch của … Thành phố A đã khai mạc … tại thành phố B (Lào)": a place's
// culture week, festival days or fair held in another country's place. A culture week does not
// travel by itself: the place whose week it is brought it there.
import { speakerPlace, speechOpener } from './frame-speakers.ts';
import { futureWordIn, isPlanned } from './visit-cues.ts';
import { isLocated, local, type VisitFinding } from './visit-sides.ts';
import { commaBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// First words of a showcase's name, before "văn hóa" ("Tuần lễ", "Những ngày", "Ngày hội").
const OPENERS: readonly string[][] = [['tuần', 'lễ'], ['tuần'], ['những', 'ngày'], ['ngày', 'hội']];
// What says the showcase took place, between its name and its venue.
const HELD: readonly string[][] = [
  ['khai', 'mạc'],
  ['diễn', 'ra'],
  ['được', 'tổ', 'chức'],
];
// From the showcase's first word to the verb that says it was held.
const NAME_REACH = 24;

/** The visits a sentence tells by a place's showcase held in another country's place. */
export function showcaseVisits(s: SentenceView): VisitFinding[] {
  if (s.mentions.length < 2) return [];
  for (let k = s.t0; k < s.t1; k++) {
    const opener = OPENERS.find((ws) => wordsAt(s, k, ws));
    if (!opener || !isCulture(s, k + opener.length)) continue;
    // ("Tuần Văn hóa - Du lịch A và B tại tỉnh C (Lào) là dịp để …": the venue is part of the
    // showcase's name, "tại" standing for the verb.)
    // (No verb says it was held: one still to come, "… tại tỉnh C sẽ là dịp …", is no trip.)
    const held =
      heldAfter(s, k + opener.length) ??
      (futureWordIn(s, s.t0, s.t1) ? -1 : namedAt(s, k + opener.length));
    if (held < 0 || isPlanned(s, held)) return [];
    const venue = s.mentions.find((m) => m.firstToken > held && isLocated(s, m));
    if (!venue) return [];
    const owners = s.mentions.filter(
      (m) => m.firstToken > k && m.lastToken < held && m.entry.country !== venue.entry.country,
    );
    // ("Phát biểu khai mạc Tuần Văn hóa A tại tỉnh B, ông X, Phó Chủ tịch UBND tỉnh C khẳng định
    // …": the province whose leader opened it came too.)
    const speaker = speechOpener(s) ? speakerPlace(s) : null;
    if (speaker && speaker.entry.country !== venue.entry.country) owners.push(speaker);
    return owners
      .filter((m, i) => owners.findIndex((o) => o.entry === m.entry) === i)
      .map((m) => ({ from: local(m), to: [local(venue)], sentence: s }));
  }
  return [];
}

/** "văn hóa" (either spelling), "văn hóa - du lịch", at token k. */
function isCulture(s: SentenceView, k: number): boolean {
  return wordAt(s, k) === 'văn' && ['hóa', 'hoá'].includes(wordAt(s, k + 1));
}

/** The first token of the verb saying the showcase was held, within its name's reach, or null. */
function heldAfter(s: SentenceView, from: number): number | null {
  for (let j = from; j < Math.min(s.t1, from + NAME_REACH); j++)
    if (HELD.some((ws) => wordsAt(s, j, ws))) return j;
  return null;
}

/**
 * The "tại" of the showcase's name ("Tuần Văn hóa A tại tỉnh C"), before any verb, or -1. (Not
 * after a quoted title: "tổng duyệt … trong Lễ khai mạc “Những ngày Văn hóa A và C” năm 2018 tại
 * tỉnh C" names an event being prepared.)
 */
function namedAt(s: SentenceView, from: number): number {
  for (let j = from; j < Math.min(s.t1, from + NAME_REACH); j++) {
    if (wordAt(s, j) === 'tại') return j;
    if (commaBefore(s, j) || NAME_ENDS.has(wordAt(s, j))) return -1;
    if (/[”"»]/u.test(s.tt.text.slice(s.tt.tokens[j - 1]!.end, s.tt.tokens[j]!.start))) return -1;
  }
  return -1;
}

// Words that end the showcase's name before any "tại" of its own ("… là dịp", "… đã khép lại").
const NAME_ENDS = new Set(['là', 'đã', 'sẽ', 'được', 'với']);
