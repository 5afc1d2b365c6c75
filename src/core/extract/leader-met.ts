// "Bí thư Tỉnh ủy A đã gặp Samdech Hun Sen tại Phnôm Pênh", "Đoàn … gặp Thủ tướng Hun Manet tại
// …": a bare "gặp" is too common a word to be a meeting ("gặp khó khăn", "gặp nhau", "gặp lại
// bạn cũ"), but with a known Lao or Cambodian leader as its object it is a call on him, as "gặp
// gỡ" is.
import { leaderOpening } from './foreign-leaders.ts';
import { phraseText, wordAt, type SentenceView } from './sentence-view.ts';

// A title (no country: the name gives it) and the name with its honorifics.
const TITLE =
  /^(?:(?:phó\s+)?(?:thủ tướng|chủ tịch(?:\s+(?:nước|quốc hội|thượng viện))?|tổng bí thư|quốc vương|bộ trưởng)\s+)?/u;
const LEADER_WORDS = 8;

/** "gặp" at token k with a known foreign leader, titled or by name and honorifics, right after. */
export function metLeaderAt(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'gặp') return false;
  const after = phraseText(s.tt, k + 1, Math.min(s.t1, k + 1 + LEADER_WORDS));
  return leaderOpening(after.replace(TITLE, '')) !== null;
}
