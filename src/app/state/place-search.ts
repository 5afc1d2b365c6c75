// Place search that ignores case, diacritics, spaces and hyphens, over Vietnamese and English
// names: "xieng khouang" finds Xiêng Khoảng (nameEn Xiengkhouang), "kontum" finds Kon Tum.
import { nameKey } from '../../core/normalize.ts';
import type { MapPlaceProps } from './map-data.ts';

/** Places whose name or English name contains the query; all of them for an empty query. */
export function searchPlaces<P extends Pick<MapPlaceProps, 'name' | 'nameEn'>>(
  places: readonly P[],
  query: string,
): P[] {
  const q = nameKey(query);
  if (q === '') return [...places];
  return places.filter((p) => nameKey(p.name).includes(q) || nameKey(p.nameEn).includes(q));
}
