// map.json: what the map needs to draw and filter its first view, beside the three dataset
// files (issue 10). links.geojson carries each link's dense arc and every article's evidence;
// the map only needs the two ends, the arc offset, the dates and the article count, so it can
// draw its arcs long before the full files are fetched and parsed. Rows are tuples, not
// objects, and a link's ends are indices into `places`: at 10,000 links this file is a few
// percent of links.geojson. The CLI writes it next to the others; readers must still work
// without it (older dataset folders), from the full files.
import type { CountryCode, LinkKind, LinksFile, PlacesFile } from '../types.ts';
import { linkId } from './link-id.ts';

export const MAP_FILE = 'map.json';
export const MAP_FILE_VERSION = 1;

/** [id, name, nameEn, country, lon, lat, articles, links, former (1) or current (0)] */
export type MapFilePlace = [
  string,
  string,
  string,
  CountryCode,
  number,
  number,
  number,
  number,
  0 | 1,
];

/**
 * [id, kind (0 sister, 1 visit), from (index in places), to, arc offset, first date, last date,
 * articles]. The id is 0 when it is the one linkId(kind, from, to) gives, as the CLI's always is.
 */
export type MapFileLink = [
  string | 0,
  0 | 1,
  number,
  number,
  number,
  string | null,
  string | null,
  number,
];

export interface MapFile {
  version: typeof MAP_FILE_VERSION;
  places: MapFilePlace[];
  links: MapFileLink[];
}

export const KIND_CODES: readonly LinkKind[] = ['sister', 'visit'];

/** The map file of a dataset, in the order of its places and links (feature ids follow it). */
export function mapFile(dataset: { places: PlacesFile; links: LinksFile }): MapFile {
  const index = new Map(dataset.places.features.map((f, i) => [f.properties.id, i]));
  const places = dataset.places.features.map((f): MapFilePlace => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    return [
      p.id,
      p.name,
      p.nameEn,
      p.country,
      lon,
      lat,
      p.articles.length,
      p.linkCount,
      p.validTo ? 1 : 0,
    ];
  });
  const links = dataset.links.features.map((f): MapFileLink => {
    const p = f.properties;
    const from = index.get(p.from.id);
    const to = index.get(p.to.id);
    if (from === undefined || to === undefined)
      throw new Error(`map file: link ${p.id} has an end that is not a place`);
    return [
      p.id === linkId(p.kind, p.from.id, p.to.id) ? 0 : p.id,
      p.kind === 'sister' ? 0 : 1,
      from,
      to,
      p.offset,
      p.firstDate,
      p.lastDate,
      p.articles.length,
    ];
  });
  return { version: MAP_FILE_VERSION, places, links };
}

/** One row per line: compact, yet a changed link is a one-line diff in the committed dataset. */
export function mapFileText(file: MapFile): string {
  const rows = (xs: readonly unknown[]) => xs.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
  return `{\n"version": ${file.version},\n"places": [\n${rows(file.places)}\n],\n"links": [\n${rows(file.links)}\n]\n}\n`;
}
