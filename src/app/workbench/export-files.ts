// The local collection as files to download: the three dataset files the explorer loads (from
// the CLI's dataset builder, so they validate and open with ?data=), the links as CSV, and each
// corrected article as a gold test case (NAME.txt + NAME.gold.json).
import type { Gazetteer } from '../../core/gazetteer.ts';
import { goldOf, goldStem } from './gold-files.ts';
import { linksCsv } from './links-csv.ts';
import { correctedResult, localDataset, type LocalArticle } from './local-article.ts';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export function datasetFiles(articles: readonly LocalArticle[], gaz: Gazetteer): ExportFile[] {
  const d = localDataset(articles, gaz);
  return [
    { name: 'places.geojson', type: 'application/geo+json', content: json(d.places) },
    { name: 'links.geojson', type: 'application/geo+json', content: json(d.links) },
    { name: 'articles.json', type: 'application/json', content: json(d.articles) },
  ];
}

export function csvFile(articles: readonly LocalArticle[], gaz: Gazetteer): ExportFile {
  return {
    name: 'links.csv',
    type: 'text/csv;charset=utf-8',
    content: linksCsv(localDataset(articles, gaz)),
  };
}

export function goldFiles(article: LocalArticle, gaz: Gazetteer): ExportFile[] {
  const result = correctedResult(article);
  const stem = goldStem(result);
  return [
    { name: `${stem}.txt`, type: 'text/plain;charset=utf-8', content: article.text },
    { name: `${stem}.gold.json`, type: 'application/json', content: json(goldOf(result, gaz)) },
  ];
}

/** Text files chosen for import, paired by name: each NAME.gold.json with its NAME.txt. */
export function pairGoldFiles(files: readonly { name: string; text: string }[]): {
  pairs: { txt: { name: string; text: string }; gold: { name: string; text: string } }[];
  missing: string[];
} {
  const txt = new Map(
    files.filter((f) => /\.txt$/i.test(f.name)).map((f) => [f.name.replace(/\.txt$/i, ''), f]),
  );
  const pairs = [];
  const missing = [];
  for (const g of files.filter((f) => /\.gold\.json$/i.test(f.name))) {
    const t = txt.get(g.name.replace(/\.gold\.json$/i, ''));
    if (t) pairs.push({ txt: t, gold: g });
    else missing.push(g.name);
  }
  return { pairs, missing };
}
