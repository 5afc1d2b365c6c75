// Leaders an article names once with their title and country ("Thủ tướng Campuchia Hun Sen") and
// then by name alone ("ông Hun Sen đã bay sang Vientiane"): the name stands for the title's side.
import type { CountryCode } from '../types.ts';

// A national title, the country it serves, then the capitalised words of a name.
const TITLED =
  /(?<![\p{L}])(?:Thủ tướng|Phó Thủ tướng|Chủ tịch nước|Phó Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội|Chủ tịch Thượng viện|Quốc vương|Bộ trưởng(?: Bộ)?(?: [\p{Lu}][\p{Ll}]*){1,3})(?: (?:Chính phủ|nước|Vương quốc|CHDCND))? (Lào|Campuchia|Việt Nam)((?: (?:Samdech |Techo )?[\p{Lu}][\p{L}'-]*){1,4})/gu;

const COUNTRY: Record<string, CountryCode> = { Lào: 'LA', Campuchia: 'KH', 'Việt Nam': 'VN' };

/** Each titled leader's name (and its last word, when no other leader shares it) → country. */
export function titledPeople(text: string): Map<string, CountryCode> {
  const out = new Map<string, CountryCode>();
  // Most articles name no foreign leader with a title: the test is one scan for the countries.
  if (!text.includes('Lào') && !text.includes('Campuchia')) return out;
  const lastWords = new Map<string, CountryCode | null>();
  for (const m of text.matchAll(TITLED)) {
    const c = COUNTRY[m[1]!]!;
    const words = m[2]!
      .trim()
      .split(' ')
      .filter((w) => w !== 'Samdech' && w !== 'Techo');
    if (words.length === 0) continue;
    out.set(words.join(' ').toLowerCase(), c);
    const last = words[words.length - 1]!.toLowerCase();
    lastWords.set(last, lastWords.has(last) && lastWords.get(last) !== c ? null : c);
  }
  for (const [w, c] of lastWords) if (c && !out.has(w)) out.set(w, c);
  return out;
}

// "ông Hun Sen", "bà Men Sam An", "ngài Sisoulith" in a lower-cased phrase: the name after it.
const ADDRESSED = /(?<![\p{L}])(?:ông|bà|ngài)\s+((?:[\p{L}'-]+\s*){1,4})$/u;
const NOT_NAME = new Set(['đã', 'cũng', 'vừa', 'bay', 'lên', 'đường', 'sẽ', 'đến', 'tới', 'sang']);

/** The country of a titled leader the phrase (lower case) ends on by name, else null. */
export function personCountry(
  lower: string,
  people: ReadonlyMap<string, CountryCode>,
): CountryCode | null {
  if (people.size === 0) return null;
  const words = lower.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAME.has(words[words.length - 1]!)) words.pop();
  const m = ADDRESSED.exec(words.join(' '));
  if (!m) return null;
  const name = m[1]!.trim();
  return people.get(name) ?? people.get(name.split(' ').pop()!) ?? null;
}
