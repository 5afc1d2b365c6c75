// Event dates as Vietnamese news write them ("Ngày 27/1", "từ ngày 15 đến 17/7",
// "ngày 5 tháng 3 năm 2024", "tháng 4/2022") and the year they belong to when the text leaves
// it out. Unknown stays null: nothing is invented.
import { namedLunarYear } from './lunar-new-year.ts';
import { COUNTRY_ALT, countryWords } from './actors.ts';

export interface DateExpr {
  day: number | null;
  month: number | null;
  year: number | null;
  /** A span of several days ("từ 15 đến 17/7"): only the month is the event's. */
  range: boolean;
  /** "(5/9/1962 - 5/9/2022)": an anniversary's month, the event's only when nothing else dates it. */
  anniversary?: true;
  /** Years before the reference year ("năm ngoái" = 1), when the year is relative. */
  yearsBack?: number;
  /** The day of the week the text gives the date ("hôm Chủ nhật, ngày 9/4"), 0 for Sunday. */
  weekday?: number;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;

// d/m[/y] and d-m-y; the day range form "15 - 17/7", "15 đến 17/7" or "hai ngày 2 và 3/4" first.
const RANGE =
  /(?<![\d/.,])(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/giu;
// "từ 29 đến 31-10": the same with the month after a dash (a dash between the days would be read
// as a day and a month).
const RANGE_DASH =
  /(?<![\d/.,-])(\d{1,2})\s*(?:đến|tới|và)\s*(?:ngày\s*)?(\d{1,2})-(\d{1,2})(?:-(\d{4}))?(?![\d-])/giu;
const RANGE_MONTHS =
  /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s*)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/giu;
// Not the month and day of an ISO date ("2026-01-06", a page's time stamp).
const DMY = /(?<![\d/.,])(?<!\d{4}-)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])/gu;
// "chiều 10.4", "ngày 2.9.2024", "hôm qua (28.8)": the dotted form some outlets use; only after a
// time word or in brackets, since "1.5" elsewhere is a number.
const DOTTED =
  /(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+|\()(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\d]|[.,]\d)/giu;
// "Ba ngày 7- 9.12", "từ ngày 7 đến 9.12": a day range with the dotted month, after a time word.
const DOTTED_RANGE =
  /(?:ngày|sáng|chiều|tối)\s+(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s*)?(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\d]|[.,]\d)/giu;
// "(5/9/1962 - 5/9/2022)": a founding day and its anniversary.
// ("(5-9-1977 – 5-9-2012)", "(5.9.1962 - 5.9.2022)": the same with dashes or dots; "(22-12-1944/
// 22-12-2022)": dashed dates parted by a slash.)
const ANNIVERSARY =
  /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*[-–/]\s*(\d{1,2})([/.-])(\d{1,2})\6(\d{4})(?![\d/])/gu;
// ("Sáng 14 tháng 4 năm 2017": a time of day before the day, as "ngày" would stand.)
const WORDS =
  /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
