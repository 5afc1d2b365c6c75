// Publication date and source address of an article, read from the stamps and link lines that
// news pages print around the text, or from HTML meta values. Never guesses: a date is only
// taken from a stamp that carries a full day, month and year; anything else gives null.
import { fold, hasAsciiDigits } from '../normalize.ts';

/** Lines at the top of an article searched for a publication stamp. */
const STAMP_LINES = 12;
const STAMP_LINES_AFTER_CLOCK = 24;

const DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const WORDS_DMY = /\b(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?\b/;
// Global forms of the date patterns, built once (replace resets and leaves their lastIndex at 0).
const ISO_ALL = new RegExp(ISO.source, 'g');
const DMY_ALL = new RegExp(DMY.source, 'g');
const WORDS_DMY_ALL = new RegExp(WORDS_DMY.source, 'g');
// What may stand around the date on a stamp line besides times: weekday, "Cập nhật", zone.
const STAMP_NOISE =
  /\b(cap nhat|dang luc|ngay dang|xuat ban|phat hanh|thoi gian|dang|luc|ngay|gio|thu (hai|ba|tu|nam|sau|bay)|thu [2-7]|chu nhat|cn|gmt\s*[+-]?\s*\d*|utc|am|pm|sa|ch)\b/g;

// The label of a line giving the article's address ("Nguồn Hà Nội TV: https://…": the outlet a
// story was taken from may be named before it).
export const URL_LABEL_WORDS = String.raw`(?:đường dẫn bài viết|đường dẫn|link bài viết|link bài gốc|link|url|bài gốc|(?:nguồn|source|theo)(?:\s+[^\s:]+){0,6})`;
const URL_LABEL = new RegExp(String.raw`^${URL_LABEL_WORDS}\s*:\s*(\S+)\s*$`, 'iu');

/** YYYY-MM-DD when the parts make a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date of one stamp or meta value: "13:09 | 28/01/2026", "Thứ Hai, 28/01/2026",
 * "ngày 28 tháng 1 năm 2026", "2026-01-28T13:09:00+07:00". Null when no full valid date.
 * ISO values keep their calendar day as written (the publisher's local day).
 */
export function parseDate(value: string): string | null {
  const f = fold(value);
  const iso = ISO.exec(f);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DMY.exec(f) ?? WORDS_DMY.exec(f);
  if (dmy) return isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

/** Whether a line holds nothing but a date stamp (date, time, weekday, "Cập nhật" …). */
export function isStampLine(line: string): boolean {
  const rest = stampRest(line);
  return rest !== null && rest.replace(/[\s|,()[\]\-–—:/+•]+/g, '') === '';
}

// "Báo Sài Gòn Giải phóngBáo Sài Gòn Giải phóng19/05/2025": a source's logo text and its name,
// glued, over the day it published (the name is the outlet's, no place the article tells of).
const GLUED_SOURCE =
  /^(\p{Lu}[^\n]{2,59}?)\1\s*(\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s+\d{1,2}:\d{2})?)$/u;

/** The day under a glued source name, as written, else null. */
export function gluedSourceDay(line: string): string | null {
  return line.length <= 140 ? (GLUED_SOURCE.exec(line)?.[2] ?? null) : null;
}

/**
 * A short line naming its source before the date ("QĐND Online – 17/09/2025", "Báo Lào Cai |
 * 05/03/2024") is a stamp too: at most a few words besides the date, no sentence in it.
 */
export function isSourceStampLine(line: string): boolean {
  if (line.length > 60 || /[.!?]\s/.test(line)) return false;
  const rest = stampRest(line);
  if (rest === null) return false;
  const words = rest.split(/[\s|,()\-–—:/+]+/).filter((w) => w !== '');
  return words.length <= 4;
}

// The page's counters and buttons beside its stamp ("Lượt xem: 407 | Bình luận: 0", "Cỡ chữ: A-
// A+ | In bài", "[Gửi email]", folded), and a portal's bare view and comment counts after the
// clock ("18:00  87  0").
const COUNTERS =
  /\b(?:luot (?:xem|doc|thich)|binh luan|views?)\s*:?\s*[\d.,]*|\bco chu\s*:?(?:\s*a[-+])*|\bin bai(?: viet)?\b|\bgui (?:e-?mail|mail|bai)\b|\bchia se\b/g;
const COUNTS_AFTER_CLOCK = /\b(\d{1,2}:\d{2})(?:\s+\d{1,7}){1,2}\s*$/;

/** The folded line without its dates, times and stamp words; null when it holds no date. */
function stampRest(line: string): string | null {
  // Every date pattern needs a digit, and folding makes none.
  if (line.length > 80 || !/\d/.test(line)) return null;
  const f = fold(line).replace(COUNTERS, ' ').replace(COUNTS_AFTER_CLOCK, '$1');
  if (!DMY.test(f) && !WORDS_DMY.test(f) && !ISO.test(f)) return null;
  return f
    .replace(ISO_ALL, ' ')
    .replace(DMY_ALL, ' ')
    .replace(WORDS_DMY_ALL, ' ')
    .replace(/\b\d{1,2}[:h]\d{2}(:\d{2})?\b/g, ' ')
    .replace(STAMP_NOISE, ' ');
}

// "Long An, Tây Ninh chúc Tết … 02/04/2024 16:50": a stamp the scraper ran into the headline.
const TITLE_STAMP = /(?:^|\s)(\d{1,2}\/\d{1,2}\/\d{4})\s+\d{1,2}:\d{2}\s*$/u;

// "Hoàng Vũ/VOV-Phnom Penh Thứ Năm, 07:45, 28/09/2023", "TTXVN Cập nhật 15:53 ngày 26/05/2018": a
// byline ending in the posting time (folded). A day beside a clock time is when the page was
// posted, not an event.
const BYLINE_STAMP =
  /(?:\b\d{1,2}[:h]\d{2}\b[\s,|-]*(?:(?:thu \S+|chu nhat|ngay)[\s,|-]*)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[\s,|-]*\d{1,2}[:h]\d{2}\b)(?:\s*\(?gmt\s*[+-]?\s*\d*\)?)?[\s'’")]*$/;
const BYLINE_LINES = 8;

// "Thứ 6, ngày 22 tháng 11 năm 2024" alone on a line: a portal's bar showing the day the page
// was saved, in words (folded); a post's own stamp, "16-4-2023", may follow under the headline.
const TODAY_BAR =
  /^(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*,?\s*(?:ngay )?\d{1,2} thang \d{1,2} nam \d{4}$/;

/** Publication date from a stamp line near the top of the text, or null. */
export function dateFromText(text: string): string | null {
  let seen = 0;
  // "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" in a page header: a clock, ticking when the
  // page was saved, taken only when no other stamp is found; a bare day bar ("Thứ 6, ngày 22
  // tháng 11 năm 2024") is the last resort, after a post's stamp that shows its seconds.
  let clock: string | null = null;
  let bar: string | null = null;
  for (const raw of text.split(/\r\n|\r|\n/, 200)) {
    const line = raw.trim();
    // (A menu's entries are not lines of the article: a long menu leaves the stamp under it
    // within reach.)
    if (line === '' || (seen > 0 && isMenuEntry(line))) continue;
    // (After a clock, the post's own stamp may stand under a long menu.)
    if (++seen > (clock === null && bar === null ? STAMP_LINES : STAMP_LINES_AFTER_CLOCK)) break;
    const d = stampDate(line, seen);
    if (d === null) continue;
    if (TODAY_BAR.test(fold(line))) bar ??= d;
    else if (!/\d:\d{2}:\d{2}/.test(line)) return d;
    else clock ??= d;
  }
  return clock ?? bar;
}

/** "Thời sự", "Quốc tế", "Người Việt": a short entry of a site's menu. */
function isMenuEntry(line: string): boolean {
  return line.length <= 24 && !/[\d.,:;!?]/.test(line) && line.split(/\s+/).length <= 3;
}

// "Báo Hà Tĩnh | Chính trị | Thứ Năm, 06/05/2021", "15/08/2024 08:42 | Nguồn: TTXVN": the stamp
// as one part of a bar of short parts (breadcrumb, outlet, section, source).
const BAR_PARTS = /\s*[|›»>·•]\s*/;
const BAR_PART_WORDS = 8;

function isStampBar(line: string): boolean {
  if (line.length > 120) return false;
  const parts = fold(line)
    .replace(COUNTERS, ' ')
    .split(BAR_PARTS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return false;
  let stamps = 0;
  for (const p of parts) {
    if (isStampLine(p) || isSourceStampLine(p)) stamps++;
    else if (/(?:^|\s)\d/.test(p) || /[.!?]\s/.test(p) || p.split(/\s+/).length > BAR_PART_WORDS)
      return false;
  }
  return stamps === 1;
}

// "Tây Ninh (TTXVN) 20/01/2020 - Nhân dịp …", "AKP Phnom Penh, ngày 06/12/2018 - Chiều hôm qua …":
// a dateline opening the lead, a few words of place and agency, the day the story was filed and
// a dash (folded). A date that a sentence's words lead up to, that no dash follows, or that opens
// a span ("Từ 21/5/1972 - 15/11/1972") is the event's.
const DATELINE = /^([^!?\d]{0,40}?)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*[-–—]\s+(?!\d)/;
const DATELINE_WORDS = 5;

function datelineDate(line: string): string | null {
  const m = DATELINE.exec(fold(line));
  if (!m || /\.\s/.test(m[1]!)) return null;
  const words = m[1]!
    .replace(/\bngay\s*$/, '')
    .split(/[\s,()/-]+/)
    .filter((w) => w !== '');
  return words.length <= DATELINE_WORDS ? parseDate(m[2]!) : null;
}

/** The date of a stamp line, the `seen`-th non-blank line of the text, or null. */
function stampDate(line: string, seen: number): string | null {
  // Every date read below has a year of four digits, and folding makes no digit: a line with
  // fewer (most lines, and most of the text) is no stamp, without folding it.
  if (!hasAsciiDigits(line, 4)) return null;
  const tail = seen === 1 ? TITLE_STAMP.exec(line) : null;
  if (tail && parseDate(tail[1]!)) return parseDate(tail[1]!);
  const glued = seen >= 2 && seen <= BYLINE_LINES ? gluedSourceDay(line) : null;
  if (glued) return parseDate(glued);
  if (
    isStampLine(line) ||
    (seen >= 2 && seen <= BYLINE_LINES && isSourceStampLine(line)) ||
    (seen >= 2 && isStampBar(line))
  ) {
    const d = parseDate(line);
    if (d) return d;
  }
  const byline =
    seen >= 2 && seen <= BYLINE_LINES && line.length <= 100 && !/[.!?]\s/.test(line)
      ? BYLINE_STAMP.exec(fold(line))
      : null;
  if (byline) return parseDate(byline[1] ?? byline[2]!);
  return seen >= 2 ? datelineDate(line) : null;
}

/** The value when it is an absolute http(s) URL, else null. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/^https?:\/\//i.test(v)) return null;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The day (or month) an article's address carries: "…/2014/03/04/…", "…/2014/03/…",
 * "…-20220822172444128.htm" (a stamp of 17 digits, day then clock). Null when it holds none.
 */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  const parts = URL_DAY_PATH.exec(path);
  if (parts) {
    const month = `${parts[1]}-${parts[2]}`;
    return parts[3] ? isoDay(+parts[1]!, +parts[2]!, +parts[3]) : month;
  }
  const stamp = URL_STAMP.exec(path);
  return stamp ? isoDay(+stamp[1]!, +stamp[2]!, +stamp[3]!) : null;
}
const URL_DAY_PATH = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(?:(0[1-9]|[12]\d|3[01])\/)?/;
const URL_STAMP = /[-/]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{9}\.html?$/;

/** Source URL from a line such as "Đường dẫn bài viết: https://…" or "Nguồn: https://…". */
export function urlFromText(text: string): string | null {
  // Every address httpUrl takes has a "://": without one, no line is worth reading.
  if (!text.includes('://')) return null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const m = URL_LABEL.exec(raw.trim());
    const url = m ? httpUrl(m[1]) : null;
    if (url) return url;
  }
  return null;
}
