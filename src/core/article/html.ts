// HTML page → title, plain text, date and URL, with a real HTML parser (parse5) so broken markup,
// scripts and entities are handled as a browser would. Only text is taken out of the page; no
// markup from it is ever kept.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { cleanSpaces } from '../normalize.ts';
import {
  BLOCK_TAGS,
  attr,
  children,
  contains,
  findMainContent,
  isInnerFurniture,
  leadOutside,
  textStats,
} from './main-content.ts';
import { httpUrl, parseDate } from './metadata.ts';
import { TITLE_SEPARATOR, siteTail } from './site-name.ts';

export interface HtmlArticle {
  title: string;
  /** The main content as lines (blocks and captions on their own lines). */
  text: string;
  date: string | null;
  url: string | null;
  /** The outlet's name ("Báo Nghệ An", "Gia Lai TV"), from og:site_name or the <title>'s tail. */
  site: string | null;
}

type Node = T.Node;
type Element = T.Element;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'template',
  'iframe',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
  'object',
  'video',
  'audio',
]);

const CELL = new Set(['td', 'th']);

// A photo's caption as pages mark it: <figcaption>, or a cell or paragraph classed so
// ("<td class="caption">" in an image table).
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|chu-?thich|chuthich)(?:$|[\s_-])/i;
const CAPTION_TAGS = new Set(['td', 'p', 'div', 'span']);

function isCaption(e: Element): boolean {
  return (
    e.tagName === 'figcaption' ||
    (CAPTION_TAGS.has(e.tagName) && CAPTION_CLASS.test(attr(e, 'class') ?? ''))
  );
}

export function htmlToArticle(html: string): HtmlArticle {
  const doc = parse(html);
  const all = elements(doc);
  const page = pageParts(all);
  // (Asked of the <meta> elements only, in page order: each of the eight questions below went
  // through every element of the page.)
  const { metas } = page;
  const meta = (key: string) =>
    metas
      .find(
        (e) =>
          e.tagName === 'meta' &&
          [attr(e, 'property'), attr(e, 'name'), attr(e, 'itemprop')].includes(key),
      )
      ?.attrs.find((a) => a.name === 'content')?.value ?? null;

  const stats = textStats(doc);
  const root = findMainContent(all, stats);
  const h1 = headline(all, page.h1s, root);
  const titleEl = page.title;
  const titleText = titleEl ? cleanSpaces(textOf(titleEl)) : '';
  const title =
    (h1 ? cleanSpaces(textOf(h1)) : '') ||
    withoutSiteName(cleanSpaces(meta('og:title') ?? ''), meta('og:site_name')) ||
    withoutSiteName(titleText, meta('og:site_name'));

  const timeEl = page.time;
  const dateValues = [
    meta('article:published_time'),
    meta('datePublished'),
    meta('pubdate'),
    jsonLdField(page.ldScripts, 'datePublished'),
    timeEl ? attr(timeEl, 'datetime') : null,
  ];
  const date =
    dateValues.map((v) => (v ? parseDate(v) : null)).find((d) => d !== null) ??
    visibleDate(all, root);

  const canonical = page.canonical;
  const url = httpUrl(canonical ? attr(canonical, 'href') : null) ?? httpUrl(meta('og:url'));

  let text = root ? renderText(root, (e) => e !== h1 && isInnerFurniture(stats, e)) : '';
  const lead = root ? leadOutside(all, root) : undefined;
  // The lead photo between the sapo (or, with none, the headline) and the body box: its caption
  // is the article's too (in a <figure>, or in an image table's cell classed "caption").
  const opening = lead ?? h1;
  if (opening && root) {
    const captions = all
      .slice(all.indexOf(opening) + 1, all.indexOf(root))
      .filter((e) => isCaption(e) && !contains(opening, e))
      .map((e) => renderText(e, () => false));
    // (A sapo left open runs on over the body box: only its words before the box are its own.)
    const after = all.indexOf(root);
    const own =
      lead && contains(lead, root)
        ? (e: Element) => all.indexOf(e) >= after || contains(e, root)
        : () => false;
    text = [...(lead ? [renderText(lead, own)] : []), ...captions, text].join('\n');
  }
  // A page the browser fills in with script (its body box empty) still carries the article in its
  // JSON-LD: its text, when the page shows less than half of it.
  const ldBody = jsonLdField(page.ldScripts, 'articleBody');
  if (ldBody) {
    const ldText = /<[a-z]/i.test(ldBody) ? markupText(ldBody) : ldBody;
    if (cleanSpaces(ldText).length > 2 * cleanSpaces(text).length) text = ldText.trim();
  }
  const site =
    cleanSpaces(meta('og:site_name') ?? meta('application-name') ?? '') ||
    (siteTail(titleText)?.site ?? '');
  return { title, text, date, url, site: site || null };
}

/**
 * The elements htmlToArticle asks for by tag, gathered in one pass over the page in page order
 * (each was a pass of its own over every element): each `find` is the first match, each list
 * keeps page order.
 */
interface PageParts {
  metas: Element[];
  title: Element | undefined;
  /** The first <time> with a datetime. */
  time: Element | undefined;
  /** The first <link rel="canonical">. */
  canonical: Element | undefined;
  /** Every <h1>, empty ones too (headline drops them). */
  h1s: Element[];
  /** The <script type="application/ld+json"> elements, each read once (see jsonLdField). */
  ldScripts: LdScript[];
}

interface LdScript {
  element: Element;
  /** The parsed JSON, or NOT_PARSED until asked; undefined when it does not parse. */
  data: unknown;
}

const NOT_PARSED = Symbol('not parsed');

