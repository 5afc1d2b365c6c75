// A field trip told by "thực tế" ("đi thực tế tại …", "nghiên cứu thực tế ở …"): the group that
// studies on the ground stands where the place after "tại / ở" is, so the words are a trip's cue.
import { FoldedWords, LOCATIVE, wordAt, type SentenceView } from './sentence-view.ts';

// "thực" folded: a token's bit is tested before its words.
const FIELD = new FoldedWords(new Set(['thuc']));
// Study verbs of two words before "thực tế" ("nghiên cứu thực tế", "tìm hiểu thực tế"): their
// first word, keyed by their second (the word just before "thực"). ("khảo sát thực tế" has its own cue.)
const STUDY = new Map([
  ['cứu', 'nghiên'],
  ['hiểu', 'tìm'],
  ['nghiệm', 'trải'],
  ['quan', 'tham'],
  ['tập', 'học'],
]);

/** The first token of the act told before the "thực tế" at token k ("đi", "nghiên cứu"), or -1. */
function actStart(s: SentenceView, k: number): number {
  const before = wordAt(s, k - 1);
  if (before === 'đi') return k - 1;
  return STUDY.get(before) === wordAt(s, k - 2) ? k - 2 : -1;
}

// Learners before the act ("đoàn sinh viên … đi thực tế tại …"): students on a school's outing from
// where they study, not a delegation from home.
const LEARNERS = new Set(['sinh viên', 'học sinh', 'học viên']);
// How far before the act the learners may be named.
const LEARNERS_REACH = 10;

/** Whether learners are named in the words before token start (within LEARNERS_REACH). */
function learnersBefore(s: SentenceView, start: number): boolean {
  for (let j = Math.max(s.t0, start - LEARNERS_REACH); j + 1 < start; j++)
    if (LEARNERS.has(`${wordAt(s, j)} ${wordAt(s, j + 1)}`)) return true;
  return false;
}

/**
 * "Đoàn … tỉnh A đi thực tế tại …, tỉnh B": a field trip's "thực tế" at token k, after "đi" or a
 * study verb and before "tại / ở"; its first and last tokens, or null.
 */
export function fieldTripAt(s: SentenceView, k: number): { start: number; end: number } | null {
  if (!FIELD.at(s, k) || wordAt(s, k) !== 'thực' || wordAt(s, k + 1) !== 'tế') return null;
  if (!LOCATIVE.has(wordAt(s, k + 2))) return null;
  const start = actStart(s, k);
  return start < 0 || learnersBefore(s, start) ? null : { start, end: k + 1 };
}
