// Rules the forty-first session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();

/** A page with the given <title>, og:site_name (or none) and paragraphs. */
function page(title: string, site: string | null, paras: string[]): string {
  return [
    '<!doctype html><html><head>',
    `<title>${title}</title>`,
    site ? `<meta property="og:site_name" content="${site}">` : '',
    '</head><body><article>',
    `<h1>${title.split(' | ')[0]}</h1>`,
    ...paras.map((p) => `<p>${p}</p>`),
    '</article></body></html>',
  ].join('\n');
}

const pageVisits = (html: string) =>
  geocodeArticle(prepareArticle({ file: 'p.html', kind: 'html', content: html }).doc, gaz)
    .result.links.filter((l) => l.kind === 'visit')
    .map((l) => `${l.from.iso}>${l.to.iso}`);

describe('the outlet a page names itself after is its home', () => {
  const body = [
    'Từ tháng 10 năm ngoái đến nay, Đội K52 – Bộ Chỉ huy Quân sự tỉnh đã tìm thấy và quy tập 17 hài cốt liệt sĩ quân tình nguyện hy sinh trên đất Campuchia.',
    'Cụ thể, đội quy tập được 6 bộ hài cốt tại tỉnh Ratanakiri và 11 bộ tại tỉnh Stung Treng.',
    'Dự kiến tháng tới, Ban Chỉ đạo của tỉnh Gia Lai và các tỉnh bạn sẽ hội đàm về việc hồi hương.',
  ];

  it('og:site_name "Đài Phát thanh - Truyền hình Gia Lai": the team of "Bộ Chỉ huy Quân sự tỉnh" is Gia Lai\'s', () => {
    expect(
      pageVisits(
        page('Đội K52 quy tập 17 hài cốt liệt sĩ', 'Đài Phát thanh - Truyền hình Gia Lai', body),
      ).sort(),
    ).toEqual(['VN-30>KH-16', 'VN-30>KH-19']);
  });

  it('the <title>\'s tail "| Gia Lai TV" names the outlet when no meta does', () => {
    expect(
      pageVisits(page('Đội K52 quy tập 17 hài cốt liệt sĩ | Gia Lai TV', null, body)).sort(),
    ).toEqual(['VN-30>KH-16', 'VN-30>KH-19']);
  });

  it('a page that names no outlet gives the team no home', () => {
    expect(pageVisits(page('Đội K52 quy tập 17 hài cốt liệt sĩ', null, body))).toEqual([]);
  });

  it('the tail is taken off the headline only where no <h1> gives it', () => {
    const html = page('Đội K52 quy tập 17 hài cốt liệt sĩ | Gia Lai TV', null, body).replace(
      /<h1>.*<\/h1>/,
      '',
    );
    const { doc } = prepareArticle({ file: 'p.html', kind: 'html', content: html });
    expect(doc.title).toBe('Đội K52 quy tập 17 hài cốt liệt sĩ');
    expect(doc.site).toBe('Gia Lai TV');
  });
});

