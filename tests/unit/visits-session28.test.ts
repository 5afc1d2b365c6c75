// Rules the twenty-eighth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('"thăm học sinh của tỉnh B đang theo học tại …": the students\' home is no destination', () => {
  it('a leader visiting foreign students at home makes no trip', () => {
    expect(
      visits(
        article(
          'Chiều 3/4, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Gia Lai đã đến thăm và tặng quà cho 12 lưu học sinh của tỉnh Champasak, nước CHDCND Lào đang theo học tại Trường Cao đẳng Gia Lai.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Sáng 10/4, lãnh đạo tỉnh Nghệ An đến thăm sinh viên tỉnh Xiêng Khoảng đang học tập tại thành phố Vinh.',
        ),
      ),
    ).toEqual([]);
  });

  it('students of a place met where they are, or a delegation of students, still travel', () => {
    expect(
      visits(
        article(
          'Sáng 10/4, đoàn đại biểu tỉnh Nghệ An đến thăm tỉnh Xiêng Khoảng và tặng quà cho học sinh của tỉnh.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI']);
    expect(
      visits(article('Ngày 2/4, đoàn sinh viên tỉnh Champasak đã sang thăm tỉnh Gia Lai.')),
    ).toEqual(['LA-CH>VN-30']);
  });
});

describe('"đã khai mạc cuộc diễn tập … tỉnh B": an opened event that bears its place is held there', () => {
  const exercise =
    'Chiều 15/10, Ban Chỉ đạo Quân khu 5 đã khai mạc cuộc diễn tập khu vực phòng thủ tỉnh Kon Tum năm 2022.';
  const guests =
    'Tham dự lễ khai mạc có đoàn đại biểu tỉnh Attapeu, CHDCND Lào do Phó Tỉnh trưởng Bunsot làm Trưởng đoàn.';
  it('a foreign delegation attending the opening came to that place', () => {
    expect(visits(article(exercise, guests))).toEqual(['LA-AT>VN-28']);
  });

  it('an event opened abroad, or one whose venue is named, is not held at the place it bears', () => {
    expect(
      visits(
        article(
          'Chiều 15/10, đã khai mạc Tuần Văn hóa - Du lịch tỉnh Điện Biên tại Lào.',
          'Tham dự lễ khai mạc có đoàn đại biểu tỉnh Luang Prabang do Phó Tỉnh trưởng làm Trưởng đoàn.',
        ),
      ),
    ).not.toContain('LA-LP>VN-71');
  });
});

