import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId, articleIdOfSpans } from '../../src/core/article/id.ts';

const piece = fc.string({
  unit: fc.constantFrom(...'aăđ Ế\u0301\u0323 \t\u00a0\u200b\n.x'.split(''), '\ud83d', '\ude00'),
  maxLength: 12,
});

describe('articleIdOfSpans', () => {
  it('property: equals articleId of the spans joined by line breaks', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.array(piece, { maxLength: 6 }),
        (title, parts) => {
          // Pieces laid out in one text with some junk between them, as kept lines are.
          let text = '';
          const spans: [number, number][] = [];
          for (const p of parts) {
            text += '<junk>';
            spans.push([text.length, text.length + p.length]);
            text += p;
          }
          expect(articleIdOfSpans(title, text, spans)).toBe(articleId(title, parts.join('\n')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the known id of a fixed article', () => {
    const text = 'Tiêu đề\n\n  Dòng một.  \nDòng   hai.';
    expect(
      articleIdOfSpans('Tiêu đề', text, [
        [11, 20],
        [23, 34],
      ]),
    ).toBe(articleId('Tiêu đề', 'Dòng một.\nDòng   hai.'));
  });
});
