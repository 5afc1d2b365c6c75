// A national office given its country, then the holder's name after further titles: "Phó thủ
// tướng chính phủ Lào, Chủ nhiệm Ủy ban kiểm tra …, ông Bounthong Chithmany". Later in the
// article "Phó thủ tướng Bounthong Chithmany" names no country, yet is that country's leader,
// not Vietnam's (whose offices go unmarked).
import type { CountryCode } from '../types.ts';

const COUNTRY: Record<string, CountryCode> = { Lào: 'LA', Campuchia: 'KH' };

// The office, its government, the country; up to three more titles; then the name after "ông".
const APPOSED =
  /(?<![\p{L}])(?:Phó )?(?:[Tt]hủ [Tt]ướng|[Cc]hủ [Tt]ịch [Qq]uốc [Hh]ội|[Bb]ộ [Tt]rưởng)(?: (?:[Cc]hính [Pp]hủ|nước|CHDCND|Vương quốc))* (Lào|Campuchia)(?:, [^,.;:()\n]{1,60}){0,3}?, (?:ông|bà|ngài|Ngài) ((?:[\p{Lu}][\p{L}'-]*)(?: [\p{Lu}][\p{L}'-]*){0,3})/gu;

/** Each leader named by apposition after his office and its (foreign) country → that country. */
export function apposedLeaders(text: string): Map<string, CountryCode> {
  const out = new Map<string, CountryCode>();
  if (!text.includes('Lào') && !text.includes('Campuchia')) return out;
  for (const m of text.matchAll(APPOSED)) out.set(m[2]!.toLowerCase(), COUNTRY[m[1]!]!);
  return out;
}

/**
 * The country of a leader the phrase (lower case) names by a registered full name, when the
 * phrase names no country itself and only one such leader; else null.
 */
export function namedLeaderCountry(
  lower: string,
  people: ReadonlyMap<string, CountryCode>,
): CountryCode | null {
  let found: CountryCode | null = null;
  for (const [name, c] of people) {
    // (Full names only: a lone last word could be anyone's.)
    if (
      !name.includes(' ') ||
      !lower.includes(name) ||
      !new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').test(lower)
    )
      continue;
    if (found && found !== c) return null;
    found = c;
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
