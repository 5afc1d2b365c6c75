import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fold,
  foldedRanges,
  foldInto,
  foldWithOffsets,
  unitsToString,
} from '../../src/core/normalize.ts';

const units = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const slow = (s: string) => String.fromCharCode(...units(s));

describe('unitsToString (decoder for long buffers, char codes for short ones)', () => {
  it('gives the code units back as they are, at every length', () => {
    const line = 'Đoàn đại biểu tỉnh Sê Kông thăm “Thừa Thiên Huế” – 12/3. ';
    for (const n of [0, 1, 63, 64, 65, 500, 20_000]) {
      const s = line.repeat(Math.ceil(n / line.length)).slice(0, n);
      expect(unitsToString(units(s), s.length)).toBe(slow(s));
    }
  });

  it('keeps a lone surrogate and a leading byte-order mark (a UTF-16 decoder would not)', () => {
    const body = 'Hà Nội và Viêng Chăn, '.repeat(5);
    for (const s of [`\ud800${body}`, `${body}\udc00x`, `\ufeff${body}`, `${body}😀${body}`])
      expect(unitsToString(units(s), s.length)).toBe(s);
  });

  it('reads only the first k units of a larger buffer', () => {
    const s = 'tỉnh Xiêng Khoảng, Lào '.repeat(10);
    expect(unitsToString(units(s + 'phần thừa'), s.length)).toBe(s);
  });

  it('fold of a long line equals the folds of its pieces joined', () => {
    const line = 'Tỉnh Bắc Giang và tỉnh Xiêng Khoảng ký kết thỏa thuận hợp tác. '.repeat(40);
    expect(fold(line)).toBe(
      line
        .split('. ')
        .map((p) => fold(p))
        .join('. '),
    );
  });

  it('folds keep astral characters and lone surrogates of long lines', () => {
    const body = 'Đoàn đại biểu tỉnh Sê Kông thăm Thừa Thiên Huế, ';
    for (const odd of ['😀', '\ud800', '\udc00', '\ufeff']) {
      const line = `${odd}${body.repeat(3)}${odd}`;
      const expected = `${odd}${'doan dai bieu tinh se kong tham thua thien hue, '.repeat(3)}${odd}`;
      expect(fold(line)).toBe(expected);
      expect(foldInto(line).folded).toBe(expected);
    }
  });
});

describe('foldedRanges (line folds as slices of one fold of the text)', () => {
  it('gives fold() of each line, whatever marks and astral characters the text holds', () => {
    const text = [
      'Tỉnh Quảng Trị'.normalize('NFD'),
      '  Đoàn đại biểu 😀 thăm Sê Kông  ',
      '\u0301Hòa Bình ﬁ Xiêng Khoảng',
      '',
      'x',
    ].join('\n');
    const lines: [number, number][] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const t = line.trim();
      if (t !== '') lines.push([at + lead, at + lead + t.length]);
      at += line.length + 1;
    }
    expect(foldedRanges(foldInto(text), lines)).toEqual(
      lines.map(([a, b]) => fold(text.slice(a, b))),
    );
  });

  it('property: agrees with fold() for any ranges that cut no surrogate pair', () => {
    const unit = fc.constantFrom(...'aĐếỳ \n\u0301\u0323ﬁ-.'.split(''), '😀', '\ud800');
    const input = fc.string({ unit, maxLength: 30 }).chain((t) =>
      fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 4 }).map((rs) => ({
        t,
        ranges: rs
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number])
          .filter(([a, b]) => !cutsPair(t, a) && !cutsPair(t, b)),
      })),
    );
    fc.assert(
      fc.property(input, ({ t, ranges }) => {
        expect(foldedRanges(foldInto(t), ranges)).toEqual(
          ranges.map(([a, b]) => fold(t.slice(a, b))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('foldInto asked again for the text it folded last gives the same answer', () => {
    const text = 'Đoàn đại biểu tỉnh Savannakhet';
    const first = foldInto(text);
    expect(foldInto(text)).toBe(first);
    // Given back once: a third call folds again (same answer, a new object).
    const third = foldInto(text);
    expect(third).not.toBe(first);
    expect(third.folded).toBe(first.folded);
    foldInto('một văn bản khác');
    const again = foldInto(text);
    expect(again.folded).toBe(first.folded);
    expect([...again.starts]).toEqual([...foldWithOffsets(text).starts]);
  });
});

/** Whether offset k falls between the two halves of a surrogate pair. */
function cutsPair(t: string, k: number): boolean {
  const hi = t.charCodeAt(k - 1);
  const lo = t.charCodeAt(k);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
