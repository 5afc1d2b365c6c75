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
import { toMapLinks, toMapPlaces, type MapLinks, type MapPlaces } from './map-data.ts';
import type { FormerUnits } from './units-2025.ts';

export interface Dataset {
  places: PlacesFile;
  links: LinksFile;
  articles: ArticlesFile;
}

export interface AtlasData {
  dataset: Dataset;
  mapLinks: MapLinks;
  mapPlaces: MapPlaces;
  place: ReadonlyMap<string, PointFeature<PlaceProperties>>;
  link: ReadonlyMap<string, LineFeature<LinkProperties>>;
  article: ReadonlyMap<string, ArticleRecord>;
  /** Years stated by any link, ascending (the time filter's choices). */
  years: number[];
  /** Ids of the articles from the reader's local collection (the workbench). */
  local: ReadonlySet<string>;
  /** In the 2025 view: what each successor unit and link was folded from. */
  former: FormerUnits | null;
}

export interface DatasetLayers {
  local?: ReadonlySet<string>;
  former?: FormerUnits | null;
}

export function indexDataset(dataset: Dataset, layers: DatasetLayers = {}): AtlasData {
  const mapLinks = toMapLinks(dataset.links);
  const years = new Set<number>();
  for (const f of mapLinks.features) {
    const { y0, y1 } = f.properties;
    if (y0 >= 0) for (let y = y0; y <= y1; y++) years.add(y);
  }
  return {
    dataset,
    mapLinks,
    mapPlaces: toMapPlaces(dataset.places),
    place: new Map(dataset.places.features.map((f) => [f.properties.id, f])),
    link: new Map(dataset.links.features.map((f) => [f.properties.id, f])),
    article: new Map(dataset.articles.articles.map((a) => [a.id, a])),
    years: [...years].sort((a, b) => a - b),
    local: layers.local ?? new Set(),
    former: layers.former ?? null,
  };
}
