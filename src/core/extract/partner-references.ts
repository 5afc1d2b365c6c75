// "tỉnh bạn" standing alone once the article has named the partner: news names a province abroad
// once and then refers back to it ("Đội quy tập … đã cất bốc 12 hài cốt trên địa bàn tỉnh bạn",
// "hội đàm … được tổ chức tại tỉnh bạn"); "thủ đô nước bạn" likewise, for a capital it named.
// Read as a mention of that province, every rule that reads "tỉnh B" reads the reference too,
// instead of each rule learning the phrase.
import type { Gazetteer } from '../gazetteer.ts';
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
  gaz: Gazetteer,
): Mention[] {
  const added: Mention[] = [];
  const toks = tt.tokens;
  let next = 0; // mentions before the reference
  let partner: Mention | null = null;
  let several = false;
  // Provinces of Vietnam named since the partner last was: with two, "tỉnh bạn" may be one of
  // them ("đoàn tỉnh A đã đến thăm tỉnh C. Tại tỉnh bạn, …").
  const ours = new Set<string>();
  // The foreign capitals named so far, by country ("… Thủ đô Viêng Chăn … ở thủ đô nước bạn").
  const capitals = new Map<string, Mention>();
  // (From the second token: a slot word stands before the reference.)
  for (let i = 1; i + 1 < toks.length; i++) {
    const f = toks[i]!.f;
    if (f !== 'tinh' && f !== 'dia' && f !== 'thu') continue;
    for (; next < mentions.length && mentions[next]!.span[1] <= toks[i]!.start; next++) {
      const m = mentions[next]!;
      if (m.ward || m.entry.kind === 'country') continue;
      if (m.entry.country === 'VN') {
        if (partner) ours.add(m.entry.iso);
        continue;
      }
      if (m.entry.id === gaz.capital(m.entry.country).id) capitals.set(m.entry.country, m);
      if (partner && partner.entry.iso !== m.entry.iso) several = true;
      ours.clear();
      // (A city stands for its province; the province's own name is the better referent.)
      if (!partner || partner.entry.iso !== m.entry.iso || m.entry.kind !== 'city') partner = m;
    }
    // "tỉnh bạn": the partner; "tỉnh này", "địa phương này": the place named last before the
    // sentence, unless the sentence names another before the reference.
    const width = referenceAt(tt, i);
    if (!width || !PLACE_SLOT.has(wordOf(tt, i - 1))) continue;
    // ("Tỉnh đoàn tỉnh bạn", "Thành đoàn …": the partner's youth union, not a delegation.)
    if (wordOf(tt, i - 1) === 'đoàn' && i > 1 && ['tỉnh', 'thành'].includes(wordOf(tt, i - 2)))
      continue;
    const referent =
      width === CAPITAL_WIDTH
        ? capitals.size === 1
          ? [...capitals.values()][0]!
          : null
        : wordOf(tt, i + width - 1) === 'bạn'
          ? several || ours.size > 1
            ? null
            : partner
          : namedBefore(tt.text, mentions, next, toks[i]!.start);
    if (!referent) continue;
    // ("tỉnh bạn Xê Kông": named, a mention already.)
    if (mentions[next] && mentions[next]!.headToken <= i + width) continue;
    const start = toks[i]!.start;
    if (!keep.some(([a, b]) => a <= start && start < b)) continue;
    const end = toks[i + width - 1]!;
    added.push({
      entry: referent.entry,
      span: [end.start, end.end],
      prefix: 'tinh',
      firstToken: i + width - 1,
      lastToken: i + width - 1,
      headToken: i,
    });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * "tỉnh bạn", "tỉnh này" (2), "tỉnh chủ nhà", "địa phương này" (3) or "thủ đô nước bạn" (4) at
 * token i, else 0.
 */
function referenceAt(tt: TokenizedText, i: number): number {
  const n = tt.tokens.length;
  const w = wordOf(tt, i);
  if (w === 'thủ')
    return i + 3 < n && CAPITAL_WORDS.every((x, j) => wordOf(tt, i + 1 + j) === x)
      ? CAPITAL_WIDTH
      : 0;
  if (w === 'tỉnh') {
    // ("Cùng có mặt tại tỉnh chủ nhà còn có …": the host, named last, as "tỉnh này".)
    if (i + 2 < n && wordOf(tt, i + 1) === 'chủ' && wordOf(tt, i + 2) === 'nhà') return 3;
    return i + 1 < n && ['bạn', 'này'].includes(wordOf(tt, i + 1)) ? 2 : 0;
  }
  if (w !== 'địa' || i + 2 >= n) return 0;
  return wordOf(tt, i + 1) === 'phương' && wordOf(tt, i + 2) === 'này' ? 3 : 0;
}

const CAPITAL_WORDS = ['đô', 'nước', 'bạn'];
const CAPITAL_WIDTH = 4;

const SENTENCE_END = /[.!?…](?=\s)|\n/g;

/** The place of the last mention (of those before index `next`) ending before the sentence of `at`. */
function namedBefore(
  text: string,
  mentions: readonly Mention[],
  next: number,
  at: number,
): Mention | null {
  let start = 0;
  SENTENCE_END.lastIndex = Math.max(0, at - SENTENCE_REACH);
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text))
    start = m.index + 1;
  let inSentence: Mention | null = null;
  for (let k = next - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.ward || m.entry.kind === 'country') continue;
    if (m.span[1] > start) inSentence ??= m;
    // (One named earlier in the sentence too, and another: the reader cannot tell which.)
    else return !inSentence || inSentence.entry.iso === m.entry.iso ? m : null;
  }
  return null;
}
// How far back a sentence's start is looked for (a longer sentence reads as its first part).
const SENTENCE_REACH = 600;
