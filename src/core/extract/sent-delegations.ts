import { countOf } from './count-words.ts';
import { wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// Verbs by which a body sends its own delegations ("tỉnh A đã cử 12 đoàn sang …").
const SENDS = new Set(['cử', 'lập']);
// Words that round a count ("gần 40 đoàn", "hơn 10 đoàn").
const ROUNDING = new Set(['gần', 'hơn', 'trên', 'khoảng']);

/** A sending verb whose last word is at token k: "cử", "lập", or "tổ chức" (the body forms them). */
function sendsAt(s: SentenceView, k: number): boolean {
  return SENDS.has(wordAt(s, k)) || wordsAt(s, k - 1, ['tổ', 'chức']);
}

/**
 * The counted delegations starting at token d were sent by the body before the verb: "tỉnh A đã cử
 * 12 đoàn sang …", "tỉnh A tổ chức gần 40 đoàn sang các tỉnh B1, B2": each went, sent by A; not
 * "12 đoàn đã sang thăm tỉnh B", a tally of guests with no sender.
 */
export function countedSent(s: SentenceView, d: number): boolean {
  if (sendsAt(s, d - 2)) return true;
  return ROUNDING.has(wordAt(s, d - 2)) && sendsAt(s, d - 3);
}

/**
 * The sending verb before a count of delegations starting at token d ("tỉnh A đã cử 2 đoàn đại
 * biểu cấp cao sang …", "cử hơn 10 đoàn"), else undefined: the body before it sends them, however
 * high the delegations' rank ("cấp cao" alone would name the state's).
 */
export function sendBeforeCount(s: SentenceView, d: number): number | undefined {
  const n = wordAt(s, d - 1);
  if (!/^\d+$/.test(n) && countOf(n) === 0) return undefined;
  const k = ROUNDING.has(wordAt(s, d - 2)) ? d - 3 : d - 2;
  return SENDS.has(wordAt(s, k)) ? k : undefined;
}
