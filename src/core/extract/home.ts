// The province an article is written from. Provincial papers name their own province in the
// headline or the lead and then write "Chủ tịch UBND tỉnh tiếp đoàn …", "Bộ Chỉ huy Bộ đội Biên
// phòng tỉnh đón đoàn …" with no name: the bare "tỉnh" is that home.
import type { Span } from '../types.ts';
import type { Mention } from './find-places.ts';
import { foldedAt, wordAt, type SentenceView } from './sentence-view.ts';

/**
 * The Vietnamese place the article names most (headline mentions count twice), when it is clearly
 * ahead: at least two mentions and more than any other Vietnamese place.
 */
export function articleHome(mentions: Mention[], titleSpan: Span | null): Mention | null {
  const count = new Map<string, { m: Mention; n: number }>();
  for (const m of mentions) {
    if (m.entry.country !== 'VN' || m.entry.kind === 'country') continue;
    const inTitle = titleSpan !== null && m.span[0] >= titleSpan[0] && m.span[1] <= titleSpan[1];
    const c = count.get(m.entry.iso) ?? { m, n: 0 };
    c.n += inTitle ? 2 : 1;
    count.set(m.entry.iso, c);
  }
  const ranked = [...count.values()].sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < 2 || (second && second.n >= first.n)) return null;
  return first.m;
}

// "tỉnh bạn" is the partner, "tỉnh này"/"tỉnh đó" the place just named, "Tỉnh trưởng" a Lao or
// Khmer governor: none is the home.
const NOT_HOME = new Set(['bạn', 'này', 'đó', 'nhà', 'láng', 'giềng', 'biên', 'trưởng']);

/** A "tỉnh" between tokens a and b that names no place ("UBND tỉnh", "Tỉnh ủy", "Công an tỉnh"). */
export function bareProvinceIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = Math.max(a, s.t0); k < Math.min(b, s.t1); k++) {
    if (foldedAt(s, k) !== 'tinh' || wordAt(s, k) !== 'tỉnh') continue;
    if (NOT_HOME.has(wordAt(s, k + 1))) continue;
    if (s.mentions.some((m) => m.firstToken <= k + 2 && m.lastToken >= k)) continue;
    return true;
  }
  return false;
}
