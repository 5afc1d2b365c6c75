// Where firms are based: "đại diện 35 công ty lữ hành tại A1, A2 và A3 đã …" names the firms'
// homes after "tại", the travellers' places, not a venue of the trip.
import type { Mention } from './find-places.ts';
import { commaBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// From "tại" back to the firms' word ("công ty lữ hành quốc tế tại A").
const FIRM_REACH = 5;

/** "(các) công ty / doanh nghiệp (lữ hành) tại A": the mention m is the seat of the firms. */
export function firmsSeat(s: SentenceView, m: Mention): boolean {
  const at = m.firstToken - 1;
  const w = wordAt(s, at);
  if (w !== 'tại' && w !== 'ở') return false;
  for (let b = at - 1; b >= Math.max(s.t0, at - FIRM_REACH); b--) {
    if (wordsAt(s, b, ['công', 'ty']) || wordsAt(s, b, ['doanh', 'nghiệp'])) return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}
