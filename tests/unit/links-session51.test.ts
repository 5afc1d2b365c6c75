// Rules the fifty-first session's census of missed visits called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('talks with a foreign national body, placed at the end in the host’s country', () => {
  it('"… làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An": the Lao minister came', () => {
    expect(
      visits(
        'Tăng cường hợp tác an ninh\n\nBộ trưởng Bộ Công an đã làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('"hội đàm với người đồng cấp Lào … tại thành phố Quy Nhơn, tỉnh Bình Định"', () => {
    expect(
      visits(
        'Hội đàm cấp Phó Thủ tướng\n\nPhó Thủ tướng Chính phủ đã hội đàm với người đồng cấp Lào ngày 1/11 tại thành phố Quy Nhơn, tỉnh Bình Định.',
      ),
    ).toEqual(['LA-VT*>VN-31']);
  });

  it('talks in the capital of the host: the guest came to it', () => {
    expect(
      visits(
        'Hội đàm\n\nChiều 3/4, Chủ tịch Quốc hội Lào đã hội đàm với Chủ tịch Quốc hội Việt Nam tại thủ đô Viêng Chăn.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('talks placed in the guest’s country are the subject’s trip there', () => {
    expect(
      visits(
        'Làm việc tại Xiêng Khoảng\n\nBộ trưởng Bộ Công an đã làm việc với Bộ trưởng Bộ An ninh Lào tại tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('talks still to come are no visit', () => {
    expect(
      visits(
        'Hội đàm\n\nBộ trưởng Bộ Công an sẽ làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An.',
      ),
    ).toEqual([]);
  });

  it('an ambassador met at home is at his post, not a visitor', () => {
    expect(
      visits(
        'Tiếp Đại sứ\n\nBộ trưởng Bộ Công an đã làm việc với Đại sứ Lào tại Việt Nam ngày 3/4 tại Hà Nội.',
      ),
    ).toEqual([]);
  });
});

describe('a host meeting the delegations of other countries named by their country', () => {
  it('"có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia" at a named venue', () => {
    expect(
      visits(
        'Gặp gỡ nông dân ba nước\n\nSáng 2/12, tại thành phố Đà Lạt, tỉnh Lâm Đồng, lãnh đạo tỉnh đã có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia.',
      ).sort(),
    ).toEqual(['KH-12*>VN-35', 'LA-VT*>VN-35']);
  });

  it('"làm việc với đoàn đại biểu Lào" after "tại tỉnh B": the delegation came to B', () => {
    expect(
      visits(
        'Tiếp đoàn Lào\n\nSáng 2/12, tại tỉnh Lâm Đồng, lãnh đạo tỉnh đã làm việc với đoàn đại biểu Lào.',
      ),
    ).toEqual(['LA-VT*>VN-35']);
  });

  it('students of another country studying here are no delegation', () => {
    expect(
      visits(
        'Giao lưu sinh viên\n\nTại tỉnh Bình Phước, Phó Chủ tịch UBND tỉnh trao quà cho đoàn sinh viên Lào đang học tập tại trường.',
      ),
    ).toEqual([]);
  });

  it('a dateline with the agency’s tag does not hide the venue of the lead', () => {
    expect(
      visits(
        'Nông dân ba nước gặp gỡ\n\nLâm Đồng (TTXVN) - Trong khuôn khổ chương trình Gặp gỡ hữu nghị nông dân ba nước, sáng 2/12, tại thành phố Đà Lạt, lãnh đạo tỉnh Lâm Đồng đã có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia.',
      ).sort(),
    ).toEqual(['KH-12*>VN-35', 'LA-VT*>VN-35']);
  });
});

describe('an anniversary named as the occasion', () => {
  const lead =
    'Nhà hát Quân đội biểu diễn tại Lào\n\nNhân dịp 65 năm Ngày thành lập Quân đội Nhân dân Lào, tối 8/1, các nghệ sĩ của Nhà hát Ca múa nhạc Quân đội Việt Nam đã có đêm diễn đặc sắc tại Cung văn hóa Quốc gia Lào.';

  it('leaves the body it fetes out of the delegation the article follows', () => {
    expect(
      visits(
        `${lead} Trước khi về thủ đô, Đoàn đã có những đêm diễn thành công tại tỉnh Xiêng Khoảng và tỉnh Vientiane.`,
      ).sort(),
    ).toEqual(['VN-HN*>LA-VI', 'VN-HN*>LA-XI']);
  });

  it('a trip told in the occasion clause is still read', () => {
    expect(
      visits(
        'Thăm Xiêng Khoảng\n\nNhân dịp đoàn đại biểu tỉnh Nghệ An sang thăm tỉnh Xiêng Khoảng, hai bên đã ký biên bản ghi nhớ.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('a delegation named by its country', () => {
  it('"Đoàn đại biểu nước bạn Lào đã sang thăm tỉnh B"', () => {
    expect(
      visits('Hợp tác hữu nghị\n\nĐoàn đại biểu nước bạn Lào đã sang thăm tỉnh Sơn La.'),
    ).toEqual(['LA-VT*>VN-05']);
  });

  it('"Đoàn nghệ thuật Vương quốc Campuchia đã biểu diễn tại tỉnh B"', () => {
    expect(
      visits(
        'Liên hoan nghệ thuật\n\nĐoàn nghệ thuật Vương quốc Campuchia đã biểu diễn tại tỉnh Quảng Trị.',
      ),
    ).toEqual(['KH-12*>VN-25']);
  });

  it('is no national body when its members hold a province’s offices', () => {
    expect(
      visits(
        'Lễ đón lưu học sinh\n\nNgày 10/11, Trường Đại học Quảng Bình tổ chức lễ đón lưu học sinh Lào. Tham dự buổi lễ có đoàn đại biểu Lào gồm: ông A – Phó ban Tổ chức Tỉnh ủy; ông B – Phó giám đốc Sở Giáo dục và Thể thao.',
      ),
    ).toEqual([]);
  });

  it('is still national when its members hold a ministry’s offices', () => {
    expect(
      visits(
        'Lễ đón lưu học sinh\n\nNgày 10/11, tại tỉnh Quảng Bình, Trường Đại học Quảng Bình tổ chức lễ đón lưu học sinh Lào. Tham dự buổi lễ có đoàn đại biểu Lào gồm: ông A – Vụ trưởng Bộ Giáo dục và Thể thao Lào.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });
});

describe('the roll of an event placed in the sentence before', () => {
  const held =
    'Hội nghị các tỉnh biên giới\n\nHội nghị hợp tác các tỉnh biên giới đã diễn ra hôm thứ Tư tại Thành phố Hồ Chí Minh.';

  it('"Đồng chủ trì hội nghị là ‹titles› Việt Nam A và ‹titles› Campuchia B": a title opens the next chair', () => {
    expect(
      visits(
        `${held} Đồng chủ trì hội nghị là Phó Thủ tướng, Bộ trưởng Ngoại giao Việt Nam A và Phó Thủ tướng, Bộ trưởng Nội vụ Campuchia B.`,
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });

  it('"có đại diện Bộ Quốc phòng Campuchia, lãnh đạo tỉnh B": the hosts’ leaders are another item', () => {
    expect(
      visits(
        'Lễ an táng\n\nChiều 31/5, tại tỉnh Gia Lai đã diễn ra lễ an táng hài cốt liệt sĩ. Tham dự buổi lễ có đại diện Bộ Quốc phòng Campuchia, lãnh đạo tỉnh Gia Lai.',
      ),
    ).toEqual(['KH-12*>VN-30']);
  });

  it('a Lao leader whose titles go on to his province is that province’s', () => {
    expect(
      visits(
        'Lễ an táng\n\nChiều 31/5, tại tỉnh Nghệ An đã diễn ra lễ an táng hài cốt liệt sĩ. Tham dự buổi lễ có ông X, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });
});

describe('a plan whose programme follows a comma', () => {
  it('"… sẽ sang Việt Nam biểu diễn, với các đêm diễn tại A và B" is still a plan', () => {
    expect(
      visits(
        'Tuần Văn hóa\n\nĐoàn nghệ thuật Campuchia sẽ sang Việt Nam biểu diễn, với các đêm diễn tại TP.HCM và tỉnh Vĩnh Long.',
      ),
    ).toEqual([]);
  });

  it('the same trip told as done is read', () => {
    expect(
      visits(
        'Tuần Văn hóa\n\nĐoàn nghệ thuật Campuchia đã sang Việt Nam biểu diễn, với các đêm diễn tại TP.HCM và tỉnh Vĩnh Long.',
      ).sort(),
    ).toEqual(['KH-12*>VN-49', 'KH-12*>VN-SG']);
  });
});

describe('a country named with its state’s words', () => {
  it('"sang nước Cộng hòa dân chủ nhân dân Lào": the national body went to the capital', () => {
    expect(
      visits(
        'Hợp tác tư pháp\n\nĐoàn công tác Viện Kiểm sát nhân dân tối cao đã sang nước Cộng hòa dân chủ nhân dân Lào.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"sang nước Lào" moves people, not goods', () => {
    expect(visits('Hàng hóa qua cửa khẩu\n\nXe tải chở hàng sang nước Lào.')).toEqual([]);
  });

  it('"sang nước CHDCND Lào và tham dự Hội nghị" at the province the lead placed it in', () => {
    expect(
      visits(
        'Hội nghị Viện kiểm sát\n\nHội nghị Viện kiểm sát nhân dân các tỉnh biên giới được tổ chức tại tỉnh Chăm Pa Sắc. Ngày 13/8, Viện trưởng VKSND tối cao dẫn đầu đoàn công tác sang nước CHDCND Lào và tham dự Hội nghị.',
      ),
    ).toEqual(['VN-HN*>LA-CH']);
  });
});

describe('an arrival at a site inside a place', () => {
  it('"đã đến đồn biên phòng X, thuộc tỉnh B của Lào"', () => {
    expect(
      visits(
        'Giao lưu biên giới\n\nBộ trưởng Bộ Quốc phòng Việt Nam đã đến đồn biên phòng Densavan, thuộc tỉnh Savannakhet của Lào.',
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('"đã đến cửa khẩu X, tỉnh B"', () => {
    expect(
      visits(
        'Làm việc tại cửa khẩu\n\nĐoàn công tác tỉnh Quảng Trị đã đến cửa khẩu Densavan, tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"đã tới sân bay quốc tế X, thủ đô B, bắt đầu thăm …"', () => {
    expect(
      visits(
        'Thủ tướng thăm Lào\n\nSáng 9/1, Thủ tướng Chính phủ và Đoàn đại biểu Việt Nam đã tới sân bay quốc tế Wattay, thủ đô Viêng Chăn, bắt đầu thăm Lào.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('a site left, or a gate a crossing was upgraded to, is no arrival', () => {
    expect(
      visits(
        'Đường sang Lào\n\nRời cửa khẩu Lao Bảo (Quảng Trị), đoàn xe lướt nhanh qua những bản làng của tỉnh Savannakhet.',
      ),
    ).not.toContain('LA-SV>VN-25');
    expect(
      visits(
        'Chợ biên giới\n\nTừ khi Nậm Cắn được nâng cấp lên cửa khẩu quốc tế, chợ họp trên khu đất của bản Đỉnh Đam (tỉnh Xiêng Khoảng).',
      ),
    ).toEqual([]);
  });
});

describe('guests listed across countries, each part closed by its country in brackets', () => {
  it('"Lễ hội còn đón đoàn các tỉnh X (Mông Cổ), B1 (Campuchia), Y (Hàn Quốc) và B2, B3 (Lào)"', () => {
    expect(
      visits(
        'Lễ hội Cà phê Buôn Ma Thuột\n\nBên cạnh đó, Lễ hội còn đón đoàn chính quyền các tỉnh Orkhon (Mông Cổ), Mondulkiri (Campuchia), Jeollabuk (Hàn Quốc) và Salavan, Sekong (Lào).',
      ).sort(),
    ).toEqual(['KH-11>VN-33', 'LA-SL>VN-33', 'LA-XE>VN-33']);
  });
});

describe('a country left at the end of the trip', () => {
  it('"đã rời Việt Nam, kết thúc chuyến thăm 3 ngày": the trip was to the country', () => {
    expect(
      visits(
        'Kết thúc chuyến thăm\n\nNgày 30/5, Chủ tịch Quốc hội Campuchia và Phu nhân đã rời Việt Nam, kết thúc chuyến thăm 3 ngày.',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });

  it('"Trước khi rời Việt Nam, … thăm B": the stop before leaving, not the capital', () => {
    expect(
      visits(
        'Thủ tướng Lào thăm Đà Nẵng\n\nTrước khi rời Việt Nam, Thủ tướng Lào đã thăm thành phố Đà Nẵng.',
      ),
    ).toEqual(['LA-VT*>VN-DN']);
  });
});

describe('tourists, passengers and coaches', () => {
  it('"đưa đoàn khách du lịch sang tỉnh B" is no visit', () => {
    expect(
      visits(
        'Du lịch hai chiều\n\nCông ty du lịch của thành phố Đà Nẵng đã đưa đoàn khách du lịch sang tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });

  it('"đi xe khách từ A sang B" is no visit', () => {
    expect(
      visits('Nhật ký hành trình\n\nNgày 2/3: đi xe khách từ Hà Nội sang Phnom Penh.'),
    ).toEqual([]);
  });

  it('a province’s guests named "đoàn khách" still travel', () => {
    expect(
      visits('Tiếp khách quốc tế\n\nĐoàn khách của tỉnh Savannakhet đã sang thăm tỉnh Quảng Trị.'),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('gifts handed in at a mission in the givers’ own city', () => {
  const text =
    'Lào ủng hộ các tỉnh miền Bắc chống dịch\n\nSáng 8/6, lãnh đạo một số tỉnh Bắc Lào đã đến Tổng Lãnh sự quán Việt Nam tại Luang Prabang trao tặng tiền ủng hộ Chính phủ và nhân dân Việt Nam chống dịch. Chia sẻ khó khăn với các tỉnh kết nghĩa ở Việt Nam, Tỉnh trưởng tỉnh Luang Prabang đã đến Tổng Lãnh sự quán Việt Nam tại Luang Prabang trao số tiền 10.000 USD giúp tỉnh Điện Biên.';

  it('the state that receives the gift ("ủng hộ Chính phủ … Việt Nam") did not come', () => {
    expect(visits(text)).not.toContain('VN-HN*>LA-LP');
  });

  it('nor did the government it is given to ("ủng hộ Chính phủ Việt Nam")', () => {
    expect(
      visits(
        'Lào ủng hộ Việt Nam chống dịch\n\nSáng 8/6, lãnh đạo tỉnh Luang Prabang đã đến Tổng Lãnh sự quán Việt Nam tại Luang Prabang trao tặng tiền ủng hộ Chính phủ Việt Nam chống dịch.',
      ),
    ).toEqual([]);
  });

  it('nor did the province it helps, named after "các tỉnh kết nghĩa"', () => {
    expect(visits(text)).toEqual([]);
  });
});

describe('a mission at its post beside a delegation', () => {
  it('"Sau khi chào xã giao Đại sứ quán Việt Nam tại Lào, X … cùng đoàn … đã tới B": only the delegation travelled', () => {
    expect(
      visits(
        'Đoàn đại biểu tỉnh Yên Bái dâng hương tại tỉnh Viêng Chăn\n\nSau khi chào xã giao Đại sứ quán Việt Nam tại CHDCND Lào, đồng chí Chủ tịch UBND tỉnh cùng đoàn đại biểu cấp cao của tỉnh đã tới dâng hương tại tỉnh Viêng Chăn.',
      ),
    ).toEqual(['VN-06>LA-VI']);
  });

  it('a ministry named before "cùng" still goes along', () => {
    expect(
      visits(
        'Hợp tác biên giới\n\nĐại diện Bộ Ngoại giao Việt Nam cùng đoàn đại biểu tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.',
      ).sort(),
    ).toEqual(['VN-25>LA-SV', 'VN-HN*>LA-SV']);
  });
});

describe('a state’s customs', () => {
  it('"Phó Cục trưởng Hải quan Lào" received in a province came from Vientiane', () => {
    expect(
      visits(
        'Hợp tác hải quan\n\nSáng 3/2, lãnh đạo tỉnh Quảng Trị đã tiếp Phó Cục trưởng Hải quan Lào và đoàn công tác.',
      ),
    ).toEqual(['LA-VT*>VN-25']);
  });
});

describe('delegations that take part', () => {
  const held =
    'Ngày hội văn hóa biên giới Việt - Lào\n\nNgày 1/10, tại tỉnh Điện Biên đã khai mạc Ngày hội giao lưu văn hóa vùng biên giới Việt Nam - Lào.';

  it('"với sự tham gia của 10 Đoàn nghệ thuật … Lào (A, B, C)": each province’s troupe came', () => {
    expect(
      visits(
        `${held} Ngày hội diễn ra với sự tham gia của 10 Đoàn nghệ thuật quần chúng nước CHDCND Lào (Luông Pha Băng, Hủa Phăn, Sê Kông).`,
      ).sort(),
    ).toEqual(['LA-HO>VN-71', 'LA-LP>VN-71', 'LA-XE>VN-71']);
  });

  it('delegations still to take part have not come', () => {
    expect(
      visits(
        'Ngày hội văn hóa biên giới Việt - Lào\n\nNgày hội dự kiến diễn ra tại tỉnh Điện Biên vào tháng 10. Ngày hội sẽ có sự tham gia của 10 Đoàn nghệ thuật quần chúng nước CHDCND Lào (Luông Pha Băng, Hủa Phăn, Sê Kông).',
      ),
    ).toEqual([]);
  });
});

describe('an event placed only in a country, with its co-chairs', () => {
  it('"Ngày 21/8, tại Campuchia, Kỳ họp … dưới sự chủ trì của … Việt Nam A và … Campuchia B"', () => {
    expect(
      visits(
        'Kỳ họp Ủy ban Hỗn hợp\n\nNgày 21/8, tại Campuchia, Kỳ họp lần thứ 17 Ủy ban Hỗn hợp đã được tổ chức dưới sự chủ trì của Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Việt Nam A và Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Campuchia B.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('the host country’s own chair has not travelled', () => {
    expect(
      visits(
        'Hội nghị ngành ngoại giao\n\nNgày 21/8, tại Việt Nam, hội nghị đã được tổ chức dưới sự chủ trì của Bộ trưởng Bộ Ngoại giao Việt Nam.',
      ),
    ).toEqual([]);
  });
});

describe('the mission the article follows, at its post', () => {
  it('"Đại sứ … tại Lào dẫn đầu Đoàn cán bộ Đại sứ quán tới trụ sở …", then "… tiếp đoàn": no trip', () => {
    expect(
      visits(
        'Đại sứ chúc Tết Bunpimay\n\nSáng 4/4, Đại sứ Việt Nam tại Lào đã dẫn đầu Đoàn cán bộ Đại sứ quán tới trụ sở Bộ Ngoại giao Lào ở thủ đô Vientiane để chúc mừng Tết Bunpimay. Bộ trưởng Ngoại giao Lào trân trọng tiếp đoàn.',
      ),
    ).toEqual([]);
  });

  it('a delegation from home the article follows is still received', () => {
    expect(
      visits(
        'Chúc Tết Bunpimay\n\nSáng 4/4, Đoàn đại biểu Bộ Ngoại giao Việt Nam đã tới thủ đô Vientiane để chúc mừng Tết Bunpimay. Bộ trưởng Ngoại giao Lào trân trọng tiếp đoàn.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('places of a country left unnamed', () => {
  it('"đi tham quan một số địa phương Campuchia" names no capital', () => {
    expect(
      visits(
        'Hành trình hữu nghị\n\nBộ Ngoại giao Việt Nam đã cử đoàn công tác đi tham quan một số địa phương Campuchia.',
      ),
    ).toEqual([]);
    expect(
      visits(
        'Hợp tác quốc phòng\n\nĐoàn đại biểu Bộ Quốc phòng Việt Nam đã làm việc với các tỉnh của Lào.',
      ),
    ).toEqual([]);
  });

  it('the country itself still stands for its capital', () => {
    expect(
      visits('Hợp tác quốc phòng\n\nĐoàn đại biểu Bộ Quốc phòng Việt Nam đã sang thăm Campuchia.'),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('an event being prepared', () => {
  it('"… phối hợp với đoàn nghệ thuật từ A chuẩn bị tổ chức chương trình …" tells no trip yet', () => {
    expect(
      visits(
        'Giao lưu văn nghệ đón năm mới\n\nCâu lạc bộ Đồng hương Nghệ An tại Viêng Chăn phối hợp với đoàn nghệ thuật quần chúng từ tỉnh Nghệ An chuẩn bị tổ chức chương trình giao lưu văn nghệ tại thủ đô Viêng Chăn.',
      ),
    ).toEqual([]);
  });

  it('a preparatory delegation that came still came', () => {
    expect(
      visits(
        'Chuẩn bị chuyến thăm\n\nNgày 3/5, đoàn tiền trạm của tỉnh Nghệ An đã sang tỉnh Xiêng Khoảng để chuẩn bị cho chuyến thăm của lãnh đạo tỉnh.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('trips counted right before the verb', () => {
  it('"Bốn lần đến Siêm Riệp" after a crossing told in the first person tells no trip', () => {
    expect(
      visits(
        'Hành trình về miền ký ức\n\nTừ cửa khẩu Nong Nokkhien của tỉnh Champasak (Lào), chúng tôi vào đất Campuchia ở địa giới tỉnh Stung Treng.\nBốn lần đến Siêm Riệp',
      ),
    ).toEqual([]);
  });

  it('"lần thứ hai sang thăm": the second trip, told', () => {
    expect(
      visits(
        'Quảng Trị thăm Savannakhet\n\nĐoàn đại biểu tỉnh Quảng Trị lần thứ hai sang thăm tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});
