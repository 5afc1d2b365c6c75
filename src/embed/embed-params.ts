// URL parameters that only the embed page reads (the map state itself is the explorer's URL state,
// decoded by src/app/state/url-state.ts). Pure: takes URLSearchParams, returns checked values.

export interface EmbedParams {
  /** Echoed in every resize message so a page with several embeds can tell them apart. */
  embedId: string;
  /** Origins whose postMessage commands the embed obeys; empty = ignore every message. */
  allowOrigins: string[];
}

// Ids end up in messages and in the host's DOM lookups: keep them short and plain.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function readEmbedParams(params: URLSearchParams): EmbedParams {
  const rawId = params.get('embedId') ?? '';
  const allowOrigins = params
    .getAll('allowOrigin')
    .flatMap((v) => v.split(/[\s,]+/))
    .map(toOrigin)
    .filter((o): o is string => o !== null);
  return { embedId: ID_PATTERN.test(rawId) ? rawId : '', allowOrigins: [...new Set(allowOrigins)] };
}

/** "https://example.org" for a bare http(s) origin, null for anything else (paths, "*", "null"). */
export function toOrigin(value: string): string | null {
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(value)) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export function isAllowedOrigin(origin: string, allowOrigins: readonly string[]): boolean {
  return origin !== 'null' && allowOrigins.includes(origin);
}

/**
 * The parameters with a country pair written in either order ("VN-LA" → "LA-VN"), the order
 * the explorer's state uses; embedders write the pair the way they say it.
 */
export function normalizePair(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const pair = out.get('pair');
  if (pair && /^[A-Za-z]{2}-[A-Za-z]{2}$/.test(pair)) {
    out.set('pair', pair.toUpperCase().split('-').sort().join('-'));
  }
  return out;
}

/** The dataset folder to load: `data` resolved against the page, http(s) only, else the default. */
export function datasetUrl(value: string | null, page: string, fallback: string): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, page);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : fallback;
  } catch {
    return fallback;
  }
}
