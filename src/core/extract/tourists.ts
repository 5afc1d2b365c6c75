// "Hiện nay, khách đi từ A sang tỉnh B có thể xuất phát lúc 7 giờ …", "du khách có thể đi xe buýt
// từ A tới B": what any traveller may do on a route, no delegation's trip.
import { wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// How far before the cue the travellers may be named ("du khách muốn đi từ A tới B").
const TOURIST_REACH = 6;
// ("Đoàn khách tỉnh A", "khách mời", "các vị khách": a delegation, invited or honoured guests;
// they travel as one.)
const NOT_TOURISTS_BEFORE = new Set(['đoàn', 'đón', 'tiếp', 'vị']);
// ("khách tỉnh A đã đến thăm tỉnh B; hai bên có thể …": a trip told, its "có thể" a later wish.)
const TRIP_TOLD = new Set(['đã', 'vừa', 'thăm']);

/**
 * Bare "khách" (no "đoàn khách", "khách mời") just before the cue, and "có thể" after it in the
 * sentence with no trip told ("đã", "thăm") before the modal.
 */
export function touristsMay(s: SentenceView, cue: number): boolean {
  let named = -1;
  // A place name counts as one word, however many syllables it is spelt in ("khách đi từ
  // Bô-ly-khăm-xay sang …" as "khách đi từ Bolikhamxay sang …").
  for (let k = cue - 1, words = 0; k >= s.t0 && words < TOURIST_REACH; k--, words++) {
    k = nameStart(s, k);
    if (wordAt(s, k) !== 'khách') continue;
    if (!NOT_TOURISTS_BEFORE.has(wordAt(s, k - 1)) && wordAt(s, k + 1) !== 'mời') named = k;
    break;
  }
  return named >= 0 && mayAfter(s, named + 1);
}

/**
 * "Khách từ A muốn đến tỉnh B hiện có thể đi xe buýt lên tỉnh C …": a sentence opening on bare
 * "khách" that says what they may do, a route told for anyone (no event's guests at a venue).
 */
export function routeForAnyone(s: SentenceView): boolean {
  const k = wordAt(s, s.t0) === 'du' ? s.t0 + 1 : s.t0;
  return wordAt(s, k) === 'khách' && wordAt(s, k + 1) !== 'mời' && mayAfter(s, k + 1);
}

/** "có thể" from token `from` on, before any word that tells a trip made ("đã", "thăm"). */
function mayAfter(s: SentenceView, from: number): boolean {
  for (let k = from; k < s.t1 - 1; k++) {
    if (wordsAt(s, k, ['có', 'thể'])) return true;
    if (TRIP_TOLD.has(wordAt(s, k))) return false;
  }
  return false;
}

/** The first token of the place name that ends at token k, else k. */
function nameStart(s: SentenceView, k: number): number {
  for (const m of s.mentions) if (m.lastToken === k) return m.firstToken;
  return k;
}
