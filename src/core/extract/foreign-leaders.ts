// Lao and Cambodian leaders Vietnamese articles name by title and name alone ("Thủ tướng Hun Sen",
// "Chủ tịch nước Thongloun Sisoulith"): a title with no country is read as Vietnam's, so these
// names, facts of who led whom, say the country instead. Lower case, in the spellings articles use.
import type { CountryCode } from '../types.ts';
import { phrasesAt, phraseStarts } from './phrase-starts.ts';

const NAMES: Record<string, CountryCode> = {
  'hun sen': 'KH',
  'hun xen': 'KH',
  'hun manet': 'KH',
  'hun ma-nét': 'KH',
  'norodom sihamoni': 'KH',
  'heng samrin': 'KH',
  'hêng xom-rin': 'KH',
  'say chhum': 'KH',
  'khuon sudary': 'KH',
  'sar kheng': 'KH',
  'tea banh': 'KH',
  'prak sokhonn': 'KH',
  'men sam an': 'KH',
  'chea sim': 'KH',
  'thongloun sisoulith': 'LA',
  'thoong-lun xi-xu-lít': 'LA',
  'sonexay siphandone': 'LA',
  sonexay: 'LA',
  'sô-nê-xay xi-phăn-đôn': 'LA',
  'phankham viphavanh': 'LA',
  'phăn-khăm vi-pha-văn': 'LA',
  'bounnhang vorachith': 'LA',
  'bun-nhăng vo-la-chít': 'LA',
  'choummaly sayasone': 'LA',
  'chummaly sayasone': 'LA',
  'chum-ma-ly xay-nha-xỏn': 'LA',
  'saysomphone phomvihane': 'LA',
  'xay-xổm-phon phôm-vi-hản': 'LA',
  'pany yathotou': 'LA',
  'thongsing thammavong': 'LA',
  'bounthong chitmany': 'LA',
  'khamphan phommathat': 'LA',
  'kikeo khaykhamphithoune': 'LA',
  'chansamone chanyalath': 'LA',
  'saleumxay kommasith': 'LA',
  'vilay lakhamfong': 'LA',
  'tea seiha': 'KH',
  'sok chenda sophea': 'KH',
  'neth savoeun': 'KH',
  'sun chanthol': 'KH',
};

// Names are compared with their hyphens as spaces: the rules' phrases join words by spaces
// ("Thoong-lun Xi-xu-lít" reads "thoong lun xi xu lít" there).
const flat = (name: string) => name.replace(/-/g, ' ');
const FLAT_NAMES = new Map(Object.entries(NAMES).map(([n, c]) => [flat(n), c]));
const LEADER = new RegExp(
  `(?<![\\p{L}])(${[...FLAT_NAMES.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'u',
);

// Leaders the article being read titles with their country ("Thủ tướng Lào Thoong-xỉn
// Thăm-ma-vông"), for the same leader titled later without it ("Thủ tướng Thoong-xỉng
// Thăm-ma-vông cho biết …"), however the name is spelt the second time: a name of several words,
// or one long word (a short one, "sen", is a word too).
let articleLeaders: readonly [string, CountryCode][] = [];
const LONG_NAME = 6;

/**
 * Runs `read` with the leaders an article names with their country (people.ts titledPeople) known
 * to leaderCountry, and the titles it gives foreign leaders alone known to bareTitleCountry.
 */
export function withArticleLeaders<T>(
  people: ReadonlyMap<string, CountryCode>,
  titles: ReadonlyMap<string, CountryCode>,
  read: () => T,
): T {
  const before = [articleLeaders, articleTitles] as const;
  articleLeaders = [...people]
    .filter(([n]) => n.includes(' ') || n.length >= LONG_NAME)
    .map(([n, c]) => [flat(n), c]);
  articleTitles = titles;
  try {
    return read();
  } finally {
    [articleLeaders, articleTitles] = before;
  }
}

// Titles whose every holder the article names is of one foreign country (bare-titles.ts).
let articleTitles: ReadonlyMap<string, CountryCode> = new Map();

/** The country of a bare title ("thủ tướng", lower case) the article gave a foreign leader, or null. */
export function bareTitleCountry(title: string): CountryCode | null {
  return articleTitles.get(title) ?? null;
}

const LETTER = /[\p{L}]/u;

/** Whether `name` stands in `lower` as whole words. */
function namesIn(lower: string, name: string): boolean {
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const before = i > 0 ? lower[i - 1]! : ' ';
    const after = lower[i + name.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** The country of a known Lao or Cambodian leader named in a lower-cased phrase, else null. */
export function leaderCountry(lower: string): CountryCode | null {
  const words = flat(lower);
  const m = LEADER.exec(words);
  if (m) return FLAT_NAMES.get(m[1]!)!;
  for (const [name, c] of articleLeaders) if (namesIn(words, name)) return c;
  return null;
}

// A known leader's name opening a phrase, after his honorifics ("Samdech Techo Hun Sen", "Samdech
// Thipadei Hun Manet", "ông Hun Manet"): titled by nothing else, he still acts for his country.
const LEADER_OPENING = new RegExp(
  `^(?:(?:ông|bà|ngài|samdech|techo|thipadei|akka|moha|sena|padei)\\s+)*${LEADER.source}`,
  'u',
);

/** The country of a known leader a lower-cased phrase opens on, past his honorifics. */
export function leaderOpening(lower: string): CountryCode | null {
  const m = LEADER_OPENING.exec(flat(lower));
  return m ? FLAT_NAMES.get(m[1]!)! : null;
}

// A known leader's name, a comma and up to three words of his title before the body it names
// ("Samdech Techo Hun Sen, Chủ tịch ‹Thượng viện›").
const LEADER_BEFORE_TITLE = new RegExp(`${LEADER.source}\\s*,\\s*(?:\\p{L}+\\s+){0,3}$`, 'u');

/** "Samdech Techo Hun Sen, Chủ tịch Thượng viện": the country of a leader named before his title. */
export function leaderBefore(lower: string): CountryCode | null {
  const m = LEADER_BEFORE_TITLE.exec(flat(lower));
  return m ? FLAT_NAMES.get(m[1]!)! : null;
}

// (knownLeaders searched the article once per name in turn.)
const NAME_ENTRIES = Object.entries(NAMES);
const NAME_STARTS = phraseStarts(Object.keys(NAMES));

/** The known leaders an article names, by name (for "ông Hun Sen" later on). */
export function knownLeaders(lower: string): [string, CountryCode][] {
  let found: Set<string> | null = null;
  for (let i = 0; i + 1 < lower.length; i++) {
    const names = phrasesAt(NAME_STARTS, lower, i);
    if (names === undefined) continue;
    for (const name of names) if (lower.startsWith(name, i)) (found ??= new Set()).add(name);
  }
  // (In the order of NAMES, as the search name by name gave them.)
  return found === null
    ? []
    : NAME_ENTRIES.filter(([name]) => found.has(name)).map(([n, c]) => [n, c]);
}
