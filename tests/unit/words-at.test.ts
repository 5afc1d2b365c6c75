import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/normalize.ts';
import {
  foldedAt,
  hasWords,
  wordAt,
  wordsAt,
  type SentenceView,
} from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';

function view(text: string, from = 0): SentenceView {
  const tt = tokenize(text);
  return {
    tt,
    span: [0, text.length],
    t0: Math.min(from, tt.tokens.length),
    t1: tt.tokens.length,
    mentions: [],
  };
}

// wordsAt and hasWords (which tests a token's folded form before its lower-case form) must answer
// as the plain comparison of lower-case words does, whatever the case, composition or script.
const reference = (s: SentenceView, k: number, words: readonly string[]) =>
  words.every((w, i) => wordAt(s, k + i) === w);

describe('wordsAt', () => {
  const units = [
    ...'aAđĐoOơƠờỜộỘhHpPốỐiIİıkKK\u212aσΣςßẞǅǆĳĲ -,.9'.split(''),
    'o\u0302\u0301',
    'O\u031b\u0300',
    'a\u0323',
    '\ud835\udc00',
  ];
  const text = fc.array(fc.constantFrom(...units), { maxLength: 30 }).map((a) => a.join(''));
  const word = fc.oneof(
    fc.constantFrom(
      'phối',
      'hợp',
      'với',
      'đoàn',
      'tỉnh',
      'ở',
      'ha',
      'hp',
      'k',
      'ı',
      'σ',
      'ς',
      'ß',
      'ǆ',
      'ĳ',
      'i̇',
      '',
      '-',
      '9',
    ),
    fc
      .array(fc.constantFrom(...units), { minLength: 1, maxLength: 3 })
      .map((a) => a.join('').normalize('NFC').toLowerCase()),
  );

  it('property: agrees with comparing each lower-case word', () => {
    fc.assert(
      fc.property(text, fc.array(word, { maxLength: 3 }), fc.nat(3), (t, words, from) => {
        const s = view(t, from);
        for (let k = -1; k <= s.tt.tokens.length + 1; k++) {
          expect(wordsAt(s, k, words)).toBe(reference(s, k, words));
          // Words the text holds, as its own tokens in lower case.
          const own = [wordAt(s, k), wordAt(s, k + 1)];
          expect(wordsAt(s, k, own)).toBe(reference(s, k, own));
        }
        if (words.length >= 2) {
          // hasWords as it was, folding its first word on each call.
          let had = false;
          for (let k = s.t0; k + 1 < s.t1; k++)
            had ||=
              foldedAt(s, k) === fold(words[0]!) &&
              wordAt(s, k) === words[0] &&
              wordAt(s, k + 1) === words[1];
          expect(hasWords(s, words[0]!, words[1]!)).toBe(had);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds rule words in any case and composition', () => {
    const s = view('Hai bên PHỐI HỢP VỚI nhau; pho\u0302\u0301i hợp với');
    const at = (f: string) => s.tt.tokens.findIndex((tok) => tok.f === f);
    expect(wordsAt(s, at('phoi'), ['phối', 'hợp', 'với'])).toBe(true);
    expect(wordsAt(s, 6, ['phối', 'hợp', 'với'])).toBe(true);
    expect(wordsAt(s, at('hai'), ['phối'])).toBe(false);
    expect(hasWords(s, 'hợp', 'với')).toBe(true);
    expect(hasWords(s, 'với', 'hợp')).toBe(false);
  });
});
