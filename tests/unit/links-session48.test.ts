// Rules the forty-eighth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a trip to a country to attend an event the next sentence places', () => {
  it('"đoàn … đang có mặt tại Lào để tham dự Liên hoan …", then "Liên hoan diễn ra tại tỉnh B"', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn đại biểu tỉnh Hà Tĩnh đang có mặt tại Lào để tham dự Liên hoan văn nghệ hữu nghị lần thứ ba. Liên hoan diễn ra tại tỉnh Bolikhamxay, kéo dài đến ngày 15/8.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('a national society there goes to the event, not to the capital', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn Hội Hữu nghị Việt Nam - Campuchia đang có mặt tại Campuchia để tham dự Ngày hội giao lưu nhân dân. Ngày hội diễn ra tại tỉnh Kampot trong hai ngày.',
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('an event the next sentence puts off to later sets no venue', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn Hội Hữu nghị Việt Nam - Campuchia đang có mặt tại Campuchia để tham dự Ngày hội giao lưu nhân dân. Ngày hội sẽ diễn ra tại tỉnh Kampot vào tháng sau.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('the partner country’s friendship society', () => {
  it('its president speaking at a meeting held in a province came from his capital', () => {
    expect(
      visits(
        'Hội nghị hữu nghị nhân dân\n\nSáng 5/10, hội nghị giao lưu hữu nghị nhân dân hai nước được tổ chức trong cùng ngày tại tỉnh Nghệ An. Chủ tịch Hội Hữu nghị Campuchia - Việt Nam Kim Sok Phalla bày tỏ lòng biết ơn sự giúp đỡ mà nhân dân Việt Nam đã dành cho Campuchia trong những năm tháng khó khăn trước đây.',
      ),
    ).toEqual(['KH-12*>VN-22']);
  });

  it('its provincial branch is the province’s, not the nation’s', () => {
    expect(
      visits(
        'Hội hữu nghị thăm Lào\n\nĐoàn Hội Hữu nghị Việt Nam - Lào tỉnh Gia Lai đã đến chào Hội Hữu nghị Lào - Việt Nam tỉnh Attapeu.',
      ),
    ).toEqual(['VN-30>LA-AT']);
  });

  it('a province leader who also heads the society is one guest, of his province', () => {
    expect(
      visits(
        'Lễ đón nhận Huân chương\n\nSáng 9/4, tại tỉnh Quảng Trị, hai tỉnh tổ chức lễ đón nhận Huân chương. Dự buổi lễ, phía tỉnh Savannakhet có ông Phoxay, Phó Tỉnh trưởng tỉnh Savannakhet, đồng thời là Chủ tịch Hội hữu nghị Lào - Việt Nam.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('neighbours named to place a venue', () => {
  it('"… tại B, địa phương có chung đường biên giới với hai tỉnh C1 và C2 của Lào" names no guests', () => {
    expect(
      visits(
        'Liên hoan hữu nghị\n\nĐà Nẵng (TTXVN) - Hội nghị cũng được tổ chức trong cùng ngày tại Quảng Trị, địa phương có chung đường biên giới với hai tỉnh Savannakhet và Salavan của Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a national body met in the traveller’s own country', () => {
  it('"thăm hai cán bộ Công an Campuchia đang điều trị tại Việt Nam" is no trip', () => {
    expect(
      visits(
        'Lãnh đạo Công an tỉnh Tây Ninh thăm hai cán bộ Công an Campuchia đang điều trị tại Việt Nam\n\nNgày 4/3, Giám đốc Công an tỉnh Tây Ninh đã đến hỏi thăm hai cán bộ Công an tỉnh Svay Rieng (Campuchia) đang được cứu chữa tại Bệnh viện tỉnh.',
      ),
    ).toEqual([]);
  });

  it('met there at home, the body’s country is still the goal', () => {
    expect(
      visits(
        'Lãnh đạo Công an tỉnh Tây Ninh thăm Bộ Nội vụ Campuchia\n\nNgày 4/3, Giám đốc Công an tỉnh Tây Ninh đã sang thăm Bộ Nội vụ Campuchia.',
      ),
    ).toEqual(['VN-37>KH-12*']);
  });
});

describe('those an event drew', () => {
  it('"Ngày hội thu hút hơn 500 nghệ nhân … đến từ … 4 tỉnh của Lào là B1, B2" came to its venue', () => {
    expect(
      visits(
        'Ngày hội biên giới\n\nTối 17/5, tại huyện Nam Đông, tỉnh Thừa Thiên Huế, Ngày hội giao lưu văn hóa vùng biên đã khai mạc. Ngày hội thu hút hơn 500 nghệ nhân và vận động viên đến từ 2 tỉnh của Lào là Sê Kông và Salavan.',
      ).sort(),
    ).toEqual(['LA-SL>VN-26', 'LA-XE>VN-26']);
  });
});

describe('where a gate or the land leads', () => {
  it('"trên địa bàn tỉnh có 3 cửa khẩu sang Lào" sends nobody to the neighbours named', () => {
    expect(
      visits(
        'Biên giới\n\nTỉnh Sơn La tiếp giáp với 3 huyện thuộc hai tỉnh Hủa Phăn và Luông Pha Băng; trên địa bàn tỉnh có 2 cửa khẩu sang Lào.',
      ),
    ).toEqual([]);
  });

  it('a delegation that went "qua cửa khẩu sang Lào" did travel', () => {
    expect(
      visits(
        'Thăm tỉnh bạn\n\nSáng 3/4, đoàn đại biểu tỉnh Sơn La đã đi qua cửa khẩu sang Lào, đến thăm tỉnh Hủa Phăn.',
      ),
    ).toEqual(['VN-05>LA-HO']);
  });
});

describe('the Cambodian front by its full name', () => {
  it('talks in Hà Nội with "Hội đồng Quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia"', () => {
    expect(
      visits(
        'Mặt trận hai nước hội đàm\n\nNgày 29/5, tại Hà Nội, đoàn Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã hội đàm với đại diện Hội đồng Quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia.',
      ),
    ).toEqual(['KH-12*>VN-HN']);
  });
});

describe('a wire dateline’s day', () => {
  it('"Hà Nội, 30/5 (TTXVN) - Ngày 29/5, …" dates the trip the 29th', () => {
    const [visit] = linksOf(
      'Mặt trận hai nước hội đàm\n\nHà Nội, 30/5 (TTXVN) - Ngày 29/5, tại Hà Nội, đoàn Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã hội đàm với đại diện Bộ Nội vụ Campuchia.',
      '2023-05-30',
    );
    expect(visit?.date).toBe('2023-05-29');
  });
});

describe('talks held online', () => {
  it('"hội đàm theo hình thức trực tuyến", then "Phía B, tham dự hội đàm có …": nobody travelled', () => {
    expect(
      visits(
        'TP. Cần Thơ và tỉnh Champasak hội đàm\n\nNgày 15/10, lãnh đạo TP. Cần Thơ và lãnh đạo tỉnh Champasak (Lào) đã hội đàm theo hình thức trực tuyến. Quang cảnh buổi hội đàm, hình ảnh ghi tại điểm cầu TP. Cần Thơ. Phía tỉnh Champasak, tham dự hội đàm có ông Vilay, Phó Tỉnh trưởng tỉnh Champasak.',
      ),
    ).toEqual([]);
  });
});

describe('a trip to "cả hai tỉnh"', () => {
  it('goes to the two provinces abroad the paragraph named', () => {
    expect(
      visits(
        'Hợp tác quốc tế\n\nVới hai tỉnh kết nghĩa của nước bạn Lào là Xiêng Khoảng và Hủa Phăn, các hoạt động từng phải tạm ngưng. Tháng 5/2023, đoàn công tác của tỉnh Thanh Hóa đã sang thăm và làm việc tại cả hai tỉnh.',
      ).sort(),
    ).toEqual(['VN-21>LA-HO', 'VN-21>LA-XI']);
  });

  it('names none where the paragraph named one', () => {
    expect(
      visits(
        'Hợp tác quốc tế\n\nTỉnh kết nghĩa của Thanh Hóa là Hủa Phăn. Tháng 5/2023, đoàn công tác của tỉnh Thanh Hóa đã sang thăm và làm việc tại cả hai tỉnh.',
      ),
    ).not.toContain('VN-21>LA-XI');
  });
});

describe('a visit about to happen', () => {
  it('"… sắp thăm cấp Nhà nước tới Việt Nam" is no trip yet', () => {
    expect(
      visits(
        'Chủ tịch nước Lào sắp thăm cấp Nhà nước tới Việt Nam\n\nBộ Ngoại giao cho biết như vậy.',
      ),
    ).toEqual([]);
  });
});

describe('a neighbour "giáp giới"', () => {
  it('"thăm tỉnh B giáp giới tỉnh C" goes to B only', () => {
    expect(
      visits(
        'Thăm tỉnh bạn\n\nSáng 4/3, đoàn đại biểu tỉnh Kiên Giang đã đến thăm tỉnh Kampot giáp giới tỉnh Takeo.',
      ),
    ).toEqual(['VN-47>KH-7']);
  });
});

describe('a building opened for a body abroad', () => {
  it('"dự lễ khánh thành và bàn giao nhà … cho Bệnh viện huyện X, tỉnh B" went to B', () => {
    expect(
      visits(
        'Khánh thành nhà điều trị\n\nNgày 10/1, Phó Chủ tịch HĐND tỉnh Điện Biên đã dự lễ khánh thành và bàn giao nhà điều trị nội trú cho Bệnh viện huyện Khoa, tỉnh Phông Sa Lỳ, nước CHDCND Lào.',
      ),
    ).toEqual(['VN-71>LA-PH']);
  });
});

describe('care given where the sentence places it', () => {
  it('"tại … ở thủ đô B, Bệnh viện X và Bệnh viện Mắt A đã khám … cho … người bệnh nghèo Campuchia"', () => {
    expect(
      visits(
        'Khám mắt miễn phí\n\nNgày 14/11, tại Bệnh viện Quân y 179 của Quân đội Hoàng gia Campuchia ở thủ đô Phnom Penh, Bệnh viện Quân y 175 và Bệnh viện Mắt TP Cần Thơ đã khám và phát thuốc miễn phí cho hàng trăm người bệnh nghèo Campuchia.',
      ),
    ).toEqual(['VN-CT>KH-12']);
  });

  it('patients of the carers’ own country, treated at home, make no trip', () => {
    expect(
      visits(
        'Khám mắt miễn phí\n\nNgày 14/11, tại TP Cần Thơ, Bệnh viện Mắt TP Cần Thơ đã khám và phát thuốc miễn phí cho hàng trăm người bệnh nghèo Việt Nam.',
      ),
    ).toEqual([]);
  });
});

describe('leaders who met in a third country', () => {
  it('"… đã có cuộc làm việc với Thủ tướng Lào … tại thủ đô Bangkok, Thái Lan" is no trip', () => {
    expect(
      visits(
        'Thủ tướng gặp người đồng cấp Lào\n\nNgày 23/6, tại thủ đô Bangkok, Thái Lan, nhân dịp dự Hội nghị cấp cao ASEAN, Thủ tướng Chính phủ đã có cuộc làm việc với Thủ tướng Lào.',
      ),
    ).toEqual([]);
  });

  it('nor is the headline over such a lead', () => {
    expect(
      visits(
        'Thủ tướng làm việc với Thủ tướng Campuchia\n\nSáng 27/10, tại Malaysia, nhân dịp dự Hội nghị cấp cao ASEAN, Thủ tướng Chính phủ đã ăn sáng và làm việc với Thủ tướng Campuchia.',
      ),
    ).toEqual([]);
  });

  it('nor does a later sentence that says where they met ("… nhân chuyến công tác dự Hội nghị Cấp cao ASEAN tại Indonesia, …")', () => {
    expect(
      visits(
        [
          'Thủ tướng Campuchia sắp có chuyến thăm Việt Nam đầu tiên',
          'Thủ tướng Phạm Minh Chính sẽ chủ trì lễ đón chính thức vị khách Campuchia. Hai Thủ tướng sẽ gặp riêng, rồi hội đàm và chứng kiến lễ ký một số văn kiện.',
          'Việc tiếp xúc, trao đổi đoàn cấp cao và các cấp diễn ra thường xuyên. Chuyến thăm gần nhất của một lãnh đạo Campuchia là vào đầu tháng 12-2023 (Chủ tịch Quốc hội Campuchia Khuon Sudary).',
          'Hồi tháng 9 năm nay, nhân chuyến công tác dự Hội nghị Cấp cao ASEAN tại Indonesia, Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet đã lần đầu tiên gặp mặt trực tiếp.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a talk in the partner’s capital still is', () => {
    expect(
      visits(
        'Thủ tướng làm việc với Thủ tướng Campuchia\n\nSáng 27/10, tại Phnom Penh, Thủ tướng Chính phủ Việt Nam đã làm việc với Thủ tướng Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('where the fallen died is no venue', () => {
  it('"… liệt sĩ … hy sinh qua các thời kỳ chiến tranh tại Campuchia; buổi lễ diễn ra ở Cửa khẩu …"', () => {
    expect(
      visits(
        'Bàn giao hài cốt liệt sĩ\n\nSáng 18/7, Ban Chỉ đạo 515 tỉnh Long An đã tổ chức Lễ tiếp nhận hài cốt liệt sĩ quân tình nguyện hy sinh qua các thời kỳ chiến tranh tại Campuchia; buổi lễ diễn ra ở Cửa khẩu Quốc tế Bình Hiệp. Lãnh đạo các tỉnh Svay Rieng và Prey Veng sang dự lễ.',
      ).sort(),
    ).toEqual(['KH-14>VN-41', 'KH-20>VN-41']);
  });
});

describe('the party by its initials', () => {
  it('"… tiếp Đoàn đại biểu ĐCS Việt Nam" in Vientiane', () => {
    expect(
      visits(
        'Lãnh đạo Lào tiếp đoàn\n\nNgày 5/3, tại Thủ đô Viêng Chăn, Tổng Bí thư, Chủ tịch nước Lào đã tiếp Đoàn đại biểu ĐCS Việt Nam.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('countries’ delegations in a roll', () => {
  it('"Tham dự … có các đoàn đại biểu thanh niên đến từ Lào và Campuchia" came to the venue', () => {
    expect(
      visits(
        'Hội nghị thanh niên ba nước\n\nSáng 8/9, tại TP. Cần Thơ, Trung ương Đoàn đã tổ chức Hội nghị Hợp tác Thanh niên năm 2017. Tham dự Hội nghị có các đoàn đại biểu thanh niên đến từ Lào và Campuchia.',
      ).sort(),
    ).toEqual(['KH-12*>VN-CT', 'LA-VT*>VN-CT']);
  });

  it('"… đến từ các tỉnh của Lào" names no country’s delegation', () => {
    expect(
      visits(
        'Hội nghị thanh niên\n\nSáng 8/9, tại TP. Cần Thơ, Trung ương Đoàn đã tổ chức Hội nghị Hợp tác Thanh niên năm 2017. Tham dự Hội nghị có các đoàn đại biểu thanh niên đến từ các tỉnh của Lào.',
      ),
    ).toEqual([]);
  });
});

describe('co-chairs listed with commas', () => {
  it('"… cùng Thủ tướng Lào X, Thủ tướng Vương quốc Campuchia Y đồng chủ trì Hội nghị" in Vientiane', () => {
    expect(
      visits(
        'Hội nghị Cấp cao Tam giác Phát triển\n\nNgày 26-11-2008, Hội nghị Cấp cao lần thứ 5 đã được tổ chức tại Thủ đô Viên-chăn, Lào. Thủ tướng Nguyễn Tấn Dũng dẫn đầu Đoàn đại biểu Việt Nam sang dự và cùng Thủ tướng Lào Bua-xỏn Búp-phả-văn, Thủ tướng Vương quốc Campuchia Hun Sen đồng chủ trì Hội nghị.',
      ).sort(),
    ).toEqual(['KH-12*>LA-VT', 'VN-HN*>LA-VT*']);
  });
});

describe('a headline over a lead that announces the trip', () => {
  it('"Thủ tướng Campuchia thăm Việt Nam", then "… sẽ thăm chính thức Việt Nam từ ngày 11-12/12"', () => {
    expect(
      visits(
        'Thủ tướng Campuchia thăm Việt Nam\n\nThủ tướng Campuchia Hun Manet sẽ thăm chính thức Việt Nam từ ngày 11-12/12.',
      ),
    ).toEqual([]);
  });

  it('a lead that tells it done keeps it', () => {
    expect(
      visits(
        'Thủ tướng Campuchia thăm Việt Nam\n\nNgày 11/12, Thủ tướng Campuchia Hun Manet đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.',
      ),
    ).toEqual(['KH-12*>VN-HN']);
  });
});

describe('a message sent to a place in the news', () => {
  it('"… vỡ đập ở tỉnh B, Lào, …, Tổng Bí thư … đã có Điện thăm hỏi gửi …" is no trip', () => {
    expect(
      visits(
        'Việt Nam sẵn sàng hỗ trợ Lào\n\nNgay sau khi có thông tin vỡ đập thủy điện ở tỉnh Attapeu, Lào, ngày 24/7, Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Trần Đại Quang và Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có Điện thăm hỏi gửi Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith.',
      ),
    ).toEqual([]);
  });
});

describe('a ministry whose name holds "Thông tin,"', () => {
  it('"Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào X khẳng định" at a festival in a province', () => {
    expect(
      visits(
        'Ngày hội biên giới\n\nNgày 17/5, hội nghị giao lưu văn hóa đã diễn ra tại tỉnh Quảng Trị. Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào Buangan Xaphuvong khẳng định quan hệ hai nước là mối quan hệ hiếm có.',
      ),
    ).toEqual(['LA-VT*>VN-25']);
  });
});

describe('the army’s national paper', () => {
  it('"QĐND - … Bộ CHQS tỉnh A và Bộ CHQS tỉnh B (Lào) đã tiến hành hội đàm" places the talks at neither', () => {
    expect(
      visits(
        'Bộ CHQS tỉnh Điện Biên và Bộ CHQS tỉnh Phông Sa Lỳ hội đàm\n\nQĐND - Ngày 14/11, Bộ CHQS tỉnh Điện Biên và Bộ CHQS tỉnh Phông Sa Lỳ (CHDCND Lào) đã tiến hành buổi hội đàm định kỳ năm 2022. Đồng chủ trì buổi hội đàm có Đại tá X, Chính ủy Bộ CHQS tỉnh Điện Biên và Đại tá Y, Chỉ huy trưởng Bộ CHQS tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual([]);
  });
});

describe('an agreement made and signed', () => {
  it('"… cùng lãnh đạo hai tỉnh B1 và B2 của Lào đã nhất trí ký văn bản thỏa thuận … tại cuộc hội đàm diễn ra … ở A"', () => {
    expect(
      visits(
        'Ký thỏa thuận hợp tác\n\nLãnh đạo tỉnh Quảng Nam cùng lãnh đạo hai tỉnh Sê Kông và Attapeu của Lào đã nhất trí ký văn bản thỏa thuận hợp tác tại cuộc hội đàm diễn ra ở Quảng Nam.',
      ).sort(),
    ).toEqual(['LA-AT>VN-27', 'LA-XE>VN-27']);
  });

  it('"… đã nhất trí sẽ ký …" is still a plan', () => {
    expect(
      visits(
        'Ký thỏa thuận hợp tác\n\nLãnh đạo tỉnh Quảng Nam cùng lãnh đạo tỉnh Sê Kông của Lào đã nhất trí sẽ ký văn bản thỏa thuận hợp tác tại cuộc hội đàm năm sau ở Quảng Nam.',
      ),
    ).toEqual([]);
  });
});

describe('a birth date dates nothing', () => {
  it('"Quốc vương … sinh ngày 14/5/1953" lends no year to the visit of "28/11"', () => {
    const [visit] = linksOf(
      'Quốc vương Campuchia đến Hà Nội\n\nSáng 28/11, Quốc vương Campuchia Norodom Sihamoni đến Hà Nội, bắt đầu thăm cấp Nhà nước tới Việt Nam. Quốc vương Norodom Sihamoni sinh ngày 14/5/1953, tại Phnom Penh.',
    );
    expect(visit?.date).toBeNull();
  });
});

describe('leaders met together at a named venue', () => {
  it('"tại thủ đô B, Thủ tướng … làm việc với Thủ tướng Campuchia X và Thủ tướng Lào Y": both guests came', () => {
    expect(
      visits(
        'Thủ tướng ba nước họp\n\nChiều 6/2, tại thủ đô Phnom Penh, Thủ tướng Chính phủ Phạm Minh Chính đã có cuộc gặp làm việc với Thủ tướng Campuchia Hun Manet và Thủ tướng Lào Sonexay Siphandone.',
      ).sort(),
    ).toEqual(['LA-VT*>KH-12', 'VN-HN*>KH-12']);
  });
});

describe('the announced trip spoken of again', () => {
  it('"Đây là chuyến thăm Việt Nam đầu tiên của ông X …" under a headline that says "sẽ thăm"', () => {
    expect(
      visits(
        'Thủ tướng Lào sẽ thăm chính thức Việt Nam\n\nNhận lời mời của Thủ tướng Việt Nam, Thủ tướng Lào Thongloun Sisoulith sẽ thăm hữu nghị chính thức Việt Nam. Đây là chuyến thăm Việt Nam đầu tiên của ông Thongloun Sisoulith trên cương vị Thủ tướng Lào.',
      ),
    ).toEqual([]);
  });

  it('is a trip where the headline tells it done', () => {
    expect(
      visits(
        'Thủ tướng Lào thăm chính thức Việt Nam\n\nNgày 5/3, Thủ tướng Lào Thongloun Sisoulith đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. Đây là chuyến thăm Việt Nam đầu tiên của ông Thongloun Sisoulith trên cương vị Thủ tướng Lào.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });
});

describe('a courtesy call on a guest', () => {
  it('"Đoàn … chào xã giao Chủ tịch Quốc hội Lào X" in Hà Nội during X’s visit is no trip to Laos', () => {
    expect(
      visits(
        'Đoàn Hội hữu nghị Việt Nam – Lào chào xã giao Chủ tịch Quốc hội Lào Xaysomphone Phomvihane\n\nTrong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 6-8/12 của Chủ tịch Quốc hội Lào Xaysomphone Phomvihane, sáng 7/12, tại Hà Nội, Đoàn đại biểu Trung ương Hội hữu nghị Việt Nam - Lào đến chào xã giao.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });

  it('a call made abroad, beside a guest of another year recalled, stays a trip', () => {
    expect(
      visits(
        'Chủ tịch Quốc hội chào xã giao Tổng Bí thư, Chủ tịch nước Lào\n\nTrong khuôn khổ chuyến thăm chính thức Lào, sáng 16/5/2022, tại thủ đô Vientiane, Chủ tịch Quốc hội Việt Nam đã đến chào xã giao Tổng Bí thư, Chủ tịch nước Lào. Đồng chí nhắc lại chuyến thăm chính thức Việt Nam ngày 6/12/2021 của Chủ tịch Quốc hội Lào.',
      ).sort(),
    ).toContain('VN-HN*>LA-VT');
  });
});

describe('people who live and work abroad', () => {
  it('"… cộng đồng người Việt Nam đang sinh sống, học tập và làm việc tại Campuchia" is no trip', () => {
    expect(
      visits(
        'Trao khoản hỗ trợ\n\nNhân dịp này, Thứ trưởng Nguyễn Quốc Dũng cũng trân trọng cảm ơn sự quan tâm của Chính phủ Vương quốc Campuchia đối với cộng đồng người Việt Nam đang sinh sống, học tập và làm việc tại Campuchia, đánh giá cao việc Chính phủ Campuchia bắt đầu triển khai tiêm vaccine ngừa COVID-19 cho đoàn ngoại giao, trong đó có cán bộ, nhân viên các Cơ quan đại diện Việt Nam tại Campuchia.',
      ),
    ).toEqual([]);
  });
});

describe('people gone or taken abroad to work', () => {
  it('"Những người này khai sang Phnom Pênh, Bavet (Campuchia) làm phục vụ" is no trip of the province that took them back', () => {
    expect(
      visits(
        'Tây Ninh tiếp nhận 79 công dân từ Campuchia\n\nNgày 10/9, Bộ đội Biên phòng tỉnh Tây Ninh tiếp nhận 79 công dân Việt Nam do phía Campuchia bàn giao tại Cửa khẩu quốc tế Mộc Bài. Những người này khai sang Phnom Pênh, Bavet (Campuchia) làm phục vụ tại quán karaoke.',
      ),
    ).toEqual([]);
  });

  it('"11 người bị đưa đến làm việc tại … tỉnh Mondulkiri" is no trip either', () => {
    expect(
      visits(
        '11 người sang Campuchia\n\nNgày 9/8, Công an tỉnh Lâm Đồng vừa tiếp nhận 11 công dân Việt Nam do Campuchia trao trả. Sau khi xuất cảnh, 11 người bị đưa đến làm việc tại khu phức hợp giải trí thuộc huyện Ô Reng, tỉnh Mondulkiri.',
      ),
    ).toEqual([]);
  });
});

describe('a vehicle’s run', () => {
  it('"…, chiếc xe di chuyển đến thị xã Thakhek, tỉnh Khammuan" is a bus on its route, not a trip', () => {
    expect(
      visits(
        'Xe khách gặp nạn\n\nĐây là loại xe khách 45 chỗ ngồi, chạy tuyến Hà Tĩnh - Khammuan. Trưa 9/3, sau khi qua cửa khẩu quốc tế Cầu Treo và nhập cảnh vào Lào, chiếc xe di chuyển đến thị xã Thakhek, tỉnh Khammuan thì bị lật.',
      ),
    ).toEqual([]);
  });
});

describe('unions named by their country', () => {
  it('"Công đoàn Viên chức Việt Nam đã tiếp Đoàn … Liên hiệp Công đoàn Lào" at home', () => {
    expect(
      visits(
        'Công đoàn hai nước\n\nNgày 5/3, Công đoàn Viên chức Việt Nam đã tiếp Đoàn đại biểu Trung ương Liên hiệp Công đoàn Lào.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('a trip praised by its host', () => {
  it('"… đánh giá cao chuyến thăm làm việc của đoàn đại biểu Tòa án Tối cao Vương quốc Campuchia tại Việt Nam"', () => {
    expect(
      visits(
        'Phó Chủ tịch Quốc hội tiếp đoàn\n\nPhó Chủ tịch Quốc hội Uông Chu Lưu đánh giá cao chuyến thăm làm việc của đoàn đại biểu Tòa án Tối cao Vương quốc Campuchia tại Việt Nam.',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });
});

describe('a centre of the nation', () => {
  it('"Trung tâm Khuyến nông Quốc gia đã cử các chuyên gia sang Xiêng Khoảng" sent its experts from Hà Nội', () => {
    expect(
      visits(
        'Mô hình rau an toàn\n\nNăm 2023, Trung tâm Khuyến nông Quốc gia đã cử các chuyên gia sang Xiêng Khoảng trực tiếp mở lớp tập huấn kỹ thuật.',
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('a province’s centre is the province’s', () => {
    expect(
      visits(
        'Mô hình rau an toàn\n\nNăm 2023, Trung tâm Khuyến nông tỉnh Nghệ An đã cử các chuyên gia sang Xiêng Khoảng mở lớp tập huấn kỹ thuật.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});
