// Rules the forty-ninth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { linksOf, sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('tourists at large', () => {
  it('"khách quốc tế sang thăm tỉnh B" travel from no place', () => {
    expect(
      visits(
        'Du lịch tỉnh Luông Pha Băng\n\nNăm 2023, khách quốc tế sang thăm tỉnh Điện Biên tăng mạnh.',
      ),
    ).toEqual([]);
  });

  it('"nhiều người kết hợp … chuyến đi tới B", as an official reports it', () => {
    expect(
      visits(
        'Du lịch tỉnh Luông Pha Băng\n\nBà Khăm Phon, Phó Giám đốc Sở Du lịch tỉnh Luông Pha Băng, cho biết nhiều người kết hợp chuyến tham quan cố đô với chuyến đi tới tỉnh Điện Biên.',
      ),
    ).toEqual([]);
  });

  it('a delegation that leads tourists is still a delegation', () => {
    expect(
      visits(
        'Du lịch tỉnh Luông Pha Băng\n\nNgày 3/4, đoàn cán bộ ngành du lịch tỉnh Luông Pha Băng cùng nhiều du khách đã đến thăm tỉnh Điện Biên.',
      ),
    ).toEqual(['LA-LP>VN-71']);
  });
});

describe('a troupe playing for a place’s audience', () => {
  it('"Đoàn nghệ thuật tỉnh A biểu diễn phục vụ bà con tỉnh B" is in B', () => {
    expect(
      visits(
        'Giao lưu văn nghệ\n\nTối 5/9, Đoàn nghệ thuật tỉnh Chăm Pa Sắc biểu diễn phục vụ bà con tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-CH>VN-25']);
  });

  it('a country’s troupe comes from its capital', () => {
    expect(
      visits(
        'Giao lưu văn nghệ\n\nTối 12/4, đoàn nghệ thuật Campuchia đã biểu diễn phục vụ khán giả tỉnh Trà Vinh.',
      ),
    ).toEqual(['KH-12*>VN-51']);
  });

  it('a show still to come is no visit', () => {
    expect(
      visits(
        'Giao lưu văn nghệ\n\nĐoàn nghệ thuật tỉnh Chăm Pa Sắc sẽ biểu diễn phục vụ bà con tỉnh Quảng Trị.',
      ),
    ).toEqual([]);
  });
});

