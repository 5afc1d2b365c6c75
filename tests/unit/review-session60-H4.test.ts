// Review by attack of the sixtieth session's visit rules: texts shaped like real leads that tried
// to make the new rules fire wrongly. Each narrowing keeps its guard here.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import { visitsOf } from './support/visit-strings.ts';

const T = 'Tin tức\n\n';

describe('a bureau’s dateline and a place of the guest’s country the opening locates', () => {
  it('"Viêng Chăn (TTXVN) - Đánh giá cao … doanh nghiệp Lào tại tỉnh A, …, Thủ tướng Lào đã tiếp đoàn … tỉnh A"', () => {
    // (The guest's province is what was praised, not where the reception was: not reversed.)
    expect(
      visitsOf(
        T +
          'Viêng Chăn (TTXVN) - Đánh giá cao kết quả đầu tư của doanh nghiệp Lào tại tỉnh Nghệ An, chiều 5/3, Thủ tướng Lào đã tiếp đoàn đại biểu tỉnh Nghệ An.',
      ),
    ).toEqual(['VN-22>LA-VT']);
  });

  it('"Phnôm Pênh (TTXVN) - …, sau khi thăm các dự án tại tỉnh A, Phó Thủ tướng … đã tiếp đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        T +
          'Phnôm Pênh (TTXVN) - Chiều 5/3, sau khi thăm các dự án tại tỉnh Kiên Giang, Phó Thủ tướng Campuchia đã tiếp đoàn đại biểu tỉnh Kiên Giang.',
      ),
    ).toEqual(['VN-47>KH-12']);
  });

  it('guard: a venue of the dateline’s own country still holds the reception', () => {
    expect(
      visitsOf(
        T +
          'Viêng Chăn (TTXVN) - Ngày 5/3, nhân dịp làm việc ở tỉnh Savannakhet, Thủ tướng Lào đã tiếp đoàn công tác tỉnh Quảng Trị.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('a bureau’s dateline and the guests’ own trip told after them', () => {
  it('"Viêng Chăn (TTXVN) - …, Phó Chủ tịch nước Lào đã tiếp đoàn … tỉnh A đang thăm và làm việc tại tỉnh B"', () => {
    // (B is where the guests are touring: the dateline still stands for the reception.)
    expect(
      visitsOf(
        T +
          'Viêng Chăn (TTXVN) – Ngày 5/3, Phó Chủ tịch nước Lào đã tiếp đoàn đại biểu tỉnh Nghệ An đang thăm và làm việc tại tỉnh Xiêng Khoảng.',
      ).sort(),
    ).toEqual(['VN-22>LA-VT', 'VN-22>LA-XI']);
  });

  it('guard: touring the dateline’s own city, the guests were received there (a national host)', () => {
    expect(
      visitsOf(
        T +
          'Hà Nội (TTXVN) - Chiều 5/3, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội đã tiếp đoàn đại biểu Hội đồng nhân dân tỉnh Attapeu (Lào), đang có chuyến thăm và làm việc tại Thủ đô Hà Nội.',
      ),
    ).toEqual(['LA-AT>VN-HN*']);
  });

  it('guard: "… đã tiếp đoàn … tỉnh A tại tỉnh B" names the reception’s venue', () => {
    expect(
      visitsOf(
        T +
          'Viêng Chăn (TTXVN) - Ngày 5/3, Bí thư Tỉnh ủy đã tiếp đoàn đại biểu tỉnh Quảng Bình tại trụ sở Tỉnh ủy Khăm Muộn.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });
});

describe('a full stop glued to a capitalised word: English titles before a name', () => {
  const cut = (line: string) =>
    splitSentences(line, [[0, line.length]]).map(([a, b]) => line.slice(a, b));

  it('"Dr.A", "Ms.B", "Mrs.C" stay inside the sentence, as "Mr.A" does', () => {
    for (const line of [
      'Đoàn đại biểu tỉnh Champasak do Dr.Bounmy dẫn đầu đã sang thăm tỉnh Bình Định.',
      'Đoàn do Ms.Vanhla, Phó Tỉnh trưởng tỉnh Champasak dẫn đầu đã sang thăm tỉnh Bình Định.',
      'Bà Mrs.Sophea cùng đoàn tỉnh Kampot đến thăm tỉnh Kiên Giang.',
    ])
      expect(cut(line)).toEqual([line]);
  });

  it('guard: a short place name before a glued stop still ends the sentence', () => {
    expect(cut('Hội nghị tổ chức tại thị xã Cửa Lò.Phía Lào có Phó Tỉnh trưởng dự.')).toEqual([
      'Hội nghị tổ chức tại thị xã Cửa Lò.',
      'Phía Lào có Phó Tỉnh trưởng dự.',
    ]);
  });
});
