// A delegation's road journey told by where it set out and the stops it passed: "Đoàn đã đi gần
// 4.000 km đường bộ, xuất phát từ A, qua một loạt điểm đến …: B1, B2 (Lào), C1 (Campuchia), rồi
// về D". It set out from A and went to every stop of the other countries; the way home (after
// "rồi về", "trở về") and the stops of its own country are no visits.
import type { Mention } from './find-places.ts';
import { hasWords, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { isPlanned } from './visit-cues.ts';
import { local, onePerPlace, type VisitFinding } from './visit-sides.ts';

// Words that open the stops after the origin ("qua", "đi qua", "lần lượt qua", "tới").
const THROUGH = new Set(['qua', 'tới', 'đến']);
// From the origin to its "qua": "xuất phát từ Hà Nội, (đi) qua một loạt điểm đến nổi tiếng …".
const THROUGH_REACH = 4;

/** The origin named right after "xuất phát từ" at k, or undefined. */
function originAt(s: SentenceView, k: number): Mention | undefined {
  return s.mentions.find((m) => m.firstToken === k + 3 || m.firstToken === k + 4);
}

/** The trips of a delegation's journey from where it set out to each foreign stop, or []. */
export function itineraryVisits(s: SentenceView): VisitFinding[] {
  if (s.mentions.length < 2 || !hasWords(s, 'xuất', 'phát')) return [];
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, ['xuất', 'phát', 'từ'])) continue;
    const origin = originAt(s, k);
    if (!origin || !delegationBefore(s, k) || isPlanned(s, k)) return [];
    // ("Đoàn đại biểu tỉnh A xuất phát từ Hà Nội, qua …": the delegation's home is named; where it
    // set out is not its home. The other rules read that sentence.)
    if (s.mentions.some((m) => m.lastToken < k)) return [];
    let j = origin.lastToken + 1;
    while (j < Math.min(s.t1, origin.lastToken + THROUGH_REACH) && !THROUGH.has(wordAt(s, j))) j++;
    if (!THROUGH.has(wordAt(s, j))) return [];
    const back = homeward(s, j);
    const stops = s.mentions.filter(
      (m) => m.firstToken > j && m.lastToken < back && m.entry.country !== origin.entry.country,
    );
    return onePerPlace(stops).map((m) => ({ from: local(origin), to: [local(m)], sentence: s }));
  }
  return [];
}

/** "Đoàn" opening the sentence's subject before k: a delegation, not a bus or a flight. */
function delegationBefore(s: SentenceView, k: number): boolean {
  for (let b = s.t0; b < k; b++) if (wordAt(s, b) === 'đoàn') return true;
  return false;
}

/** Token of "rồi về" / "trở về" after j (the way home), else the sentence's end. */
function homeward(s: SentenceView, j: number): number {
  for (let k = j + 1; k < s.t1; k++)
    if (wordAt(s, k) === 'về' && (wordAt(s, k - 1) === 'rồi' || wordAt(s, k - 1) === 'trở'))
      return k;
  return s.t1;
}
