// One pasted or dropped article → what the workbench shows: the extractor's result, the text its
// spans point into, and the sentences a reviewer can pick as evidence. The same preparation and
// extraction as the CLI (scripts/lib/process-input.ts), so the browser and the CLI agree.
import { prepareArticle, type RawArticle } from '../../core/article/prepare.ts';
import { orderedResult } from '../../core/article/run-report.ts';
import { geocodeArticle } from '../../core/extract/geocode-article.ts';
import { splitSentences } from '../../core/extract/sentences.ts';
import type { Gazetteer } from '../../core/gazetteer.ts';
import type { ArticleResult, Span } from '../../core/types.ts';

export interface Draft {
  original: ArticleResult;
  text: string;
  /** Sentences of the article proper (title, body, captions), as [start, end) offsets. */
  sentences: Span[];
}

export function geocodeDraft(raw: RawArticle, gaz: Gazetteer): Draft {
  const prepared = prepareArticle(raw);
  const { result } = geocodeArticle(prepared.doc, gaz);
  return {
    original: orderedResult({ ...result, warnings: [...prepared.warnings, ...result.warnings] }),
    text: prepared.doc.text,
    sentences: splitSentences(prepared.doc.text, prepared.doc.keep),
  };
}
