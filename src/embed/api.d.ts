// Public types of friendship-atlas.js (shipped as dist/friendship-atlas.d.ts). Hand-written so
// that embedders see only the API, not the app's internals; keep in step with mount.ts.

/** Country pair, codes in either order ("VN-LA" and "LA-VN" mean the same). */
export type AtlasPair = 'all' | 'LA-VN' | 'VN-LA' | 'KH-VN' | 'VN-KH' | 'KH-LA' | 'LA-KH';
export type AtlasKind = 'all' | 'sister' | 'visit';
export type AtlasLang = 'vi' | 'en';

export interface AtlasFilterOptions {
  pair?: AtlasPair;
  kind?: AtlasKind;
  /** First / last year shown (inclusive); null = no bound. */
  from?: number | null;
  to?: number | null;
  /** Hide links whose articles state no date. */
  dated?: boolean;
  lang?: AtlasLang;
}

export interface AtlasMountOptions extends AtlasFilterOptions {
  /** Selected place id, e.g. "vn:kon-tum", "la:attapeu". */
  place?: string | null;
  /** Link whose articles are shown in a popup. */
  link?: string | null;
  /** Camera: "lon,lat,zoom" or {center: [lon, lat], zoom}; default: fit the three countries. */
  map?: string | { center: [number, number]; zoom: number } | null;
  /** Folder URL of a dataset (places.geojson, links.geojson, articles.json); relative to the page. */
  data?: string | null;
  /** Map height in CSS pixels (120–4000); default: 4:3 of the element's width. */
  height?: number | null;
  /** Accessible name of the map. */
  label?: string;
}

/** The filter as the map applies it, after defaults (sent with 'filter'). */
export interface AtlasFilter {
  pair: 'all' | 'LA-VN' | 'KH-VN' | 'KH-LA';
  kind: AtlasKind;
  from: number | null;
  to: number | null;
  onlyDated: boolean;
  lang: AtlasLang;
}

export interface AtlasController {
  /** Changes only the fields given. */
  setFilter(filter: AtlasFilterOptions): void;
  /** Selects a place by id (null clears). */
  selectPlace(id: string | null): void;
  /** The reader selected a place on the map (not fired for selectPlace). Returns unsubscribe. */
  on(event: 'select', handler: (place: string | null) => void): () => void;
  /** The filter changed (setFilter, or attribute changes on the element). Returns unsubscribe. */
  on(event: 'filter', handler: (filter: AtlasFilter) => void): () => void;
  /** Removes the map (releasing its WebGL context), its styles and its listeners. */
  destroy(): void;
}

/** Puts a map into `element`'s shadow root. */
export function mount(element: HTMLElement, options?: AtlasMountOptions): AtlasController;

/** <friendship-atlas> (defined when the module loads). Events: 'atlas-select' {place}, 'atlas-filter' AtlasFilter. */
export declare class FriendshipAtlasElement extends HTMLElement {
  readonly controller: AtlasController | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'friendship-atlas': FriendshipAtlasElement;
  }
}
