// Re-assembles dataset files after places or links were merged (a local collection beside the
// loaded dataset, former units folded into their 2025 successors): link counts and arc offsets
// recomputed, and each link feature made by the dataset builder's own linkFeature (article refs
// deduplicated and sorted, dates, geometry). Pure; the inputs are not changed.
import { arcOffsets } from '../../core/arc.ts';
import { linkFeature } from '../../core/dataset/build.ts';
import type {
  ArticleRecord,
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

  const placed = (id: string) => {
    const f = byId.get(id)!;
    return { coord: f.geometry.coordinates, country: f.properties.country };
  };
  const linkFeatures = kept.map((l) =>
    linkFeature(l, placed(l.from.id), placed(l.to.id), offsets.get(l.id) ?? 0),
  );

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
