// Rules the fifty-ninth session's helper H1 drew from a sister-link harness (signing wordings,
// sides written otherwise, must-change rewrites): a plan of cooperation signed by the two sides
// is a signed agreement; a signing still to come, wished for, proposed or denied is none (the
// annotated articles mark such sentences optional at most, unless the two renew what they have);
// two ministries that sign make no partners of the provinces an article follows; "hai bên" after a
// meeting of another pair are that meeting's sides.
import { describe, expect, it } from 'vitest';
import { sistersOf } from './support/visit-strings.ts';

const HEAD = 'Tin đối ngoại\n\n';

describe('a plan of cooperation the two sides signed', () => {
  it('"Lãnh đạo tỉnh A và tỉnh B đã ký kết Kế hoạch hợp tác năm 2024"', () => {
    expect(
      sistersOf(
        HEAD +
          'Tại buổi hội đàm, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã ký kết Kế hoạch hợp tác năm 2025.',
      ),
    ).toEqual(['LA-SV|VN-25']);
  });

  it('"Tỉnh A và tỉnh B ký Kế hoạch phối hợp …"', () => {
    expect(
      sistersOf(
        HEAD +
          'Sáng 3/6, tỉnh Tây Ninh và tỉnh Svay Rieng (Campuchia) ký Kế hoạch hợp tác về phòng, chống dịch bệnh.',
      ),
    ).toEqual(['KH-20|VN-37']);
  });

  it('guard: "thực hiện kế hoạch hợp tác do Hội nghị … đề ra" names no pair', () => {
    expect(
      sistersOf(
        HEAD +
          'Đoàn tỉnh Quảng Trị đến tỉnh Savannakhet (Lào) để thực hiện kế hoạch hợp tác do Hội nghị các tỉnh biên giới đề ra.',
      ),
    ).toEqual([]);
  });
});

describe('a signing still to come, wished for or denied names no partners', () => {
  const cases: [string, string][] = [
    [
      '"A và B sẽ ký kết Biên bản ghi nhớ …"',
      'Tỉnh Hà Tĩnh và tỉnh Khăm Muộn (Lào) sẽ ký kết Biên bản ghi nhớ hợp tác vào cuối năm.',
    ],
    [
      '"A và B dự kiến ký Thỏa thuận …"',
      'Tỉnh An Giang và tỉnh Takeo (Campuchia) dự kiến ký Thỏa thuận hợp tác giai đoạn 2026-2030.',
    ],
    [
      '"sẽ chính thức ký …"',
      'Dịp này, tỉnh Hà Tĩnh và tỉnh Khăm Muộn (Lào) sẽ chính thức ký các văn bản hợp tác.',
    ],
    [
      '"B mong muốn sớm ký kết … với A"',
      'Ông cho biết tỉnh Kampot mong muốn sớm ký kết biên bản ghi nhớ hợp tác với tỉnh Kiên Giang.',
    ],
    [
      '"B đề xuất kết nghĩa với A"',
      'Lãnh đạo tỉnh Sê Kông (Lào) đề xuất kết nghĩa với tỉnh Quảng Nam.',
    ],
    [
      '"A và B chưa ký kết văn bản hợp tác"',
      'Đến nay, tỉnh Lâm Đồng và tỉnh Mondulkiri (Campuchia) chưa ký kết văn bản hợp tác nào.',
    ],
  ];
  for (const [name, sentence] of cases)
    it(name, () => {
      expect(sistersOf(HEAD + sentence)).toEqual([]);
    });

  it('guard: "sẽ tiếp tục ký kết các biên bản ghi nhớ mới": more of what they signed', () => {
    expect(
      sistersOf(
        HEAD +
          'Lãnh đạo tỉnh Hà Tĩnh và tỉnh Khăm Muộn (Lào) sẽ tiếp tục ký kết các biên bản ghi nhớ mới.',
      ),
    ).toEqual(['LA-KH|VN-23']);
  });

  it('guard: "sẽ ký … mới, thay thế biên bản đã ký trước đây"', () => {
    expect(
      sistersOf(
        HEAD +
          'Tỉnh Hà Tĩnh và tỉnh Khăm Muộn (Lào) sẽ ký biên bản ghi nhớ mới, thay thế biên bản ghi nhớ đã ký trước đây.',
      ),
    ).toEqual(['LA-KH|VN-23']);
  });

  it('guard: "mong muốn quan hệ kết nghĩa giữa hai tỉnh … được củng cố" is the twinning', () => {
    expect(
      sistersOf(
        HEAD +
          'Ông mong muốn quan hệ kết nghĩa giữa hai tỉnh Hải Dương và Viêng Chăn ngày càng được củng cố.',
      ),
    ).toEqual(['LA-VI|VN-61']);
  });

  it('guard: "đã ký kết biên bản ghi nhớ, tiến tới kết nghĩa" signed now', () => {
    expect(
      sistersOf(
        HEAD +
          'Hội Cựu chiến binh tỉnh Kon Tum và tỉnh Attapeu (Lào) đã ký kết biên bản ghi nhớ hợp tác, tiến tới kết nghĩa.',
      ),
    ).toEqual(['LA-AT|VN-28']);
  });

  it('guard: a delegation that went "để ký kết" signed', () => {
    expect(
      sistersOf(
        HEAD +
          'Đoàn đại biểu tỉnh Nghệ An sang tỉnh Xiêng Khoảng (Lào) để ký kết Biên bản ghi nhớ hợp tác.',
      ),
    ).toEqual(['LA-XI|VN-22']);
  });
});

