// Code an embedder pastes into their page: a link to the explorer, an iframe of embed.html, or the
// <friendship-atlas> web component. Pure string building; every value that lands inside an HTML
// attribute goes through escapeAttr, every URL through URLSearchParams.
import { encodeViewState } from '../app/state/url-state.ts';
import type { ViewState } from '../app/state/view-state.ts';

export interface SnippetInput {
  /** Absolute URL of the deployed atlas folder (holds index.html, embed.html …), e.g. "https://x.org/atlas/". */
  base: string;
  /** The explorer's state as URL parameters (url-state encode), in a stable order. */
  state: URLSearchParams;
  /** Distinguishes this embed's resize messages from other embeds on the same page. */
  embedId: string;
  /** Fixed height in CSS pixels (the host script replaces it with the content height). */
  height: number;
  /** Accessible name of the iframe / element. */
  title: string;
}

// Explorer URL parameter → web-component attribute, where they differ; the dataset folder is
// `src` on the element like on <img> and <iframe>.
const ATTRIBUTE_OF: Record<string, string> = { data: 'src' };
// A parameter name that is also a harmless attribute name (no quotes, spaces, "on…" handlers).
const SAFE_NAME = /^(?!on)[A-Za-z][A-Za-z0-9-]*$/;

export function escapeAttr(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The base URL with exactly one trailing slash; throws on anything but http(s). */
export function normalizeBase(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`expected an http(s) base URL, got "${base}"`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}

function withQuery(url: string, params: URLSearchParams): string {
  const q = params.toString();
  return q ? `${url}?${q}` : url;
}

/** Link to the full explorer showing the same view. */
export function linkSnippet(input: SnippetInput): string {
  return withQuery(normalizeBase(input.base), input.state);
}

/** URL of embed.html showing the same view. */
export function embedUrl(input: SnippetInput): string {
  const params = new URLSearchParams(input.state);
  if (input.embedId) params.set('embedId', input.embedId);
  return withQuery(`${normalizeBase(input.base)}embed.html`, params);
}

/**
 * An iframe at a fixed height plus the optional host script that makes it follow its content.
 * No style attribute: a host page with a strict CSP (no 'unsafe-inline') would drop it.
 */
export function iframeSnippet(input: SnippetInput): string {
  const base = normalizeBase(input.base);
  const height = String(Math.round(input.height));
  return [
    `<iframe src="${escapeAttr(embedUrl(input))}" title="${escapeAttr(input.title)}"` +
      ` width="100%" height="${height}" frameborder="0" loading="lazy" allow="fullscreen"` +
      ` data-friendship-atlas></iframe>`,
    `<script src="${escapeAttr(`${base}embed-host.js`)}" defer></script>`,
  ].join('\n');
}

/**
 * One module script tag and the element, its attributes mirroring the explorer's URL
 * parameters. No height: the element keeps a 4:3 map as wide as the page gives it (its
 * `height` attribute is the map's, not the whole box's like the iframe's). `label`, not
 * `title`, which would put a tooltip over the whole map.
 */
export function componentSnippet(input: SnippetInput): string {
  const base = normalizeBase(input.base);
  const attrs = [...input.state.entries()]
    .filter(([k]) => SAFE_NAME.test(k))
    .map(([k, v]) => ` ${ATTRIBUTE_OF[k] ?? k}="${escapeAttr(v)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeAttr(`${base}friendship-atlas.js`)}"></script>`,
    `<friendship-atlas${attrs} label="${escapeAttr(input.title)}"></friendship-atlas>`,
  ].join('\n');
}

// Not part of what an embed shows (the search box) or set per snippet (the embed's own).
const NOT_SHARED = ['q', 'embedId', 'allowOrigin'];

/**
 * The explorer's current view as the parameters every snippet carries. data= is kept, made
 * absolute against the explorer page: in an embedder's page a relative folder would point at
 * their site.
 */
export function shareState(state: ViewState, currentQuery: string, page: string): URLSearchParams {
  const params = new URLSearchParams(encodeViewState(state, currentQuery));
  for (const k of NOT_SHARED) params.delete(k);
  const data = params.get('data');
  if (data) {
    try {
      params.set('data', new URL(data, page).href);
    } catch {
      params.delete('data');
    }
  }
  return params;
}
