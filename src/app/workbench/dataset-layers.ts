// What the explorer draws beyond the loaded dataset: the reader's local collection merged in,
// and the 2025 units view. Imported on demand (a collection exists, the 2025 view is chosen or
// the workbench opens), since it carries the gazetteer and the dataset builder.
import { builtinGazetteer } from '../../core/gazetteer-data.ts';
import { indexDataset, type AtlasData, type Dataset } from '../state/atlas-data.ts';
import { mergeDatasets } from '../state/merge-datasets.ts';
import { unitsOf2025 } from '../state/units-2025.ts';
import { listLocal } from './collection-store.ts';
import { localDataset, type LocalArticle } from './local-article.ts';

export function datasetOf(articles: readonly LocalArticle[]): Dataset | null {
  return articles.length > 0 ? localDataset(articles, builtinGazetteer()) : null;
}

/** The stored collection as dataset files, or null when it is empty or cannot be read. */
export async function loadLocalDataset(): Promise<Dataset | null> {
  try {
    return datasetOf(await listLocal());
  } catch {
    return null;
  }
}

export function layered(base: Dataset, local: Dataset | null, units2025: boolean): AtlasData {
  const merged = local ? mergeDatasets(base, local) : base;
  const ids = new Set(local?.articles.articles.map((a) => a.id) ?? []);
  if (!units2025) return indexDataset(merged, { local: ids });
  const view = unitsOf2025(merged, builtinGazetteer());
  return indexDataset(view.dataset, { local: ids, former: view.former });
}
