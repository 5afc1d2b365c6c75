// The validated dataset with the look-ups the explorer needs, built once after loading.
import type {
  ArticleRecord,
  ArticlesFile,
  LineFeature,
  LinkProperties,
  LinksFile,
  PlaceProperties,
  PlacesFile,
  PointFeature,
} from '../../core/types.ts';
import { linkYears, toMapLinks, toMapPlaces } from './map-data.ts';
import { sameMap, type MapData } from '../data/read-map-file.ts';
import type { FormerUnits } from './units-2025.ts';

export interface Dataset {
  places: PlacesFile;
  links: LinksFile;
  articles: ArticlesFile;
}

export interface AtlasData extends MapData {
  dataset: Dataset;
  place: ReadonlyMap<string, PointFeature<PlaceProperties>>;
  link: ReadonlyMap<string, LineFeature<LinkProperties>>;
  article: ReadonlyMap<string, ArticleRecord>;
  /** Ids of the articles from the reader's local collection (the workbench). */
  local: ReadonlySet<string>;
  /** In the 2025 view: what each successor unit and link was folded from. */
  former: FormerUnits | null;
}

export interface DatasetLayers {
  local?: ReadonlySet<string>;
  former?: FormerUnits | null;
}

/**
 * `drawn`: the map already drawn from map.json; kept when it is the same map, so the map's
 * sources are not rebuilt when the full files arrive.
 */
export function indexDataset(
  dataset: Dataset,
  layers: DatasetLayers = {},
  drawn: MapData | null = null,
): AtlasData {
  const map: MapData =
    drawn && sameMap(drawn, dataset)
      ? drawn
      : (() => {
          const mapLinks = toMapLinks(dataset.links);
          return { mapLinks, mapPlaces: toMapPlaces(dataset.places), years: linkYears(mapLinks) };
        })();
  return {
    dataset,
    mapLinks: map.mapLinks,
    mapPlaces: map.mapPlaces,
    place: new Map(dataset.places.features.map((f) => [f.properties.id, f])),
    link: new Map(dataset.links.features.map((f) => [f.properties.id, f])),
    article: new Map(dataset.articles.articles.map((a) => [a.id, a])),
    years: map.years,
    local: layers.local ?? new Set(),
    former: layers.former ?? null,
  };
}
