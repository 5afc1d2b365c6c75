// Shapes from the sixty-fifth session's blind sets: each sentence is our own, in the shape news uses.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const doc = (...lines: string[]) => lines.join('\n\n');

describe('a work opened, named after the place it stands in', () => {
  it('"đã tới dự lễ khánh thành Sân bay quốc tế B ở Nam Lào": the leader went to B', () => {
    expect(
      visits(
        doc(
          'Lãnh đạo dự lễ khánh thành sân bay',
          'Sáng 12/4, Chủ tịch nước Việt Nam đã tới dự lễ khánh thành Sân bay quốc tế Attapeu ở Nam Lào.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-AT']);
  });

  it('"dự lễ khánh thành Bệnh viện tỉnh B": so did one at a hospital named after B', () => {
    expect(
      visits(
        doc(
          'Khánh thành bệnh viện',
          'Ngày 3/2, Phó Thủ tướng đã dự lễ khánh thành Bệnh viện tỉnh Xê Kông do Việt Nam tài trợ.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XE']);
  });

  it('not a place after a comma: "khánh thành nhà máy, tỉnh B cũng …" names no site', () => {
    expect(
      visits(
        doc(
          'Khánh thành nhà máy',
          'Ngày 3/2, Phó Thủ tướng đã dự lễ khánh thành nhà máy, tỉnh Xê Kông cũng cử đại diện.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a title alone, where the article gave it only to a foreign leader', () => {
  it('"Thủ tướng Lào thăm … tại tỉnh B", then "Thủ tướng khẳng định …": no trip of Vietnam\'s', () => {
    expect(
      visits(
        doc(
          'Thủ tướng Lào thăm nông trại ở tỉnh Attapeu',
          'Ngày 8/11, Thủ tướng Lào cùng lãnh đạo tỉnh đã đến thăm một nông trại của doanh nghiệp Việt Nam tại tỉnh Attapeu.',
          'Thủ tướng cảm ơn doanh nghiệp và khẳng định sẽ tạo điều kiện cho dự án.',
        ),
      ),
    ).toEqual([]);
  });

  it("a bare title stays Vietnam's where the article names a Vietnamese holder too", () => {
    expect(
      visits(
        doc(
          'Hai Thủ tướng hội đàm',
          'Ngày 5/1, Thủ tướng Lào Sonexay Siphandone hội đàm với Thủ tướng Phạm Minh Chính tại Viêng Chăn.',
          'Chiều cùng ngày, Thủ tướng đến thăm tỉnh Champasak.',
        ),
      ),
    ).toContain('VN-HN*>LA-CH');
  });
});

describe('a leader "cùng đoàn đại biểu cấp cao": the delegation is his own', () => {
  it('a Lao leader with his party in a Lao province: no trip', () => {
    expect(
      visits(
        doc(
          'Tin trong nước bạn',
          'Ngày 8/11, Thủ tướng Lào Sonexay Siphandone cùng đoàn đại biểu cấp cao đã đến thăm tỉnh Attapeu.',
        ),
      ),
    ).toEqual([]);
  });

  it("the same party in Vietnam: Laos's trip", () => {
    expect(
      visits(
        doc(
          'Thủ tướng Lào thăm Nghệ An',
          'Ngày 8/11, Thủ tướng Lào Sonexay Siphandone cùng đoàn đại biểu cấp cao đã đến thăm tỉnh Nghệ An.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it("a Vietnamese leader with his party abroad: Vietnam's trip", () => {
    expect(
      visits(
        doc(
          'Thủ tướng thăm Attapeu',
          'Ngày 8/11, Thủ tướng Phạm Minh Chính cùng đoàn đại biểu cấp cao đã đến thăm tỉnh Attapeu.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-AT']);
  });
});

describe('people who live where they are', () => {
  it('"sinh viên Lào đang học tập và làm việc tại B": students staying, no trip', () => {
    expect(
      visits(
        doc(
          'Tuổi trẻ hai tỉnh',
          'Tỉnh đoàn đã cấp phát thuốc cho người dân của tỉnh Bolykhamxay; cùng với đó là giúp đỡ sinh viên Lào đang học tập và làm việc tại Hà Tĩnh.',
        ),
      ),
    ).toEqual([]);
  });

  it('a suspect named after "thì": "Khi đi đến bản X thì đối tượng bị bắt giữ" is no trip', () => {
    expect(
      visits(
        doc(
          'Bắt đối tượng vận chuyển ma túy',
          'Đối tượng Lỳ A, trú tại huyện Mường Mộc, tỉnh Xiêng Khoảng, Lào, khai đã mang ma túy từ Lào sang Việt Nam.',
          'Khi đi đến khu vực bản Buộc Mú, xã Na Ngoi, tỉnh Nghệ An thì đối tượng bị lực lượng chức năng bắt giữ.',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation with "thì" and no suspect after it still travels', () => {
    expect(
      visits(
        doc(
          'Đoàn tỉnh bạn sang thăm',
          'Khi đoàn đại biểu tỉnh Xiêng Khoảng đi đến xã Na Ngoi, tỉnh Nghệ An thì trời đã tối.',
        ),
      ),
    ).toEqual(['LA-XI>VN-22']);
  });
});

describe('a summit of the three countries', () => {
  it('"Thủ tướng Lào X chủ trì Hội nghị, với sự tham dự của Thủ tướng Campuchia … và Thủ tướng Việt Nam …": both came', () => {
    expect(
      visits(
        doc(
          'Khai mạc Hội nghị Cấp cao CLV',
          'Ngày 25/11, tại Thủ đô Viêng Chăn, Hội nghị Cấp cao CLV lần thứ 8 đã khai mạc.',
          'Thủ tướng Lào Thoong-xinh Thăm-ma-vông chủ trì Hội nghị, với sự tham dự của Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Hun Xen và Thủ tướng Việt Nam Nguyễn Tấn Dũng.',
        ),
      ),
    ).toEqual(['KH-12*>LA-VT', 'VN-HN*>LA-VT']);
  });

  it('guard: a chair with no roll after him gives no trip', () => {
    expect(
      visits(
        doc(
          'Khai mạc Hội nghị Cấp cao CLV',
          'Ngày 25/11, tại Thủ đô Viêng Chăn, Hội nghị Cấp cao CLV lần thứ 8 đã khai mạc.',
          'Thủ tướng Lào Thoong-xinh Thăm-ma-vông chủ trì Hội nghị.',
        ),
      ),
    ).toEqual([]);
  });

  it('"tại Thủ đô B, Hội nghị … Campuchia - Lào - Việt Nam … khai mạc với sự tham dự của Thủ tướng ba nước"', () => {
    expect(
      visits(
        doc(
          'Khai mạc Hội nghị Cấp cao CLV',
          'Ngày 25/11, tại Thủ đô Viêng Chăn, Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 8 đã khai mạc với sự tham dự của Thủ tướng ba nước.',
        ),
      ),
    ).toEqual(['KH-12*>LA-VT', 'VN-HN*>LA-VT']);
  });

  it('"các cuộc thảo luận giữa đại diện … ba nước đang diễn ra tại tỉnh B", after a correspondent\'s post', () => {
    expect(
      visits(
        doc(
          'Campuchia, Lào, Việt Nam bàn kế hoạch du lịch',
          'Đại diện ngành du lịch ba nước Campuchia, Lào và Việt Nam đang thảo luận kế hoạch phát triển du lịch chung.',
          'Theo phóng viên TTXVN tại Viêng Chăn, các cuộc thảo luận giữa đại diện ngành du lịch ba nước đang diễn ra tại tỉnh Chăm-pa-xắc, cách thủ đô Viêng Chăn khoảng 480 km.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-CH', 'KH-12*>LA-CH']);
  });

  it('guard: three countries of which one is none of ours', () => {
    expect(
      visits(
        doc(
          'Khai mạc Hội nghị',
          'Ngày 25/11, tại Thủ đô Viêng Chăn, Hội nghị hợp tác Lào - Thái Lan - Việt Nam đã khai mạc với sự tham dự của lãnh đạo ba nước.',
        ),
      ),
    ).toEqual([]);
  });

  it('guard: a summit still to come ("sẽ")', () => {
    expect(
      visits(
        doc(
          'Hội nghị ba nước',
          'Ngày 25/11, tại Thủ đô Viêng Chăn, Hội nghị Campuchia - Lào - Việt Nam sẽ khai mạc với sự tham dự của Thủ tướng ba nước.',
        ),
      ),
    ).toEqual([]);
  });

  it('guard: what the three leaders did once ("được Thủ tướng ba nước đưa ra … năm 1999")', () => {
    expect(
      visits(
        doc(
          'Tam giác phát triển Campuchia - Lào - Việt Nam 25 năm',
          'Sáng kiến Tam giác phát triển được Thủ tướng ba nước đưa ra tại cuộc gặp cấp cao lần thứ nhất ở Viêng Chăn năm 1999.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('more national teams and a border exchange', () => {
  it('"Đoàn y tế Việt Nam đã đến thăm … tỉnh B (Lào)": a national medical team', () => {
    expect(
      visits(
        doc(
          'Khám bệnh cho người dân nước bạn',
          'Đoàn y tế Việt Nam đã đến thăm nhân dân huyện Sê Pôn, tỉnh Xa-van-na-khệt (Lào).',
        ),
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('"tại khu vực biên giới giữa huyện X, tỉnh A (Việt Nam) và huyện Y, tỉnh B (Campuchia)": each side\'s province received the other\'s ministry', () => {
    expect(
      visits(
        doc(
          'Giao lưu hữu nghị quốc phòng biên giới',
          'Ngày 15/5, tại khu vực biên giới giữa huyện Lộc Ninh, tỉnh Bình Phước (Việt Nam) và huyện Snuol, tỉnh Kra-chê (Campuchia), Bộ Quốc phòng hai nước đã tổ chức Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ nhất.',
        ),
      ),
    ).toEqual(['KH-12*>VN-58', 'VN-HN*>KH-10']);
  });
});

describe('a speech at talks abroad, and a clause on the map', () => {
  it('"Tại thủ đô B, phát biểu tại buổi làm việc với ‹host›, Phó Chủ tịch Thường trực Quốc hội X bày tỏ …"', () => {
    expect(
      visits(
        doc(
          'Trao quyền Chủ tịch APPF',
          'Tại thủ đô Phnôm Pênh, phát biểu tại buổi làm việc với Chủ tịch Quốc hội Campuchia Samdech Heng Samrin, Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng bày tỏ tin tưởng Quốc hội Campuchia sẽ đảm nhiệm thành công cương vị Chủ tịch APPF.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('"…, sau khi tỉnh A được chia tách thành hai tỉnh A và A2": no side of the meeting', () => {
    expect(
      visits(
        doc(
          'Tam giác phát triển',
          'Tại cuộc gặp ở Xiêm Riệp (Campuchia) tháng 7/2004, các nước nhất trí mở rộng Tam giác, sau khi tỉnh Đắc Lắc của Việt Nam được chia tách thành hai tỉnh Đắc Lắc và Đắc Nông.',
        ),
      ),
    ).toEqual([]);
  });

  it('guard: a province named as a side still came', () => {
    expect(
      visits(
        doc(
          'Hội đàm',
          'Tại thành phố Xiêm Riệp (Campuchia), đoàn đại biểu tỉnh Đắc Lắc đã hội đàm với lãnh đạo tỉnh Xiêm Riệp.',
        ),
      ),
    ).toEqual(['VN-33>KH-17']);
  });
});

describe("a trip to attend a host body's congress", () => {
  it('"trong khuôn khổ chuyến sang thăm và dự Đại hội … của Liên minh Phật giáo Lào, Đoàn … Việt Nam …": Vietnam\'s trip, never Laos\'s', () => {
    expect(
      visits(
        doc(
          'Tin Phật sự',
          'Sáng ngày 19-9, trong khuôn khổ chuyến sang thăm và dự Đại hội Phật giáo toàn quốc lần thứ VII của Liên minh Phật giáo Lào, Đoàn đại biểu Giáo hội Phật giáo Việt Nam đã có buổi hội kiến ngài Saysomphone Phomvihane.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"HT. X, Chủ tịch HĐTS GHPGVN đã …": the Sangha\'s council chair, a national body', () => {
    expect(
      visits(
        doc(
          'Tin Phật sự',
          'Sáng ngày 19-9, trong khuôn khổ chuyến sang thăm và dự Đại hội của Liên minh Phật giáo Lào, HT.Thích Thiện Nhơn, Chủ tịch HĐTS GHPGVN đã có buổi hội kiến ngài Saysomphone Phomvihane.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('guard: "chuyến thăm chính thức Lào và tham dự Đại hội đồng AIPA-45 của Chủ tịch Quốc hội X": the owner stays the traveller', () => {
    expect(
      visits(
        doc(
          'Ký kết hợp tác',
          'Lễ ký diễn ra trong khuôn khổ chuyến thăm chính thức Lào và tham dự Đại hội đồng AIPA-45 của Chủ tịch Quốc hội Trần Thanh Mẫn.',
        ),
      ),
    ).toContain('VN-HN*>LA-VT*');
  });
});
