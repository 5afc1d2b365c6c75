// A trip dated by its year alone ("Năm 2023, đoàn tỉnh A đã sang thăm tỉnh B", "… hồi năm 2019"):
// no date pattern of dates.ts reads a bare year, since most bare years in news are plans, periods
// and anniversaries ("kế hoạch năm 2024", "giai đoạn 2021-2025"). Only a year set as the time of
// the sentence's event counts: fronted, or after "hồi / vào".
import { isHistorical, resolveDate, type DateExpr, type YearClues } from './dates.ts';

// ("Trước đó, năm 2022, …", "Hồi đầu năm 2020, …", "Cũng trong năm 2021, …"; not "Trong năm
// 2024, …" nor "Từ năm 2018, …", periods, nor "Năm 2018 và 2019, …", two years.)
const FRONTED_YEAR =
  /^(?:(?:trước đó|trước đây|sau đó),\s*)?(?:(?:vào|hồi|cũng trong)\s+)?(?:(?:đầu|cuối|giữa)\s+)?năm\s+((?:19|20)\d{2})(?!\d)\s*,/iu;
// "… sang thăm tỉnh B hồi năm 2019" (not "… hoàn thành vào năm 2022", a deadline).
const TIME_YEAR =
  /(?<![\p{L}])hồi\s+(?:(?:đầu|cuối|giữa)\s+)?năm\s+((?:19|20)\d{2})(?!\d|[/.-]\d)/iu;
// "… hồi năm ngoái", "Năm ngoái, …": the year before the article's.
const LAST_YEAR = /(?<![\p{L}])năm ngoái(?![\p{L}])/iu;

/** The year a sentence sets as its event's time ("YYYY"), or null. */
export function eventYear(sentence: string, clues: YearClues): string | null {
  if (!sentence.includes('năm') && !sentence.includes('Năm')) return null;
  const m = FRONTED_YEAR.exec(sentence) ?? TIME_YEAR.exec(sentence);
  const e: DateExpr = { day: null, month: null, year: null, range: false, index: 0 };
  if (m) e.year = Number(m[1]);
  else if (LAST_YEAR.test(sentence)) e.yearsBack = 1;
  else return null;
  // (A year long before the article's is history, as for a month: dates.ts.)
  return isHistorical(e, clues) ? null : resolveDate(e, clues);
}
