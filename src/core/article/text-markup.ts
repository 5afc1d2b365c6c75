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
