// Rules the forty-fourth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a host greeting a delegation receives it', () => {
  it('"UBND tỉnh B chào xã giao và làm việc với Đoàn công tác tỉnh A": A came to B', () => {
    expect(
      visits(
        'UBND tỉnh Gia Lai chào xã giao và làm việc với Đoàn công tác tỉnh Ra-ta-na-ki-ri (Campuchia)\n\nSáng 3/4, buổi làm việc diễn ra tại trụ sở UBND tỉnh.',
      ),
    ).toEqual(['KH-16>VN-30']);
  });

  it('"lãnh đạo tỉnh B chào xã giao Đoàn … tỉnh A" without the talks is the same', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChiều 12/5, lãnh đạo tỉnh Nghệ An đã chào xã giao Đoàn đại biểu tỉnh Bò Kẹo (Lào) nhân dịp Đoàn sang thăm hữu nghị.',
      ),
    ).toEqual(['LA-BK>VN-22']);
  });

  it('"đoàn tỉnh A đến chào xã giao ông X, Tỉnh trưởng tỉnh B" stays a call A made', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChiều 12/5, đoàn tỉnh Nghệ An đã đến chào xã giao ông Khăm Pheng, Tỉnh trưởng tỉnh Bò Kẹo.',
      ),
    ).toEqual(['VN-22>LA-BK']);
  });

  it("greeting the province's own National Assembly delegation is no reception", () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 8/3, đoàn tỉnh Xê Kông đã chào xã giao Đoàn Đại biểu Quốc hội tỉnh Quảng Nam.',
      ),
    ).toEqual(['LA-XE>VN-27']);
  });
});

