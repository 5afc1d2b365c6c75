// Rules the sixtieth session's helper H1 drew from a digest-page harness: a page that gathers
// several stories (a weekly foreign-affairs digest, a round-up, a bulletin, a tag page) is read
// item by item, each item's headline the frame of its own body only, so that no link joins one
// item's place with another's; a page that tells one story reads as before, subheadings and all.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf } from './support/visit-strings.ts';
import { digestItems } from '../../src/core/extract/digest-items.ts';
import { makeDoc } from './support/make-doc.ts';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

// Item one: a Lao delegation received in Nghệ An; item two: Sơn La's leaders in Hủa Phăn.
const ONE = 'Nghệ An đón đoàn tỉnh Xiêng Khoảng';
const ONE_BODY =
  'Sáng 10/4, lãnh đạo tỉnh Nghệ An đã đón tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.';
const TWO = 'Đoàn cấp cao Sơn La thăm Hủa Phăn';
const TWO_BODY =
  'Tham dự buổi hội đàm có lãnh đạo các sở, ngành của hai tỉnh. Phó Tỉnh trưởng tỉnh Hủa Phăn cảm ơn tỉnh Sơn La đã giúp đỡ.';

describe('a digest page: each item its own event', () => {
  const pages: [string, string][] = [
    [
      '"## " subheadings',
      `Tin đối ngoại nổi bật trong tuần\n## ${ONE}\n${ONE_BODY}\n## ${TWO}\n${TWO_BODY}`,
    ],
    ['numbered items', `Điểm tin hợp tác tuần qua\n1. ${ONE}\n${ONE_BODY}\n2. ${TWO}\n${TWO_BODY}`],
    ['bold headlines', `Bản tin thời sự tối\n**${ONE}**\n${ONE_BODY}\n**${TWO}**\n${TWO_BODY}`],
    [
      'items ruled by "***"',
      `Tin đối ngoại ngày 12/4\n${ONE}\n${ONE_BODY}\n***\n${TWO}\n${TWO_BODY}`,
    ],
    ['a tag page', `Lào\n${ONE}\n${ONE_BODY}\n\n${TWO}\n${TWO_BODY}`],
  ];
  for (const [shape, page] of pages)
    it(`${shape}: the second item's people thank their guests, not the first item's hosts`, () => {
      const v = visitsOf(page);
      expect(v).toContain('LA-XI>VN-22');
      expect(v).toContain('VN-05>LA-HO');
      expect(v).not.toContain('LA-HO>VN-22');
    });

  it('evidence offsets point into the page, not into the item', () => {
    const page = `Bản tin thời sự tối\n**${ONE}**\n${ONE_BODY}\n**${TWO}**\n${TWO_BODY}`;
    const links = linksOf(page);
    expect(links.length).toBeGreaterThan(1);
    for (const l of links) expect(page.slice(...l.evidenceSpan)).toBe(l.evidence);
  });

  it('a round-up headline with no item marked: each headline line opens an item', () => {
    expect(
      digestItems(makeDoc(`Tin đối ngoại ngày 12/4\n${ONE}\n${ONE_BODY}\n${TWO}\n${TWO_BODY}`))
        ?.length,
    ).toBe(3);
  });
});

describe('a digest page whose items are bulleted', () => {
  it("the first bulleted headline, right under the page's, is an item, not a teaser", () => {
    const page = `Tin đối ngoại nổi bật trong tuần\n- ${ONE}\n${ONE_BODY}\n- ${TWO}\n${TWO_BODY}\n`;
    const doc = prepareArticle({ file: 't.txt', kind: 'text', content: page }).doc;
    const visits = geocodeArticle(doc, builtinGazetteer())
      .result.links.filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso}`);
    expect(visits).toContain('VN-05>LA-HO');
    expect(visits).not.toContain('LA-HO>VN-22');
  });

  it("guard: one story's headline over a bulleted teaser still drops the teaser", () => {
    const doc = prepareArticle({
      file: 't.txt',
      kind: 'text',
      content: `Nghệ An đón đoàn tỉnh Xiêng Khoảng\n- ${TWO}\n${ONE_BODY}\n`,
    }).doc;
    expect(doc.keep.some(([a, b]) => doc.text.slice(a, b).includes(TWO))).toBe(false);
  });
});

describe('guard: a page that tells one story reads as one', () => {
  it('a one-story article with subheadings is no digest', () => {
    expect(
      digestItems(
        makeDoc(
          `Sơn La và Hủa Phăn tăng cường hợp tác\n${TWO_BODY}\n## Mở rộng giao thương\n${ONE_BODY}\n## Hợp tác giáo dục\n${TWO_BODY}`,
        ),
      ),
    ).toBeNull();
  });

  it('a digest headline over one story: the story keeps its frame', () => {
    expect(digestItems(makeDoc(`Tin đối ngoại\n\n${ONE_BODY}\n${TWO_BODY}`))).toBeNull();
  });

  it('"thông tin đối ngoại", the work of informing abroad, is no digest', () => {
    expect(
      digestItems(
        makeDoc(
          `Trao đổi kinh nghiệm công tác thông tin đối ngoại với tỉnh Hủa Phăn\n${ONE}\n${ONE_BODY}\n${TWO}\n${TWO_BODY}`,
        ),
      ),
    ).toBeNull();
  });

  it("a caption credit under an item's body opens no item", () => {
    const page = `Tin đối ngoại\n${ONE}\n${ONE_BODY}\nẢnh: Báo Nghệ An\n${TWO}\n${TWO_BODY}`;
    expect(digestItems(makeDoc(page))?.length).toBe(3);
  });
});
