// How long a route takes: "Từ A sang B chỉ mất một ngày đường" tells the way between two places
// (a migrant's or a guide's word), not a trip anyone made.
import { commaBefore, wordAt, type SentenceView } from './sentence-view.ts';

// Words that open the duration itself ("mất khoảng 3 giờ", "mất nửa ngày").
const AMOUNT = new Set([
  'khoảng',
  'chừng',
  'gần',
  'hơn',
  'nửa',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'vài',
  'mấy',
]);
// Words of time after "từ" ("từ ngày 2/3", "từ sáng 5/6"): a date, not the way's start.
const TIME_WORDS = new Set(['ngày', 'tháng', 'năm', 'hôm', 'sáng', 'chiều', 'tối', 'đầu', 'cuối']);
// From "từ" to the motion verb ("Từ thành phố A sang B": a place of a few words).
const FROM_REACH = 8;
// From the motion verb to "mất" ("sang thủ đô B của nước bạn chỉ mất …").
const TAKES_REACH = 10;

/**
 * "Từ A sang B (chỉ) mất N ngày đường", "…, từ A tới B mất khoảng 3 giờ": the motion verb at k
 * tells how long the way takes. "từ" opens the clause (a traveller named before it, "Đoàn tỉnh A
 * đi từ A sang B mất hai ngày", makes the trip).
 */
export function travelTime(s: SentenceView, k: number): boolean {
  let from = -1;
  for (let b = k - 1; b >= Math.max(s.t0, k - FROM_REACH); b--) {
    if (wordAt(s, b) === 'từ') {
      from = b;
      break;
    }
    if (commaBefore(s, b)) return false;
  }
  if (from < 0 || !(from === s.t0 || commaBefore(s, from))) return false;
  // ("Từ ngày 2/3 đoàn tỉnh A sang tỉnh B mất hai ngày đường": a date, then a delegation's trip.)
  if (TIME_WORDS.has(wordAt(s, from + 1))) return false;
  for (let b = from + 1; b < k; b++) if (wordAt(s, b) === 'đoàn') return false;
  for (let j = k + 1; j < Math.min(s.t1, k + TAKES_REACH); j++) {
    if (commaBefore(s, j)) return false;
    if (wordAt(s, j) !== 'mất') continue;
    // ("chỉ mất một ngày đường", "mất 3 giờ": an amount of time follows; "mất liên lạc" is no way.)
    const amount = wordAt(s, j + 1);
    return AMOUNT.has(amount) || /^\d/.test(amount);
  }
  return false;
}