function pageParts(all: Element[]): PageParts {
  const parts: PageParts = {
    metas: [],
    title: undefined,
    time: undefined,
    canonical: undefined,
    h1s: [],
    ldScripts: [],
  };
  for (const e of all) {
    switch (e.tagName) {
      case 'meta':
        parts.metas.push(e);
        break;
      case 'title':
        parts.title ??= e;
        break;
      case 'time':
        if (!parts.time && attr(e, 'datetime')) parts.time = e;
        break;
      case 'link':
        if (
          !parts.canonical &&
          (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')
        )
          parts.canonical = e;
        break;
      case 'h1':
        parts.h1s.push(e);
        break;
      case 'script':
        if ((attr(e, 'type') ?? '').toLowerCase() === 'application/ld+json')
          parts.ldScripts.push({ element: e, data: NOT_PARSED });
        break;
    }
  }
  return parts;
}

/** The article's own <h1>: the one inside or just before the body box, else the page's first. */
function headline(
  all: Element[],
  allH1s: Element[],
  root: Element | undefined,
): Element | undefined {
  const h1s = allH1s.filter((e) => textOf(e).trim() !== '');
  if (!root || h1s.length <= 1) return h1s[0];
  const at = all.indexOf(root);
  const before = h1s.filter((e) => all.indexOf(e) <= at + 1 || root.childNodes.includes(e));
  return before[before.length - 1] ?? h1s[0];
}

/** "Tiêu đề | Báo X" / "Tiêu đề - Báo X": the site's name is not part of the headline. */
function withoutSiteName(title: string, site: string | null): string {
  const cut = siteTail(title, site === null ? null : cleanSpaces(site));
  // (The parts before keep one separator between them, as the page's headline has always read.)
  return cut ? title.slice(0, cut.headline).split(TITLE_SEPARATOR).join(' - ') : title;
}

// "Ngày đăng: 01/03/2024", "Cập nhật lúc …": the post's own stamp, not a clock in the header.
const POSTED = /(?:^|[^\p{L}])(?:ngày đăng|đăng ngày|đăng lúc|cập nhật|xuất bản)(?![\p{L}])/iu;

/**
 * A date printed on the page near the headline ("Thứ Hai, 15/03/2024 08:30") when no meta says it:
 * the first one labelled as the post's, else the first.
 */
function visibleDate(all: Element[], root: Element | undefined): string | null {
  const rootAt = root ? all.indexOf(root) : all.length;
  let first: string | null = null;
  for (const [i, e] of all.entries()) {
    // (An element with no attribute has no class or id to read: " " matches no word below.)
    if (e.attrs.length === 0) continue;
    const h = `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`;
    if (!/date|time|ngay|publish|post-?meta|meta|datetime/i.test(h)) continue;
    // Sidebars list dates of other articles: only a stamp before or inside the body counts.
    if (root && i > rootAt && !contains(root, e)) continue;
    const t = cleanSpaces(textOf(e));
    // "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27": a clock in the header, not the post's date
    // (unless labelled so: "Cập nhật ngày: 28/09/2022 12:47:36").
    if (t.length > 80 || (/\d:\d{2}:\d{2}/.test(t) && !POSTED.test(t))) continue;
    const d = parseDate(t);
    if (d && POSTED.test(t)) return d;
    first ??= d;
  }
  return first;
}

/** Every element in document order (iterative: deep pages must not overflow the stack). */
function elements(doc: Node): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('tagName' in n) out.push(n);
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function textOf(n: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [n];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (c.nodeName === '#text') parts.push((c as T.TextNode).value);
    else if (!('tagName' in c) || !SKIP.has(c.tagName)) {
      const kids = children(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('');
}

/** A string field of the page's JSON-LD (datePublished, articleBody), or null. */
function jsonLdField(scripts: LdScript[], key: string): string | null {
  for (const script of scripts) {
    // (Parsed on the first question and kept for the next: JSON.parse gives the same value of
    // the same text, and findKey only reads it.)
    if (script.data === NOT_PARSED) {
      try {
        script.data = JSON.parse(
          script.element.childNodes
            .map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : ''))
            .join(''),
        );
      } catch {
        script.data = undefined;
      }
    }
    if (script.data === undefined) continue;
    const found = findKey(script.data, key, 0);
    if (found) return found;
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findKey(v, key, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec[key] === 'string') return rec[key] as string;
  for (const v of Object.values(rec)) {
    const f = findKey(v, key, depth + 1);
    if (f) return f;
  }
  return null;
}

/** Text with block elements on their own lines and inline white space folded. */
function renderText(root: Element, skip: (e: Element) => boolean): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = cleanSpaces(current);
    if (t !== '') lines.push(t);
    current = '';
  };
  // Work items: a node to visit, or a marker that closes a block element.
  const stack: (Node | 'end-block' | 'end-cell')[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    // (A table's cells are lines of their own: "Phó Thủ tướng Lê Thành Long" and "An Giang", side
    // by side, are no name "Long An Giang".)
    if (item === 'end-cell') {
      flush();
      continue;
    }
    if (item.nodeName === '#text') {
      current += (item as T.TextNode).value;
      continue;
    }
    if (!('tagName' in item)) continue;
    const tag = item.tagName;
    if (SKIP.has(tag) || (item !== root && skip(item))) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') {
      // Alt text is not the article; captions come from figcaption.
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push('end-block');
    } else if (CELL.has(tag)) {
      stack.push('end-cell');
    }
    const kids = children(item);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return lines.join('\n');
}

/** Markup pasted into a plain-text article (a CMS dump): its text, blocks on their own lines. */
export function markupText(html: string): string {
  const body = elements(parse(html)).find((e) => e.tagName === 'body');
  return body ? renderText(body, () => false) : '';
}
