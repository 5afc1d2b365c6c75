import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTrail } from '../../src/core/extract/date-trail.ts';
import { phraseText, sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import { tokenize, wordOf } from '../../src/core/extract/tokens.ts';
import { modernTones } from '../../src/core/normalize.ts';

describe('wordOf across articles (the run-wide cache of written forms)', () => {
  it('gives each written form of one folded word its own lower case, whichever came last', () => {
    // "tỉnh", "Tỉnh", "TÌNH", "tinh" fold alike: more forms than the cache keeps per word.
    const forms = ['tỉnh', 'Tỉnh', 'TÌNH', 'tinh', 'TỈNH', 'Tinh', 'toạ', 'TOẠ', 'tọa'];
    const want = (w: string) => modernTones(w.normalize('NFC').toLowerCase());
    for (let round = 0; round < 3; round++)
      for (const w of round === 1 ? [...forms].reverse() : forms) {
        const tt = tokenize(`Đoàn ${w} B.`);
        expect(wordOf(tt, 1)).toBe(want(w));
      }
  });
});

describe('phraseText (remembered per range)', () => {
  const direct = (text: string, start: number, end: number) => {
    const lower = modernTones(text.slice(start, end).normalize('NFC').toLowerCase());
    return lower.replace(/căm(-?pu-?chia)/gu, 'cam$1');
  };

  it('property: is the lower-case text of the range, asked once or again, in any order', () => {
    const word = fc.constantFrom('Đoàn', 'tỉnh', 'Căm-pu-chia', 'TOẠ', 'đàm', 'Hoà', '2024', 'B');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 12 }),
        (words, ranges) => {
          const text = words.join(' ');
          const tt = tokenize(text);
          const n = tt.tokens.length;
          for (const [x, y] of [...ranges, ...ranges]) {
            const a = Math.min(x, n);
            const b = Math.min(y, n);
            const want = b <= a ? '' : direct(text, tt.tokens[a]!.start, tt.tokens[b - 1]!.end);
            expect(phraseText(tt, a, b)).toBe(want);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('DateTrail on sentences without a digit', () => {
  it('gives them no date of their own, and still finds the dates of the others', () => {
    const text = 'Đoàn tỉnh A thăm tỉnh B. Ngày 20/1/2024, đoàn làm việc. Hai bên trao đổi.';
    const keep: [number, number][] = [[0, text.length]];
    const tt = tokenize(text);
    const views = sentenceViews(tt, splitSentences(text, keep), []);
    const trail = new DateTrail(text, keep, '2024-01-21');
    const dates = views.map((v, i) => trail.next(v, i));
    expect(dates.map((d) => d.own)).toEqual([null, '2024-01-20', null]);
    expect(dates[2]!.inherited).toBe('2024-01-20');
  });
});
