// A meeting named by the two countries whose bodies hold it, placed at a venue of one of them:
// "Hội nghị Hải quan biên giới Việt Nam – Campuchia lần thứ VI tại TP. Đà Lạt (Lâm Đồng)". The
// other country's body came, at the national level when the article names none of its places
// (with its provinces named, those provinces came: other rules read them).
import type { CountryCode, GazetteerEntry } from '../types.ts';
import { countryWords } from './actors.ts';
import type { Mention } from './find-places.ts';
import { phraseText, type SentenceView } from './sentence-view.ts';

// The meeting's name, its two countries joined by a dash, then "lần thứ …" or the venue.
const PAIRED_MEETING =
  /(?<![\p{L}])(?:hội nghị|kỳ họp|phiên họp)\s(?:[^\s,.;:()]+\s){0,8}?(?<!(?:việt nam|lào|campuchia|thái lan)\s?[-–]\s?)(việt nam|lào|campuchia)\s?[-–]\s?(việt nam|lào|campuchia)(?!\s?[-–]\s?(?:lào|campuchia|thái lan|việt nam))(?:\s(?:lần thứ|năm)\s[^\s,.;]+)?(?:\s(?:đã\s)?(?:được\s)?(?:diễn ra|tổ chức|khai mạc))?(?:\s(?:trong\s)?(?:ngày|hai ngày|sáng|chiều)\s[^,;]{0,20})?\s(?:tại|ở)\s/u;

/** The country of the meeting's other side, when the sentence names such a meeting at `venue`. */
export function pairedMeetingGuest(
  s: SentenceView,
  venue: GazetteerEntry,
  articleMentions: readonly Mention[],
): CountryCode | null {
  if (!s.mentions.every((m) => m.entry.iso === venue.iso)) return null;
  const lower = phraseText(s.tt, s.t0, s.t1);
  if (!lower.includes('hội nghị') && !lower.includes('họp')) return null;
  const m = PAIRED_MEETING.exec(lower);
  if (!m) return null;
  const [a, b] = [m[1]!, m[2]!].map((w) => countryWords(w)[0]!.country);
  if (a === b || (a !== venue.country && b !== venue.country)) return null;
  const guest = a === venue.country ? b : a;
  return articleMentions.some((x) => x.entry.country === guest) ? null : (guest ?? null);
}
