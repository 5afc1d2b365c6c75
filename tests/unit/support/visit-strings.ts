// Visits an article yields, as "FROM>TO" ISO codes ("*" marks a national side), and its sister
// links, as "A|B" sorted, for the rule tests.
import { geocodeArticle } from '../../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../../src/core/gazetteer-data.ts';
import { makeDoc } from './make-doc.ts';

const gaz = builtinGazetteer();

export function linksOf(text: string, date: string | null = null) {
  return geocodeArticle(makeDoc(text, { date }), gaz).result.links;
}

export const visitsOf = (text: string, date: string | null = null): string[] =>
  linksOf(text, date)
    .filter((l) => l.kind === 'visit')
    .map(
      (l) =>
        `${l.from.iso}${l.from.level === 'national' ? '*' : ''}>${l.to.iso}${l.to.level === 'national' ? '*' : ''}`,
    );

export const sistersOf = (text: string, date: string | null = null): string[] =>
  linksOf(text, date)
    .filter((l) => l.kind === 'sister')
    .map((l) => [l.from.iso, l.to.iso].sort().join('|'));
