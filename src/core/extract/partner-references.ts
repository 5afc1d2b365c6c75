// "tỉnh bạn" standing alone once the article has named the partner: news names a province abroad
// once and then refers back to it ("Đội quy tập … đã cất bốc 12 hài cốt trên địa bàn tỉnh bạn",
// "hội đàm … được tổ chức tại tỉnh bạn"). Read as a mention of that province, every rule that
// reads "tỉnh B" reads the reference too, instead of each rule learning the phrase.
import type { Span } from '../types.ts';
import type { Mention } from './find-places.ts';
import { wordOf, type TokenizedText } from './tokens.ts';

// Only where it is the place something happens or a trip goes ("tại / ở / sang / đến / tới tỉnh
// bạn", "trên địa bàn tỉnh bạn") or the home of a delegation or leader ("Đoàn đại biểu / công tác /
// cấp cao tỉnh bạn", "đoàn tỉnh bạn", "Tỉnh trưởng tỉnh bạn"): elsewhere it is as often the partner's
// people that gifts go to ("trao quà cho lực lượng vũ trang tỉnh bạn") or a group ("các tỉnh bạn").
const PLACE_SLOT = new Set([
  'tại',
  'ở',
  'sang',
  'đến',
  'tới',
  'bàn',
  'biểu',
  'tác',
  'đoàn',
  'cao',
  'trưởng',
]);

/**
 * The mentions with one added for each "tỉnh bạn" that names no province itself, standing for
 * the one province outside Vietnam the article has named before it (none when it named several or
 * none: the reader could not tell which).
 */
export function withPartnerReferences(
  tt: TokenizedText,
  mentions: Mention[],
  keep: readonly Span[],
): Mention[] {
  const added: Mention[] = [];
  const toks = tt.tokens;
  let next = 0; // mentions before the reference
  let partner: Mention | null = null;
  let several = false;
  // (From the second token: a slot word stands before the reference.)
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i]!.f !== 'tinh' || toks[i + 1]!.f !== 'ban') continue;
    for (; next < mentions.length && mentions[next]!.span[1] <= toks[i]!.start; next++) {
      const m = mentions[next]!;
      if (m.ward || m.entry.kind === 'country' || m.entry.country === 'VN') continue;
      if (partner && partner.entry.iso !== m.entry.iso) several = true;
      // (A city stands for its province; the province's own name is the better referent.)
      if (!partner || partner.entry.iso !== m.entry.iso || m.entry.kind !== 'city') partner = m;
    }
    if (!partner || several) continue;
    if (wordOf(tt, i) !== 'tỉnh' || wordOf(tt, i + 1) !== 'bạn') continue;
    if (!PLACE_SLOT.has(wordOf(tt, i - 1))) continue;
    // ("tỉnh bạn Xê Kông": named, a mention already.)
    if (mentions[next] && mentions[next]!.headToken <= i + 2) continue;
    const start = toks[i]!.start;
    if (!keep.some(([a, b]) => a <= start && start < b)) continue;
    const ref: Mention = {
      entry: partner.entry,
      span: [toks[i + 1]!.start, toks[i + 1]!.end],
      prefix: 'tinh',
      firstToken: i + 1,
      lastToken: i + 1,
      headToken: i,
    };
    added.push(ref);
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}
