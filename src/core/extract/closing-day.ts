// "Hội nghị … diễn ra từ ngày 10/7 và dự kiến kết thúc ngày 15/7 tại tỉnh B": the closing day of an
// event already under way. The plan word bears on the day it ends, not on the event, and the
// closing clause stands between the event's "diễn ra" and the place it was held.
import { wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

/** "kết thúc", "bế mạc" at token k: the close of an event. */
const closesAt = (s: SentenceView, k: number) =>
  wordsAt(s, k, ['kết', 'thúc']) || wordsAt(s, k, ['bế', 'mạc']);

/** "diễn ra từ …" before token k: the event is told from its first day. */
function begunBefore(s: SentenceView, k: number): boolean {
  for (let j = s.t0; j + 2 < k; j++) if (wordsAt(s, j, ['diễn', 'ra', 'từ'])) return true;
  return false;
}

/**
 * "… diễn ra từ ngày 10/7 và dự kiến kết thúc ngày 15/7": the plan word at k ("sẽ", "dự" of "dự
 * kiến / dự định") names only when an event already begun is to end.
 */
export function plansOnlyTheClose(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  const next = w === 'dự' ? k + 2 : w === 'sẽ' ? k + 1 : -1;
  return next > 0 && closesAt(s, next) && wordAt(s, k - 1) === 'và' && begunBefore(s, k);
}

/**
 * How many tokens the closing clause "và (dự kiến) kết thúc (vào) ngày 15/7" takes up right before
 * token k (0 when there is none): they part "diễn ra từ ngày 10/7" from "tại B".
 */
export function closingClauseBefore(s: SentenceView, k: number): number {
  for (let j = k - 2; j >= Math.max(s.t0 + 1, k - CLOSING_REACH); j--) {
    if (!closesAt(s, j)) continue;
    let a = j - 1;
    if (wordAt(s, a) === 'kiến' || wordAt(s, a) === 'định') a -= 2;
    else if (wordAt(s, a) === 'sẽ') a -= 1;
    return wordAt(s, a) === 'và' && begunBefore(s, a) ? k - a : 0;
  }
  return 0;
}
// From "kết thúc" to "tại": "kết thúc vào ngày 15 - 7 - 2018 tại".
const CLOSING_REACH = 12;
