// Which part of a news page is the article. Vietnamese outlets rarely mark it (<article>,
// itemprop=articleBody): most wrap it in a <div class="detail-content">-like box beside boxes of
// related headlines, sidebars and menus that are divs too. So the body is found by its shape, as
// reading-mode tools do: the container that holds the most paragraph text that is not link text,
// helped by what its class says; inside it, link lists and boxes named like furniture are left out.
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { trimmedLength } from '../normalize.ts';

type Node = T.Node;
type Element = T.Element;

// Class/id words of page furniture ("box-tinlienquan", "sidebar", "social-share" …).
const FURNITURE =
  /related|relate|(?<![a-z])rel(?![a-z])|lien-?quan|lienquan|tinkhac|tin-?khac|other|xem-?them|xemthem|doc-?them|docthem|doc-?nhieu|docnhieu|most|popular|sidebar|side-bar|aside|comment|binh-?luan|share|social|tags?\b|tag-|keyword|tu-?khoa|footer|banner|advert|\bads?\b|quang-?cao|breadcrumb|menu|nav|widget|newsletter|author-box|print|toolbar|cung-?chuyen-?muc|chuyen-?muc|box-news|list-news|news-list|(?<![a-z])hot|trending|video-list/i;
// Class/id words of the article itself.
const CONTENT =
  /article|content|detail|chi-?tiet|noi-?dung|body|post|entry|story|main|news-?text|maincontent|fck|cms-body/i;
// The lead paragraph that many outlets keep outside the body box ("hometext" on NukeViet portals).
// ("box-des-detail", "des": a description box named by its first letters.)
const LEAD =
  /sapo|lead|summary|description|chapeau|chapo|tom-?tat|tomtat|intro|excerpt|hometext|home-text|(?:^|[-_\s])desc?(?:[-_\s]|$)/i;

export function attr(e: Element, name: string): string | null {
  return e.attrs.find((a) => a.name === name)?.value ?? null;
}

export function children(n: Node): Node[] {
  if (n.nodeName === 'template') return (n as T.Template).content.childNodes;
  return 'childNodes' in n ? n.childNodes : [];
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button']);

function hints(e: Element): string {
  return `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`;
}

/** A box the page names as furniture (never the <body> or <article> themselves). */
export function isFurniture(e: Element): boolean {
  if (e.tagName === 'body' || e.tagName === 'article' || e.tagName === 'main') return false;
  const h = hints(e);
  return h.trim() !== '' && FURNITURE.test(h) && !/\b(?:detail|content)-?(?:body|text)\b/i.test(h);
}

interface Stats {
  text: number;
  link: number;
}

/** Text and link-text lengths of every element, in one post-order pass. */
export function textStats(root: Node): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  // The work stack as two parallel arrays (a node, and whether its children are done): no
  // object per node for the stack itself.
  const nodes: Node[] = [root];
  const done: boolean[] = [false];
  while (nodes.length > 0) {
    const n = nodes.pop()!;
    const isDone = done.pop()!;
    if (!('tagName' in n)) {
      for (const c of children(n)) {
        nodes.push(c);
        done.push(false);
      }
      continue;
    }
    if (!isDone) {
      nodes.push(n);
      done.push(true);
      if (NO_TEXT.has(n.tagName)) continue;
      for (const c of children(n))
        if ('tagName' in c) {
          nodes.push(c);
          done.push(false);
        }
      continue;
    }
    const s: Stats = { text: 0, link: 0 };
    if (!NO_TEXT.has(n.tagName)) {
      for (const c of children(n)) {
        if (c.nodeName === '#text') {
          const len = trimmedLength((c as T.TextNode).value);
          s.text += len;
          if (n.tagName === 'a') s.link += len;
        } else if ('tagName' in c) {
          const cs = stats.get(c);
          if (cs) {
            s.text += cs.text;
            s.link += n.tagName === 'a' ? cs.text : cs.link;
          }
        }
      }
    }
    stats.set(n, s);
  }
  return stats;
}

/** Share of an element's text that is link text. */
export function linkDensity(stats: Map<Element, Stats>, e: Element): number {
  const s = stats.get(e);
  return s && s.text > 0 ? s.link / s.text : 0;
}

// Page regions no article lives in, whatever their class says.
const FURNITURE_TAGS = new Set(['footer', 'nav', 'aside', 'header']);

function underNoText(e: Element): boolean {
  for (let p = e.parentNode as Node | null; p && 'tagName' in p; p = p.parentNode as Node | null)
    if (NO_TEXT.has(p.tagName) || FURNITURE_TAGS.has(p.tagName)) return true;
  return false;
}

