// Rules the thirty-fifth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Chuyến công tác sang nước bạn', ...sentences].join('\n');

describe('a delegation going to a shrine or a cemetery goes to its place', () => {
  it('"Đoàn tới chùa X, huyện Y, tỉnh B" (the delegation named in the paragraph before)', () => {
    expect(
      visits(
        article(
          'Đoàn Ban Trị sự Phật giáo tỉnh Quảng Bình sang nước bạn gồm năm vị hòa thượng.',
          'Chiều ngày 4/3/2015, Đoàn tới chùa Phật Tích, huyện Thà Khẹt, tỉnh Khăm Muộn.',
        ),
      ),
    ).toEqual(['VN-24>LA-KH']);
    expect(
      visits(
        article(
          'Sáng 27/7, đoàn cựu chiến binh tỉnh Sê Kông đến nghĩa trang liệt sĩ tỉnh Quảng Nam.',
        ),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('a pagoda named after a place is still no trip without a motion verb', () => {
    expect(
      visits(
        article(
          'Chùa Long Vân ở tỉnh Chămpasak do bà con Việt kiều tỉnh Quảng Bình góp tiền xây dựng.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('central bodies that name their country last, or by an acronym', () => {
  it('"Ủy ban Mặt trận Xây dựng đất nước Lào" acts for Laos', () => {
    expect(
      visits(
        article(
          'Nhân dịp sang làm việc tại Quảng Bình, sáng 2/4/2012, đoàn Ủy ban Mặt trận Xây dựng đất nước Lào đã đến thăm Ủy ban MTTQ tỉnh.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it('its provincial branch names its province', () => {
    expect(
      visits(
        article('Đoàn Ủy ban Mặt trận Xây dựng đất nước tỉnh Sê Kông đã sang thăm tỉnh Quảng Nam.'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('"Đoàn Trung ương GHPGVN" is the Sangha’s central body; a province’s board is its own', () => {
    expect(
      visits(
        article(
          'Ngày 8/5, Đoàn Trung ương GHPGVN đã tới tỉnh Xay Nhạ Bu Ly và tỉnh Luông Pha Bang.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XA', 'VN-HN*>LA-LP']);
    expect(
      visits(article('Ngày 8/5, Ban Trị sự GHPGVN tỉnh Nghệ An đã tới tỉnh Xiêng Khoảng.')),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"Hội Nhà báo Việt Nam" is national, "Hội Nhà báo tỉnh A" a province’s', () => {
    expect(
      visits(
        article(
          'Từ ngày 10 đến 15/6, Đoàn công tác của Hội Nhà báo Việt Nam thăm và làm việc tại Campuchia.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
    expect(
      visits(
        article(
          'Từ ngày 10 đến 15/6, đoàn Hội Nhà báo tỉnh Gia Lai thăm và làm việc tại tỉnh Rattanakiri.',
        ),
      ),
    ).toEqual(['VN-30>KH-16']);
  });
});

describe('what a delegation agreed with its hosts on its trip', () => {
  it('"Đoàn … tỉnh A đã thống nhất với lãnh đạo tỉnh B trong chuyến làm việc" went to B', () => {
    expect(
      visits(
        article(
          'Theo các nội dung mà Đoàn công tác của tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông trong chuyến công tác vừa qua, hai tỉnh sẽ trao đổi đội bóng chuyền.',
        ),
      ),
    ).toEqual(['VN-32>LA-XE']);
  });

  it('an agreement with no trip named, or with no delegation, is none', () => {
    expect(
      visits(
        article(
          'Đoàn công tác của tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông nhiều nội dung.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông trong chuyến làm việc của đoàn Sê Kông tháng trước.',
        ),
      ),
    ).not.toContain('VN-32>LA-XE');
  });
});

describe('private people crossing the border are nobody’s delegation', () => {
  it('citizens who went over to work, suspects who went to buy drugs', () => {
    expect(
      visits(
        article(
          'Công an tỉnh An Giang tiếp nhận 40 công dân.',
          'Các công dân khai đã xem tin tuyển dụng trên mạng rồi tự ý sang Campuchia làm việc tại một công ty ở tỉnh Takeo.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Công an tỉnh Điện Biên điều tra.',
          'Đối tượng đã sang tỉnh Phông Sa Lỳ để mua ma túy.',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation that protects citizens, or a labour department, still travels', () => {
    expect(
      visits(article('Đoàn công tác bảo hộ công dân của tỉnh An Giang đã sang tỉnh Takeo.')),
    ).toEqual(['VN-44>KH-21']);
    expect(visits(article('Sở Lao động tỉnh An Giang đã sang tỉnh Takeo.'))).toEqual([
      'VN-44>KH-21',
    ]);
  });

  it('"Làm việc với cơ quan điều tra, …" is questioning, not a call', () => {
    expect(
      visits(
        article(
          'Công an tỉnh Sơn La phá án.',
          'Làm việc với cơ quan chức năng, các bị can khai nhận đã nhận hàng tại tỉnh Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(article('Đoàn công tác tỉnh Sơn La đã làm việc với cơ quan chức năng tỉnh Hủa Phăn.')),
    ).toEqual(['VN-05>LA-HO']);
  });
});

describe('an online link a meeting agreed to build is not an online meeting', () => {
  it('leaders at a summit in B who agreed to set up a video link went to B', () => {
    expect(
      visits(
        article(
          'Tại Hội nghị cấp cao lần thứ 10 tổ chức ở Viêng Chăn, Thủ tướng Việt Nam và Thủ tướng Campuchia đã thống nhất xây dựng một hệ thống hội nghị trực tuyến giữa ba văn phòng.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT', 'KH-12*>LA-VT']);
  });

  it('a summit held online is still no trip', () => {
    expect(
      visits(
        article(
          'Tại Hội nghị cấp cao lần thứ 10 tổ chức theo hình thức trực tuyến, Thủ tướng Việt Nam và Thủ tướng Campuchia đã phát biểu từ Viêng Chăn.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('condolences paid in person', () => {
  it('"đến viếng … tại B": the mourners went to B', () => {
    expect(
      visits(
        article(
          'Ngày 12-6, Chủ tịch nước đã dẫn đầu Đoàn đại biểu cấp cao Việt Nam đến viếng nguyên Thủ tướng Campuchia tại Phnôm Pênh.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('a wreath sent to be laid is no trip', () => {
    expect(
      visits(
        article(
          'Ngày 12-6, Chủ tịch nước đã gửi vòng hoa viếng nguyên Thủ tướng Campuchia tại Phnôm Pênh.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a ministry’s research institute acts for its country', () => {
  it('"Viện Nghiên cứu … Công Thương đã lập đoàn công tác sang khảo sát … tại Lào"', () => {
    expect(
      visits(
        article(
          'Viện Nghiên cứu Chiến lược, Chính sách Công Thương đã lập đoàn công tác sang khảo sát, làm việc với các doanh nghiệp tại Cộng hòa Dân chủ Nhân dân Lào từ ngày 3 đến ngày 9/5/2024.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('a province’s own institute names its province', () => {
    expect(
      visits(
        article('Đoàn Viện Nghiên cứu phát triển tỉnh Quảng Ninh đã sang thăm tỉnh Luông Nặm Thà.'),
      ),
    ).toEqual(['VN-13>LA-LM']);
  });
});

describe('guests escorted by their hosts’ leaders are in the hosts’ province', () => {
  it('"Đoàn … Lào cùng lãnh đạo Tỉnh ủy - UBND tỉnh B đã tới thăm …" went to B', () => {
    expect(
      visits(
        article(
          'Ngày 14/6, Đoàn đại biểu cấp cao Quốc hội Lào cùng lãnh đạo Tỉnh ủy - UBND tỉnh Hà Tĩnh đã tới thăm Khu kinh tế Vũng Áng.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-23']);
    expect(
      visits(
        article(
          'Ngày 14/6, Đoàn đại biểu tỉnh Khăm Muộn cùng đại diện UBND tỉnh Hà Tĩnh đã tới thăm một trang trại.',
        ),
      ),
    ).toEqual(['LA-KH>VN-23']);
  });

  it('two sides named with "cùng" and no delegation are no guests and hosts', () => {
    expect(
      visits(
        article(
          'Ngày 14/6, lãnh đạo huyện Hương Sơn, tỉnh Hà Tĩnh cùng lãnh đạo huyện Thà Khẹt, tỉnh Khăm Muộn đã dự hội nghị sơ kết hợp tác.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('people who moved to a place to live there', () => {
  it('"… người Việt ở tỉnh A đã sang B (Lào) sinh sống" is no trip', () => {
    expect(
      visits(
        article(
          'Vào đầu thế kỷ trước, khá nhiều người Việt ở Hà Tĩnh đã sang Bôlykhămxay (Lào) sinh sống.',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation that visits people living there still travels', () => {
    expect(
      visits(article('Đoàn tỉnh Hà Tĩnh đã sang Bôlykhămxay thăm bà con đang sinh sống tại đây.')),
    ).toEqual(['VN-23>LA-BL']);
  });
});

describe('a founding anniversary held online is still online', () => {
  it('"dự lễ kỷ niệm thành lập tỉnh B theo hình thức trực tuyến" gives no trip', () => {
    expect(
      visits(
        article(
          'Lãnh đạo tỉnh Sê Kông đã dự lễ kỷ niệm thành lập tỉnh Quảng Nam theo hình thức trực tuyến.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a relative clause of the delegation the article follows', () => {
  it('"Bình Thuận là một trong ba tỉnh mà đoàn tới thăm …, gồm A, B": the delegation’s stops', () => {
    expect(
      visits(
        article(
          'Đoàn đại biểu Hội hữu nghị Campuchia - Việt Nam tỉnh Kampot tới thăm tỉnh Cà Mau.',
          'Cà Mau là một trong ba tỉnh, thành phố mà đoàn tới thăm lần này, gồm Cần Thơ, Bạc Liêu và Cà Mau.',
        ),
      ),
    ).toEqual(['KH-7>VN-59', 'KH-7>VN-CT', 'KH-7>VN-55']);
  });
});

describe('a province’s founding anniversary is held in that province', () => {
  it('the guests the roll names came to it', () => {
    expect(
      visits(
        article(
          'Tối 20/9, tại Lễ kỷ niệm 120 năm thành lập tỉnh (1905 - 2025), tỉnh Lai Châu vinh dự đón nhận Huân chương Độc lập.',
          'Tham dự lễ kỷ niệm có đại biểu các tỉnh Phông Sa Lỳ, Luông Nặm Thà của nước Cộng hòa Dân chủ Nhân dân Lào.',
        ),
      ),
    ).toEqual(['LA-PH>VN-01', 'LA-LM>VN-01']);
  });
});

describe('where a route runs is nobody’s trip', () => {
  it('"mở tuyến xe buýt …, đi từ A tới thị xã B rồi sang tỉnh C"', () => {
    expect(
      visits(
        article(
          'Chính phủ Thái Lan đã đồng ý đàm phán để mở một tuyến xe khách nối 3 nước theo tuyến R12, đi từ Nakhon Phanom (Thái Lan) tới thị xã Thakhek (trung Lào) rồi sang tỉnh Hà Tĩnh (Việt Nam).',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation on the road still travels', () => {
    expect(
      visits(article('Đoàn tỉnh Hà Tĩnh đi theo tuyến đường 8 tới tỉnh Bôlykhămxay.')),
    ).toEqual(['VN-23>LA-BL']);
  });
});

describe('"giữa không khí …" is amid, not between two sides', () => {
  it('"Giữa không khí …, chào mừng Đại hội … của Đảng …, tại thủ đô B, Trung tâm … tổ chức"', () => {
    expect(
      visits(
        article(
          'Giữa không khí vui tươi những ngày đầu Xuân, hướng tới chào mừng thắng lợi của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam và Đại hội đại biểu toàn quốc lần thứ XII Đảng Nhân dân Cách mạng Lào, tối 3/2, tại thủ đô Vientiane, Trung tâm Văn hóa Việt Nam tại Lào đã long trọng tổ chức đêm văn nghệ mừng Xuân.',
        ),
      ),
    ).toEqual([]);
  });

  it('a province named in the "giữa …" opening is no side of the event after it', () => {
    expect(
      visits(
        article(
          'Giữa không khí rộn ràng của tỉnh Sơn La những ngày cuối năm, tại thành phố Sầm Nưa, Ban Chỉ huy Quân sự tỉnh Hủa Phăn đã tổ chức gặp mặt cán bộ.',
          'Giữa lúc tỉnh Điện Biên đang chuẩn bị Tết, tại tỉnh Phông Sa Lỳ, Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ tổ chức lễ kỷ niệm.',
        ),
      ),
    ).toEqual([]);
  });

  it('"giữa" before named sides still makes them the sides', () => {
    expect(
      visits(
        article(
          'Hội đàm giữa Đoàn đại biểu tỉnh Sơn La và tỉnh Hủa Phăn diễn ra tại tỉnh Hủa Phăn.',
        ),
      ),
    ).toEqual(['VN-05>LA-HO']);
  });
});

describe('an editor’s note in brackets after a reception', () => {
  it('tells the delegation’s other stops on its own', () => {
    expect(
      visits(
        article(
          'Phát biểu tại buổi tiếp, Chủ tịch UBND tỉnh vui mừng đón đoàn Hội hữu nghị tỉnh Kampot sang thăm tỉnh Cà Mau (Cà Mau là một trong ba tỉnh mà đoàn tới thăm lần này, gồm Cần Thơ, Bạc Liêu và Cà Mau – PV).',
        ),
      ),
    ).toEqual(['KH-7>VN-CT', 'KH-7>VN-55', 'KH-7>VN-59']);
  });
});

describe('a district opening its clause at a venue abroad', () => {
  it('"tại huyện X (tỉnh B, …), huyện Y (tỉnh A) cùng huyện X tổ chức …": A came to B', () => {
    expect(
      visits(
        article(
          'Ngày 12/11, tại huyện Na Kai (tỉnh Khăm Muộn, nước CHDCND Lào), huyện Hương Sơn (Hà Tĩnh) cùng huyện Na Kai tổ chức lễ bàn giao trường học.',
        ),
      ),
    ).toEqual(['VN-23>LA-KH']);
  });
});
