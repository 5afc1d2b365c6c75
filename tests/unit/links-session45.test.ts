// Rules the forty-fifth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a national delegation that came to a country to attend the lead’s event', () => {
  const lead =
    'Hội nghị tư pháp các tỉnh biên giới\n\nNgày 12/9/2023, tại tỉnh Hà Tĩnh đã khai mạc Hội nghị tư pháp các tỉnh có chung biên giới Việt Nam - Lào.';

  it('"sang Việt Nam dự hội nghị" goes to the province the lead held it in', () => {
    expect(
      visits(
        `${lead} Đoàn đại biểu Bộ Tư pháp Lào do Thứ trưởng dẫn đầu đã sang Việt Nam dự hội nghị.`,
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('with no venue in the lead, the country stays its capital', () => {
    expect(
      visits(
        'Hợp tác tư pháp Việt - Lào\n\nNgày 12/9/2023, Đoàn đại biểu Bộ Tư pháp Lào do Thứ trưởng dẫn đầu đã sang Việt Nam dự hội nghị.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('one body named for two countries', () => {
  it('"tiếp Đoàn đại biểu Hội Phụ nữ Lào và Campuchia": guests of both countries', () => {
    expect(
      visits(
        'Chủ tịch Quốc hội tiếp Đoàn đại biểu Hội Phụ nữ Lào và Campuchia\n\nSáng 9/5/2024, tại Nhà Quốc hội, buổi tiếp diễn ra thân mật.',
      ).sort(),
    ).toEqual(['KH-12*>VN-HN*', 'LA-VT*>VN-HN*']);
  });

  it('"Hội hữu nghị Việt Nam - Lào" is one country’s body, no pair of guests', () => {
    expect(
      visits(
        'Bộ trưởng Campuchia tiếp Đoàn đại biểu Hội hữu nghị Việt Nam - Lào\n\nSáng 9/5/2024, buổi tiếp diễn ra tại Phnôm Pênh.',
      ),
    ).not.toContain('LA-VT*>KH-12*');
  });

  it('the headline’s trip between capitals takes the lead’s date', () => {
    const dates = linksOf(
      'Chủ tịch Quốc hội tiếp Đoàn đại biểu Hội Phụ nữ Lào và Campuchia\n\nSáng 9/5/2024, các đoàn dự diễn đàn nữ doanh nhân ba nước tổ chức tại Hà Nội.',
    ).map((l) => `${l.from.iso}:${l.date}`);
    expect(dates.sort()).toEqual(['KH-12:2024-05-09', 'LA-VT:2024-05-09']);
  });
});

describe('a national fund’s delegation', () => {
  it('"Đoàn công tác của Quỹ … Việt Nam" went to each province it worked with', () => {
    expect(
      visits(
        'Tặng quà bà con gốc Việt\n\nĐoàn công tác của Quỹ Hỗ trợ người Việt ở nước ngoài Việt Nam đã kết thúc chuyến thăm Campuchia. Trong chuyến đi, Đoàn đã làm việc với chính quyền các tỉnh Kampot và Takeo.',
      ).sort(),
    ).toEqual(['VN-HN*>KH-21', 'VN-HN*>KH-7']);
  });

  it('"8 đoàn của Campuchia" counted at a province is no national trip', () => {
    expect(
      visits(
        'Tổng kết năm\n\nTrong năm, Bộ CHQS tỉnh Tây Ninh đã đón tiếp 9 đoàn nước ngoài đến làm việc, trong đó có 8 đoàn của Campuchia.',
      ),
    ).toEqual([]);
  });
});

describe('a king is his country', () => {
  it('"Quốc vương Campuchia đến Hà Nội, bắt đầu thăm cấp Nhà nước tới Việt Nam"', () => {
    expect(
      visits(
        'Quốc vương Campuchia đến Hà Nội, bắt đầu thăm cấp Nhà nước tới Việt Nam\n\nSáng 8/10/2025, đoàn được đón tại sân bay.',
      ),
    ).toEqual(['KH-12*>VN-HN']);
  });
});

describe('a governor heard at a Tết greeting many provinces brought', () => {
  const lead =
    'Các tỉnh bạn chúc Tết\n\nNhững ngày qua, nhiều tỉnh của Vương quốc Campuchia tổ chức đoàn công tác sang chúc Tết chính quyền và nhân dân tỉnh An Giang.';

  it('"Sau lời chúc mừng …, ông X, Phó Tỉnh trưởng tỉnh Takeo mong muốn …": Takeo came', () => {
    expect(
      visits(
        `${lead} Sau lời chúc mừng năm mới gửi đến lãnh đạo tỉnh An Giang, ông Sok Dara, Phó Tỉnh trưởng tỉnh Takeo mong muốn hai tỉnh tăng cường hợp tác.`,
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('a governor’s wish with no venue in the lead is no trip', () => {
    expect(
      visits(
        'Hợp tác biên giới\n\nNhững ngày qua, tình hình biên giới ổn định. Ông Sok Dara, Phó Tỉnh trưởng tỉnh Takeo mong muốn hai tỉnh An Giang và Takeo tăng cường hợp tác.',
      ),
    ).toEqual([]);
  });
});

describe('a governor leads his own province’s high-level delegation', () => {
  it('"tiếp Đoàn đại biểu cấp cao do Ủy viên Trung ương Đảng …, Tỉnh trưởng tỉnh B làm Trưởng đoàn"', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 3/6/2022, Bí thư Tỉnh ủy Quảng Nam tiếp Đoàn đại biểu cấp cao do Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Sê Kông làm Trưởng đoàn sang thăm và làm việc tại Quảng Nam.',
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('one led by a minister stays his country’s', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 3/6/2022, Bí thư Tỉnh ủy Quảng Nam tiếp Đoàn đại biểu cấp cao do Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Lào làm Trưởng đoàn sang thăm và làm việc tại Quảng Nam.',
      ),
    ).toEqual(['LA-VT*>VN-27']);
  });
});

describe('whose trip it was, not who invited it', () => {
  it('"Chuyến thăm Lào của Chủ tịch Quốc hội … theo lời mời của Chủ tịch Quốc hội Lào"', () => {
    expect(
      visits(
        'Quan hệ Việt - Lào\n\nChuyến thăm Lào của Chủ tịch Quốc hội từ ngày 15-17/5/2022 theo lời mời của Chủ tịch Quốc hội Lào là minh chứng của tình đoàn kết.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('a mission at home', () => {
  it('"Đại sứ quán Lào tổ chức đón Tết Bunpimay tại Hà Nội": nobody travelled', () => {
    expect(
      visits(
        'Đại sứ quán Lào tổ chức đón Tết cổ truyền Bunpimay tại Hà Nội\n\nTối 12/4/2018, buổi lễ diễn ra ấm cúng.',
      ),
    ).toEqual([]);
  });

  it('a ministry that organised with the embassy did travel', () => {
    expect(
      visits(
        'Quảng bá du lịch\n\nNgày 29/8/2017, tại thủ đô Phnom Penh, Tổng cục Du lịch (Bộ Văn hóa, Thể thao và Du lịch) đã cùng Đại sứ quán Việt Nam tại Campuchia tổ chức Chương trình quảng bá du lịch.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('a joint delegation of two provinces', () => {
  it('"Đoàn đại biểu cấp cao hai tỉnh A - B đã đến …" after "giữa hai tỉnh A - B": no trip of A to B', () => {
    expect(
      visits(
        'Tin hoạt động\n\nSáng 25/8/2022, nhân kỷ niệm 55 năm ngày ký kết hợp tác giữa hai tỉnh Thanh Hóa - Hủa Phăn, Đoàn đại biểu cấp cao hai tỉnh Thanh Hóa - Hủa Phăn đã đến đặt vòng hoa tại nghĩa trang liệt sĩ.',
      ),
    ).toEqual([]);
  });

  it('a province named as host before a delegation of another still receives it', () => {
    expect(
      visits(
        'Tin hoạt động\n\nSáng 25/8/2022, tỉnh Thanh Hóa đón Đoàn đại biểu cấp cao tỉnh Hủa Phăn đã đến thăm và làm việc.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('where a received delegation came, said on the occasion', () => {
  it('"tiếp đoàn … Thủ đô Viêng Chăn …, nhân dịp đoàn đến Hà Nội tham gia …": received in Hà Nội', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChiều 9/9/2022, Phó Bí thư Thường trực Thành ủy đã tiếp đoàn đại biểu Liên hiệp Công đoàn Thủ đô Viêng Chăn (Lào), nhân dịp đoàn đến Hà Nội tham gia lớp tập huấn.',
      ),
    ).toEqual(['LA-VT>VN-HN']);
  });
});

describe('several delegations called by their country', () => {
  const lead =
    'Biên phòng An Giang tặng quà lực lượng vũ trang tỉnh Takeo\n\nSáng 24/12/2024, tại cửa khẩu Tịnh Biên, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang gặp mặt, tặng quà đoàn Công an tỉnh Takeo (Campuchia) sang chúc mừng.';

  it('"tiếp đón các đoàn công tác Campuchia" after Takeo’s trip: no trip of the state', () => {
    expect(
      visits(
        `${lead}\n\nBộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tiếp đón các đoàn công tác Campuchia.`,
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('with no province’s trip told, they stay their country’s', () => {
    expect(
      visits(
        'Tin biên giới\n\nNgày 24/12/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tiếp đón các đoàn công tác Campuchia.',
      ),
    ).toEqual(['KH-12*>VN-44']);
  });
});

describe('spellings', () => {
  it('"Paksé", the French spelling, is Pakse', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 5/3/2024, đoàn tỉnh Quảng Trị đã đến thành phố Paksé làm việc.',
      ),
    ).toEqual(['VN-25>LA-CH']);
  });
});

describe('a counted meeting’s members listed in brackets', () => {
  it('"hội nghị cấp cao 9 tỉnh 3 nước có sử dụng chung đường 8 (A1, A2 (Việt Nam); …; B (Lào))"', () => {
    expect(
      visits(
        'Hội nghị cấp cao\n\nNgày 22/11/2014, tại thị xã Pạc Xan, tỉnh Bôlykhămxay (Lào), Tỉnh trưởng tỉnh Bôlykhămxay chủ trì hội nghị cấp cao 9 tỉnh 3 nước có sử dụng chung đường 8 và đường 12 (Hà Tĩnh, Nghệ An (Việt Nam); Nọng Khai (Thái Lan); Bôlykhămxay, Khăm Muộn (Lào)).',
      ).sort(),
    ).toEqual(['VN-22>LA-BL', 'VN-23>LA-BL']);
  });

  it('a bracketed list after an uncounted name is no roll', () => {
    expect(
      visits(
        'Tin kinh tế\n\nNgày 22/11/2014, tại tỉnh Bôlykhămxay (Lào), hội thảo về tuyến đường 8 và đường 12 (qua Hà Tĩnh, Nghệ An) được tổ chức.',
      ),
    ).toEqual([]);
  });
});

describe('gifts handed over where the clause says', () => {
  it('"thăm tặng quà cho Tỉnh Đoàn B1, B2 … tại trường …, B1": went to B1 only', () => {
    expect(
      visits(
        'Gặp gỡ thanh niên ba tỉnh\n\nNgày 10/12/2022, Đoàn Thanh niên tỉnh Quảng Trị đã đến thăm, tặng quà cho Tỉnh Đoàn Salavan, Savannakhet và các em học sinh tại trường tiểu học Phôn Bóc, Salavan.',
      ),
    ).toEqual(['VN-25>LA-SL']);
  });

  it('with no place of the act, the recipients are where the gifts went', () => {
    expect(
      visits(
        'Tin hoạt động\n\nNgày 10/12/2022, Đoàn Thanh niên tỉnh Quảng Trị đã đến thăm, tặng quà cho Tỉnh Đoàn Salavan.',
      ),
    ).toEqual(['VN-25>LA-SL']);
  });
});

describe('a district’s Fatherland Front', () => {
  it('"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện" is the district’s, no national trip', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nSáng 2/12/2022, đoàn tỉnh Bình Phước đã sang tỉnh Kratie dự lễ. Tham gia cùng đoàn có bà Trần Thị Bích Lệ, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lộc Ninh.',
      ),
    ).toEqual(['VN-58>KH-10']);
  });
});

describe('places named as examples of where a trip went', () => {
  it('"đã đến các địa phương có nhiều Việt kiều như thủ đô B1, các tỉnh B2, B3"', () => {
    expect(
      visits(
        'Tặng quà Tết\n\nNgày 5/1/2024, đoàn Thành phố Hồ Chí Minh đã đến các địa phương có nhiều Việt kiều như thủ đô Phnom Penh, các tỉnh Pursat, Siem Reap để tặng quà.',
      ).sort(),
    ).toEqual(['VN-SG>KH-12', 'VN-SG>KH-15', 'VN-SG>KH-17']);
  });

  it('"du khách có cơ hội ghé những nơi như B": no trip', () => {
    expect(
      visits(
        'Du lịch\n\nTuyến tàu giúp du khách Việt Nam có cơ hội ghé những nơi như Sihanoukville một cách dễ dàng.',
      ),
    ).toEqual([]);
  });
});

describe('an anniversary’s day of signing is no signing', () => {
  it('"Nhân kỷ niệm 35 năm Ngày ký Hiệp ước …, tại Hà Nội, Đoàn văn công Quân đội nhân dân Lào đã biểu diễn"', () => {
    expect(
      visits(
        'Tin văn hóa\n\nNhân kỷ niệm 35 năm Ngày ký Hiệp ước Hữu nghị hợp tác Việt Nam - Lào, tối 23/9/2012, tại Nhà hát Quân đội (Hà Nội), Đoàn văn công Quân đội nhân dân Lào đã biểu diễn phục vụ nhân dân.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });
});

describe('received in audience', () => {
  it('"đoàn đại biểu Thành phố A … đã tiếp kiến Chủ tịch Quốc hội Lào": A called on the leader', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nTrong khuôn khổ chuyến thăm chúc Tết Bun Pi May tại Lào, sáng 11/4/2019, đoàn đại biểu Thành phố Hồ Chí Minh do Phó Bí thư Thành ủy dẫn đầu đã tiếp kiến Chủ tịch Quốc hội Lào.',
      ),
    ).toEqual(['VN-SG>LA-VT*']);
  });

  it('"đã được Chủ tịch Quốc hội Lào tiếp kiến" reads the same way', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nSáng 11/4/2019, đoàn đại biểu Thành phố Hồ Chí Minh đã được Chủ tịch Quốc hội Lào tiếp kiến.',
      ),
    ).toEqual(['VN-SG>LA-VT']);
  });
});

describe('a pair of gates named', () => {
  it('"khai trương cặp cửa khẩu X, tỉnh A (Việt Nam) - Y, tỉnh B (Lào)" held at X: B’s name is no guest', () => {
    expect(
      visits(
        'Khai trương cửa khẩu\n\nNgày 19/11/2024, tại Cửa khẩu quốc tế Lóng Sập đã diễn ra lễ công bố khai trương cặp cửa khẩu quốc tế Lóng Sập, huyện Mộc Châu, tỉnh Sơn La (Việt Nam) - Pa Háng, huyện Sốp Bâu, tỉnh Hủa Phăn (Lào).',
      ),
    ).toEqual([]);
  });

  it('a delegation of B at the same ceremony came', () => {
    expect(
      visits(
        'Khai trương cửa khẩu\n\nNgày 19/11/2024, tại Cửa khẩu quốc tế Lóng Sập, tỉnh Sơn La đã diễn ra lễ khai trương với sự tham dự của đoàn đại biểu tỉnh Hủa Phăn (Lào).',
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe('missions on a roll', () => {
  it('"đại diện Tổng lãnh sự quán Việt Nam tại Savannakhet và Champasak": both are seats, no guests', () => {
    expect(
      visits(
        'Hội đàm cấp cao\n\nChiều 27/12/2022, tại thành phố Đông Hà, tỉnh Quảng Trị đã diễn ra hội đàm cấp cao. Về phía nước bạn Lào có đồng chí Xẳn Ty, Tỉnh trưởng tỉnh Savannakhet cùng các thành viên trong đoàn; tham dự còn có đại diện Tổng lãnh sự quán Việt Nam tại Savannakhet và Champasak (Lào).',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('an envoy who speaks of a trip', () => {
  it('"Đại sứ khẳng định … sau chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư": the leader’s trip', () => {
    expect(
      visits(
        'Đón Tết tại Viêng Chăn\n\nĐại sứ khẳng định quan hệ hai nước đã được nâng lên tầm cao mới sau chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm vào tháng 12/2025.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"Chúc Tết bà con, Đại sứ … khẳng định …": an envoy at his post made no trip', () => {
    expect(
      visits(
        'Đại sứ quán chúc Tết\n\nChúc Tết bà con, Đại sứ Vũ Quang Minh khẳng định các nhà ngoại giao Việt Nam đang công tác tại Campuchia luôn sẵn sàng giúp đỡ cộng đồng.',
      ),
    ).toEqual([]);
  });
});

describe('offices and commissions in titles', () => {
  it('"Trưởng cơ quan Thường trực Ban Tuyên giáo Trung ương tại Đà Nẵng" on a roll is no venue', () => {
    expect(
      visits(
        'Triển lãm hữu nghị\n\nSáng 20/4/2022, tỉnh Thừa Thiên Huế khai mạc triển lãm ảnh. Dự lễ có ông X, Trưởng cơ quan Thường trực Ban Tuyên giáo Trung ương tại Đà Nẵng; ông Y, Trưởng đoàn đại biểu tỉnh Salavan.',
      ),
    ).toEqual(['LA-SL>VN-26']);
  });

  it('"đoàn công tác Ban Phát triển Nông thôn … Trung ương Lào" is the country’s', () => {
    expect(
      visits(
        'Tin hợp tác\n\nNgày 12/5/2016, đoàn công tác Ban Phát triển Nông thôn và Xóa nghèo Trung ương Lào đến làm việc với Ban Chỉ đạo Tây Bắc tại Hà Nội.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });

  it('"Păk-sế" is Pakse', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 5/3/2024, đoàn tỉnh Quảng Trị đã đến thành phố Păk-sế làm việc.',
      ),
    ).toEqual(['VN-25>LA-CH']);
  });
});
