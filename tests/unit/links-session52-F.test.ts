// Rules the fifty-second session's helper F drew from probe F's misreadings (people-to-people
// and sector ties: culture weeks, medical programmes, handovers, greetings).
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a speech named by its occasion before the speaker', () => {
  it('"Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh A X cho rằng …" at an event abroad', () => {
    expect(
      visits(
        'Khai mạc hội chợ nông sản\n\nNgày 3/11, Hội chợ nông sản vùng biên đã khai mạc tại tỉnh Oudomxay, Lào.\nPhát biểu khai mạc, Phó Chủ tịch UBND tỉnh Sơn La Cầm Văn Tám nhấn mạnh hội chợ là dịp quảng bá sản phẩm của hai tỉnh.',
      ),
    ).toEqual(['VN-05>LA-OU']);
  });

  it('the host province’s own leader opening it has not travelled', () => {
    expect(
      visits(
        'Khai mạc hội chợ nông sản\n\nNgày 3/11, Hội chợ nông sản vùng biên đã khai mạc tại tỉnh Oudomxay, Lào.\nPhát biểu khai mạc, Phó Tỉnh trưởng tỉnh Oudomxay Bun Mi cho biết hội chợ có 200 gian hàng.',
      ),
    ).toEqual([]);
  });
});

describe('an embassy holding an event in a province of its host country', () => {
  it('"Đại sứ quán … phối hợp với Bệnh viện (of a city) … tổ chức … tại tỉnh B" is a national visit to B', () => {
    expect(
      visits(
        'Khám bệnh từ thiện\n\nNgày 8/3, Đại sứ quán Campuchia tại Việt Nam phối hợp với Bệnh viện Đa khoa Cần Thơ tổ chức chương trình khám bệnh cho người dân tại tỉnh Sóc Trăng.',
      ),
    ).toEqual(['KH-12*>VN-52']);
  });

  it('"… đã cùng … tổ chức khám bệnh … tại tỉnh B", the work named without "chương trình"', () => {
    expect(
      visits(
        'Khám bệnh từ thiện\n\nSáng 9/5, Đại sứ quán Lào tại Việt Nam đã cùng một bệnh viện tư nhân tổ chức khám bệnh, phát thuốc cho người dân tại tỉnh Hà Tĩnh.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('in the host’s capital the embassy is at its post', () => {
    expect(
      visits(
        'Tặng quà học sinh\n\nNgày 8/3, Đại sứ quán Việt Nam tại Lào tổ chức chương trình tặng quà cho học sinh nghèo tại thủ đô Viêng Chăn.',
      ),
    ).toEqual([]);
  });

  it('a consulate general holding it in the province it sits in has not travelled', () => {
    expect(
      visits(
        'Tặng quà học sinh\n\nNgày 8/3, Tổng Lãnh sự quán Việt Nam tại Savannakhet tổ chức chương trình tặng quà cho học sinh nghèo tại tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });

  it('an event the embassy is still to hold is no trip', () => {
    expect(
      visits(
        'Tặng quà học sinh\n\nNgày 8/3, Đại sứ quán Việt Nam tại Lào sẽ tổ chức chương trình tặng quà cho học sinh nghèo tại tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });
});

describe('the envoy a Vietnamese paper names by title and name alone', () => {
  it('"Phát biểu tại buổi lễ, Đại sứ ‹Vietnamese name› …" at a ceremony in a province abroad', () => {
    expect(
      visits(
        'Bàn giao nhà văn hóa\n\nSáng 20/6, tại huyện Xepon, tỉnh Savannakhet đã diễn ra lễ bàn giao nhà văn hóa, quà tặng của Nhà nước Việt Nam.\nPhát biểu tại buổi lễ, Đại sứ Trần Văn Lâm bày tỏ vui mừng trước kết quả hợp tác.',
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('in the host’s capital he is at his post', () => {
    expect(
      visits(
        'Bàn giao nhà văn hóa\n\nSáng 20/6, tại thủ đô Viêng Chăn đã diễn ra lễ bàn giao nhà văn hóa cho một trường học.\nPhát biểu tại buổi lễ, Đại sứ Trần Văn Lâm bày tỏ vui mừng trước kết quả hợp tác.',
      ),
    ).toEqual([]);
  });

  it('an envoy whose name is not Vietnamese is not taken for Vietnam’s', () => {
    expect(
      visits(
        'Bàn giao nhà văn hóa\n\nSáng 20/6, tại huyện Xepon, tỉnh Savannakhet đã diễn ra lễ bàn giao nhà văn hóa.\nPhát biểu tại buổi lễ, Đại sứ Bounkham Vongsa bày tỏ vui mừng trước kết quả hợp tác.',
      ),
    ).toEqual([]);
  });
});

describe('the leader who opens a showcase week abroad', () => {
  it('"Phát biểu khai mạc Tuần Văn hóa A tại tỉnh B, ông X, Phó Chủ tịch UBND tỉnh C …": C came too', () => {
    expect(
      visits(
        'Tuần văn hóa tại Lào\n\nPhát biểu khai mạc Tuần Văn hóa - Du lịch Hà Giang và Cao Bằng tại tỉnh Xiengkhouang, ông Lò Văn Sơn, Phó Chủ tịch UBND tỉnh Lai Châu nhấn mạnh sự kiện là dịp quảng bá du lịch.',
      ).sort(),
    ).toEqual(['VN-01>LA-XI', 'VN-03>LA-XI', 'VN-04>LA-XI']);
  });

  it('the host province’s leader opening it adds no trip', () => {
    expect(
      visits(
        'Tuần văn hóa tại Lào\n\nPhát biểu khai mạc Tuần Văn hóa - Du lịch Hà Giang và Cao Bằng tại tỉnh Xiengkhouang, ông Bun Mi, Phó Tỉnh trưởng tỉnh Xiengkhouang nhấn mạnh sự kiện là dịp quảng bá du lịch.',
      ).sort(),
    ).toEqual(['VN-03>LA-XI', 'VN-04>LA-XI']);
  });
});

describe('a tour’s stops inside a place after an arrival verb', () => {
  it('"đoàn … đã đến các điểm du lịch (nổi tiếng) tại tỉnh B" reached B', () => {
    expect(
      visits(
        'Khảo sát du lịch\n\nNgày 5/6, đoàn doanh nghiệp lữ hành tỉnh Quảng Ngãi đã đến các điểm du lịch nổi tiếng tại tỉnh Champasak.',
      ),
    ).toEqual(['VN-29>LA-CH']);
  });

  it('a stop still to come is no trip', () => {
    expect(
      visits(
        'Khảo sát du lịch\n\nNgày 5/6, đoàn doanh nghiệp lữ hành tỉnh Quảng Ngãi sẽ đến các điểm du lịch nổi tiếng tại tỉnh Champasak.',
      ),
    ).toEqual([]);
  });

  it('tourists who often go there are no delegation', () => {
    expect(
      visits(
        'Khảo sát du lịch\n\nNhiều du khách tỉnh Quảng Ngãi thường đến các điểm du lịch nổi tiếng tại tỉnh Champasak.',
      ),
    ).toEqual([]);
  });
});

describe('an opening "Nhân dịp tham dự …," naming an event', () => {
  it('the places of the event’s name are not the main clause’s traveller', () => {
    expect(
      visits(
        'Chào xã giao\n\nNhân dịp tham dự Ngày hội Văn hóa Hà Giang tổ chức tại nước bạn Lào, đồng chí Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh Yên Bái cùng đoàn công tác đã đến chào xã giao lãnh đạo tỉnh Oudomxay.',
      ),
    ).toEqual(['VN-06>LA-OU']);
  });

  it('without the opening clause the delegation named first still travels', () => {
    expect(
      visits(
        'Chào xã giao\n\nĐoàn công tác tỉnh Hà Giang tham dự Ngày hội Văn hóa tại nước bạn Lào, sau đó đã đến chào xã giao lãnh đạo tỉnh Oudomxay.',
      ),
    ).toEqual(['VN-03>LA-OU']);
  });
});

describe('a site a province owns, named with it after "tại"', () => {
  it('"đến dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ tỉnh B" reached B', () => {
    expect(
      visits(
        'Dâng hương tưởng niệm\n\nChiều 3/5, đoàn công tác tỉnh Attapeu đã đến dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ tỉnh Kon Tum.',
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('"tại khu vực biên giới giữa hai tỉnh A và B" places neither', () => {
    expect(
      visits(
        'Biên giới ổn định\n\nĐoàn công tác tỉnh Attapeu cho biết tình hình tại khu vực biên giới giữa hai tỉnh Kon Tum và Attapeu luôn ổn định.',
      ),
    ).toEqual([]);
  });
});

describe('the last of two sites joined by "và" after "tại"', () => {
  it('"tại Đền thờ … và Đài tưởng niệm … tỉnh B": the second site is B’s too', () => {
    expect(
      visits(
        'Dâng hương tưởng niệm\n\nSáng 9/4, đoàn đại biểu tỉnh Savannakhet đã đến dâng hương tại Đền thờ các anh hùng và Đài tưởng niệm liệt sĩ tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('Tết gifts handed to another country’s leaders', () => {
  it('"lãnh đạo hai tỉnh A1 và A2 đã tặng hoa và quà Tết cho lãnh đạo tỉnh B": both came to B', () => {
    expect(
      visits(
        'Chúc mừng năm mới\n\nSáng 20/1, lãnh đạo hai tỉnh Kampot và Kep đã tặng hoa và quà Tết cho lãnh đạo tỉnh Kiên Giang.',
      ).sort(),
    ).toEqual(['KH-23>VN-47', 'KH-7>VN-47']);
  });

  // (Not the givers' trip: the delegation's, to its hosts; see links-session58-H9.)
  it('gifts handed to the head of a visiting delegation are the hosts’', () => {
    expect(
      visits(
        'Chúc mừng năm mới\n\nSáng 20/1, Phó Chủ tịch UBND tỉnh Kiên Giang tặng quà Tết cho Trưởng đoàn đại biểu tỉnh Kep.',
      ),
    ).toEqual(['KH-23>VN-47']);
  });

  it('gifts sent are no trip', () => {
    expect(
      visits(
        'Chúc mừng năm mới\n\nSáng 20/1, lãnh đạo tỉnh Kep đã gửi tặng quà Tết cho lãnh đạo tỉnh Kiên Giang.',
      ),
    ).toEqual([]);
  });
});
