import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanSpaces,
  fold,
  foldWithOffsets,
  hasDiacritics,
  isWhiteSpace,
  nameKey,
  singleSpaced,
  toNfc,
  toneKey,
  trimmedLength,
  trimRuns,
} from '../../src/core/normalize.ts';

describe('fold', () => {
  it('removes tone and vowel marks and lower-cases Vietnamese text', () => {
    expect(fold('Xiêng Khoảng')).toBe('xieng khoang');
    expect(fold('ĐẮK LẮK')).toBe('dak lak');
  });

  it('folds NFD input exactly like NFC input', () => {
    const nfc = 'Thừa Thiên Huế, Ắt-ta-pư';
    expect(fold(nfc.normalize('NFD'))).toBe(fold(nfc));
  });
});

describe('toneKey', () => {
  it('ignores old and new tone-mark placement (Hoà / Hòa) and case', () => {
    expect(toneKey('Khánh Hoà')).toBe(toneKey('khánh hòa'));
    expect(toneKey('Thanh Hoá')).toBe(toneKey('Thanh Hóa'));
  });

  it('keeps a difference in marks: Hòa is not Hoa, Lào is not Lao', () => {
    expect(toneKey('Hòa Bình')).not.toBe(toneKey('Hoa Binh'));
    expect(toneKey('Lào')).not.toBe(toneKey('lao'));
  });

  it('ignores hyphens and spaces (Chăm-pa-sắc / Chăm Pa Sắc)', () => {
    expect(toneKey('Chăm-pa-sắc')).toBe(toneKey('Chăm Pa Sắc'));
  });
});

describe('nameKey', () => {
  it('joins spaced, hyphenated and dotted forms: TP.HCM = TP HCM, Sê-kông = Sê Kông = Sekong', () => {
    expect(nameKey('TP.HCM')).toBe(nameKey('TP HCM'));
    expect(nameKey('Sê-kông')).toBe('sekong');
    expect(nameKey('Sê Kông')).toBe('sekong');
  });
});

describe('hasDiacritics', () => {
  it('sees marks in NFC and NFD text and đ', () => {
    expect(hasDiacritics('Huế')).toBe(true);
    expect(hasDiacritics('Huế'.normalize('NFD'))).toBe(true);
    expect(hasDiacritics('Đà')).toBe(true);
    expect(hasDiacritics('Pakse')).toBe(false);
  });
});

describe('foldWithOffsets', () => {
  it('maps each folded character back to its original character in NFD text', () => {
    const text = 'tỉnh Huế'.normalize('NFD');
    const f = foldWithOffsets(text);
    expect(f.folded).toBe('tinh hue');
    const h = f.folded.indexOf('hue');
    expect(text.slice(f.starts[h]!, f.ends[h + 2]!)).toBe('Huế'.normalize('NFD'));
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({
      unit: fc.constantFrom(
        ...'aăâeêioôơuưyđĐ ÀÁẠẢÃàáạảãễệ-\u0300\u0301\u0303\u0309\u0323'.split(''),
      ),
      maxLength: 60,
    }),
  );

  it('property: never throws, and offsets are in bounds, ordered and non-empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const f = foldWithOffsets(text);
        expect(f.starts.length).toBe(f.folded.length);
        expect(f.ends.length).toBe(f.folded.length);
        for (let i = 0; i < f.folded.length; i++) {
          expect(f.starts[i]!).toBeGreaterThanOrEqual(0);
          expect(f.ends[i]!).toBeGreaterThan(f.starts[i]!);
          expect(f.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.starts[i - 1]!);
        }
      }),
    );
  });

  it('property: folding is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fold(fold(text))).toBe(fold(text));
      }),
    );
  });

  it('property: NFC and NFD forms of a text fold the same', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fold(text.normalize('NFD'))).toBe(fold(text.normalize('NFC')));
      }),
    );
  });
});

describe('isWhiteSpace', () => {
  it('agrees with /\s/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++)
      expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('trimRuns', () => {
  const text = fc.string({
    unit: fc.constantFrom(...'a ||:.!\t\u00a0\u2003\ufeff\u200bế'.split('')),
    maxLength: 12,
  });

  it('property: equals the regex trims the cleaner used', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(trimRuns(t, '|', true)).toBe(t.replace(/^[|\s]+|[|\s]+$/g, ''));
        expect(trimRuns(t, ':.!', false)).toBe(t.replace(/[\s:.!]+$/, ''));
      }),
      { numRuns: 1000 },
    );
  });
});

// (Spaces of every kind, the invisible ones, a line break, a decomposed mark, an astral letter.)
const spacey = fc.string({
  unit: fc.constantFrom(...'ab  \t\n\u00a0\u2003\u2028\ufeff\u200b\u200ce\u0301'.split(''), '😀'),
  maxLength: 14,
});

describe('trimmedLength', () => {
  it('property: is the length of the trimmed text', () => {
    fc.assert(
      fc.property(spacey, (t) => {
        expect(trimmedLength(t)).toBe(t.trim().length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanSpaces (clean text given back as it is)', () => {
  it('property: equals NFC, runs of white space as one space, trimmed', () => {
    fc.assert(
      fc.property(spacey, (t) => {
        expect(cleanSpaces(t)).toBe(
          toNfc(t)
            .replace(/[\s\u00a0\u200b]+/g, ' ')
            .trim(),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('singleSpaced (session 66)', () => {
  it('joins the doubled spaces of a prose line: "tỉnh  Savannakhet"', () => {
    expect(singleSpaced('Đoàn đại biểu tỉnh  Savannakhet đã đến thăm  tỉnh Quảng Trị.')).toBe(
      'Đoàn đại biểu tỉnh Savannakhet đã đến thăm tỉnh Quảng Trị.',
    );
  });

  it('a headline printed twice with a slip in one half reads as twice the same', () => {
    const half = 'Hội hữu nghị tỉnh Hà Tĩnh chúc Tết Bunpimay tỉnh Bolikhamxay';
    expect(singleSpaced(`${half.replace('chúc ', 'chúc  ')} ${half}`)).toBe(`${half} ${half}`);
  });

  it('guard: a menu of items set apart by runs keeps them apart', () => {
    const menu = 'Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao';
    expect(singleSpaced(menu)).toBe(menu);
  });

  it('guard: columns four spaces or more apart stay apart', () => {
    const row = 'Phó Thủ tướng Lê Thành Long    An Giang';
    expect(singleSpaced(row)).toBe(row);
  });

  it('never lengthens a text, changes only spaces, and is done in one pass', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zđ .\n]{0,80}$/), (t) => {
        const once = singleSpaced(t);
        expect(once.length).toBeLessThanOrEqual(t.length);
        expect(once.replace(/ /g, '')).toBe(t.replace(/ /g, ''));
        expect(singleSpaced(once)).toBe(once);
      }),
    );
  });
});
