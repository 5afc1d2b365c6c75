// "tham dự và ‹another act› … ‹event›": attending told with a second verb before the event
// ("… đã tham dự và đóng góp vào thành công của Hội nghị … tại B", "dự và phát biểu tại lễ …").
import { commaBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// How far after "dự và" the event may be named.
const ACT_WORDS = 8;
// The first words of an event (not "các", "ngày": "dự và trao quà cho các em").
const EVENT_HEADS = new Set([
  'lễ',
  'hội',
  'buổi',
  'kỷ',
  'kỉ',
  'tuần',
  'liên',
  'phiên',
  'diễn',
  'triển',
  'chuỗi',
]);

/** Whether "dự" at token k is followed by "và", a second act and, in the same clause, an event. */
export function attendsAndActs(s: SentenceView, k: number): boolean {
  if (wordAt(s, k + 1) !== 'và') return false;
  for (let j = k + 3; j < Math.min(s.t1, k + 2 + ACT_WORDS); j++) {
    if (commaBefore(s, j)) return false;
    if (EVENT_HEADS.has(wordAt(s, j)) || wordsAt(s, j, ['đại', 'hội'])) return true;
  }
  return false;
}
