// A search for the remains of fallen Vietnamese volunteers told as a joint action with a partner
// body, with no travel verb: "Ban Công tác đặc biệt tỉnh A đã phối hợp với Bộ CHQS tỉnh B tổ chức
// tìm kiếm, cất bốc và quy tập được 124 bộ hài cốt", "Đội quy tập … tỉnh A … đã phối hợp với Ban
// Công tác đặc biệt tỉnh B tìm kiếm, cất bốc, quy tập được 16 hài cốt". The remains lie in B's
// ground: the Vietnamese team that collected them worked there.
import type { Mention } from './find-places.ts';
import {
  commaIn,
  hasWords,
  semicolonIn,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import { local, withListed, type VisitFinding } from './visit-sides.ts';

const COORDINATED = ['phối', 'hợp', 'với'];
// The search itself, as the verb of the joint clause.
const SEARCH = [
  ['tìm', 'kiếm'],
  ['cất', 'bốc'],
  ['quy', 'tập'],
];
// Words that may stand between the partner's name and the search ("tổ chức tìm kiếm", "tiến hành
// cất bốc", "để quy tập").
const LEAD_INS = new Set(['tổ', 'chức', 'tiến', 'hành', 'để']);
// How many words a partner body's name may take after its place ("Bộ CHQS thủ đô B", "Ban Công
// tác đặc biệt tỉnh B"): the search follows the place at once or past a lead-in.
const LEAD_IN_WORDS = 2;
// How far back from "phối hợp với" the team's place may stand ("Đội quy tập hài cốt liệt sĩ thuộc
// Bộ Chỉ huy Quân sự tỉnh A cùng Ban Chỉ đạo 515 tỉnh A đã …").
const TEAM_REACH = 20;

function searchAt(s: SentenceView, k: number): boolean {
  return SEARCH.some((ws) => wordsAt(s, k, ws));
}

/** The partner named right after "phối hợp với" whose name the search follows, else null. */
function partnerBefore(s: SentenceView, k: number): Mention | null {
  const m = s.mentions.find((x) => x.firstToken > k + 2 && !commaIn(s, k + 2, x.firstToken));
  if (!m) return null;
  const last = withListed(s, m).at(-1)!;
  for (let j = last.lastToken + 1; j <= last.lastToken + 1 + LEAD_IN_WORDS && j < s.t1; j++) {
    if (searchAt(s, j)) return m;
    if (!LEAD_INS.has(wordAt(s, j))) return null;
  }
  return null;
}

/** The Vietnamese team's place: the last place before "phối hợp" within reach, in one clause. */
function teamHome(s: SentenceView, k: number): Mention | null {
  const before = s.mentions.filter(
    (m) => m.lastToken < k && k - m.lastToken <= TEAM_REACH && !semicolonIn(s, m.lastToken, k),
  );
  return before.at(-1) ?? null;
}

/**
 * The sentence speaks of remains ("hài cốt", "liệt sĩ", "cất bốc", "quy tập"): "tìm kiếm" alone is
 * any search ("phối hợp với Sở Công Thương tỉnh B tìm kiếm cơ hội đầu tư", "Công an tỉnh A phối hợp
 * với Công an tỉnh B tìm kiếm, truy bắt đối tượng"), done from each side of the border.
 */
function ofRemains(s: SentenceView): boolean {
  return REMAINS.some(([a, b]) => hasWords(s, a, b));
}
const REMAINS = [
  ['hài', 'cốt'],
  ['liệt', 'sĩ'],
  ['cất', 'bốc'],
  ['quy', 'tập'],
] as const;

export function jointSearch(s: SentenceView): VisitFinding[] {
  if (!ofRemains(s)) return [];
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, COORDINATED)) continue;
    // ("… sẽ tiếp tục phối hợp với Ban Công tác đặc biệt tỉnh B tìm kiếm …": a plan.)
    if (futureInClause(s, k)) return [];
    const partner = partnerBefore(s, k);
    const home = partner ? teamHome(s, k) : null;
    if (partner && home && home.entry.country !== 'VN' && partner.entry.country === 'VN')
      return hostsFirst(s, k, partner);
    // (The remains are those of Vietnam's volunteers: the team is Vietnam's, the ground the
    // partner's; "tỉnh B đang phối hợp với tỉnh A trong công tác tìm kiếm" names no such team.)
    if (!partner || !home || home.entry.country !== 'VN' || partner.entry.country === 'VN')
      return [];
    return [{ from: local(home), to: withListed(s, partner).map(local), sentence: s }];
  }
  return [];
}

/**
 * "Số hài cốt trên do Ban Công tác đặc biệt hai tỉnh B1 và B2 (Lào) phối hợp với đoàn quy tập …
 * tỉnh A tìm kiếm, cất bốc": the hosts named first, the Vietnamese team (`team`'s place, after
 * "phối hợp với" at k) after them; the team searched in the hosts' ground. Only a team ("đoàn",
 * "đội") right after "với": "tỉnh B phối hợp với tỉnh A tìm kiếm …" says no one crossed.
 */
function hostsFirst(s: SentenceView, k: number, team: Mention): VisitFinding[] {
  if (!TEAM_WORDS.has(wordAt(s, k + 3))) return [];
  const hosts = s.mentions.filter(
    (m) =>
      m.lastToken < k &&
      k - m.lastToken <= TEAM_REACH &&
      m.entry.country !== 'VN' &&
      !semicolonIn(s, m.lastToken, k),
  );
  if (hosts.length === 0) return [];
  return [{ from: local(team), to: withListed(s, hosts[0]!).map(local), sentence: s }];
}
const TEAM_WORDS = new Set(['đoàn', 'đội']);
