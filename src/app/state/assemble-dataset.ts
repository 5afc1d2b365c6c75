// Re-assembles dataset files after places or links were merged (a local collection beside the
// loaded dataset, former units folded into their 2025 successors): article refs deduplicated and
// sorted as the dataset builder sorts them, dates, link counts, arc offsets and geometry
// recomputed. Pure; the inputs are not changed.
import { arcCoordinates, arcOffsets } from '../../core/arc.ts';
import type {
  ArticleRecord,
  CountryPair,
  LinkArticleRef,
  LinkEnd,
  LinkKind,
  PlaceProperties,
  PointFeature,
} from '../../core/types.ts';
import type { Dataset } from './atlas-data.ts';

export interface LinkParts {
  id: string;
  kind: LinkKind;
  from: LinkEnd;
  to: LinkEnd;
  refs: LinkArticleRef[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function assembleDataset(
  places: readonly PointFeature<PlaceProperties>[],
  links: readonly LinkParts[],
  articles: readonly ArticleRecord[],
): Dataset {
  const byId = new Map(places.map((f) => [f.properties.id, f]));
  const kept = links
    .filter((l) => l.refs.length > 0 && byId.has(l.from.id) && byId.has(l.to.id))
    .sort((a, b) => cmp(a.id, b.id));
  const offsets = arcOffsets(kept);
  const linkCount = new Map<string, number>();
  for (const l of kept)
    for (const end of [l.from.id, l.to.id]) linkCount.set(end, (linkCount.get(end) ?? 0) + 1);

  const linkFeatures = kept.map((l) => {
    const a = byId.get(l.from.id)!;
    const b = byId.get(l.to.id)!;
    const refs = uniqueRefs(l.refs);
    const dates = [...new Set(refs.flatMap((r) => (r.date ? [r.date] : [])))].sort(cmp);
    const offset = offsets.get(l.id) ?? 0;
    return {
      type: 'Feature' as const,
      id: l.id,
      geometry: {
        type: 'LineString' as const,
        coordinates: arcCoordinates(a.geometry.coordinates, b.geometry.coordinates, offset),
      },
      properties: {
        id: l.id,
        kind: l.kind,
        from: { ...l.from },
        to: { ...l.to },
        pair: [a.properties.country, b.properties.country].sort(cmp).join('-') as CountryPair,
        dates,
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
        articles: refs,
        offset,
      },
    };
  });

  const placeFeatures = [...byId.values()]
    .map((f) => ({
      ...f,
      properties: { ...f.properties, linkCount: linkCount.get(f.properties.id) ?? 0 },
    }))
    .filter((f) => f.properties.articles.length > 0 || f.properties.linkCount > 0)
    .sort((a, b) => cmp(a.properties.id, b.properties.id));

  return {
    places: { type: 'FeatureCollection', features: placeFeatures },
    links: { type: 'FeatureCollection', features: linkFeatures },
    articles: { version: 1, articles: [...articles].sort((a, b) => cmp(a.id, b.id)) },
  };
}

function uniqueRefs(refs: readonly LinkArticleRef[]): LinkArticleRef[] {
  const out = new Map<string, LinkArticleRef>();
  for (const r of refs) out.set(JSON.stringify([r.article, r.date, r.evidence]), r);
  return [...out.values()].sort(
    (a, b) =>
      cmp(a.article, b.article) || cmp(a.date ?? '', b.date ?? '') || cmp(a.evidence, b.evidence),
  );
}
