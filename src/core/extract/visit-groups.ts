// Partner groups named by their number ("4 tỉnh Nam Lào"), and the members listed after them.
import type { CountryCode } from '../types.ts';
import { countOf } from './count-words.ts';
import type { Mention } from './find-places.ts';
import { countryNamedAt, countryWordAt, wordAt, type SentenceView } from './sentence-view.ts';

// "mỗi năm tỉnh dành …": "năm" is a year there, not five.
const YEARLY = new Set(['mỗi', 'hằng', 'hàng']);

/** "ba tỉnh", "4 tỉnh": how many provinces a group counts, or 0. */
export function groupSize(w: string): number {
  // Only a counted group: "các tỉnh bạn" may mean any of them ("đoàn đầu tiên của các tỉnh bạn").
  const n = countOf(w);
  return n >= 2 ? n : 0;
}

/**
 * "Đoàn ba tỉnh bạn", "với 4 tỉnh Nam Lào": the places of another country than `destCountry` the
 * article named just before, as many as the group counts.
 */
export function partnerGroup(
  s: SentenceView,
  a: number,
  b: number,
  mentions: readonly Mention[],
  destCountry: CountryCode | undefined,
): Mention[] {
  let size = 0;
  let named: CountryCode | 'both' | null = null;
  // "hai đoàn Campuchia": delegations counted by their country are the provinces' own.
  const counted = (k: number) =>
    wordAt(s, k) === 'tỉnh' || (wordAt(s, k) === 'đoàn' && countryWordAt(s, k + 1) > 0);
  for (let k = a; k + 1 < b && size === 0; k++)
    if (
      counted(k + 1) &&
      !YEARLY.has(wordAt(s, k - 1)) &&
      s.mentions.every((m) => m.headToken !== k + 1)
    ) {
      size = groupSize(wordAt(s, k));
      named = groupCountry(s, k + 2);
    }
  if (size === 0 || !destCountry) return [];
  const out: Mention[] = [];
  for (let i = mentions.length - 1; i >= 0 && out.length < size; i--) {
    const m = mentions[i]!;
    if (m.span[1] > s.span[0] || m.entry.country === destCountry) continue;
    // ("đoàn Công an 5 tỉnh Campuchia": Lao provinces named in between are not its members.)
    if (named && named !== 'both' && m.entry.country !== named) continue;
    if (!out.some((o) => o.entry.iso === m.entry.iso)) out.push(m);
  }
  // The count must match the partners named, all of one country: otherwise the group is not the
  // one just listed ("ba tỉnh bạn" after a paragraph on two Lao provinces and one Khmer).
  // ("đoàn 2 tỉnh của Lào và Campuchia": a group of both countries is named so.)
  if (out.length === size && (named === 'both' || oneCountry(out))) return out.reverse();
  // "… hội đàm với đoàn ba tỉnh Bắc Lào. Đồng chủ trì có … Tỉnh trưởng tỉnh A1; … A2; … A3": a
  // lead names the group, the next lines its members.
  const next = membersAfter(s, mentions, destCountry, size);
  return next.length === size && (!named || named === 'both' || next[0]!.entry.country === named)
    ? next
    : [];
}

const oneCountry = (ms: readonly Mention[]) =>
  ms.every((m) => m.entry.country === ms[0]!.entry.country);

// Words between a counted group and its country ("4 tỉnh bạn Lào", "ba tỉnh Nam Lào", "5 tỉnh
// của Vương quốc Campuchia").
const TO_COUNTRY = new Set([
  'bạn',
  'nước',
  'của',
  'bắc',
  'nam',
  'trung',
  'đông',
  'tây',
  'vương',
  'quốc',
  'chdcnd',
]);

/**
 * The country a counted group names right after its noun at k ("5 tỉnh Campuchia"), "both" for two
 * countries ("2 tỉnh của Lào và Campuchia"), or null.
 */
function groupCountry(s: SentenceView, k: number): CountryCode | 'both' | null {
  for (let j = k; j < k + 4 && j < s.t1; j++) {
    const c = countryNamedAt(s, j);
    const n = countryWordAt(s, j);
    const and = wordAt(s, j + n) === 'và' ? 1 : 0;
    if (c && countryWordAt(s, j + n + and) > 0) return 'both';
    if (c) return c;
    if (!TO_COUNTRY.has(wordAt(s, j))) return null;
  }
  return null;
}

const MEMBERS_LOOKAHEAD = 800;

/**
 * The places of one country other than `not` named in the lines just after a sentence (at most
 * `max` of them): the members of a group the sentence names only by its count or region.
 */
export function membersAfter(
  s: SentenceView,
  mentions: readonly Mention[],
  not: CountryCode,
  max = Infinity,
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.span[0] < s.span[1] || m.entry.country === not) continue;
    if (m.span[0] > s.span[1] + MEMBERS_LOOKAHEAD || out.length === max) break;
    if (!out.some((o) => o.entry.iso === m.entry.iso)) out.push(m);
  }
  return out.every((m) => m.entry.country === out[0]!.entry.country) ? out : [];
}

// The provinces the Vietnamese press means by Laos's regions. "Nam Lào" is the four provinces
// south of Savannakhet, which the press puts in "Trung Lào" ("7 tỉnh Trung và Nam Lào").
const LAO_REGIONS: Record<string, readonly string[]> = {
  bắc: ['LA-PH', 'LA-LM', 'LA-OU', 'LA-BK', 'LA-LP', 'LA-HO', 'LA-XA', 'LA-XI'],
  trung: ['LA-VT', 'LA-VI', 'LA-XS', 'LA-BL', 'LA-KH', 'LA-SV'],
  nam: ['LA-CH', 'LA-SL', 'LA-XE', 'LA-AT'],
};
const REGION_AFTER = /^\s+(?:khu vực\s+)?(bắc|trung|nam)\s+lào(?![\p{L}])/u;

/**
 * "các tỉnh Nam Lào" after places of both southern and central Laos: of `places`, the members of
 * the region named right after the group word `group` matched in `lower`, when any of them is one.
 */
export function inRegionNamed<T extends { iso: string }>(
  lower: string,
  group: RegExpExecArray,
  places: readonly T[],
): T[] {
  const r = REGION_AFTER.exec(lower.slice(group.index + group[0].length));
  const members = r ? LAO_REGIONS[r[1]!] : undefined;
  if (!members) return [...places];
  const inside = places.filter((p) => members.includes(p.iso));
  return inside.length > 0 ? inside : [...places];
}
