// Talks between two countries' national leaders placed, at the end of the sentence, in the
// subject's own country: "Bộ trưởng Bộ Công an … đã làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4
// tại tỉnh Nghệ An". The host stayed at home; the foreign body named after the talks word came.
// (Read as a trip of the subject's to the object's country, the sentence gave the reverse arc.)
import type { Gazetteer } from '../gazetteer.ts';
import { envoyFirst, nationalActorNear } from './actors.ts';
import type { Mention } from './find-places.ts';
import { afterOpening } from './frame-meeting.ts';
import { foreignBody } from './frame-parties.ts';
import { LOCATIVE, phraseText, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { atVenue, local, locativeBefore, national, type VisitFinding } from './visit-sides.ts';

// The talks words, each followed by its partner ("hội đàm với", "hội kiến"; "làm việc với").
const TALKS: readonly (readonly string[])[] = [
  ['hội', 'đàm', 'với'],
  ['hội', 'kiến'],
  ['làm', 'việc', 'với'],
  ['có', 'cuộc', 'gặp', 'với'],
  ['gặp', 'gỡ', 'với'],
];

// What may follow the venue before the sentence ends: the day and the time of the talks.
const WHEN_WORDS = new Set([
  'vào',
  'ngày',
  'hôm',
  'nay',
  'qua',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'tháng',
  'năm',
]);

// "sẽ hội đàm …", "dự kiến làm việc với …": talks still to come.
const PLANNED_BEFORE = /(?<![\p{L}])(?:sẽ|dự kiến|chuẩn bị|sắp|mời)(?![\p{L}])/u;

function talksAt(s: SentenceView): { at: number; end: number } | null {
  for (let k = s.t0; k < s.t1; k++)
    for (const words of TALKS) if (wordsAt(s, k, words)) return { at: k, end: k + words.length };
  return null;
}

/**
 * The place the sentence closes on, after "tại" or "ở" (and its "tỉnh", "thành phố" …), with only
 * the places of its own address ("thành phố A, tỉnh B") and a date or a time after it; and the
 * token of its "tại". A place of another country in the sentence leaves it to the other rules.
 */
function closingVenue(s: SentenceView): { venue: Mention; at: number } | null {
  const m = s.mentions[0];
  const last = s.mentions[s.mentions.length - 1];
  if (!m || !last) return null;
  for (let k = last.lastToken + 1; k < s.t1; k++) {
    const w = wordAt(s, k);
    if (!WHEN_WORDS.has(w) && !/^\d+$/u.test(w)) return null;
  }
  if (s.mentions.some((x) => x.entry.country !== m.entry.country) || !atVenue(s, m)) return null;
  const at = locativeBefore(s, m);
  return LOCATIVE.has(wordAt(s, at)) ? { venue: m, at } : null;
}

/**
 * The foreign national body that met the host at home, come to the venue (see the file comment);
 * [] for an envoy met in the country of his post, who has not travelled; null for any other shape.
 */
export function talksAtHome(s: SentenceView, gaz: Gazetteer): VisitFinding[] | null {
  // (The venue test first: most sentences end on no place.)
  const closing = closingVenue(s);
  const talks = closing ? talksAt(s) : null;
  if (!talks || !closing || closing.at <= talks.end) return null;
  const { venue } = closing;
  const open = afterOpening(s);
  const subject = phraseText(s.tt, open, talks.at);
  if (PLANNED_BEFORE.test(subject) || nationalActorNear(subject) !== venue.entry.country)
    return null;
  const object = phraseText(s.tt, talks.end, closing.at);
  if (envoyFirst(object)) return [];
  const guest = foreignBody(object, venue.entry.country);
  return guest ? [{ from: national(gaz, guest), to: [local(venue)], sentence: s }] : null;
}
