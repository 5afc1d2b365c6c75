// Rules the thirty-eighth session's reading of the annotated corpus called for.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

describe('a foreign leader in the roll of an event held in a province', () => {
  const lead = 'Tối 5/7, tại tỉnh Sơn La, ngày hội văn hóa biên giới Việt Nam - Lào đã khai mạc.';
  it('provinces counted after the leader ("cùng đại diện 10 tỉnh của Lào") are no title of his', () => {
    expect(
      visits(
        [
          'Khai mạc ngày hội văn hóa biên giới',
          lead,
          'Dự lễ khai mạc có Chủ tịch Quốc hội Lào Pany Yathotou, lãnh đạo các bộ, ngành hai nước cùng đại diện 9 tỉnh của Việt Nam và 10 tỉnh của Lào.',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-05']);
  });

  it('a title that goes on to a province is still that province’s leader', () => {
    expect(
      visits(
        [
          'Khai mạc ngày hội văn hóa biên giới',
          lead,
          'Dự lễ khai mạc có ông Khăm Phăn, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn.',
        ].join('\n'),
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe('an event that receives guests where the lead held it', () => {
  const head = 'Hội nghị giáo dục vùng biên';
  const lead =
    'Ngày 5/4, tại thành phố Điện Biên Phủ, Sở Giáo dục và Đào tạo tỉnh Điện Biên tổ chức hội nghị tổng kết.';
  it('"Hội nghị còn đón … lãnh đạo các sở …: A1, A2 và A3"', () => {
    expect(
      visits(
        [
          head,
          lead,
          'Hội nghị còn đón các đại biểu nước bạn là lãnh đạo các sở Giáo dục và Thể thao: Luông Pha Băng, U Đom Xay và Phong Sa Ly.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-LP>VN-71', 'LA-OU>VN-71', 'LA-PH>VN-71']);
  });

  it('guests listed across countries, each part closed by its country in brackets', () => {
    expect(
      visits(
        [
          'Khai mạc Lễ hội cà phê',
          'Tối 10/3, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk đã khai mạc Lễ hội cà phê lần thứ 8.',
          'Lễ hội còn đón đoàn chính quyền các tỉnh Orkhon (Mông Cổ), Mondulkiri (Campuchia), Jeollabuk (Hàn Quốc) và Salavan, Champasak (Lào).',
        ].join('\n'),
      ).sort(),
    ).toEqual(['KH-11>VN-33', 'LA-CH>VN-33', 'LA-SL>VN-33']);
  });

  it('no lead venue, no host: the event names nobody who came', () => {
    expect(
      visits(
        [head, 'Hội nghị còn đón lãnh đạo các sở Giáo dục và Thể thao tỉnh Luông Pha Băng.'].join(
          '\n',
        ),
      ),
    ).toEqual([]);
  });

  it('an envoy present at a ceremony in the capital is at his post', () => {
    expect(
      visits(
        [
          'Gặp mặt hữu nghị nhân dịp Tết Bunpimay',
          'Sáng 13/4, tại Hà Nội, Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt.',
          'Buổi lễ có sự hiện diện của ngài Chanthaphone, Đại biện lâm thời Đại sứ quán Lào tại Việt Nam.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a plan that acts on an agreement already made', () => {
  const head = 'Ninh Bình tăng cường hợp tác với tỉnh Oudomxay';
  const lead =
    'Ngày 19/3, Bí thư Tỉnh ủy Ninh Bình làm việc với đoàn đại biểu tỉnh Oudomxay của Lào.';
  it('"hy vọng hai bên sẽ … triển khai Biên bản ghi nhớ giữa hai tỉnh": the pair has one', () => {
    expect(
      sisters(
        [
          head,
          lead,
          'Ông bày tỏ hy vọng hai bên sẽ cùng trao đổi thông tin và triển khai Biên bản ghi nhớ giữa hai tỉnh.',
        ].join('\n'),
      ),
    ).toEqual(['LA-OU|VN-18']);
  });

  it('"sẽ ký kết và triển khai …": the agreement is still to be signed', () => {
    expect(
      sisters(
        [head, lead, 'Hai bên sẽ ký kết và triển khai biên bản ghi nhớ giữa hai tỉnh.'].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('cooperation agreed on, and the units merged into a partner', () => {
  it('"triển khai có hiệu quả các nội dung hợp tác đã thỏa thuận" is an agreement made', () => {
    expect(
      sisters(
        [
          'An Giang và tỉnh Kandal đẩy mạnh hợp tác',
          'Ủy ban nhân dân tỉnh An Giang vừa tổ chức hội nghị sơ kết công tác hợp tác với tỉnh Kandal (Campuchia).',
          'Ông Lê Văn Phước mong muốn hai bên tiếp tục triển khai có hiệu quả các nội dung hợp tác đã thỏa thuận.',
        ].join('\n'),
      ),
    ).toEqual(['KH-8|VN-44']);
  });

  it('"sau khi hợp nhất với A và B, C … duy trì quan hệ hợp tác đã ký với D": C and D only', () => {
    expect(
      sisters(
        [
          'Tin đối ngoại',
          'Lãnh đạo tỉnh cho biết sau khi hợp nhất với Hà Nam và Nam Định, Ninh Bình tiếp tục duy trì quan hệ hợp tác đã ký với tỉnh U Đôm Xay.',
        ].join('\n'),
      ),
    ).toEqual(['LA-OU|VN-18']);
  });
});

describe('what the two sides signed, named after the document', () => {
  it('"căn cứ vào biên bản hai tỉnh đã ký tại Hội nghị cấp cao năm 2019"', () => {
    expect(
      sisters(
        [
          'Khởi công nhà làm việc Công an huyện Đắc Chưng',
          'Công trình là phần việc mà UBND tỉnh Quảng Nam cam kết xây tặng chính quyền tỉnh Sê Kông, căn cứ vào biên bản hai tỉnh đã ký tại Hội nghị cấp cao năm 2019.',
        ].join('\n'),
      ),
    ).toEqual(['LA-XE|VN-27']);
  });
});

describe('a trip talked of is no trip made', () => {
  const head = 'Hội nghị trực tuyến giữa Mặt trận hai nước';
  it('"hai bên … thảo luận về: chuyến thăm hữu nghị Vương quốc Campuchia của ông …"', () => {
    expect(
      visits(
        [
          head,
          'Trong khuôn khổ Hội nghị, hai bên đã trao đổi các nội dung hợp tác, đồng thời thảo luận về: chuyến thăm hữu nghị Vương quốc Campuchia của ông Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      visits(
        [
          head,
          'Hai bên bàn về chuyến thăm tỉnh Savannakhet của đoàn đại biểu tỉnh Quảng Trị.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('the trip itself, told as done, still is one', () => {
    expect(
      visits(
        [
          head,
          'Ông Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã có chuyến thăm hữu nghị Vương quốc Campuchia từ ngày 28 đến 30/7/2022.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('remains a team collected, told of the remains', () => {
  it('"do Đội K73 (Bộ CHQS tỉnh A) tìm kiếm, cất bốc … trên địa bàn các tỉnh B1, B2": its trip', () => {
    expect(
      visits(
        [
          'Long An tiếp nhận hài cốt liệt sĩ',
          'Các hài cốt do Đội K73 (Bộ Chỉ huy Quân sự tỉnh Long An) tìm kiếm, cất bốc trong mùa khô 2022-2023 trên địa bàn các tỉnh Svay Rieng, Pailin.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-41>KH-20', 'VN-41>KH-24']);
  });

  it('a team named without its province, in a sentence about a reburial, tells no trip', () => {
    expect(
      visits(
        [
          'An táng hài cốt liệt sĩ',
          '17 hài cốt liệt sĩ được Đội quy tập 589 tìm kiếm, cất bốc tại tỉnh Khăm Muộn (Lào) đã về yên nghỉ tại Nghĩa trang liệt sĩ Ba Dốc, tỉnh Quảng Bình.',
        ].join('\n'),
      ),
    ).not.toContain('VN-24>LA-KH');
  });
});

describe('a province that works at home with visitors who came from elsewhere', () => {
  const head = 'Kiên Giang thúc đẩy liên kết du lịch';
  it('"UBND tỉnh A đã có buổi làm việc với … đến từ …", then the side named: its guests came to A', () => {
    expect(
      visits(
        [
          head,
          'Ngày 31/10, Ủy ban nhân dân tỉnh Kiên Giang đã có buổi làm việc với quan chức và doanh nhân đến từ một số địa phương của Campuchia.',
          'Phía Campuchia có đại diện các tỉnh Kep và Kampot.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['KH-23>VN-47', 'KH-7>VN-47']);
  });
});

describe('an army named short for its country', () => {
  it('"Tướng lĩnh Quân đội Việt Nam thăm tỉnh B": the nation’s army, from its capital', () => {
    expect(
      visits(
        [
          'Tướng lĩnh Quân đội Việt Nam thăm tỉnh Luang Prabang',
          'Ngày 5/3, đoàn đã làm việc với Bộ Chỉ huy quân sự tỉnh.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-LP']);
  });

  it('a part of it ("Quân khu 3, Quân đội Campuchia") is still no national body', () => {
    expect(
      visits(
        [
          'Tin quốc phòng',
          'Ngày 20/1, đoàn công tác Bộ Tư lệnh Quân khu 3, Quân đội Campuchia đã đến thăm tỉnh Vĩnh Long.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a speaker introduced by the side he speaks for', () => {
  const lead =
    'Ngày 6/11, Chương trình Gặp gỡ hữu nghị Việt Nam - Campuchia đã khai mạc tại thành phố Đồng Xoài, tỉnh Bình Phước.';
  it('"Về phía Campuchia, Phó Thủ tướng X cho rằng …" at an event held in a Vietnamese province', () => {
    expect(
      visits(
        [
          'Khai mạc Gặp gỡ hữu nghị',
          lead,
          'Về phía Campuchia, Phó Thủ tướng Men Sam An cho rằng sự kiện góp phần củng cố tình hữu nghị.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-58']);
  });

  it('the host country’s own side stays home', () => {
    expect(
      visits(
        [
          'Khai mạc Gặp gỡ hữu nghị',
          lead,
          'Về phía Việt Nam, Phó Thủ tướng Phạm Bình Minh khẳng định quan hệ hai nước không ngừng phát triển.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
