import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleId, fnv1a64Hex } from '../../src/core/article/id.ts';
import { cleanSpaces } from '../../src/core/normalize.ts';

describe('fnv1a64Hex', () => {
  // Published FNV-1a 64 test vectors (offset basis, "a", "foobar").
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to %s', (input, expected) => {
    expect(fnv1a64Hex(input)).toBe(expected);
  });
});

describe('articleId', () => {
  const title = 'Tỉnh A thăm tỉnh B';
  const body = 'Đoàn tỉnh A đã thăm tỉnh B.\nHai bên ký kết hợp tác.';

  it('is 16 lower-case hex digits', () => {
    expect(articleId(title, body)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same id for NFD text, extra spaces and other line breaks', () => {
    const nfd = `  ${title.normalize('NFD')} `;
    const spaced = body.normalize('NFD').replace(/ /g, '  ').replace('\n', '\r\n');
    expect(articleId(nfd, spaced)).toBe(articleId(title, body));
  });

  it('gives different ids for a different body or a different title', () => {
    expect(articleId(title, `${body} Thêm một câu.`)).not.toBe(articleId(title, body));
    expect(articleId('Tỉnh A thăm tỉnh C', body)).not.toBe(articleId(title, body));
  });
});

describe('articleId, hashed as it reads', () => {
  // The definition it must keep: FNV-1a 64 of cleanSpaces(title) + "\n" + cleanSpaces(body).
  const reference = (title: string, body: string) =>
    fnv1a64Hex(`${cleanSpaces(title)}\n${cleanSpaces(body)}`);
  const piece = fc.constantFrom(
    'Tỉnh',
    ' ',
    '  ',
    '\t',
    '\r\n',
    '\u00a0',
    '\u200b',
    '\u2009',
    '\u3000',
    '\ufeff',
    'a\u0301',
    'ậ',
    '😀',
    '\ud800',
    '\udc00x',
    'Chăm-pa-sắc',
    '',
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('equals FNV-1a 64 of the cleanSpaces form, for any mix of spaces, marks and surrogates', () => {
    fc.assert(
      fc.property(text, text, (title, body) => {
        expect(articleId(title, body)).toBe(reference(title, body));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals it for empty and all-space texts', () => {
    for (const [t, b] of [
      ['', ''],
      ['  ', '\u200b'],
      ['a', ''],
    ] as const)
      expect(articleId(t, b)).toBe(reference(t, b));
  });
});
