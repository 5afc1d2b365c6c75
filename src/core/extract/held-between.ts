// An event told with its two sides before its venue: "Lễ bàn giao … diễn ra giữa Bộ … Lào và Đài
// Tiếng nói Việt Nam (VOV) vào ngày 30/1, tại tỉnh B". The sides' names part "diễn ra" from "tại".
import { isCapitalised } from './tokens.ts';
import { semicolonIn, wordAt, type SentenceView } from './sentence-view.ts';

/**
 * How many tokens a sides clause "giữa ‹A› và ‹B› (vào ngày …)," takes up between "diễn ra" and the
 * "tại" at token k (0 when there is none). The clause must open on a named body ("giữa Bộ …",
 * "giữa Công an …"), not on time ("diễn ra giữa tháng 11").
 */
export function sidesClauseBefore(s: SentenceView, k: number): number {
  for (let j = k - 1; j >= Math.max(s.t0 + 2, k - SIDES_REACH); j--) {
    if (wordAt(s, j) !== 'giữa') continue;
    const held = wordAt(s, j - 2) === 'diễn' && wordAt(s, j - 1) === 'ra';
    const next = s.tt.tokens[j + 1];
    const named = next !== undefined && j + 1 < k && isCapitalised(s.tt.text, next);
    return held && named && !semicolonIn(s, j, k) ? k - j : 0;
  }
  return 0;
}
// From "giữa" to "tại": two bodies with their countries, a date and its comma.
const SIDES_REACH = 30;
