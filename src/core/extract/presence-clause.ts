// An event told with its attendance as a trailing clause: "Hoạt động diễn ra hôm qua, với sự có mặt
// của Thượng tướng A, Thứ trưởng Bộ Quốc phòng Việt Nam, và Đại tướng B, Quốc vụ khanh Bộ Quốc
// phòng Campuchia": the roll of those who came, opened by "với sự có mặt / tham dự của" after a
// comma rather than by "Dự … có …".
import type { CountryCode } from '../types.ts';
import { countryWords } from './actors.ts';
import { phraseText, type SentenceView } from './sentence-view.ts';

// "…, với sự có mặt / tham dự / tham gia của …": a comma, then the clause that lists who came. A roll
// of people is opened only by the first two; "tham gia" opens the lists of countries below too.
const TAKING_PART = /,\s*với\ssự\s(có mặt|tham dự|tham gia)\scủa\s/gu;

function takingPart(lower: string, peopleOnly: boolean): RegExpExecArray | undefined {
  // (Cheap gate: most sentences hold no "với sự".)
  if (!lower.includes('với sự')) return undefined;
  for (const m of lower.matchAll(TAKING_PART)) if (!peopleOnly || m[1] !== 'tham gia') return m;
  return undefined;
}

/** Whether the sentence lists its attendance in a trailing "với sự có mặt / tham dự của" clause. */
export function presenceClause(s: SentenceView): boolean {
  return takingPart(phraseText(s.tt, s.t0, s.t1), true) !== undefined;
}

// "… của lực lượng thực thi pháp luật trên biển 7 nước gồm A, B, C", "… của các đoàn đến từ A, B":
// the countries the clause lists as coming (not an embassy's staff, there already; not "120 đại
// biểu đến từ Việt Nam và Lào", people who may live there).
const COUNTRIES_LISTED = /(?:nước|quốc gia)\s(?:gồm|là)|đoàn[^,;]{0,30}\sđến\stừ/u;
const ENVOYS = /đại sứ|lãnh sự/u;

/** The countries a trailing "với sự tham gia của …" clause lists as coming, in text order. */
export function presentCountries(s: SentenceView): CountryCode[] {
  const lower = phraseText(s.tt, s.t0, s.t1);
  const m = takingPart(lower, false);
  if (!m) return [];
  const clause = lower.slice(m.index + m[0].length).split(/[;.]/u)[0]!;
  if (!COUNTRIES_LISTED.test(clause) || ENVOYS.test(clause)) return [];
  return [...new Set(countryWords(clause).map((w) => w.country))];
}

// "An Giang (TTXVN) - Một hội nghị … đã được tổ chức tại tỉnh miền Nam này": the dateline's own
// province named again by a pointing word ("tỉnh này", "tỉnh phía Nam này", "thành phố biên giới
// này"), a translated agency wire's way of placing the event.
const POINTED_VENUE =
  /(?<![\p{L}])(?:tại|ở)\s(?:tỉnh|thành phố)(?:\s(?:phía|miền|vùng|biên)\s\p{L}+)?\snày(?![\p{L}])/u;

/** Whether the sentence places its event at "tỉnh … này", the province its dateline names. */
export function pointedVenue(s: SentenceView): boolean {
  const lower = phraseText(s.tt, s.t0, s.t1);
  // (Cheap gate: the pointing word itself.)
  if (!lower.includes(' này')) return false;
  return POINTED_VENUE.test(lower);
}
