// Fetches the three dataset files from a base URL and validates them once. Every failure is
// reported with the file it concerns, for a message on the page (never a blank map).
import { validateDataset } from '../../core/dataset/validate.ts';
import { indexDataset, type AtlasData } from '../state/atlas-data.ts';
import type { MapData } from './read-map-file.ts';
import { fetchJson, folder } from './fetch-json.ts';

export const DATASET_FILES = {
  places: 'places.geojson',
  links: 'links.geojson',
  articles: 'articles.json',
} as const;

export type LoadResult =
  { ok: true; data: AtlasData; warnings: string[] } | { ok: false; errors: string[] };

type Key = keyof typeof DATASET_FILES;

/**
 * `base` is the folder URL, e.g. "https://host/app/data/" (a trailing slash is added if missing).
 * `drawn`: what loadMapFile gave, reused when it matches the full files.
 */
export async function loadDataset(
  base: string,
  fetcher: typeof fetch = fetch,
  pageOrigin: string | null = globalThis.location?.origin ?? null,
  drawn: MapData | null = null,
): Promise<LoadResult> {
  const root = folder(base);
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
  return { ok: true, data: indexDataset(checked.data, {}, drawn), warnings: checked.warnings };
}
