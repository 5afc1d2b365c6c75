// Text copied from a PDF or an e-mail arrives hard-wrapped: every 70–90 characters a line break
// cuts a sentence in two ("… đã thực\nhiện chuyến thăm … tại tỉnh"), and each half reads as a
// paragraph of its own. Such breaks become spaces, so that offsets into the text stay the same.

// What ends a sentence or a cell: a line ending in one of these (white space after it aside) is
// not cut. Tested on the line's last character, the line trimmed first: the pattern
// /[.!?…:;"”)|]\s*$/ tried every position of a line (issue 9).
const TERMINAL = '.!?…:;"”)|';
/** Breaks of this many lines at least, and this share of the lines, make a wrapped text. */
const MIN_WRAPPED = 4;
/** In a double-spaced text, this many breaks inside a sentence, the lines of one width. */
const DOUBLE_SPACED_CONTINUED = 2;
const MIN_SHARE = 0.3;
/** Wrapped lines are of one width: most lie this close to their median length. */
const WIDTH_SPREAD = 15;
/** In a wrapped text, a line shorter than this ends where its paragraph or heading ends. */
const MIN_JOINED = 40;

const ORPHAN = /^\s*\p{Lu}\p{Ll}{1,10}\s*$/u;
const BULLET = /^\s*[-–•*+]\s/u;
// "2. Sư đoàn … thăm …", "3) …": the next item of a numbered list, which no wrapped sentence goes
// on with ("1. ‹headline›", blank, "2. ‹headline›" of a page's "Đọc nhiều" box copied spaced).
const NUMBERED = /^\s*\d{1,2}[.)]\s+\p{Lu}/u;
const HEADING = /^\s{0,3}#{1,6}\s/u;

/** The text with its hard-wrap line breaks turned into spaces; unchanged when not wrapped. */
export function unwrapLines(text: string): string {
  const wrapped = joinWrapped(text.split('\n'), '\n');
  if (wrapped !== null) return wrapped;
  // A PDF copied double-spaced ("… tỉnh Khăm Muộn (Lào). Trong\n\nnửa đầu thế kỷ XX, …"): each
  // wrapped line stands as a paragraph of its own, one blank line between every two.
  const parts = text.split('\n\n');
  if (parts.length > MIN_WRAPPED && parts.every((p) => !p.trimEnd().includes('\n')))
    return joinWrapped(parts, '\n\n', DOUBLE_SPACED_CONTINUED) ?? text;
  return joinGreedy(text.split('\n')) ?? text;
}

/** A wrapped text's lines are this full: the longest line but this share of its lines. */
const WIDTH_QUANTILE = 0.9;
/** Of the breaks inside paragraphs, this share at least must be a wrap's for any to be joined. */
const GREEDY_SHARE = 0.6;
/** A wrapped text's lines are no longer than its width, but for a few (headline, links). */
const WITHIN_SHARE = 0.9;
/**
 * Of the wraps, this share at least goes on in lower case: few in a text full of names and titles,
 * none in a stack of headlines of one length.
 */
const LOWER_SHARE = 0.1;

/**
 * A text wrapped at one width whose wrapped lines often go on in capitals (names, titles: "… Ban
 * công tác đặc biệt tỉnh Xiêng\nKhoảng (Lào) cùng Đội …"), which joinWrapped takes for a run of
 * headlines; most often paragraphs set apart by blank lines. A wrap breaks a line only where the
 * next word would not fit; stacked headlines and paragraph ends seldom do. Such breaks are joined
 * when most breaks between two lines of text are of that kind. Null when the text is not so.
 */
export function joinGreedy(lines: string[]): string | null {
  const breaks: number[] = [];
  // (The first line is the headline, whatever comes under it.)
  const headline = lines.findIndex((l) => l.trim() !== '');
  for (let i = headline + 1; i < lines.length - 1; i++)
    if (
      lines[i]!.trim() !== '' &&
      lines[i + 1]!.trim() !== '' &&
      !BULLET.test(lines[i + 1]!) &&
      !NUMBERED.test(lines[i + 1]!)
    )
      breaks.push(i);
  if (breaks.length < MIN_WRAPPED) return null;
  const widths = breaks.map((i) => lines[i]!.trimEnd().length).sort((a, b) => a - b);
  const width = widths[Math.floor(WIDTH_QUANTILE * (widths.length - 1))]!;
  const nextWord = (i: number) => lines[i + 1]!.trimStart().split(/\s/, 1)[0]!.length;
  const wraps = breaks.filter((i) => {
    const len = lines[i]!.trimEnd().length;
    return len >= MIN_JOINED && len + 1 + nextWord(i) > width;
  });
  if (wraps.length < MIN_WRAPPED || wraps.length < GREEDY_SHARE * breaks.length) return null;
  // Every paragraph of a wrapped text is cut to that width: one long line of prose says it is not.
  const long = lines.filter((l) => l.trimEnd().length >= MIN_JOINED);
  const within = long.filter((l) => l.trimEnd().length <= width + WIDTH_SPREAD).length;
  if (within < WITHIN_SHARE * long.length) return null;
  const lower = wraps.filter((i) => /^\s*\p{Ll}/u.test(lines[i + 1]!)).length;
  if (lower < LOWER_SHARE * wraps.length) return null;
  const cut = new Set(wraps);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i < lines.length - 1) out += cut.has(i) ? ' ' : '\n';
  }
  return out;
}

