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

// "Đội K52 – Bộ Chỉ huy Quân sự tỉnh đã …": the command of the province the paper is written from.
const FIELDED_AT_HOME =
  /^\s*[,(–-]?\s*(?:(?:thuộc|của)\s+)?(?:Bộ Chỉ huy Quân sự|Bộ CHQS|BCHQS|Ban Chỉ huy Quân sự)\s+tỉnh(?!\s*\p{Lu})/u;

/**
 * Each team number the text names with one province fielding it, and that province; a team
 * fielded by the bare "Bộ Chỉ huy Quân sự tỉnh" is the article's home's.
 */
export function teamHomes(
  text: string,
  mentions: readonly Mention[],
  home: GazetteerEntry | null = null,
): Map<string, GazetteerEntry> {
  const out = new OnePlaceEach();
  for (const m of text.matchAll(TEAM)) {
    const end = m.index + m[0].length;
    const place = mentions.find((x) => x.span[0] >= end && x.span[0] < end + REACH);
    if (place && FIELDED_BY.test(text.slice(end, place.span[0])))
      out.note(m[1]!.toLowerCase(), place.entry);
    else if (home && FIELDED_AT_HOME.test(text.slice(end, end + REACH)))
      out.note(m[1]!.toLowerCase(), home);
  }
  return out.agreed();
}

/** Whether the text names a team by a number the article never placed ("Đội K52" beside K53's). */
export function otherTeamNamed(text: string, teams: ReadonlyMap<string, GazetteerEntry>): boolean {
  for (const m of text.matchAll(TEAM)) if (!teams.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** A team ("Đội …") standing before a cue: where its word is, and what the article knows of it. */
export interface TeamBefore {
  /** The token of "Đội" (or "đoàn quy tập"). */
  at: number;
  /** Its home, when the article named its number with a province (or it is the article's one team). */
  home: GazetteerEntry | null;
  /** Named by a number the article never placed ("Trước đó, Đội K52 đã …" about Đội K53). */
  other: boolean;
}

/**
 * The team whose "Đội" stands within reach before token k ("Đội K53 đã tìm kiếm, cất bốc được …"),
 * or null.
 */
export function teamBeforeCue(
  s: SentenceView,
  k: number,
  teams: ReadonlyMap<string, GazetteerEntry>,
): TeamBefore | null {
  const at = teamBefore(s, k, TEAM_REACH);
  if (at < 0) return null;
  const number = wordAt(s, wordAt(s, at + 1) === 'quy' ? at + 3 : at + 1);
  const named = teams.get(number);
  if (named) return { at, home: named, other: false };
  const numbered = /^k?\d+$/.test(number);
  // ("Cụ thể, đội quy tập được …": the one team the article is about, by its common noun.)
  const only = teams.size === 1 && !numbered ? teams.values().next().value! : null;
  return { at, home: only, other: numbered };
}
