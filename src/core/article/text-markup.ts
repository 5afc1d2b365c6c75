// Plain-text articles copied from a CMS sometimes keep its markup on a line ("<p><strong>S&aacute;ng
// 10.8, Đo&agrave;n …"): such lines are read as HTML, so their entities become letters and their
// tags go. Other lines are left as written ("Tỉnh A & tỉnh B", "<<Xem thêm>>").
import { markupText } from './html.ts';

// A tag with attributes or a closing tag, or a named or numeric character reference.
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});/giu;
const MIN_MARKS = 2;

export function textWithoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .split('\n')
    .map((line) => ((line.match(MARKUP)?.length ?? 0) >= MIN_MARKS ? markupText(line) : line))
    .join('\n');
}

// Scrapers that write markdown keep a page's inline links ("tỉnh [Nghệ An](https://…/tag/nghe-an)")
// and bold ("**Savannakhet**") inside sentences; the rules read "tỉnh Nghệ An," as the page showed
// it. Image markup ("![](…)", "[![](…)](…)") is the cleaner's to read, and so is a line that is
// nothing but links (a list of other articles).
const INLINE_LINK = /(?<!!)\[([^[\]\n]*[^[\]\s][^[\]\n]*)\]\((?:https?:\/\/|www\.|\/)[^\s()]*\)/gu;
const BOLD = /\*\*(?=[^\s*])([^*\n]*[^\s*])\*\*|__(?=[^\s_])([^_\n]*[^\s_])__/gu;
// "[Tỉnh A tiếp đoàn tỉnh B](/a.html) · [Tỉnh C …](/b.html)", "* [Trang chủ](/)", "[![logo](…)](/)":
// a line that is nothing but links, a menu or a box of other articles.
const LINKS_ONLY =
  /^[\s|*•+>#-]*(?:\d{1,2}[.)])?\s*(?:(?:\[!\[[^\]]*\]\([^)]*\)\]|!?\[[^\]]*\])\([^)]*\)[\s|*•·,/›»>-]*)+$/u;

/** Whether a line of a page copied as markdown is nothing but links (the cleaner drops it). */
export const isLinksOnlyLine = (line: string): boolean =>
  line.includes('](') && LINKS_ONLY.test(line);
// "## Tin liên quan", "# ‹headline›": a converter's heading marks, which no reader sees; the box
// headings and the headline are known by their words.
const HEADING_MARKS = /^([ \t]{0,3})#{1,6}[ \t]+(?=\S)(.*?)(?:[ \t]+#+)?[ \t]*$/u;
// "\>> Tin liên quan", "1\. ", "\*": a converter's escapes of punctuation it feared it would read
// as markup; a backslash before punctuation is no word of the news.
const ESCAPED = /\\([!-/:-@[-`{-~])/gu;
const BOLD_HEADING = /^\s*(?:\*\*[^*\n]*[^*\n.!?…]\*\*|__[^_\n]*[^_\n.!?…]__)\s*$/u;

// A text browser's dump ("lynx -dump"): each link's number glued before its words ("[12]Nghệ
// An"), and the numbered addresses listed under "References" at the end; neither is the page's
// text. (Numbers in brackets with a space after them, "[1] ", are footnotes and stay.)
const LINK_NUMBER = /\[\d{1,4}\](?=[^\s\d\]])/gu;
const MIN_LINK_NUMBERS = 3;
const REFERENCES =
  /\n[ \t]*(?:References|Visible links|Hidden links:?)[ \t]*\n(?:[ \t]*\n)*[ \t]*\d{1,4}\. (?:https?|file|ftp|mailto):/u;

/** The text without a text browser's link numbers and its list of addresses. */
export function textWithoutLinkNumbers(text: string): string {
  if (!text.includes('[')) return text;
  const refs = REFERENCES.exec(text);
  const body = refs ? text.slice(0, refs.index + 1) : text;
  const numbers = body.match(LINK_NUMBER)?.length ?? 0;
  return numbers >= MIN_LINK_NUMBERS ? body.replace(LINK_NUMBER, '') : body;
}

export function textWithoutMarkdown(text: string): string {
  if (
    !text.includes('](') &&
    !text.includes('**') &&
    !text.includes('__') &&
    !text.includes('# ') &&
    !text.includes('\\')
  )
    return text;
  return text
    .split('\n')
    .map((raw) => {
      const heading = HEADING_MARKS.test(raw);
      const line = (heading ? raw.replace(HEADING_MARKS, '$1$2') : raw).replace(ESCAPED, '$1');
      // ("## [‹headline›](…)": a heading that links to its story, an item of a page of several,
      // read as its words.)
      const linked = !heading && isLinksOnlyLine(line) ? line : line.replace(INLINE_LINK, '$1');
      // (A line set bold whole with no sentence's end is a heading, an item's headline on a page of
      // several stories: its marks tell where the item starts. A form's blanks "__/__/____" hold
      // no word.)
      if (BOLD_HEADING.test(linked)) return linked;
      return linked.replace(BOLD, (m, a?: string, b?: string) => {
        const words = a ?? b ?? '';
        return /[\p{L}\d]/u.test(words) ? words : m;
      });
    })
    .join('\n');
}
