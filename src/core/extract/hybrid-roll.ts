// "… trong đó có 6 tỉnh tham dự trực tiếp (A1, A2, …) và 12 tỉnh tham dự trực tuyến (B1, B2, …)":
// an event held both in the room and online. The roll says who came: those named after the
// in-person words, not those after the online words, who followed from home.
import type { Mention } from './find-places.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';

/** The attending word before or after "trực" at token k ("tham dự trực tiếp", "trực tiếp dự"). */
function attendsBy(s: SentenceView, k: number): boolean {
  const after = wordAt(s, k + 2) === 'tham' ? wordAt(s, k + 3) : wordAt(s, k + 2);
  return ATTEND.has(wordAt(s, k - 1)) || after === 'dự' || after === 'gia';
}
// ("dự", "tham dự", "tham gia", "theo dõi": the manner of taking part, told by "trực tiếp /
// trực tuyến" right beside it.)
const ATTEND = new Set(['dự', 'gia', 'dõi']);

/** Where the roll says someone attended in person ("tham dự trực tiếp"), or -1. */
function inPersonAt(s: SentenceView): number {
  return mannerAt(s, 'tiếp');
}

/** Where someone attended in the manner "trực ‹manner›" ("tham dự trực tiếp / trực tuyến"), or -1. */
function mannerAt(s: SentenceView, manner: string): number {
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (wordAt(s, k) === 'trực' && wordAt(s, k + 1) === manner && attendsBy(s, k)) return k;
  return -1;
}

/**
 * The sentence splits those present in person from those online: a hybrid event. (Both ways are
 * told: "… theo hình thức trực tuyến …; các đại biểu đã trực tiếp tham gia ý kiến" is an online
 * event where the members spoke up themselves.)
 */
export function attendedInPerson(s: SentenceView): boolean {
  return inPersonAt(s) >= 0 && mannerAt(s, 'tuyến') >= 0;
}

/**
 * In a hybrid roll, m is named after the online words ("… tham dự trực tuyến (B1, B2)") with no
 * in-person words between: it followed the event from home.
 */
export function attendedOnline(s: SentenceView, m: Mention): boolean {
  if (inPersonAt(s) < 0) return false;
  for (let k = m.firstToken - 1; k > s.t0; k--) {
    if (wordAt(s, k - 1) !== 'trực' || !attendsBy(s, k - 1)) continue;
    if (wordAt(s, k) === 'tuyến') return true;
    if (wordAt(s, k) === 'tiếp') return false;
  }
  return false;
}
