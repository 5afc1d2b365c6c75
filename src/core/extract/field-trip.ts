// A field trip told by "thực tế" ("đi thực tế tại …", "nghiên cứu thực tế ở …") or by the
// experience a group learns ("học tập kinh nghiệm tại …"): the group that studies on the ground
// stands where the place after "tại / ở" is, so the words are a trip's cue.
import { FoldedWords, LOCATIVE, commaBefore, wordAt, type SentenceView } from './sentence-view.ts';

// "thực", "kinh" folded: a token's bit is tested before its words.
export const FIELD = new FoldedWords(new Set(['thuc', 'kinh']));
// Study verbs of two words before "thực tế" ("nghiên cứu thực tế", "tìm hiểu thực tế"): their
// first word, keyed by their second (the word just before "thực"). ("khảo sát thực tế" has its own cue.)
const STUDY = new Map([
  ['cứu', 'nghiên'],
  ['hiểu', 'tìm'],
  ['nghiệm', 'trải'],
  ['quan', 'tham'],
  ['tập', 'học'],
]);
// Learning verbs before "kinh nghiệm" ("học tập kinh nghiệm", "học hỏi kinh nghiệm"): experience
// taken in where it is, as a headline's "Đoàn … tỉnh A học tập kinh nghiệm tại B" tells. (Not
// "trao đổi kinh nghiệm", which either side may have hosted.)
const LEARN = new Map([
  ['cứu', 'nghiên'],
  ['hiểu', 'tìm'],
  ['tập', 'học'],
  ['hỏi', 'học'],
]);
// How far a topic ("… kinh nghiệm về xây dựng nông thôn mới tại B") may run before "tại / ở".
const TOPIC_WORDS = 12;

/** The first token of the act told before the "thực tế" at token k ("đi", "nghiên cứu"), or -1. */
function actStart(s: SentenceView, k: number): number {
  const before = wordAt(s, k - 1);
  if (before === 'đi') return k - 1;
  return STUDY.get(before) === wordAt(s, k - 2) ? k - 2 : -1;
}

/**
 * The "tại / ở" that places the experience learnt: right after the "kinh nghiệm" at token k, or
 * past a "về …" topic in the same clause; else -1.
 */
function learntAt(s: SentenceView, k: number): number {
  if (LOCATIVE.has(wordAt(s, k + 2))) return k + 2;
  if (wordAt(s, k + 2) !== 'về') return -1;
  for (let j = k + 3; j < Math.min(s.t1, k + 3 + TOPIC_WORDS); j++) {
    if (commaBefore(s, j)) return -1;
    if (LOCATIVE.has(wordAt(s, j))) return j;
  }
  return -1;
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

// Words of a wish or a need just before the act ("muốn học hỏi kinh nghiệm tại B", "có nhu cầu
// đi thực tế tại B", "mong được học tập …"): a trip wanted, not made.
const WANTED = new Set(['muốn', 'cầu', 'cần']);

/** Whether the act at token start is only wanted (see WANTED). */
const wanted = (s: SentenceView, start: number) =>
  WANTED.has(wordAt(s, start - 1)) ||
  (wordAt(s, start - 1) === 'được' && wordAt(s, start - 2) === 'mong');

/**
 * "Đoàn … tỉnh A đi thực tế tại …, tỉnh B": a field trip's "thực tế" at token k, after "đi" or a
 * study verb and before "tại / ở"; its first and last tokens, or null.
 */
export function fieldTripAt(s: SentenceView, k: number): { start: number; end: number } | null {
  if (!FIELD.at(s, k)) return null;
  if (wordAt(s, k) === 'kinh' && wordAt(s, k + 1) === 'nghiệm') {
    const start = LEARN.get(wordAt(s, k - 1)) === wordAt(s, k - 2) ? k - 2 : -1;
    if (start < 0 || learnersBefore(s, start) || wanted(s, start)) return null;
    const at = learntAt(s, k);
    return at < 0 ? null : { start, end: at - 1 };
  }
  if (wordAt(s, k) !== 'thực' || wordAt(s, k + 1) !== 'tế') return null;
  if (!LOCATIVE.has(wordAt(s, k + 2))) return null;
  const start = actStart(s, k);
  return start < 0 || learnersBefore(s, start) || wanted(s, start) ? null : { start, end: k + 1 };
}
