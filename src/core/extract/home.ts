// The province an article is written from. Provincial papers name their own province in the
// headline or the lead and then write "Chủ tịch UBND tỉnh tiếp đoàn …", "Bộ Chỉ huy Bộ đội Biên
// phòng tỉnh đón đoàn …" with no name: the bare "tỉnh" is that home.
import { allNames } from '../gazetteer.ts';
import { fold } from '../normalize.ts';
import type { Span } from '../types.ts';
import type { Mention } from './find-places.ts';
import { countryWordAt, foldedAt, wordAt, type SentenceView } from './sentence-view.ts';
import { isCapitalised } from './tokens.ts';

// What parts two names of a list: "Trà Vinh, Tây Ninh và thành phố Đà Nẵng".
const LIST_GAP = /^\s*(?:,|;|và)\s*(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s*)?$/u;

/**
 * The Vietnamese place the article names most (headline mentions count twice), when it is clearly
 * ahead: at least two mentions (or see `titleBare`) and more than any other Vietnamese place.
 * A name in a list of other Vietnamese places does not count: a paper writes of its own province
 * by itself, and a national paper lists a foreign province's partners ("Battambang kết nghĩa với
 * các tỉnh Trà Vinh, Tây Ninh, Long An …") with no home among them.
 */
export function articleHome(
  mentions: Mention[],
  text: string,
  titleSpan: Span | null,
  /** The headline says "tỉnh" / "thành phố" with no name ("Bộ Chỉ huy Quân sự thành phố thăm …"). */
  titleBare = false,
): Mention | null {
  const count = new Map<string, { m: Mention; n: number }>();
  const local = mentions.filter((m) => m.entry.country === 'VN' && m.entry.kind !== 'country');
  const apart = (a: Mention | undefined, b: Mention | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.entry.iso !== b.entry.iso &&
    LIST_GAP.test(text.slice(a.span[1], b.span[0]));
  const listed = (i: number) => apart(local[i - 1], local[i]) || apart(local[i], local[i + 1]);
  for (let i = 0; i < local.length; i++) {
    const m = local[i]!;
    if (listed(i)) continue;
    const inTitle = titleSpan !== null && m.span[0] >= titleSpan[0] && m.span[1] <= titleSpan[1];
    const c = count.get(m.entry.iso) ?? { m, n: 0 };
    c.n += inTitle ? 2 : 1;
    count.set(m.entry.iso, c);
  }
  const ranked = [...count.values()].sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || (second && second.n >= first.n)) return null;
  // Named once, it is the home only if no other Vietnamese place is named and the headline speaks
  // of its own province without naming it.
  if (first.n < 2 && (second || !titleBare)) return null;
  return first.m;
}

// "(Baonghean.vn) - Ngày 10/8, …", "baothanhhoa.vn": a provincial paper's site is named after its
// province.
const OUTLET = /(?<![a-z0-9])bao([a-z]{4,20})\.(?:com\.vn|org\.vn|net\.vn|vn)(?![a-z0-9])/i;
const OUTLET_REACH = 2000;

/**
 * The Vietnamese place the article names that its outlet's site is named after ("Baonghean.vn" and
 * "Nghệ An"), read from the text's opening or the page's address; for an article that names its
 * home too seldom for articleHome.
 */
export function outletHome(
  mentions: Mention[],
  sources: readonly (string | null)[],
): Mention | null {
  for (const src of sources) {
    const site = src ? OUTLET.exec(src.slice(0, OUTLET_REACH)) : null;
    if (!site) continue;
    const key = site[1]!.toLowerCase();
    return (
      mentions.find(
        (m) =>
          m.entry.country === 'VN' &&
          allNames(m.entry).some((n) => fold(n).replace(/[^a-z]/g, '') === key),
      ) ?? null
    );
  }
  return null;
}

/**
 * The Vietnamese place the article names that its outlet is named after ("Đài Phát thanh - Truyền
 * hình Gia Lai", "Báo Nghệ An"): a page's own name for itself, when the text names its home too
 * seldom for articleHome.
 */
