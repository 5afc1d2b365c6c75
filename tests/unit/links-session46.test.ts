// Rules the forty-sixth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a guest named by no country, then the venue of the talks', () => {
  it('"đón tiếp Bộ trưởng X tại Lào" does not make the guest Lao', () => {
    expect(
      visits(
        'Hợp tác lao động\n\nTại cuộc gặp, Bộ trưởng Phosay Sayasone vui mừng được đón tiếp Bộ trưởng Đỗ Thanh Bình tại Lào.',
      ),
    ).not.toContain('LA-VT*>VN-HN*');
  });

  it('a guest whose country is named keeps it', () => {
    expect(
      visits(
        'Hợp tác lao động\n\nNgày 3/12/2025, Chủ tịch UBND tỉnh Hà Tĩnh tiếp Bộ trưởng Bộ Lao động Lào Phosay Sayasone tại Hà Tĩnh.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });
});

describe('hosts meeting their guests again', () => {
  it('"vui mừng khi gặp lại Đoàn tỉnh A" at the province the article is written from', () => {
    expect(
      visits(
        'Tăng cường hữu nghị Bình Thuận - Kampong Chhnang\n\nPhó Chủ tịch UBND tỉnh Trần Văn Hải bày tỏ vui mừng khi gặp lại Đoàn tỉnh Kampong Chhnang.',
      ),
    ).toEqual(['KH-4>VN-40']);
  });
});

describe('a state body thanking its hosts', () => {
  it('"Thứ trưởng Bộ … Lào cảm ơn tỉnh B đã đón tiếp" came from the capital', () => {
    expect(
      visits(
        'Chương trình biểu diễn nghệ thuật Lào\n\nNgày 21/12/2018, Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào đã cảm ơn tỉnh Sơn La đã đón tiếp trọng thị.',
      ),
    ).toEqual(['LA-VT*>VN-05']);
  });
});

describe('a ribbon cut in person', () => {
  it('"tại tỉnh B, Tổng Bí thư … cắt băng khánh thành" was at B', () => {
    expect(
      visits(
        'Tổng Bí thư thăm Campuchia\n\nSáng 22/7/2017, tại tỉnh Preah Sihanouk, Tổng Bí thư cùng Chủ tịch Thượng viện Campuchia đã cùng cắt băng khánh thành Đài Hữu nghị.',
      ),
    ).toEqual(['VN-HN*>KH-18']);
  });
});

describe('a roll of those who attended, after a semicolon', () => {
  it('"…; tham dự còn có Chánh án … Lào" came to the venue the lead set', () => {
    expect(
      visits(
        'Hợp tác tư pháp ba nước\n\nNgày 14/12/2018, tại Thủ đô Phnom Penh, Hội nghị Tòa án các tỉnh biên giới ba nước đã khai mạc. Đoàn Tòa án nhân dân tối cao Việt Nam do Chánh án dẫn đầu đã sang Campuchia dự hội nghị; tham dự còn có Chánh án Tòa án tối cao Campuchia và Chánh án Tòa án nhân dân tối cao Lào.',
      ).sort(),
    ).toEqual(['LA-VT*>KH-12', 'VN-HN*>KH-12']);
  });
});
