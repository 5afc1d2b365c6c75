// Builds an ArticleDoc from hand-written text: the whole text is the article, its first line the title.
import type { ArticleDoc } from '../../../src/core/types.ts';

export function makeDoc(
  text: string,
  opts: { date?: string | null; keep?: [number, number][] } = {},
): ArticleDoc {
  const nl = text.indexOf('\n');
  const titleEnd = nl < 0 ? text.length : nl;
  return {
    file: 'test.txt',
    id: 'test',
    title: text.slice(0, titleEnd),
    date: opts.date ?? null,
    url: null,
    text,
    keep: opts.keep ?? [[0, text.length]],
    titleSpan: [0, titleEnd],
  };
}
