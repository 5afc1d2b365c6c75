// Rules the thirty-first session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('a plan a meeting discussed is no plan of the sentence', () => {
  const roll = 'Tới dự hội nghị có Thứ trưởng Bộ Giáo dục và Thể thao Lào.';
  it('"Hội nghị …, đồng thời bàn phương hướng, kế hoạch cho năm học tới, đã được tổ chức tại B"', () => {
    expect(
      visits(
        article(
          'Ngày 24/2/2023, Hội nghị tổng kết công tác đào tạo lưu học sinh Lào, đồng thời bàn phương hướng, kế hoạch cho năm học 2023-2024, đã được tổ chức tại Trường Đại học Vinh (Nghệ An).',
          roll,
        ),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('"bàn kế hoạch đưa đoàn … sang thăm B" is still a plan', () => {
    expect(
      visits(
        article(
          'Hai bên đã bàn kế hoạch đưa đoàn cán bộ tỉnh Nghệ An sang thăm tỉnh Xiêng Khoảng.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("an envoy's post is no venue abroad", () => {
  it('"Đại sứ quán nước CHDCND Lào tại Việt Nam cùng trường … (tỉnh A) đã tổ chức hội nghị tại trường"', () => {
    expect(
      visits(
        article(
          'Ngày 12/7/2024, Đại sứ quán nước Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam cùng trường Đại học Cửu Long (tỉnh Vĩnh Long) đã tổ chức hội nghị tổng kết năm học tại trường.',
          'Tham dự hội nghị, phía Lào có ông Phan Sổm, Thứ trưởng Bộ Giáo dục và Thể thao Lào.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-49']);
  });
});

describe('bodies named after "biên giới giữa" are the sides of the meeting', () => {
  it('"Hội đàm … an ninh biên giới giữa Bộ đội Biên phòng ba tỉnh A1, A2, A3 và Ban chỉ huy An ninh tỉnh B"', () => {
    expect(
      visits(
        article(
          'Sáng 11/12/2018, Bộ Chỉ huy BĐBP Thanh Hóa là nơi diễn ra cuộc Hội đàm hợp tác bảo đảm an ninh biên giới giữa Bộ đội Biên phòng ba tỉnh Thanh Hóa, Nghệ An, Sơn La và Ban chỉ huy An ninh tỉnh Hủa Phăn (Lào).',
        ),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('the land between two provinces still names no side', () => {
    expect(
      visits(
        article(
          'Tháng 5/2020, quân đội hai nước đã rút binh sĩ khỏi khu vực biên giới giữa tỉnh Champasak của Lào và tỉnh Stung Treng của Campuchia.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a speaker who asks others to act', () => {
  const lead =
    'Trụ sở công an bản đầu tiên đã được khánh thành và bàn giao ngày 25/12/2021 tại bản Nonghet, huyện Nonghet, tỉnh Xiêng Khoảng.';
  it('"Phát biểu tại lễ, Thứ trưởng Bộ Công an, yêu cầu công an tỉnh A … hoàn tất và bàn giao …": the speaker came, not A', () => {
    expect(
      visits(
        article(
          lead,
          'Phát biểu tại lễ, Trung tướng Nguyễn Văn Nam, Thứ trưởng Bộ Công an, yêu cầu công an tỉnh Nghệ An phối hợp để hoàn tất các công trình còn lại và bàn giao đưa vào sử dụng.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });
});

describe('a work of friendship named after a pair', () => {
  it('"đi thăm những công trình thắm tình hữu nghị A - B" is no trip to A', () => {
    expect(
      visits(
        article(
          'Chị Súc Ban Chai, Sở Ngoại vụ tỉnh Hủa Phăn, dẫn chúng tôi đi thăm những công trình thắm tình hữu nghị Thanh Hóa - Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
  });

  it('"đi thăm các công trình tại A" still is', () => {
    expect(
      visits(article('Ngày 5/3/2024, đoàn tỉnh Hủa Phăn đi thăm các công trình tại Thanh Hóa.')),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('goods handed over, however long the list', () => {
  it('"đã trao gạo, khẩu trang, nước rửa tay và nhiều vật phẩm khác tới … tỉnh B" is no trip', () => {
    expect(
      visits(
        article(
          'Bộ Chỉ huy Quân sự tỉnh Thừa Thiên Huế đã trao gạo, khẩu trang, nước rửa tay và nhiều vật phẩm khác tới Bộ Chỉ huy Quân sự tỉnh Salavan (Lào).',
        ),
      ),
    ).toEqual([]);
  });
});

describe('people sent after the goods', () => {
  it('"… chuyển giao tiến bộ khoa học kỹ thuật, đồng thời cử đoàn công tác trực tiếp sang huyện X (tỉnh B)" is a trip', () => {
    expect(
      visits(
        article(
          'Năm 2023, huyện Hương Khê (Hà Tĩnh) hỗ trợ huyện Nakai xây dựng mô hình chăn nuôi và chuyển giao tiến bộ khoa học kỹ thuật, đồng thời cử đoàn công tác trực tiếp sang huyện Nakai, tỉnh Khăm Muộn hướng dẫn nông dân.',
        ),
      ),
    ).toEqual(['VN-23>LA-KH']);
  });
});

describe('a site may open a chain of units', () => {
  it('"tại Trạm cửa khẩu phụ X, huyện Y, tỉnh A": the venue is A', () => {
    expect(
      visits(
        article(
          'Ngày 9/7/2019, tỉnh Sơn La và tỉnh Hủa Phăn (Lào) đã cùng tổ chức Lễ khai trương cặp cửa khẩu phụ Nậm Lạnh - Mường Pợ tại Trạm cửa khẩu phụ Nậm Lạnh, huyện Sốp Cộp, tỉnh Sơn La.',
        ),
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe('a programme carried out in part', () => {
  it('"A và B đã cùng nhau triển khai nhiều nội dung của chương trình hợp tác" are partners', () => {
    expect(
      sisters(
        article(
          'Từ năm 2008, tỉnh Lâm Đồng và tỉnh Champasak đã cùng nhau triển khai nhiều nội dung của chương trình hợp tác, nổi bật là giáo dục và nông nghiệp.',
        ),
      ),
    ).toEqual(['LA-CH|VN-35']);
  });
});

describe("a people's delegation of a country", () => {
  it('"tiếp Đoàn đại biểu nhân dân Campuchia": a national delegation received', () => {
    expect(
      visits(
        article(
          'Tối 8/10/2017, Bí thư Thành ủy Thành phố Hồ Chí Minh đã có buổi tiếp Đoàn đại biểu nhân dân Campuchia.',
        ),
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });
});

describe('a city of the gazetteer', () => {
  it('"đến thăm Công ty … (Bảo Lộc)": Bảo Lộc is a city of Lâm Đồng', () => {
    expect(visits(article('Lãnh đạo tỉnh Champasak đến thăm Công ty Tâm Châu (Bảo Lộc).'))).toEqual(
      ['LA-CH>VN-35'],
    );
  });
});

describe('a party of both sides at a city of one', () => {
  it('"Lãnh đạo hai tỉnh A và B đến thăm Công ty … (Bảo Lộc)", Bảo Lộc in A: B came', () => {
    expect(
      visits(
        article(
          'Lãnh đạo hai tỉnh Lâm Đồng và Champasak đến thăm Công ty TNHH Tâm Châu (Bảo Lộc).',
        ),
      ),
    ).toEqual(['LA-CH>VN-35']);
  });
});

describe("a delegation's programme abroad", () => {
  it('"Nằm trong chương trình công tác của đoàn Bộ … Việt Nam tại Bộ … Lào, …" is its trip', () => {
    expect(
      visits(
        article(
          'Nằm trong chương trình công tác của đoàn Bộ Tư pháp Việt Nam tại Bộ Tư pháp Lào, chiều ngày 8/3/2012, Bộ Tư pháp hai nước đã cùng tổ chức một buổi tọa đàm.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('national delegations named by their body', () => {
  it('"tiếp Đoàn cán bộ Thanh tra nước Cộng hòa dân chủ nhân dân Lào": an inspectorate', () => {
    expect(
      visits(
        article(
          'Chiều ngày 16/7/2023, Thanh tra Chính phủ đã tiếp Đoàn cán bộ Thanh tra nước Cộng hòa dân chủ nhân dân Lào.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('"Dẫn đầu đoàn đại biểu thanh niên Việt Nam là …" at a programme the organisers held in B', () => {
    expect(
      visits(
        article(
          'Diễn ra từ ngày 09 đến 14/10/2023 tại Thủ đô Viêng Chăn (Lào), chương trình do Trung ương Đoàn hai nước đứng ra tổ chức.',
          'Dẫn đầu đoàn đại biểu thanh niên Việt Nam là anh Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a treaty of two provinces', () => {
  it('"hai tỉnh A - B đã ký Hiệp nghị Mậu dịch" are partners', () => {
    expect(
      sisters(article('Ngày 2/5/1967, hai tỉnh Thanh Hóa - Hủa Phăn đã ký Hiệp nghị Mậu dịch.')),
    ).toEqual(['LA-HO|VN-21']);
  });
});

describe('things brought over', () => {
  it('"Giống mới … lần lượt được đưa sang B" is no trip, "20 cán bộ tỉnh A được đưa sang B" is', () => {
    expect(
      visits(
        article(
          'Doanh nghiệp An Giang đưa kỹ thuật nông nghiệp sang Campuchia.',
          'Giống mới do Viện Lúa, trại giống Định Thành tạo ra lần lượt được đưa sang Kandal và Takeo, đi kèm là những chiếc máy sạ hàng.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(article('Năm 2020, 20 cán bộ tỉnh An Giang được đưa sang Takeo để tập huấn.')),
    ).toEqual(['VN-44>KH-21']);
  });
});

describe('what a meeting was for', () => {
  it('"Hội nghị bàn giao …, đồng thời thống nhất việc … được tổ chức ngày … tại A" is held, no plan', () => {
    expect(
      visits(
        article(
          'Hội nghị bàn giao bản vẽ hoàn công, đồng thời thống nhất việc phân công, quản lý và bảo vệ mốc quốc giới giữa tỉnh Quảng Trị với hai tỉnh Savannakhet, Salavan của nước bạn Lào, được tổ chức ngày 25/12/2016 tại thị trấn Lao Bảo, huyện Hướng Hóa, tỉnh Quảng Trị.',
        ),
      ),
    ).toEqual(['LA-SV>VN-25', 'LA-SL>VN-25']);
  });
});

describe('an embassy in the capital where it is posted', () => {
  const at = (where: string) =>
    article(
      `Trước đó, ngày 3/2, tại ${where}, đại diện Đại sứ quán Việt Nam tại Campuchia, Hội Khmer – Việt Nam cùng các nhà tài trợ đã trao 150 suất quà tới các gia đình Việt kiều khó khăn tại ${where}, chuẩn bị đón Tết.`,
    );
  it('has gone nowhere', () => {
    expect(visits(at('thủ đô Phnom Penh'))).toEqual([]);
  });
});

describe("a delegation's errand after 'tới'", () => {
  it('"… đã tổ chức một đoàn tới cứu trợ bà con … ở tỉnh B" went to B', () => {
    expect(
      visits(
        article(
          'Sáng 23/10/2020, Đại sứ quán Việt Nam tại Campuchia cùng Hội Khmer - Việt Nam tại Campuchia đã tổ chức một đoàn tới cứu trợ bà con người Việt ở tỉnh Prey Veng đang gặp khó khăn.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-14']);
  });
});

describe('the places a body is in charge of', () => {
  it('"Tổng Lãnh sự quán … (cơ quan phụ trách lãnh sự tại A1, …, A6) … đã đến tỉnh A2": not its home', () => {
    expect(
      visits(
        article(
          'Sáng 15/10/2020, Đoàn công tác của Tổng Lãnh sự quán Việt Nam tại tỉnh Preah Sihanouk (cơ quan phụ trách lãnh sự tại Preah Sihanouk, Kampong Speu, Takeo, Kampot, Kep và Koh Kong), do Tổng Lãnh sự làm trưởng đoàn, đã đến tỉnh Kampong Speu thăm hỏi bà con.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-5']);
  });
});

describe('"là nơi" with the organisers between', () => {
  it('"… tỉnh A vừa là nơi Ban … Việt Nam và Ban … Lào, cùng với Tỉnh ủy A, phối hợp tổ chức Giải …"', () => {
    expect(
      visits(
        article(
          'Trung tâm thể dục thể thao tỉnh Thừa Thiên Huế vừa là nơi Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam và Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào, cùng với Tỉnh ủy Thừa Thiên Huế, phối hợp tổ chức Giải thể thao giao lưu hữu nghị lần thứ X.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-26']);
  });
});

describe('round one hundred and five, read after its first run', () => {
  it('"Công ty Cổ phần Bia Hà Nội Nghệ An": a brand\'s place is no place', () => {
    expect(
      visits(
        article(
          'Từ ngày 9 đến 12/4/2023, đoàn doanh nghiệp tỉnh Nghệ An đã sang làm việc tại tỉnh Bolikhamxay.',
          'Cùng tham gia hành trình có ông Lê Văn Hiếu, Giám đốc Công ty Cổ phần Bia Hà Nội Nghệ An.',
        ),
      ),
    ).toEqual(['VN-22>LA-BL']);
  });

  it('"… dự án đăng ký đầu tư sang Campuchia" is money invested, no trip', () => {
    const text = article(
      'Hai ngày 15 và 16/8/2019, đại diện Đại sứ quán Việt Nam tại Campuchia cùng một số doanh nghiệp Campuchia đã thăm và làm việc với UBND tỉnh An Giang.',
      'Việt Nam hiện có 214 dự án đăng ký đầu tư sang Campuchia, tổng vốn đăng ký trên 3 tỷ USD.',
    );
    expect(visits(text).filter((v) => v.startsWith('VN-HN'))).toEqual([]);
  });

  it('"Xiengkhuang" is Xiêng Khoảng, with no "tỉnh" before it', () => {
    const text = 'Đoàn tỉnh Bắc Giang giao lưu cùng Câu lạc bộ đồng hương Xiengkhuang.';
    const found = findPlaces(tokenize(text), [[0, text.length]], builtinGazetteer(), null);
    expect(found.mentions.map((m) => m.entry.iso)).toEqual(['VN-54', 'LA-XI']);
  });
});