// ("Từ ngày 20 đến ngày 24 tháng 6 năm 2016": a span of days in words.)
const WORDS_RANGE =
  /(?<![\d/.,])(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
// ("tháng 6.1977", "tháng 6-1977": the press writes the month's year with a dot or a dash too.)
const MONTH = /tháng\s+(\d{1,2})\s*(?:\/|\.|-|năm)\s*(\d{4})/giu;
// "tháng 11 năm ngoái" (last year), "tháng 3 năm nay" (this year): the year is relative.
const MONTH_RELATIVE = /tháng\s+(\d{1,2})\s+(năm\s+ngoái|năm\s+trước|năm\s+nay)/giu;

/**
 * Every match of a global pattern, as matchAll gives them, by exec on the pattern itself:
 * matchAll copies the pattern and makes an iterator on each call, which cost more than the scan
 * of a sentence (issue 9). All at once, so that no other use of the pattern can come between.
 */
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place (none of the patterns has one).
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** "(5/9/1962 - 5/9/2022)" pairs: the same day and month, a later year. */
function* anniversaries(
  text: string,
): Generator<{ m: RegExpExecArray; month: number; year: number }> {
  for (const m of allMatches(text, ANNIVERSARY)) {
    const [d1, m1, y1, d2, m2, y2] = [1, 3, 4, 5, 7, 8].map((g) => Number(m[g])) as number[];
    if (d1 === d2 && m1 === m2 && y1! < y2! && validMonth(m2!) && validYear(y2!))
      yield { m, month: m2!, year: y2! };
  }
}

/**
 * "56 năm … quan hệ ngoại giao (1962-2018)": a span of years whose length the text states, so an
 * anniversary, not a plan's period ("giai đoạn 2016-2020"); its later year is the article's.
 */
function* yearSpans(text: string): Generator<number> {
  for (const m of allMatches(text, YEAR_SPAN)) {
    const [n, y1, y2] = [1, 2, 3].map((g) => Number(m[g])) as [number, number, number];
    if (y2 - y1 === n && validYear(y2) && !PERIOD.test(m[0])) yield y2;
  }
}

/**
 * "kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Campuchia": an anniversary of a
 * founding whose year is known, so the year it falls in (1967 + 55), though the text gives none.
 */
function* foundingJubilees(lower: string): Generator<number> {
  for (const m of allMatches(lower, FOUNDING_JUBILEE)) {
    const pair = [countryWords(m[3]!)[0]?.country, countryWords(m[4]!)[0]?.country].sort().join('');
    const founded = m[2]!.startsWith('ký') ? TREATY_YEAR[pair] : RELATIONS_YEAR[pair];
    const year = founded === undefined ? NaN : founded + Number(m[1]);
    if (validYear(year)) yield year;
  }
}
const FOUNDING_JUBILEE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3})\s+năm\s+(?:ngày\s+)?(thiết lập quan hệ ngoại giao|ký hiệp ước hữu nghị và hợp tác)\s+(${COUNTRY_ALT})\s*[-–]\s*(${COUNTRY_ALT})(?![\p{L}])`,
  'gu',
);
// When the diplomatic relations between each pair of countries began, and the Vietnam–Laos
// Treaty of Friendship and Cooperation was signed (keys: the two country codes, sorted).
const RELATIONS_YEAR: Record<string, number> = { LAVN: 1962, KHVN: 1967, KHLA: 1956 };
const TREATY_YEAR: Record<string, number> = { LAVN: 1977 };

const PERIOD = /giai đoạn|nhiệm kỳ|kế hoạch/iu;
const YEAR_SPAN = /(?<![\d.,])(\d{1,3})\s+năm\s[^()]{0,120}?\((\d{4})\s*[-–]\s*(\d{4})\)/gu;

// "hôm Chủ nhật, ngày 9/4", "thứ Ba (12/3)", "Thứ 2, 5/3": a weekday right before the date (not
// an ordinal: "lần thứ hai, ngày 9/4").
const WEEKDAY =
  /(?<![\p{L}])(?<!(?:lần|khóa|khoá|kỳ|phiên|đợt|số|hạng|giải|năm)\s+)(chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[,(]?\s*(?:(?:ngày|hôm|sáng|chiều|tối)\s*)?(?=\d)/iu;
const WEEKDAY_REACH = 24;
const WEEKDAY_NUMBER: Record<string, number> = {
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};

/** The weekday named right before the date that starts at the end of `before`, or null. */
function weekdayBefore(before: string): number | null {
  const m = WEEKDAY.exec(before);
  if (!m || before.length - m.index - m[0].length > 5) return null;
  const w = m[1]!.toLowerCase();
  return w.startsWith('chủ') ? 0 : (WEEKDAY_NUMBER[w.replace(/^thứ\s+/u, '')] ?? null);
}

const DOCUMENT_NUMBER = /(?<![\p{L}])số\s*\d+[\p{L}\d\/.\-]*\s*(?:,\s*)?(?:ngày\s*)?$/iu;
const DOCUMENT_REACH = 40;

/** All date expressions in a piece of text, in order. */
export function findDates(text: string): DateExpr[] {
  const found: DateExpr[] = [];
  if (!/\d/.test(text)) return found;
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (m: RegExpExecArray, e: Omit<DateExpr, 'index'>) => {
    const a = m.index;
    const b = a + m[0].length;
    if (!free(a, b)) return;
    taken.push([a, b]);
    // ("Thực hiện Văn bản số 4259/UBND-NC ngày 06 tháng 12 năm 2023, từ ngày 11 đến 13 …": the
    // day a document was issued, not the day of any event.)
    if (DOCUMENT_NUMBER.test(text.slice(Math.max(0, a - DOCUMENT_REACH), a))) return;
    if (e.day !== null && !e.range && e.year === null) {
      const weekday = weekdayBefore(text.slice(Math.max(0, a - WEEKDAY_REACH), a + 5));
      if (weekday !== null) e = { ...e, weekday };
    }
    found.push({ ...e, index: a });
  };
  // Each pattern needs a character that many sentences lack: no scan for it without one.
  const slash = text.includes('/');
  const monthWord = text.includes('á') || text.includes('Á'); // "tháng", in any case
  if (slash || text.includes('-') || text.includes('.'))
    for (const { m, month, year } of anniversaries(text))
      add(m, { day: null, month, year, range: true, anniversary: true });
  if (slash)
    for (const m of allMatches(text, RANGE_MONTHS)) {
      const [d1, m1, m2] = [m[1], m[2], m[4]].map(Number) as [number, number, number];
      const y = m[5] ? Number(m[5]) : null;
      if (validDay(d1) && validMonth(m1) && validMonth(m2))
        add(m, { day: null, month: m1, year: y, range: true });
    }
  const ranges = [
    ...(monthWord ? allMatches(text, WORDS_RANGE) : []),
    ...(slash ? allMatches(text, RANGE) : []),
    ...(text.includes('-') ? allMatches(text, RANGE_DASH) : []),
    ...(text.includes('.') ? allMatches(text, DOTTED_RANGE) : []),
  ];
  if (ranges.length > 0)
    for (const m of ranges) {
      const [d1, d2, mo] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
      const y = m[4] ? Number(m[4]) : null;
      if (validDay(d1) && validDay(d2) && d1 < d2 && validMonth(mo) && (y === null || validYear(y)))
        add(m, { day: null, month: mo, year: y, range: true });
    }
  if (monthWord)
    for (const m of allMatches(text, WORDS)) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      const y = m[3] ? Number(m[3]) : null;
      if (validDay(d) && validMonth(mo)) add(m, { day: d, month: mo, year: y, range: false });
    }
  if (monthWord)
    for (const m of allMatches(text, MONTH)) {
      const mo = Number(m[1]);
      const y = Number(m[2]);
      if (validMonth(mo) && validYear(y)) add(m, { day: null, month: mo, year: y, range: false });
    }
  if (monthWord)
    for (const m of allMatches(text, MONTH_RELATIVE)) {
      const mo = Number(m[1]);
      const back = /nay/u.test(m[2]!) ? 0 : 1;
      if (validMonth(mo))
        add(m, { day: null, month: mo, year: null, range: false, yearsBack: back });
    }
  // Day, month and an optional year, dotted or slashed.
  const dotted = text.includes('.') ? allMatches(text, DOTTED) : [];
  const dmy = slash || text.includes('-') ? allMatches(text, DMY) : [];
  for (const m of [...dotted, ...dmy]) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = m[3] ? Number(m[3]) : null;
    if (validDay(d) && validMonth(mo) && (y === null || validYear(y)))
      add(m, { day: d, month: mo, year: y, range: false });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Lao and Khmer New Year fall in April: the only month clue some articles give. */
const APRIL_FESTIVALS =
  /bun\s*-?\s*pi\s*-?\s*(may|mai)|pi\s*-?\s*mai\s+lao|chôl\s+chnăm|chol\s+chnam|chôl\s+chnam/iu;

const BUDDHIST_ERA = /phật\s+lịch\s+(?:năm\s+)?(\d{4})/iu;
const CE_YEAR = /(?:năm|nam)\s+((?:19|20)\d{2})(?!\d)|(?<![\d.,])((?:19|20)\d{2})(?!\d|[.,]\d)/giu;

export interface YearClues {
  /** Year of the publication date, with its month, when known. */
  published: { year: number; month: number | null } | null;
  /** The only Common Era year the article mentions, if exactly one. */
  soleYear: number | null;
  /** A Buddhist-era year converted to CE (Phật lịch 2565 = 2022). */
  buddhistYear: number | null;
  /**
   * The year every anniversary the article celebrates falls in ("kỷ niệm 55 năm … (5/9/1962 -
   * 5/9/2017)" is 2017), when they agree.
   */
  anniversaryYear?: number | null;
  /** April, when the article is about Lao or Khmer New Year. */
  festivalMonth: number | null;
  /** The year the lunar New Year the article names stands for ("Tết Nguyên đán Quý Mão": 2023). */
  lunarYear?: number | null;
}

// The festival tells the month of the article's event only when the headline or the lead is
// about it; a past "Tết Chôl Chnăm Thmây" trip further on says nothing of this one.
const LEAD_CHARS = 700;

// ("SN 1977", "sinh năm 1953", "sinh ngày 14/5/1953".)
const BORN = /(?<![\p{L}])(?:sn|sinh)\s*(?:năm\s*|ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?$/iu;

const BORN_REACH = 24;

// A year the article looks back to, never the year of its own event. (Not "từ ngày 24 đến
// 27/3/2024", the event's days, nor "dự kiến từ năm 2024 sẽ …", a plan.)
const LOOKED_BACK = new RegExp(
  [
    // "Từ năm 2009, tỉnh dành …": a period's start.
    String.raw`(?<![\p{L}])từ\s+năm\s+(?:19|20)\d{2}\s*,`,
    // "Từ năm 2017 đến nay, hai tỉnh đã …", "từ tháng 9/2024 cho đến nay".
    String.raw`(?<![\p{L}])từ\s+(?:năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)(?:19|20)\d{2}\s+(?:cho\s+)?(?:đến|tới)\s+nay(?![\p{L}])`,
    // "(được ký kết ngày 14/05/2018)": a signing remarked on.
    String.raw`\(\s*(?:được\s+)?(?:ký|kí)(?:\s+kết)?(?:\s+vào)?(?:\s+(?:ngày|tháng|năm))?\s*[\d/.-]*(?:19|20)\d{2}\s*\)`,
    // "triển khai nội dung biên bản hợp tác đã ký kết năm 2019": an agreement acted on.
    String.raw`(?<![\p{L}])(?:thực hiện|triển khai)(?![\p{L}])[^.;]{0,80}?\sđã\s+(?:được\s+)?(?:ký|kí)(?:\s+kết)?\s+(?:vào\s+)?(?:năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*)(?:19|20)\d{2}(?!\d)`,
    // "38 năm trước (ngày 12/5/1978)", "cách đây 45 năm, năm 1979": counted back from now.
    String.raw`(?<![\p{L}])(?:\d+\s+năm\s+(?:về\s+)?trước|cách đây\s+\d+\s+năm)\s*[(,]?\s*(?:(?:vào\s+)?(?:ngày|tháng|năm)\s+)?[\d/.-]*(?:19|20)\d{2}(?!\d)`,
  ].join('|'),
  'giu',
);

/** The spans of the text that look back to a year (see LOOKED_BACK). */
function lookedBackSpans(text: string): [number, number][] {
  return allMatches(text, LOOKED_BACK).map((m) => [m.index, m.index + m[0].length]);
}

export function yearClues(articleText: string, published: string | null): YearClues {
  const years = new Set<number>();
  const lookedBack = lookedBackSpans(articleText);
  for (const m of allMatches(articleText, CE_YEAR)) {
    const y = Number(m[1] ?? m[2]);
    // ("đối tượng Hờ Bá T. (SN 1977, …)": a birth year dates nothing.)
    if (
      validYear(y) &&
      !BORN.test(articleText.slice(Math.max(0, m.index - BORN_REACH), m.index)) &&
      !lookedBack.some(([a, b]) => m.index >= a && m.index < b)
    )
      years.add(y);
  }
  // Patterns over the whole text only when it holds a character they need: a slash; the ị of
  // "lịch" (in either case).
  const jubilees = new Set(
    /[/.-]/.test(articleText) ? [...anniversaries(articleText)].map((a) => a.year) : [],
  );
  if (articleText.includes('(')) for (const y of yearSpans(articleText)) jubilees.add(y);
  if (articleText.includes('ập quan hệ') || articleText.includes('iệp ước'))
    for (const y of foundingJubilees(articleText.toLowerCase())) jubilees.add(y);
  const be =
    articleText.includes('ị') || articleText.includes('Ị') ? BUDDHIST_ERA.exec(articleText) : null;
  const pub = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  return {
    published: pub ? { year: Number(pub[1]), month: pub[2] ? Number(pub[2]) : null } : null,
    soleYear: years.size === 1 ? [...years][0]! : null,
    buddhistYear: be ? Number(be[1]) - 543 : null,
    anniversaryYear: jubilees.size === 1 ? [...jubilees][0]! : null,
    festivalMonth: APRIL_FESTIVALS.test(articleText.slice(0, LEAD_CHARS)) ? 4 : null,
    lunarYear:
      articleText.includes('ết') || articleText.includes('uân')
        ? namedLunarYear(articleText)
        : null,
  };
}

// "Thời Đại - 28/03/2025 09:10", "08:15 | 12-4-2024": when the page was posted, not the event.
const STAMP_HINT = /:|thứ|chủ/iu;
// ("Thứ Năm, 26/06/2014." with no clock: a page's dateline, by its weekday.)
const STAMP =
  /\d{1,2}[/-]\d{1,2}[/-]\d{4}[\s,|-]*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:[ \t]*(?:SA|CH|AM|PM))?[ \t,|-]*(?:\p{L}+[ \t]*,?[ \t]*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}|(?<!\p{L})(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:[ \t,|-]*\d{1,2}:\d{2})?/giu;

/**
 * The date the lead gives ("Sáng 8/12, …", "từ ngày 24 đến 27/3" in the first lines): the date of
 * the article's own event, for its parties' trips that no sentence dates. A month alone ("tháng
 * 3/2025") may be a report's period, not the event's.
 */
export function leadDay(articleText: string, clues: YearClues): string | null {
  const head = articleText.slice(0, LEAD_CHARS);
  // Every stamp holds a clock time ("09:10") or a weekday.
  const lead = STAMP_HINT.test(head) ? head.replace(STAMP, (m) => ' '.repeat(m.length)) : head;
  const first = firstEventDate(lead, clues);
  return first && (first.day !== null || first.range) && !first.anniversary
    ? resolveDate(first, clues)
    : null;
}

/** The year "this year" means in the article. */
function referenceYear(clues: YearClues): number | null {
  return (
    clues.published?.year ??
    clues.lunarYear ??
    clues.soleYear ??
    clues.anniversaryYear ??
    clues.buddhistYear
  );
}

/** The year an event without one belongs to, by the strength of the clue. */
function inferYear(month: number | null, clues: YearClues): number | null {
  if (clues.published) {
    const { year, month: pm } = clues.published;
    // News reports past events: a month later than the publication month was last year.
    return month !== null && pm !== null && month > pm + 1 ? year - 1 : year;
  }
  // The Tết an article names is its event, whatever single year its history gives; the Tết of
  // 2023 is greeted from December 2022 on.
  const lunar =
    clues.lunarYear && month !== null && month >= 10 ? clues.lunarYear - 1 : clues.lunarYear;
  return lunar ?? clues.soleYear ?? clues.anniversaryYear ?? clues.buddhistYear;
}

/** ISO form (YYYY-MM-DD, YYYY-MM or YYYY) of a date expression, or null without a year. */
export function resolveDate(e: DateExpr, clues: YearClues): string | null {
  const ref = e.yearsBack !== undefined ? referenceYear(clues) : null;
  const year =
    e.year ??
    (ref !== null
      ? ref - e.yearsBack!
      : e.yearsBack !== undefined
        ? null
        : inferYear(e.month, clues));
  if (year === null) return null;
  if (e.month === null) return String(year);
  if (e.range || e.day === null) return `${year}-${pad(e.month)}`;
  const y = e.year === null && e.weekday !== undefined ? yearOfWeekday(year, e) : year;
  return `${y}-${pad(e.month)}-${pad(e.day)}`;
}

/**
 * "hôm Chủ nhật, ngày 9/4" in an article whose only year is another's: of the inferred year and
 * the years either side, the one where the day falls on that weekday (the inferred one if none
 * or both do).
 */
function yearOfWeekday(year: number, e: DateExpr): number {
  const on = (y: number) => new Date(Date.UTC(y, e.month! - 1, e.day!)).getUTCDay() === e.weekday;
  if (on(year)) return year;
  const near = [year - 1, year + 1].filter(on);
  return near.length === 1 ? near[0]! : year;
}

/** The date of an event told in `sentence`; else the article-wide clue (festival month + year). */
/**
 * A date with a year long before the article's ("ngày truyền thống … (20/1/1949)") is history,
 * not the event the sentence tells.
 */
export function isHistorical(e: DateExpr, clues: YearClues): boolean {
  if (e.year === null) return false;
  // ("ngày 8-12-2013, tại thị xã B, đoàn đại biểu … đã hội đàm" in a 2023 feature: a trip recalled
  // with its full day, which dates it; founding days stay history.)
  if (e.day !== null && !e.range && !e.anniversary && e.year >= 2000) return false;
  const ref = referenceYear(clues);
  return ref !== null ? e.year < ref - 3 : e.year < 1990;
}

// "Nhân dịp Tết Nguyên đán Bính Thân 2016, ngày 1/2, …": the festival names the year of the day.
const FESTIVAL_YEAR =
  /(?<![\p{L}])(tết|xuân|bun\s*-?\s*pi\s*-?\s*(?:may|mai)|chôl\s+chnăm|chol\s+chnam)(?![\p{L}])[\p{L}\s]{0,40}?((?:19|20)\d{2})(?!\d)/iu;

const DATELINE =
  /^[\p{Lu}][\p{L} .]{1,30},\s*\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*\([^)]{2,20}\)\s*[-–]/u;

// ("10:19 AM 18/09/2012 | Lượt xem: 2113 In bài viết |Sáng 14/9, …": the page's stamp, copied onto
// the first paragraph; the clock marks it as the post's time, not the event's.)
const GLUED_STAMP =
  /^\s*(?:\d{1,2}:\d{2}[ \t]*(?:SA|CH|AM|PM)?[ \t,|-]*\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4}[ \t,|-]*\d{1,2}:\d{2}(?:[ \t]*(?:SA|CH|AM|PM))?)/iu;

// ("Thỏa thuận hợp tác … giai đoạn 2021-2025 (ký tháng 12/2020), …", "Biên bản ghi nhớ lần thứ 4
// (được ký ngày 2-2-2018 tại Gia Lai)": a document's date in a remark.)
const SIGNED_REMARK =
  /\(\s*(?:được\s+)?(?:ký|kí)(?:\s+kết)?(?:\s+vào)?(?:\s+(?:ngày|tháng|năm))?\s*$/iu;

// ("… sau khi được bổ nhiệm giữ chức vụ Bộ trưởng Ngoại giao Lào vào tháng 11-2024": the date a
// person took office.)
const APPOINTED =
  /(?<![\p{L}])(?:bổ nhiệm|nhậm chức|được bầu|đắc cử|giữ chức)(?![\p{L}])[^.;()]*$/iu;
const APPOINTED_REACH = 70;

// ("Kể từ tháng 8/2022, tỉnh A đã cử 31 đoàn sang …", "Từ tháng 8/2022 đến nay, … 29 đoàn": the
// start of a count of trips, no trip's date; "Tính từ tháng 6/2015, hai tỉnh ký kết …" still dates
// the signing.)
const SINCE = /(?<![\p{L}])(?:kể|tính)\s+từ(?:\s+(?:ngày|tháng|năm))?\s*$/iu;
const FROM = /(?<![\p{L}])từ(?:\s+(?:ngày|tháng|năm))?\s*$/iu;
const UNTIL_NOW = /^[^,;.]{0,14}?(?:đến|tới)\s+(?:nay|hiện nay)(?![\p{L}])/u;
// (A count, not a date's year or month before "đoàn" ("ngày 12/5/2025 đoàn …") nor members ("30
// đoàn viên").)
const TRIPS_COUNTED = /(?<![\d/.,])\d[\d.]*\s*(?:đoàn|lượt)(?![\p{L}])(?!\s+viên)/u;

/** Whether date e starts a count of trips in text ("Kể từ tháng 8/2022, … cử 31 đoàn"). */
function startsCount(text: string, e: DateExpr): boolean {
  const before = text.slice(Math.max(0, e.index - 16), e.index);
  if (!SINCE.test(before) && !(FROM.test(before) && UNTIL_NOW.test(text.slice(e.index)))) {
    return false;
  }
  return TRIPS_COUNTED.test(text);
}

// ("Chuyến thăm … diễn ra vào thời điểm hai nước … kỷ niệm 55 năm … (24/6/1967 - 24/6/2022)": the
// anniversary is the time around the trip, not its month.)
// ("… diễn ra đúng lúc hai nước đang triển khai nhiều hoạt động … kỷ niệm …" too.)
// ("Tuần Văn hóa là hoạt động nhằm kỷ niệm 55 năm … (24/6/1967 - 24/6/2022)": an event held to
// mark the anniversary, on a day of its own.)
const AROUND_TIME =
  /(?<![\p{L}])(?:(?:vào|đúng) thời điểm|trong bối cảnh|đúng (?:vào )?lúc|nhằm kỷ niệm)(?![\p{L}])/iu;

// ("Sau giải phóng, ngày 6/3/1984, tỉnh B chính thức được thành lập trên cơ sở …" under a headline
// "Đoàn tỉnh A dự Lễ kỷ niệm 40 năm Ngày thành lập tỉnh B": the day a unit was founded, history
// told beside a jubilee, not the day of the trip. Dated with a year; "Tối 6/3, đoàn … dự Lễ kỷ
// niệm … Ngày thành lập tỉnh B" is the trip's own day, whose clause names the founding only as
// the jubilee's; so is "Ngày 12/3/2025, đoàn … thăm tỉnh B, tỉnh được thành lập năm 1990": the
// founded unit is the short subject right after the date's comma, "tỉnh B (mới)" at most.)
const FOUNDED =
  /^[^.;,]{0,30},\s*(?:[^\s.;,()]+\s+){1,8}?(?:\(mới\)\s+)?(?:chính thức\s+)?(?:được thành lập|chính thức thành lập|ra đời)(?![\p{L}])/iu;

// ("Tỉnh B được thành lập ngày 6/3/1984 trên cơ sở …": the same founding, its verb first.)
const FOUNDED_ON =
  /(?<![\p{L}])(?:được thành lập|chính thức thành lập|ra đời)\s+(?:vào\s+)?(?:(?:ngày|tháng|năm)\s*)?$/iu;
const FOUNDED_ON_REACH = 40;

// The words every founding holds, in either case: the patterns run only on a text with them.
const FOUNDING_HINT = /thành lập|ra đời/iu;

/** A dated founding ("ngày 6/3/1984, tỉnh B được thành lập"): see FOUNDED and FOUNDED_ON. */
function isFounding(text: string, e: DateExpr): boolean {
  return (
    e.year !== null &&
    FOUNDING_HINT.test(text) &&
    (FOUNDED.test(text.slice(e.index)) ||
      FOUNDED_ON.test(text.slice(Math.max(0, e.index - FOUNDED_ON_REACH), e.index)))
  );
}

/** An anniversary's month as the event's, unless the text sets it only as the time around it. */
function timeOfAnniversary(text: string, e: DateExpr | undefined): DateExpr | undefined {
  return e && !AROUND_TIME.test(text.slice(0, e.index)) ? e : undefined;
}

/** The first date of a text that is not history, with the year its festival gives. */
export function firstEventDate(text: string, clues: YearClues): DateExpr | undefined {
  // ("Hà Nội, 30/5 (TTXVN) - Ngày 29/5, …": the dateline's day is the wire's, the next the event's.)
  const dateline = DATELINE.exec(text) ?? GLUED_STAMP.exec(text);
  const after = dateline ? firstEventDate(text.slice(dateline[0].length), clues) : undefined;
  if (after) return after;
  const current = findDates(text).filter(
    (e) =>
      !isHistorical(e, clues) &&
      !isFounding(text, e) &&
      !SIGNED_REMARK.test(text.slice(Math.max(0, e.index - 16), e.index)) &&
      !startsCount(text, e) &&
      !APPOINTED.test(text.slice(Math.max(0, e.index - APPOINTED_REACH), e.index)),
  );
  const first = current.find((e) => !e.anniversary) ?? timeOfAnniversary(text, current[0]);
  if (!first || first.year !== null || first.yearsBack !== undefined) return first;
  const f = FESTIVAL_YEAR.exec(text);
  if (!f) return first;
  const year = Number(f[2]);
  // The lunar New Year falls in January or February: its greetings start in the December before.
  const lunar = /^(?:tết|xuân)$/iu.test(f[1]!);
  return { ...first, year: lunar && first.month !== null && first.month >= 10 ? year - 1 : year };
}

export function eventDate(
  sentence: string,
  clues: YearClues,
  useArticleClue: boolean,
): string | null {
  const first = firstEventDate(sentence, clues);
  if (first) return resolveDate(first, clues);
  const festival = APRIL_FESTIVALS.test(sentence) ? 4 : useArticleClue ? clues.festivalMonth : null;
  if (festival !== null) {
    const year = inferYear(festival, clues);
    return year === null ? null : `${year}-${pad(festival)}`;
  }
  return null;
}
