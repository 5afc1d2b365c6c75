import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordOf } from '../../src/core/extract/tokens.ts';

describe('wordOf', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      ...'aAđĐếẾỳỲ ΣσİßǅẞK\u0301\u0323\u0345-,.9'.split(''),
      'ΑΣ',
      'Ω',
      '\ud83d\ude00',
    ),
    maxLength: 24,
  });

  it('property: is each token written in lower case NFC', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tt = tokenize(t);
        tt.tokens.forEach((tok, k) => {
          const want = t.slice(tok.start, tok.end).normalize('NFC').toLowerCase();
          expect(wordOf(tt, k)).toBe(want);
          // Asked again: the same word.
          expect(wordOf(tt, k)).toBe(want);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
