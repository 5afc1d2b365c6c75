// A volunteer team at work abroad, told by what it carried out: "Đoàn thanh niên tình nguyện TP
// A thực hiện chiến dịch Mùa hè xanh tại tỉnh B", "Đội tình nguyện … đã triển khai nhiều phần
// việc tại tỉnh B". No verb of travel, yet the team stood where its work was.
import {
  FoldedWords,
  LOCATIVE,
  commaBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';

// "thực", "triển" folded: a token's bit is tested before its words.
export const CARRIED = new FoldedWords(new Set(['thuc', 'trien']));
const CARRYING: readonly string[][] = [
  ['thực', 'hiện'],
  ['triển', 'khai'],
];
// How far before the verb the volunteers may be named ("Đoàn thanh niên tình nguyện của TP A").
const TEAM_REACH = 10;
// How many words the work may take before "tại / ở" ("chiến dịch "Mùa hè xanh 2017" tại …").
const WORK_WORDS = 12;

/** "tình nguyện", "thiện nguyện", "đội hình" in the clause within TEAM_REACH before token k. */
function volunteersBefore(s: SentenceView, k: number): boolean {
  for (let j = k - 1; j > s.t0 && j >= k - TEAM_REACH && !commaBefore(s, j + 1); j--) {
    const w = wordAt(s, j - 1);
    if (wordAt(s, j) === 'nguyện' && (w === 'tình' || w === 'thiện')) return true;
    if (wordAt(s, j) === 'hình' && w === 'đội') return true;
  }
  return false;
}

/**
 * The work a volunteer team carried out at token k ("thực hiện / triển khai …"), up to the
 * "tại / ở" that places it in the same clause: its first and last tokens, or null.
 */
export function volunteerWorkAt(s: SentenceView, k: number): { start: number; end: number } | null {
  if (!CARRIED.at(s, k) || !CARRYING.some((ws) => wordsAt(s, k, ws))) return null;
  if (!volunteersBefore(s, k)) return null;
  for (let j = k + 2; j < Math.min(s.t1, k + 2 + WORK_WORDS); j++) {
    if (commaBefore(s, j)) return null;
    if (LOCATIVE.has(wordAt(s, j))) return { start: k, end: j - 1 };
  }
  return null;
}
