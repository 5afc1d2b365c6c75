// Travellers who never left: a national leader working with provinces of his own country, a
// consul general received in the city he is posted to, a border stretch inspected from one side.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a national leader at home', () => {
  it('"làm việc với lãnh đạo hai tỉnh A và B về việc … các tỉnh láng giềng của Campuchia"', () => {
    const text = [
      'Tin',
      'Ngày 10/3, Phó Thủ tướng Trần Văn C đã làm việc với lãnh đạo hai tỉnh Gia Lai và Kon Tum về việc mở rộng quan hệ với các tỉnh láng giềng của Campuchia.',
    ].join('\n');
    expect(visits(text, '2015-03-11')).toEqual([]);
  });

  it('"Làm việc với lãnh đạo tỉnh A, Phó Thủ tướng đánh giá cao quan hệ với Campuchia"', () => {
    const text = [
      'Tin',
      'Làm việc với lãnh đạo tỉnh Gia Lai, Phó Thủ tướng đánh giá cao quan hệ của tỉnh với Campuchia.',
    ].join('\n');
    expect(visits(text, '2015-03-11')).toEqual([]);
  });

  it('a place of the clause after the hosts at home is what was said, not a goal', () => {
    const text = [
      'Tin',
      'Làm việc với lãnh đạo tỉnh Gia Lai, Phó Thủ tướng ghi nhận việc tỉnh hợp tác chặt chẽ với tỉnh Ratanakiri.',
    ].join('\n');
    expect(visits(text, '2015-03-11')).toEqual([]);
  });

  it('"kiểm tra cột mốc trên tuyến biên giới … đoạn qua địa phận hai tỉnh A và B"', () => {
    const text = [
      'Tin',
      'Trong chuyến công tác, Phó Thủ tướng đã kiểm tra cột mốc trên tuyến biên giới Việt Nam - Campuchia đoạn qua địa phận hai tỉnh Gia Lai và Ratanakiri.',
    ].join('\n');
    expect(visits(text, '2015-03-11')).toEqual([]);
  });

  it('a trip abroad to the same provinces is still one', () => {
    const text = [
      'Tin',
      'Ngày 10/3, Phó Thủ tướng Trần Văn C đã sang thăm và làm việc với lãnh đạo hai tỉnh Ratanakiri và Stung Treng của Campuchia.',
    ].join('\n');
    expect(visits(text, '2015-03-11')).toEqual(['VN-HN*>KH-16', 'VN-HN*>KH-19']);
  });
});

describe('a consul general in the city of his post', () => {
  it('"Bí thư Thành ủy B tiếp Tổng Lãnh sự Lào" where the article says "Tổng Lãnh sự Lào tại B"', () => {
    const text = [
      'Bí thư Thành ủy Đà Nẵng tiếp Tổng Lãnh sự Lào',
      'Sáng 29/8, Bí thư Thành ủy tiếp ông Souphanh Hadaoheuang, Tổng Lãnh sự Lào tại Đà Nẵng, đến chúc mừng Quốc khánh.',
      'Tổng Lãnh sự Souphanh Hadaoheuang tặng hoa lãnh đạo Thành ủy Đà Nẵng.',
    ].join('\n');
    expect(visits(text, '2025-08-30')).toEqual([]);
  });

  it('the consul received in another province did travel', () => {
    const text = [
      'Lãnh đạo tỉnh Quảng Nam tiếp Tổng Lãnh sự Lào',
      'Sáng 29/8, lãnh đạo tỉnh Quảng Nam tiếp ông Souphanh Hadaoheuang, Tổng Lãnh sự Lào tại Đà Nẵng, đến chúc mừng Quốc khánh.',
    ].join('\n');
    expect(visits(text, '2025-08-30')).toEqual(['LA-VT*>VN-27']);
  });
});

describe("a leader named without his country, with his own country's delegation", () => {
  it('"Thủ tướng X cùng Đoàn đại biểu cấp cao Chính phủ Lào đã đặt vòng hoa" in Hà Nội is Laos\'s', () => {
    const text = [
      'Tin',
      'Trong khuôn khổ chuyến thăm chính thức, Thủ tướng Phankham Viphavanh cùng Đoàn đại biểu cấp cao Chính phủ Lào đã đặt vòng hoa, vào Lăng viếng Chủ tịch Hồ Chí Minh.',
    ].join('\n');
    expect(visits(text, '2022-01-09')).not.toContain('VN-HN*>LA-VT*');
  });
});
