import { describe, expect, it } from 'vitest';
import { FoldedWords, sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';

/** The one sentence of a text, seen as words. */
function view(text: string) {
  const tt = tokenize(text);
  return sentenceViews(tt, [[0, text.length]], [])[0]!;
}

describe('FoldedWords (word sets, with a shape filter before the look-up)', () => {
  // Words of one shape (length, first and last letter) in and out of the set: "tham" / "thom",
  // "đến" / "đan"; a word with a digit, a word longer than 15 letters.
  const cues = new FoldedWords(new Set(['tham', 'den', 'k2', 'champasakcityxyz']));

  it('finds each word of the set, written with or without diacritics, in any case', () => {
    const s = view('Đoàn sẽ THĂM và đến Champasakcityxyz, K2');
    const hits = [];
    for (let k = s.t0; k < s.t1; k++) if (cues.at(s, k)) hits.push(s.tt.tokens[k]!.f);
    expect(hits).toEqual(['tham', 'den', 'champasakcityxyz', 'k2']);
  });

  it('rejects words of the same shape that are not in the set', () => {
    const s = view('Thơm đan tham');
    expect([0, 1, 2].map((k) => cues.at(s, k))).toEqual([false, false, true]);
  });

  it('answers false outside the sentence', () => {
    const s = view('thăm đến');
    expect(cues.at(s, -1)).toBe(false);
    expect(cues.at(s, 2)).toBe(false);
  });

  it('a word kept with a letter beyond a-z folds to itself and is found', () => {
    const set = new FoldedWords(new Set(['ŋam']));
    const s = view('ŋam lam');
    expect([0, 1].map((k) => set.at(s, k))).toEqual([true, false]);
  });
});
