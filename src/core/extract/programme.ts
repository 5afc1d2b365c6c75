// "Đoàn … đang thăm và làm việc tại Lào. Theo chương trình, đoàn sẽ dự lễ …, làm việc với lãnh đạo
// tỉnh B …": a trip already under way, whose programme is told with "sẽ". Its stops are part of
// the trip the article reports, not a plan for another one.
import { FoldedWords, wordAt, type SentenceView } from './sentence-view.ts';

const UNDER_WAY_REACH = 4;
const UNDER_WAY = new Set(['thăm', 'làm', 'có', 'công', 'ở']);
// The folded first words of both readings: most tokens are tested by one bit, not by their words.
const OPENERS = new FoldedWords(new Set(['dang', 'bat', 'mo']));

/**
 * "đang thăm", "đang có chuyến thăm", "đang ở thăm", "đang công tác tại"; "bắt đầu thăm", "bắt
 * đầu chuyến …", "chính thức mở đầu chuỗi hoạt động …" (a visit begun).
 */
export function tellsTripUnderWay(s: SentenceView): boolean {
  for (let k = s.t0; k < s.t1 - 1; k++) {
    if (!OPENERS.at(s, k)) continue;
    if (begins(s, k)) return true;
    if (wordAt(s, k) !== 'đang') continue;
    const next = wordAt(s, k + 1);
    if (!UNDER_WAY.has(next)) continue;
    if (next === 'làm' && wordAt(s, k + 2) !== 'việc') continue;
    if (next === 'có' && wordAt(s, k + 2) !== 'chuyến') continue;
    if (next === 'công' && wordAt(s, k + 2) !== 'tác') continue;
    if (next === 'ở' && wordAt(s, k + 2) !== 'thăm') continue;
    if (k + UNDER_WAY_REACH <= s.t1) return true;
  }
  return false;
}

function begins(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  if ((w !== 'bắt' && w !== 'mở') || wordAt(s, k + 1) !== 'đầu') return false;
  const next = wordAt(s, k + 2);
  return w === 'bắt' ? next === 'thăm' || next === 'chuyến' : next === 'chuỗi';
}

// A time still to come inside the programme sentence makes it a plan again ("năm tới", "sắp tới").
const LATER = new Set(['tới', 'sau', 'sắp', 'tiếp']);
const LATER_AFTER = new Set(['năm', 'thời', 'gian', 'dịp', 'lần', 'kỳ', 'tháng', 'đợt', 'ngày']);

/** "Theo chương trình, …", "Trong thời gian ở Lào, …", "Trong chuyến thăm này, …" opening s. */
export function opensProgramme(s: SentenceView): boolean {
  const w = (k: number) => wordAt(s, s.t0 + k);
  const opens =
    (w(0) === 'theo' && w(1) === 'chương' && w(2) === 'trình') ||
    (w(0) === 'trong' &&
      w(1) === 'thời' &&
      w(2) === 'gian' &&
      ['ở', 'tại', 'lưu'].includes(w(3))) ||
    (w(0) === 'trong' && w(1) === 'chuyến' && ['thăm', 'công'].includes(w(2)));
  if (!opens) return false;
  for (let k = s.t0 + 1; k < s.t1; k++)
    if (LATER.has(wordAt(s, k)) && LATER_AFTER.has(wordAt(s, k - 1))) return false;
  return true;
}
