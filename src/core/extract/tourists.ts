// "Hiện nay, khách đi từ A sang tỉnh B có thể xuất phát lúc 7 giờ …", "du khách có thể đi xe buýt
// từ A tới B": what any traveller may do on a route, no delegation's trip.
import { wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// How far before the cue the travellers may be named ("du khách muốn đi từ A tới B").
const TOURIST_REACH = 6;
// ("Đoàn khách tỉnh A", "khách mời": a delegation, invited guests; they travel as one.)
const NOT_TOURISTS_BEFORE = new Set(['đoàn', 'đón', 'tiếp']);

/** Bare "khách" (no "đoàn khách", "khách mời") just before the cue, and "có thể" in the sentence. */
export function touristsMay(s: SentenceView, cue: number): boolean {
  let named = false;
  for (let k = cue - 1; k >= Math.max(s.t0, cue - TOURIST_REACH); k--) {
    if (wordAt(s, k) !== 'khách') continue;
    named = !NOT_TOURISTS_BEFORE.has(wordAt(s, k - 1)) && wordAt(s, k + 1) !== 'mời';
    break;
  }
  if (!named) return false;
  for (let k = s.t0; k < s.t1 - 1; k++) if (wordsAt(s, k, ['có', 'thể'])) return true;
  return false;
}
