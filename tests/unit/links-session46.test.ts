// Rules the forty-sixth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { linksOf, sistersOf, visitsOf as visits } from './support/visit-strings.ts';

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

describe('names that look like other words', () => {
  it('"Chiến thắng Thượng Lào" makes no body Lao', () => {
    expect(
      visits(
        'Hội thảo khoa học\n\nNhân kỷ niệm 70 năm Chiến thắng Thượng Lào, sáng 13/4/2023, tại tỉnh Sơn La, Bộ Quốc phòng chủ trì tổ chức Hội thảo khoa học.',
      ),
    ).toEqual([]);
  });

  it('"bản Thăm Poọng" is a village, not a visit; a birth year dates nothing', () => {
    const text =
      'Qua lại biên giới trái phép\n\nHồi 17h ngày 22/3, Đồn Biên phòng Nậm Cắn (BĐBP Nghệ An) phát hiện đối tượng Hờ Bá T. (SN 1977, trú tại bản Thăm Poọng, huyện Noọng Hét, tỉnh Xiêng Khoảng) qua lại biên giới trái phép.';
    expect(visits(text)).toEqual([]);
  });
});

describe('exchanges in general, and what an agreement covers', () => {
  it('"ký kết biên bản … với 9 nội dung gồm tiếp tục trao đổi các đoàn … sang thăm" tells no trip', () => {
    expect(
      visits(
        'Bình Dương và Champasak ký biên bản hợp tác\n\nSáng 21/6/2015, lãnh đạo tỉnh Bình Dương và tỉnh Champasak đã ký kết biên bản hợp tác với 9 nội dung gồm tiếp tục trao đổi các đoàn đại biểu cấp cao sang thăm, làm việc.',
      ),
    ).not.toContain('VN-57>LA-CH');
  });

  it('"đẩy mạnh các hoạt động trao đổi Đoàn các cấp" with two provinces is no trip of theirs', () => {
    expect(
      visits(
        'Đồng Nai tăng cường quan hệ với Campuchia\n\nNgày 24/5/2015, tỉnh Đồng Nai luôn đẩy mạnh quan hệ với hai tỉnh Kampong Thom và Kampong Cham, đẩy mạnh các hoạt động trao đổi Đoàn các cấp giữa hai địa phương.',
      ),
    ).toEqual([]);
  });

  it('"nội dung chính của cuộc hội đàm" is the talks’ topic, not a list', () => {
    expect(
      visits(
        'Nghệ An hội đàm với ba tỉnh Lào\n\nKết nghĩa bản là nội dung chính của cuộc hội đàm diễn ra sáng 18/8/2016 tại thành phố Vinh giữa Đoàn đại biểu tỉnh Nghệ An và đoàn đại biểu tỉnh Hủa Phăn.',
      ),
    ).toEqual(['LA-HO>VN-22']);
  });
});

describe('preparations for a defence exchange', () => {
  it('one ministry inspecting at home brings no guests of the programme’s name', () => {
    expect(
      visits(
        'Chuẩn bị giao lưu quốc phòng\n\nNgày 20/11/2024, Đoàn công tác của Bộ Quốc phòng Việt Nam đã tổ chức kiểm tra, tổng duyệt công tác chuẩn bị phục vụ cho Chương trình Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia tại tỉnh Kon Tum.',
      ),
    ).toEqual([]);
  });

  it('two ministries inspecting together crossed to each other’s side', () => {
    expect(
      visits(
        'Chuẩn bị giao lưu quốc phòng\n\nNgày 12/8/2024, đoàn công tác Bộ Quốc phòng hai nước Việt Nam và Lào đã kiểm tra công tác chuẩn bị Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào tại huyện Mộc Châu, tỉnh Sơn La và huyện Sốp Bâu, tỉnh Hủa Phăn.',
      ).sort(),
    ).toEqual(['LA-VT*>VN-05', 'VN-HN*>LA-HO']);
  });
});

