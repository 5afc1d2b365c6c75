// A place told as where a trip went, then named in apposition as a partner's twin: "… thăm và làm
// việc tại tỉnh B, tỉnh kết nghĩa của tỉnh A". The venue rule keeps "tại tỉnh B" out of the
// signers, yet here B is one side of the twinning the sentence states, and A the other.
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { LOCATIVE, wordAt, type SentenceView } from './sentence-view.ts';

// Between B and A: an optional "(Lào)", a comma or a dash, then "tỉnh/địa phương/thành phố (bạn)
// kết nghĩa (lâu năm) của/với (tỉnh|thành phố)" and nothing else.
const TWIN_APPOSITION =
  /^\s*(?:\([^()]{1,30}\)\s*)?[,\-–—]\s*(?:là\s+)?(?:tỉnh|địa phương|thành phố)\s+(?:bạn\s+)?kết nghĩa\s+(?:lâu năm\s+)?(?:của|với)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$/iu;

/** "tại tỉnh B, tỉnh kết nghĩa của tỉnh A": the pair B – A, when they are of two countries. */
export function venueTwin(s: SentenceView): { a: GazetteerEntry; b: GazetteerEntry } | null {
  const text = s.tt.text;
  // Cheap gate: most sentences with a sister cue hold no "kết nghĩa".
  if (!text.slice(s.span[0], s.span[1]).includes('kết nghĩa')) return null;
  for (let i = 0; i + 1 < s.mentions.length; i++) {
    const venue: Mention = s.mentions[i]!;
    if (!LOCATIVE.has(wordAt(s, venue.headToken - 1))) continue;
    const partner = s.mentions[i + 1]!;
    if (partner.entry.country === venue.entry.country) continue;
    // (Not "… ký kết … với tỉnh B1 và tỉnh B2 tại tỉnh B1, tỉnh kết nghĩa của tỉnh A": the
    // signing's other partners of the venue's country would be lost; the sentence's own pairs.)
    if (s.mentions.some((m) => m.entry.country === venue.entry.country && m.entry !== venue.entry))
      return null;
    if (TWIN_APPOSITION.test(text.slice(venue.span[1], partner.span[0])))
      return { a: venue.entry, b: partner.entry };
  }
  return null;
}
