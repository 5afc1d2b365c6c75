// Splits the kept parts of an article into sentences (the unit of evidence for a link).
import { isWhiteSpace } from '../normalize.ts';
import type { Span } from '../types.ts';

// Abbreviations after which a full stop does not end a sentence ("TP. Hồ Chí Minh").
export const ABBREV = new Set([
  'tp',
  'ts',
  'ths',
  'pgs',
  'gs',
  'bs',
  'ks',
  'q',
  'p',
  // "H. Lạ Màm", "TX. Hà Tiên": a district's, a town's unit cut short.
  'h',
  'tx',
  'tt',
  'mr',
  // English titles before a foreign guest's name, glued to it too ("Dr.Bounmy", "Ms.Vanhla"): a
  // glued stop after a capitalised word ends a sentence otherwise.
  'dr',
  'ms',
  'mrs',
  'st',
  'no',
]);

// Also a stop glued to the next sentence ("… cho biết.Bản tin …", "… hai ngày.“Thông tấn …"),
// after a lower-case word: never "TP.HCM", "Tp.Hà Tĩnh" or "baodanang.vn". Scrapers that fuse
// two paragraphs leave it after a number, a closing bracket or a short name too ("… năm
// 2025.Hội nghị …", "… (Lào).Chiều …", "… Cửa Lò.Phía …"): there a word must follow, not a
// title's letter ("Th.S Nguyễn", "Ph.D Trần"). (The look-behinds come after the stop they check:
// put first, they ran at every position of every line.)
export const END =
  /[.!?…]+["”’)»]*(?=\s)|[.!?]+(?<=\p{Ll}\p{Ll}[.!?]+)["”’)»]*(?=["“]?\p{Lu})|[.!?]+(?<=(?:\p{Lu}\p{Ll}|\d\d|[)"”’»])[.!?]+)["”’)»]*(?=["“]?\p{Lu}\p{L})/gu;
// "…; cuối năm, Phó Chủ tịch UBND tỉnh … hội đàm …": a semicolon before a new time opens another
// event, told with its own subject; "…; tham dự còn có Chánh án … Lào": before a roll of those
// who attended, another roll.
export const DATED_CLAUSE =
  /;(?=\s+(?:(?:cuối|đầu|giữa|tháng|ngày|năm|sáng|chiều|tối|trưa|trước đó|sau đó|hồi)|(?:cùng\s+)?(?:tham\s+)?dự\s+(?:còn\s+)?có)(?![\p{L}]))/giu;

/** Sentence spans inside each keep range: lines first, then sentence-final punctuation. */
export function splitSentences(text: string, keep: Span[]): Span[] {
  const out: Span[] = [];
  // The first semicolon at or after `searched` (Infinity: none): a line without one has no dated
  // clause to split at. Searched again only when a line starts past it, or before `searched`
  // (kept ranges that overlap): one scan of the text in all.
  let semi = -1;
  let searched = 0;
  for (const [ks, ke] of [...keep].sort((a, b) => a[0] - b[0])) {
    let lineStart = ks;
    while (lineStart < ke) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > ke) lineEnd = ke;
      if (lineStart < searched || semi < lineStart) {
        semi = text.indexOf(';', lineStart);
        if (semi < 0) semi = Infinity;
        searched = lineStart;
      }
      const from = lineStart + markerLength(text, lineStart, lineEnd);
      if (semi < lineEnd) splitLine(text, from, lineEnd, out);
      else splitClause(text, from, lineEnd, out);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

// A list bullet or a quote mark a scraper writes before a paragraph ("- Ngày 5/3, Đoàn …",
// "• Sáng 12/4, …", "> Chiều 3/6, …"): the sentence starts after it, where the rules look for
// its time and its subject.
const LINE_MARKER = /[ \t]*[-–•*+>][ \t]+(?=\S)/y;

function markerLength(text: string, start: number, end: number): number {
  LINE_MARKER.lastIndex = start;
  const m = LINE_MARKER.exec(text);
  return m && start + m[0].length < end ? m[0].length : 0;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  for (const m of text.slice(start, end).matchAll(DATED_CLAUSE)) {
    splitClause(text, from, start + m.index + 1, out);
    from = start + m.index + 1;
  }
  splitClause(text, from, end, out);
}

// " | " between two texts of a line: a scraper's cell border, where a caption meets the paragraph
// beside it ("… tại tỉnh B. | Lãnh đạo hai tỉnh … Ảnh: TTXVN | Chiều 5/3, …"); never inside a
// sentence.
const CELL_BORDER = /\s\|(?=\s)/g;

function splitClause(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  if (!line.includes('|')) return splitCell(text, start, end, out, line);
  let from = start;
  for (const m of line.matchAll(CELL_BORDER)) {
    splitCell(text, from, start + m.index, out);
    from = start + m.index + m[0].length;
  }
  splitCell(text, from, end, out);
}

function splitCell(
  text: string,
  start: number,
  end: number,
  out: Span[],
  line = text.slice(start, end),
): void {
  let s = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const stop = m.index + m[0].length;
    if (m[0] === '.' && abbreviationBefore(line, m.index)) continue;
    // The next sentence starts with a capital letter, a digit or a quote.
    let k = stop;
    while (k < line.length && isWhiteSpace(line.charCodeAt(k))) k++;
    const next = line[k];
    if (next !== undefined && next === next.toLowerCase() && !/[\d"“(]/.test(next)) continue;
    // ("… các tỉnh A, B, C… “hành quân” sang …": a quoted word in lower case goes on the sentence.)
    if ((next === '“' || next === '"') && lowerAfterQuote(line, k + 1)) continue;
    push(text, start + s, start + stop, out);
    s = stop;
  }
  push(text, start + s, end, out);
}

/** Whether the letter at `k` (just inside an opening quote) is a lower-case one. */
function lowerAfterQuote(line: string, k: number): boolean {
  const c = line[k];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

const LETTERS_BEFORE_DOT = /([\p{L}]+)\.$/u;
const LETTER = /\p{L}/u;
// LETTER_UNIT[c] for a BMP code unit: 0 not yet known, 1 a letter, 2 not.
const LETTER_UNIT = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  let v = LETTER_UNIT[c]!;
  if (v === 0) v = LETTER_UNIT[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Whether the letters just before the full stop at `dot` (at most six of them) are an
 * abbreviation ("TP. Hồ Chí Minh"), read in place. Every abbreviation is ASCII, and no letter
 * outside ASCII lower-cases to ASCII letters alone except the Kelvin sign: a word with another
 * such letter is none. The Kelvin sign and surrogates (astral letters) go the pattern's way.
 */
function abbreviationBefore(line: string, dot: number): boolean {
  const from = Math.max(0, dot - 6);
  let k = dot;
  while (k > from) {
    const c = line.charCodeAt(k - 1);
    if (c >= 128) {
      if (c === 0x212a || (c >= 0xd800 && c <= 0xdfff)) {
        const before = LETTERS_BEFORE_DOT.exec(line.slice(from, dot + 1));
        return before !== null && ABBREV.has(before[1]!.toLowerCase());
      }
      if (isLetterUnit(c)) return false;
      break;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    k--;
  }
  return k < dot && dot - k <= 3 && ABBREV.has(line.slice(k, dot).toLowerCase());
}

function push(text: string, a: number, b: number, out: Span[]): void {
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push([a, b]);
}