// (A sapo set beside the body, in a box that holds the body too, is in the page's column, not in
// furniture: VnExpress sets the title, the sapo and the body in "<div class="sidebar-1">", its
// wide column. A summary inside one story of a tag stream is not beside the body.)
function underFurniture(e: Element, body?: Element): boolean {
  const column = body && e.parentNode && contains(e.parentNode, body) ? e.parentNode : null;
  for (let p = e.parentNode as Node | null; p && 'tagName' in p; p = p.parentNode as Node | null)
    if ((isFurniture(p) && !(column && contains(p, column))) || NO_TEXT.has(p.tagName)) return true;
  return false;
}

/** Text elements that read like paragraphs: their own text, not a list of links. */
function paragraphScore(stats: Map<Element, Stats>, e: Element): number {
  const s = stats.get(e);
  return s ? textScore(s.text, s.link) : 0;
}

/** A paragraph's score from its text and link-text lengths. */
function textScore(text: number, link: number): number {
  if (text < 25) return 0;
  const own = text - link;
  if (own < 25 || link / text > 0.5) return 0;
  return 1 + Math.min(own / 100, 3);
}

// Elements that stand on lines of their own (a <br> ends a line too).
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'pre',
  'hr',
  'address',
  'caption',
  'details',
  'summary',
  'body',
]);

/**
 * A <br> page's box: each line of its own text scored as the paragraph it stands for, so that a
 * body written as lines weighs what the same body in <p>s would (scored as one paragraph, it lost
 * to a sidebar of a few teasers).
 */
function ownLinesScore(stats: Map<Element, Stats>, e: Element): number {
  let total = 0;
  let text = 0;
  let link = 0;
  for (const c of children(e)) {
    if (c.nodeName === '#text') {
      text += trimmedLength((c as T.TextNode).value);
      continue;
    }
    if (!('tagName' in c) || NO_TEXT.has(c.tagName)) continue;
    if (c.tagName === 'br' || BLOCK_TAGS.has(c.tagName)) {
      total += textScore(text, link);
      text = link = 0;
      continue;
    }
    const cs = stats.get(c);
    if (cs) {
      text += cs.text;
      link += c.tagName === 'a' ? cs.text : cs.link;
    }
  }
  return total + textScore(text, link);
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'figcaption']);

/**
 * The element holding the article: [itemprop=articleBody] when it has text, else the container
 * whose paragraphs score highest once link text and furniture names are taken into account.
 */
export function findMainContent(all: Element[], stats: Map<Element, Stats>): Element | undefined {
  const marked = all.find((e) => (attr(e, 'itemprop') ?? '').split(/\s+/).includes('articleBody'));
  if (marked && (stats.get(marked)?.text ?? 0) > 0) return marked;

  // A page whose every paragraph sits in a box named like furniture (a tag page's story stream,
  // "tag-stream") is read as if no box were named.
  // (Nor one whose boxes outside furniture hold only a blurb: a blog's posts sit in a "widget
  // Blog" box, its header's one-line description outside it.)
  const paragraphs = scoredParagraphs(all, stats);
  const outside = bestContainer(paragraphs, stats, true);
  const anywhere = bestContainer(paragraphs, stats, false);
  if (outside && anywhere && outside.score * FURNITURE_MARGIN >= anywhere.score) return outside.box;
  return anywhere?.box ?? fallbackBox(all, stats);
}

// How much more text a box under furniture must hold to win over the best box outside it.
const FURNITURE_MARGIN = 4;

interface ScoredParagraph {
  e: Element;
  score: number;
  /** A box of lines (a <br> page's), which holds its own paragraphs. */
  lines: boolean;
}

// Boxes whose own text may be the body's lines, set apart by <br>: a CMS's div, an <article>
// with no <p>, an old portal's table cell or <font> (not a <span>: a teaser's title is one).
const LINE_BOXES = new Set(['div', 'article', 'section', 'main', 'td', 'font']);

/**
 * The paragraph-like elements that count towards a box, with their scores, in page order: read
 * once for both of findMainContent's searches (none of it depends on skipping furniture).
 */
function scoredParagraphs(all: Element[], stats: Map<Element, Stats>): ScoredParagraph[] {
  const out: ScoredParagraph[] = [];
  for (const e of all) {
    // Paragraph-like: <p> and the like, or a box whose own text lines are the body (<br> pages).
    // (A box the page names as furniture, a footer cell with the outlet's address, is read whole.)
    const lines = LINE_BOXES.has(e.tagName) && hasOwnTextLine(e) && !isFurniture(e);
    if (!lines && !PARAGRAPH_TAGS.has(e.tagName)) continue;
    if (underNoText(e)) continue;
    const score = lines ? ownLinesScore(stats, e) : paragraphScore(stats, e);
    if (score !== 0) out.push({ e, score, lines });
  }
  return out;
}

