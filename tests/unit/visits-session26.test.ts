// Rules the twenty-sixth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

describe('"…, hiện đang ở thăm B": the guest’s trip told in an apposition', () => {
  const article = (sentence: string) => ['Hợp tác thanh tra hai nước', sentence].join('\n');

  it('a minister met at home, the guest named before the comma, is the one travelling', () => {
    expect(
      visits(
        article(
          'Chiều 25/11, Phó Tổng Thanh tra Chính phủ Trần Văn Minh đã làm việc với ông Sok Chea, Bộ trưởng Thanh tra Campuchia, hiện đang ở thăm Việt Nam.',
        ),
      ),
    ).toEqual(['KH-12*>VN-HN*']);
    expect(
      visits(
        article(
          'Sáng 3/6, Bí thư Tỉnh ủy Quảng Trị gặp gỡ đoàn đại biểu tỉnh Savannakhet, đang có chuyến thăm Hà Nội.',
        ),
      ),
    ).toEqual(['LA-SV>VN-HN']);
  });

  it('the subject’s own trip, its leader named in between, is read as before', () => {
    expect(
      visits(
        article(
          'Đoàn đại biểu tỉnh Chăm-pa-xắc do đồng chí Xỏn-xay, Tỉnh trưởng tỉnh làm trưởng đoàn, đang có chuyến thăm và làm việc tại tỉnh Bình Phước.',
        ),
      ),
    ).toEqual(['LA-CH>VN-58']);
  });

  it('an apposition naming the guest’s own country tells no trip', () => {
    expect(
      visits(
        article(
          'Chiều 25/11, Phó Tổng Thanh tra Chính phủ Trần Văn Minh đã gặp ông Nguyễn Văn Nam, Vụ trưởng Thanh tra Việt Nam, đang ở thăm Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"Đại diện tỉnh A tham dự có …", "sự hiện diện của …": who attended an event abroad', () => {
  const article = (...roll: string[]) =>
    [
      'Hội hữu nghị kỷ niệm 20 năm thành lập',
      'Ngày 28-8-2023, tại Phnom Penh, Campuchia, Hội hữu nghị đã tổ chức lễ kỷ niệm 20 năm ngày thành lập.',
      ...roll,
    ].join('\n');

  it('a province’s representatives, rolled after "tham dự có", travelled to the venue', () => {
    expect(
      visits(
        article(
          'Đại diện chính quyền tỉnh Tây Ninh tham dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.',
        ),
      ),
    ).toEqual(['VN-37>KH-12']);
  });

  it('leaders whose presence the ceremony had came from their provinces', () => {
    expect(
      visits(
        article('Buổi lễ còn có sự hiện diện của đại diện lãnh đạo các tỉnh Long An, Đồng Tháp.'),
      ),
    ).toEqual(['VN-41>KH-12', 'VN-45>KH-12']);
  });

  it('the host province’s own representatives at home went nowhere', () => {
    const home = [
      'Hội hữu nghị kỷ niệm 20 năm thành lập',
      'Ngày 28-8-2023, tại thành phố Tây Ninh, tỉnh Tây Ninh, Hội hữu nghị đã tổ chức lễ kỷ niệm 20 năm ngày thành lập.',
      'Đại diện chính quyền tỉnh Tây Ninh tham dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.',
    ];
    expect(visits(home.join('\n'))).toEqual([]);
  });
});

describe('"Bí thư tỉnh A … thông tin, …": a speaker at a ceremony abroad', () => {
  const article = (speaker: string) =>
    [
      'Tỉnh Phú Thọ bàn giao trung tâm y tế cho tỉnh bạn',
      'Chiều 23/12, tại tỉnh Luang Namtha, Bắc Lào, đã diễn ra lễ khánh thành và bàn giao công trình trung tâm y tế - món quà tỉnh Phú Thọ gửi tặng tỉnh Luang Namtha.',
      speaker,
    ].join('\n');

  it('"thông tin" before a comma is the verb of a guest who spoke there', () => {
    expect(
      visits(
        article(
          'Phát biểu tại buổi lễ, Bí thư tỉnh Phú Thọ Trần Văn Nam thông tin, từ năm 2005 tới nay tỉnh đã giúp bạn nhiều công trình.',
        ),
      ),
    ).toEqual(['VN-68>LA-LM']);
  });

  it('"Sở Thông tin và Truyền thông" is a body’s name, no verb of speech', () => {
    expect(
      visits(
        article(
          'Giám đốc Sở Thông tin và Truyền thông tỉnh Phú Thọ Trần Văn Nam được giao theo dõi công trình.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"kể từ hội nghị lần trước tổ chức tại B hồi tháng …": an earlier venue', () => {
  const article = (recall: string) =>
    [
      'Hội nghị hợp tác các tỉnh dọc tuyến đường 8',
      'Ngày 29/8/2010, tại thành phố Đồng Hới, tỉnh Quảng Bình, đã diễn ra hội nghị lần thứ 14 của các tỉnh dọc tuyến đường 8.',
      'Về dự hội nghị có đại diện lãnh đạo các tỉnh Bolikhămxay, Khăm Muộn (Lào).',
      recall,
    ].join('\n');

  it('the parties of this meeting did not travel to the last one’s venue', () => {
    expect(
      visits(
        article(
          'Hội nghị đã nhìn lại kết quả đạt được kể từ hội nghị lần thứ 13 tổ chức tại Hà Tĩnh hồi tháng 11-2009.',
        ),
      ),
    ).toEqual(['LA-BL>VN-24', 'LA-KH>VN-24']);
  });

  it('a traveller the recalling sentence names still went there', () => {
    expect(
      visits(
        article(
          'Đại diện tỉnh Khăm Muộn nhắc lại chuyến sang hội đàm tại Hà Tĩnh hồi tháng 11-2009 của đoàn tỉnh Khăm Muộn.',
        ),
      ),
    ).toContain('LA-KH>VN-23');
  });
});

describe('"tiếp đồng chí X, Trưởng Ban Đối ngoại Trung ương, nhân chuyến thăm Campuchia"', () => {
  it('the country the guest is visiting is not the guest’s own', () => {
    expect(
      visits(
        [
          'Lãnh đạo Campuchia tiếp Trưởng Ban Đối ngoại Trung ương',
          'Ngày 22/8, tại Phnom Penh, Thủ tướng Chính phủ Hun Sen đã tiếp đồng chí Trần Văn Nam, Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương, nhân chuyến thăm chính thức Campuchia của đồng chí.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('"tại huyện X (tỉnh B – Lào)": an address closed by its country', () => {
  it('the province before the country word is the venue', () => {
    expect(
      visits(
        [
          'Hội nghị thường niên giữa hai huyện biên giới',
          'Sáng ngày 30/10, tại huyện Đắc Chưng (tỉnh Sê Kông – Lào) đã diễn ra hội nghị thường niên lần thứ V giữa hai huyện Đắc Chưng và Nam Giang (Quảng Nam).',
        ].join('\n'),
      ),
    ).toEqual(['VN-27>LA-XE']);
  });
});

describe('"Giao ước thi đua … giữa … tỉnh A với … tỉnh B": a pact between two provinces', () => {
  it('is a sister link', () => {
    expect(
      sisters(
        [
          'Sơ kết giao ước thi đua biên giới',
          'Giao ước thi đua xây dựng đường biên giới hòa bình được thực hiện giữa Ủy ban MTTQ Việt Nam tỉnh Kiên Giang với Ủy ban Mặt trận tỉnh Kampot.',
        ].join('\n'),
      ),
    ).toEqual(['KH-7|VN-47']);
  });
});

describe('"Đoàn công tác tỉnh A … hội đàm với Ban … tỉnh B": talks with a body of B', () => {
  it('the delegation went to each province whose body it held talks with', () => {
    expect(
      visits(
        [
          'Ban Chỉ đạo 515 tỉnh Kon Tum hội đàm với các tỉnh bạn',
          'Từ ngày 12 đến 19/10/2018, Đoàn công tác của Ban Chỉ đạo 515 tỉnh Kon Tum do đồng chí Trần Văn Nam làm trưởng đoàn đã lần lượt hội đàm với Ban Chuyên trách tỉnh Ratanakiri/Campuchia cùng Ban Công tác đặc biệt các tỉnh Attapeu, Sekong/Lào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-28>KH-16', 'VN-28>LA-AT', 'VN-28>LA-XE']);
  });
});

describe('"tiếp Đoàn … Campuchia … cùng Đoàn … Lào": two delegations received', () => {
  it('each country’s delegation came to the host’s capital', () => {
    expect(
      visits(
        [
          'Thủ tướng tiếp các đoàn dự quốc tang',
          'Chiều 2/5, Thủ tướng Trần Văn Nam đã tiếp Đoàn đại biểu cấp cao Campuchia do Thủ tướng Hun Sen dẫn đầu cùng Đoàn đại biểu cấp cao Lào do ông Saysomphone Phomvihane làm trưởng đoàn.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-HN*', 'LA-VT*>VN-HN*']);
  });
});

describe('"chuyên chở … hàng viện trợ từ A tới B": goods on their way', () => {
  const article = (sentence: string) => ['Hàng viện trợ đến tỉnh bạn', sentence].join('\n');

  it('aid carried from A to B is no trip of A’s', () => {
    expect(
      visits(
        article(
          'Vừa qua, công ty đã hỗ trợ chuyên chở 1.200 suất hàng viện trợ từ TP. Đà Nẵng tới Trung tâm tỉnh lỵ Sê Kông, nước CHDCND Lào.',
        ),
      ),
    ).toEqual([]);
  });

  it('a coach carrying a delegation still took it there', () => {
    expect(
      visits(article('Sáng 5/3, xe chở đoàn đại biểu tỉnh Quảng Nam đã tới tỉnh Sê Kông.')),
    ).toEqual(['VN-27>LA-XE']);
  });
});

describe('the Party’s central commissions act for their country', () => {
  it('"Đoàn đại biểu Ủy ban Kiểm tra Trung ương" went from Hà Nội', () => {
    expect(
      visits(
        [
          'Hai Ủy ban Kiểm tra tăng cường hợp tác',
          'Theo lời mời của phía bạn, từ ngày 9 đến 13/9, Đoàn đại biểu Ủy ban Kiểm tra Trung ương do ông Trần Văn Nam làm trưởng đoàn đã sang thăm và làm việc tại Lào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('"đợt tình nguyện do Tỉnh đoàn A phối hợp … tổ chức tại tỉnh B"', () => {
  it('the organiser held it abroad, where the sentence says it was held', () => {
    expect(
      visits(
        [
          'Tình nguyện quốc tế tại nước bạn',
          'Mới đây, trong đợt công tác tình nguyện quốc tế do Tỉnh đoàn Hà Tĩnh phối hợp cùng các đơn vị tổ chức tại tỉnh Bôlykhămxay, trên 500 người dân đã được khám sức khỏe.',
        ].join('\n'),
      ),
    ).toEqual(['VN-23>LA-BL']);
  });
});

describe('tour routes and what tourists may do tell no trip', () => {
  const article = (sentence: string) =>
    ['Hợp tác phát triển du lịch giữa hai tỉnh', sentence].join('\n');

  it('"Tuyến thứ hai: từ A đến B" is a route', () => {
    expect(
      visits(
        article(
          '- Tuyến thứ hai: từ Cánh đồng chum (Xiêng Khoảng) đến Khu du lịch sinh thái Na Hang (Tuyên Quang), và theo chiều ngược lại.',
        ),
      ),
    ).toEqual([]);
  });

  it('"du khách có thể kết hợp đến thăm B" is a possibility', () => {
    expect(
      visits(
        article(
          'Với tuyến này, du khách từ tỉnh Xiêng Khoảng có thể kết hợp đến thăm Khu du lịch Na Hang tại tỉnh Tuyên Quang.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"Trên cơ sở chương trình hợp tác giữa A - B": an agreed programme', () => {
  it('is a sister link', () => {
    expect(
      sisters(
        [
          'Quảng Nam hỗ trợ tỉnh bạn vật tư y tế',
          'Trên cơ sở chương trình hợp tác giữa Quảng Nam - Sê Kông, tỉnh đã trao tặng vật tư y tế.',
        ].join('\n'),
      ),
    ).toEqual(['LA-XE|VN-27']);
  });
});

describe('"Đoàn đại biểu Campuchia gồm lãnh đạo tỉnh A, tỉnh B": one country’s roll', () => {
  it('each province on the roll came to the host’s Tết meeting', () => {
    expect(
      visits(
        [
          'Long An họp mặt mừng Xuân với đoàn đại biểu Campuchia',
          'Ngày 14/1, Tỉnh ủy, UBND tỉnh Long An tổ chức buổi họp mặt mừng Tết Nguyên đán 2020 với đoàn đại biểu Campuchia.',
          'Đoàn đại biểu Campuchia gồm lãnh đạo tỉnh Svay Rieng, tỉnh Prey Veng cùng các sĩ quan Quân đội Hoàng gia Campuchia.',
        ].join('\n'),
      ),
    ).toEqual(['KH-20>VN-41', 'KH-14>VN-41']);
  });
});

describe('"Hội nghị do ‹chair› Việt Nam, ‹chair› Campuchia và ‹chair› Lào đồng chủ trì"', () => {
  it('each co-chair from abroad came to the venue, the titles run on with commas', () => {
    expect(
      visits(
        [
          'Quan chức cấp cao ba nước nhóm họp tại Đắk Nông',
          'Ngày 1/11, Hội nghị Quan chức cấp cao lần thứ 11 khu vực Tam giác phát triển đã khai mạc tại thị xã Gia Nghĩa, tỉnh Đắk Nông.',
          'Hội nghị do Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Trần Văn Nam, Quốc vụ khanh Bộ Thương mại Campuchia Sok Chea và Thứ trưởng Bộ Ngoại giao Lào Bounmy đồng chủ trì.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-72', 'LA-VT*>VN-72']);
  });
});

describe('"… được đến thăm, làm việc với đồng chí Phó Thủ tướng …": a series of trip verbs', () => {
  it('the speaker’s own province went, not the national body he met', () => {
    expect(
      visits(
        [
          'Đoàn công tác Hà Tĩnh chào xã giao Phó Thủ tướng Lào',
          'Chiều 4/7, Đoàn công tác tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh Trần Văn Nam làm trưởng đoàn đã tới thủ đô Vientiane chào xã giao Phó Thủ tướng, Bộ trưởng Bộ Công an nước CHDCND Lào.',
          'Phát biểu tại buổi gặp, Chủ tịch UBND tỉnh Trần Văn Nam bày tỏ vinh dự khi được đến thăm, làm việc với đồng chí Phó Thủ tướng, Bộ trưởng cùng lãnh đạo lực lượng Công an nước CHDCND Lào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-23>LA-VT']);
  });
});

describe('"huyện X (tỉnh B – Lào) là nơi đăng cai hội nghị … giữa hai huyện X và Y (A)"', () => {
  it('the host named with its country is the venue; the other district’s province came', () => {
    expect(
      visits(
        [
          'Hội nghị hợp tác thường niên giữa hai huyện biên giới',
          'Sáng ngày 30/10, huyện Đắc Chưng (tỉnh Sê Kông – Lào) là nơi đăng cai hội nghị thường niên lần thứ V giữa hai huyện Đắc Chưng và Nam Giang (Quảng Nam).',
        ].join('\n'),
      ),
    ).toEqual(['VN-27>LA-XE']);
  });
});
