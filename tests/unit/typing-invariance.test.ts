// Metamorphic properties over real annotated articles: the same article typed as pages type it
// (decomposed Unicode, no-break and narrow spaces, zero-width marks, soft hyphens, Windows line
// ends) must give the same places and links. Each transform is applied at random positions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const gaz = builtinGazetteer();

// Every 40th plain-text article of the annotated sets, in a fixed order.
const articles = readdirSync(FIXTURES)
  .filter((d) => d.startsWith('corpus-real'))
  .sort()
  .flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(FIXTURES, d, f)),
  )
  .filter((_, k) => k % 40 === 0)
  .map((path) => readFileSync(path, 'utf8'));

function reading(content: string): string {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
  const { places, links } = geocodeArticle(doc, gaz).result;
  return JSON.stringify([
    [...new Set(places.map((p) => p.iso))].sort(),
    links.map((l) => `${l.kind} ${l.from.iso}>${l.to.iso}`).sort(),
  ]);
}

/** The text with `mark` put at the positions `at` picks among those `where` allows. */
function typed(text: string, at: number[], where: RegExp, mark: (c: string) => string): string {
  const slots: number[] = [];
  for (let k = 0; k < text.length; k++) if (where.test(text[k]!)) slots.push(k);
  const chosen = new Set(at.map((a) => slots[a % Math.max(1, slots.length)]));
  let out = '';
  for (let k = 0; k < text.length; k++) out += chosen.has(k) ? mark(text[k]!) : text[k];
  return out;
}

const TYPINGS: [string, (t: string, at: number[]) => string][] = [
  ['decomposed Unicode', (t) => t.normalize('NFD')],
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['no-break spaces', (t, at) => typed(t, at, / /, () => '\u00a0')],
  ['a no-break space for every space', (t) => t.replace(/ /g, '\u00a0')],
  ['narrow no-break spaces', (t, at) => typed(t, at, / /, () => '\u202f')],
  ['zero-width spaces after spaces', (t, at) => typed(t, at, / /, () => ' \u200b')],
  ['soft hyphens inside words', (t, at) => typed(t, at, /[a-zà-ỹ]/u, (c) => c + '\u00ad')],
];

describe('an article reads the same however a page typed it', () => {
  it('has articles to read', () => {
    expect(articles.length).toBeGreaterThan(50);
  });

  it.each(TYPINGS)('with %s', (_, type) => {
    const plain = articles.map(reading);
    fc.assert(
      fc.property(
        fc.nat(articles.length - 1),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        (k, at) => reading(type(articles[k]!, at)) === plain[k],
      ),
      { numRuns: 40, seed: 56 },
    );
  });
});
