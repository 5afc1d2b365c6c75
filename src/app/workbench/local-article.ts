// One article of the reader's local collection: the extractor's original result, the text its
// spans point into, and the corrections made to it. The corrected result is always derived.
import { buildDataset } from '../../core/dataset/build.ts';
import type { Gazetteer } from '../../core/gazetteer.ts';
import type { ArticleResult, Span } from '../../core/types.ts';
import type { Dataset } from '../state/atlas-data.ts';
import { applyCorrections, type Correction } from './corrections.ts';

export interface LocalArticle {
  /** The article id (hash of title and body), as in the dataset. */
  id: string;
  text: string;
  sentences: Span[];
  original: ArticleResult;
  corrections: Correction[];
  /** ISO time it was added; shown in the collection list only. */
  savedAt: string;
}

export function correctedResult(
  a: Pick<LocalArticle, 'original' | 'text' | 'corrections'>,
): ArticleResult {
  return applyCorrections(a.original, a.text, a.corrections);
}

/** The dataset files for a set of local articles, from the same builder as the CLI. */
export function localDataset(
  articles: readonly Pick<LocalArticle, 'original' | 'text' | 'corrections'>[],
  gaz: Gazetteer,
): Dataset {
  return buildDataset(articles.map(correctedResult), gaz);
}
