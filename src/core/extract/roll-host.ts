// "Dự lễ khởi công có Bí thư, Tỉnh trưởng B, ông X; Thứ trưởng Bộ … Việt Nam Y; …": a roll of
// those present at an event the article places nowhere, naming the leader of a province by his
// title. A province's own leader attends at home: the roll places the event in B.
import type { Mention } from './find-places.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';

/**
 * The province whose leader a roll names by title, right before the province's name ("Tỉnh trưởng
 * B", "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B", "Đô trưởng B"), or null. One such province only: a roll
 * naming the leaders of two provinces, or any place of another country, does not say whose ground
 * it stands on.
 */
export function rollHostProvince(s: SentenceView, lower: string): Mention | null {
  // (Cheap test first: the title words the shape must hold.)
  if (!LEADER_WORDS.some((w) => lower.includes(w))) return null;
  let found: Mention | null = null;
  for (const m of s.mentions) {
    if (!leaderBefore(s, m)) continue;
    if (found && found.entry !== m.entry) return null;
    found = m;
  }
  // ("Tới dự có ông X, Tỉnh trưởng tỉnh B, và ông Y, Chủ tịch … tỉnh A": a roll of both sides names
  // a place of the other country, and the event may stand in either.)
  const host = found?.entry.country;
  return found && s.mentions.every((m) => m.entry.country === host) ? found : null;
}
const LEADER_WORDS = ['tỉnh trưởng', 'đô trưởng'];

/** Whether the title right before mention m is a province leader's ("Tỉnh trưởng [tỉnh] B"). */
function leaderBefore(s: SentenceView, m: Mention): boolean {
  // (The province word "tỉnh" may stand between the title and the name: "Tỉnh trưởng tỉnh B".)
  const k = m.prefix !== null && m.headToken < m.firstToken ? m.headToken : m.firstToken;
  const title = `${wordAt(s, k - 2)} ${wordAt(s, k - 1)}`;
  // ("Phó Tỉnh trưởng B" is the province's leader too.)
  return title === 'tỉnh trưởng' || title === 'đô trưởng';
}
