// View state <-> query string. Shared by the explorer and the embed: a copied URL reopens the
// same view. Parameters that are not view state (data=, basemap=, the embed's own) are kept
// as they are. Defaults are left out so plain URLs stay short.
//
//   pair=KH-VN  kind=visit  from=2020[-04]  to=2024[-11]  dated=1  place=vn:kon-tum  link=<id>
//   q=<search>  lang=en  units=2025  map=<lon>,<lat>,<zoom>
import type { LonLat } from '../../core/types.ts';
import {
  DEFAULT_VIEW_STATE,
  KIND_FILTERS,
  LANGS,
  PAIR_FILTERS,
  UNITS_VIEWS,
  type MapView,
  type ViewState,
} from './view-state.ts';

const KEYS = [
  'pair',
  'kind',
  'from',
  'to',
  'dated',
  'place',
  'link',
  'q',
  'lang',
  'units',
  'map',
] as const;

/** Decimals kept in the URL: 4 for degrees (about 10 m), 2 for zoom. */
const COORD_DIGITS = 4;
const ZOOM_DIGITS = 2;

/** Rounded; -0 becomes 0 so the text form and the number agree. */
const round = (x: number, digits: number) => Number(x.toFixed(digits)) || 0;

/** The state as it survives a trip through the URL (camera rounded). */
export function canonicalViewState(s: ViewState): ViewState {
  return { ...s, view: s.view ? canonicalView(s.view) : null };
}

function canonicalView(v: MapView): MapView {
  return {
    center: [round(v.center[0], COORD_DIGITS), round(v.center[1], COORD_DIGITS)],
    zoom: round(v.zoom, ZOOM_DIGITS),
  };
}

/**
 * Query string (without "?") for the state; `keep` holds the current parameters, whose
 * non-state entries are carried over.
 */
export function encodeViewState(s: ViewState, keep: string | URLSearchParams = ''): string {
  const params = new URLSearchParams(keep);
  for (const k of KEYS) params.delete(k);
  const d = DEFAULT_VIEW_STATE;
  if (s.pair !== d.pair) params.set('pair', s.pair);
  if (s.kind !== d.kind) params.set('kind', s.kind);
  if (s.from !== null) params.set('from', bound(s.from, s.fromMonth));
  if (s.to !== null) params.set('to', bound(s.to, s.toMonth));
  if (s.onlyDated) params.set('dated', '1');
  if (s.place !== null) params.set('place', s.place);
  if (s.link !== null) params.set('link', s.link);
  if (s.q !== '') params.set('q', s.q);
  if (s.lang !== d.lang) params.set('lang', s.lang);
  if (s.units !== d.units) params.set('units', s.units);
  if (s.view) {
    const v = canonicalView(s.view);
    params.set('map', `${v.center[0]},${v.center[1]},${v.zoom}`);
  }
  return params.toString();
}

/** Reads the state from a query string; anything missing or malformed takes its default. */
export function decodeViewState(query: string | URLSearchParams): ViewState {
  const p = new URLSearchParams(query);
  const d = DEFAULT_VIEW_STATE;
  let from = yearMonth(p.get('from'));
  let to = yearMonth(p.get('to'));
  // An inverted range cannot be chosen in the UI; a hand-edited URL gets its bounds swapped.
  if (from && to && from[0] * 12 + (from[1] ?? 1) > to[0] * 12 + (to[1] ?? 12))
    [from, to] = [to, from];
  return {
    pair: oneOf(p.get('pair'), PAIR_FILTERS, d.pair),
    kind: oneOf(p.get('kind'), KIND_FILTERS, d.kind),
    from: from ? from[0] : null,
    to: to ? to[0] : null,
    fromMonth: from ? from[1] : null,
    toMonth: to ? to[1] : null,
    onlyDated: p.get('dated') === '1',
    place: nonEmpty(p.get('place')),
    link: nonEmpty(p.get('link')),
    q: p.get('q') ?? '',
    lang: oneOf(p.get('lang'), LANGS, d.lang),
    units: oneOf(p.get('units'), UNITS_VIEWS, d.units),
    view: mapView(p.get('map')),
  };
}

function oneOf<T extends string>(v: string | null, values: readonly T[], fallback: T): T {
  return values.includes(v as T) ? (v as T) : fallback;
}

/** "2022" → [2022, null], "2022-04" → [2022, 4]; anything else null. */
function yearMonth(v: string | null): [number, number | null] | null {
  const m = v === null ? null : /^(\d{4})(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  if (month !== null && (month < 1 || month > 12)) return null;
  return [Number(m[1]), month];
}

function bound(year: number, month: number | null | undefined): string {
  return month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
}

function nonEmpty(v: string | null): string | null {
  return v === null || v === '' ? null : v;
}

function mapView(v: string | null): MapView | null {
  if (!v) return null;
  const parts = v.split(',').map(Number);
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 24) return null;
  const center: LonLat = [lon, lat];
  return canonicalView({ center, zoom });
}

/** Whether going from one state to the other deserves a history entry (not a map move). */
export function isDiscreteChange(a: ViewState, b: ViewState): boolean {
  return (
    KEYS.some((k) => k !== 'map' && a[stateKey(k)] !== b[stateKey(k)]) ||
    (a.fromMonth ?? null) !== (b.fromMonth ?? null) ||
    (a.toMonth ?? null) !== (b.toMonth ?? null)
  );
}

function stateKey(k: Exclude<(typeof KEYS)[number], 'map'>): keyof ViewState {
  return k === 'dated' ? 'onlyDated' : k;
}
