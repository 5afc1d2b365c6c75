// "Tiêu đề | Báo X", "Tiêu đề - Báo điện tử …": outlets put their own name after a headline, in a
// page's <title> and in text copied from one. The name is no part of what the headline says.

/** What parts a title: "A - B", "A | B", "A – B". */
export const TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const TITLE_PARTS = new RegExp(TITLE_SEPARATOR.source, 'g');

// A name holds no verb of the news: "Sở Ngoại vụ tiếp đoàn tỉnh B", "Báo chí hai tỉnh ký kết hợp
// tác", "Trang trọng lễ đón …", "Đài hữu nghị được khánh thành" are the story's own clause. (In
// lower case: a name's own words are capitalised, "Báo Tiếp thị & Gia đình".)
const CLAUSE_VERB =
  /(?<![\p{L}])(?:tiếp|đón|thăm|làm việc|hội đàm|ký|ký kết|trao|tặng|dự|sang|khánh thành|khai mạc|tổ chức|được|gặp)(?![\p{L}])/u;

// "Báo Nghệ An", "Đài PT-TH …", "baonghean.vn", "Gia Lai TV" (not "Báo cáo …", a report).
function isSiteName(tail: string): boolean {
  if (CLAUSE_VERB.test(tail)) return false;
  return (
    /^(?:báo(?!\s+cáo)|tạp chí|cổng|trang|đài|vov|vtv|ttxvn|tin tức|sở)(?![\p{L}])/iu.test(tail) ||
    /(?<![\p{L}])(?:TV|PTTH|PT-TH|Online|Portal)$/u.test(tail) ||
    /\.(vn|com|net|org)$/i.test(tail)
  );
}

/** Where a title's last part starts and where its separator does ("A - B | C": C and " | "). */
function lastSeparator(title: string): { at: number; tail: string } | null {
  let last: RegExpExecArray | null = null;
  for (const m of title.matchAll(TITLE_PARTS)) last = m;
  if (!last || last.index === 0) return null;
  return { at: last.index, tail: title.slice(last.index + last[0].length) };
}

/**
 * The headline's length once an outlet's name after it is cut ("Tiêu đề - Báo X": the length of
 * "Tiêu đề"), with the name; null when the title ends on no outlet's name.
 */
export function siteTail(
  title: string,
  site: string | null = null,
): { headline: number; site: string } | null {
  const sep = lastSeparator(title);
  if (!sep || sep.tail === '') return null;
  const named = site !== null && site.trim().toLowerCase() === sep.tail.toLowerCase();
  return named || isSiteName(sep.tail) ? { headline: sep.at, site: sep.tail } : null;
}
