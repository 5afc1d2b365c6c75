import { describe, expect, it } from 'vitest';
import { countOf, isSeveral } from '../../src/core/extract/count-words.ts';

describe('count words', () => {
  it('reads number words and digits, leading zeros included', () => {
    expect(['một', 'hai', 'ba', 'sáu', 'mười', '03', '12'].map(countOf)).toEqual([
      1, 2, 3, 6, 10, 3, 12,
    ]);
  });

  it('is 0 for words that only look like counting', () => {
    expect(['tỉnh', 'nhiều', 'các', '', '2024x'].map(countOf)).toEqual([0, 0, 0, 0, 0]);
    // (Words of the text that name an object's own properties are no numbers either.)
    expect(['constructor', 'toString', '__proto__'].map(countOf)).toEqual([0, 0, 0]);
  });

  it('"các", "những", "nhiều" and counts of two or more make several; "một" does not', () => {
    expect(['các', 'những', 'nhiều', 'hai', '4'].every(isSeveral)).toBe(true);
    expect(['một', '1', 'đoàn', 'tỉnh'].some(isSeveral)).toBe(false);
  });
});
