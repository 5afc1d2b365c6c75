// "Ba tỉnh giáp biên của Campuchia là B1, B2 và B3 hôm nay đã ký …", then "Đoàn đại biểu cấp cao
// của cả ba tỉnh đã sang A dự hội nghị": the delegation of a group counted, not named, is the
// group the article named just before, each of its provinces a traveller.
import { countOf } from './count-words.ts';
import type { Mention } from './find-places.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';
import { delegationStart, type Cue } from './visit-cues.ts';
import { local, type VisitFinding } from './visit-sides.ts';

// From the motion verb to its goal ("sang Tây Ninh", "đến tỉnh B").
const GOAL_REACH = 3;
// How far back (in characters) the group may have been named, all within one stretch.
const GROUP_REACH = 400;

/** The visits of a counted group's delegation ("đoàn … của cả ba tỉnh") sent by `fwd`, or []. */
export function groupTravellers(
  s: SentenceView,
  fwd: Cue,
  mentions: readonly Mention[],
): VisitFinding[] {
  const n = countedGroup(s, fwd.start);
  if (n < 2) return [];
  const goal = s.mentions.find(
    (m) => m.firstToken > fwd.end && m.firstToken <= fwd.end + GOAL_REACH,
  );
  if (!goal || goal.entry.kind === 'country') return [];
  const group: Mention[] = [];
  for (let i = mentions.length - 1; i >= 0 && group.length < n; i--) {
    const m = mentions[i]!;
    if (m.span[1] > s.span[0] || m.ward || m.entry.kind !== 'province') continue;
    if (group.length > 0 && group[0]!.span[0] - m.span[1] > GROUP_REACH) break;
    if (m.entry.country === goal.entry.country) continue;
    if (group.some((g) => g.entry.id === m.entry.id)) continue;
    if (group.length > 0 && group[0]!.entry.country !== m.entry.country) return [];
    group.unshift(m);
  }
  if (group.length !== n) return [];
  return group.map((m) => ({ from: local(m), to: [local(goal)], sentence: s }));
}

/** N of "(cả / các) N tỉnh" between the delegation's "đoàn" and the cue, no place named; or 0. */
function countedGroup(s: SentenceView, cue: number): number {
  const d = delegationStart(s, cue);
  if (wordAt(s, d) !== 'đoàn') return 0;
  if (s.mentions.some((m) => m.firstToken > d && m.firstToken < cue)) return 0;
  for (let k = d + 1; k + 1 < cue; k++)
    if (wordAt(s, k + 1) === 'tỉnh' && countOf(wordAt(s, k)) >= 2) return countOf(wordAt(s, k));
  return 0;
}
