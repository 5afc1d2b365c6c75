// Rules the forty-seventh session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a remains-search team that found remains abroad', () => {
  it('"Đội K53 tỉnh A đã tìm kiếm được … tại tỉnh B" went to B', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nMùa khô năm nay, Đội K53 tỉnh Kon Tum đã tìm kiếm được 5 hài cốt liệt sĩ tại tỉnh Attapeu (Lào).',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"Đội … tiến hành tìm kiếm, quy tập tại B1 và B2" went to both', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nỞ nước bạn, Đội K52 tỉnh Nghệ An tiến hành tìm kiếm, quy tập tại hai tỉnh Xiêng Khoảng và Hủa Phăn.',
      ).sort(),
    ).toEqual(['VN-22>LA-HO', 'VN-22>LA-XI']);
  });

  it('a search still to be made is no trip', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nMùa khô tới, Đội K53 tỉnh Kon Tum sẽ tìm kiếm, quy tập tại tỉnh Attapeu (Lào).',
      ),
    ).toEqual([]);
  });
});

describe('a medical team named by who its carers are', () => {
  it('"các y, bác sĩ của Hội … thành phố A cùng chính quyền xã …, tỉnh B đã khám bệnh … cho người dân địa phương"', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nSáng 17/6, các y, bác sĩ của Hội Từ thiện TP Hồ Chí Minh cùng chính quyền xã Koh Khsach Tonlea, huyện Sa’Ang, tỉnh Kandal (Campuchia) đã khám bệnh, phát thuốc miễn phí cho khoảng 800 người dân địa phương.',
      ),
    ).toEqual(['VN-SG>KH-8']);
  });

  it('a headline "Bác sĩ A khám bệnh cho người dân B" tells the trip', () => {
    expect(
      visits('Bác sĩ Kon Tum khám bệnh cho người dân Attapeu\n\nBuổi khám diễn ra suốt hai ngày.'),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('the same carers treating people at home make no trip', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nSáng 17/6, các y, bác sĩ của Hội Từ thiện TP Hồ Chí Minh cùng chính quyền phường Bến Nghé đã khám bệnh miễn phí cho 800 người dân địa phương; tỉnh Kandal cũng gửi thư cảm ơn.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation that crossed over to do its work, the article naming one place abroad', () => {
  const lead =
    'Mới sáng sớm, ông Ri Da Bốt đã có mặt ở điểm khám thuộc huyện Mê Sang, tỉnh Prây Veng, chen giữa hơn 1.500 bệnh nhân chờ bác sĩ Việt Nam.';
  it('"hay tin đoàn y bác sĩ từ tỉnh A sang khám bệnh không lấy tiền" went to that place', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Vì vậy, hay tin đoàn y bác sĩ từ tỉnh Đồng Tháp của Việt Nam sang khám bệnh không lấy tiền, ông rất mừng.`,
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  it('with two places abroad, the bare "sang" names neither', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Người dân tỉnh Kandal cũng chờ tin. Vì vậy, hay tin đoàn y bác sĩ từ tỉnh Đồng Tháp sang khám bệnh không lấy tiền, ông rất mừng.`,
      ),
    ).toEqual([]);
  });

  it('no delegation, no trip: "chuyển sang làm rẫy"', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Nhờ cán bộ tỉnh Đồng Tháp giúp đỡ, nhiều hộ đã chuyển sang làm rẫy.`,
      ),
    ).toEqual([]);
  });
});

describe('a trip to a country, its traveller only presumed', () => {
  it('"đoàn y tế của hội lên đường sang Campuchia" is no Cambodian trip to the city of the hội', () => {
    expect(
      visits(
        'Bác sĩ Việt Nam khám bệnh cho người dân tỉnh Kandal\n\nÔng Lê Thanh Hợp, thành viên Hội Từ thiện TP Hồ Chí Minh, cho biết chương trình của hội đã được duy trì 8 năm nay, và đây là lần thứ ba đoàn y tế của hội lên đường sang Campuchia.',
      ),
    ).not.toContain('KH-8>VN-SG');
  });
});

describe('a roll that ends where its speaker starts talking', () => {
  it('"Tham dự …, ông X, Tỉnh trưởng tỉnh B cho biết, dù …, Nhà nước và nhân dân Lào …" brings no Lao state', () => {
    expect(
      visits(
        'Thanh Hóa và Hủa Phăn kỷ niệm 55 năm hợp tác\n\nNgày 25/8/2022, tỉnh Thanh Hóa tổ chức lễ kỷ niệm 55 năm ngày ký thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn. Tham dự và phát biểu tại lễ kỷ niệm, đồng chí Vănxay Phengxumma, Tỉnh trưởng tỉnh Hủa Phăn cho biết, dù thế giới có nhiều biến động khó lường, Nhà nước và nhân dân Lào vẫn luôn vun đắp quan hệ với Việt Nam.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('partners stated clause by clause', () => {
  it('"A1 trao đổi thỏa thuận với ba tỉnh B1, B2, B3; A2 trao đổi thỏa thuận với hai tỉnh C1, C2" pairs each clause', () => {
    expect(
      sistersOf(
        'Ký kết văn kiện\n\nỞ cấp địa phương, tỉnh Tây Ninh đã trao đổi các thỏa thuận hợp tác với ba tỉnh Svay Rieng, Prey Veng và Tbong Khmum của Campuchia; tỉnh Đồng Nai trao đổi thỏa thuận hợp tác với hai tỉnh Kratie và Mondulkiri.',
      ).sort(),
    ).toEqual(['KH-10|VN-39', 'KH-11|VN-39', 'KH-14|VN-37', 'KH-20|VN-37', 'KH-25|VN-37']);
  });
});

describe('two leaders as one subject, the second titled as head of a body', () => {
  it('"tại Phnôm Pênh, Tổng Bí thư Tô Lâm và Chủ tịch Thượng viện Campuchia Hun Sen …" is the Vietnamese leader there', () => {
    expect(
      visits(
        'Chứng kiến ký kết văn kiện hợp tác\n\nNgày 6/2/2026, tại Phnôm Pênh, Tổng Bí thư Tô Lâm và Chủ tịch Thượng viện Campuchia Hun Sen đã cùng chứng kiến lễ ký kết các văn kiện hợp tác.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('a venue named with its country in words', () => {
  it('"tỉnh B của nước bạn Lào là nơi diễn ra Hội đàm … giữa hai tỉnh A - B"', () => {
    expect(
      visits(
        'Hợp tác biên giới Việt - Lào\n\nSáng 14/10/2022, tỉnh Salavan của nước bạn Lào là nơi diễn ra Hội đàm thường niên về công tác biên giới giữa hai tỉnh Quảng Trị - Salavan.',
      ),
    ).toEqual(['VN-25>LA-SL']);
  });
});

describe('co-chairs named after "chủ toạ … là"', () => {
  it('the co-chair of the other country came to the venue "được tiến hành … tại B"', () => {
    expect(
      visits(
        'Thông cáo chung\n\nHội nghị lần thứ nhất họp tại Thành phố Hồ Chí Minh ngày 13/9/2004; Hội nghị lần thứ hai đã được tiến hành ngày 29/9/2005 tại thành phố Xiêm Riệp, Campuchia. Đồng chủ toạ Hội nghị là Ngài Nguyễn Tấn Dũng, Phó Thủ tướng Chính phủ Việt Nam, và Ngài Sok An, Phó Thủ tướng Chính phủ Hoàng gia Campuchia.',
      ),
    ).toContain('VN-HN*>KH-17');
  });
});

describe('a search team on the ground of several provinces', () => {
  it('"Đội K53 … đã tìm kiếm và quy tập được 8 hài cốt trên địa bàn các tỉnh B1, B2 và B3"', () => {
    expect(
      visits(
        'Hồi hương hài cốt liệt sĩ\n\nMùa khô 2022 - 2023, Đội K53 trực thuộc Bộ Chỉ huy Quân sự tỉnh Kon Tum đã tìm kiếm và quy tập được 8 hài cốt liệt sĩ trên địa bàn các tỉnh Attapư, Chămpasắc và Sê Kông.',
      ).sort(),
    ).toEqual(['VN-28>LA-AT', 'VN-28>LA-CH', 'VN-28>LA-XE']);
  });
});

describe('a reception told with the talks before its guest', () => {
  it('"Đại học A tiếp và làm việc với Vụ trưởng …, Bộ … Lào" received the guest', () => {
    expect(
      visits(
        'Đại học Huế tiếp và làm việc với Vụ trưởng Vụ Học sinh - Sinh viên, Bộ Giáo dục và Thể thao Lào\n\nBuổi làm việc diễn ra ngày 10/10/2017.',
      ),
    ).toEqual(['LA-VT*>VN-26']);
  });
});

describe('an event the lead puts in the future', () => {
  it('those who are to attend "lễ hội lần này" have not come yet', () => {
    expect(
      visits(
        [
          'Điện Biên đăng cai Lễ hội Ném còn ba nước',
          'Từ ngày 19 đến hết ngày 21/12/2025, phường Điện Biên Phủ (tỉnh Điện Biên) sẽ là nơi diễn ra Lễ hội Ném còn ba nước Việt Nam - Lào - Trung Quốc.',
          'Góp mặt tại lễ hội lần này là các đoàn đại biểu đến từ hai tỉnh Điện Biên, Lai Châu (Việt Nam); tỉnh Phông Sa Lỳ (Lào) và tỉnh Vân Nam (Trung Quốc).',
        ].join('\n'),
        '2025-12-17',
      ),
    ).toEqual([]);
  });

  it('the same roll after an event held is a trip', () => {
    expect(
      visits(
        [
          'Điện Biên đăng cai Lễ hội Ném còn ba nước',
          'Từ ngày 19 đến hết ngày 21/12/2025, phường Điện Biên Phủ (tỉnh Điện Biên) là nơi diễn ra Lễ hội Ném còn ba nước Việt Nam - Lào - Trung Quốc.',
          'Góp mặt tại lễ hội lần này là các đoàn đại biểu đến từ hai tỉnh Điện Biên, Lai Châu (Việt Nam); tỉnh Phông Sa Lỳ (Lào) và tỉnh Vân Nam (Trung Quốc).',
        ].join('\n'),
        '2025-12-22',
      ),
    ).toEqual(['LA-PH>VN-71']);
  });
});

describe('arrivals by air and by sea', () => {
  it('"đã xuống sân bay quốc tế B, bắt đầu chuyến thăm chính thức …"', () => {
    expect(
      visits(
        'Thủ tướng thăm Campuchia\n\nChiều 6/11/2023, Thủ tướng Phạm Minh Chính và đoàn đại biểu cấp cao Việt Nam đã xuống sân bay quốc tế Phnom Penh, bắt đầu chuyến thăm chính thức Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('ships of a navy that "cập cảng thành phố B"', () => {
    expect(
      visits(
        'Tàu Hải quân thăm Campuchia\n\nNgày 5/6/2023, hai tàu của Hải quân Nhân dân Việt Nam đã cập cảng thành phố Sihanouk, tỉnh Preah Sihanouk, bắt đầu chuyến thăm Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-18']);
  });

  it('a flight that will land names no trip yet', () => {
    expect(
      visits(
        'Lịch trình chuyến bay\n\nChiều mai, chuyên cơ chở đoàn sẽ xuống sân bay quốc tế Phnom Penh.',
      ),
    ).toEqual([]);
  });
});

describe('an inviter with two titles of one country', () => {
  it('"Nhận lời mời của Tổng Bí thư … Lào, Chủ tịch nước CHDCND Lào X, Chủ tịch nước Tô Lâm thăm …"', () => {
    expect(
      visits(
        'Chủ tịch nước thăm Lào\n\nNhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước CHDCND Lào Thongloun Sisoulith, Chủ tịch nước Tô Lâm thăm cấp Nhà nước tới Lào từ ngày 11 đến 12/7/2024.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('a guest titled with his own country after the comma stays the guest', () => {
    expect(
      visits(
        'Thủ tướng thăm Lào\n\nNhận lời mời của Thủ tướng Lào Sonexay Siphandone, Thủ tướng Chính phủ nước CHXHCN Việt Nam, ông Phạm Minh Chính thăm chính thức Lào ngày 9/1/2025.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('what a trip does not go to', () => {
  it('"đến tận nơi những công trình mà A viện trợ cho tỉnh bạn": A built them', () => {
    expect(
      visits(
        'Những công trình hữu nghị Thanh Hóa trên đất Hủa Phăn\n\nĐược đến tận nơi những công trình mà Thanh Hóa viện trợ cho tỉnh bạn, chúng tôi càng thấm thía mối quan hệ gắn bó giữa hai địa phương.',
      ),
    ).not.toContain('LA-HO>VN-21');
  });

  it('power "được truyền qua Cửa khẩu … (Gia Lai) sang B" is no trip', () => {
    expect(
      visits(
        'Cấp điện cho tỉnh bạn\n\nTừ năm 2010, điện từ lưới điện quốc gia Việt Nam được truyền qua Cửa khẩu quốc tế Lệ Thanh thuộc huyện Đức Cơ (Gia Lai) sang Ratanakiri.',
      ),
    ).toEqual([]);
  });

  it('"thăm, chúc mừng ngày thành lập Quân đội nhân dân Việt Nam" marks a day, it goes to no capital', () => {
    expect(
      visits(
        'Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào) thăm, chúc mừng ngày thành lập Quân đội nhân dân Việt Nam\n\nNgày 19/12/2017, đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Attapeu đã đến thăm Bộ Chỉ huy Quân sự tỉnh Bình Định.',
      ),
    ).toEqual(['LA-AT>VN-31']);
  });
});

describe('a bare "sang" in a paragraph that placed the scene', () => {
  it('crosses to the place abroad the paragraph named before it, though the article names others', () => {
    expect(
      visits(
        [
          'Thầy thuốc Việt Nam ở Campuchia',
          'Mới sáng sớm, ông Ri Da Bốt đã có mặt ở điểm khám thuộc huyện Mê Sang, tỉnh Prây Veng, chen giữa hàng trăm bệnh nhân. Là trụ cột gia đình, ông thường phải vay tiền chữa bệnh. Vì thế, hay tin đoàn y bác sĩ từ tỉnh Đồng Tháp sang khám bệnh không lấy tiền, ông rất mừng.',
          'Trước đó, đoàn y bác sĩ của tỉnh An Giang cũng đã đến khám bệnh cho bà con tỉnh Takeo.',
        ].join('\n'),
      ),
    ).toContain('VN-45>KH-14');
  });
});

describe('an earlier trip of a group', () => {
  it('"Trước đó, năm 2022, đại diện các tỉnh A1, A2 … đã sang tỉnh B1 …" stands beside A1\'s trip to B2', () => {
    expect(
      visits(
        [
          'Stung Treng và Attapeu ký văn kiện hợp tác',
          'Văn kiện được ký ngày 26/9/2023 trong cuộc họp giữa hai tỉnh tổ chức tại Attapeu. Đoàn Stung Treng do Tỉnh trưởng làm trưởng đoàn đã sang Lào dự họp.',
          'Trước đó, năm 2022, đại diện các tỉnh Stung Treng và Ratanakiri của Campuchia đã sang tỉnh Champasak làm việc với các tỉnh Champasak và Attapeu.',
        ].join('\n'),
      ),
    ).toContain('KH-19>LA-CH');
  });
});

describe('villages counted in general, then their provinces', () => {
  it('"đã đặt chân đến những bản làng heo hút của nước bạn Lào thuộc hai tỉnh B1 và B2"', () => {
    expect(
      visits(
        'Nặng nghĩa tình nơi xứ bạn\n\nBăng qua hàng ngàn cây số, các y, bác sĩ và tình nguyện viên Đà Nẵng đã đặt chân đến những bản làng heo hút của nước bạn Lào thuộc hai tỉnh Salavan và Champasak.',
      ).sort(),
    ).toEqual(['VN-DN>LA-CH', 'VN-DN>LA-SL']);
  });
});

describe('a trip to a country in a paper written from a city of another', () => {
  it('"… vui khi hay tin đoàn thanh niên tình nguyện Việt Nam sang Lào" crosses to Laos, not to the paper\'s city', () => {
    expect(
      visits(
        [
          'Nặng nghĩa tình nơi xứ bạn',
          'Các y, bác sĩ và tình nguyện viên Đà Nẵng đã đặt chân đến những bản làng thuộc hai tỉnh Salavan và Champasak.',
          'Rời Đà Nẵng, đi hơn 200 km, đoàn chúng tôi tới cửa khẩu La Lay (Quảng Trị). Từ xa đã thấy xe của cán bộ Tỉnh Đoàn Salavan đứng đợi.',
          'Vừa trao cho chúng tôi những bó hoa rừng, Bí thư Tỉnh Đoàn Salavan vừa bày tỏ niềm vui khi hay tin đoàn thanh niên tình nguyện Việt Nam sang Lào.',
        ].join('\n'),
      ),
    ).not.toContain('LA-SL>VN-DN');
  });
});

describe('doctors named before the place they come from', () => {
  it('"Hơn 30 bác sĩ tình nguyện đến từ thành phố A đang khám bệnh … cho … kiều bào … ở tỉnh B"', () => {
    expect(
      visits(
        'Khám bệnh cho kiều bào\n\nHơn 30 bác sĩ tình nguyện đến từ Thành phố Hồ Chí Minh đang tiến hành khám bệnh, điều trị không thu tiền cho khoảng 3.000 kiều bào và người nghèo ở tỉnh Koh Kong.',
      ),
    ).toEqual(['VN-SG>KH-9']);
  });

  it('"các y, bác sỹ, kỹ sư … của A tổ chức khám bệnh … cho … người dân huyện X (Thủ đô B)"', () => {
    expect(
      visits(
        'Tuổi trẻ tình nguyện\n\nĐội hình gồm các y, bác sỹ, kỹ sư nông nghiệp và sinh viên của Hà Nội tổ chức khám bệnh, cấp thuốc không mất tiền cho khoảng 1.000 người dân huyện Xaythany (Thủ đô Viêng Chăn).',
      ),
    ).toEqual(['VN-HN>LA-VT']);
  });
});

describe('a border province named as such', () => {
  it('"Hội nghị … đã diễn ra tại tỉnh biên giới B", then "Về phía Campuchia có ông X, Bộ trưởng …"', () => {
    expect(
      visits(
        'Xây dựng biên giới hòa bình\n\nHội nghị đã diễn ra ngày 10/4/2010 tại tỉnh biên giới Tây Ninh. Về phía Campuchia có ông Min Khin, Bộ trưởng Bộ Lễ nghi và Tôn giáo.',
      ),
    ).toEqual(['KH-12*>VN-37']);
  });
});

describe('a periodic mechanism an opening clause names', () => {
  it('"Thực hiện cơ chế hợp tác định kỳ giữa hai nước, …, Hội nghị … đã được tổ chức tại B" was held', () => {
    expect(
      visits(
        'Hội nghị các tỉnh biên giới lần thứ 10\n\nThực hiện cơ chế hợp tác định kỳ giữa hai nước, ngày 10/01/2019, Hội nghị đã được tổ chức tại TP. Hồ Chí Minh, do Phó Thủ tướng Phạm Bình Minh và Phó Thủ tướng Campuchia Sar Kheng đồng chủ trì.',
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });

  it('a meeting held "định kỳ" every year is still a habit', () => {
    expect(
      visits(
        'Hội nghị các tỉnh biên giới\n\nHai bên thống nhất hằng năm tổ chức hội nghị định kỳ luân phiên tại TP. Hồ Chí Minh và Phnom Penh.',
      ),
    ).toEqual([]);
  });
});

describe('minutes of talks the provinces keep', () => {
  it('"biên bản hội đàm thường niên … giữa tỉnh A với các tỉnh B1, B2" is their agreement', () => {
    expect(
      sistersOf(
        'Chính sách cho lưu học sinh Lào\n\nTrên cơ sở quy định của Chính phủ, cùng với biên bản hội đàm thường niên và định kỳ giữa tỉnh Hà Tĩnh với các tỉnh Bolikhamxay, Khammouane (nước CHDCND Lào), tỉnh đã tiếp nhận nhiều lưu học sinh.',
      ).sort(),
    ).toEqual(['LA-BL|VN-23', 'LA-KH|VN-23']);
  });

  it('minutes of two national bodies are no agreement of the provinces named near them', () => {
    expect(
      sistersOf(
        'Giao ban biên giới\n\nÔng đề nghị lực lượng hai tỉnh An Giang và Takeo bám sát những nội dung đã thống nhất trong biên bản hội đàm cấp Bộ Tư lệnh Bộ đội Biên phòng Việt Nam - Tổng cục Cảnh sát quốc gia Campuchia ký năm 2023.',
      ),
    ).toEqual([]);
  });
});

describe("a country's culture week", () => {
  it('"Tuần Văn hóa Campuchia tại Việt Nam đã khai mạc tại B" was brought by Cambodia', () => {
    expect(
      visits(
        'Khai mạc Tuần Văn hóa Campuchia\n\nTối 28/9/2022, Tuần Văn hóa Campuchia tại Việt Nam đã chính thức khai mạc tại TP Hồ Chí Minh.',
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });

  it("a culture week of the venue's own country is no trip", () => {
    expect(
      visits(
        'Khai mạc Tuần Văn hóa Việt Nam\n\nTối 28/9/2022, Tuần Văn hóa Việt Nam đã khai mạc tại TP Hồ Chí Minh với sự tham gia của các tỉnh.',
      ),
    ).toEqual([]);
  });
});

describe('a speaker titled as a Cambodian secretary of state', () => {
  it('"Ông X, Phó Quốc vụ khanh Bộ Nông, Lâm, Ngư nghiệp Campuchia, cho biết …" at the venue came', () => {
    expect(
      visits(
        'Nông dân ba nước giao lưu\n\nChương trình giao lưu nông dân ba nước Việt Nam, Lào và Campuchia đã khai mạc tại tỉnh Lâm Đồng ngày 30/11/2019. Ông Meas Pyseth, Phó Quốc vụ khanh Bộ Nông, Lâm, Ngư nghiệp Campuchia, cho biết đoàn Campuchia mong muốn trao đổi kinh nghiệm.',
      ),
    ).toEqual(['KH-12*>VN-35']);
  });
});

describe('people who crossed on their own', () => {
  it('"… có người vượt biên trái phép sang Campuchia, tìm đến TP Phnom Penh và Bavet để làm …"', () => {
    expect(
      visits(
        'Tiếp nhận công dân bị trao trả\n\nTheo lời khai, các công dân của tỉnh Tây Ninh tự nguyện xuất cảnh, có người đi hợp pháp, có người vượt biên trái phép sang Campuchia, tìm đến TP Phnom Penh và Bavet để làm phục vụ quán ăn.',
      ),
    ).toEqual([]);
  });

  it('delegations that "vượt biên giới sang thăm" still travelled', () => {
    expect(
      visits(
        'Chúc Tết Công an tỉnh bạn\n\nĐón Tết Nguyên đán 2026, đoàn đại biểu Công an tỉnh Salavan của nước bạn Lào đã vượt biên giới sang thăm hỏi, chúc Tết Công an tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SL>VN-25']);
  });
});
