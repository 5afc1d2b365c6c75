// Rules the forty-second session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a guest thanking a place for its reception was received there', () => {
  it('a leader named with his province thanks the host: his province came', () => {
    expect(
      visits(
        [
          'Hội nghị sơ kết phong trào kết nghĩa bản - bản',
          'Dự hội nghị có đồng chí Bua Khăm Phon, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
          'Đồng chí Bua Khăm Phon cảm ơn tỉnh Thanh Hóa đã đón tiếp chu đáo.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('"Thay mặt đoàn đại biểu tỉnh A, …": the delegation named before the thanks came', () => {
    expect(
      visits(
        [
          'Giao lưu thanh niên hai tỉnh',
          'Thay mặt đoàn đại biểu tỉnh Xiêng Khoảng, đồng chí Khăm Xay cảm ơn tỉnh Nghệ An đã đón tiếp nồng hậu.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('"Thay mặt các đoàn đại biểu Lào": each Lao province the article named before came', () => {
    expect(
      visits(
        [
          'Sơ kết 5 năm kết nghĩa cụm dân cư biên giới',
          'Sáng 3/10, UBND tỉnh Hà Tĩnh phối hợp với chính quyền hai tỉnh Khăm Muộn và Bôlykhămxay tổ chức hội nghị sơ kết.',
          'Thay mặt các đoàn đại biểu Lào, đồng chí Xỉ Thạ cảm ơn tỉnh Hà Tĩnh đã đón tiếp chu đáo và giúp đỡ các bản biên giới.',
        ].join('\n\n'),
      ).sort(),
    ).toEqual(['LA-BL>VN-23', 'LA-KH>VN-23']);
  });

  it('a speaker the article never placed gives nothing, whatever place his wishes name', () => {
    expect(
      visits(
        [
          'Thanh niên hai tỉnh ký kết hợp tác',
          'Đồng chí Xay Nha Vông cảm ơn Tỉnh Đoàn Quảng Trị đã đón tiếp chu đáo và mong muốn năm tới phối hợp với Tỉnh Đoàn Salavan tổ chức trại hè.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('twinning "giữa các tỉnh Việt Nam và Campuchia" names no pair', () => {
  const article = (heading: string) =>
    [
      'Những thầy thuốc Việt Nam trên đất bạn',
      'Mới đây, đoàn y bác sĩ tình nguyện tỉnh Đồng Tháp đã sang khám bệnh miễn phí cho người dân tỉnh Prey Veng.',
      heading,
      'Nhiều gia đình nghèo được cấp thuốc.',
    ].join('\n\n');

  it("a heading about the two countries' provinces at large adds no sister link", () => {
    const text = article('Kết nghĩa giữa các tỉnh Việt Nam và Campuchia');
    expect(sistersOf(text)).toEqual([]);
    expect(visits(text)).toEqual(['VN-45>KH-14']);
  });

  it('"các địa phương biên giới hai nước" neither', () => {
    expect(
      sistersOf(article('Kết nghĩa giữa các địa phương biên giới hai nước ngày càng bền chặt.')),
    ).toEqual([]);
  });

  it('"hai tỉnh đã ký kết" after the trip still pairs them', () => {
    expect(
      sistersOf(article('Dịp này, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác y tế.')),
    ).toEqual(['KH-14|VN-45']);
  });
});

describe('a delegation that came "đến nơi đây" went to the place just spoken of', () => {
  const before =
    'Nằm trên địa bàn tỉnh Kampot, Prek Tnaot là một ấp nghèo, đường sá đi lại khó khăn.';

  it('"Việc đoàn … tỉnh A tìm đến nơi đây …"', () => {
    expect(
      visits(
        [
          'Bác sĩ Việt Nam ở vùng biên',
          before,
          'Việc đoàn y bác sĩ tỉnh Kiên Giang tìm đến nơi đây đã mang lại niềm vui cho bà con.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-47>KH-7']);
  });

  it('a trip to come ("sẽ đến đây") is no visit', () => {
    expect(
      visits(
        [
          'Bác sĩ Việt Nam ở vùng biên',
          before,
          'Tháng tới, đoàn y bác sĩ tỉnh Kiên Giang sẽ đến đây khám bệnh.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('"gần đây" is no place', () => {
    expect(
      visits(
        [
          'Bác sĩ Việt Nam ở vùng biên',
          before,
          'Đoàn y bác sĩ tỉnh Kiên Giang đã tổ chức nhiều đợt khám bệnh gần đây.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a search team named after a place it worked at is the traveller', () => {
  it('"tại … tỉnh B (Campuchia), dựa trên nguồn tin …, Đội K53 đã quy tập …": the team\'s province went', () => {
    const v = visits(
      [
        'Quy tập thêm hài cốt liệt sĩ tại Lào và Campuchia',
        'Đội K53 thuộc Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi tiếp tục tìm kiếm hài cốt liệt sĩ quân tình nguyện.',
        'Ngày 12/1, tại khu rừng gần mốc 136 trên đường biên giới Campuchia - Lào, thuộc xã Ta Veng Lơ, huyện Ta Veng, tỉnh Ratanakiri (Campuchia), dựa trên thông tin do ông Khăm Phon, nhân viên kiểm lâm huyện Ta Veng cung cấp, Đội K53 đã quy tập được 3 hài cốt liệt sĩ.',
        'Trước đó, trong đợt khảo sát tháng 12/2025, Đội K53 cũng đã cất bốc được 2 hài cốt tại tỉnh Attapeu (Lào).',
      ].join('\n\n'),
    );
    expect(v.sort()).toEqual(['VN-29>KH-16', 'VN-29>LA-AT']);
  });
});

describe('hosts listed together each received the guests', () => {
  it('"nhân dân hai tỉnh B1, B2 (Lào) đã … tiễn đưa hài cốt … cho đoàn … tỉnh A"', () => {
    expect(
      visits(
        [
          'Tiếp nhận hài cốt liệt sĩ hy sinh tại Lào',
          'Ngày 10/5, chính quyền và nhân dân hai tỉnh Salavan, Sekong (Lào) đã tổ chức lễ truy điệu, bàn giao và tiễn đưa hài cốt các liệt sĩ cho đoàn công tác tỉnh Quảng Trị.',
        ].join('\n\n'),
      ).sort(),
    ).toEqual(['VN-25>LA-SL', 'VN-25>LA-XE']);
  });
});

describe('a cooperation plan carried out is an agreement of the two it names', () => {
  it('"Thực hiện Kế hoạch hợp tác … giữa tỉnh A và tỉnh B giai đoạn …"', () => {
    expect(
      sistersOf(
        [
          'Hợp tác văn hóa với tỉnh bạn',
          'Thực hiện Kế hoạch hợp tác văn hóa, thể thao và du lịch giữa tỉnh Bắc Ninh và tỉnh Luông Pha Băng (Lào) giai đoạn 2024 - 2028, Sở Văn hóa tổ chức nhiều hoạt động giao lưu.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-LP|VN-56']);
  });

  it('a plan a conference set, with no "giữa", pairs nobody', () => {
    expect(
      sistersOf(
        [
          'Hội nghị các tỉnh biên giới',
          'Đoàn đại biểu tỉnh Tây Ninh đã sang dự hội nghị tại tỉnh Svay Rieng.',
          'Các tỉnh biên giới đã cùng thực hiện kế hoạch hợp tác do Hội nghị lần trước đề ra.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a habit after the subject governs the list of what it does', () => {
  it('"Hội thường xuyên tổ chức …; thăm hỏi … các gia đình người Campuchia" tells no trip', () => {
    expect(
      visits(
        [
          'Hội Hữu nghị Việt Nam - Campuchia tỉnh Quảng Bình 50 năm',
          'Hiện trên địa bàn tỉnh có 8 gia đình người Campuchia đang sinh sống.',
          'Những năm qua, Hội Hữu nghị Việt Nam - Campuchia tỉnh Quảng Bình đã triển khai nhiều hoạt động thiết thực. Hội thường xuyên tổ chức kỷ niệm các ngày lễ lớn như Ngày truyền thống Quân tình nguyện Việt Nam tại Campuchia, Ngày chiến thắng cùng quân đội Campuchia; thăm hỏi, động viên hội viên ốm đau và các gia đình người Campuchia trên địa bàn tỉnh.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a Vietnamese region on one side pairs no province with the other side', () => {
  const article = [
    'Tây Nguyên và các tỉnh Nam Lào hợp tác giảm nghèo',
    'Buổi làm việc diễn ra ngày 12/5 tại thành phố Pleiku, tỉnh Gia Lai, giữa Ban Chỉ đạo Tây Nguyên và đoàn công tác Ban Chỉ đạo quốc gia về xóa đói giảm nghèo của Lào do ông Bun Mi làm trưởng đoàn.',
    'Nhiều năm qua, các tỉnh Tây Nguyên và các tỉnh Nam Lào như Attapeu, Sekong và Salavan đã thiết lập quan hệ hợp tác trên nhiều lĩnh vực.',
  ].join('\n\n');

  it('"các tỉnh Tây Nguyên và các tỉnh Nam Lào như A1, A2 …": no sister link of the venue', () => {
    expect(sistersOf(article)).toEqual([]);
  });

  it('a national steering committee of Laos came to the venue, from its capital', () => {
    expect(visits(article)).toEqual(['LA-VT*>VN-30']);
  });
});

describe('a signing told in the passive was done at the venue it names, whatever the plan before it', () => {
  it('"… sẽ đẩy mạnh hợp tác theo biên bản ghi nhớ được hai bên ký kết tại hội nghị tổ chức ở tỉnh B"', () => {
    expect(
      visits(
        [
          'Hội Nông dân hai tỉnh đẩy mạnh hợp tác',
          'Hội Nông dân tỉnh Nghệ An và Hội Nông dân tỉnh Xiêng Khoảng của Lào sẽ đẩy mạnh hợp tác theo biên bản ghi nhớ được hai bên ký kết tại hội nghị tổ chức ở tỉnh Nghệ An ngày 5/6.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('with no signing between them, the plan keeps the meeting to come', () => {
    expect(
      visits(
        [
          'Hội Nông dân hai tỉnh đẩy mạnh hợp tác',
          'Hội Nông dân tỉnh Nghệ An và Hội Nông dân tỉnh Xiêng Khoảng của Lào sẽ tổ chức hội nghị ở tỉnh Nghệ An vào tháng 6.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('advice given ("tham mưu cho …") is no trip of the advisers', () => {
  it('"A và B đã tham mưu cho Tổ công tác … làm việc với …"', () => {
    expect(
      visits(
        [
          'Biên phòng hai tỉnh hội đàm thường niên',
          'Bộ Chỉ huy BĐBP tỉnh Kon Tum và lực lượng An ninh tỉnh Attapeu đã tham mưu cho Tổ công tác liên ngành của hai tỉnh làm việc với các chuyên gia biên giới Việt Nam - Lào về việc mở cặp cửa khẩu phụ.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe("a country's supreme procuracy is a national body", () => {
  it('"đoàn công tác VKSND tối cao Lào đã sang thăm tỉnh A": from Laos\' capital', () => {
    expect(
      visits(
        [
          'Viện kiểm sát hai nước trao đổi kinh nghiệm',
          'Ngày 3/4, đoàn công tác VKSND tối cao Lào đã sang thăm và làm việc tại tỉnh Quảng Bình.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });
});

describe('a place inside a quoted title is no venue', () => {
  it('"ra mắt cuốn sách "Người Mường ở bản X"" after a Tết party at home', () => {
    expect(
      visits(
        [
          'Trường cao đẳng đón Tết Bunpimay cho lưu học sinh Lào',
          'Chiều 15/4, Trường Cao đẳng Sư phạm Sơn La phối hợp với Hội Văn học Nghệ thuật tỉnh tổ chức buổi gặp mặt mừng Tết Bunpimay của nước bạn Lào, đồng thời ra mắt cuốn sách "Người Thái ở bản Na Lao".',
          'Nhân dịp này, Hội Văn học Nghệ thuật tỉnh ra mắt cuốn sách viết về bản Na Lao, thị trấn Sầm Nưa, tỉnh Hủa Phăn.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a mission receives at its post', () => {
  it('"Đại sứ quán Việt Nam tại Phnom Penh đã đón tiếp các đoàn … Campuchia": no trip', () => {
    expect(
      visits(
        [
          'Bạn bè Campuchia chúc Tết Đại sứ quán Việt Nam',
          'HÀ NỘI - Dịp Tết Nguyên đán, Đại sứ quán Việt Nam tại Phnom Penh đã đón tiếp các đoàn của Hội Cựu chiến binh Campuchia và Bộ Nội vụ Campuchia đến chúc mừng năm mới.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('"… đã đón tổng cộng 52 đoàn tới viếng": a tally, no trip', () => {
    expect(
      visits(
        [
          'Viếng nguyên Chủ tịch nước',
          'Tính đến hết ngày 4/5, Tổng Lãnh sự quán Việt Nam tại Pakse đã đón tổng cộng 52 đoàn tới viếng và ghi sổ tang.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe("a trip with no goal framing a reception at home is the guests'", () => {
  it('"Trong khuôn khổ chuyến công tác, …, tại Hà Nội, Tổng Bí thư … đã tiếp đoàn … Lào"', () => {
    expect(
      visits(
        [
          'Hội thảo lý luận giữa hai Đảng',
          'Trong khuôn khổ chuyến công tác, ngày 27/10, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp đoàn đại biểu Đảng Nhân dân Cách mạng Lào sang Việt Nam dự hội thảo.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('a programme extended to places is no trip of its own', () => {
  it('"chiến dịch lần này mở rộng sang hai tỉnh B1 và B2" beside its usual "địa bàn"', () => {
    expect(
      visits(
        [
          'Mùa hè tình nguyện trên đất bạn',
          'Chiến dịch tình nguyện hè năm 2025 của tuổi trẻ TP. Hồ Chí Minh tại nước bạn Lào được mở rộng cả về địa bàn lẫn nội dung.',
          'Năm 2025, các hoạt động tình nguyện hè của Thành Đoàn TP. Hồ Chí Minh trên đất Lào được triển khai từ ngày 10 đến 28/6.',
          'Bên cạnh hai địa bàn truyền thống là tỉnh Champasak và tỉnh Attapeu, chiến dịch lần này lần đầu tiên mở rộng sang hai tỉnh Sekong và Salavan.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('a time set before a trip does not tell the trip', () => {
  it('"Chỉ ít ngày trước chuyến thăm … tới Campuchia của Tổng Bí thư, ngày 23/2, …"', () => {
    expect(
      visits(
        [
          'Khánh thành Đài Hữu nghị Việt Nam - Campuchia',
          'Chỉ ít ngày trước chuyến thăm chính thức cấp Nhà nước tới Campuchia của Tổng Bí thư, ngày 23/2, chính quyền tỉnh Kratie đã tổ chức lễ khánh thành Đài Hữu nghị tại tỉnh này.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe("an inviter's titles that name no place end on the inviter's country", () => {
  it('"Nhận lời mời của Ngài X, Phó Thủ tướng, Bộ trưởng … Vương quốc Campuchia, Phó Thủ tướng … Việt Nam Y … đã sang thăm …"', () => {
    expect(
      visits(
        [
          'Thông cáo báo chí Hội nghị các tỉnh biên giới',
          'Nhận lời mời của Ngài Sar Sokha, Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Vương quốc Campuchia, Phó Thủ tướng nước Cộng hòa xã hội chủ nghĩa Việt Nam Bùi Thanh Sơn, Trưởng đoàn Việt Nam, đã sang thăm chính thức Vương quốc Campuchia và dẫn đầu đoàn Việt Nam tham dự Hội nghị tại Thủ đô Phnôm Pênh.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('a photo of hosts with their guests gives no traveller for later sentences', () => {
  it('"Lãnh đạo hai huyện A và B chụp ảnh lưu niệm tại buổi gặp mặt", then "Tiếp đoàn … huyện B …"', () => {
    expect(
      visits(
        [
          'Lãnh đạo huyện Đắc Chưng thăm, chúc Tết huyện Nam Giang',
          'Ngày 3/2, đoàn đại biểu huyện Đắc Chưng (tỉnh Sê Kông, Lào) đã sang thăm, chúc Tết huyện Nam Giang, tỉnh Quảng Nam.',
          'Lãnh đạo hai huyện Nam Giang và Đắc Chưng chụp ảnh lưu niệm tại buổi gặp mặt. Ảnh: N.V',
          'Tiếp đoàn đại biểu huyện Đắc Chưng tại trụ sở Huyện ủy Nam Giang có ông A, Chủ tịch HĐND huyện Nam Giang.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });
});
