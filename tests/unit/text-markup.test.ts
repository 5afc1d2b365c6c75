// Markup left in a plain-text article by a CMS: read as HTML on the lines that carry it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { textWithoutMarkup } from '../../src/core/article/text-markup.ts';

describe('textWithoutMarkup', () => {
  it('decodes the entities and drops the tags of a line of markup', () => {
    const line =
      '<p style="text-align:justify"><strong>S&aacute;ng 10.8, Đo&agrave;n Thanh ni&ecirc;n tỉnh Attapeu đ&atilde; k&yacute; kết.</strong></p><p>Lễ k&yacute; diễn ra.</p>';
    expect(textWithoutMarkup(`Tin\n${line}\nHết`)).toBe(
      'Tin\nSáng 10.8, Đoàn Thanh niên tỉnh Attapeu đã ký kết.\nLễ ký diễn ra.\nHết',
    );
  });

  it('leaves a line with one stray ampersand or angle bracket as written', () => {
    const text = 'Hợp tác Quảng Trị & Savannakhet\n<<Xem thêm>> tin khác';
    expect(textWithoutMarkup(text)).toBe(text);
  });

  it('is the identity on text with no "<" and no "&"', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('<') && !s.includes('&')),
        (s) => textWithoutMarkup(s) === s,
      ),
    );
  });

  it('a plain-text article whose body is a CMS dump reads as letters', () => {
    const content = [
      'Thành Đoàn ký kết với Tỉnh Đoàn Attapeu',
      '<p><em>S&aacute;ng 10.8, Th&agrave;nh Đo&agrave;n v&agrave; Tỉnh Đo&agrave;n Attapeu k&yacute; kết bi&ecirc;n bản ghi nhớ.</em></p>',
    ].join('\n');
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    expect(doc.text).toContain(
      'Sáng 10.8, Thành Đoàn và Tỉnh Đoàn Attapeu ký kết biên bản ghi nhớ.',
    );
    expect(doc.text).not.toContain('<');
  });
});
