// Rules of the sixty-second session's helper B (recall of local visits): errands listed after
// "sang thăm," (the care first: "sang thăm, khám bệnh …"); a delegation its leader heads across
// the border ("… đã dẫn đầu đoàn đại biểu sang dự lễ …"); care given at a named place abroad with
// no patients named; every province of a list of speakers at the venue; a team that "tìm thấy"
// remains abroad, as one that "phát hiện" them.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const TN = 'Tây Ninh giúp bạn\n';

describe('"sang thăm, khám bệnh …": the call, then the care, one trip', () => {
  it('delegations a body organised', () => {
    expect(
      visitsOf(
        TN +
          'Năm nay, Hội Chữ thập đỏ tỉnh Tây Ninh đã tổ chức nhiều đoàn sang thăm, khám bệnh, cấp thuốc cho nhân dân tỉnh Svay Rieng (Campuchia).',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('delegations a body sent, to two provinces', () => {
    expect(
      visitsOf(
        TN +
          'Năm 2023, Bộ Chỉ huy Quân sự tỉnh Tây Ninh đã cử 3 đoàn công tác sang thăm, khám chữa bệnh cho bà con nghèo các tỉnh Svay Rieng, Prey Veng của Campuchia.',
      ),
    ).toEqual(['VN-37>KH-20', 'VN-37>KH-14']);
  });

  it('guard: a doctor who "thăm khám" a patient made no trip', () => {
    expect(
      visitsOf(
        TN +
          'Các bác sĩ Bệnh viện Đa khoa tỉnh Tây Ninh thăm khám cho một bệnh nhân người Campuchia quê ở tỉnh Svay Rieng.',
      ),
    ).toEqual([]);
  });

  const none: [string, string][] = [
    [
      'a plan',
      'Năm tới, Hội Chữ thập đỏ tỉnh Tây Ninh sẽ tổ chức nhiều đoàn sang thăm, khám bệnh cho nhân dân tỉnh Svay Rieng (Campuchia).',
    ],
    [
      'a plan named as such',
      'Theo kế hoạch, Hội Chữ thập đỏ tỉnh Tây Ninh sẽ cử đoàn sang thăm, khám bệnh cho nhân dân tỉnh Svay Rieng (Campuchia).',
    ],
    [
      'a habit',
      'Hằng năm, Hội Chữ thập đỏ tỉnh Tây Ninh đều tổ chức nhiều đoàn sang thăm, khám bệnh cho nhân dân tỉnh Svay Rieng (Campuchia).',
    ],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(TN + text)).toEqual([]);
  });
});

describe('a delegation headed by the leader the sentence opens with crosses over with him', () => {
  it('"dẫn đầu đoàn đại biểu sang dự lễ …" at a work inside a body\'s seat', () => {
    expect(
      visitsOf(
        'Công an Nghệ An bàn giao công trình\nSáng 16/3, Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh Nghệ An đã dẫn đầu đoàn đại biểu sang dự lễ bàn giao công trình nằm trong khuôn viên Trụ sở Công an tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"dẫn đầu đoàn công tác sang khảo sát …" a model in a district of the province', () => {
    expect(
      visitsOf(
        'Học hỏi mô hình\nNgày 2/4, ông Trần Văn Hải, Phó Chủ tịch UBND tỉnh Quảng Trị đã dẫn đầu đoàn công tác sang khảo sát mô hình trồng cà phê của nông dân huyện Sê Pôn, tỉnh Savannakhet (Lào).',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it("guard: the guests' leader heads his delegation to the host, not the other way", () => {
    expect(
      visitsOf(
        'Khánh thành trụ sở\nSáng 16/3, ông Bun Thong, Phó Tỉnh trưởng tỉnh Xiêng Khoảng (Lào) đã dẫn đầu đoàn đại biểu sang dự lễ khánh thành công trình nằm trong khuôn viên Trụ sở Công an tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: a leader who will head the delegation has not gone', () => {
    expect(
      visitsOf(
        'Công an Nghệ An bàn giao công trình\nTháng tới, Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh Nghệ An sẽ dẫn đầu đoàn đại biểu sang dự lễ bàn giao công trình nằm trong khuôn viên Trụ sở Công an tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual([]);
  });
});

describe('care given at a named place abroad, with no patients named', () => {
  const H = 'Bác sĩ tình nguyện khám bệnh cho người dân Campuchia\n';

  it('"Đoàn y, bác sĩ … A đã tổ chức đợt khám, chữa bệnh … tại tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Đoàn y, bác sĩ tình nguyện Thành phố Hồ Chí Minh đã tổ chức đợt khám, chữa bệnh nhân đạo kéo dài hai ngày tại tỉnh Banteay Meanchey.',
      ),
    ).toEqual(['VN-SG>KH-1']);
  });

  it('"… đến từ A …", a team of doctors the dateline files abroad', () => {
    expect(
      visitsOf(
        H +
          'Phnom Penh (TTXVN) - Đoàn y, bác sĩ tình nguyện đến từ tỉnh Đồng Tháp đã tổ chức đợt khám bệnh, phát thuốc kéo dài ba ngày tại tỉnh Prey Veng.',
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  const none: [string, string][] = [
    [
      'care at home for patients from abroad',
      'Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Tây Ninh đã tổ chức khám bệnh miễn phí tại tỉnh Tây Ninh cho bà con từ Campuchia sang.',
    ],
    [
      'a team of the place where it gave care',
      'Đoàn y, bác sĩ tỉnh Svay Rieng (Campuchia) đã tổ chức đợt khám bệnh tại tỉnh Svay Rieng.',
    ],
    [
      'care still to come',
      'Đoàn y, bác sĩ tình nguyện Thành phố Hồ Chí Minh sẽ tổ chức đợt khám, chữa bệnh tại tỉnh Banteay Meanchey.',
    ],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('every province of a list of speakers at the venue came to it', () => {
  const H =
    'Tây Ninh gặp mặt kỷ niệm chiến thắng\nNgày 6/1, tại thành phố Tây Ninh, Tỉnh ủy Tây Ninh tổ chức buổi gặp mặt kỷ niệm ngày chiến thắng.\n';

  it('"lãnh đạo các tỉnh B1, B2 bày tỏ …"', () => {
    expect(
      visitsOf(
        H +
          'Tại buổi gặp mặt, lãnh đạo các tỉnh Svay Rieng, Tbong Khmum bày tỏ lòng biết ơn sâu sắc.',
      ),
    ).toEqual(['KH-20>VN-37', 'KH-25>VN-37']);
  });

  it('guard: one province, one visit', () => {
    expect(
      visitsOf(H + 'Tại buổi gặp mặt, lãnh đạo tỉnh Svay Rieng bày tỏ lòng biết ơn sâu sắc.'),
    ).toEqual(['KH-20>VN-37']);
  });

  it("guard: speakers of the host's own country made no trip", () => {
    expect(
      visitsOf(
        H + 'Tại buổi gặp mặt, lãnh đạo các tỉnh Tây Ninh, Long An bày tỏ lòng biết ơn sâu sắc.',
      ),
    ).toEqual([]);
  });
});

describe('a team that "tìm thấy" remains abroad was there, as one that "phát hiện" them', () => {
  const H =
    'Quảng Ngãi quy tập hài cốt liệt sỹ\nĐội K53 thuộc Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi vừa hoàn thành đợt tìm kiếm mùa khô.\n';

  it('"Đội K53 đã tìm thấy, cất bốc … tại …, tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Ngày 24/11, Đội K53 đã tìm thấy, cất bốc 1 hài cốt liệt sỹ tại xã Tà Veng Nơ, huyện Tà Veng, tỉnh Ratanakiri, Campuchia.',
      ),
    ).toEqual(['VN-29>KH-16']);
  });

  const none: [string, string][] = [
    [
      'the remains as the subject',
      'Hài cốt còn lại được Đội K53 tìm thấy tại xã Tà Veng Nơ, huyện Tà Veng, tỉnh Ratanakiri, Campuchia.',
    ],
    [
      'keepsakes found with the remains',
      'Di vật được tìm thấy cùng hài cốt liệt sỹ tại huyện Tà Veng, tỉnh Ratanakiri, Campuchia.',
    ],
    ['a hope', 'Đội K53 hy vọng sẽ tìm thấy thêm hài cốt liệt sỹ tại tỉnh Ratanakiri, Campuchia.'],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('after a reception on a bare "Tiếp đoàn,", a trip noun tells its own trip', () => {
  const H =
    'Lãnh đạo Nghệ An chúc Tết tỉnh Hủa Phăn\nNgày 12/4, đoàn đại biểu tỉnh Nghệ An đến tỉnh Hủa Phăn. ';

  it('"…; nhắc lại chuyến thăm tỉnh A của Đoàn … tỉnh B hồi …": B\'s earlier trip', () => {
    expect(
      visitsOf(
        H +
          'Tiếp đoàn, ông Khăm Liên, Phó Tỉnh trưởng tỉnh Hủa Phăn bày tỏ xúc động; nhắc lại chuyến thăm, chúc Tết tỉnh Nghệ An của Đoàn đại biểu tỉnh Hủa Phăn hồi tháng 2/2016.',
      ),
    ).toEqual(['VN-22>LA-HO', 'LA-HO>VN-22']);
  });

  const none: [string, string][] = [
    [
      "the guests' own trip thanked",
      'Tiếp đoàn, ông Khăm Liên, Phó Tỉnh trưởng tỉnh Hủa Phăn cảm ơn chuyến thăm của đoàn.',
    ],
    [
      'a trip still to come',
      'Tiếp đoàn, ông Khăm Liên, Phó Tỉnh trưởng tỉnh Hủa Phăn cho biết chuyến thăm tỉnh Nghệ An của Đoàn đại biểu tỉnh Hủa Phăn sẽ diễn ra vào tháng 9 tới.',
    ],
  ];
  it.each(none)('guard: %s adds no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual(['VN-22>LA-HO']);
  });
});

describe('a volunteer team that carried out its work at a place abroad was there', () => {
  const H = 'Tình nguyện tại Lào\n';

  it('"Đoàn thanh niên tình nguyện của A thực hiện chiến dịch … tại tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Anh từng tham gia đoàn thanh niên tình nguyện của TP Hồ Chí Minh thực hiện chiến dịch Mùa hè xanh tại tỉnh Champasak của Lào, kéo dài hai tuần.',
      ),
    ).toEqual(['VN-SG>LA-CH']);
  });

  it('"Đoàn tình nguyện tỉnh A đã triển khai nhiều phần việc … tại tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Đoàn tình nguyện tỉnh Nghệ An đã triển khai nhiều phần việc ý nghĩa tại tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  const none: [string, string][] = [
    [
      'a plan',
      'Tháng tới, Đoàn thanh niên tình nguyện TP Hồ Chí Minh sẽ thực hiện chiến dịch Mùa hè xanh tại tỉnh Champasak (Lào).',
    ],
    [
      'a habit',
      'Hằng năm, Đoàn thanh niên tình nguyện TP Hồ Chí Minh đều thực hiện chiến dịch Mùa hè xanh tại tỉnh Champasak (Lào).',
    ],
    [
      'work at home',
      'Đội thanh niên tình nguyện tỉnh Nghệ An đã thực hiện chiến dịch Mùa hè xanh tại huyện Kỳ Sơn, tỉnh Nghệ An.',
    ],
    [
      "a firm's project, no volunteers",
      'Công ty cổ phần Hoàng Anh Gia Lai đã triển khai dự án trồng cao su tại tỉnh Attapeu (Lào).',
    ],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('gifts counted, or given to households, of a province abroad', () => {
  const H = 'Quà cho bạn\n';

  it('"trao 200 suất quà cho người dân huyện X, tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Đoàn công tác tỉnh Kon Tum đã trao 200 suất quà cho người dân huyện Phu Vông, tỉnh Attapeu (Lào).',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"trao tặng 5 ngôi nhà cho các hộ nghèo tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Bộ đội Biên phòng tỉnh Kon Tum đã trao tặng 5 ngôi nhà cho các hộ nghèo tỉnh Attapeu (Lào).',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  const none: [string, string][] = [
    [
      "gifts handed over at the givers' own border gate",
      'Tại Cửa khẩu quốc tế Bờ Y (tỉnh Kon Tum), Đoàn công tác tỉnh Kon Tum đã trao 200 suất quà cho người dân tỉnh Attapeu (Lào).',
    ],
    ['gifts at home', 'Hội Chữ thập đỏ tỉnh Kon Tum đã trao quà cho 50 hộ nghèo trong tỉnh.'],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('a team that plays, or a troupe on tour, at a place abroad is there', () => {
  it('"Đội bóng đá tỉnh A thi đấu giao hữu tại tỉnh B"', () => {
    expect(
      visitsOf(
        'Giao lưu thể thao\nĐội bóng đá tỉnh Quảng Trị thi đấu giao hữu tại tỉnh Savannakhet (Lào).',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"Đoàn nghệ thuật tỉnh A đã có chuyến lưu diễn tại tỉnh B"', () => {
    expect(
      visitsOf(
        'Nghệ thuật\nĐoàn nghệ thuật tỉnh Quảng Trị đã có chuyến lưu diễn tại tỉnh Savannakhet (Lào).',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  const none: [string, string][] = [
    [
      'a sport still to be played',
      'Ném còn sẽ được đưa vào thi đấu tại tỉnh Savannakhet (Lào) vào năm sau.',
    ],
    [
      "a match at the home team's own stadium",
      'Chiều 5/4, đội bóng đá tỉnh Quảng Trị thi đấu giao hữu với đội tuyển tỉnh Savannakhet tại sân vận động thành phố Đông Hà, tỉnh Quảng Trị.',
    ],
    [
      'a tour still to come',
      'Đoàn nghệ thuật tỉnh Quảng Trị sẽ lưu diễn tại tỉnh Savannakhet (Lào) vào tháng tới.',
    ],
  ];
  it.each(none)('guard: %s is no trip of the home team', (_, text) => {
    expect(visitsOf('Giao lưu\n' + text)).not.toContain('VN-25>LA-SV');
  });
});

describe("a province's re-founding or liberation is feted in it, as its founding is", () => {
  const H = 'Tin đối ngoại\n';

  it('"dự lễ kỷ niệm 30 năm tái lập tỉnh A"', () => {
    expect(
      visitsOf(
        H + 'Đoàn đại biểu tỉnh Savannakhet (Lào) dự lễ kỷ niệm 30 năm tái lập tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('"dự lễ kỷ niệm 50 năm Ngày giải phóng tỉnh A"', () => {
    expect(
      visitsOf(
        H +
          'Đoàn đại biểu tỉnh Savannakhet (Lào) dự lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  const none: [string, string][] = [
    [
      'greetings sent',
      'Tỉnh Savannakhet (Lào) gửi điện chúc mừng kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Trị.',
    ],
    [
      'an attendance still to come',
      'Đoàn đại biểu tỉnh Savannakhet (Lào) sẽ dự lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Trị.',
    ],
  ];
  it.each(none)('guard: %s is no trip', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('more care abroad, and patients who came over', () => {
  const H = 'Giúp bạn\n';

  it('"khám sàng lọc cho … tại tỉnh B"', () => {
    expect(
      visitsOf(
        H +
          'Đoàn y, bác sĩ tỉnh Nghệ An đã khám sàng lọc cho 300 trẻ em tại tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"cứu trợ người dân tỉnh B", the people right after the care', () => {
    expect(
      visitsOf(
        H +
          'Đoàn công tác Bộ đội Biên phòng tỉnh Nghệ An đã cứu trợ người dân tỉnh Xiêng Khoảng (Lào) bị ảnh hưởng bởi lũ.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  const none: [string, string][] = [
    [
      'patients who came over for treatment',
      'Bệnh viện Đa khoa tỉnh Nghệ An đã khám bệnh cho bệnh nhân tỉnh Xiêng Khoảng (Lào) sang điều trị tại bệnh viện.',
    ],
    [
      'patients who came from the province',
      'Năm qua, Bệnh viện Đa khoa tỉnh Nghệ An đã khám, chữa bệnh cho hàng trăm bệnh nhân người Lào đến từ tỉnh Xiêng Khoảng.',
    ],
  ];
  it.each(none)('guard: %s is no trip of the carers', (_, text) => {
    expect(visitsOf(H + text)).toEqual([]);
  });
});

describe('"tại huyện X của tỉnh B": the province a located district belongs to', () => {
  it('a team that collected remains there', () => {
    expect(
      visitsOf(
        'Quy tập hài cốt\nĐội K52 tỉnh Nghệ An đã quy tập được 12 hài cốt liệt sĩ tại huyện Mường Khăm của tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('guard: students from a district of the province, met at home, made no trip of the hosts', () => {
    expect(
      visitsOf(
        'Gặp mặt học sinh\nLãnh đạo tỉnh Nghệ An đã gặp mặt các học sinh đến từ huyện Mường Khăm của tỉnh Xiêng Khoảng (Lào).',
      ),
    ).not.toContain('VN-22>LA-XI');
  });
});
