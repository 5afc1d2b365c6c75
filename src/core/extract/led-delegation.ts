// A delegation a leader heads, told from the leader: "Đại tá X, Giám đốc Công an tỉnh A đã dẫn
// đầu đoàn đại biểu sang dự lễ …", "ông X dẫn đoàn sang trao quà …". The delegation's words start
// with the leader (delegationStart skips a led "đoàn"), yet the delegation crosses over with him.
import { commaBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// From "sang" back to the led "đoàn" ("dẫn đầu đoàn đại biểu cấp cao tỉnh sang").
const LED_REACH = 6;

/** Whether a delegation led by the clause's subject ("dẫn (đầu) đoàn …") stands right before k. */
export function ledDelegationBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0 + 1, k - LED_REACH); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) !== 'đoàn') continue;
    return wordsAt(s, b - 2, ['dẫn', 'đầu']) || wordAt(s, b - 1) === 'dẫn';
  }
  return false;
}
