// Rules of the sixty-eighth session: pages copied as markdown whose lines of links carry a
// converter's escapes or separators, and the blind sets' sentences, each our own in the shape news uses.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { isLinksOnlyLine, textWithoutMarkdown } from '../../src/core/article/text-markup.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();

function read(content: string) {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
  const { result } = geocodeArticle(doc, gaz);
  return {
    places: result.places.map((p) => p.iso).sort(),
    visits: result.links.filter((l) => l.kind === 'visit').map((l) => `${l.from.iso}>${l.to.iso}`),
  };
}

const ARTICLE = [
  'Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo',
  'Ngày 16/5, tại tỉnh Sơn La, lãnh đạo tỉnh đã tiếp Đoàn đại biểu tỉnh Bò Kẹo (Lào) sang thăm và làm việc.',
  'Hai bên trao đổi về kết quả hợp tác trong năm qua.',
];

describe('a line of links as a converter writes it', () => {
  it('"1\\. [‹headline›](…)": an escaped numbered link is still a line of links, not a heading', () => {
    const line = '1\\. [Tây Ninh tiếp đoàn tỉnh Svay Rieng](https://bao.example.vn/a.html)';
    expect(textWithoutMarkdown(line)).toBe(
      '1. [Tây Ninh tiếp đoàn tỉnh Svay Rieng](https://bao.example.vn/a.html)',
    );
  });

  it('links parted by "·" or "|" stay links, for the cleaner to drop', () => {
    const line = '[Kon Tum đón đoàn Attapeu](/a.html) · [An Giang thăm Takeo](/b.html)';
    expect(textWithoutMarkdown(line)).toBe(line);
    expect(isLinksOnlyLine(line)).toBe(true);
  });

  it("other stories' headlines under escaped numbers, with no box heading, give no places and no visits", () => {
    const r = read(
      [
        ...ARTICLE,
        '1\\. [Đoàn tỉnh Kiên Giang thăm tỉnh Kampot](https://bao.example.vn/x.html)',
        '2\\. [Tỉnh Đắk Lắk tiếp đoàn Mondulkiri](https://bao.example.vn/y.html)',
      ].join('\n\n'),
    );
    expect(r.places).toEqual(['LA-BK', 'VN-05']);
    expect(r.visits).toEqual(['LA-BK>VN-05']);
  });

  it('guard: a heading that links to its story is read as its words', () => {
    expect(textWithoutMarkdown('## [Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo](/a.html)')).toBe(
      'Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo',
    );
  });

  it('guard: a sentence with a link inside keeps its words', () => {
    expect(
      textWithoutMarkdown('Đoàn tỉnh [Bò Kẹo](https://bao.example.vn/tag/bo-keo) sang thăm.'),
    ).toBe('Đoàn tỉnh Bò Kẹo sang thăm.');
    expect(isLinksOnlyLine('Đoàn tỉnh [Bò Kẹo](/tag) sang thăm.')).toBe(false);
  });
});
