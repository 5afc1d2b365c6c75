// The whole geocoding step in this thread, timed: clean + metadata + id + extract for each
// article (prepareArticle, geocodeArticle), every result fed to the dataset builder, the
// dataset built once; then the naive matcher (one RegExp alternation of every gazetteer name, no
// disambiguation) over the same texts. Texts are generated before timing starts.
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { createDatasetBuilder } from '../../src/core/dataset/build.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { allNames } from '../../src/core/gazetteer.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { syntheticCorpus } from './synthetic-articles.ts';

export interface StepRun {
  articles: number;
  bytes: number;
  stepMs: number;
  naiveMs: number;
  naiveMatches: number;
  places: number;
  links: number;
}

export function naiveMatcher(names: readonly string[]): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const escaped = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function benchStep(n: number): StepRun {
  const gaz = builtinGazetteer();
  const corpus = syntheticCorpus(gaz);
  // Warm up the name index and the JIT on articles outside the measured range.
  for (let i = 0; i < 50; i++) {
    const { file, text } = corpus.article(n + 1_000_000 + i);
    geocodeArticle(prepareArticle({ file, kind: 'text', content: text }).doc, gaz);
  }
  const texts = Array.from({ length: n }, (_, i) => corpus.article(i));
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t.text, 'utf8'), 0);

  let t = performance.now();
  const builder = createDatasetBuilder(gaz);
  for (const { file, text } of texts) {
    const { doc } = prepareArticle({ file, kind: 'text', content: text });
    builder.add(geocodeArticle(doc, gaz).result);
  }
  const ds = builder.build();
  const stepMs = performance.now() - t;

  const re = naiveMatcher(gaz.entries.flatMap((e) => allNames(e)));
  let naiveMatches = 0;
  t = performance.now();
  for (const { text } of texts) for (const _ of text.matchAll(re)) naiveMatches++;
  const naiveMs = performance.now() - t;
  return {
    articles: n,
    bytes,
    stepMs,
    naiveMs,
    naiveMatches,
    places: ds.places.features.length,
    links: ds.links.features.length,
  };
}
