// The public API's loose options → the explorer's strict view state. Everything goes through the
// explorer's URL decoding, so a JS caller, an element attribute and an embed URL accept exactly
// the same values and fall back the same way (e.g. pair "VN-LA" → "LA-VN", kind "x" → all).
import { decodeViewState, encodeViewState } from '../app/state/url-state.ts';
import type { ViewState } from '../app/state/view-state.ts';
import { normalizePair } from './embed-params.ts';

/** View options as a caller writes them (also the element's attribute names). */
export interface ViewOptions {
  pair?: string;
  kind?: string;
  from?: number | string | null;
  to?: number | string | null;
  dated?: boolean | string;
  place?: string | null;
  link?: string | null;
  lang?: string;
  /** "lon,lat,zoom" or {center: [lon, lat], zoom}. */
  map?: string | { center: [number, number]; zoom: number } | null;
}

export const VIEW_OPTION_KEYS = [
  'pair',
  'kind',
  'from',
  'to',
  'dated',
  'place',
  'link',
  'lang',
  'map',
] as const;

/** `base` state with the given options applied; options set to null/'' clear their value. */
export function applyViewOptions(base: ViewState, options: ViewOptions): ViewState {
  const params = new URLSearchParams(encodeViewState(base));
  for (const key of VIEW_OPTION_KEYS) {
    if (!(key in options)) continue;
    const raw = options[key];
    const value = toParam(key, raw);
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return decodeViewState(normalizePair(params));
}

function toParam(
  key: (typeof VIEW_OPTION_KEYS)[number],
  raw: ViewOptions[typeof key],
): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (key === 'dated')
    return raw === true || raw === '1' || raw === 'true' || raw === '' ? '1' : null;
  if (key === 'map' && typeof raw === 'object')
    return `${raw.center[0]},${raw.center[1]},${raw.zoom}`;
  return String(raw);
}
