import { describe, expect, it } from 'vitest';
import { fold, foldInto, unitsToString } from '../../src/core/normalize.ts';

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
