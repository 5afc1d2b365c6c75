// Where a province's remains-search team worked, told by where the remains it found lay: "kết
// quả quy tập được chia như sau: 6 hài cốt ở tỉnh B1, 2 hài cốt ở tỉnh B2 …", "5 bộ hài cốt tại
// tỉnh B1, 8 bộ tại tỉnh B2". The one team the article named with its province went to each.
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';
import { otherTeamNamed } from './team-homes.ts';
import { listFrom } from './visit-destinations.ts';
import { isLocated, local, type VisitFinding } from './visit-sides.ts';

/** Visits of the article's one team to each foreign place where remains it counted lay. */
export function remainsFound(
  s: SentenceView,
  teams: ReadonlyMap<string, GazetteerEntry> | undefined,
): VisitFinding[] {
  if (!teams || teams.size !== 1 || s.mentions.length === 0) return [];
  const home = teams.values().next().value!;
  const out: VisitFinding[] = [];
  for (const m of s.mentions) {
    if (m.entry.country === home.country || !isLocated(s, m)) continue;
    // (A count of remains names the first place; "8 bộ tại tỉnh B2" after it goes on the list.)
    if (!countedBefore(s, m, out.length === 0)) continue;
    // ("70 hài cốt liệt sĩ ở 2 tỉnh B1 và B2": each place of the list.)
    for (const x of listFrom(s, m.headToken)) {
      if (x.entry.country === home.country || out.some((v) => v.to[0]!.entry === x.entry)) continue;
      out.push({ from: { entry: home, level: 'local' }, to: [local(x)], sentence: s });
    }
  }
  // ("Trước đó, Đội K52 đã … cất bốc được 2 hài cốt … tại tỉnh B": another team's work; read only
  // where remains were counted.)
  return out.length > 0 && otherTeamNamed(s.tt.text.slice(s.span[0], s.span[1]), teams) ? [] : out;
}

/**
 * A number of remains just before the place: "6 hài cốt (liệt sĩ) (nằm) ở …", "5 bộ hài cốt tại
 * …", or, past the first, "8 bộ tại …" (not the team's standing task, "làm nhiệm vụ tìm kiếm,
 * quy tập hài cốt liệt sĩ tại B", which counts none).
 */
function countedBefore(s: SentenceView, m: Mention, first: boolean): boolean {
  const counted = (k: number) => /^\d+$/.test(wordAt(s, k));
  for (let k = m.firstToken - 1; k >= Math.max(s.t0, m.firstToken - REMAINS_REACH); k--) {
    if (wordAt(s, k) === 'hài' && wordAt(s, k + 1) === 'cốt')
      return counted(wordAt(s, k - 1) === 'bộ' ? k - 2 : k - 1);
    if (!first && wordAt(s, k) === 'bộ' && counted(k - 1)) return true;
  }
  return false;
}
// "6 hài cốt liệt sĩ nằm ở tỉnh B": from the count to the place.
const REMAINS_REACH = 8;
