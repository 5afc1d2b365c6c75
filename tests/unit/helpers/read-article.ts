// Test helper: an article's places and links as short strings, read by the whole step.
import { prepareArticle } from '../../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();

/** Places by ISO code (sorted); visits "FROM>TO" and sister pairs "A~B" (ends sorted), in output order. */
export function read(content: string) {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
  const { result } = geocodeArticle(doc, gaz);
  const of = (kind: string) => result.links.filter((l) => l.kind === kind);
  return {
    places: result.places.map((p) => p.iso).sort(),
    visits: of('visit').map((l) => `${l.from.iso}>${l.to.iso}`),
    sisters: of('sister').map((l) => [l.from.iso, l.to.iso].sort().join('~')),
  };
}

/** The visits of an article of a headline and lines under it. */
export const visitsOf = (title: string, ...lines: string[]) =>
  read([title, '', ...lines].join('\n')).visits;