describe('plans and errands told in other shapes', () => {
  it('"bàn kế hoạch đón tiếp … Đoàn tỉnh B, nước CHDCND Lào sang tham dự" is a trip to come', () => {
    expect(
      visits(
        'Chuẩn bị hội đàm cấp cao\n\nChiều 16/6/2023, Phó Chủ tịch UBND tỉnh Thanh Hóa chủ trì hội nghị bàn kế hoạch đón tiếp Đoàn đại biểu cấp cao tỉnh Hủa Phăn, nước Cộng hòa Dân chủ Nhân dân Lào sang tham dự hội đàm.',
      ),
    ).toEqual([]);
  });

  it('"… sẽ có buổi làm việc …; Và chào xã giao lãnh đạo tỉnh B" is one more item of the plan', () => {
    expect(
      visits(
        'Tuần Văn hóa Campuchia\n\nNhân dịp này, đoàn công tác của Bộ Văn hóa và Nghệ thuật Campuchia sẽ có buổi làm việc với Bộ Văn hóa Việt Nam; Và chào xã giao lãnh đạo tỉnh Trà Vinh.',
      ),
    ).toEqual([]);
  });

  it('"đoàn đã đến khám, chữa bệnh … ở … tỉnh B": the doctors came to B', () => {
    expect(
      visits(
        'Thầy thuốc trẻ TP.HCM tình nguyện tại Lào\n\nNgày 28/6/2019, 25 y bác sĩ của Hội Thầy thuốc trẻ TP.HCM có mặt tại Lào. Hai ngày trước đó, đoàn đã đến khám, chữa bệnh cho người dân ở ba huyện của tỉnh Champasak.',
      ),
    ).toContain('VN-SG>LA-CH');
  });
});

describe('rolls of attendees in other shapes', () => {
  it('"Ngài A, Phó Tỉnh trưởng tỉnh B; … và Nhân dân đến dự." ends on its attending', () => {
    expect(
      visits(
        'Khai mạc Hội chợ OCOP vùng biên giới\n\nTối 10/12/2025, tại tỉnh An Giang, UBND tỉnh An Giang tổ chức Hội chợ Thương mại OCOP vùng biên giới. Ngài Yong Sovathana, Phó Tỉnh trưởng tỉnh Takeo; ngài Khon Sereiratha, Phó Tỉnh trưởng tỉnh Kandal; Phó Chủ tịch UBND tỉnh An Giang, cùng đại diện các sở, ngành và Nhân dân đến dự.',
      ).sort(),
    ).toEqual(['KH-21>VN-44', 'KH-8>VN-44']);
  });

  it('"với sự tham gia của đại diện các tỉnh A, B (Campuchia)" at the event held in C', () => {
    expect(
      visits(
        'Ngày hội giao lưu văn hóa biên giới\n\nTừ ngày 7-9/12/2012, tại tỉnh An Giang đã diễn ra ngày hội giao lưu văn hóa các tỉnh biên giới, với sự tham gia của đại diện các tỉnh Kandal, Takeo (Vương quốc Campuchia).',
      ).sort(),
    ).toEqual(['KH-21>VN-44', 'KH-8>VN-44']);
  });

  it('"với sự tham gia của hơn 300 doanh nghiệp" rolls nobody', () => {
    expect(
      visits(
        'Hội chợ biên giới\n\nTừ ngày 7-9/12/2012, tại tỉnh An Giang đã diễn ra hội chợ, với sự tham gia của hơn 300 doanh nghiệp tỉnh Kandal.',
      ),
    ).toEqual([]);
  });

  it('a guest on a trip to the country, attending the lead’s event there', () => {
    expect(
      visits(
        'Hội nghị Phân ban hợp tác Việt Nam - Lào\n\nChủ nhật 8/7/2012, tại thành phố Luang Prabang của Lào, đại diện Việt Nam và Lào đã ký kết nhiều văn bản thỏa thuận hợp tác. Lễ ký diễn ra trong khuôn khổ Hội nghị Phân ban hợp tác, với sự tham dự của Phó Thủ tướng Nguyễn Xuân Phúc, người đang có chuyến thăm Lào.',
      ),
    ).toEqual(['VN-HN*>LA-LP']);
  });
});

