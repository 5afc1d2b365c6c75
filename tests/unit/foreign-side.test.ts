// The foreign-side gate (issue 9): an article that names no Lao or Cambodian side skips the link
// rules. It must hold wherever a rule could find a link, checked against the rules themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { mayNameForeignSide } from '../../src/core/extract/foreign-side.ts';
import { geocodeArticle, geocodeUngated } from '../../src/core/extract/geocode-article.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();
const docOf = (text: string) => prepareArticle({ file: 'a.txt', kind: 'text', content: text }).doc;

function gateOf(text: string): boolean {
  const mentions = findPlaces(tokenize(text), [[0, text.length]], gaz, '2024-05-01').mentions;
  return mayNameForeignSide(mentions, text);
}

describe('mayNameForeignSide', () => {
  it('is false for a trip between two Vietnamese provinces', () => {
    expect(
      gateOf('Ngày 3/4, đoàn công tác tỉnh Nghệ An đã đến thăm và làm việc tại tỉnh Hà Tĩnh.'),
    ).toBe(false);
    expect(gateOf('Thủ tướng Chính phủ làm việc với lãnh đạo tỉnh Lào Cai.')).toBe(false);
  });

  it('is true for a Lao or Cambodian province, district or country word', () => {
    expect(gateOf('Đoàn đại biểu tỉnh Quảng Trị sang thăm tỉnh Savannakhet.')).toBe(true);
    expect(gateOf('Huyện Hương Khê chúc Tết cổ truyền huyện Nakai.')).toBe(true);
    expect(gateOf('Đoàn đã sang thăm nước bạn Lào.')).toBe(true);
    expect(gateOf('Quan hệ giữa hai nước Việt Nam và Cam-pu-chia ngày càng tốt đẹp.')).toBe(true);
    expect(gateOf('Đoàn Quân đội Hoàng gia đến chúc Tết thành phố Cần Thơ.')).toBe(true);
  });

  it('is true for the three countries named as such, and for wartime Laos', () => {
    expect(gateOf('Hội nghị là dịp để các quan chức cao cấp của ba nước cùng đánh giá.')).toBe(
      true,
    );
    expect(gateOf('Ông từng chiến đấu ở chiến trường Thượng Lào.')).toBe(true);
  });

  it('is true for a Cambodian leader named without his country', () => {
    expect(gateOf('Ông Hun Manet tiếp đoàn đại biểu tỉnh An Giang.')).toBe(true);
  });

  it('leaves a domestic article its places and no link', () => {
    const { result } = geocodeArticle(
      docOf(
        'Nghệ An và Hà Tĩnh ký kết hợp tác\n\nSáng 5/6, tại thành phố Vinh, lãnh đạo hai tỉnh Nghệ An và Hà Tĩnh đã ký kết chương trình hợp tác giai đoạn 2024 - 2028.',
      ),
      gaz,
    );
    expect(result.places.map((p) => p.name).sort()).toEqual(['Hà Tĩnh', 'Nghệ An', 'Vinh']);
    expect(result.links).toEqual([]);
  });
});

describe('the gate against every rule', () => {
  const sentences = [
    'Đoàn đại biểu tỉnh Nghệ An do đồng chí Bí thư Tỉnh ủy dẫn đầu đã thăm và làm việc tại tỉnh Hà Tĩnh.',
    'Chủ tịch UBND tỉnh Quảng Bình tiếp đoàn công tác thành phố Đà Nẵng.',
    'Hai tỉnh Kon Tum và Gia Lai đã ký kết biên bản ghi nhớ hợp tác.',
    'Thủ tướng Chính phủ đã thăm và làm việc tại tỉnh An Giang.',
    'Đoàn công tác của tỉnh sang thăm, chúc Tết nước bạn.',
    'Tỉnh trưởng tỉnh bạn đã tiếp đoàn.',
    'Đoàn đã đến thăm huyện Nakai.',
    'Huyện Tây Giang và huyện Kà Lừm ký kết biên bản ghi nhớ.',
    'Đoàn đại biểu tỉnh Quảng Nam sang thăm tỉnh Sê Kông.',
    'Ông Hun Manet tiếp đoàn đại biểu tỉnh An Giang tại thủ đô.',
    'Đoàn Quân đội Hoàng gia đến chúc Tết thành phố Cần Thơ.',
    'Ngày 12/3/2024, tại Hà Nội, Bộ trưởng đã hội đàm với đoàn Campuchia.',
    'Đại sứ Lào tại Việt Nam đã đến thăm tỉnh Sơn La.',
    'Hai bên nhất trí tăng cường trao đổi đoàn trong thời gian tới.',
    'Dịp này, đoàn đã tặng quà cho trường học.',
    'Sáng 1/11, tại tỉnh Đắk Nông, Hội nghị quan chức cao cấp Tam giác phát triển đã khai mạc.',
    'Hội nghị là dịp để các quan chức cao cấp của ba nước cùng đánh giá tình hình hợp tác.',
  ];
  const articles = fc
    .array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 })
    .map((ss) => `Tin hoạt động đối ngoại\n\n${ss.join(' ')}`);

  it('property: the gated read gives what every rule gives', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const doc = docOf(text);
        expect(geocodeArticle(doc, gaz).result).toEqual(geocodeUngated(doc, gaz).result);
      }),
      { numRuns: 300 },
    );
  });
});
