// Rules the fifty-sixth session's helper FF drew from a wording-invariance harness: a sentence that
// names a delegation or a destination in another of the usual words must give the same visit.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { visitsOf } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const placesOf = (text: string): string[] =>
  geocodeArticle(makeDoc(text), gaz)
    .result.places.map((p) => p.iso)
    .sort();

describe('"đoàn lãnh đạo <country>": a leadership delegation named by its country', () => {
  it('"đoàn lãnh đạo Campuchia … đã sang tỉnh B": the nation came, as for "đoàn đại biểu"', () => {
    expect(
      visitsOf(
        'Hợp tác nông nghiệp\n\nSáng 9/3, đoàn lãnh đạo Campuchia do Bộ trưởng Bộ Nông nghiệp dẫn đầu đã sang tỉnh An Giang.',
      ),
    ).toEqual(['KH-12*>VN-44']);
  });

  it('"đón tiếp đoàn lãnh đạo thanh niên Lào": the members named between', () => {
    expect(
      visitsOf(
        'Giao lưu thanh niên\n\nChiều 22/8, Thường trực Tỉnh ủy Quảng Ngãi đón tiếp đoàn lãnh đạo thanh niên Lào.',
      ),
    ).toEqual(['LA-VT*>VN-29']);
  });

  it('guard: "đoàn lãnh đạo tỉnh A (Lào)": the province’s delegation, not the nation', () => {
    expect(
      visitsOf(
        'Chúc Tết\n\nĐoàn lãnh đạo tỉnh Khăm Muộn (Lào) đã sang thăm, chúc Tết tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard: "đoàn lãnh đạo Lào" after a Lao province’s delegation: that one, not the nation', () => {
    expect(
      visitsOf(
        'Attapeu thăm Quảng Nam\n\nĐoàn đại biểu tỉnh Attapeu (Lào) do Phó Tỉnh trưởng dẫn đầu đã thăm và làm việc tại tỉnh Quảng Nam. Trong hai ngày 3 - 4/9 ở Quảng Nam, đoàn lãnh đạo Lào đã tham quan các khu công nghiệp.',
      ),
    ).toEqual(['LA-AT>VN-27']);
  });
});

describe('"tỉnh bạn X": the partner province named, read as "tỉnh X"', () => {
  it('"đoàn … tỉnh A tới tỉnh bạn B dự …": B is the destination', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nSáng 21/6, đoàn công tác tỉnh An Giang tới tỉnh bạn Takeo dự lễ khánh thành trường học.',
      ),
    ).toEqual(['VN-44>KH-21']);
  });

  it('"Đoàn … tỉnh A đã đến tỉnh bạn B trao tặng quà": B, "đến" before the partner word', () => {
    expect(
      visitsOf(
        'Tin\n\nĐoàn công tác Công an tỉnh Thanh Hóa đã đến tỉnh bạn Hủa Phăn trao tặng quà.',
      ),
    ).toEqual(['VN-21>LA-HO']);
  });

  it('guard: "các tỉnh bạn Lào khai trương …": the country after "tỉnh bạn" is no province', () => {
    expect(
      placesOf('Cửa khẩu\n\nTỉnh Quảng Nam và các tỉnh bạn Lào khai trương cặp cửa khẩu mới.'),
    ).toEqual(['VN-27']);
  });

  it('guard: a roll at the venue thanking "tỉnh bạn A": no national guest sent to A', () => {
    expect(
      visitsOf(
        'Tết ở Svay Rieng\n\nNgày 2/4, đoàn lãnh đạo tỉnh Long An sang họp mặt mừng Tết tại tỉnh Svay Rieng. Đến dự còn có ông Sar Kheng, Phó Thủ tướng Chính phủ Hoàng gia Campuchia; Tỉnh trưởng cảm ơn tình cảm của tỉnh bạn Long An.',
      ),
    ).toEqual(['VN-41>KH-20']);
  });

  it('guard (R56): a leader\'s name after "tỉnh bạn" that only sounds like a province is no place', () => {
    expect(
      placesOf(
        'Hội đàm\n\nTại buổi hội đàm với đoàn tỉnh Quảng Bình, Tỉnh trưởng tỉnh bạn Khăm Phăn Xay Nhạ Chắc cảm ơn sự giúp đỡ.',
      ),
    ).toEqual(['VN-24']);
  });
});
