// Remains-search teams are named once with the province that fields them ("Đội K53, Bộ Chỉ huy
// Quân sự tỉnh A", "Đội 584 (Bộ CHQS tỉnh A)") and then by their number alone ("Trước đó, Đội K53
// đã tìm kiếm, cất bốc được 2 hài cốt … tại tỉnh B, Lào"): the number keeps the team's home.
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { OnePlaceEach } from './one-place-each.ts';
import { teamBefore, TEAM_REACH, wordAt, type SentenceView } from './sentence-view.ts';

// "Đội K53", "Đội 584", "Đội quy tập 192": the team's number.
const TEAM = /(?<![\p{L}])Đội(?: quy tập)?\s+(K\d{2,3}|\d{2,4})(?![\p{L}\d])/gu;
// What may stand between the number and its province: the command that fields it.
const FIELDED_BY =
  /^\s*[,(–-]?\s*(?:(?:thuộc|của)\s+)?(?:(?:Bộ Chỉ huy Quân sự|Bộ CHQS|BCHQS|Ban Chỉ huy Quân sự)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?$/iu;
// How far after the number its province may end, in characters.
const REACH = 60;

/** Each team number the text names with one province fielding it, and that province. */
export function teamHomes(text: string, mentions: readonly Mention[]): Map<string, GazetteerEntry> {
  const out = new OnePlaceEach();
  for (const m of text.matchAll(TEAM)) {
    const end = m.index + m[0].length;
    const place = mentions.find((x) => x.span[0] >= end && x.span[0] < end + REACH);
    if (!place || !FIELDED_BY.test(text.slice(end, place.span[0]))) continue;
    out.note(m[1]!.toLowerCase(), place.entry);
  }
  return out.agreed();
}

/**
 * The home of the team whose "Đội" stands within reach before token k ("Đội K53 đã tìm kiếm, cất
 * bốc được …"), when the article named its number with a province; else null.
 */
export function teamHomeBefore(
  s: SentenceView,
  k: number,
  teams: ReadonlyMap<string, GazetteerEntry>,
): GazetteerEntry | null {
  const team = teamBefore(s, k, TEAM_REACH);
  if (team < 0) return null;
  const number = wordAt(s, team + 1) === 'quy' ? team + 3 : team + 1;
  return teams.get(wordAt(s, number)) ?? null;
}
