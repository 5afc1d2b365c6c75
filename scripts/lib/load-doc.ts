// A .txt article on disk → the extractor's ArticleDoc, for eval and bench, through the same
// preparation as the geocode CLI (src/core/article/prepare.ts). Only UTF-8 is read here: the gold
// corpus is UTF-8; the CLI's own reader handles the other encodings.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import type { ArticleDoc } from '../../src/core/types.ts';

/** The ArticleDoc for an article text (first non-empty line = title). */
export function docFromText(text: string, file: string): ArticleDoc {
  return prepareArticle({ file, kind: 'text', content: text }).doc;
}

/** Reads a UTF-8 .txt article (BOM stripped). */
export function loadTxtDoc(path: string): ArticleDoc {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return docFromText(text, basename(path));
}

/** Reads a UTF-8 .txt article or .html / .htm page. */
export function loadArticleDoc(path: string): ArticleDoc {
  if (!/\.html?$/i.test(path)) return loadTxtDoc(path);
  const content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return prepareArticle({ file: basename(path), kind: 'html', content }).doc;
}
