// A body of one country taking part in an event that a body of a province of the other country
// organised, with no venue named: "Đoàn Thanh niên tỉnh A tham gia chương trình giao lưu … do
// Tỉnh đoàn B chủ trì tổ chức". The organiser's province hosts the event, so the participants
// went there. (Left alone, a roll of the event's guests later in the article read the other way:
// the paper's own province presumed the venue.)
import type { Mention } from './find-places.ts';
import {
  countryWordAt,
  commaBefore,
  hasWords,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { EVENT_WORDS, isPlanned, TENSE } from './visit-cues.ts';
import { isLocated, local, type VisitFinding } from './visit-sides.ts';

// Between "do" and "tổ chức": more than one organiser ("do tỉnh A và tỉnh B đồng tổ chức", "do
// Sở X phối hợp với tỉnh B tổ chức"), whose venue the organiser alone does not tell.
const SHARED = new Set(['và', 'phối', 'cùng', 'đồng', 'với']);

// From "do" to its "tổ chức": the organiser's name ("do Đoàn Thanh niên NDCM Lào tỉnh B chủ trì").
const ORGANISER_REACH = 16;

/** The token after "tham gia" / "tham dự" / "dự ‹event›" at k, or -1. */
function attendsAt(s: SentenceView, k: number): number {
  if (wordsAt(s, k, ['tham', 'gia']) || wordsAt(s, k, ['tham', 'dự'])) return k + 2;
  if (wordAt(s, k) === 'dự' && wordAt(s, k - 1) !== 'tham' && EVENT_WORDS.has(wordAt(s, k + 1)))
    return k + 1;
  return -1;
}

/** The token of "tổ chức" / "đăng cai" closing the organiser phrase opened by "do" at j, or -1. */
function organisedEnd(s: SentenceView, j: number): number {
  for (let e = j + 1; e < Math.min(s.t1, j + ORGANISER_REACH); e++) {
    if (commaBefore(s, e) || SHARED.has(wordAt(s, e))) return -1;
    if (wordsAt(s, e, ['tổ', 'chức']) || wordsAt(s, e, ['đăng', 'cai'])) return e;
  }
  return -1;
}

/**
 * The participant right before the verb at k: the sentence's only place before it, with nothing
 * but an adverb or its country's name between ("Đoàn Thanh niên tỉnh A (Việt Nam) tham gia").
 */
function participant(s: SentenceView, k: number): Mention | null {
  const before = s.mentions.filter((m) => m.lastToken < k);
  const m = before[before.length - 1];
  if (!m || before.some((x) => x.entry !== m.entry) || studentsBefore(s, k)) return null;
  if (!delegationOpens(s, m)) return null;
  for (let j = ledFrom(s, m.lastToken + 1, k); j < k;) {
    const country = countryWordAt(s, j);
    if (country > 0) j += country;
    else if (TENSE.has(wordAt(s, j))) j++;
    else return null;
  }
  return m;
}

/**
 * The participant's phrase opens its clause on "đoàn" ("Đoàn Thanh niên tỉnh A", "Đoàn công tác
 * tỉnh A"): a body that travels as one. ("Hơn 500 người dân tỉnh A đã tham gia chương trình khám
 * bệnh do Bộ CHQS tỉnh B tổ chức": B's doctors came to A's people; "Nhiều tác giả tỉnh A tham gia
 * cuộc thi viết do Báo B tổ chức": entries sent, no trip.)
 */
function delegationOpens(s: SentenceView, m: Mention): boolean {
  let j = m.firstToken;
  while (j > s.t0 && !commaBefore(s, j)) j--;
  return wordAt(s, j) === 'đoàn';
}

/**
 * Past the leader of the delegation opening at token j ("Đoàn đại biểu tỉnh A do ông X, Phó Chủ
 * tịch UBND tỉnh dẫn đầu / làm trưởng đoàn đã tham dự …"): the token after its "dẫn đầu" or
 * "làm trưởng đoàn" before k; j itself when no "do" opens a leader there.
 */
function ledFrom(s: SentenceView, j: number, k: number): number {
  if (wordAt(s, j) !== 'do') return j;
  for (let e = j + 1; e < k; e++) {
    if (wordsAt(s, e, ['dẫn', 'đầu'])) return e + 2;
    if (wordsAt(s, e, ['làm', 'trưởng', 'đoàn'])) return e + 3;
  }
  return j;
}

/**
 * "Lưu học sinh tỉnh A tham gia hội thi do Tỉnh đoàn B tổ chức": students who live where they
 * study take part at home, not on a trip.
 */
function studentsBefore(s: SentenceView, k: number): boolean {
  for (let j = s.t0; j + 1 < k; j++) if (STUDENTS.some((w) => wordsAt(s, j, w))) return true;
  return false;
}
const STUDENTS: readonly (readonly string[])[] = [
  ['sinh', 'viên'],
  ['học', 'sinh'],
  ['học', 'viên'],
];

/**
 * The trip of the one body taking part ("tham gia", "tham dự", "dự ‹event›") in an event a body
 * of one province of the other country organised ("do … tỉnh B (chủ trì) tổ chức"), when no place
 * in the sentence is a venue ("tại B", "ở B"); null otherwise.
 */
export function organiserHosts(s: SentenceView): VisitFinding | null {
  // (Its guest and its host are two places of the sentence: no look on one naming fewer.)
  if (s.mentions.length < 2) return null;
  if (s.mentions.some((m) => isLocated(s, m))) return null;
  // ("… tham gia cuộc thi tìm hiểu trực tuyến do Tỉnh đoàn B tổ chức": from home.)
  if (hasWords(s, 'trực', 'tuyến')) return null;
  for (let k = s.t0; k < s.t1; k++) {
    const after = attendsAt(s, k);
    if (after < 0) continue;
    const guest = participant(s, k);
    if (!guest || isPlanned(s, k)) return null;
    for (let j = after; j < s.t1; j++) {
      if (wordAt(s, j) !== 'do') continue;
      const end = organisedEnd(s, j);
      if (end < 0) return null;
      const named = s.mentions.filter((m) => m.firstToken > j && m.lastToken < end);
      const host = named[0];
      if (!host || named.some((m) => m.entry !== host.entry)) return null;
      if (host.entry.country === guest.entry.country) return null;
      return { from: local(guest), to: [local(host)], sentence: s };
    }
    return null;
  }
  return null;
}
