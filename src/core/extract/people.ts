// Leaders an article names once with their title and country ("Thủ tướng Campuchia Hun Sen") or
// with titles that end on their place ("đồng chí X, Bí thư Tỉnh ủy A"), then by name alone ("ông
// Hun Sen đã bay sang Vientiane"), by a pronoun ("Trước đó, ông đã …") or, for an ambassador, by
// the bare title ("khi Đại sứ đến thăm B"): each stands for the side first named.
import type { CountryCode, GazetteerEntry } from '../types.ts';
import { OnePlaceEach } from './one-place-each.ts';
import { knownLeaders } from './foreign-leaders.ts';
import type { Mention } from './find-places.ts';

// A national title, the country it serves, then the capitalised words of a name ("Phó Thủ tướng
// Thường trực Chính phủ Lào Sổm-sa-vạt Lênh-sa-vát").
const TITLED =
  /(?<![\p{L}])(?:Thủ tướng|Phó Thủ tướng|Chủ tịch nước|Phó Chủ tịch nước|Tổng Bí thư|(?:Phó )?Chủ tịch Quốc hội|(?:Phó )?Chủ tịch Thượng viện|Quốc vương|Bộ trưởng(?: Bộ)?(?: [\p{Lu}][\p{Ll}]*){1,3})(?: (?:[Tt]hường trực|Chính phủ|nước|Vương quốc|CHDCND|Cộng hòa Dân chủ Nhân dân))* (Lào|Campuchia|Việt Nam)((?: (?:Samdech |Techo )?[\p{Lu}][\p{L}'-]*){1,4})/gu;

const COUNTRY: Record<string, CountryCode> = { Lào: 'LA', Campuchia: 'KH', 'Việt Nam': 'VN' };

/** Each titled leader's name (and its last word, when no other leader shares it) → country. */
export function titledPeople(text: string): Map<string, CountryCode> {
  const out = new Map<string, CountryCode>();
  // Most articles name no foreign leader with a title: the test is one scan for the countries.
  if (!text.includes('Lào') && !text.includes('Campuchia')) return out;
  // ("ông Hun Sen" where no sentence gives him his country: a leader known by name.)
  for (const [name, c] of knownLeaders(text.toLowerCase())) out.set(name, c);
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
    // ("Thủ tướng Lào Phankham Viphavanh …", then "Thủ tướng Phankham đã …": a Lao leader goes by
    // his given name, the first word; a Khmer name opens on the family's, "Hun".)
    const given = words[0]!.toLowerCase();
    if (c === 'LA' && words.length >= 2)
      lastWords.set(given, lastWords.has(given) && lastWords.get(given) !== c ? null : c);
  }
  for (const [w, c] of lastWords) if (c && !out.has(w)) out.set(w, c);
  return out;
}

// "ông Hun Sen", "bà Men Sam An", "ngài Sisoulith" in a lower-cased phrase: the name after it.
// ("Thượng tướng Souvone …": a general's rank addresses him as "ông" would.)
const ADDRESSED =
  /(?<![\p{L}])(?:ông|bà|ngài|(?:thượng|đại|trung|thiếu)\s+(?:tướng|tá))\s+((?:[\p{L}'-]+\s*){1,4})$/u;
// ("Ông Hun Sen từng đến thăm …": a trip of the past, told with "từng"; "ông … đã có chuyến thăm
// …", "… đã thực hiện chuyến công du …": the trip named as a noun.)
const NOT_NAME = new Set([
  'đã',
  'cũng',
  'vừa',
  'từng',
  'có',
  'thực',
  'hiện',
  'chuyến',
  'bay',
  'lên',
  'đường',
  'sẽ',
  'đến',
  'tới',
  'sang',
]);

/** The words of a phrase before a verb, without the adverbs and motion words ending it. */
function subjectWords(lower: string): string[] {
  const words = lower.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAME.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** The country of a titled leader the phrase (lower case) ends on by name, else null. */
export function personCountry(
  lower: string,
  people: ReadonlyMap<string, CountryCode>,
): CountryCode | null {
  if (people.size === 0) return null;
  const m = ADDRESSED.exec(subjectWords(lower).join(' '));
  if (!m) return null;
  const name = m[1]!.trim();
  return people.get(name) ?? people.get(name.split(' ').pop()!) ?? null;
}

// "đồng chí Anouphap Tounalom, Bí thư Thành ủy, Chủ tịch HĐND Thủ đô Viêng Chăn": a leader named,
// then titles that end on a place (up to the statement's end or the next leader named).
const ADDRESSED_NAME =
  /(?<![\p{L}])(?:đồng chí|ông|bà|ngài)\s+((?:[\p{Lu}][\p{L}'-]*\s+){1,4}[\p{Lu}][\p{L}'-]*)\s*,/gu;
// (Titles hold no verb: "ông X, Phó Chủ tịch UBND tỉnh đã tiếp Đoàn … tỉnh B" ends at "đã".)
const TITLES_END =
  /[.;:!?()\n]|(?<![\p{L}])(?:đồng chí|ông|bà|ngài|đã|đang|sẽ|vừa|cùng|và|tiếp|đón|thăm|dẫn|làm|sang|đến|tới|cho|chúc|tặng|trao|phát|nhấn|bày|khẳng)(?![\p{L}])/u;
// A name of two to four capitalised words right after a place, then no further capital word.
const NAME_AFTER = /^ ((?:[\p{Lu}][\p{L}'-]*\s+){1,3}[\p{Lu}][\p{L}'-]*)(?![\p{L}'-]|\s+[\p{Lu}])/u;
// A leader's title ending just before the place ("Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh").
const TITLE_BEFORE =
  /(?<![\p{L}])(?:Chủ tịch|Bí thư|Tỉnh trưởng|Phó Tỉnh trưởng|Đô trưởng|Giám đốc|Chỉ huy trưởng)(?:\s+(?:[\p{Lu}][\p{L}]*|nhân|dân|ủy|uỷ|ban|tỉnh|thành|phố|Thành|Tỉnh))*\s*$/u;
const TITLE_REACH = 40;
const ENVOY_OR_SEAT = /(?<![\p{L}])(?:tại|ở|sứ|lãnh sự)(?![\p{L}])/iu;

/**
 * Local leaders named once with titles that end on their place, and then by name alone
 * ("đồng chí Anouphap Tounalom bày tỏ niềm vui được đón đoàn …"): lower-case name → place.
 * A name given two different places is dropped.
 */
export function titledLocals(
  text: string,
  mentions: readonly Mention[],
): Map<string, GazetteerEntry> {
  const out = new OnePlaceEach();
  for (const m of text.matchAll(ADDRESSED_NAME)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200);
    const stop = TITLES_END.exec(rest);
    const to = from + (stop ? stop.index : rest.length);
    const place = mentions.find((x) => x.span[0] >= from && x.span[1] <= to);
    // ("ông X, Tổng Lãnh sự Việt Nam tại B": an envoy, whose side is his country's.)
    if (!place || ENVOY_OR_SEAT.test(text.slice(from, place.span[0]))) continue;
    out.note(m[1]!.toLowerCase(), place.entry);
  }
  // "Chủ tịch UBND tỉnh Tây Ninh Phạm Văn Tân": the titles first, the name right after the place.
  for (const place of mentions) {
    const named = NAME_AFTER.exec(text.slice(place.span[1], place.span[1] + 60));
    const before = text.slice(Math.max(0, place.span[0] - TITLE_REACH), place.span[0]);
    if (!named || !TITLE_BEFORE.test(before) || ENVOY_OR_SEAT.test(before)) continue;
    out.note(named[1]!.toLowerCase(), place.entry);
  }
  return out.agreed();
}

// "đồng chí X", "ông X" anywhere in a lower-cased phrase: the words of the name after it.
const ADDRESSED_ANY = /(?<![\p{L}])(?:đồng chí|ông|bà|ngài)\s+((?:[\p{L}'-]+\s*){1,5})/gu;

/** The place of the first local leader the phrase (lower case) names by name, else null. */
export function personPlace(
  lower: string,
  locals: ReadonlyMap<string, GazetteerEntry>,
): GazetteerEntry | null {
  if (locals.size === 0) return null;
  for (const m of lower.matchAll(ADDRESSED_ANY)) {
    const words = m[1]!.trim().split(/\s+/);
    // The longest run of the name's words that a leader was named by.
    for (let n = words.length; n >= 2; n--) {
      const e = locals.get(words.slice(0, n).join(' '));
      if (e) return e;
    }
  }
  return null;
}

// "Đại sứ Đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam": the envoy and the country he serves.
const ENVOY =
  /(?<![\p{L}])Đại sứ(?: Đặc mệnh toàn quyền)?(?: (?:nước|Vương quốc|CHDCND|Cộng hòa Dân chủ Nhân dân))*\s+(Lào|Campuchia|Việt Nam)(?![\p{L}])/u;

/** The country of the first ambassador the text names with it ("Đại sứ … Lào"), or null. */
export function envoyCountry(text: string): CountryCode | null {
  const m = ENVOY.exec(text);
  return m ? COUNTRY[m[1]!]! : null;
}

/** Whether a lower-case phrase ends on the bare title "Đại sứ" (the envoy named before). */
export function endsOnEnvoy(lower: string): boolean {
  const words = subjectWords(lower);
  return words.length >= 2 && words[words.length - 2] === 'đại' && words[words.length - 1] === 'sứ';
}

/**
 * The last leader a lower-case sentence names whom the article titled before (a key of people
 * or locals, by name or title: "Thủ tướng Campuchia Hun Sen"), or null when none.
 */
export function lastNamedLeader(
  lower: string,
  people: ReadonlyMap<string, CountryCode>,
  locals: ReadonlyMap<string, GazetteerEntry>,
): string | null {
  let last: string | null = null;
  let at = -1;
  for (const name of [...people.keys(), ...locals.keys()]) {
    // (Full names only: a last word alone, "sen", is any word's syllable.)
    if (!name.includes(' ')) continue;
    const i = lower.lastIndexOf(name);
    if (i > at) [at, last] = [i, name];
  }
  return last;
}
