// Rules the thirty-ninth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('Cambodia spelled "Cam-pu-chia" (Nhân Dân, older outlets) in the national-body rules', () => {
  it('a caption "Thủ tướng ba nước Cam-pu-chia, Lào, Việt Nam tại Hội nghị … ở B": each guest came', () => {
    expect(
      visits(
        [
          'Bế mạc hội nghị cấp cao ba nước',
          'Thủ tướng ba nước Cam-pu-chia, Lào, Việt Nam tại Hội nghị cấp cao ở thành phố Xiêm Riệp.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-VT*>KH-17', 'VN-HN*>KH-17']);
  });

  it('the same roll with "Campuchia" reads the same', () => {
    expect(
      visits(
        [
          'Bế mạc hội nghị cấp cao ba nước',
          'Thủ tướng ba nước Campuchia, Lào, Việt Nam tại Hội nghị cấp cao ở thành phố Xiêm Riệp.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-VT*>KH-17', 'VN-HN*>KH-17']);
  });

  it('"Tổng Lãnh sự Vương quốc Cam-pu-chia tại TP Hồ Chí Minh" acts for his country', () => {
    expect(
      visits(
        [
          'Tổng Lãnh sự thăm Đồng Tháp',
          'Ngày 3/5, ông Ko Sal, Tổng Lãnh sự Vương quốc Cam-pu-chia tại TP Hồ Chí Minh đã đến thăm và làm việc với UBND tỉnh Đồng Tháp.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-45']);
  });
  it('a meeting "giữa Thủ tướng Lào … và người đồng cấp Cam-pu-chia … tại B": the guest is Cambodia', () => {
    expect(
      visits(
        [
          'Lào và Cam-pu-chia tăng cường hợp tác',
          'Tại cuộc gặp giữa Thủ tướng Lào Thoong-lun Xi-xu-lít và người đồng cấp Cam-pu-chia Hun Xen tại Viêng Chăn hôm 5/6, hai bên nhất trí đẩy mạnh thương mại.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>LA-VT']);
  });
});

describe('people who moved to live somewhere made no visit', () => {
  it('"sang bản A, huyện B, tỉnh C (Lào) lập nghiệp": the address may open on a village', () => {
    expect(
      visits(
        [
          'Giữ nếp nhà nơi đất bạn',
          'Hơn 20 năm trước, gia đình ông theo người quen từ Nghệ An sang bản Na Đông, huyện Pạc Xăn, tỉnh Bolikhămxay (Lào) lập nghiệp.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a delegation going to the same address to call on them still travelled', () => {
    expect(
      visits(
        [
          'Giữ nếp nhà nơi đất bạn',
          'Tháng trước, đoàn cán bộ tỉnh Nghệ An đã sang bản Na Đông, huyện Pạc Xăn, tỉnh Bolikhămxay thăm bà con.',
        ].join('\n'),
      ),
    ).toEqual(['VN-22>LA-BL']);
  });
});

describe("the army's central commands are national bodies", () => {
  it('"Đoàn đại biểu Bộ Tư lệnh Bộ đội Biên phòng Việt Nam … tại thủ đô B … chào xã giao"', () => {
    expect(
      visits(
        [
          'Biên phòng hai nước tăng cường hợp tác',
          'Chiều 4/3, tại thủ đô Viêng Chăn, Đoàn đại biểu Bộ Tư lệnh Bộ đội Biên phòng Việt Nam do Thiếu tướng Trần Văn Bình làm trưởng đoàn đã đến chào xã giao Bộ trưởng Bộ Quốc phòng Lào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it("a province's own border guards (Bộ Chỉ huy … tỉnh A) travel from that province", () => {
    expect(
      visits(
        [
          'Biên phòng hai tỉnh hội đàm',
          'Chiều 4/3, tại tỉnh Xiêng Khoảng, đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An đã hội đàm với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng.',
        ].join('\n'),
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('"sang với / đến với ‹place›": "với" before the goal', () => {
  it('leaders of a province "sang với" a partner travelled there', () => {
    expect(
      visits(
        [
          'Giao lưu văn hóa hai tỉnh',
          'Tỉnh trưởng tỉnh Hủa Phăn vui mừng chào đón lãnh đạo và các nghệ sĩ của tỉnh Sơn La sang với Hủa Phăn trong dịp lễ hội.',
        ].join('\n'),
      ),
    ).toEqual(['VN-05>LA-HO']);
  });

  it('a delegation "đến với tỉnh B"', () => {
    expect(
      visits(
        [
          'Nghĩa tình hai tỉnh',
          'Tháng 5/2016, đoàn cán bộ tỉnh Quảng Trị đã đến với tỉnh Savannakhet.',
        ].join('\n'),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('tourists drawn "đến với B" are no delegation', () => {
    expect(
      visits(
        [
          'Mở lại cửa khẩu',
          'Cửa khẩu mở lại sẽ thu hút du khách từ tỉnh Salavan đến với Quảng Trị và miền Trung.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a reception whose guests are a roll opened by "gồm"', () => {
  const head = 'Lãnh đạo thành phố tiếp các địa phương bạn';
  it('"tiếp đoàn lãnh đạo các địa phương Lào, gồm Đô trưởng A X; Bí thư …, Tỉnh trưởng tỉnh B Y và …"', () => {
    expect(
      visits(
        [
          head,
          'Tối 12/9, Bí thư Thành ủy Thành phố Hồ Chí Minh đã tiếp đoàn lãnh đạo các địa phương Lào, gồm Đô trưởng Viêng Chăn Athsaphangthong Siphandone; Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu Leth Xaiyaphone và Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông Leklai Sivilay.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-AT>VN-SG', 'LA-VT>VN-SG', 'LA-XE>VN-SG']);
  });

  it('a roll without the comma reads the same', () => {
    expect(
      visits(
        [
          head,
          'Tối 12/9, Bí thư Thành ủy Thành phố Hồ Chí Minh đã tiếp đoàn lãnh đạo Lào gồm Tỉnh trưởng tỉnh Attapeu Leth Xaiyaphone và Tỉnh trưởng tỉnh Sê Kông Leklai Sivilay.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-AT>VN-SG', 'LA-XE>VN-SG']);
  });
});

describe('the Vietnam Buddhist Sangha as a national traveller', () => {
  it('"Phái đoàn GHPGVN … đã đến Phnôm Pênh": the Sangha came from the capital', () => {
    expect(
      visits(
        [
          'Phái đoàn GHPGVN dự lễ tang',
          'Phái đoàn GHPGVN do Hòa thượng Thích Thiện Tâm làm trưởng đoàn đã đến Phnôm Pênh chiều 5/3.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('a provincial board (Ban Trị sự GHPGVN tỉnh A) travels from its province', () => {
    expect(
      visits(
        [
          'Phật giáo hai tỉnh giao lưu',
          'Đoàn Ban Trị sự GHPGVN tỉnh Sóc Trăng đã sang thăm tỉnh Takeo.',
        ].join('\n'),
      ),
    ).toEqual(['VN-52>KH-21']);
  });

  it('an officer of its branch abroad ("Trưởng ban Điều phối GHPGVN tại Lào") thanks the visitors', () => {
    expect(
      visits(
        [
          'Phật giáo tỉnh Quảng Nam thăm Lào',
          'Tại chùa, Thượng tọa Thích Minh Quang, Trưởng ban Điều phối GHPGVN tại Lào cảm ơn chư tôn đức đã đến thăm Thủ đô Viêng Chăn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-27>LA-VT']);
  });
});

describe('a known foreign leader named before his title', () => {
  it('"Samdech Techo Hun Sen, Chủ tịch Thượng viện, đã đến thăm tỉnh A": Cambodia\'s', () => {
    expect(
      visits(
        [
          'Chủ tịch Thượng viện thăm Tây Ninh',
          'Ngày 5/3, Samdech Techo Hun Sen, Chủ tịch Thượng viện, đã đến thăm tỉnh Tây Ninh.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-37']);
  });

  it('"ông Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước, đã đến thăm tỉnh A": Laos\'', () => {
    expect(
      visits(
        [
          'Lãnh đạo Lào thăm Nghệ An',
          'Ngày 5/3, ông Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước, đã đến thăm tỉnh Nghệ An.',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it("a title with a Vietnamese name of its own stays Vietnam's", () => {
    expect(
      visits(
        [
          'Lãnh đạo hai nước gặp gỡ',
          'Sau khi tiễn Samdech Hun Sen, Chủ tịch nước Lương Cường đã sang thăm Thủ đô Viêng Chăn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a meeting named as an event before the clause that tells who was there', () => {
  it('"Cuộc hội kiến diễn ra nhân dịp Bộ trưởng X cũng đang có mặt tại B": X came', () => {
    expect(
      visits(
        [
          'Hợp tác quốc phòng hai nước',
          'Cuộc hội kiến diễn ra nhân dịp Bộ trưởng Quốc phòng Campuchia Tea Banh cũng đang có mặt tại Vientiane.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>LA-VT']);
  });

  it('a body met on the way is still no traveller ("đoàn đã gặp Bộ Quốc phòng Lào, …")', () => {
    expect(
      visits(
        [
          'Đoàn cựu chiến binh thăm Lào',
          'Đoàn cựu chiến binh tỉnh Nghệ An đã gặp gỡ Bộ Quốc phòng Lào, sau đó đến thăm tỉnh Xiêng Khoảng.',
        ].join('\n'),
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('a place named with a site after "tại", in brackets or across a pair of gates', () => {
  const head = 'Sĩ quan trẻ quân đội Campuchia giao lưu';
  const lead =
    'Đoàn sĩ quan trẻ Quân đội Hoàng gia Campuchia do Đại tướng Prum Pheng dẫn đầu đã sang thăm, giao lưu với Sư đoàn 5.';
  it('"Sau lễ đón tại Cửa khẩu quốc tế Mộc Bài (tỉnh A) - Bavet, đoàn … của nước bạn …": the guests came to A', () => {
    expect(
      visits(
        [
          head,
          lead,
          'Sau lễ đón tại Cửa khẩu quốc tế Mộc Bài (tỉnh Tây Ninh) - Bavet, đoàn sĩ quan trẻ của nước bạn lần lượt đến thăm nhiều địa điểm.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-37']);
  });

  it('"tại Cửa khẩu quốc tế Lao Bảo (tỉnh A)": the bracketed province is where, no traveller', () => {
    expect(
      visits(
        [
          'Đón đoàn đại biểu Savannakhet',
          'Sáng 3/5, tại Cửa khẩu quốc tế Lao Bảo (tỉnh Quảng Trị), lãnh đạo tỉnh đã đón đoàn đại biểu tỉnh Savannakhet.',
        ].join('\n'),
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('leaders known by name, and receptions at the border', () => {
  it('"Phó Chủ tịch nước Bounthong Chitmany" is Laos\' ("Bộ trưởng Quốc phòng Tea Seiha", Cambodia\'s)', () => {
    expect(
      visits(
        [
          'Lãnh đạo Lào thăm Nghệ An',
          'Ngày 5/3, Phó Chủ tịch nước Bounthong Chitmany đã đến thăm tỉnh Nghệ An.',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-22']);
    expect(
      visits(
        [
          'Bộ trưởng Campuchia thăm Tây Ninh',
          'Ngày 5/3, Bộ trưởng Quốc phòng Tea Seiha đã đến thăm tỉnh Tây Ninh.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-37']);
  });

  it('"Bộ trưởng A đón Bộ trưởng B tại cửa khẩu quốc tế …": not received in the capital', () => {
    expect(
      visits(
        [
          'Giao lưu quốc phòng biên giới',
          'Sáng 8/11, Bộ trưởng Phan Văn Giang đón Bộ trưởng Tea Seiha tại cửa khẩu quốc tế Mộc Bài.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a sentence that opens on "Từ …," a time clause', () => {
  it('"Từ ngày 8 - 10/11, Đoàn đại biểu tỉnh A đã có chuyến thăm tỉnh B": A is no place come from', () => {
    expect(
      visits(
        [
          'Hà Tĩnh thăm Bolikhamxay',
          'Từ ngày 8 - 10/11, Đoàn đại biểu cấp cao tỉnh Hà Tĩnh do Bí thư Tỉnh ủy dẫn đầu đã có chuyến thăm hữu nghị chính thức tỉnh Bolikhamxay và tỉnh Khammuane.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-23>LA-BL', 'VN-23>LA-KH']);
  });

  it('"Từ tỉnh B có ngài …" still names where a party came from', () => {
    expect(
      visits(
        [
          'Hội nghị hợp tác các tỉnh biên giới',
          'Hội nghị diễn ra tại tỉnh Kon Tum.',
          'Từ tỉnh Attapeu có ngài Leth Xaiyaphone, Tỉnh trưởng tỉnh Attapeu.',
        ].join('\n'),
      ),
    ).toEqual(['LA-AT>VN-28']);
  });
});

describe('a trip named by the clause that opens the sentence', () => {
  it('"Kết thúc chuyến thăm tỉnh B, đoàn … tỉnh A đã về nước": A went to B', () => {
    expect(
      visits(
        [
          'Lai Châu và Phông Sa Lỳ hội đàm',
          'Kết thúc chuyến thăm tỉnh Phông Sa Lỳ, đoàn công tác tỉnh Lai Châu đã về nước an toàn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-01>LA-PH']);
  });

  it('"Kết thúc chuyến thăm Lào, Thủ tướng X đã về nước": a national leader', () => {
    expect(
      visits(
        [
          'Thủ tướng về nước',
          'Kết thúc chuyến thăm Lào, Thủ tướng Phạm Minh Chính đã về nước.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('a reception told with its manner ("nồng hậu", "chu đáo")', () => {
  it('"Lãnh đạo tỉnh B đã đón tiếp nồng hậu đoàn đại biểu tỉnh A"', () => {
    expect(
      visits(
        [
          'Tình hữu nghị bền chặt',
          'Lãnh đạo tỉnh Kon Tum đã đón tiếp nồng hậu đoàn đại biểu tỉnh Attapeu.',
        ].join('\n'),
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('"Đoàn … tỉnh A đã được lãnh đạo tỉnh B đón tiếp chu đáo."', () => {
    expect(
      visits(
        [
          'Tình hữu nghị bền chặt',
          'Đoàn đại biểu tỉnh Attapeu đã được lãnh đạo tỉnh Kon Tum đón tiếp chu đáo.',
        ].join('\n'),
      ),
    ).toEqual(['LA-AT>VN-28']);
  });
});

describe('a reception that opens on a bare "Tiếp đoàn,"', () => {
  it('"Tiếp đoàn, Tỉnh trưởng tỉnh B chào mừng đoàn công tác tỉnh A sang thăm": A went to B', () => {
    expect(
      visits(
        [
          'Tình hữu nghị bền chặt',
          'Tiếp đoàn, Tỉnh trưởng tỉnh Phông Sa Lỳ nhiệt liệt chào mừng đoàn công tác tỉnh Lai Châu sang thăm.',
        ].join('\n'),
      ),
    ).toEqual(['VN-01>LA-PH']);
  });

  it('"Tiếp đoàn, Bí thư tỉnh B cảm ơn … tỉnh A đã sang thăm": the host is no traveller', () => {
    expect(
      visits(
        [
          'Tình hữu nghị bền chặt',
          'Tiếp đoàn, Bí thư Tỉnh ủy Long An cảm ơn lãnh đạo tỉnh Svay Rieng đã sang thăm, chúc Tết.',
        ].join('\n'),
      ),
    ).not.toContain('VN-41>KH-20');
  });
});