describe('trade and minutes', () => {
  it('"hàng hóa từ tỉnh A sang B" is what trade carries, no trip', () => {
    expect(
      visits(
        'Thương mại biên giới\n\nChiều xuất khẩu, hàng hóa từ Thanh Hóa sang Hủa Phăn chủ yếu là sắt thép, xi măng.',
      ),
    ).toEqual([]);
  });

  it('"ghi nhận trong biên bản hội nghị" is the talks’ minutes, no agreement', () => {
    expect(
      linksOf(
        'Hội nghị Phân ban hợp tác\n\nChủ tịch UBND tỉnh Hà Tĩnh phát biểu tại hội nghị ở thành phố Luang Prabang ngày 8/7/2012. Hai bên đã cùng thảo luận các bước đi nhằm tăng cường hợp tác Việt Nam - Lào; nội dung thảo luận được ghi nhận trong biên bản hội nghị.',
      ).filter((l) => l.kind === 'sister'),
    ).toEqual([]);
  });
});

describe('more plans, treaties and witnesses', () => {
  it('the states’ treaty "Việt Nam và Lào đã ký kết" is no sister link of the provinces', () => {
    expect(
      linksOf(
        'Biên phòng Sơn La chúc mừng bạn Lào\n\nNgày 2/12/2023, Bộ đội Biên phòng tỉnh Sơn La đến chúc mừng lực lượng bảo vệ biên giới tỉnh Hủa Phăn. Các đơn vị bày tỏ quyết tâm vun đắp quan hệ, đúng với tinh thần Hiệp ước hữu nghị ngày 18/7/1977 Việt Nam và Lào đã ký kết.',
      ).filter((l) => l.kind === 'sister'),
    ).toEqual([]);
  });

  it('"dưới sự chứng kiến của … đoàn đại biểu cấp cao 4 tỉnh" names the guests among many witnesses', () => {
    expect(
      visits(
        'Bình Định hợp tác với 4 tỉnh Nam Lào\n\nNgày 30/3/2021, UBND tỉnh Bình Định và Chính quyền 4 tỉnh Nam Lào (Attapu, Champasak, Salavan, Sekong) đã ký kết hợp tác dưới sự chứng kiến của đông đảo lãnh đạo tỉnh và các sở, ban, ngành liên quan, đoàn đại biểu cấp cao 4 tỉnh Nam Lào.',
      ).sort(),
    ).toEqual(['LA-AT>VN-31', 'LA-CH>VN-31', 'LA-SL>VN-31', 'LA-XE>VN-31']);
  });

  it('"đoàn y, bác sĩ … A phối hợp với chính quyền … tỉnh B tổ chức khám bệnh" was in B', () => {
    expect(
      visits(
        'Y bác sĩ thiện nguyện khám bệnh tại Campuchia\n\nSáng 17/6/2023, đoàn y, bác sĩ thuộc Hội Từ thiện TP Hồ Chí Minh phối hợp với chính quyền xã Koh Khsach Tonlea, huyện Sa’Ang, tỉnh Kandal tổ chức chương trình khám bệnh.',
      ),
    ).toEqual(['VN-SG>KH-8']);
  });

  it('"Trung ương Đoàn … phối hợp với … tổ chức" names a youth union, no delegation', () => {
    expect(
      visits(
        'Liên hoan thanh niên ba nước\n\nLiên hoan do Trung ương Đoàn TNCS Hồ Chí Minh phối hợp với Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào tổ chức.',
      ),
    ).toEqual([]);
  });
});

