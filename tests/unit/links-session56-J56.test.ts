// Rules the fifty-sixth session's helper J56 drew from a metamorphic probe: a paragraph that tells
// no trip (a province's geography, another country's national affairs, a quote from elsewhere)
// inserted into an article must add no link and take none away.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

const POLICE =
  'Công an Đồng Tháp làm việc với Công an ba tỉnh Campuchia\n\nNgày 12/6, tại thành phố Cao Lãnh, Công an tỉnh Đồng Tháp đã làm việc với đoàn Công an 3 tỉnh giáp biên của Campuchia gồm Prey Veng, Kandal và Takeo.\n\nHai bên đã trao đổi thông tin về tình hình an ninh trên tuyến biên giới.\n\n';
const POLICE_VISITS = ['KH-14>VN-45', 'KH-8>VN-45', 'KH-21>VN-45'];

describe('a counted group named with its country ("đoàn Công an 3 tỉnh Campuchia")', () => {
  it('takes no province of another country named in between', () => {
    expect(
      visitsOf(
        POLICE +
          'Tỉnh Khammouane của Lào có diện tích hơn 16.000 km2.\n\nChiều cùng ngày, đoàn Công an 3 tỉnh Campuchia đã đến thăm Công an tỉnh Đồng Tháp.',
      ),
    ).toEqual(POLICE_VISITS);
  });

  it('guard: with no paragraph in between, the group is still its three provinces', () => {
    expect(
      visitsOf(
        POLICE +
          'Chiều cùng ngày, đoàn Công an 3 tỉnh Campuchia đã đến thăm Công an tỉnh Đồng Tháp.',
      ),
    ).toEqual(POLICE_VISITS);
  });

  it('guard: a group named by its count alone ("đoàn 3 tỉnh bạn") is the one just listed', () => {
    expect(
      visitsOf(
        'Long An đón đoàn ba tỉnh bạn\n\nNgày 2/6, lãnh đạo tỉnh Long An tiếp đoàn đại biểu 3 tỉnh Svay Rieng, Prey Veng và Takeo.\n\nChiều cùng ngày, đoàn 3 tỉnh bạn đã đến thăm, tặng quà một trường học của tỉnh.',
      ),
    ).toEqual(['KH-20>VN-41', 'KH-14>VN-41', 'KH-21>VN-41']);
  });
});

describe('a signing group named with its country ("với các tỉnh nước bạn Lào")', () => {
  it('is no Khmer province a background paragraph named before', () => {
    expect(
      sistersOf(
        'Thanh niên Quảng Trị giao lưu với thanh niên Lào\n\nNgày 3/7, Tỉnh đoàn Quảng Trị tổ chức chương trình giao lưu thanh niên biên giới năm 2026.\n\nTỉnh Kampot và tỉnh Kep của Campuchia nằm ven vịnh Thái Lan, nổi tiếng với hồ tiêu và cua biển.\n\nNổi bật là việc ký biên bản ghi nhớ hợp tác giữa Tỉnh đoàn Quảng Trị với các tỉnh nước bạn Lào có chung đường biên giới.',
      ),
    ).toEqual([]);
  });

  it('guard: the Lao provinces named before are its members', () => {
    expect(
      sistersOf(
        'Thanh niên Quảng Trị giao lưu với thanh niên Lào\n\nNgày 3/7, Tỉnh đoàn Quảng Trị tổ chức chương trình giao lưu thanh niên với tỉnh Savannakhet và tỉnh Salavan.\n\nNổi bật là việc ký biên bản ghi nhớ hợp tác giữa Tỉnh đoàn Quảng Trị với các tỉnh nước bạn Lào có chung đường biên giới.',
      ),
    ).toEqual(['LA-SV|VN-25', 'LA-SL|VN-25']);
  });
});

const DAK_LAK =
  'Đắk Lắk tiếp đoàn tỉnh Mondulkiri\n\nSáng 8/5, tại tỉnh Đắk Lắk, lãnh đạo tỉnh Đắk Lắk tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia).\n\n';

describe('a speech the opening places in the speaker’s own country', () => {
  it('"Phát biểu tại phiên họp … ở thủ đô B, Thủ tướng …": spoken at home, no trip to the venue', () => {
    expect(
      visitsOf(
        DAK_LAK +
          'Phát biểu tại phiên họp Quốc hội Campuchia ở thủ đô Phnom Penh, Thủ tướng Hun Manet khẳng định Chính phủ sẽ ưu tiên làm đường nông thôn.',
      ),
    ).toEqual(['KH-11>VN-33']);
  });

  it('guard: a speech placed at the venue itself still tells the speaker came', () => {
    expect(
      visitsOf(
        DAK_LAK +
          'Phát biểu tại buổi tiếp ở tỉnh Đắk Lắk, ông Chan Sophal, Phó Tỉnh trưởng tỉnh Kratie cảm ơn sự đón tiếp của tỉnh.',
      ),
    ).toEqual(['KH-11>VN-33', 'KH-10>VN-33']);
  });
});