describe('a place’s culture week held abroad', () => {
  it('"Tuần Văn hóa - Du lịch của … Thành phố A đã khai mạc … tại thành phố B"', () => {
    expect(
      visits(
        'Văn hóa\n\nTuần Văn hóa - Du lịch của vùng Tây Bắc và Thành phố Hồ Chí Minh đã khai mạc hôm thứ Tư tại thành phố Luang Prabang của Lào.',
      ),
    ).toEqual(['VN-SG>LA-LP']);
  });

  it('"Những ngày văn hóa tỉnh A" opened in B', () => {
    expect(
      visits(
        'Văn hóa\n\nNhững ngày văn hóa tỉnh Nghệ An đã khai mạc tối 5/4 tại tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('a week still to open is no visit', () => {
    expect(
      visits(
        'Văn hóa\n\nTuần văn hóa tỉnh Nghệ An sẽ khai mạc tại tỉnh Xiêng Khoảng vào tháng tới.',
      ),
    ).toEqual([]);
  });
});

describe('a trip the lead announces, given its day', () => {
  it('"Chuyến thăm … diễn ra vào ngày 6/2, theo thông cáo …" after "sẽ thăm"', () => {
    expect(
      visits(
        'Tổng Bí thư sắp thăm Campuchia\n\nTổng Bí thư sẽ thăm cấp nhà nước Campuchia theo lời mời của Quốc vương. Chuyến thăm Campuchia của Tổng Bí thư diễn ra vào ngày 6/2, theo thông cáo của Bộ Ngoại giao.',
      ),
    ).toEqual([]);
  });

  it('a trip the same sentence says came before it still counts', () => {
    expect(
      visits(
        'Thủ tướng Lào sắp thăm Việt Nam\n\nThủ tướng Lào sẽ thăm chính thức Việt Nam vào tuần tới. Chuyến thăm diễn ra hai tháng sau khi Chủ tịch nước Việt Nam thăm cấp nhà nước Lào trong hai ngày 11-12/7.',
        '2024-09-05',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('a page stamp glued to the first paragraph', () => {
  it('dates nothing: "10:19 AM 18/09/2012 | Lượt xem: … |Sáng 14/9, …" is the 14th', () => {
    const links = linksOf(
      'Hợp tác lao động\n\n10:19 AM 18/09/2012 | Lượt xem: 2113 In bài viết |Sáng 14/9, tại Hà Nội, Bộ trưởng Bộ Lao động đã tiếp đoàn đại biểu Bộ Xã hội Campuchia sang thăm và làm việc tại Việt Nam.',
    );
    expect(links.map((l) => [l.from.iso, l.to.iso, l.date])).toEqual([
      ['KH-12', 'VN-HN', '2012-09-14'],
    ]);
  });
});

describe('countries’ delegations listed at the lead’s event', () => {
  const lead =
    'Gala hữu nghị\n\nTối 28/12, đêm Gala hữu nghị Liên hoan Thanh niên ba nước đã được tổ chức tại tỉnh Quảng Ngãi. ';

  it('"có sự hiện diện của các đoàn đại biểu thanh niên Việt Nam, Campuchia và Lào"', () => {
    expect(
      visits(
        `${lead}Đêm gala có sự hiện diện của các đoàn đại biểu thanh niên Việt Nam, Campuchia và Lào.`,
      ).sort(),
    ).toEqual(['KH-12*>VN-29', 'LA-VT*>VN-29']);
  });

  it('beside the host province’s leaders', () => {
    expect(
      visits(
        `${lead}Đêm gala có sự hiện diện của các đoàn đại biểu thanh niên Việt Nam, Campuchia và Lào, lãnh đạo tỉnh Quảng Ngãi.`,
      ).sort(),
    ).toEqual(['KH-12*>VN-29', 'LA-VT*>VN-29']);
  });

  it('one delegation beside the host’s leaders is left to the other rules', () => {
    expect(
      visits(
        `${lead}Đêm gala có sự hiện diện của đại diện Tổng Lãnh sự quán Lào, lãnh đạo tỉnh Quảng Ngãi.`,
      ),
    ).toEqual([]);
  });
});

describe('troops in a parade', () => {
  it('"một khối quân nhân Lào cũng đã diễu hành tại B" came from Laos', () => {
    expect(
      visits(
        'Tiễn quân nhân Lào\n\nTrước đó, dịp kỷ niệm 50 năm Ngày Giải phóng miền Nam, một khối quân nhân Lào cũng đã diễu hành tại TP Hồ Chí Minh.',
      ),
    ).toEqual(['LA-VT*>VN-SG']);
  });

  it('a parade still to come is no visit', () => {
    expect(
      visits(
        'Tiễn quân nhân Lào\n\nKhối quân nhân Lào sẽ diễu hành tại TP Hồ Chí Minh vào dịp kỷ niệm.',
      ),
    ).toEqual([]);
  });
});

describe('a leader of two offices owns the trip', () => {
  it('"chuyến thăm … tới Việt Nam của Tổng Bí thư, Chủ tịch nước Lào X" is Laos’s', () => {
    expect(
      visits(
        'Thông báo kết quả Đại hội\n\nTrong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, ngày 26-1, tại Hà Nội, Tổng Bí thư Tô Lâm cùng Tổng Bí thư Lào đồng chủ trì Hội nghị.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });
});

describe('citizens handed over at the border', () => {
  it('"Phía Campuchia bàn giao … thông qua Đồn Công an Cửa khẩu … (tỉnh B)" moves no delegation', () => {
    expect(
      visits(
        'Tây Ninh tiếp nhận 15 công dân do Campuchia bàn giao\n\nNgày 20/10, Bộ đội Biên phòng tỉnh Tây Ninh đã tiếp nhận 15 công dân tại Cửa khẩu quốc tế Xa Mát. Phía Campuchia bàn giao số công dân này thông qua Đồn Công an Cửa khẩu quốc tế Trapeang Phlong (tỉnh Tboung Khmum).',
      ),
    ).toEqual([]);
  });

  it('"12 người làm việc tại khu casino ở tỉnh B": people counted, at work', () => {
    expect(
      visits(
        'Tây Ninh tiếp nhận 15 công dân do Campuchia bàn giao\n\nTrong đó, 12 người làm việc tại khu casino ở tỉnh Pailin.',
      ),
    ).toEqual([]);
  });
});

describe('a document’s date in a remark', () => {
  it('"Thỏa thuận … (ký tháng 12/2020)" does not date the trip', () => {
    const links = linksOf(
      'Đoàn Bộ Tư pháp sang Lào\n\nTrên cơ sở Thỏa thuận hợp tác giai đoạn 2021-2025 (ký tháng 12/2020), đoàn công tác của Bộ Tư pháp Việt Nam đã sang làm việc tại Lào từ ngày 2 đến 5/4/2025.',
    );
    expect(links.map((l) => l.date)).toEqual(['2025-04']);
  });
});

describe('a festival held where its hosts live', () => {
  it('an embassy named by its state’s long name holds its own New Year in its capital', () => {
    expect(
      visits(
        'Đại sứ quán Lào tổ chức đón Tết cổ truyền Bunpimay tại Hà Nội\n\nTối 12/4, Đại sứ quán nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại Hà Nội đã long trọng tổ chức Lễ đón Tết cổ truyền Bunpimay theo Phật lịch của nhân dân các bộ tộc Lào.',
      ),
    ).toEqual([]);
  });

  it('"Học viện … tổ chức đón Tết … của Nhân dân các dân tộc Lào cho lưu học sinh": no Lao body', () => {
    expect(
      visits(
        'Lưu học sinh Lào đón Tết\n\nSáng 14/4/2023, tại Hà Nội, Học viện Hành chính Quốc gia tổ chức đón Tết cổ truyền Bun-pi-may của Nhân dân các dân tộc Lào cho lưu học sinh Lào đang học tập tại Học viện.',
      ),
    ).toEqual([]);
  });
});

describe('care and gifts given to the people of another country', () => {
  it('"trao học bổng và bò giống cho người dân bản X (huyện Y, tỉnh B)": handed over there', () => {
    expect(
      visits(
        'Hoạt động nghĩa tình\n\nBộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị đã trao học bổng và bò giống cho người dân bản Phường (huyện Sê Pôn, tỉnh Savannakhet, Lào).',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a hospital that joined others "khám, điều trị … cho cựu chiến binh … tại B" went to B', () => {
    expect(
      visits(
        'Mổ mắt miễn phí\n\nTừ ngày 24 đến 28/8, Hội Cựu chiến binh Thủ đô Viêng Chăn đã phối hợp với Bệnh viện Mắt TP. Hồ Chí Minh tổ chức khám, điều trị và mổ mắt không thu phí cho cựu chiến binh cùng người nghèo tại Viêng Chăn, thủ đô nước Lào.',
      ),
    ).toEqual(['VN-SG>LA-VT']);
  });

  it('gifts still to be handed over are no visit', () => {
    expect(
      visits(
        'Hoạt động nghĩa tình\n\nBộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị sẽ trao học bổng cho học sinh bản Phường (tỉnh Savannakhet, Lào).',
      ),
    ).toEqual([]);
  });
});

describe('a dialogue the lead places', () => {
  it('"tại B (Lào), đã diễn ra Đối thoại …", then its co-chairs: the other country’s came', () => {
    expect(
      visits(
        'Đối thoại quốc phòng\n\nNgày 28/3, tại Luang Prabang (Lào), đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5. Thứ trưởng Bộ Quốc phòng Việt Nam Hoàng Xuân Chiến và Thứ trưởng Bộ Quốc phòng Lào Vongkham Phommakone đồng chủ trì Đối thoại.',
      ),
    ).toEqual(['VN-HN*>LA-LP']);
  });
});

describe('troupes and theatres', () => {
  it('"Đoàn đã có những đêm diễn thành công tại tỉnh B1 và tỉnh B2": a word of praise between', () => {
    expect(
      visits(
        'Nhà hát Ca múa nhạc Quân đội biểu diễn tại Thủ đô Vientiane\n\nTrước khi về thủ đô, Đoàn đã có những đêm diễn thành công tại tỉnh Xiêng Khoảng và tỉnh Vientiane.',
      ),
    ).toEqual(['VN-HN*>LA-VT', 'VN-HN*>LA-XI', 'VN-HN*>LA-VI']);
  });

  it('the army’s theatre is a national body', () => {
    expect(
      visits('Nhà hát Ca múa nhạc Quân đội biểu diễn tại Thủ đô Vientiane\n\nTin ngắn.'),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a Vietnamese region as one side of an agreement', () => {
  it('"thỏa thuận … giữa TP. Hồ Chí Minh với 8 tỉnh Tây Bắc" pairs no Lao place', () => {
    expect(
      sistersOf(
        'Tuần Văn hóa tại Lào\n\nTuần Văn hóa - Du lịch các tỉnh Tây Bắc và TP. Hồ Chí Minh sẽ được tổ chức tại tỉnh Luang Prabang (Lào). Sự kiện do UBND tỉnh Điện Biên chủ trì, nằm trong khuôn khổ thỏa thuận hợp tác phát triển du lịch giữa TP. Hồ Chí Minh với 8 tỉnh Tây Bắc giai đoạn 2020-2025.',
      ),
    ).toEqual([]);
  });
});

describe('both leaders named together', () => {
  it('"hai thủ tướng" is no Vietnamese traveller for the sentences after', () => {
    expect(
      visits(
        'Việt Nam, Lào tăng cường hợp tác\n\nThủ tướng Lào Thongloun Sisoulith đang có chuyến thăm đến Việt Nam từ ngày 1-3/10/2019. Trong khuôn khổ chuyến thăm, hai thủ tướng đã chứng kiến 8 văn kiện được ký kết. Tờ Vientiane Times ngày 2/10 đưa tin, chuyến thăm diễn ra trong bối cảnh Việt Nam và Lào đang hợp tác mạnh mẽ.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('a firm named after a province', () => {
  it('"Công ty Bình Điền - Quảng Trị" signs for no province', () => {
    expect(
      sistersOf(
        'Xuất khẩu phân bón sang Lào\n\nSau khi ký kết, Công ty Bình Điền - Quảng Trị sẽ đưa phân bón vào tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });
});

describe('after the final round', () => {
  it('"dòng suối … chảy từ bản A, xã X sang cụm bản B bên nước bạn" is water’s course', () => {
    expect(
      visits(
        'Mương hữu nghị Việt - Lào\n\nTrước năm 1964, bà con tận dụng dòng suối Nậm Lê - chảy từ bản Mò, xã Chiềng Khương, tỉnh Sơn La sang cụm bản Đán, tỉnh Hủa Phăn bên nước bạn.',
      ),
    ).toEqual([]);
  });

  it('"Biên bản ghi nhớ lần thứ 4 (được ký ngày 2-2-2018 tại Gia Lai)" dates no trip', () => {
    const links = linksOf(
      'Công an sáu tỉnh họp\n\nĐoàn đại biểu Công an tỉnh Gia Lai đã sang tỉnh Sê Kông để đánh giá Biên bản ghi nhớ lần thứ 4 (được ký ngày 2-2-2018 tại Gia Lai).',
    );
    expect(
      links.filter((l) => l.kind === 'visit').map((l) => [l.from.iso, l.to.iso, l.date]),
    ).toEqual([['VN-30', 'LA-XE', null]]);
  });

  it('"A và ‹foreign leader› trong chuyến thăm Việt Nam hồi tháng 11-2024": the guest’s trip', () => {
    expect(
      visits(
        'Tổng Bí thư sắp thăm Campuchia\n\nTổng Bí thư Tô Lâm và Quốc vương Campuchia Norodom Sihamoni trong chuyến thăm Việt Nam hồi tháng 11-2024. Ảnh: Nhân Dân',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });

  it('a trip still to come names no guest', () => {
    expect(
      visits(
        'Quốc vương sắp thăm Việt Nam\n\nTổng Bí thư Tô Lâm và Quốc vương Campuchia Norodom Sihamoni sẽ gặp nhau trong chuyến thăm Việt Nam tháng tới.',
      ),
    ).toEqual([]);
  });
});