/** A text node of at least a line's length among the element's own children. */
function hasOwnTextLine(e: Element): boolean {
  return children(e).some(
    (c) => c.nodeName === '#text' && trimmedLength((c as T.TextNode).value) >= 60,
  );
}

function bestContainer(
  paragraphs: ScoredParagraph[],
  stats: Map<Element, Stats>,
  skipFurniture: boolean,
): { box: Element; score: number } | undefined {
  const scores = new Map<Element, number>();
  const add = (e: Node | null, v: number) => {
    if (e && 'tagName' in e) scores.set(e, (scores.get(e) ?? 0) + v);
  };
  for (const { e, score: v, lines } of paragraphs) {
    if (skipFurniture && underFurniture(e)) continue;
    if (lines) add(e, v);
    const parent = e.parentNode as Node | null;
    add(parent, v);
    add(parent && 'tagName' in parent ? (parent.parentNode as Node | null) : null, v / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [e, raw] of scores) {
    if ((skipFurniture && isFurniture(e)) || FURNITURE_TAGS.has(e.tagName)) continue;
    const h = hints(e);
    const bonus = CONTENT.test(h) ? 1.25 : 1;
    const v = raw * bonus * (1 - linkDensity(stats, e));
    if (v > bestScore) {
      best = e;
      bestScore = v;
    }
  }
  return best && { box: best, score: bestScore };
}

function fallbackBox(all: Element[], stats: Map<Element, Stats>): Element | undefined {
  const articles = all.filter((e) => e.tagName === 'article');
  if (articles.length > 0)
    return articles.reduce((a, b) =>
      (stats.get(b)?.text ?? 0) > (stats.get(a)?.text ?? 0) ? b : a,
    );
  return all.find((e) => e.tagName === 'main') ?? all.find((e) => e.tagName === 'body');
}

const LEAD_TAGS = new Set(['p', 'div', 'h2', 'section']);

/** The page's lead paragraph when it stands outside the chosen body box. */
export function leadOutside(all: Element[], root: Element): Element | undefined {
  // (The tag first: every element is asked, and reading its class is the costly part.)
  return all.find(
    (e) =>
      LEAD_TAGS.has(e.tagName) &&
      LEAD.test(hints(e)) &&
      !isFurniture(e) &&
      !contains(root, e) &&
      // ("<h2 class="lead"><b>…</b></p>": a sapo left open holds the body box; its words come first.)
      (!contains(e, root) || e.tagName === 'h2' || e.tagName === 'p') &&
      !underFurniture(e, root),
  );
}

export function contains(a: Node, b: Node): boolean {
  for (let p: Node | null = b; p; p = (p as { parentNode?: Node | null }).parentNode ?? null)
    if (p === a) return true;
  return false;
}

/**
 * Inside the body box, a box to leave out: named as furniture, or a list or box whose text is
 * mostly links (a "Tin liên quan" list set in the middle of the article).
 */
export function isInnerFurniture(stats: Map<Element, Stats>, e: Element): boolean {
  if (isFurniture(e)) return true;
  if (!['ul', 'ol', 'div', 'section', 'table', 'aside'].includes(e.tagName)) return false;
  const s = stats.get(e);
  return s !== undefined && s.text > 0 && s.link / s.text > 0.6 && !introducedList(e);
}

// "Cổng thông tin … tổng hợp như sau.", "… gồm các hoạt động sau:": a sentence of the body that
// announces the list after it. ("Tin liên quan:" is a heading, not a sentence.)
const INTRO = /(?:như sau|sau đây|dưới đây|sau)\s*[.:]?\s*$|:\s*$/iu;
const INTRO_WORDS = 8;

/** A list of links a digest's own sentence introduces: the digest itself, not related links. */
function introducedList(e: Element): boolean {
  if (e.tagName !== 'ul' && e.tagName !== 'ol') return false;
  const siblings = e.parentNode ? children(e.parentNode) : [];
  let prev: Node | undefined;
  for (let i = siblings.indexOf(e) - 1; i >= 0; i--)
    if ('tagName' in siblings[i]!) {
      prev = siblings[i];
      break;
    }
  if (!prev || !('tagName' in prev) || prev.tagName !== 'p') return false;
  const t = plainText(prev).trim();
  return INTRO.test(t) && t.split(/\s+/).length >= INTRO_WORDS;
}

function plainText(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  return children(n).map(plainText).join('');
}