const NGHE_AN =
  'Nghệ An tiếp đoàn tỉnh Xiêng Khoảng\n\nNgày 20/3, tại Vinh, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào).\n\n';

describe('a leader of a province the article never named, quoted on its own affairs', () => {
  it('"Ông X, Tỉnh trưởng tỉnh C, cho biết năm nay tỉnh sẽ …": a quote, no trip to the venue', () => {
    expect(
      visitsOf(
        NGHE_AN +
          'Ông Bounmy Phanthavong, Tỉnh trưởng tỉnh Champasak, cho biết năm nay tỉnh sẽ mở rộng diện tích cà phê thêm 3.000 ha.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: words that turn to the host ("mong muốn cùng Nghệ An …") were said at the venue', () => {
    expect(
      visitsOf(
        NGHE_AN +
          'Ông Bounmy Phanthavong, Tỉnh trưởng tỉnh Champasak, cho biết tỉnh mong muốn cùng Nghệ An mở rộng hợp tác về cà phê.',
      ),
    ).toEqual(['LA-XI>VN-22', 'LA-CH>VN-22']);
  });
});

const TALKS_LEAD =
  'Lãnh đạo tỉnh Quảng Bình và tỉnh Khammouane (Lào) đã hội đàm, đánh giá kết quả hợp tác năm 2026 giữa hai địa phương.';
const TALKS_TAIL =
  '\n\nHai bên đã trao đổi về thương mại và giáo dục.\n\nNhân dịp này, hai bên đã ký kết thỏa thuận hợp tác về y tế.';
const talks = (before: string) =>
  'Các địa phương hai nước hội đàm về y tế\n\n' + before + TALKS_LEAD + TALKS_TAIL;

describe('"hai bên đã ký kết" read as the pair the lead has meet', () => {
  it('a background line before the lead ("Sông Mê Kông chảy qua các tỉnh …") pairs no sides', () => {
    expect(
      sistersOf(
        talks(
          'Sông Mê Kông chảy qua địa phận các tỉnh Champasak, Stung Treng và Kratie trước khi vào Việt Nam.\n\n',
        ),
      ),
    ).toEqual(['LA-KH|VN-24']);
  });

  it('nor does a line on a shared border ("có đường biên giới dài với tỉnh …")', () => {
    expect(
      sistersOf(talks('Tỉnh Savannakhet có đường biên giới dài với tỉnh Quảng Trị.\n\n')),
    ).toEqual(['LA-KH|VN-24']);
  });

  it('guard: the lead itself still gives the pair', () => {
    expect(sistersOf(talks(''))).toEqual(['LA-KH|VN-24']);
  });
});

describe('T56 guards: groups named with two countries, a lead pair with no meeting word', () => {
  it('"đoàn 2 tỉnh của Lào và Campuchia" is a group of both countries', () => {
    expect(
      visitsOf(
        'Gia Lai tiếp đoàn\n\nCác tỉnh Ratanakiri (Campuchia), Attapeu (Lào) có chung đường biên giới với Gia Lai.\n\nNgày 5/4, tỉnh Gia Lai tiếp đoàn 2 tỉnh của Lào và Campuchia.',
      ),
    ).toEqual(['KH-16>VN-30', 'LA-AT>VN-30']);
  });

  it('"với các tỉnh của Lào và Campuchia" pairs the Lao province named before', () => {
    expect(
      sistersOf(
        'Tây Ninh tăng cường hợp tác\n\nTỉnh Tây Ninh có đường biên giới với các tỉnh Svay Rieng, Prey Veng, Tbong Khmum của Campuchia.\n\nTỉnh cũng có quan hệ với tỉnh Chăm Pa Sắc (Lào).\n\nNăm 2019, tỉnh Tây Ninh đã ký kết hợp tác với các tỉnh của Lào và Campuchia.',
      ),
    ).toEqual(['LA-CH|VN-37']);
  });

  it('a lead pair that holds a conference ("tổ chức Hội nghị sơ kết") still signs "hai bên đã ký kết"', () => {
    expect(
      sistersOf(
        'Hội nghị sơ kết\n\nNgày 10/4, tỉnh Quảng Trị và tỉnh Savannakhet (Lào) tổ chức Hội nghị sơ kết 5 năm thực hiện biên bản.\n\nTham dự có đại diện tỉnh Salavan và tỉnh Thừa Thiên Huế.\n\nKết thúc hội nghị, hai bên đã ký kết biên bản thỏa thuận giai đoạn mới.',
      ),
    ).toEqual(['LA-SV|VN-25']);
  });
});
