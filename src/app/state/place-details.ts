// What the side panel says about one place: its partners, visits out and in, its articles.
import type { ArticleRecord, LinkKind } from '../../core/types.ts';
import type { AtlasData } from './atlas-data.ts';

export interface PlaceLinkRow {
  linkId: string;
  kind: LinkKind;
  /** The place at the other end. */
  other: string;
  /** Dates stated by the articles, ascending. */
  dates: string[];
}

export interface PlaceDetails {
  partners: PlaceLinkRow[];
  visitsOut: PlaceLinkRow[];
  visitsIn: PlaceLinkRow[];
  articles: ArticleRecord[];
}

/** Rows are sorted by first date (undated last), then by the other place's id. */
export function placeDetails(data: AtlasData, placeId: string): PlaceDetails {
  const partners: PlaceLinkRow[] = [];
  const visitsOut: PlaceLinkRow[] = [];
  const visitsIn: PlaceLinkRow[] = [];
  for (const f of data.dataset.links.features) {
    const p = f.properties;
    const isFrom = p.from.id === placeId;
    const isTo = p.to.id === placeId;
    if (!isFrom && !isTo) continue;
    const row = (other: string): PlaceLinkRow => ({
      linkId: p.id,
      kind: p.kind,
      other,
      dates: [...p.dates],
    });
    if (p.kind === 'sister') partners.push(row(isFrom ? p.to.id : p.from.id));
    else {
      if (isFrom) visitsOut.push(row(p.to.id));
      if (isTo) visitsIn.push(row(p.from.id));
    }
  }
  const place = data.place.get(placeId);
  const articles = (place?.properties.articles ?? [])
    .map((id) => data.article.get(id))
    .filter((a): a is ArticleRecord => a !== undefined);
  return {
    partners: partners.sort(byDate),
    visitsOut: visitsOut.sort(byDate),
    visitsIn: visitsIn.sort(byDate),
    articles,
  };
}

function byDate(a: PlaceLinkRow, b: PlaceLinkRow): number {
  const da = a.dates[0] ?? '9999';
  const db = b.dates[0] ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return a.other < b.other ? -1 : a.other > b.other ? 1 : 0;
}