describe('a foreign mission is not its country', () => {
  it('"chúc Tết tại Đại sứ quán Lào": a call at the embassy, no trip to Laos', () => {
    expect(
      visits('Thứ trưởng Bộ Văn hóa chúc Tết Bunpimay tại Đại sứ quán Lào\n\nTin đối ngoại.'),
    ).toEqual([]);
  });

  it('"tại Đại sứ quán Việt Nam tại Lào": the seat names where the trip went', () => {
    expect(
      visits('Thứ trưởng Bộ Ngoại giao thăm tại Đại sứ quán Việt Nam tại Lào\n\nTin đối ngoại.'),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('a pair of border gates hosts nobody', () => {
  it('"tại cửa khẩu X (A) - Y (B)": no trip of either side', () => {
    expect(
      visits(
        'Tin biên giới\n\nHai bên tổ chức Lễ khánh thành mốc 460 tại cửa khẩu Thanh Thủy (Nghệ An) - Nặm On (Bô-ly-khăm-xay).',
      ),
    ).toEqual([]);
  });

  it('one gate, one province: the guests came to it', () => {
    expect(
      visits(
        'Tin biên giới\n\nĐoàn tỉnh Bô-ly-khăm-xay dự Lễ khánh thành tại cửa khẩu Thanh Thủy (Nghệ An).',
      ),
    ).toEqual(['LA-BL>VN-22']);
  });

  it('a lead held "tại khu vực cặp cửa khẩu": the roll of both provinces is no trip', () => {
    expect(
      visits(
        [
          'Nâng cấp cặp cửa khẩu Tén Tằn - Sổm Vằng',
          'Quyết định nâng cấp cặp cửa khẩu Tén Tằn (tỉnh Thanh Hóa) - Sổm Vằng (tỉnh Hủa Phăn, Lào) đã được công bố ngày 12/7 tại khu vực cặp cửa khẩu này.',
          'Dự lễ công bố có lãnh đạo hai tỉnh Thanh Hóa và Hủa Phăn, đại diện Bộ Ngoại giao hai nước.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('the leader "người dẫn đầu đoàn" is the one named after "với"', () => {
  it('a meeting "giữa [host] với [leader], người đang dẫn đầu đoàn … sang thăm B"', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nThỏa thuận đạt được trong cuộc gặp giữa Bộ trưởng Bộ Các vấn đề xã hội, Cựu chiến binh và Phục hồi thanh niên Campuchia Ith Samheng với Thượng tướng Trần Hanh, Chủ tịch Hội Cựu chiến binh Việt Nam, người đang dẫn đầu đoàn đại biểu Hội sang thăm Campuchia từ ngày 1 đến 4/3.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('"tiếp … đoàn có [hosts]" names the hosts after "có"', () => {
  it('"…; tiếp và làm việc với đoàn có Ban Giám đốc Công an tỉnh B": A came to B', () => {
    expect(
      visits(
        [
          'Hội nghị hợp tác Công an hai tỉnh',
          'Ngày 29/6, tại TP Tam Kỳ, Công an tỉnh Quảng Nam và Công an tỉnh Sê Kông (Lào) đã tổ chức hội nghị hợp tác thường niên.',
          'Đoàn đại biểu Công an tỉnh Sê Kông đã sang dự hội nghị; tiếp và làm việc với đoàn có Ban Giám đốc Công an tỉnh Quảng Nam.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });
});

describe('a name is no plan', () => {
  it('"Trường THCS Thống Nhất" in the lead does not make the event agreed for later', () => {
    expect(
      visits(
        [
          'Khánh thành trường học tặng kiều bào',
          'Ngày 31/8, tại tỉnh Khăm Muộn (Lào) đã diễn ra lễ khánh thành và trao chìa khóa Trường Trung học cơ sở Thống Nhất cho Hội người Việt Nam tỉnh Khăm Muộn.',
          'Dự lễ khánh thành có đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Bình cùng đoàn công tác của tỉnh sang dự.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('"hai bên thống nhất tổ chức … tại B" written small is still a plan', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nHai bên thống nhất tổ chức hội nghị lần tới tại tỉnh Khăm Muộn với sự tham dự của đoàn tỉnh Quảng Bình.',
      ),
    ).toEqual([]);
  });
});

describe('a trip to a country named by its state', () => {
  it('"chuyến thăm chính thức nước CHDCND Lào của Chủ tịch nước" is the state\'s trip', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChuyến thăm chính thức nước CHDCND Lào của Chủ tịch nước Võ Văn Thưởng đã thành công tốt đẹp.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"chuyến thăm tới Vương quốc Campuchia của Thủ tướng" too', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChuyến thăm tới Vương quốc Campuchia của Thủ tướng đã thành công tốt đẹp.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('a range of days does not blur a day already known', () => {
  it('"Sáng 8/11 … tới Phnom Penh" then "diễn ra trong hai ngày 08-09/11/2022": the 8th stays', () => {
    const links = linksOf(
      [
        'Thủ tướng tới Thủ đô Phnom Penh, bắt đầu chuyến thăm chính thức Campuchia',
        '(BTQ) - Sáng 8/11, Thủ tướng Phạm Minh Chính dẫn Đoàn đại biểu Việt Nam đặt chân tới sân bay quốc tế Phnom Penh, mở đầu chuyến thăm chính thức Vương quốc Campuchia.',
        'Chuyến thăm chính thức Vương quốc Campuchia của Thủ tướng và Đoàn diễn ra trong hai ngày 08-09/11/2022.',
      ].join('\n\n'),
      '2022-11-08',
    );
    expect(links.filter((l) => l.kind === 'visit').map((l) => l.date)).toEqual(['2022-11-08']);
  });
});

describe('"tại hội đàm … hai tỉnh A - B" names the pair, not the venue', () => {
  it('a headline that names the talks of two provinces leaves the venue to the lead', () => {
    expect(
      visits(
        [
          'Nhiều nội dung được ký kết tại hội đàm cấp cao hai tỉnh Quảng Trị - Salavan',
          'Sáng nay, 19/3, tại huyện Salavan, tỉnh Salavan (Lào), đoàn đại biểu cấp cao tỉnh Quảng Trị và lãnh đạo tỉnh Salavan đã tiến hành hội đàm.',
          'Về phía tỉnh Salavan có đồng chí Sy-henh-hom-som-bat, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Salavan.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-25>LA-SL']);
  });

  it('"diễn ra … tại hai tỉnh A và B" is held at both', () => {
    expect(
      visits(
        'Tuần Văn hóa Campuchia\n\nĐoàn nghệ sĩ Bộ Văn hóa và Mỹ thuật Campuchia dự Tuần Văn hóa diễn ra từ ngày 17 đến 23/12 tại hai tỉnh Bến Tre và Sóc Trăng.',
      ),
    ).toEqual(['KH-12*>VN-50', 'KH-12*>VN-52']);
  });
});

describe('a national theatre travels for its country', () => {
  it('"các nghệ sĩ của Nhà hát Kịch Việt Nam đã sang Pakse": from the capital', () => {
    expect(
      visits(
        'Giao lưu nghệ thuật tại Champasak\n\nTrong chương trình, các nghệ sĩ của Nhà hát Kịch Việt Nam đã sang Pakse biểu diễn cùng các diễn viên tỉnh Champasak.',
      ),
    ).toEqual(['VN-HN*>LA-CH']);
  });

  it("a province's own theatre names its province", () => {
    expect(
      visits(
        'Giao lưu nghệ thuật\n\nCác nghệ sĩ Nhà hát Ca múa nhạc tỉnh Nghệ An đã sang Xiêng Khoảng biểu diễn.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('the programme of a trip under way, "trong những ngày tới", is still to come', () => {
  it('"Theo chương trình, trong những ngày tới đoàn sẽ lần lượt đến thăm … tỉnh B"', () => {
    expect(
      visits(
        [
          'Đoàn đại biểu cấp cao TPHCM đến Thủ đô Vientiane, bắt đầu chuyến thăm Lào',
          'Theo chương trình, trong những ngày tới đoàn sẽ lần lượt đến thăm và làm việc tại tỉnh Savannakhet và tỉnh Champasak.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-SG>LA-VT']);
  });
});

describe('national bodies and leaders named with their country', () => {
  it('"Liên minh Công đoàn Quốc gia Campuchia" at a meeting held in B came to B', () => {
    expect(
      visits(
        'Tin công đoàn\n\nChương trình trao đổi kinh nghiệm giữa Tổng Liên đoàn Lao động Việt Nam và Liên minh Công đoàn Quốc gia Campuchia vừa được khai mạc tại Thành phố Hồ Chí Minh.',
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });

  it('"của Tổng Bí thư, Chủ tịch nước Lào X": the country comes with the last title', () => {
    expect(
      visits(
        'Tin quốc tế\n\nCam kết được đưa ra trong khuôn khổ chuyến thăm cấp Nhà nước tới Campuchia của Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith, diễn ra trong hai ngày 22 và 23/2.',
      ),
    ).toEqual(['LA-VT*>KH-12*']);
  });

  it('"Thủ tướng hai nước" names both leaders, neither of them Vietnam\'s by default', () => {
    expect(
      visits(
        [
          'Thủ tướng Campuchia Hun Sen thăm chính thức Lào',
          'Tại cuộc hội đàm diễn ra sáng thứ Năm tại Thủ đô Viêng Chăn, Thủ tướng hai nước đánh giá cao kết quả hợp tác.',
        ].join('\n\n'),
      ),
    ).toEqual(['KH-12*>LA-VT*']);
  });

  it('"chuyến thăm chính thức hữu nghị nước CHDCND Lào của Chủ tịch Quốc hội Việt Nam"', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nLiên quan đến chuyến thăm chính thức hữu nghị nước Cộng hòa Dân chủ Nhân dân Lào của Chủ tịch Quốc hội Việt Nam Vương Đình Huệ, ngày 17/5, báo chí Lào tiếp tục đưa tin.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"Phó Thủ tướng Thường trực Chính phủ Lào X" is known as Lao when named again', () => {
    expect(
      visits(
        [
          'Phó Thủ tướng Lào tiếp đoàn Hải Phòng',
          'Ngày 11-6, tại Thủ đô Viêng-chăn, Phó Thủ tướng Thường trực Chính phủ Lào Sổm-sa-vạt Lênh-sa-vát đã tiếp Đoàn cán bộ lãnh đạo thành phố Hải Phòng.',
          'Phó Thủ tướng Sổm-sa-vạt Lênh-sa-vát cảm ơn những tình cảm tốt đẹp mà thành phố Hải Phòng đã dành cho nhân dân Lào.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HP>LA-VT*']);
  });
});

describe('many activities over the years are no trip', () => {
  it('"tỉnh còn tích cực tham gia nhiều hoạt động xã hội tại tỉnh B"', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nTỉnh Bình Dương còn tích cực tham gia nhiều hoạt động xã hội tại tỉnh Champasak.',
      ),
    ).toEqual([]);
  });

  it('"đoàn tỉnh A tham gia hoạt động … tại tỉnh B" on a dated day still is', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 5/3, đoàn tỉnh Bình Dương đã tham gia lễ hội tại tỉnh Champasak.',
      ),
    ).toEqual(['VN-57>LA-CH']);
  });
});

describe('a body named after one place, seated at another', () => {
  it('"Phân hiệu Đại học … TP. Hồ Chí Minh tại Vĩnh Long đã đón tiếp Đoàn … tỉnh B"', () => {
    expect(
      visits(
        'Tin giáo dục\n\nNgày 20/5/2025, Phân hiệu Đại học Kinh tế TP. Hồ Chí Minh tại Vĩnh Long đã đón tiếp và làm việc với Đoàn công tác Sở Giáo dục và Thể thao tỉnh Champasack.',
      ),
    ).toEqual(['LA-CH>VN-49']);
  });
});

describe('an event at a border marker has no host', () => {
  it('"tại khu vực cột mốc 591, Đồn … (tỉnh A) phối hợp với … (tỉnh B) tổ chức …"', () => {
    expect(
      visits(
        'Giao lưu biên giới\n\nNgày 10/11, tại khu vực cột mốc 591, Đồn Biên phòng Hướng Lập (Bộ đội Biên phòng tỉnh Quảng Trị) phối hợp với Đại đội Biên phòng 321 (Bộ Chỉ huy Quân sự tỉnh Savannakhet, Lào) tổ chức chương trình giao lưu.',
      ),
    ).toEqual([]);
  });
});

describe("a national delegation that came over to the lead's event", () => {
  it('"Về phía Việt Nam, Đoàn đại biểu cấp cao Đảng và Nhà nước … đã sang dự lễ kỷ niệm"', () => {
    expect(
      visits(
        [
          'Lào kỷ niệm 55 năm quan hệ ngoại giao với Việt Nam',
          'Sáng 18/7, tại Thủ đô Viêng Chăn của Lào, đã diễn ra trọng thể lễ kỷ niệm.',
          'Về phía Việt Nam, Đoàn đại biểu cấp cao Đảng và Nhà nước do đồng chí Tòng Thị Phóng, Phó Chủ tịch Thường trực Quốc hội, làm trưởng đoàn đã sang dự lễ kỷ niệm.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a foreign governor handing over honours at the venue came to it', () => {
  it('"Được sự ủy quyền của …, đồng chí X, Tỉnh trưởng tỉnh B, đã trao Huân chương …"', () => {
    expect(
      visits(
        [
          'Trao Huân chương của Nhà nước Lào cho các tập thể tỉnh Thái Nguyên',
          'Tại tỉnh Thái Nguyên vừa diễn ra lễ trao tặng Huân chương của Nhà nước Lào cho các tập thể và cá nhân của tỉnh.',
          'Được sự ủy quyền của lãnh đạo Nhà nước Lào, đồng chí Khăm Khan, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Băng, đã trao Huân chương cho 10 tập thể.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-LP>VN-69']);
  });
});

describe('where someone went to attend an event is where it was held', () => {
  it('"Trong dịp sang tỉnh B dự lễ …, tôi …" in A\'s paper: B\'s governor did not come to A', () => {
    expect(
      visits(
        [
          'Ghi chép từ Attapeu',
          'Báo Gia Lai điện tử',
          '(GLO)- Trong dịp sang tỉnh Attapeu dự lễ động thổ xây dựng bệnh viện, tôi bất ngờ gặp rất nhiều người Lào nói được tiếng Việt.',
          'Có mặt tại buổi lễ là Tiến sĩ Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-30>LA-AT']);
  });
});

describe("a side's roll with its national bodies and its provinces", () => {
  it('"Phía Lào có đại diện Bộ An ninh Lào cùng lãnh đạo hai tỉnh A1, A2 sang tham dự"', () => {
    expect(
      visits(
        [
          'Giao lưu hữu nghị biên giới',
          'Ngày 30/7, tại thị trấn Lao Bảo, tỉnh Quảng Trị đã diễn ra chương trình giao lưu hữu nghị biên giới.',
          'Phía Lào có đại diện Bộ An ninh Lào cùng lãnh đạo hai tỉnh Savannakhet và Salavan sang tham dự.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-SV>VN-25', 'LA-SL>VN-25', 'LA-VT*>VN-25']);
  });
});
