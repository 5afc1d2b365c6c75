import { describe, expect, it } from 'vitest';
import { articleId, fnv1a64Hex } from '../../src/core/article/id.ts';

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