/**
 * The lines joined by `sep` with the breaks of a hard wrap turned into as many spaces; null when
 * the lines are not wrapped.
 */
function joinWrapped(lines: string[], sep: string, minContinued = MIN_WRAPPED): string | null {
  // A line that ends on no stop, cut short of its sentence's end.
  const unended = (i: number) => {
    const t = lines[i]!.trimEnd();
    return t !== '' && !TERMINAL.includes(t[t.length - 1]!);
  };
  const open = (i: number) =>
    lines[i]!.trimEnd().length >= MIN_JOINED && unended(i) && (lines[i + 1] ?? '').trim() !== '';
  // A run of headlines is open lines too; a wrapped sentence goes on in lower case.
  const goesOn = (i: number) =>
    /^\s*[\p{Ll}\d]/u.test(lines[i + 1] ?? '') && !NUMBERED.test(lines[i + 1]!);
  const lowerNext = (i: number) => /^\s*\p{Ll}/u.test(lines[i + 1] ?? '');
  // "Tại\ncuộc gặp diễn ra …": a paragraph's first word left alone on its line.
  const orphan = (i: number) => ORPHAN.test(lines[i]!) && goesOn(i);
  const widths: number[] = [];
  let nonBlank = 0;
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    // (A list of related headlines, "- …" a line, is no prose to measure.)
    if (lines[i]!.trim() === '' || BULLET.test(lines[i]!) || NUMBERED.test(lines[i]!)) continue;
    nonBlank++;
    if (!open(i)) continue;
    widths.push(lines[i]!.trimEnd().length);
    if (goesOn(i)) continued++;
  }
  if (continued < minContinued || widths.length < MIN_SHARE * nonBlank) return null;
  // (Double spacing is itself a sign of a PDF: there, lines of one width are enough.)
  if (continued < 0.5 * widths.length && minContinued === MIN_WRAPPED) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const oneWidth =
    widths.filter((w) => Math.abs(w - median) <= WIDTH_SPREAD).length >= 0.75 * widths.length;
  if (!oneWidth && minContinued !== MIN_WRAPPED) return null;
  // Without one width (a page's source wrapped at 80 columns, each paragraph's first line short
  // where its tag stood), a line is joined only where its sentence plainly goes on: a word in lower
  // case next, or a comma at its end ("… Ban Thường vụ Tỉnh ủy,\nTrưởng ban …"); not before a
  // figure, which opens a table's rows ("… Đông Nam Á\n2 | ASEAN +1 | …") as often as it goes on.
  const joins = oneWidth
    ? (i: number) => goesOn(i) || Math.abs(lines[i]!.trimEnd().length - median) <= WIDTH_SPREAD
    : (i: number) => lowerNext(i) || lines[i]!.trimEnd().endsWith(',');
  // In a wrapped text, a paragraph's short first line goes on in lower case too ("Cụ thể, Thành
  // đoàn A sẽ tổ chức\ncác hoạt động …"), however short.
  const cut = (i: number) => unended(i) && lowerNext(i);
  // (A list's next item, or a heading, starts a line of its own whatever the width before it:
  // "  * ‹headline›" under a wrapped item of a box of other articles.)
  const item = (i: number) => {
    const next = lines[i + 1] ?? '';
    return BULLET.test(next) || NUMBERED.test(next) || HEADING.test(next);
  };
  const joined = ' '.repeat(sep.length);
  // (The first line is the headline, whatever its width: "… Quảng Bình - Khăm Muộn\n\nCộng đồng …".)
  const headline = lines.findIndex((l) => l.trim() !== '');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    out +=
      i !== headline && !item(i) && ((open(i) && joins(i)) || cut(i) || orphan(i)) ? joined : sep;
  }
  return out;
}
