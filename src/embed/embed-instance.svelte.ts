// One live embed: the view state, the dataset load, the mounted EmbedView and the listeners
// that follow it. embed.html, the <friendship-atlas> element and mount() all go through here,
// so the three behave alike and destroy() has one place to undo everything.
import { mount, unmount } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';
import EmbedView from './EmbedView.svelte';
import type { LoadStatus } from './embed-status.ts';
import { encodeViewState } from '../app/state/url-state.ts';
import type { LinkFilter, ViewState } from '../app/state/view-state.ts';
import { loadDataset } from '../app/data/load-dataset.ts';

export interface EmbedInstanceOptions {
  view: ViewState;
  /** Absolute URL of the dataset folder. */
  dataUrl: string;
  /** Absolute URL of the basemap folder (countries.geojson, labels.geojson). */
  basemapBase: string;
  /** Online MapLibre style (the explorer's basemap= parameter); null = offline basemap. */
  styleUrl?: string | null;
  /** Absolute URL of the explorer page (the "Open in Friendship Atlas" target). */
  explorerPage: string;
  /** Non-view parameters the explorer link carries (data=). */
  keep: URLSearchParams;
  layout: 'fill' | 'natural';
  mapHeight?: number | null;
  label?: string;
}

export type FilterChange = LinkFilter & { lang: ViewState['lang'] };

export interface EmbedEvents {
  select: (place: string | null) => void;
  filter: (filter: FilterChange) => void;
  ready: (map: MaplibreMap) => void;
}

export interface EmbedInstance {
  readonly view: ViewState;
  readonly map: MaplibreMap | null;
  update(next: Partial<ViewState>): void;
  setOptions(next: Partial<Pick<EmbedInstanceOptions, 'dataUrl' | 'mapHeight' | 'label'>>): void;
  on<K extends keyof EmbedEvents>(event: K, handler: EmbedEvents[K]): () => void;
  destroy(): void;
}

const FILTER_KEYS = [
  'pair',
  'kind',
  'from',
  'to',
  'fromMonth',
  'toMonth',
  'onlyDated',
  'lang',
] as const;

export function createEmbed(
  target: Element | ShadowRoot,
  options: EmbedInstanceOptions,
): EmbedInstance {
  const handlers: { [K in keyof EmbedEvents]: Set<EmbedEvents[K]> } = {
    select: new Set(),
    filter: new Set(),
    ready: new Set(),
  };
  let map: MaplibreMap | null = null;
  let destroyed = false;
  let loads = 0;
  let dataUrl = options.dataUrl;

  const props = $state({
    view: { ...options.view },
    status: { state: 'loading' } as LoadStatus,
    basemapBase: options.basemapBase,
    styleUrl: options.styleUrl ?? null,
    explorerUrl: explorerUrl(options.view),
    layout: options.layout,
    mapHeight: options.mapHeight ?? null,
    label: options.label ?? '',
    onselectplace: (id: string | null) => {
      if (id === props.view.place) return;
      update({ place: id, link: null });
      for (const h of handlers.select) h(id);
    },
    onselectlink: (id: string | null) => update({ link: id }),
    onmapready: (m: MaplibreMap) => {
      map = m;
      for (const h of handlers.ready) h(m);
    },
  });

  function explorerUrl(view: ViewState): string {
    const q = encodeViewState(view, options.keep);
    return q ? `${options.explorerPage}?${q}` : options.explorerPage;
  }

  function update(next: Partial<ViewState>): void {
    if (destroyed) return;
    const before = props.view;
    const after = { ...before, ...next };
    const filterChanged = FILTER_KEYS.some((k) => before[k] !== after[k]);
    props.view = after;
    props.explorerUrl = explorerUrl(after);
    if (filterChanged) {
      const f: FilterChange = {
        pair: after.pair,
        kind: after.kind,
        from: after.from,
        to: after.to,
        fromMonth: after.fromMonth ?? null,
        toMonth: after.toMonth ?? null,
        onlyDated: after.onlyDated,
        lang: after.lang,
      };
      for (const h of handlers.filter) h(f);
    }
  }

  async function load(url: string): Promise<void> {
    const token = ++loads;
    props.status = { state: 'loading' };
    const result = await loadDataset(url);
    // A newer load (another data URL) or destroy() made this one moot.
    if (token !== loads || destroyed) return;
    props.status = result.ok
      ? { state: 'ready', data: result.data }
      : { state: 'error', errors: result.errors };
  }

  const component = mount(EmbedView, { target, props });
  void load(dataUrl);

  return {
    get view() {
      return props.view;
    },
    get map() {
      return map;
    },
    update,
    setOptions(next) {
      if (destroyed) return;
      if (next.mapHeight !== undefined) props.mapHeight = next.mapHeight;
      if (next.label !== undefined) props.label = next.label;
      if (next.dataUrl !== undefined && next.dataUrl !== dataUrl) {
        dataUrl = next.dataUrl;
        void load(dataUrl);
      }
    },
    on(event, handler) {
      const set = handlers[event] as Set<typeof handler>;
      set.add(handler);
      return () => set.delete(handler);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Unmounting runs AtlasMap's cleanup: map.remove() releases the WebGL context.
      void unmount(component);
      map = null;
      for (const set of Object.values(handlers)) set.clear();
    },
  };
}
