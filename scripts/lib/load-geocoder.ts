// Loads the extractor at run time, so eval and bench say clearly what is missing while the
// extractor is still being written instead of failing to start.
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import type { ArticleDoc, ArticleResult, UnresolvedName } from '../../src/core/types.ts';

export type GeocodeArticle = (
  doc: ArticleDoc,
  gaz: Gazetteer,
) => { result: ArticleResult; unresolved: UnresolvedName[] };

export async function loadGeocoder(): Promise<GeocodeArticle> {
  const url = new URL('../../src/core/extract/geocode-article.ts', import.meta.url).href;
  try {
    const mod = (await import(url)) as { geocodeArticle?: GeocodeArticle };
    if (typeof mod.geocodeArticle !== 'function') throw new Error('no geocodeArticle export');
    return mod.geocodeArticle;
  } catch (err) {
    throw new Error(`cannot load src/core/extract/geocode-article.ts (${(err as Error).message})`);
  }
}
