// dateFromText reads no line with fewer than four digits (issue 9: it folded every line near the
// top, paragraphs included). That skips no stamp: every date form it reads has a year of four
// ASCII digits in the folded line, and folding makes no ASCII digit of anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromText } from '../../src/core/article/metadata.ts';
import { fold } from '../../src/core/normalize.ts';

const hasAsciiDigit = (s: string) => /[0-9]/.test(s);

describe('dateFromText: lines without a year', () => {
  it('no character folds to an ASCII digit but the digit itself', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasAsciiDigit(fold(ch)) !== hasAsciiDigit(ch)) expect.fail(`U+${c.toString(16)}`);
    }
    // (Past the BMP, fold is each character's NFD without its marks, lower-cased: asked here of
    // those steps, not of fold, whose table would keep a million entries.)
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (hasAsciiDigit(ch.normalize('NFD').toLowerCase())) expect.fail(`U+${cp.toString(16)}`);
    }
  });

  it('property: a text whose lines hold fewer than four ASCII digits gives no date', () => {
    const piece = fc.constantFrom(
      'Thứ Hai, ',
      'ngày ',
      ' tháng ',
      ' năm ',
      '/',
      '-',
      '.',
      ':',
      ' | ',
      'Cập nhật ',
      'TTXVN ',
      'Hà Nội (TTXVN) ',
      ' – ',
      '1',
      '2',
      '0',
      '１',
      '²',
      '٣',
      '\u0300',
      '\u2028',
      '\r',
      '\n',
      '\r\n',
    );
    const line = fc
      .array(piece, { maxLength: 14 })
      .map((parts) => parts.join(''))
      .filter((t) => t.split(/\r\n|\r|\n/).every((l) => (l.match(/[0-9]/g) ?? []).length < 4));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        expect(dateFromText(lines.join('\n'))).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('still reads a stamp whose year is its only four digits, or the ones split by a mark', () => {
    expect(dateFromText('Tiêu đề\nThứ Hai, ngày 5 tháng 3 năm 2024')).toBe('2024-03-05');
    // (A combining mark between two digits: the fold joins them into a year.)
    expect(dateFromText('Tiêu đề\n5/3/20\u030024')).toBe('2024-03-05');
  });
});
