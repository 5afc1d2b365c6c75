// An embassy holding an event in a province of the country it is posted to: "Ngày 1/11, Đại sứ
// quán Việt Nam tại Vương quốc Campuchia phối hợp với Bệnh viện … tổ chức chương trình khám
// bệnh … tại tỉnh B", "… đã cùng … tổ chức khám, chữa bệnh … tại tỉnh B". The embassy acts for
// its country (annotators place it at its capital), and outside the host's capital it has
// travelled there. (In the host's capital it is at its post: "Đại sứ quán … tổ chức lễ … tại thủ
// đô Viêng Chăn". A consulate is at home in the province it sits in, so only an embassy is read.)
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords, nationalBodyIndex } from './actors.ts';
import { foldedAt, phraseText, wordsAt, type SentenceView } from './sentence-view.ts';
import { isPlanned } from './visit-cues.ts';
import { listFrom } from './visit-destinations.ts';
import type { Mention } from './find-places.ts';
import { isLocated, local, national, type VisitFinding } from './visit-sides.ts';

// "đại sứ quán việt nam", "đại sứ quán nước chdcnd lào": the embassy and the words naming its
// country (its posting, "tại campuchia", follows).
const EMBASSY = /^đại sứ quán\s+((?:nước\s+)?(?:\S+\s+){0,6}?(?:việt nam|lào|campuchia))/u;

/** The embassy's trip to the province where the sentence says it held its event. */
export function embassyEventVisits(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  if (s.mentions.length === 0) return [];
  const verb = organiserVerb(s);
  if (verb < 0 || isPlanned(s, verb)) return [];
  const country = embassyBefore(s, verb);
  if (!country) return [];
  // The event's venue, after the verb: "… tổ chức … tại tỉnh B" (not the capital, its post).
  const away = (m: Mention) =>
    m.entry.country !== country && m.entry.id !== gaz.capital(m.entry.country).id;
  const venue = s.mentions.find((m) => m.firstToken > verb && isLocated(s, m) && away(m));
  // (With the places listed with it: "… chuyến đi cứu trợ bà con … tại hai tỉnh B1 và B2".)
  const venues = venue ? listFrom(s, venue.headToken).filter(away) : [];
  return venues.length > 0
    ? [{ from: national(gaz, country), to: venues.map(local), sentence: s }]
    : [];
}

/** The token of the first "tổ chức" in the sentence (not "được tổ chức", a passive), or -1. */
function organiserVerb(s: SentenceView): number {
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (foldedAt(s, k) === 'to' && wordsAt(s, k, ['tổ', 'chức']))
      return wordsAt(s, k - 1, ['được']) ? -1 : k;
  return -1;
}

/**
 * The country of the embassy that is the first body named before the verb: not "Bộ … phối hợp
 * với Đại sứ quán …", where the ministry leads; else null.
 */
function embassyBefore(s: SentenceView, verb: number): CountryCode | null {
  const subject = phraseText(s.tt, s.t0, verb);
  const at = nationalBodyIndex(subject);
  if (at < 0) return null;
  const own = EMBASSY.exec(subject.slice(at));
  return own ? (countryWords(own[1]!)[0]?.country ?? null) : null;
}