describe('ministries named as the signers', () => {
  const TRIP = 'Đoàn đại biểu tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng (Lào). ';

  it('"Bộ X Việt Nam và Bộ Y Lào đã ký kết …" after a trip of two provinces', () => {
    expect(
      sistersOf(
        HEAD +
          TRIP +
          'Tại buổi làm việc, Bộ Công an Việt Nam và Bộ An ninh Lào đã ký Thỏa thuận hợp tác.',
      ),
    ).toEqual([]);
  });

  it('guard: "Bộ Chỉ huy Quân sự hai tỉnh đã ký kết …" is the provinces\' own', () => {
    expect(
      sistersOf(HEAD + TRIP + 'Bộ Chỉ huy Quân sự hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác.'),
    ).toEqual(['LA-XI|VN-22']);
  });

  it('guard: "Hai bên đã ký kết …" after the trip', () => {
    expect(sistersOf(HEAD + TRIP + 'Hai bên đã ký kết Biên bản ghi nhớ hợp tác.')).toEqual([
      'LA-XI|VN-22',
    ]);
  });
});

describe('"hai bên" after a meeting told since the last pair signed', () => {
  it('the sides of the reception, not the pair named before it', () => {
    expect(
      sistersOf(
        HEAD +
          'Tỉnh Kiên Giang và tỉnh Kep (Campuchia) đã ký kết biên bản ghi nhớ hợp tác năm 2021. ' +
          'Chiều 12/3, lãnh đạo tỉnh Kiên Giang đã tiếp Đoàn đại biểu tỉnh Kampot (Campuchia). ' +
          'Tại buổi tiếp, hai bên đã ký kết Biên bản ghi nhớ hợp tác.',
      ),
    ).toEqual(['KH-23|VN-47', 'KH-7|VN-47']);
  });

  it('guard: a trip of the same pair keeps "hai tỉnh" on the pair that signed', () => {
    expect(
      sistersOf(
        HEAD +
          'Tỉnh Kiên Giang và tỉnh Kep (Campuchia) đã ký kết biên bản ghi nhớ hợp tác. ' +
          'Đoàn đại biểu tỉnh Kiên Giang đã thăm tỉnh Kep. ' +
          'Theo nội dung thỏa thuận, hai tỉnh thống nhất phối hợp bảo vệ biên giới.',
      ),
    ).toEqual(['KH-23|VN-47']);
  });
});
