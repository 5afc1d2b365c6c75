// Pages that carry several stories: a weekly foreign-affairs digest ("Tin đối ngoại ngày 5/3",
// "Hoạt động đối ngoại nổi bật trong tuần"), a portal's round-up, a bulletin written up as text,
// a tag page listing headlines with their sapos. Each item is its own event: a reader takes its
// headline as the frame of its own body only, never another item's, so the page is read as one
// article per item (each from its own slice of the page) and the findings put together.
import type { ArticleDoc, Span } from '../types.ts';
import { gathersStories, labelsDigest } from '../article/digest-title.ts';

// How an item's headline is marked in scraped text: "## …", "**…**", "1. …", "- …", "* …".
const MARKED_HEAD =
  /^(?:#{1,4}[ \t]+(?=\S)|\*\*(?=[^*\s])(?=.*\S\*\*[ \t]*$)|\d{1,2}[.)][ \t]+(?=\S)|[-–•*][ \t]+(?=\S))/u;
// "Ngày 5/3: …": a bulletin's dated item.
const DATED_HEAD = /^ngày[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{4})?[ \t]*:/iu;
// "***", "---", "* * *": a rule between items.
const RULE = /^[ \t]*(?:[*\-_=~][ \t]*){3,}$/u;
// A body line ends a sentence; a headline does not (nor does a caption, which credits its photo:
// "Ảnh: …", "Lãnh đạo hai tỉnh hội đàm (Ảnh: Báo A)").
const SENTENCE_END = /[.!?…;:,]["”’')]*\s*$/u;
const CAPTION = /^(?:ảnh|video|nguồn)\b|[\s(.–-](?:ảnh|nguồn)\s*:/iu;
// Longer than this a line is a paragraph, not a headline.
const HEAD_WORDS = 30;

interface Line {
  span: Span;
  text: string;
  /** A blank line (or the page's headline) stands right before it. */
  spaced: boolean;
}

const BLANK_LINE = /\n[ \t]*\n/u;

function keptLines(doc: ArticleDoc): Line[] {
  const out: Line[] = [];
  for (const [a, b] of doc.keep) {
    let s = a;
    while (s < b) {
      let e = doc.text.indexOf('\n', s);
      if (e < 0 || e > b) e = b;
      const raw = doc.text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) {
        const start = s + lead;
        const gap = doc.text.slice(out.at(-1)?.span[1] ?? doc.titleSpan?.[1] ?? 0, start);
        out.push({ span: [start, start + text.length], text, spaced: BLANK_LINE.test(gap) });
      }
      s = e + 1;
    }
  }
  return out;
}

/** Where a marked headline's own text starts, past its marker ("## ", "1. ", "**"), else null. */
function markedStart(line: Line): number | null {
  const marked = MARKED_HEAD.exec(line.text);
  if (marked) return line.span[0] + marked[0].length;
  return DATED_HEAD.test(line.text) ? line.span[0] : null;
}

/** A line that reads as a headline: no sentence end, short, no caption credit. */
function headlineLike(line: Line): boolean {
  return (
    !SENTENCE_END.test(line.text) &&
    !CAPTION.test(line.text) &&
    line.text.split(/\s+/u).length <= HEAD_WORDS
  );
}

/**
 * The items' headlines: a page that marks its items marks them all (a body line ending in
 * "(Ảnh: …)" is no headline there), and a page whose headline names its first story counts only
 * marked ones; a page ruled by "***" opens an item after each rule; else
 * every line that reads as a headline opens one (after a blank line, where blank lines part items).
 */
function headlines(lines: readonly Line[], markedOnly: boolean): { line: Line; start: number }[] {
  const body = (i: number) => lines[i + 1] !== undefined && !RULE.test(lines[i + 1]!.text);
  const heads = (pick: (l: Line, i: number) => number | null) =>
    lines.flatMap((line, i) => {
      if (RULE.test(line.text) || !body(i)) return [];
      const start = pick(line, i);
      return start === null ? [] : [{ line, start }];
    });
  const marked = heads((l) => markedStart(l));
  if (marked.length >= 2 || markedOnly) return marked;
  if (lines.some((l) => RULE.test(l.text)))
    return heads((l, i) => (i === 0 || RULE.test(lines[i - 1]!.text) ? l.span[0] : null));
  const all = heads((l) => (headlineLike(l) ? l.span[0] : null));
  // A page that sets its items apart by blank lines, each headline right over its body, does not
  // set apart a subheading inside an item's body: that one opens no item.
  const spaced = all.filter((h, k) => k === 0 || h.line.spaced);
  return spaced.length >= 2 && spaced.length < all.length ? spaced : all;
}

/** One story of a page: where its headline stands, and the whole item. */
export interface DigestItem {
  title: Span;
  span: Span;
}

/** The items of a page that gathers several stories, else null (the page tells one story). */
export function digestItems(doc: ArticleDoc): DigestItem[] | null {
  const title = doc.titleSpan ? doc.text.slice(doc.titleSpan[0], doc.titleSpan[1]).trim() : '';
  const many = gathersStories(title);
  if (!many && !labelsDigest(title)) return null;
  const lines = keptLines(doc).filter((l) => !doc.titleSpan || l.span[0] >= doc.titleSpan[1]);
  const heads = headlines(lines, !many);
  if (heads.length < 2) return null;
  const items: DigestItem[] = [];
  const pageEnd = doc.text.length;
  // The page's own headline and any opening before the first item: an item of its own.
  if (doc.titleSpan) items.push({ title: doc.titleSpan, span: [0, heads[0]!.line.span[0]] });
  heads.forEach((h, k) => {
    const end = heads[k + 1]?.line.span[0] ?? pageEnd;
    let titleEnd = h.line.span[1];
    // ("**Điện Biên thăm Luang Prabang**": the closing marker is no part of the headline.)
    if (h.line.text.startsWith('**')) titleEnd = h.line.span[1] - 2;
    items.push({ title: [h.start, titleEnd], span: [h.line.span[0], end] });
  });
  return items;
}

/**
 * The page as one item alone: its text from the item's headline to the item's end (offsets in it
 * start at `item.title[0]` of the page), the headline's closing marker blanked, and the headline
 * as the title. Cut, not blanked: a page of many items reads in time linear in its length.
 */
export function itemDoc(doc: ArticleDoc, item: DigestItem): ArticleDoc {
  const [t0, t1] = item.title;
  const b = item.span[1];
  const nl = doc.text.indexOf('\n', t1);
  const lineEnd = nl < 0 || nl > b ? b : nl;
  const text = doc.text.slice(t0, t1) + ' '.repeat(lineEnd - t1) + doc.text.slice(lineEnd, b);
  const keep: Span[] = [];
  for (const [s, e] of doc.keep) {
    const lo = Math.max(s, t0);
    const hi = Math.min(e, b);
    if (lo < hi) keep.push([lo - t0, hi - t0]);
  }
  return { ...doc, text, keep, titleSpan: [0, t1 - t0], title: doc.text.slice(t0, t1) };
}
