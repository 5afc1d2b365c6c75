// The loaded dataset (built-in or ?data=) with the reader's local collection beside it. An
// article in both is taken from the local collection: it is the corrected reading.
import type { LinkParts } from './assemble-dataset.ts';
import { assembleDataset } from './assemble-dataset.ts';
import type { Dataset } from './atlas-data.ts';

export function mergeDatasets(base: Dataset, local: Dataset): Dataset {
  const localIds = new Set(local.articles.articles.map((a) => a.id));
  const fromBase = (article: string) => !localIds.has(article);

  const places = new Map(
    base.places.features.map((f) => [
      f.properties.id,
      { ...f, properties: { ...f.properties, articles: f.properties.articles.filter(fromBase) } },
    ]),
  );
  for (const f of local.places.features) {
    const had = places.get(f.properties.id);
    const articles = [...new Set([...(had?.properties.articles ?? []), ...f.properties.articles])];
    places.set(f.properties.id, {
      ...(had ?? f),
      properties: { ...(had ?? f).properties, articles: articles.sort() },
    });
  }

  const links = new Map<string, LinkParts>();
  const add = (
    p: Dataset['links']['features'][number]['properties'],
    keep: (a: string) => boolean,
  ) => {
    const refs = p.articles.filter((r) => keep(r.article));
    const had = links.get(p.id);
    if (!had) {
      links.set(p.id, { id: p.id, kind: p.kind, from: p.from, to: p.to, refs });
      return;
    }
    had.refs = [...had.refs, ...refs];
    // A local actor is the more specific reading when the two disagree on an end (as in build).
    if (p.from.level === 'local') had.from = { ...had.from, level: 'local' };
    if (p.to.level === 'local') had.to = { ...had.to, level: 'local' };
  };
  for (const f of base.links.features) add(f.properties, fromBase);
  for (const f of local.links.features) add(f.properties, () => true);

  const articles = [
    ...base.articles.articles.filter((a) => fromBase(a.id)),
    ...local.articles.articles,
  ];
  return assembleDataset([...places.values()], [...links.values()], articles);
}
