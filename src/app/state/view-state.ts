// Everything a reader can change about the view. The URL is the source of truth for it
// (url-state.ts); the explorer and the embed both read and write this one shape.
import type { LinkKind, LonLat } from '../../core/types.ts';

/** The country pairs a reader can pick; codes sorted as in LinkProperties.pair. */
export type PairFilter = 'all' | 'LA-VN' | 'KH-VN' | 'KH-LA';
export const PAIR_FILTERS: readonly PairFilter[] = ['all', 'LA-VN', 'KH-VN', 'KH-LA'];

export type KindFilter = 'all' | LinkKind;
export const KIND_FILTERS: readonly KindFilter[] = ['all', 'sister', 'visit'];

/** Vietnam's units: the 63 before 1 July 2025, or the 34 from then (former ones folded in). */
export type UnitsView = 'former' | '2025';
export const UNITS_VIEWS: readonly UnitsView[] = ['former', '2025'];

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface MapView {
  /** [lon, lat] */
  center: LonLat;
  zoom: number;
}

export interface LinkFilter {
  pair: PairFilter;
  kind: KindFilter;
  /** First and last year shown (inclusive), or null for no bound. */
  from: number | null;
  to: number | null;
  /**
   * Month (1–12) within `from` / `to` where the range starts / ends; null (or absent) for the
   * whole year. Optional so year-only filters (the embed API's) stay valid.
   */
  fromMonth?: number | null;
  toMonth?: number | null;
  /** Undated links are shown unless this is set. */
  onlyDated: boolean;
}

export interface ViewState extends LinkFilter {
  /** Id of the selected place (side panel), or null. */
  place: string | null;
  /** Id of the link whose articles are shown in the popup, or null. */
  link: string | null;
  /** Text of the place search. */
  q: string;
  lang: Lang;
  units: UnitsView;
  /** Map camera; null until the reader moves the map (the app then fits the data). */
  view: MapView | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  pair: 'all',
  kind: 'all',
  from: null,
  to: null,
  fromMonth: null,
  toMonth: null,
  onlyDated: false,
  place: null,
  link: null,
  q: '',
  lang: 'vi',
  units: 'former',
  view: null,
};

/** True when no link filter is set (all links are shown). */
export function isDefaultFilter(f: LinkFilter): boolean {
  return f.pair === 'all' && f.kind === 'all' && f.from === null && f.to === null && !f.onlyDated;
}
