// Fetches the three dataset files from a base URL and validates them once. Every failure is
// reported with the file it concerns, for a message on the page (never a blank map).
import { validateDataset } from '../../core/dataset/validate.ts';
import { indexDataset, type AtlasData } from '../state/atlas-data.ts';

export const DATASET_FILES = {
  places: 'places.geojson',
  links: 'links.geojson',
  articles: 'articles.json',
} as const;

export type LoadResult =
  { ok: true; data: AtlasData; warnings: string[] } | { ok: false; errors: string[] };

type Key = keyof typeof DATASET_FILES;

/**
 * What went wrong with one file, in words a reader can act on. A static server without the file
 * often answers 200 with its index page (Vite's preview does), so HTML is reported as missing,
 * not as bad JSON; a fetch that fails outright from another origin is most likely CORS.
 */
async function fetchJson(
  url: string,
  fetcher: typeof fetch,
  pageOrigin: string | null,
): Promise<{ value: unknown } | { error: string }> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const origin = new URL(url).origin;
    if (pageOrigin && origin !== pageOrigin)
      return {
        error: `could not be fetched from ${origin} (${why}): probably CORS — that server must send Access-Control-Allow-Origin for this page`,
      };
    return { error: `could not be fetched (${why})` };
  }
  if (res.status === 404) return { error: 'file not found (HTTP 404)' };
  if (!res.ok) return { error: `HTTP ${res.status}` };
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/html') || /^\s*</.test(text))
    return { error: 'file not found (the server answered with an HTML page)' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** `base` is the folder URL, e.g. "https://host/app/data/" (a trailing slash is added if missing). */
export async function loadDataset(
  base: string,
  fetcher: typeof fetch = fetch,
  pageOrigin: string | null = globalThis.location?.origin ?? null,
): Promise<LoadResult> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const keys = Object.keys(DATASET_FILES) as Key[];
  const got = await Promise.all(
    keys.map((k) => fetchJson(new URL(DATASET_FILES[k], root).href, fetcher, pageOrigin)),
  );
  const errors: string[] = [];
  const files: Record<Key, unknown> = { places: null, links: null, articles: null };
  keys.forEach((k, i) => {
    const r = got[i]!;
    if ('error' in r) errors.push(`${DATASET_FILES[k]}: ${r.error}`);
    else files[k] = r.value;
  });
  if (errors.length > 0) return { ok: false, errors };
  const checked = validateDataset(files);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, data: indexDataset(checked.data), warnings: checked.warnings };
}