describe('a remains-search team named again as "đội"', () => {
  it('"Cụ thể, đội quy tập được … tại tỉnh B": the one team the article named with its province', () => {
    expect(
      visits(
        [
          'Quy tập hài cốt liệt sĩ mùa khô',
          'Mùa khô năm nay, Đội K52, Bộ Chỉ huy Quân sự tỉnh Gia Lai đã quy tập được 17 hài cốt liệt sĩ trên đất bạn.',
          'Cụ thể, đội quy tập được 6 bộ hài cốt tại tỉnh Ratanakiri và 11 bộ tại tỉnh Stung Treng.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-30>KH-16', 'VN-30>KH-19']);
  });

  it('"đội ngũ" is no team, and "bộ đội" within a clause is none either', () => {
    expect(
      visits(
        [
          'Quy tập hài cốt liệt sĩ mùa khô',
          'Mùa khô năm nay, Đội K52, Bộ Chỉ huy Quân sự tỉnh Gia Lai đã quy tập được 17 hài cốt liệt sĩ trên đất bạn.',
          'Cụ thể, đội ngũ cán bộ quy tập được hài cốt tại tỉnh Ratanakiri.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('delegations counted, sent by a named province', () => {
  it('"trong 6 năm qua, tỉnh A đã cử nhiều đoàn công tác sang tỉnh B": a visit', () => {
    const links = linksOf(
      [
        'Tổng kết chương trình phối hợp giữa hai tỉnh',
        'Ngày 24/7, tại tỉnh Thừa Thiên Huế, Ủy ban Mặt trận hai tỉnh tổng kết chương trình phối hợp.',
        'Theo báo cáo, trong 6 năm qua, Thừa Thiên Huế đã cử nhiều đoàn công tác sang tỉnh Salavan để giao lưu, trao đổi kinh nghiệm.',
      ].join('\n'),
      '2018-07-25',
    ).filter((l) => l.kind === 'visit' && l.from.iso === 'VN-26');
    expect(links.map((l) => `${l.from.iso}>${l.to.iso}`)).toEqual(['VN-26>LA-SL']);
  });

  it('"đã tiếp nhiều đoàn" with no sender is still a tally', () => {
    expect(
      visits(
        [
          'Tỉnh Salavan tăng cường hợp tác',
          'Năm qua, nhiều đoàn công tác đã sang tỉnh Salavan để giao lưu, trao đổi kinh nghiệm.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('events and their venues', () => {
  it('"Tối 12/11, tại B, đoàn nghệ sĩ … đã mang đến một đêm biểu diễn": a show held in B, its foreign guests came', () => {
    expect(
      visits(
        [
          'Đêm văn hóa Campuchia tại Sóc Trăng',
          'Tối 12/11, tại Sóc Trăng, đoàn nghệ sĩ Campuchia đã mang đến một đêm biểu diễn với nhiều tiết mục múa truyền thống.',
          'Tới dự chương trình có bà Sok Lina, Quốc vụ khanh Bộ Văn hóa và Mỹ thuật Campuchia; đại diện lãnh đạo Ủy ban nhân dân tỉnh Sóc Trăng.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-52']);
  });

  it('"tại khu vực Cửa khẩu quốc tế X, tỉnh B": the area\'s words do not hide the province', () => {
    expect(
      visits(
        [
          'Diễn tập liên hợp ở biên giới',
          'Mới đây, tại khu vực Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị, Bộ đội Biên phòng tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) đã phối hợp tổ chức diễn tập liên hợp.',
          'Dự cuộc diễn tập có Đại tá Bun Mi, Tham mưu trưởng Cục Bộ đội Biên phòng, Bộ Tổng Tham mưu Quân đội nhân dân Lào.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-SV>VN-25', 'LA-VT*>VN-25']);
  });
});

describe('a village head speaking', () => {
  it('"Ông X, Bí thư kiêm Trưởng bản Y, chia sẻ" in a paper of the other side: heard at home, no trip', () => {
    const html = page('Tình người nơi biên giới', 'Báo Thanh Hóa', [
      'Từ cửa khẩu Tén Tằn, chúng tôi theo chân cán bộ đồn biên phòng sang bản Sổm Vẳng, huyện Sốp Bâu (Hủa Phăn, Lào).',
      'Ông Khăm Xay, Bí thư kiêm Trưởng bản Sổm Vẳng, tỉnh Hủa Phăn, chia sẻ: Bản có 40 hộ, bà con qua lại thăm thân từ lâu đời.',
      'Đồng bào các bản giáp biên của Thanh Hóa luôn giúp đỡ bản bạn.',
    ]);
    expect(pageVisits(html)).toEqual([]);
  });
});

describe('a roll of guests before the article says where', () => {
  const told = (caption: string) =>
    [
      'Hội nghị Tòa án các tỉnh biên giới ba nước',
      'Tòa án tối cao ba nước Việt Nam, Lào và Campuchia đã tổ chức Hội nghị lần thứ 5 để bàn về phòng, chống tội phạm xuyên biên giới.',
      'Dự Hội nghị có ông Nguyễn Văn A, Chánh án Tòa án nhân dân tối cao Việt Nam; ngài Sok B, Chánh án Tòa án tối cao Campuchia và ông Khăm C, Chánh án Tòa án nhân dân tối cao Lào.',
      caption,
    ].join('\n');

  it('"Ảnh: … tại phiên khai mạc Hội nghị ở Phnôm Pênh." next: the guests came there', () => {
    expect(
      visits(told('Ảnh: Các Chánh án tại phiên khai mạc Hội nghị ở Phnôm Pênh.')).sort(),
    ).toEqual(['LA-VT*>KH-12', 'VN-HN*>KH-12']);
  });

  it('a venue of another year names none: "Hội nghị lần thứ tư tổ chức tại Nha Trang năm 2016"', () => {
    expect(
      visits(told('Hội nghị lần thứ tư được tổ chức tại thành phố Nha Trang năm 2016.')),
    ).toEqual([]);
  });
});

describe('a wire story from a bureau abroad', () => {
  it('"Viêng Chăn (TTXVN) - Nhân chuyến thăm Thủ đô …, Ủy viên Bộ Chính trị, Bí thư Thành ủy A …": the subject after the dateline\'s opening clause, past his membership', () => {
    expect(
      visits(
        [
          'Hai thành phố đẩy mạnh hợp tác',
          'Viêng Chăn (TTXVN) - Nhân chuyến thăm Thủ đô nước Cộng hòa Dân chủ Nhân dân Lào, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh Trần Văn A đã hội đàm với đồng chí Xổm B, Bí thư Thành ủy Đảng Nhân dân Cách mạng Lào Thủ đô Viêng Chăn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-SG>LA-VT']);
  });

  it('"Phnom Penh (TTXVN) - Ngày 17/12, Bí thư Thành ủy A đã có cuộc hội đàm với Đô trưởng …": the talks where the bureau is (without the dateline, none)', () => {
    expect(
      visits(
        [
          'Hai thành phố thúc đẩy hợp tác',
          'Phnom Penh (TTXVN) - Ngày 17/12, Bí thư Thành ủy Thành phố Hồ Chí Minh Trần Văn A đã có cuộc hội đàm với Đô trưởng Phnom Penh Khuon B.',
          'Cuộc hội đàm nằm trong chương trình chuyến thăm và làm việc tại Campuchia của đoàn đại biểu cấp cao TP Hồ Chí Minh.',
        ].join('\n'),
      ),
    ).toEqual(['VN-SG>KH-12']);
    expect(
      visits(
        [
          'Hai thành phố thúc đẩy hợp tác',
          'Ngày 17/12, Bí thư Thành ủy Thành phố Hồ Chí Minh Trần Văn A đã có cuộc hội đàm với Đô trưởng Phnom Penh Khuon B.',
          'Cuộc hội đàm nằm trong chương trình chuyến thăm và làm việc tại Campuchia của đoàn đại biểu cấp cao TP Hồ Chí Minh.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a dateline at home files a trip abroad: "Kiên Giang (TTXVN) - … đã đến thăm …" sets no venue at home', () => {
    expect(
      visits(
        [
          'Kiên Giang chúc Tết bạn',
          'Kiên Giang (TTXVN) - Nhân dịp Tết cổ truyền, đoàn công tác của tỉnh Kiên Giang đã đến thăm, chúc Tết tỉnh Kampot (Campuchia).',
          'Dự buổi gặp có đại diện lãnh đạo tỉnh Kampot.',
        ].join('\n'),
      ),
    ).toEqual(['VN-47>KH-7']);
  });
});

describe('who led the delegation went with it', () => {
  it('"đoàn công tác các tỉnh Tây Bắc và TP. A1 do đồng chí X, Phó Chủ tịch UBND tỉnh A2 làm trưởng đoàn đã đến chào xã giao …": A2 too', () => {
    expect(
      visits(
        [
          'Chào xã giao lãnh đạo tỉnh bạn',
          'Ngày 25/10, đoàn công tác các tỉnh Tây Bắc và TP. Hồ Chí Minh do đồng chí Lò Văn A, Phó Chủ tịch UBND tỉnh Điện Biên làm trưởng đoàn đã đến chào xã giao lãnh đạo tỉnh Luông Pha Bang.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['VN-71>LA-LP', 'VN-SG>LA-LP']);
  });

  it('a post held abroad is no home: "do ông X, Tổng Lãnh sự Việt Nam tại Luông Pha Bang dẫn đầu"', () => {
    expect(
      visits(
        [
          'Thăm tỉnh bạn',
          'Ngày 25/10, đoàn công tác tỉnh Sơn La do ông Lò Văn A, Tổng Lãnh sự Việt Nam tại Luông Pha Bang dẫn đầu đã đến thăm tỉnh U Đôm Xay.',
        ].join('\n'),
      ),
    ).toEqual(['VN-05>LA-OU']);
  });
});

describe('delegations numbered and named', () => {
  it('"5 đoàn công tác của các tỉnh A1, …, A5 (Lào) đã sang thăm, chúc Tết tỉnh B": one visit of each', () => {
    expect(
      visits(
        [
          'Các tỉnh bạn chúc Tết',
          'Dịp Tết Nguyên đán, 3 đoàn công tác của các tỉnh Hủa Phăn, Xiêng Khoảng và Bô Ly Khăm Xay (CHDCND Lào) đã sang thăm, chúc Tết tỉnh Nghệ An.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-BL>VN-22', 'LA-HO>VN-22', 'LA-XI>VN-22']);
  });
});

describe('cooperation between places of one country', () => {
  it('"Chương trình hợp tác … giữa TP. A và 8 tỉnh Tây Bắc gồm A1, …": no partner of the province the article visits', () => {
    expect(
      linksOf(
        [
          'Chào xã giao lãnh đạo tỉnh Luông Pha Bang',
          'Ngày 25/10, đoàn công tác TP. Hồ Chí Minh đã đến chào xã giao lãnh đạo tỉnh Luông Pha Bang.',
          'Tuần Văn hóa lần này thực hiện Chương trình hợp tác phát triển du lịch giữa TP. Hồ Chí Minh và 8 tỉnh Tây Bắc mở rộng gồm Điện Biên, Hà Giang, Hòa Bình, Lai Châu, Lào Cai, Phú Thọ, Sơn La, Yên Bái.',
        ].join('\n'),
      ).filter((l) => l.kind === 'sister'),
    ).toEqual([]);
  });
});

describe('handovers, ceremonies and who stood where', () => {
  it('"tại Cửa khẩu quốc tế X, đoàn công tác tỉnh A đã trao tặng … hỗ trợ tỉnh B": met at the gate, no one received', () => {
    expect(
      visits(
        [
          'Thừa Thiên Huế trao tặng vật tư y tế giúp tỉnh Savannakhet (Lào)',
          'Ngày 4/5, tại Cửa khẩu quốc tế Lao Bảo, đoàn công tác tỉnh Thừa Thiên Huế đã trao tặng một lô vật tư y tế hỗ trợ tỉnh Savannakhet của nước bạn Lào.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('"Ngày 7/6, tại tỉnh B, tỉnh A đã trao quà …": the subject of the clause after the venue came', () => {
    expect(
      visits(
        [
          'Trao quà',
          'Ngày 7/6, tại tỉnh Kandal, tỉnh Bình Dương đã trao quà tặng các gia đình nghèo.',
        ].join('\n'),
      ),
    ).toEqual(['VN-57>KH-8']);
  });

  it('"Lễ trao quà của tỉnh A tặng … đã diễn ra … tại B": the ceremony\'s owner held it there', () => {
    expect(
      visits(
        [
          'Tăng cường tình đoàn kết',
          'Lễ trao quà của tỉnh Bình Dương tặng các gia đình nghèo đã diễn ra ngày 7/6 tại thành phố Ta Khmau, tỉnh Kandal.',
        ].join('\n'),
      ),
    ).toEqual(['VN-57>KH-8']);
  });

  it('"Phát biểu tại lễ khánh thành, Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam X nhấn mạnh": a ministry\'s long name before the minister\'s own', () => {
    expect(
      visits(
        [
          'Khánh thành bệnh viện',
          'Ngày 17/5, tại tỉnh Xiêng Khoảng đã diễn ra lễ khánh thành Bệnh viện Hữu nghị.',
          'Phát biểu tại lễ khánh thành, Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Trần Văn A nhấn mạnh bệnh viện là món quà của Việt Nam.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('a stock photo\'s place is no traveller: "Công nhân … tại tỉnh A của Việt Nam. Ảnh: …"', () => {
    expect(
      visits(
        [
          'Doanh nghiệp được ghi nhận',
          'Công nhân thu hoạch mủ cao su tại tỉnh Lai Châu của Việt Nam. Ảnh: Văn An',
          'Tỉnh trưởng Sok Lu đã đến thăm một số công ty cao su đang hoạt động trên địa bàn tỉnh Kampong Thom.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('agreements of the countries, national broadcasters', () => {
  it('"đề nghị ba nước … thực hiện các thỏa thuận hợp tác đã ký kết, … vào 13 tỉnh": no pair of provinces', () => {
    expect(
      linksOf(
        [
          'Hội nghị Tam giác phát triển tại Attapeu',
          'Ngày 29/2, tại tỉnh Attapeu, đoàn đại biểu các tỉnh Kon Tum, Gia Lai của Việt Nam và Stung Treng của Campuchia đã dự hội nghị.',
          'Ông đề nghị ba nước tạo đột phá trong việc thực hiện các thỏa thuận hợp tác đã ký kết, nhất là về giao thông và thu hút đầu tư vào 13 tỉnh.',
        ].join('\n'),
      ).filter((l) => l.kind === 'sister'),
    ).toEqual([]);
  });

  it('"dẫn đầu đoàn công tác VOV đã có buổi làm việc với Phó Thủ tướng Campuchia … tại thủ đô Phnôm Pênh": the state broadcaster came', () => {
    expect(
      visits(
        [
          'Khánh thành đài phát sóng',
          'Chiều 15/11, Tổng Giám đốc Nguyễn Văn A dẫn đầu đoàn công tác VOV đã có buổi làm việc với Phó Thủ tướng Campuchia Men B tại thủ đô Phnôm Pênh.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('thanks for a reception', () => {
  it('"Cảm ơn Thứ trưởng đã dành thời gian tiếp, Tổng Lãnh sự X chuyển lời chào … tới … Lào": no guest from the greetings\' addressee', () => {
    expect(
      visits(
        [
          'Tổng Lãnh sự chào xã giao Bộ Ngoại giao Lào',
          'Cảm ơn Thứ trưởng đã dành thời gian tiếp, Tổng Lãnh sự Vũ Văn A chuyển lời chào trân trọng của Bộ trưởng Ngoại giao Lê Văn B tới đồng chí Thong C, Bộ trưởng Ngoại giao Lào.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a reception told by the host is still one: "Phó Tỉnh trưởng tỉnh B đã tiếp, làm việc với đoàn tỉnh A"', () => {
    expect(
      visits(
        [
          'Tiếp đoàn tỉnh bạn',
          'Ngày 3/5, Phó Tỉnh trưởng tỉnh Savannakhet đã tiếp, làm việc với đoàn công tác tỉnh Quảng Trị.',
        ].join('\n'),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('a roll that runs on to the hosts', () => {
  it('"Tham dự buổi lễ có đại diện …; đại diện Ủy ban Đặc biệt Lào …, cùng lãnh đạo tỉnh A": the Lao committee came to A', () => {
    expect(
      visits(
        [
          'Truy điệu, an táng hài cốt liệt sĩ',
          'Sáng 3/1, tỉnh Điện Biên tổ chức lễ truy điệu và an táng 15 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào.',
          'Tham dự buổi lễ có đại diện Ban Chỉ đạo 515 quốc gia; đại diện Ủy ban Đặc biệt Lào và Ủy ban Đặc biệt 6 tỉnh Bắc Lào, cùng lãnh đạo tỉnh Điện Biên, các sở, ngành.',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-71']);
  });
});