export function siteHome(mentions: Mention[], site: string | null | undefined): Mention | null {
  if (!site) return null;
  const words = ` ${fold(site).replace(/[^a-z0-9]+/g, ' ')} `;
  return (
    mentions.find(
      (m) =>
        m.entry.country === 'VN' &&
        m.entry.kind !== 'country' &&
        allNames(m.entry).some((n) => {
          const name = fold(n)
            .replace(/[^a-z0-9]+/g, ' ')
            .trim();
          return name.includes(' ') && words.includes(` ${name} `);
        }),
    ) ?? null
  );
}

// "tỉnh bạn" is the partner, "tỉnh này"/"tỉnh đó" the place just named, "Tỉnh trưởng" a Lao or
// Khmer governor: none is the home.
// ("tỉnh chủ nhà": the host province, whichever it is, not the paper's.)
const NOT_HOME = new Set(['bạn', 'này', 'đó', 'nhà', 'chủ', 'láng', 'giềng', 'biên', 'trưởng']);

const LOCAL_UNITS = new Set(['huyện', 'xã', 'phường']);

/**
 * "Đoàn (đại biểu / công tác) huyện Bến Lức" opening at token d, or a sentence opening with the
 * communes or wards themselves ("Xã A Vương và Hùng Sơn thăm …"): a unit no gazetteer names,
 * which a provincial paper writes of as one of its own.
 */
export function bareDistrictAt(s: SentenceView, d: number): boolean {
  const lead = wordAt(s, d);
  const k = lead !== 'đoàn' ? d : ['đại', 'công'].includes(wordAt(s, d + 1)) ? d + 3 : d + 1;
  if (lead !== 'đoàn' && d !== s.t0) return false;
  if (!LOCAL_UNITS.has(wordAt(s, k)) || k + 1 >= s.t1) return false;
  if (lead === 'đoàn' && wordAt(s, k) !== 'huyện') return false;
  if (!isCapitalised(s.tt.text, s.tt.tokens[k + 1]!)) return false;
  // ("huyện Mê Sang (Campuchia)": the partner's, named with its country.)
  for (let j = k + 2; j < Math.min(s.t1, k + 5); j++) if (countryWordAt(s, j) > 0) return false;
  return !s.mentions.some((m) => m.firstToken <= k + 2 && m.lastToken >= k);
}

/**
 * "lãnh đạo một số tỉnh Bắc Lào", "chia sẻ khó khăn với các tỉnh kết nghĩa ở Việt Nam" between
 * tokens a and b: provinces counted, of which the paper's own is not one named alone.
 */
export function countedProvincesIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = Math.max(a, s.t0); k < Math.min(b, s.t1); k++)
    if (wordAt(s, k) === 'tỉnh' && COUNTED.has(wordAt(s, k - 1))) return true;
  return false;
}
const COUNTED = new Set(['số', 'các', 'những', 'hai', 'ba', 'bốn', 'năm', 'nhiều']);

/** A "tỉnh" between tokens a and b that names no place ("UBND tỉnh", "Tỉnh ủy", "Công an tỉnh"). */
export function bareProvinceIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = Math.max(a, s.t0); k < Math.min(b, s.t1); k++) {
    // "Bộ Chỉ huy Quân sự thành phố" in a city's paper, as "Công an tỉnh" in a province's.
    const city =
      foldedAt(s, k) === 'thanh' && wordAt(s, k) === 'thành' && wordAt(s, k + 1) === 'phố';
    if (!city && (foldedAt(s, k) !== 'tinh' || wordAt(s, k) !== 'tỉnh')) continue;
    const next = city ? k + 2 : k + 1;
    if (NOT_HOME.has(wordAt(s, next))) continue;
    if (city && next < s.t1 && isCapitalised(s.tt.text, s.tt.tokens[next]!)) continue;
    if (s.mentions.some((m) => m.firstToken <= next + 1 && m.lastToken >= k)) continue;
    return true;
  }
  return false;
}
