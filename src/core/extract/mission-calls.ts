// "Đoàn Ban Đối ngoại Trung ương Lào … đã có mặt tại trụ sở Đại sứ quán Việt Nam ở thủ đô
// Vientiane, gửi lời chúc mừng Quốc khánh …": a call that a country's own people pay on a foreign
// mission in their own country is no trip to the mission's country (the embassy reads as its
// state, placed at its capital, so the call would read as a trip to that capital).
import type { CountryCode } from '../types.ts';
import {
  countryNamedAt,
  countryWordAt,
  hasWords,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import type { VisitFinding } from './visit-sides.ts';

/** The findings without those that are a call on a foreign mission in the caller's own country. */
export function withoutMissionCalls(found: VisitFinding[]): VisitFinding[] {
  return found.length === 0 ? found : found.filter((v) => !callsOnMissionAtHome(v));
}

function callsOnMissionAtHome(v: VisitFinding): boolean {
  const s = v.sentence;
  if (v.to.length === 0 || !hasWords(s, 'sứ', 'quán')) return false;
  const home = v.from.entry.country;
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, ['đại', 'sứ', 'quán'])) continue;
    const mission = missionPostedIn(s, k + 3);
    if (
      mission &&
      mission.post === home &&
      mission.of !== home &&
      v.to.every((t) => t.level === 'national' && t.entry.country === mission.of)
    )
      return true;
  }
  return false;
}

/**
 * From token k after "đại sứ quán": the mission's country and where it sits ("Việt Nam ở thủ đô
 * Vientiane", "Lào tại Việt Nam"), or null when the words do not say both.
 */
function missionPostedIn(
  s: SentenceView,
  k: number,
): { of: CountryCode; post: CountryCode } | null {
  let j = wordAt(s, k) === 'nước' ? k + 1 : k;
  const of = countryNamedAt(s, j);
  if (!of) return null;
  j += countryWordAt(s, j);
  if (wordAt(s, j) !== 'tại' && wordAt(s, j) !== 'ở') return null;
  const at = j + 1;
  const seat = s.mentions.find((m) => m.firstToken >= at && m.firstToken <= at + 2);
  const post = seat?.entry.country ?? countryNamedAt(s, at);
  return post ? { of, post } : null;
}
