// Entry of embed.html: the map configured by the URL (the explorer's URL state plus embedId,
// allowOrigin, data), reporting its height to the parent page and obeying commands only from
// the origins the URL allows.
import { decodeViewState } from '../app/state/url-state.ts';
import { createEmbed } from './embed-instance.svelte.ts';
import { pageConfig } from '../app/state/page-config.ts';
import { isAllowedOrigin, normalizePair, readEmbedParams } from './embed-params.ts';
import { EXPLORER_PAGE } from './deploy-paths.ts';
import { parseCommand, resizeMessage, SELECT_PLACE, SELECTED } from './messages.ts';

const page = document.baseURI;
const config = pageConfig(window.location.search, page, undefined);
const params = normalizePair(new URLSearchParams(window.location.search));
const { embedId, allowOrigins } = readEmbedParams(params);
const view = decodeViewState(params);
// The explorer link carries the dataset and basemap the embed shows, nothing embed-only.
const keep = new URLSearchParams();
for (const key of ['data', 'basemap']) {
  const value = params.get(key);
  if (value) keep.set(key, value);
}

const target = document.getElementById('atlas');
if (!target) throw new Error('embed.html: #atlas is missing');

const embed = createEmbed(target, {
  view,
  dataUrl: config.dataBase,
  basemapBase: config.basemapBase,
  styleUrl: config.styleUrl,
  explorerPage: new URL(EXPLORER_PAGE, page).href,
  keep,
  layout: 'fill',
});

// ---- Height for the host page ----
// The map fills whatever height the iframe has; what we report is the height the embed would
// like: its chrome plus a 4:3 map. It depends on the width only, so reporting it cannot feed
// back into itself.
const inFrame = window.parent !== window;
let lastHeight = -1;

function desiredHeight(): number {
  const box = target!.querySelector('.fa-embed');
  const map = target!.querySelector('.fa-map');
  if (!box || !map) return target!.scrollHeight;
  const chrome = box.getBoundingClientRect().height - map.getBoundingClientRect().height;
  const width = box.getBoundingClientRect().width;
  return chrome + Math.min(Math.max(width * 0.75, 240), 900);
}

function postHeight(): void {
  if (!inFrame) return;
  const msg = resizeMessage(embedId, desiredHeight());
  if (msg.height === lastHeight) return;
  lastHeight = msg.height;
  // The height is not a secret and the host's origin is unknown: any parent may read it.
  window.parent.postMessage(msg, '*');
}

const resizeObserver = new ResizeObserver(postHeight);
resizeObserver.observe(document.documentElement);
const summary = target.querySelector('.fa-summary');
if (summary) resizeObserver.observe(summary);
postHeight();

// ---- Commands from the host ----
window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || !isAllowedOrigin(event.origin, allowOrigins)) return;
  const command = parseCommand(event.data);
  if (!command) return;
  if (command.type === SELECT_PLACE) {
    embed.update({ place: command.place, link: null });
  } else {
    const merged = new URLSearchParams(command.filter);
    const next = decodeViewState(normalizePair(merged));
    const patch: Record<string, unknown> = {};
    for (const key of ['pair', 'kind', 'from', 'to', 'dated', 'lang'] as const) {
      if (!merged.has(key)) continue;
      const field = key === 'dated' ? 'onlyDated' : key;
      patch[field] = next[field];
    }
    embed.update(patch);
  }
});

// Selections go back only to origins the embedder trusted with commands.
embed.on('select', (place) => {
  if (!inFrame) return;
  for (const origin of allowOrigins) {
    window.parent.postMessage({ type: SELECTED, id: embedId, place }, origin);
  }
});

// For the browser tests (same-origin access only): the live map, like the explorer's __atlas.
declare global {
  interface Window {
    __atlasEmbed?: { map: import('maplibre-gl').Map };
  }
}
embed.on('ready', (map) => {
  window.__atlasEmbed = { map };
});
