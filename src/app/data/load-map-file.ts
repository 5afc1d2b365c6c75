// map.json, fetched before the full dataset files and apart from them: the explorer loads
// load-dataset.ts (validation, indexing) only after the first arcs are drawn.
import { MAP_FILE } from '../../core/dataset/map-file.ts';
import { fetchJson, folder } from './fetch-json.ts';
import { readMapFile, type MapData } from './read-map-file.ts';

/**
 * map.json of the folder, for the first arcs before the full files are in; null when the folder
 * has none (datasets written before it) or it cannot be read: the full files then draw the map,
 * and say what is wrong with the dataset if anything is.
 */
export async function loadMapFile(
  base: string,
  fetcher: typeof fetch = fetch,
  pageOrigin: string | null = globalThis.location?.origin ?? null,
): Promise<MapData | null> {
  const got = await fetchJson(new URL(MAP_FILE, folder(base)).href, fetcher, pageOrigin);
  if ('error' in got) return null;
  const map = readMapFile(got.value);
  if (typeof map === 'string') {
    console.warn(`${MAP_FILE}: ${map}; the map waits for the full dataset files`);
    return null;
  }
  return map;
}
