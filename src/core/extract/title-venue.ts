// Where the headline says its event took place: "Khánh thành nhà đa năng … tại tỉnh B", "Khai mạc
// Tuần Văn hóa … tại Lào", or the place it opens on holds it: "Tỉnh B mít tinh kỷ niệm …". A
// speaker the body names with no venue of his own then spoke there, not in the province the paper
// writes from (frame-speakers.ts presumes that home only when the headline leaves the venue open).
import type { CountryCode } from '../types.ts';
import type { Mention } from './find-places.ts';

// "tại Lào", "ở nước bạn Lào", "tại Vương quốc Campuchia" ending the headline's locative.
const AT_COUNTRY =
  /(?<![\p{L}])(?:tại|ở)\s+(?:nước\s+(?:bạn\s+)?|vương\s+quốc\s+)?(lào|campuchia|việt\s+nam)(?![\p{L}])/gu;
// "tại tỉnh B", "ở thành phố B", "tại Thủ đô B", "tại B" right before a place of the headline.
const AT_PLACE = /(?<![\p{L}])(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|tp\.?|thủ\s+đô)\s+)?$/u;
// ("Tổng kết công tác quy tập hài cốt liệt sĩ tại Lào", "Gặp mặt cựu chuyên gia từng công tác tại
// Lào", "Hội thảo cơ hội đầu tư tại Lào": where the dead fell or the people worked or invest, a
// few words back, not where the meeting sat.)
const RESTS_BEFORE =
  /(?<![\p{L}])(?:h[yi] sinh|ngã xuống|quy tập|cất bốc|từng công tác|đầu tư|học tập|sinh sống|định cư)(?:\s+[\p{L}\p{N}-]+){0,4}\s*$/u;
const COUNTRY_OF: Readonly<Record<string, CountryCode>> = {
  lào: 'LA',
  campuchia: 'KH',
  'việt nam': 'VN',
};

/**
 * The one country the headline places its event in (the place it opens on holding it, or a country
 * word or a place after "tại / ở"), or null when it names none or more than one.
 */
export function titleVenueCountry(
  title: string,
  titleStart: number,
  places: readonly Mention[],
): CountryCode | null {
  const lower = title.normalize('NFC').toLowerCase();
  const host = hostOpening(lower, titleStart, places);
  if (host) return host;
  // (Cheap gate: most headlines have no locative at all.)
  if (!lower.includes('tại ') && !lower.includes('ở ')) return null;
  const found = new Set<CountryCode>();
  for (const m of lower.matchAll(AT_COUNTRY)) {
    const c = COUNTRY_OF[m[1]!.replace(/\s+/gu, ' ')];
    if (c && !RESTS_BEFORE.test(lower.slice(0, m.index))) found.add(c);
  }
  for (const m of places) {
    const before = lower.slice(0, Math.max(0, m.span[0] - titleStart));
    const at = AT_PLACE.exec(before);
    if (at && !RESTS_BEFORE.test(before.slice(0, at.index))) found.add(m.entry.country);
  }
  return found.size === 1 ? [...found][0]! : null;
}

// "Tỉnh B mít tinh kỷ niệm …", "Thủ đô B long trọng tổ chức lễ …": the place the headline opens on
// holds the event, at home.
const OPENS_ON_PLACE = /^(?:(?:tỉnh|thành\s+phố|tp\.?|thủ\s+đô)\s+)?$/u;
const HOLDS =
  /^\s+(?:(?:long trọng|trọng thể|đã)\s+)?(?:tổ chức|mít tinh|míttinh|kỷ niệm|khai mạc|khánh thành)(?![\p{L}])/u;

/** The country of the place the headline opens on, when an event-holding verb follows it. */
function hostOpening(
  lower: string,
  titleStart: number,
  places: readonly Mention[],
): CountryCode | null {
  const first = places[0];
  if (!first) return null;
  const at = first.span[0] - titleStart;
  if (!OPENS_ON_PLACE.test(lower.slice(0, Math.max(0, at)))) return null;
  return HOLDS.test(lower.slice(first.span[1] - titleStart)) ? first.entry.country : null;
}

// "Lãnh đạo tỉnh A điện đàm với lãnh đạo tỉnh B", "Hội đàm trực tuyến …": the headline's event was
// held at a distance, so no speaker of the body is presumed in the paper's own province.
// (Not "gọi điện", as often a topic: "phòng chống lừa đảo qua gọi điện".)
const REMOTE = /(?<![\p{L}])(?:điện đàm|trực tuyến|hội nghị truyền hình)(?![\p{L}])/u;

/** Whether the headline tells of a call or an online meeting. */
export function titleRemote(title: string): boolean {
  return REMOTE.test(title.normalize('NFC').toLowerCase());
}

/**
 * The place a headline opens on as its label, a colon after it ("Ninh Bình: Chủ tịch nước Lào
 * thăm chùa Bái Đính"): the papers' way of saying where the story happens.
 */
export function titleLabel(
  text: string,
  titleStart: number,
  places: readonly Mention[],
): Mention | null {
  const first = places[0];
  if (!first || first.span[0] !== titleStart) return null;
  return LABEL_END.test(text.slice(first.span[1], first.span[1] + 3)) ? first : null;
}
const LABEL_END = /^\s?:\s/u;
