// Rules the fifty-sixth session's helper K56 drew from a metamorphic harness over headlines and
// leads: the same article must yield the same links whatever dateline, byline or headline form
// its page prints.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

describe('a dateline is where the report was filed, never a traveller', () => {
  it('"Place, d/m (TTXVN) - …": the wire’s day between the place and the agency', () => {
    expect(
      visitsOf(
        'Chủ tịch nước Lào thăm Hà Tĩnh\n\nHà Nội, 8/10 (TTXVN) - Trong khuôn khổ chuyến thăm chính thức Việt Nam, chiều 8/10, Chủ tịch nước Lào cùng Đoàn đại biểu cấp cao Lào đã đến thăm tỉnh Hà Tĩnh.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('"Place, d/m/yyyy (TTXVN) - …" with the year: same', () => {
    expect(
      visitsOf(
        'Chủ tịch nước Lào thăm Hà Tĩnh\n\nHà Nội, 8/10/2023 (TTXVN) - Trong khuôn khổ chuyến thăm chính thức Việt Nam, chiều 8/10, Chủ tịch nước Lào cùng Đoàn đại biểu cấp cao Lào đã đến thăm tỉnh Hà Tĩnh.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('"Báo Place - Trong khuôn khổ …": the paper’s tag and a dash', () => {
    expect(
      visitsOf(
        'Chủ tịch nước Lào thăm tỉnh bạn\n\nBáo Hà Tĩnh - Trong khuôn khổ chuyến thăm chính thức Việt Nam, chiều 8/10, Chủ tịch nước Lào cùng Đoàn đại biểu cấp cao Lào đã đến thăm tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it('guard: a province opening the lead with a date but no agency ("A, ngày d/m, …") still travels', () => {
    expect(
      visitsOf(
        'Tăng cường hợp tác\n\nĐoàn đại biểu tỉnh Hà Tĩnh, ngày 8/10, đã sang thăm và làm việc tại tỉnh Khăm Muộn.',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });
});

describe('an outlet’s tag before a received delegation', () => {
  it('"(Baohatinh.vn) - Đoàn … tỉnh A được … tỉnh B đón tiếp": the tag changes nothing', () => {
    expect(
      visitsOf(
        'Chúc Tết tỉnh bạn\n\n(Baohatinh.vn) - Đoàn công tác tỉnh Hà Tĩnh được đồng chí Bun-thoong, Phó Bí thư Tỉnh ủy tỉnh Khăm Muộn cùng lãnh đạo các sở của tỉnh bạn đón tiếp.',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });

  it('"(HTO) - Đoàn …" with an abbreviated tag: same', () => {
    expect(
      visitsOf(
        'Chúc Tết tỉnh bạn\n\n(HTO) - Đoàn công tác tỉnh Hà Tĩnh được đồng chí Bun-thoong, Phó Bí thư Tỉnh ủy tỉnh Khăm Muộn cùng lãnh đạo các sở của tỉnh bạn đón tiếp.',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });

  it('guard: a place and a dash opening the sentence ("Hà Tĩnh - Khăm Muộn: …") is no tag', () => {
    expect(
      visitsOf(
        'Chúc Tết tỉnh bạn\n\nHà Tĩnh - Khăm Muộn: đoàn công tác được lãnh đạo hai tỉnh đón tiếp tại cửa khẩu.',
      ),
    ).toEqual([]);
  });
});

describe('where a report was filed is no side of what "hai bên" signed', () => {
  it('"HÀ NỘI (TTXVN) – … tại Thủ đô B …" then "hai bên … Thỏa thuận hợp tác … đã ký kết": no sister', () => {
    expect(
      sistersOf(
        'Phó Chủ tịch nước Lào tiếp đoàn Hội Nông dân Việt Nam\n\nHÀ NỘI (TTXVN) – Ngày 4/9, tại Thủ đô Viêng Chăn, Phó Chủ tịch nước Lào đã tiếp Đoàn đại biểu Hội Nông dân Việt Nam.\n\nPhó Chủ tịch nước đề nghị hai bên tiếp tục thực hiện hiệu quả Thỏa thuận hợp tác giai đoạn 2021 - 2025 đã ký kết.',
      ),
    ).toEqual([]);
  });

  it('guard: the dateline’s province named again as a side ("… tỉnh A và tỉnh B … Hai bên đã ký kết …")', () => {
    expect(
      sistersOf(
        'Tăng cường hợp tác\n\nHÀ TĨNH (TTXVN) – Ngày 4/9, lãnh đạo tỉnh Hà Tĩnh đã hội đàm với Đoàn đại biểu tỉnh Khăm Muộn.\n\nHai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.',
      ),
    ).toEqual(['LA-KH|VN-23']);
  });

  it('guard: a capitals headline "A - B KÝ KẾT …" names a pair, not a dateline (S56 review)', () => {
    expect(
      sistersOf(
        'SƠN LA - HỦA PHĂN KÝ KẾT THỎA THUẬN HỢP TÁC\n\nSáng 5/3/2025, tại thành phố Sơn La, hai bên đã ký kết thỏa thuận hợp tác giai đoạn 2025-2030.',
      ),
    ).toEqual(['LA-HO|VN-05']);
  });
});
