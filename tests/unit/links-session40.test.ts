// Rules the fortieth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { nationalActorNear } from '../../src/core/extract/actors.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const places = (text: string) =>
  geocodeArticle(makeDoc(text), gaz)
    .result.places.map((p) => p.iso)
    .sort();

describe('a state visit told by its opening clause', () => {
  it('"Trong chuyến thăm cấp Nhà nước tới Vương quốc Campuchia …, tại cuộc gặp … tại Campuchia, Tổng Bí thư …": the country visited stands 7 words on', () => {
    expect(
      visits(
        [
          'Kiều bào đón Tết xa quê',
          'Trong chuyến thăm cấp Nhà nước tới Vương quốc Campuchia đầu tháng 2, tại cuộc gặp cán bộ, nhân viên Đại sứ quán và bà con người Việt tại Campuchia, Tổng Bí thư Tô Lâm khẳng định Nhà nước luôn quan tâm kiều bào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('an embassy the leader met there is no envoy travelling: "… gặp gỡ cán bộ, nhân viên Đại sứ quán, Tổng Bí thư …"', () => {
    expect(
      visits(
        [
          'Kiều bào đón Tết xa quê',
          'Trong chuyến thăm cấp Nhà nước tới Campuchia đầu tháng 2, tại buổi gặp gỡ cán bộ, nhân viên Đại sứ quán, Tổng Bí thư Tô Lâm khẳng định Nhà nước luôn quan tâm kiều bào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('an ambassador speaking at home still makes no trip of his own', () => {
    expect(
      visits(
        [
          'Đại sứ chúc Tết bà con',
          'Chúc Tết bà con ở Phnôm Pênh, Đại sứ Nguyễn Văn A khẳng định Đảng, Nhà nước luôn quan tâm cộng đồng.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a remains-search team named once with its province, then by its number', () => {
  const told = (last: string) =>
    [
      'Quảng Ngãi cất bốc hài cốt liệt sỹ ở Lào và Campuchia',
      'Triển khai nhiệm vụ mùa khô năm nay, Đội K53, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi đã tìm kiếm, cất bốc được 5 hài cốt liệt sỹ trên địa bàn hai nước bạn.',
      'Gần đây nhất, ngày 14/12, tại khu vực bản Phon, huyện Xay, tỉnh Attapu (Lào), các thành viên Đội K53 đã tổ chức khai quật, cất bốc được 2 hài cốt liệt sỹ.',
      last,
    ].join('\n');

  it('"Trước đó, Đội K53 đã tìm kiếm, cất bốc được … tại tỉnh B": the team of tỉnh A', () => {
    expect(
      visits(
        told(
          'Trước đó, ngày 2/12, Đội K53 đã tìm kiếm, cất bốc được 2 hài cốt liệt sỹ tại tỉnh Attapeu, Lào.',
        ),
      ),
    ).toEqual(['VN-29>LA-AT']);
  });

  it("another team's number is not that team", () => {
    expect(
      visits(
        told(
          'Trước đó, ngày 2/12, Đội K52 đã tìm kiếm, cất bốc được 2 hài cốt liệt sỹ tại tỉnh Sekong, Lào.',
        ),
      ),
    ).toEqual(['VN-29>LA-AT']);
  });
});

describe('a located address of several units before its province', () => {
  it('"tại bản X, huyện Y, tỉnh B": the chain opens on "tại"', () => {
    expect(
      visits(
        [
          'Tin',
          'Ngày 2/12, Đội K53 tỉnh Quảng Ngãi đã tìm kiếm, cất bốc được 2 hài cốt liệt sỹ tại bản Na Lao, huyện Xả Mắc, tỉnh Attapeu, Lào.',
        ].join('\n'),
      ),
    ).toEqual(['VN-29>LA-AT']);
  });
});

describe('days and stops that look like counts or homes', () => {
  const lead =
    'Sáng 14/8, tại tỉnh Ratanakiri, Đoàn đại biểu cấp cao tỉnh Gia Lai do Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo tỉnh Ratanakiri.';

  it('"ngày 19/3 đoàn làm việc với …": a date\'s last number is no count of delegations', () => {
    expect(
      visits(
        [
          'Đoàn tỉnh Oudomxay làm việc tại các địa phương',
          'Lần này, đoàn Oudomxay đã lần lượt đến ba địa phương: ngày 18/3 đoàn làm việc với tỉnh Nam Định; ngày 19/3 đoàn làm việc với lãnh đạo tỉnh Ninh Bình.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-OU>VN-18', 'LA-OU>VN-67']);
  });

  it('"Theo lịch trình, sau Ratanakiri, đoàn …": the stop before is no home', () => {
    expect(
      visits(
        [
          'Gia Lai thăm hai tỉnh Campuchia',
          lead,
          'Theo lịch trình, sau Ratanakiri, đoàn tiếp tục đến thăm tỉnh Stung Treng.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-30>KH-16', 'VN-30>KH-19']);
  });

  it('a tally of delegations is still no trip: "đã trao đổi 12 đoàn"', () => {
    expect(
      visits(
        [
          'Tổng kết hợp tác',
          'Trong 5 năm, hai tỉnh Gia Lai và Ratanakiri đã trao đổi 12 đoàn sang thăm lẫn nhau.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('agreements that pair no provinces', () => {
  it('"định hướng xây dựng một thỏa thuận giữa hai chính phủ" after a province\'s trip', () => {
    expect(
      sisters(
        [
          'Khảo sát đài hữu nghị',
          'Vừa qua, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Kiên Giang đã sang Campuchia khảo sát các đài hữu nghị.',
          'Đoàn đã trao đổi với cơ quan chức năng các tỉnh Kep và Kampot về định hướng xây dựng một thỏa thuận giữa hai chính phủ về bảo vệ các đài.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a provinces\' own agreement "giữa hai tỉnh" still pairs them', () => {
    expect(
      sisters(
        [
          'Ký kết hợp tác',
          'Ngày 5/3, tỉnh Kiên Giang và tỉnh Kep đã ký thỏa thuận giữa hai tỉnh về thương mại.',
        ].join('\n'),
      ),
    ).toEqual(['KH-23|VN-47']);
  });
});

describe('"hai bên đã ký kết" where the lead paired two provinces and a third came later', () => {
  it("the lead's pair signed", () => {
    expect(
      sisters(
        [
          'Hai địa phương trao đổi hợp tác',
          'Lãnh đạo tỉnh Hà Tĩnh và tỉnh Bolikhamsay (Lào) đã hội đàm, đánh giá kết quả hợp tác.',
          'Hiện nhiều sinh viên của tỉnh Khammuone đang học tại Hà Tĩnh.',
          'Nhân dịp này, hai bên đã ký kết thỏa thuận hợp tác về y tế.',
        ].join('\n'),
      ),
    ).toEqual(['LA-BL|VN-23']);
  });
});

describe('names that are no province', () => {
  it('"thị trấn Hòa Bình, huyện Tương Dương": a town', () => {
    expect(
      places(
        'Bắt quả tang\nĐối tượng bị bắt tại thị trấn Hòa Bình, huyện Tương Dương, tỉnh Nghệ An.',
      ),
    ).toEqual(['VN-22']);
  });

  it('"các cơ quan báo chí Bình Dương": the press of a province ("chí" is no "chị")', () => {
    expect(places('Báo chí\nCác cơ quan báo chí Bình Dương đã tham dự.')).toEqual(['VN-57']);
  });

  it('"cầu Tân An" is a bridge; "điểm cầu Hà Nội" is still Hà Nội', () => {
    expect(places('Khởi công cầu\nTỉnh An Giang khởi công cầu Tân An bắc qua kênh.')).toEqual([
      'VN-44',
    ]);
    expect(places('Hội nghị trực tuyến\nHội nghị được tổ chức tại điểm cầu Hà Nội.')).toEqual([
      'VN-HN',
    ]);
  });

  it('"cửa khẩu Bình Phước (tức cửa khẩu Hoa Lư)": a gate named after its province places it', () => {
    expect(
      places('Chiến trường xưa\nXe qua cửa khẩu Bình Phước (tức cửa khẩu Hoa Lư) sang Kratie.'),
    ).toEqual(['KH-10', 'VN-58']);
  });

  it('"chị Sa-la-vẳn", "đồng chí Khăm-muôn Chăn-vi-súc": people', () => {
    expect(
      places('Chuyện\nChị Sa-la-vẳn kể lại. Đồng chí Khăm-muôn Chăn-vi-súc phát biểu.'),
    ).toEqual([]);
  });
});

describe('an invitation for a series of verbs', () => {
  it('"đã mời … lãnh đạo tỉnh B sang thăm, làm việc tại tỉnh A vào thời điểm thích hợp"', () => {
    expect(
      visits(
        [
          'Gia Lai thăm Preah Vihear',
          'Sáng 19-10, đoàn công tác tỉnh Gia Lai đã đến thăm, chào xã giao Tỉnh trưởng tỉnh Preah Vihear.',
          'Dịp này, Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan đã trân trọng mời ông Kim Thy cùng lãnh đạo tỉnh Preah Vihear sang thăm, làm việc tại tỉnh Gia Lai vào thời điểm thích hợp.',
        ].join('\n'),
      ),
    ).toEqual(['VN-30>KH-13']);
  });
});

describe("a festival's guests, and its host named with a district", () => {
  const text = (tag: string) =>
    [
      'Khai mạc lễ hội ném còn ba nước',
      `${tag}Tối 29/12, huyện Mường Tè, tỉnh Lai Châu đã long trọng khai mạc lễ hội ném còn của các huyện biên giới.`,
      'Cùng góp mặt tại lễ hội năm nay có đoàn thành phố Điện Biên Phủ thuộc tỉnh Điện Biên.',
      'Về với lễ hội có hàng trăm nghệ nhân đến từ huyện Nhọt U, tỉnh Phong Sa Lỳ, nước CHDCND Lào.',
    ].join('\n');

  it('"Về với lễ hội có … đến từ …" rolls the guests; "tại lễ hội … có đoàn …" names no venue', () => {
    expect(visits(text(''))).toEqual(['LA-PH>VN-01']);
  });

  it('a broadcaster\'s tag "Điện Biên TV - " before the lead is no party', () => {
    expect(visits(text('Điện Biên TV - '))).toEqual(['LA-PH>VN-01']);
  });
});

describe('a district spelled two ways', () => {
  it('"quận Mê Mốt, tỉnh Kampong Cham", then "quận Mêmốt": the province the article gave it', () => {
    expect(
      visits(
        [
          'Hội nghị phối hợp',
          'Sáng 28/3/2014, Công an huyện Tân Châu, tỉnh Tây Ninh tổ chức hội nghị với Chi cảnh sát quận Mê Mốt, tỉnh Kampong Cham.',
          'Đoàn cảnh sát quận Mêmốt do Thiếu tá A làm trưởng đoàn.',
        ].join('\n'),
      ),
    ).toEqual(['KH-3>VN-37']);
  });
});

describe('provincial National Assembly delegations are local', () => {
  it('"Phó Trưởng Đoàn đại biểu Quốc hội TP. Hồ Chí Minh" names no national body; "Quốc hội Lào" does', () => {
    expect(
      nationalActorNear('cùng đi có ông a, phó trưởng đoàn đại biểu quốc hội tp. hồ chí minh'),
    ).toBe(null);
    expect(nationalActorNear('đoàn đại biểu quốc hội tỉnh nghệ an')).toBe(null);
    expect(nationalActorNear('phó chủ tịch quốc hội lào')).toBe('LA');
  });

  it('the home province\'s leader receiving a foreign national leader: "Tỉnh ủy đã tiếp … Quốc hội nước CHDCND Lào"', () => {
    expect(
      visits(
        [
          'Thường trực Tỉnh ủy tiếp Phó Chủ tịch Quốc hội Lào',
          'Chiều 16-4, đồng chí A, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh đã tiếp xã giao đồng chí B, Phó Chủ tịch Quốc hội nước CHDCND Lào.',
          'Tỉnh Quảng Bình xác định du lịch là hướng phát triển.',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });
});

describe('patients are no destination', () => {
  it('"thăm hỏi bệnh nhân là cán bộ Cảnh sát Hoàng gia Campuchia đang điều trị tại bệnh viện"', () => {
    expect(
      visits(
        [
          'Chủ tịch nước thăm bệnh viện',
          'Chủ tịch nước thăm hỏi bệnh nhân là cán bộ Cảnh sát Hoàng gia Campuchia đang điều trị tại bệnh viện.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('greetings on the way to "tỉnh bạn"', () => {
  it('"đã tổ chức đoàn sang thăm và chúc mừng tỉnh bạn nhân dịp Tết": the partner just twinned', () => {
    expect(
      visits(
        [
          'Sơ kết công tác đối ngoại quốc phòng',
          'Sau khi ký kết quy chế kết nghĩa vào tháng 8/2015, Bộ CHQS tỉnh Lâm Đồng và Tiểu khu Quân sự tỉnh Siem Reap đã phối hợp chặt chẽ.',
          'Tháng 4 vừa qua, Bộ CHQS tỉnh Lâm Đồng đã tổ chức đoàn sang thăm và chúc mừng tỉnh bạn nhân dịp Tết cổ truyền Chol Chnam Thmay.',
        ].join('\n'),
      ),
    ).toEqual(['VN-35>KH-17']);
  });
});

describe('"đoàn … trao đổi với ‹the hosts›": talks held where the hosts are', () => {
  const crossed =
    'Vừa qua, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Kiên Giang đã sang Campuchia khảo sát các đài hữu nghị.';

  it('"Bên cạnh đó, đoàn đã trao đổi với cơ quan chức năng các tỉnh B1, B2 và B3 về …"', () => {
    expect(
      visits(
        [
          'Khảo sát đài hữu nghị',
          crossed,
          'Bên cạnh đó, đoàn đã trao đổi với cơ quan chức năng các tỉnh Koh Kong, Kep và Kampot về việc bảo vệ các đài.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-47>KH-23', 'VN-47>KH-7', 'VN-47>KH-9']);
  });

  it('a body, not a delegation, that "trao đổi với" another names no trip', () => {
    expect(
      visits(
        [
          'Trao đổi kinh nghiệm',
          'Sở Y tế tỉnh Kiên Giang đã trao đổi với Sở Y tế tỉnh Kep về phòng chống dịch qua điện thoại.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('"Có mặt tại buổi lễ, ông X, ‹title› tỉnh B, …": one present, named after the clause', () => {
  it("a guest of another country came to the lead's venue", () => {
    expect(
      visits(
        [
          'Gia Lai an táng hài cốt liệt sĩ',
          'Sáng 23/5, tại Nghĩa trang liệt sĩ huyện Đức Cơ, tỉnh Gia Lai đã tổ chức lễ truy điệu và an táng hài cốt liệt sĩ.',
          'Có mặt tại buổi lễ, ông Yong Kim Hien, Phó Tỉnh trưởng tỉnh Preah Vihear, bày tỏ lòng biết ơn sâu sắc.',
        ].join('\n'),
      ),
    ).toEqual(['KH-13>VN-30']);
  });

  it('a wish he voiced clauses later ("đồng thời khẳng định mong muốn …") is no plan of the meeting', () => {
    expect(
      visits(
        [
          'Gia Lai an táng hài cốt liệt sĩ',
          'Sáng 23/5, tại Nghĩa trang liệt sĩ huyện Đức Cơ, tỉnh Gia Lai đã tổ chức lễ truy điệu và an táng hài cốt liệt sĩ.',
          'Có mặt tại buổi lễ, ông Yong Kim Hien, Phó Tỉnh trưởng tỉnh Preah Vihear, bày tỏ lòng biết ơn sâu sắc, đồng thời khẳng định mong muốn tình hữu nghị giữa hai nước mãi bền vững.',
        ].join('\n'),
      ),
    ).toEqual(['KH-13>VN-30']);
  });
});

describe('"lần lượt" talks at two venues', () => {
  it('"tại thị xã A1, tỉnh B1 và thị xã A2, tỉnh B2 (Lào), Bộ Chỉ huy … tỉnh A đã lần lượt hội đàm"', () => {
    expect(
      visits(
        [
          'Hà Tĩnh hội đàm với lực lượng bạn',
          'Từ ngày 6 đến 8/9, tại thị xã Pạc Xăn, tỉnh Bolikhămxay và thị xã Thà Khẹc, tỉnh Khăm Muồn (nước CHDCND Lào), Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh đã lần lượt hội đàm với các lực lượng bạn.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-23>LA-BL', 'VN-23>LA-KH']);
  });

  it('one venue without "lần lượt" stays one', () => {
    expect(
      visits(
        [
          'Hà Tĩnh hội đàm với lực lượng bạn',
          'Ngày 6/9, tại thị xã Pạc Xăn, tỉnh Bolikhămxay, Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh đã hội đàm với lực lượng bạn, trao đổi về tình hình tỉnh Khăm Muồn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-23>LA-BL']);
  });
});
