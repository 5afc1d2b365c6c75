import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesAt, phraseStarts } from '../../src/core/extract/phrase-starts.ts';

const PHRASES = ['bộ quốc phòng', 'bộ công an', 'ban đối ngoại', 'hun sen', 'hun manet', 'ủy ban'];
const INDEX = phraseStarts(PHRASES);

/** Every phrase found at every position, read through the index. */
const viaIndex = (text: string) =>
  [...text].flatMap((_, i) =>
    (phrasesAt(INDEX, text, i) ?? []).filter((p) => text.startsWith(p, i)).map((p) => `${i}:${p}`),
  );
/** The same by searching the text for each phrase in turn. */
const bySearch = (text: string) =>
  [...text]
    .flatMap((_, i) => PHRASES.filter((p) => text.startsWith(p, i)).map((p) => `${i}:${p}`))
    .sort();

describe('phraseStarts', () => {
  it('finds each phrase where it stands, as a search for each phrase would', () => {
    const text = 'đoàn bộ công an và bộ quốc phòng gặp thủ tướng hun sen, hun manet tại ủy ban';
    expect(viaIndex(text).sort()).toEqual(bySearch(text));
    expect(viaIndex(text)).toContain('5:bộ công an');
  });

  it('agrees with the search on any text made of the phrases, their pieces and letters (property)', () => {
    // Whole phrases, their pieces and single letters, run together.
    const parts = fc.oneof(
      fc.constantFrom(...PHRASES),
      fc.constantFrom(...PHRASES.map((p) => p.slice(0, 4)), ' ', 'x'),
      fc.constantFrom(...new Set([...PHRASES.join('')])),
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (cs) => {
        const text = cs.join('');
        expect(viaIndex(text).sort()).toEqual(bySearch(text));
      }),
    );
  });

  it('refuses a phrase of one code unit, which it cannot index', () => {
    expect(() => phraseStarts(['x'])).toThrow(/too short/);
  });
});