describe('an attendee who spoke', () => {
  it('"Cùng tham dự buổi lễ, ông X, Tỉnh trưởng tỉnh B, khẳng định …" came to the venue', () => {
    expect(
      visits(
        'Kỷ niệm quan hệ Thanh Hóa - Hủa Phăn\n\nSáng 25/8/2022, tại thành phố Thanh Hoá, diễn ra Lễ kỷ niệm 55 năm ngày ký hợp tác hữu nghị Thanh Hóa - Hủa Phăn. Cùng tham dự buổi lễ, ông Vansay Phengsumma, Bí thư Tỉnh uỷ, Tỉnh trưởng tỉnh Hủa Phăn, khẳng định quan hệ hai tỉnh ngày càng bền chặt.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('spellings', () => {
  it('"thành phố Paske", a common misspelling, is Pakse', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 5/3/2024, đoàn tỉnh Quảng Trị đã đến thành phố Paske làm việc.',
      ),
    ).toEqual(['VN-25>LA-CH']);
  });
});

describe('a troupe named by its country', () => {
  it('"Đoàn nghệ thuật Campuchia đã biểu diễn tại tỉnh B" came from the capital', () => {
    expect(
      visits(
        'Tuần Văn hóa Campuchia\n\nTối 21/11/2019, Đoàn nghệ thuật Campuchia đã biểu diễn tại tỉnh An Giang.',
      ),
    ).toEqual(['KH-12*>VN-44']);
  });
});

describe('two delegations, each with its leader', () => {
  it('"Đoàn tỉnh A do X làm trưởng đoàn và tỉnh B do Y làm trưởng đoàn … đến thăm": both came', () => {
    expect(
      visits(
        'Đoàn đại biểu Campuchia chúc Tết Long An\n\nNgày 13/1/2023, Đoàn đại biểu tỉnh Svay Rieng (Vương quốc Campuchia) do Phó Tỉnh trưởng Hem Piset làm trưởng đoàn và tỉnh Prey Veng (Vương quốc Campuchia) do Phó Tỉnh trưởng Hy Thouk làm trưởng đoàn đã đến thăm, chúc tết tỉnh Long An.',
      ).sort(),
    ).toEqual(['KH-14>VN-41', 'KH-20>VN-41']);
  });
});

describe('seeing a guest off', () => {
  it('"… vui mừng khi đồng chí X … chủ trì tiễn Đoàn": the host is in the clause "khi" opens', () => {
    const found = visits(
      'Tin đối ngoại\n\nNgày 27/1/2026, đồng chí Trần Cẩm Tú cảm ơn Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Đoàn đại biểu cấp cao thăm cấp Nhà nước tới Việt Nam. Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith bày tỏ vui mừng khi đồng chí Trần Cẩm Tú đại diện Tổng Bí thư Tô Lâm chủ trì tiễn Đoàn nhân dịp kết thúc chuyến thăm cấp Nhà nước tới Việt Nam.',
    );
    expect(found.filter((v) => v.startsWith('VN'))).toEqual([]);
  });

  it('"quốc gia đầu tiên thăm trên cương vị Tổng Bí thư" names an office, no destination', () => {
    const found = visits(
      'Tin đối ngoại\n\nNgày 27/1/2026, đồng chí Trần Cẩm Tú cảm ơn Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Đoàn đại biểu cấp cao thăm cấp Nhà nước tới Việt Nam. Đồng chí đánh giá cao việc đồng chí Thongloun Sisoulith đến Việt Nam, quốc gia đầu tiên thăm trên cương vị Tổng Bí thư, Chủ tịch nước Lào.',
    );
    expect(found.filter((v) => v.startsWith('VN'))).toEqual([]);
  });
});

describe('a trip to the country told with its purpose', () => {
  it('"đang có mặt tại Việt Nam để tham dự hội thảo giữa Văn phòng Quốc hội …" gives way to the province named', () => {
    expect(
      visits(
        'Phó Chủ tịch Quốc hội tiếp Tổng Thư ký Quốc hội Lào\n\nChiều 19/8/2022, tại tỉnh Quảng Bình, Phó Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp bà Pingkham Lasasimma, Tổng Thư ký Quốc hội Lào. Bà Pingkham Lasasimma đang có mặt tại Việt Nam để tham dự hội thảo giữa Văn phòng Quốc hội Việt Nam và Ban Thư ký Quốc hội Lào.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });
});

describe('signings at one stop of a trip, and trips named as a plan’s occasion', () => {
  it('"Tại tỉnh B, tiếp đoàn, trao đổi và ký biên bản thỏa thuận có ông X": the trip’s pair signed', () => {
    expect(
      sistersOf(
        'Ký kết thỏa thuận với 2 tỉnh của Vương quốc Campuchia\n\nTừ ngày 13 đến 15/12/2023, đoàn công tác tỉnh Bình Phước đến thăm và hội đàm với Ban Chuyên trách 2 tỉnh Kratie, Kampong Thom. Tại tỉnh Kampong Thom, tiếp đoàn, trao đổi và ký biên bản thỏa thuận có Ngài Sốc Hay, Phó Tỉnh trưởng.',
      ),
    ).toContain('KH-6|VN-58');
  });

  it('"… sẽ ký kết …, trong chuyến Đoàn tỉnh A sang thăm … B vào năm 2025" is a trip to come', () => {
    expect(
      visits(
        'Công đoàn tỉnh Sê Kông làm việc tại Quảng Nam\n\nNgày 23/7/2024, hai bên thống nhất sẽ ký kết biên bản ghi nhớ hợp tác mới, thay thế biên bản đã ký trước đây, trong chuyến Đoàn Liên đoàn Lao động tỉnh Quảng Nam sang thăm, làm việc với Liên hiệp Công đoàn tỉnh Sê Kông vào năm 2025.',
      ),
    ).not.toContain('VN-27>LA-XE');
  });
});

describe('a photo on the border line', () => {
  it('"Đoàn đại biểu Việt Nam chụp ảnh lưu niệm tại cột mốc 528 với đoàn đại biểu Lào" is no trip', () => {
    expect(
      visits(
        'Giao lưu biên giới\n\nNgày 15/7/2022, đoàn đại biểu Việt Nam chụp ảnh lưu niệm tại cột mốc 528 với đoàn đại biểu Lào.',
      ),
    ).toEqual([]);
  });
});

describe('one country’s party and state as hosts', () => {
  it('"Đảng và Nhà nước Lào tổ chức Lễ mít tinh tại thủ đô Vientiane nhân dịp Quốc khánh … Việt Nam" is no trip', () => {
    expect(
      visits(
        'Lào mít tinh kỷ niệm Quốc khánh Việt Nam\n\nSáng 30/8/2025, Đảng và Nhà nước Lào long trọng tổ chức Lễ mít tinh tại Trung tâm Hội nghị quốc gia ở thủ đô Vientiane nhân dịp 80 năm Quốc khánh nước Cộng hòa XHCN Việt Nam.',
      ),
    ).toEqual([]);
  });
});

describe('partners counted, then rolled', () => {
  it('"tại B đã diễn ra Hội nghị với 3 tỉnh của Vương quốc Campuchia gồm A1, A2 và A3": each came', () => {
    expect(
      visits(
        'Thúc đẩy giao thương biên giới\n\nSáng 3/11/2025, tại tỉnh Tây Ninh đã diễn ra Hội nghị với 3 tỉnh của Vương quốc Campuchia gồm Svay Rieng, Prey Veng và Tboung Khmum.',
      ).sort(),
    ).toEqual(['KH-14>VN-37', 'KH-20>VN-37', 'KH-25>VN-37']);
  });

  it('"hỗ trợ 6 tỉnh của Việt Nam gồm …" names those helped, no guests', () => {
    expect(
      visits(
        'Quỹ vắc xin\n\nNgày 5/8/2021, tại tỉnh Luang Prabang đã diễn ra lễ trao tiền hỗ trợ 3 tỉnh của Việt Nam gồm Lai Châu, Sơn La và Phú Thọ.',
      ),
    ).toEqual([]);
  });
});

describe('migrants', () => {
  it('"người Việt ở Quảng Bình đã sang Khăm Muộn (Lào) trú ngụ" settled there, no delegation', () => {
    expect(
      visits(
        'Người Việt ở Khăm Muộn\n\nNửa đầu thế kỷ XX, khá đông người Việt ở Quảng Bình đã sang Khăm Muộn (Lào) trú ngụ và dần ổn định cuộc sống.',
      ),
    ).toEqual([]);
  });
});

describe('a welcoming ceremony’s guest', () => {
  it('"Tham dự lễ đón Tổng Bí thư, Chủ tịch nước Lào … thăm cấp nhà nước tới Việt Nam có …": he came', () => {
    expect(
      visits(
        'Lễ đón Tổng Bí thư, Chủ tịch nước Lào\n\nNgày 26/1/2026. Tham dự lễ đón Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Đoàn đại biểu cấp cao Đảng, Nhà nước Lào thăm cấp nhà nước tới Việt Nam có Thường trực Ban Bí thư Trần Cẩm Tú.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});
