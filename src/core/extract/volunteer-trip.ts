// A volunteers' trip named by its noun: "Chuyến tình nguyện hè … của CLB Thầy thuốc trẻ tỉnh A
// tại tỉnh B" tells that the club went to B, though no verb of travel follows.
import { wordAt, type SentenceView } from './sentence-view.ts';

// The errands such a trip is named by ("chuyến tình nguyện", "chuyến thiện nguyện").
const VOLUNTEERING = new Set(['tình', 'thiện']);

/**
 * "chuyến tình nguyện", "chuyến thiện nguyện" at token k ("chuyến"): the errand's last token, else
 * -1. The errand is the cue; "chuyến" before it makes the owner after "của" the traveller.
 */
export function volunteerTripAt(s: SentenceView, k: number): number {
  if (wordAt(s, k) !== 'chuyến') return -1;
  return VOLUNTEERING.has(wordAt(s, k + 1)) && wordAt(s, k + 2) === 'nguyện' ? k + 2 : -1;
}