describe('"Phía tỉnh A có 15 xã …, đối diện với … tỉnh B": a side of the border, no roll of guests', () => {
  it('counted communes open no side roll', () => {
    expect(
      visits(
        article(
          'Hai tỉnh Thanh Hóa và Hủa Phăn có chung 213 km đường biên giới.',
          'Phía Thanh Hóa có 15 xã thuộc 5 huyện biên giới, đối diện với 33 bản ở 3 huyện của Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"… chụp ảnh kỷ niệm tại Lễ … huyện X": where a photo was taken, the party was', () => {
  it('leaders of two provinces photographed at a ceremony in one of them: the other travelled', () => {
    expect(
      visits(
        article(
          'Lãnh đạo, đại biểu hai tỉnh Thanh Hóa và Hủa Phăn chụp ảnh kỷ niệm tại Lễ đổ cột chính công trình ở tỉnh Hủa Phăn.',
        ),
      ),
    ).toEqual(['VN-21>LA-HO']);
  });

  it('a delegation called by its country, with "cán bộ", is the province the article follows', () => {
    expect(
      visits(
        article(
          'Đoàn cán bộ tỉnh Luông Nậm Thà do ông Khămphăn làm trưởng đoàn đã sang thăm tỉnh Quảng Ninh.',
          'Ảnh: Đoàn cán bộ Lào chụp ảnh lưu niệm tại thành phố Hạ Long, tỉnh Quảng Ninh.',
        ),
      ),
    ).toEqual(['LA-LM>VN-13']);
  });
});

describe('"lễ khởi công Đài phát thanh tỉnh B": a work of the one province named is built there', () => {
  it('sets the venue for a national guest named by the state broadcaster', () => {
    expect(
      visits(
        article(
          'Sáng 27/10, lễ khởi công Dự án xây dựng Đài phát thanh, phát hình tỉnh Hủa Phăn đã được tổ chức.',
          'Về phía Việt Nam có ông Lê Quyền, Phó Tổng Giám đốc Đài Truyền hình Việt Nam.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-HO']);
  });

  it('a work given to another province is not where the giver stands', () => {
    expect(
      visits(
        article(
          'Sáng 27/10, tỉnh Thanh Hóa tổ chức lễ khởi công Trường học tỉnh Hủa Phăn tại thành phố Thanh Hóa.',
          'Về phía Lào có ông Khămphăn, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
        ),
      ),
    ).not.toContain('VN-21>LA-HO');
  });
});

describe('"Thượng tướng X …": a general\'s rank addresses a leader named earlier', () => {
  it('the leader, known from his title, travels for his country', () => {
    expect(
      visits(
        article(
          'Phó Chủ tịch Quốc hội Lào Souvone Leuangbounmy trao quà lưu niệm tặng Bí thư Tỉnh ủy.',
          'Thượng tướng Souvone Leuangbounmy tham quan mô hình trồng mắc ca tại xã Pú Nhi, tỉnh Điện Biên.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-71']);
  });
});

describe('"Đoàn … tỉnh A đã lần lượt ký kết với … các tỉnh B1, B2": a delegation going round', () => {
  it('visits each host in turn', () => {
    expect(
      visits(
        article(
          'Từ 6 đến 10/10, Đoàn cán bộ tỉnh An Giang do ông Lê Hồ làm trưởng đoàn đã lần lượt tổ chức ký kết với Ban Chuyên trách các tỉnh Koh Kong, Kampot và Kép thuộc Vương quốc Campuchia.',
        ),
      ),
    ).toEqual(['VN-44>KH-9', 'VN-44>KH-7', 'VN-44>KH-23']);
  });

  it('hosts receiving in turn ("được … lần lượt tiếp") are no tour of the hosts', () => {
    expect(
      visits(
        article(
          'Trong chuyến thăm Lào, Bí thư Tỉnh ủy tỉnh Nghệ An cùng đoàn công tác đã được Chủ tịch Quốc hội Lào và Thủ tướng Lào lần lượt tiếp tại Thủ đô Viêng Chăn.',
        ),
      ),
    ).toEqual(['VN-22>LA-VT']);
  });
});

describe('rolls of guests: "Góp mặt tại Ngày hội là …", "nghệ nhân đến từ … đã tham gia"', () => {
  const lead =
    'Lễ khai mạc Ngày hội giao lưu văn hóa vùng biên giới Việt Nam - Lào đã diễn ra tối 17/5 ở huyện A Lưới, tỉnh Thừa Thiên Huế.';
  it('"Góp mặt … là các đoàn đến từ …" rolls the guests', () => {
    expect(
      visits(
        article(
          lead,
          'Góp mặt tại Ngày hội là đồng bào các dân tộc của 5 tỉnh vùng biên giới phía Việt Nam (Thừa Thiên Huế, Quảng Trị, Quảng Nam, Quảng Ngãi, Kon Tum) và các đoàn đến từ 2 tỉnh nước bạn Lào là Sê Kông, Sa La Van.',
        ),
      ),
    ).toEqual(['LA-XE>VN-26', 'LA-SL>VN-26']);
  });

  it("a bracketed list of the host country's provinces in the roll is no venue", () => {
    expect(
      visits(
        article(
          lead,
          'Góp mặt tại Ngày hội có đồng bào 2 tỉnh phía Việt Nam (Thừa Thiên Huế, Quảng Trị) và các đoàn đến từ 2 tỉnh nước bạn Lào là Sê Kông, Sa La Van.',
        ),
      ),
    ).toEqual(['LA-XE>VN-26', 'LA-SL>VN-26']);
  });

  it('performers who came from provinces and took part came to the venue', () => {
    expect(
      visits(
        article(
          lead,
          'Hơn 50 nghệ nhân đến từ các tỉnh Houaphan, Luang Prabang của Lào đã tham gia liên hoan.',
        ),
      ),
    ).toEqual(['LA-HO>VN-26', 'LA-LP>VN-26']);
    expect(
      visits(
        article(
          lead,
          'Hơn 50 nghệ nhân đã tham gia liên hoan.',
          'Họ đến từ những tỉnh có chung đường biên giới, gồm Quảng Trị của Việt Nam và Houaphan của Lào.',
        ),
      ),
    ).toEqual(['LA-HO>VN-26']);
  });
});

describe('a consul posted in a city travels for his country', () => {
  it('"Tổng Lãnh sự Campuchia tại TP HCM … đã đến Đồng Nai" comes from the capital', () => {
    expect(
      visits(
        article(
          'Ông Sok Dareth, Tổng Lãnh sự Vương quốc Campuchia tại TP HCM, cùng các cộng sự đã đến tỉnh Đồng Nai dự lễ kỷ niệm.',
        ),
      ),
    ).toEqual(['KH-12*>VN-39']);
  });

  it('a consul calling on the city he is posted in, or its leaders, goes nowhere', () => {
    expect(
      visits(
        article(
          'Ông Souphanh, Tổng Lãnh sự nước CHDCND Lào tại Đà Nẵng, đã đến chào xã giao lãnh đạo thành phố nhân dịp Quốc khánh nước CHXHCN Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"Ban Tổ chức còn bố trí một đoàn … đi khảo sát …": a new group is not the one followed', () => {
  it('gives no trip to the delegation the article followed', () => {
    expect(
      visits(
        article(
          'Ngày 17/5, đoàn đại biểu tỉnh Attapeu đã sang thăm tỉnh Thừa Thiên Huế.',
          'Ban Tổ chức còn bố trí một đoàn famtrip gồm các doanh nghiệp lữ hành đi khảo sát các điểm du lịch tại tỉnh Quảng Nam.',
        ),
      ),
    ).toEqual(['LA-AT>VN-26']);
  });
});

describe('"Đại diện hai tỉnh A và B đã đến … tại tỉnh A": only B travelled', () => {
  it('the partner province came to the host', () => {
    expect(
      visits(
        article(
          'Đại diện hai tỉnh Quảng Bình và Khammouane đã đến dâng hương tại tỉnh Quảng Bình.',
        ),
      ),
    ).toEqual(['LA-KH>VN-24']);
  });
});

describe('"Trong khuôn khổ Chương trình hợp tác … giữa hai tỉnh A và B": an agreed programme', () => {
  it('is a sister link', () => {
    expect(
      sisters(
        article(
          'Trong khuôn khổ Chương trình hợp tác về lĩnh vực y tế giữa hai tỉnh Đắk Nông (Việt Nam) và Mondulkiri (Campuchia), ngành Y tế Đắk Nông đã tổ chức nhiều đợt khám bệnh.',
        ),
      ),
    ).toEqual(['KH-11|VN-72']);
  });
});

describe('"Kể từ khi Hiệp định giữa Chính phủ A và Chính phủ B …, hai Đội K92 và K93 đã quy tập được …"', () => {
  it('the team is the traveller, not a state the time clause names', () => {
    expect(
      visits(
        [
          'Tỉnh An Giang tiếp tục tìm kiếm hài cốt liệt sĩ ở Campuchia',
          'Kể từ khi Hiệp định giữa Chính phủ Việt Nam và Chính phủ Hoàng gia Vương quốc Campuchia được ký ngày 28/8/2000 tại thủ đô Phnom Penh đi vào thực hiện, hai Đội K92 và K93 đã tìm kiếm, quy tập được 4.286 hài cốt liệt sĩ trên địa bàn 6 tỉnh của Campuchia.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a team that collected remains in a named province was there', () => {
    expect(
      visits(
        article(
          'Mùa khô năm 2023, Đội K92 của tỉnh An Giang đã tìm kiếm, quy tập được 12 hài cốt liệt sĩ tại tỉnh Kampot.',
        ),
      ),
    ).toEqual(['VN-44>KH-7']);
  });
});

describe('"chuyển tới … lời hỏi thăm": regards passed on are no trip', () => {
  it('gives no visit for "hỏi thăm"', () => {
    expect(
      visits(
        article(
          'Tại cuộc gặp, Chánh án chuyển tới Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith lời hỏi thăm của Tổng Bí thư Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });
});
