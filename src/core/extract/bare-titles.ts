// "Thủ tướng Lào thăm Khu liên hợp … tại tỉnh Attapeu", then "Thủ tướng khẳng định …": a leader's
// title alone (read as Vietnam's, as the Vietnamese press names its own leaders) stands for the
// foreign leader the article gave that title, where every titled holder it names is of that one
// country.
import type { CountryCode } from '../types.ts';
import { VIETNAMESE_FAMILY_NAMES } from './lexicon.ts';

// A top title, the words that may follow it, then its country or a capitalised name.
const TITLE =
  /(?<![\p{L}])((?:Phó )?(?:Thủ tướng|Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội)|Quốc vương)((?: (?:Chính phủ|nước|Vương quốc|CHDCND|Cộng hòa Dân chủ Nhân dân))*)(?: (Lào|Campuchia|Việt Nam)(?![\p{L}]))?((?: [\p{Lu}][\p{L}'-]*){1,4})?/gu;
const FORMER = /(?<![\p{L}])(?:nguyên|cố|cựu)\s+$/iu;
const COUNTRY: Record<string, CountryCode> = { Lào: 'LA', Campuchia: 'KH', 'Việt Nam': 'VN' };
// (Capitalised as a name: "Nguyễn", not "NGUYỄN".)
const VIETNAMESE_FAMILY = new Set(
  VIETNAMESE_FAMILY_NAMES.map((n) => n[0]!.toUpperCase() + n.slice(1)),
);

/**
 * Each title (lower case) whose holders the text names are all of one foreign country: by the
 * country after the title, or by a name `people` (leaders the article or the project knows) gives.
 * A holder named with a Vietnamese family name, or titled "Chính phủ" with no country, is Vietnam's;
 * one named by a name of no known country leaves the title to no country.
 */
export function soleTitleCountries(
  text: string,
  people: ReadonlyMap<string, CountryCode>,
): Map<string, CountryCode> {
  const seen = new Map<string, CountryCode | null>();
  // (Most articles name no foreign leader: their titles need no reading.)
  if (!text.includes('Lào') && !text.includes('Campuchia')) return new Map();
  for (const m of text.matchAll(TITLE)) {
    // ("nguyên Chủ tịch nước Lào X": a former holder; the title's own stays whoever holds it.)
    if (FORMER.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const title = m[1]!.toLowerCase();
    const name = m[4]?.trim();
    const c = m[3]
      ? COUNTRY[m[3]]!
      : name && VIETNAMESE_FAMILY.has(name.split(' ')[0]!)
        ? 'VN'
        : name
          ? (people.get(name.toLowerCase()) ?? people.get(name.split(' ')[0]!.toLowerCase()))
          : m[2]!.includes('Chính phủ')
            ? 'VN'
            : undefined;
    // (A holder named by a name of no known country leaves the title in doubt.)
    if (c === undefined && !name) continue;
    seen.set(title, c === undefined || (seen.has(title) && seen.get(title) !== c) ? null : c);
  }
  const out = new Map<string, CountryCode>();
  for (const [title, c] of seen) if (c && c !== 'VN') out.set(title, c);
  return out;
}
