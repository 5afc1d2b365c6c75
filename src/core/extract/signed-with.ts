// A signing told from one signer's side, the other after "với" and the place after "tại": "Bộ Nội
// vụ Việt Nam tổ chức lễ ký kết bản ghi nhớ hợp tác với Bộ Nội vụ Lào tại Hà Nội", "tỉnh A đã ký
// kết … với tỉnh B tại thành phố C". Signed in person at C, a place of one signer's country: the
// other signer came.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { nationalActorCountry } from './actors.ts';
import type { Mention } from './find-places.ts';
import { hasWords, phraseText, wordAt, type SentenceView } from './sentence-view.ts';
import { isPlanned } from './visit-cues.ts';
import { local, national, type Side, type VisitFinding } from './visit-sides.ts';

// How far "với" may stand after "ký", and "tại" after "với".
const PARTNER_REACH = 14;
const VENUE_REACH = 16;

/** The other signer's trip to the place of signing, or []. */
export function signedWithVisits(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  // (Asked of most sentences that tell no trip: the signing word first, the rest only after it.)
  let sign = s.t0;
  while (sign < s.t1 && wordAt(s, sign) !== 'ký') sign++;
  if (sign >= s.t1 || hasWords(s, 'trực', 'tuyến') || isPlanned(s, sign)) return [];
  const partner = wordAfter(s, sign, 'với', PARTNER_REACH);
  const at = partner < 0 ? -1 : wordAfter(s, partner, 'tại', VENUE_REACH);
  if (at < 0) return [];
  const venue = s.mentions.find((m) => m.headToken === at + 1 || m.firstToken === at + 1);
  if (!venue) return [];
  const first = signer(s, s.t0, sign, gaz);
  const other = signer(s, partner + 1, at, gaz);
  if (!first || !other) return [];
  const here = venue.entry.country;
  if (first.entry.country === other.entry.country) return [];
  // (Signed at a place of either signer's country: the other one came.)
  const guest = first.entry.country === here ? other : other.entry.country === here ? first : null;
  return guest ? [{ from: guest, to: [local(venue)], sentence: s }] : [];
}

/** The first token from k + 1 to k + reach that is `word`, or -1. */
function wordAfter(s: SentenceView, k: number, word: string, reach: number): number {
  for (let j = k + 1; j < Math.min(s.t1, k + reach); j++) if (wordAt(s, j) === word) return j;
  return -1;
}

/** The signer named from token a up to b: its place (the last named), else its state's body. */
function signer(s: SentenceView, a: number, b: number, gaz: Gazetteer): Side | null {
  const named: Mention[] = s.mentions.filter((m) => m.headToken >= a && m.lastToken < b);
  if (named.length > 0) return local(named[named.length - 1]!);
  const c: CountryCode | null = nationalActorCountry(phraseText(s.tt, a, b));
  return c ? national(gaz, c) : null;
}
