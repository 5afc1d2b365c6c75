// The JS API: mount(element, options) puts an atlas map into the element's shadow root and
// returns a controller. The map, its CSS and its listeners live and die with the controller.
import { DEFAULT_VIEW_STATE } from '../app/state/view-state.ts';
import { createEmbed, type EmbedInstance, type FilterChange } from './embed-instance.svelte.ts';
import { applyViewOptions, type ViewOptions } from './options.ts';
import { datasetUrl } from './embed-params.ts';
import { BASEMAP_DIR, DATA_DIR, EXPLORER_PAGE } from './deploy-paths.ts';
import { shadowSheet } from './shadow-css.ts';

export interface MountOptions extends ViewOptions {
  /** Dataset folder (places.geojson, links.geojson, articles.json); default: the atlas's own. */
  data?: string | null;
  /** Map height in CSS pixels; default: a 4:3 map as wide as the element. */
  height?: number | null;
  /** Accessible name of the map. */
  label?: string;
}

export type FilterOptions = Pick<ViewOptions, 'pair' | 'kind' | 'from' | 'to' | 'dated' | 'lang'>;

export interface AtlasController {
  setFilter(filter: FilterOptions): void;
  selectPlace(id: string | null): void;
  on(event: 'select', handler: (place: string | null) => void): () => void;
  on(event: 'filter', handler: (filter: FilterChange) => void): () => void;
  /** Resolves with the MapLibre map once it exists (null if destroyed first). */
  readonly instance: EmbedInstance;
  destroy(): void;
}

/** Folder of this module once built (dist/), where the atlas's own data and pages are. */
const HERE = new URL(/* @vite-ignore */ './', import.meta.url).href;

export function mount(element: HTMLElement, options: MountOptions = {}): AtlasController {
  if (!(element instanceof HTMLElement)) throw new TypeError('mount: expected an HTMLElement');
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const sheet = shadowSheet();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const box = document.createElement('div');
  box.className = 'fa-host';
  root.append(box);

  const page = document.baseURI;
  const dataOption = options.data ?? null;
  const keep = new URLSearchParams();
  const dataUrl = (value: string | null) => datasetUrl(value, page, new URL(DATA_DIR, HERE).href);
  if (dataOption) keep.set('data', dataUrl(dataOption));

  const instance = createEmbed(box, {
    view: applyViewOptions(DEFAULT_VIEW_STATE, options),
    dataUrl: dataUrl(dataOption),
    basemapBase: new URL(BASEMAP_DIR, HERE).href,
    explorerPage: new URL(EXPLORER_PAGE, HERE).href,
    keep,
    layout: 'natural',
    mapHeight: validHeight(options.height),
    label: options.label ?? '',
  });

  let destroyed = false;
  return {
    instance,
    setFilter(filter) {
      const { pair, kind, from, to, dated, lang } = filter;
      const picked = Object.fromEntries(
        Object.entries({ pair, kind, from, to, dated, lang }).filter(([, v]) => v !== undefined),
      );
      instance.update(applyViewOptions(instance.view, picked));
    },
    selectPlace(id) {
      instance.update({ place: id === null || id === '' ? null : String(id), link: null });
    },
    on(event: 'select' | 'filter', handler: (x: never) => void) {
      return instance.on(event, handler as never);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      instance.destroy();
      box.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

export function validHeight(h: unknown): number | null {
  const n = typeof h === 'string' ? Number(h) : h;
  return typeof n === 'number' && Number.isFinite(n) && n >= 120 && n <= 4000
    ? Math.round(n)
    : null;
}
