// One raw input (a .txt, an HTML page, an ndjson record) → the ArticleDoc the extractor reads:
// text, kept ranges, title, date, URL and id. Pure, so the CLI and the browser share it.
import { plainBullets, plainDashes, plainSpaces, singleSpaced, toNfc } from '../normalize.ts';
import type { ArticleDoc, DroppedBlock } from '../types.ts';
import { cleanArticle } from './clean.ts';
import { htmlToArticle } from './html.ts';
import { articleIdOfSpans } from './id.ts';
import { dateFromText, dateFromUrl, httpUrl, isoDay, parseDate, urlFromText } from './metadata.ts';
import { textWithoutLinkNumbers, textWithoutMarkdown, textWithoutMarkup } from './text-markup.ts';
import { unwrapLines } from './unwrap.ts';

export interface RawArticle {
  /** Name the article goes by in the dataset (file basename, "name.ndjson:12" for a line). */
  file: string;
  kind: 'text' | 'html';
  /** Plain text (first non-empty line = title) or an HTML page. */
  content: string;
  /** Given by an ndjson record; otherwise read from the content. */
  title?: string | undefined;
  date?: string | null | undefined;
  url?: string | null | undefined;
}

export interface PreparedArticle {
  doc: ArticleDoc;
  dropped: DroppedBlock[];
  warnings: string[];
}

/** Longest article text handed to the extractor; real articles are a few dozen kB. */
export const MAX_TEXT_CHARS = 2_000_000;

export class EmptyArticleError extends Error {}

export function prepareArticle(raw: RawArticle): PreparedArticle {
  const warnings: string[] = [];
  let text = raw.content;
  let metaDate: string | null = null;
  let metaUrl: string | null = null;
  let site: string | null = null;
  let title = raw.title?.trim() ?? '';
  if (raw.kind === 'html') {
    const page = htmlToArticle(raw.content);
    title ||= page.title;
    text = plainBullets(page.text);
    metaDate = page.date;
    metaUrl = page.url;
    site = page.site;
  } else
    text = unwrapLines(
      textWithoutMarkdown(textWithoutLinkNumbers(textWithoutMarkup(plainBullets(text)))),
    );
  // Pages typed in decomposed Unicode ("Unicode tổ hợp": a letter, then its tone mark) read as
  // the same words as precomposed ones: every rule, name and offset works on the NFC text.
  // (Long dashes read as the en dash the rules know, one character for one.)
  text = singleSpaced(plainDashes(plainSpaces(toNfc(text))));
  title = plainDashes(plainSpaces(toNfc(title)));
  // The title heads the text so that its mentions have offsets like any other line.
  if (title && firstLine(text) !== title) text = `${title}\n\n${text}`;
  if (text.length > MAX_TEXT_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
    text = text.slice(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
    warnings.push(
      `text cut to its first ${text.length} characters (longer than ${MAX_TEXT_CHARS})`,
    );
  }
  if (text.trim() === '') throw new EmptyArticleError('no article text found');

  const cleaned = cleanArticle(text);
  site ??= cleaned.site ?? null;
  // The id hashes what the article says (title + kept lines), not the page around it.
  const ts = cleaned.titleSpan;
  const body = cleaned.keep.filter(([s, e]) => !ts || s !== ts[0] || e !== ts[1]);
  let url: string | null = null;
  if (raw.url) {
    url = httpUrl(raw.url);
    if (!url) warnings.push(`url ignored (not an http(s) address): ${raw.url.slice(0, 80)}`);
  }
  // (The address a source line gives, read once, and only when asked for.)
  let credited: string | null | undefined;
  const creditedUrl = () => (credited === undefined ? (credited = urlFromText(text)) : credited);
  url ??= metaUrl ?? creditedUrl();
  let date = givenDate(raw.date, warnings);
  // (The addresses' dates last, the page's own, then the one of the story it credits: a page's
  // stamp is the day it was published.)
  date ??= metaDate ?? dateFromText(text) ?? dateFromUrl(url) ?? dateFromUrl(creditedUrl());

  return {
    doc: {
      file: raw.file,
      id: articleIdOfSpans(cleaned.title, text, body),
      title: cleaned.title,
      date,
      url,
      text,
      keep: cleaned.keep,
      titleSpan: cleaned.titleSpan,
      ...(site ? { site: toNfc(site) } : {}),
    },
    dropped: cleaned.dropped,
    warnings,
  };
}

function firstLine(text: string): string {
  const m = /^\s*([^\r\n]*)/.exec(text);
  return m ? m[1]!.trim() : '';
}

/** A date given with the input: YYYY, YYYY-MM, YYYY-MM-DD or any stamp parseDate reads. */
function givenDate(value: string | null | undefined, warnings: string[]): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (m) {
    const ok = isoDay(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
    if (ok) return v;
  } else {
    const parsed = parseDate(v);
    if (parsed) return parsed;
  }
  warnings.push(`date ignored (not a date): ${v.slice(0, 40)}`);
  return null;
}
