// Rules the fifty-third session's helper M drew from the probes of Cambodian provinces.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a border defence exchange taken up again by its common noun', () => {
  const lead =
    'Bộ trưởng Quốc phòng hai nước gặp nhau ở cửa khẩu\n\nSáng 2/8, tại cửa khẩu quốc tế Cầu Treo, tỉnh Hà Tĩnh, các hoạt động của Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 đã bắt đầu.\n';

  it('"Chương trình diễn ra … tại tỉnh A (Việt Nam) và tỉnh B (Lào)": each side crossed', () => {
    expect(
      visits(
        lead +
          'Chương trình diễn ra trong ba ngày 2 - 4/8 tại tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào).',
      ).sort(),
    ).toEqual(['LA-VT*>VN-23', 'VN-HN*>LA-BL']);
  });

  it('"Theo chương trình, giao lưu diễn ra …" takes the event up too', () => {
    expect(
      visits(
        lead +
          'Theo chương trình, giao lưu diễn ra trong ba ngày, tại tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào).',
      ).sort(),
    ).toEqual(['LA-VT*>VN-23', 'VN-HN*>LA-BL']);
  });

  it('"diễn ra … tại biên giới tỉnh A (Việt Nam) và B (Lào)": held on both sides of the border', () => {
    expect(
      visits(
        'Gặp gỡ ở biên giới\n\nHoạt động nằm trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3, diễn ra ngày 2-4/8 tại biên giới tỉnh Hà Tĩnh (Việt Nam) và Bolikhamxay (Lào).',
      ).sort(),
    ).toEqual(['LA-VT*>VN-23', 'VN-HN*>LA-BL']);
  });

  it('a programme in an article that never names the event sends nobody across', () => {
    expect(
      visits(
        'Lễ hội văn hóa vùng biên\n\nChương trình diễn ra trong ba ngày 2 - 4/8 tại tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào).',
      ),
    ).toEqual([]);
  });

  // (Guards added in review P.)
  it('a part of the event with a guest of its own keeps that guest, not the nation', () => {
    expect(
      visits(
        lead +
          'Chương trình giao lưu văn nghệ được tổ chức tại huyện Hương Sơn, tỉnh Hà Tĩnh, với sự tham gia của đoàn nghệ thuật tỉnh Bolikhamxay (Lào).',
      ),
    ).toContain('LA-BL>VN-23');
  });

  it('a later edition ("lần thứ 4" after the third, "lần tới") is still to come', () => {
    for (const next of [
      'Giao lưu lần thứ 4 được tổ chức vào năm 2027',
      'Giao lưu lần tới được tổ chức',
    ])
      expect(
        visits(lead + next + ' tại tỉnh Savannakhet (Lào) và tỉnh Quảng Trị (Việt Nam).').filter(
          (v) => v.endsWith('LA-SV') || v.endsWith('VN-25'),
        ),
      ).toEqual([]);
  });

  it('an earlier edition ("nối tiếp lần thứ hai") was held', () => {
    expect(
      visits(
        lead +
          'Giao lưu lần này nối tiếp lần thứ hai, diễn ra hồi tháng 5/2024 tại tỉnh Savannakhet (Lào) và tỉnh Quảng Trị (Việt Nam).',
      ),
    ).toContain('VN-HN*>LA-SV');
  });

  it('a programme still to come is no visit', () => {
    expect(
      visits(
        lead +
          'Chương trình dự kiến diễn ra trong ba ngày 2 - 4/8 tại tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào).',
      ).filter((v) => v.endsWith('LA-BL')),
    ).toEqual([]);
  });
});

describe('thanks for the welcome given during a trip to a country', () => {
  const reception =
    'Lãnh đạo Hội Liên hiệp Phụ nữ hai nước gặp gỡ\n\nBà Lê Thị A, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam đã tiếp đoàn đại biểu Hội Liên hiệp Phụ nữ Lào đang thăm và làm việc tại Việt Nam.\n';

  it('"Thay mặt … Việt Nam, bà A cảm ơn … về sự đón tiếp … trong chuyến thăm … nước Lào": she went', () => {
    expect(
      visits(
        reception +
          'Thay mặt Hội Liên hiệp Phụ nữ Việt Nam, bà Lê Thị A cảm ơn Hội Liên hiệp Phụ nữ Lào về sự đón tiếp chu đáo dành cho bà trong chuyến thăm chính thức nước Lào từ ngày 3 đến 5/9/2023.',
      ).sort(),
    ).toEqual(['LA-VT*>VN-HN*', 'VN-HN*>LA-VT*']);
  });

  it('an envoy at his post who thanks for a welcome made no trip', () => {
    expect(
      visits(
        'Gặp gỡ cuối nhiệm kỳ\n\nĐại sứ Việt Nam tại Lào Nguyễn Văn B cảm ơn các cơ quan Lào về sự đón tiếp thân tình trong chuyến thăm Lào của các đoàn Việt Nam thời gian qua.',
      ),
    ).toEqual([]);
  });

  it('a welcome being prepared for a trip to come ("chuẩn bị … sau Tết") is no visit', () => {
    expect(
      visits(
        'Chuẩn bị chuyến thăm\n\nChiều 2/3, tại Hà Nội, bà Lê Thị A đã tiếp Đại sứ Lào tại Việt Nam.\nChủ tịch Hội Liên hiệp Phụ nữ Việt Nam Lê Thị A cảm ơn Đại sứ đã giúp chuẩn bị chu đáo việc đón tiếp đoàn trong chuyến thăm Lào sau Tết.',
      ),
    ).not.toContain('VN-HN*>LA-VT*');
  });

  it('a trip still to come is no visit', () => {
    expect(
      visits(
        'Chuẩn bị chuyến thăm\n\nThay mặt Hội Liên hiệp Phụ nữ Việt Nam, bà Lê Thị A cảm ơn Hội Liên hiệp Phụ nữ Lào về sự đón tiếp mà bạn sẽ dành cho đoàn trong chuyến thăm nước Lào tháng tới.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation received at a port named after its city', () => {
  it('"đón đoàn … tại cảng B": the guests came to B, not to the host’s capital', () => {
    expect(
      visits(
        'Học viên hải quân Việt Nam thăm Campuchia\n\nChiều 5/4, Bộ Tư lệnh Hải quân Hoàng gia Campuchia đón đoàn cán bộ Học viện Hải quân Việt Nam tại cảng Kampot.',
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('a port the talks are about ("trao đổi về … hàng hóa … tại cảng B") is not where they met', () => {
    expect(
      visits(
        'Phó Thủ tướng Campuchia tiếp đoàn Bộ Giao thông vận tải Việt Nam\n\nChiều 12/3, Phó Thủ tướng Campuchia tiếp đoàn công tác Bộ Giao thông vận tải Việt Nam do Thứ trưởng Nguyễn Văn C dẫn đầu, hai bên trao đổi về việc bốc dỡ hàng hóa của doanh nghiệp Việt Nam tại cảng Sihanoukville.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('a port only spoken of, with no "tại", is not where the guests were received', () => {
    expect(
      visits(
        'Học viên hải quân Việt Nam thăm Campuchia\n\nChiều 5/4, Bộ Tư lệnh Hải quân Hoàng gia Campuchia đón đoàn cán bộ Học viện Hải quân Việt Nam, giới thiệu về cảng Kampot.',
      ),
    ).not.toContain('VN-HN*>KH-7');
  });
});
