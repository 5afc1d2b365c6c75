// Rules the forty-third session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('the outlet a sentence is credited to is no party to it', () => {
  const lead =
    'Ngày 18/6, Đoàn công tác HĐND tỉnh Quảng Ninh đã sang thăm và làm việc tại tỉnh Hủa Phăn (Lào).';

  it('"Theo Báo A, tiếp và làm việc với Đoàn có [hosts of B]": no trip from B to A', () => {
    expect(
      visits(
        [
          'Đoàn HĐND tỉnh Quảng Ninh thăm tỉnh Hủa Phăn',
          lead,
          'Theo Báo Quảng Ninh, tiếp và làm việc với Đoàn có ông Khăm Phon, Phó Bí thư Tỉnh ủy tỉnh Hủa Phăn cùng lãnh đạo các sở, ngành.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-13>LA-HO']);
  });

  it('"Theo tin từ Đài PT-TH A, …" is credited too', () => {
    expect(
      visits(
        [
          'Đoàn HĐND tỉnh Quảng Ninh thăm tỉnh Hủa Phăn',
          lead,
          'Theo tin từ Đài PT-TH Quảng Ninh, tiếp và làm việc với Đoàn có ông Khăm Phon, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-13>LA-HO']);
  });

  it('"Theo báo cáo, …" is the report, not an outlet: the sentence keeps its places', () => {
    expect(
      visits(
        [
          'Sơ kết hợp tác',
          'Theo báo cáo, tháng 3 vừa qua Đoàn đại biểu tỉnh Hủa Phăn đã sang thăm và làm việc tại tỉnh Quảng Ninh.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-HO>VN-13']);
  });
});

describe('a national leader greeting a foreign guest at a ceremony in his own country', () => {
  it('"Thứ trưởng Bộ Quốc phòng Lào tặng hoa chúc mừng Trung tướng …, QĐND Việt Nam" in a Lao province', () => {
    expect(
      visits(
        [
          'Bàn giao doanh trại đại đội biên phòng',
          'Sáng 24-12, tại huyện Sê Pôn, tỉnh Savannakhet đã diễn ra lễ bàn giao doanh trại, công trình quà tặng của Bộ Quốc phòng Việt Nam.',
          'Về phía Việt Nam, tham dự buổi lễ có Trung tướng Nguyễn Văn A, Phó Tổng Tham mưu trưởng QĐND Việt Nam.',
          'Thiếu tướng Khăm Phon, Thứ trưởng Bộ Quốc phòng Lào tặng hoa chúc mừng Trung tướng Nguyễn Văn A, Phó Tổng Tham mưu trưởng QĐND Việt Nam.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('a provincial leader still brings greetings to the neighbouring capital', () => {
    expect(
      visits(
        [
          'Lãnh đạo tỉnh Hủa Phăn chúc Tết',
          'Ngày 20/1, đồng chí Khăm Phon, Phó Tỉnh trưởng tỉnh Hủa Phăn tặng hoa chúc mừng Bộ Quốc phòng Việt Nam nhân dịp năm mới.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-HO>VN-HN*']);
  });
});

describe("a province's congress sits in that province; a foreign leader who attended came", () => {
  const title = 'Tăng cường hợp tác giữa Quảng Nam và Sê Kông';
  const lead =
    'Đại hội Hội hữu nghị Việt Nam - Lào tỉnh Quảng Nam nhiệm kỳ 2016-2021 diễn ra ngày 6/10, nhấn mạnh sự gắn kết với tỉnh Sê Kông.';

  it('"ông X, Phó Bí thư Tỉnh ủy B đã dự Đại hội"', () => {
    expect(
      visits(
        [title, lead, 'Đồng chí Khăm Phon, Phó Bí thư Tỉnh ủy Sê Kông đã dự Đại hội.'].join('\n\n'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('"Dự và phát biểu tại Đại hội, đồng chí X, Phó Bí thư Tỉnh ủy B, nhấn mạnh …"', () => {
    expect(
      visits(
        [
          title,
          lead,
          'Dự và phát biểu tại Đại hội, đồng chí Khăm Phon, Phó Bí thư Tỉnh ủy Sê Kông, nhấn mạnh hai tỉnh có nhiều nét tương đồng.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it("the host province's own leader attending made no trip", () => {
    expect(
      visits(
        [
          title,
          lead,
          'Dự Đại hội, đồng chí Trần Văn B, Phó Bí thư Tỉnh ủy Quảng Nam, phát biểu chỉ đạo.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a central body named without its country, led by a leader who names his', () => {
  it('"X, Phó Trưởng ban … Đảng Nhân dân Cách mạng Lào, đã dẫn Đoàn đại biểu Tạp chí A-lun-may đến …"', () => {
    expect(
      visits(
        [
          'Thúc đẩy hợp tác giữa Ninh Bình với các địa phương của Lào',
          'Ngày 10/8, đồng chí Vi-la-vỏn, Phó Trưởng ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào, đã dẫn Đoàn đại biểu Tạp chí A-lun-may đến làm việc với tỉnh ta.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-18']);
  });

  it('a Vietnamese leader leading the same body keeps it Vietnamese (no trip inside Vietnam)', () => {
    expect(
      visits(
        [
          'Thúc đẩy hợp tác giữa Ninh Bình với các địa phương của Lào',
          'Ngày 10/8, đồng chí Nguyễn Văn A, Phó Tổng Biên tập, đã dẫn Đoàn đại biểu Tạp chí Cộng sản đến làm việc với tỉnh ta.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('co-chairs at a venue the lead named, past a dateline and a former-province remark', () => {
  it('"(trước đây thuộc tỉnh A)" is no earlier event; "Hà Nội (TTXVN) - …" no place of the sentence', () => {
    expect(
      visits(
        [
          'Hai Thủ tướng dự lễ kỷ niệm tại Campuchia',
          'Buổi lễ được tổ chức long trọng tại xã Tonloung, huyện Memut, tỉnh Tboung Khmum (trước đây thuộc tỉnh Kampong Cham).',
          'Hà Nội (TTXVN) - Ngày 20/6, Thủ tướng Chính phủ Việt Nam Phạm Minh Chính và Thủ tướng Vương quốc Campuchia Hun Sen đã đồng chủ trì lễ kỷ niệm.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>KH-25']);
  });
});

describe("an agency's bureau abroad is no venue when the lead names another province there", () => {
  it('"Phnôm Pênh (TTXVN) - Khi đến thăm … trên địa bàn, Tỉnh trưởng tỉnh B …": nothing went to Phnom Penh', () => {
    const found = visits(
      [
        'Tỉnh trưởng Kampong Thom đánh giá cao doanh nghiệp cao su Việt Nam',
        'Phnôm Pênh (TTXVN) - Khi đến thăm các doanh nghiệp cao su Việt Nam trên địa bàn ngày 19/3, Tỉnh trưởng tỉnh Kampong Thom đã đánh giá cao đóng góp của họ.',
        'Trong ngày, Tỉnh trưởng cùng Đại sứ Việt Nam tại Campuchia đã đi khảo sát ba công ty.',
        'Riêng ba công ty mà đoàn đến thăm hiện quản lý gần 20.300 ha cao su.',
      ].join('\n\n'),
    );
    expect(found.filter((v) => v.endsWith('KH-12'))).toEqual([]);
  });
});

describe('the Buddhist Sangha sending its delegation abroad', () => {
  it('"GHPGVN đã cử đoàn chư tôn đức sang Phnôm Pênh": a national trip', () => {
    expect(
      visits(
        [
          'Tin tức Phật giáo',
          'Bộ trưởng cảm ơn GHPGVN đã cử đoàn chư tôn đức sang Phnôm Pênh dự lễ hỏa táng Đại Tăng thống.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('a province\'s board is the province\'s ("Ban Trị sự GHPGVN tỉnh A đã cử đoàn sang …")', () => {
    expect(
      visits(
        [
          'Tin tức Phật giáo',
          'Ban Trị sự GHPGVN tỉnh Quảng Nam đã cử đoàn sang tỉnh Sê Kông trao quà.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-27>LA-XE']);
  });
});

describe("a ministry's department named with the state in full", () => {
  it('"tiếp … đoàn công tác Cục Thi đua - Khen thưởng nước Cộng hòa Dân chủ Nhân dân Lào"', () => {
    expect(
      visits(
        [
          'Quảng Nam trao đổi kinh nghiệm với đoàn cán bộ Lào',
          'Chiều 16/10, ông Huỳnh Văn A, Phó Chủ tịch UBND tỉnh Quảng Nam đã tiếp và làm việc với đoàn công tác Cục Thi đua - Khen thưởng nước Cộng hòa Dân chủ Nhân dân Lào do ông B làm trưởng đoàn.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-27']);
  });

  it('a province\'s department is no national body ("đoàn công tác Cục Hải quan tỉnh A")', () => {
    expect(
      visits(
        [
          'Hợp tác hải quan',
          'Ngày 5/3, đoàn công tác Cục Hải quan tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('a plan goes on past "…, tiếp tục …"', () => {
  it('"Đội … tỉnh A sẽ chuyển địa bàn, tiếp tục làm nhiệm vụ quy tập tại B" is still to come', () => {
    expect(
      visits(
        [
          'Tin quy tập',
          'Đội Quy tập mộ liệt sỹ Bộ CHQS tỉnh Hà Tĩnh sẽ chuyển địa bàn, tiếp tục làm nhiệm vụ quy tập tại Thủ đô Viêng Chăn (Lào).',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('told as done, the same words give the trip', () => {
    expect(
      visits(
        [
          'Tin quy tập',
          'Đội Quy tập mộ liệt sỹ Bộ CHQS tỉnh Hà Tĩnh đã chuyển địa bàn, tiếp tục làm nhiệm vụ quy tập tại Thủ đô Viêng Chăn (Lào).',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-23>LA-VT']);
  });
});

describe('where a delegation set out from is its origin for the legs told later', () => {
  it('"đoàn Caravan khởi hành từ Hà Nội …", then "đoàn đã lần lượt đi qua …, sang B1, tiếp tục tới B2"', () => {
    expect(
      visits(
        [
          'Nghệ An đón đoàn Caravan qua các thủ đô Việt Nam - Lào',
          'Theo đó, đoàn Caravan khởi hành từ Hà Nội với sự tham gia của nhiều doanh nghiệp du lịch.',
          'Trước khi tới Nghệ An, đoàn đã lần lượt đi qua Sơn La, sang Sầm Nưa, tiếp tục tới Luông Pha Băng.',
        ].join('\n\n'),
      ).sort(),
    ).toEqual(['VN-HN>LA-HO', 'VN-HN>LA-LP']);
  });
});

describe('a road or bridge end is no traveller; an agency of a state named after it is', () => {
  it('"khi cầu Hữu nghị 6 nối tỉnh Salavan (Lào) với tỉnh …": Salavan is no guest of the reception', () => {
    expect(
      visits(
        [
          'Lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Ubon Ratchathani',
          'Sáng 3/3, tại TP. Đông Hà, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn đại biểu cấp cao tỉnh Ubon Ratchathani (Thái Lan).',
          'Theo Tỉnh trưởng, khi cầu Hữu nghị 6 nối tỉnh Salavan (Lào) với tỉnh Ubon Ratchathani hoàn thành, việc đi lại sẽ thuận lợi hơn.',
          'Phát biểu tại buổi tiếp, Phó Chủ tịch UBND tỉnh cảm ơn Tỉnh trưởng và đoàn công tác đã dành thời gian đến thăm Quảng Trị.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('"Đoàn công tác cơ quan Thi đua - Khen thưởng của nước bạn Lào đã đến thăm … tỉnh B"', () => {
    expect(
      visits(
        [
          'Trao đổi kinh nghiệm thi đua, khen thưởng',
          'Đoàn công tác cơ quan Thi đua - Khen thưởng của nước bạn Lào đã đến thăm, làm việc với lãnh đạo tỉnh Bà Rịa - Vũng Tàu.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-43']);
  });

  it('"Đoàn công tác Cơ quan Ngoại vụ 09 tỉnh nước CHDCND Lào" is the provinces\', no national trip', () => {
    expect(
      visits(
        [
          'Đoàn Ngoại vụ các tỉnh Lào thăm Sơn La',
          'Đoàn công tác Cơ quan Ngoại vụ 09 tỉnh nước CHDCND Lào thăm, làm việc với Sở Ngoại vụ tỉnh Sơn La.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('talks "giữa" the hosts "với đoàn" B, dated, agreed at, and hosts listed long', () => {
  it('"… được hai bên thống nhất tại buổi làm việc chiều 14/1 giữa A … cùng lãnh đạo …, ngành … với đoàn … B"', () => {
    expect(
      visits(
        [
          'TPHCM - Thủ đô Vientiane mở rộng hợp tác',
          'Đây là nhận định được hai bên thống nhất tại buổi làm việc chiều 14/1 giữa Quyền Giám đốc Sở Ngoại vụ TPHCM Phạm Văn A cùng lãnh đạo một số sở, ngành thành phố với đoàn lãnh đạo các sở, ngành của Thủ đô Vientiane do ông B làm trưởng đoàn.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT>VN-SG']);
  });

  it('an agreement to hold talks later is still a plan ("hai bên thống nhất sẽ tổ chức buổi làm việc …")', () => {
    expect(
      visits(
        [
          'Hợp tác hai thành phố',
          'Hai bên thống nhất sẽ tổ chức buổi làm việc giữa Sở Ngoại vụ TPHCM với đoàn lãnh đạo Thủ đô Vientiane vào năm tới.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe("a timetable's legs and a roll of every country's delegation", () => {
  it('"…; chiều về khởi hành từ A lúc 13 giờ 50 và về đến B lúc 15 giờ 30": a flight leg, no trip', () => {
    expect(
      visits(
        [
          'Khai trương đường bay Vientiane - Đà Nẵng',
          'Ở chiều đi, chuyến bay cất cánh từ Vientiane lúc 11 giờ 10 và hạ cánh xuống Đà Nẵng lúc 12 giờ 50; chiều về khởi hành từ Đà Nẵng lúc 13 giờ 50 và về đến Vientiane lúc 15 giờ 30 cùng ngày.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('"Tham dự hội nghị có …, Trưởng đoàn Lào; …, Trưởng đoàn Campuchia; cùng …, Trưởng đoàn Việt Nam" at a Lao venue', () => {
    expect(
      visits(
        [
          'Thúc đẩy Tam giác phát triển',
          'Hội nghị các quan chức cao cấp đã diễn ra hôm thứ Năm tại tỉnh Attopeu của Lào.',
          'Tham dự hội nghị có ông A, Thứ trưởng Bộ Ngoại giao Lào, Trưởng đoàn Lào; ông B, Quốc vụ khanh Bộ Kế hoạch Campuchia, Trưởng đoàn Campuchia; cùng ông C, lãnh đạo Bộ Kế hoạch và Đầu tư Việt Nam, Trưởng đoàn Việt Nam.',
        ].join('\n\n'),
      ).sort(),
    ).toEqual(['KH-12*>LA-AT', 'VN-HN*>LA-AT']);
  });
});
