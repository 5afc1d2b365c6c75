// "Đây là chuyến thứ ba … các bác sĩ của Hội Thầy thuốc trẻ A sang Lào. Điểm đến năm nay là huyện
// X thuộc tỉnh B", "… làm một chuyến tình nguyện ở nước ngoài, và điểm đến là tỉnh B": a trip's
// destination named as such, its travellers named before it (in the sentence, or the one before).
import type { Mention } from './find-places.ts';
import { phraseText, spanBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import { local, type VisitFinding } from './visit-sides.ts';

/** The visit a sentence naming a trip's destination tells, or none. */
export function namedDestinationVisits(
  s: SentenceView,
  mentions: readonly Mention[],
): VisitFinding[] {
  // (Cheap test first: the words the shape must hold.)
  if (s.mentions.length === 0) return [];
  const text = phraseText(s.tt, s.t0, s.t1);
  const on = s.mentions.length > 1 && text.includes('nằm trong') ? onItinerary(s) : [];
  if (on.length > 0 || !text.includes('điểm đến')) return on;
  const k = destinationWordAt(s);
  if (k < 0) return [];
  const is = isAfter(s, k + 2);
  if (is < 0 || futureInClause(s, k)) return [];
  const dest = s.mentions.find(
    (m) => m.firstToken > is && m.headToken - is <= DEST_REACH && !smallUnit(m),
  );
  if (!dest) return [];
  const from = travellerHome(s, k, dest, mentions);
  return from ? [{ from: local(from), to: [local(dest)], sentence: s }] : [];
}
// ("là huyện Tha Teng thuộc tỉnh B": the district, then its province.)
const DEST_REACH = 8;

/**
 * "Tỉnh B cũng nằm trong hành trình của đoàn y, bác sĩ … tỉnh A": a place said to be on the
 * delegation's way, A's delegation went there.
 */
function onItinerary(s: SentenceView): VisitFinding[] {
  for (let k = s.t0 + 1; k + 3 < s.t1; k++) {
    if (!wordsAt(s, k, ['nằm', 'trong']) || !ROUTE_WORDS.has(wordAt(s, k + 2))) continue;
    if (futureInClause(s, k)) return [];
    const dest = s.mentions.find((m) => m.lastToken < k && k - m.lastToken <= 2 && !smallUnit(m));
    let j = k + 3;
    while (j < s.t1 && ROUTE_WORDS.has(wordAt(s, j))) j++;
    if (!dest || wordAt(s, j) !== 'của' || wordAt(s, j + 1) !== 'đoàn') return [];
    const from = s.mentions.find(
      (m) =>
        m.firstToken > j &&
        m.firstToken - j <= ITINERARY_REACH &&
        m.entry.country !== dest.entry.country &&
        !smallUnit(m),
    );
    return from ? [{ from: local(from), to: [local(dest)], sentence: s }] : [];
  }
  return [];
}
// "hành trình", "lộ trình", "chuyến đi", "chuyến công tác".
const ROUTE_WORDS = new Set(['hành', 'trình', 'lộ', 'chuyến', 'đi', 'công', 'tác']);
// From "của đoàn" to the delegation's place ("đoàn y, bác sĩ và Bộ đội Biên phòng tỉnh A").
const ITINERARY_REACH = 14;

/** The token of "điểm đến" opening a trip's destination, or -1. */
function destinationWordAt(s: SentenceView): number {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (!wordsAt(s, k, ['điểm', 'đến'])) continue;
    // ("là điểm đến hấp dẫn", "các điểm đến du lịch": a place praised or listed, not a trip's end.)
    if (LISTED.has(wordAt(s, k - 1))) return -1;
    return k;
  }
  return -1;
}
const LISTED = new Set(['các', 'những', 'là', 'một', 'nhiều']);

/**
 * The "là" right after "điểm đến" and the few words that say which trip ("năm nay", "đầu tiên của
 * đoàn", "lần này"), or -1 ("điểm đến du lịch hấp dẫn là …" speaks of tourism).
 */
function isAfter(s: SentenceView, k: number): number {
  for (let j = k; j < Math.min(s.t1, k + FILLER_REACH); j++) {
    const w = wordAt(s, j);
    if (w === 'là') return j;
    if (!FILLER.has(w)) return -1;
  }
  return -1;
}
const FILLER_REACH = 5;
const FILLER = new Set([
  'năm',
  'nay',
  'đầu',
  'tiên',
  'của',
  'đoàn',
  'tiếp',
  'theo',
  'lần',
  'này',
  'cuối',
  'cùng',
  'chuyến',
  'đi',
]);

/** A commune, ward or district named like a province ("xã Thái Bình"): not the province. */
function smallUnit(m: Mention): boolean {
  return m.ward === true || (m.prefix !== null && SMALL.has(m.prefix));
}
const SMALL = new Set(['xa', 'phuong', 'huyen', 'quan', 'thi tran', 'ban', 'thon']);

/**
 * The one province of another country than the destination named before "điểm đến", or else in the
 * sentence before when that one tells a trip ("sang", "chuyến"); null when none or several.
 */
function travellerHome(
  s: SentenceView,
  k: number,
  dest: Mention,
  mentions: readonly Mention[],
): Mention | null {
  const away = (m: Mention) => m.entry.country !== dest.entry.country && !smallUnit(m);
  // ("Tuyến xe khách … từ TP Hồ Chí Minh sang Campuchia. Điểm đến cuối cùng là Phnom Penh", "chuyến
  // bay thẳng từ Hà Nội. Điểm đến là Luang Prabang", "du khách A sang B": a route or tourists, no
  // delegation.)
  if (ROUTE.test(phraseText(s.tt, s.t0, k))) return null;
  const here = s.mentions.filter((m) => m.lastToken < k && away(m));
  if (here.length > 0) return one(here);
  const [start, end] = spanBefore(s.tt.text, s.span[0]);
  const before = s.tt.text.slice(start, end).toLowerCase();
  if (!TRIP_BEFORE.test(before) || ROUTE.test(before)) return null;
  // (A name ending in the sentence before: "TP.HCM" holds a full stop of its own.)
  return one(mentions.filter((m) => m.span[1] > start && m.span[1] <= end && away(m)));
}
const TRIP_BEFORE = /(?<![\p{L}])(?:sang|chuyến)(?![\p{L}])/u;
const ROUTE =
  /(?<![\p{L}])(?:tuyến|chuyến bay|đường bay|xe khách|du khách|khách du lịch|lượt khách|tour)(?![\p{L}])/u;

const one = (ms: Mention[]): Mention | null =>
  ms.length > 0 && ms.every((m) => m.entry === ms[0]!.entry) ? ms[0]! : null;
