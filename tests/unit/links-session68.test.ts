// Rules of the sixty-eighth session: pages copied as markdown whose lines of links carry a
// converter's escapes or separators, and the blind sets' sentences, each our own in the shape news uses.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { isLinksOnlyLine, textWithoutMarkdown } from '../../src/core/article/text-markup.ts';
import { unwrapLines } from '../../src/core/article/unwrap.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();

function read(content: string) {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
  const { result } = geocodeArticle(doc, gaz);
  return {
    places: result.places.map((p) => p.iso).sort(),
    visits: result.links.filter((l) => l.kind === 'visit').map((l) => `${l.from.iso}>${l.to.iso}`),
  };
}

const ARTICLE = [
  'Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo',
  'Ngày 16/5, tại tỉnh Sơn La, lãnh đạo tỉnh đã tiếp Đoàn đại biểu tỉnh Bò Kẹo (Lào) sang thăm và làm việc.',
  'Hai bên trao đổi về kết quả hợp tác trong năm qua.',
];

describe('a line of links as a converter writes it', () => {
  it('"1\\. [‹headline›](…)": an escaped numbered link is still a line of links, not a heading', () => {
    const line = '1\\. [Tây Ninh tiếp đoàn tỉnh Svay Rieng](https://bao.example.vn/a.html)';
    expect(textWithoutMarkdown(line)).toBe(
      '1. [Tây Ninh tiếp đoàn tỉnh Svay Rieng](https://bao.example.vn/a.html)',
    );
  });

  it('links parted by "·" or "|" stay links, for the cleaner to drop', () => {
    const line = '[Kon Tum đón đoàn Attapeu](/a.html) · [An Giang thăm Takeo](/b.html)';
    expect(textWithoutMarkdown(line)).toBe(line);
    expect(isLinksOnlyLine(line)).toBe(true);
  });

  it("other stories' headlines under escaped numbers, with no box heading, give no places and no visits", () => {
    const r = read(
      [
        ...ARTICLE,
        '1\\. [Đoàn tỉnh Kiên Giang thăm tỉnh Kampot](https://bao.example.vn/x.html)',
        '2\\. [Tỉnh Đắk Lắk tiếp đoàn Mondulkiri](https://bao.example.vn/y.html)',
      ].join('\n\n'),
    );
    expect(r.places).toEqual(['LA-BK', 'VN-05']);
    expect(r.visits).toEqual(['LA-BK>VN-05']);
  });

  it('guard: a heading that links to its story is read as its words', () => {
    expect(textWithoutMarkdown('## [Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo](/a.html)')).toBe(
      'Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo',
    );
  });

  it('guard: a sentence with a link inside keeps its words', () => {
    expect(
      textWithoutMarkdown('Đoàn tỉnh [Bò Kẹo](https://bao.example.vn/tag/bo-keo) sang thăm.'),
    ).toBe('Đoàn tỉnh Bò Kẹo sang thăm.');
    expect(isLinksOnlyLine('Đoàn tỉnh [Bò Kẹo](/tag) sang thăm.')).toBe(false);
  });
});

const sistersOf = (content: string) => {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
  return geocodeArticle(doc, gaz)
    .result.links.filter((l) => l.kind === 'sister')
    .map((l) => [l.from.iso, l.to.iso].sort().join('~'));
};

describe("a third country's delegation", () => {
  const TRIP =
    'Từ ngày 12 đến 18/4/2019, đoàn công tác thành phố Quế Lâm (khu tự trị Quảng Tây, Trung Quốc) đã thăm hai tỉnh Xiêm Riệp và Bát-tam-boong của Campuchia cùng tỉnh Luông Pha Băng của Lào, ký bản ghi nhớ hợp tác du lịch với từng địa phương.';

  it('"đoàn … thành phố X (…, Trung Quốc) đã thăm B1, B2 cùng tỉnh C": no visit between its stops', () => {
    const text = [
      'Quế Lâm (Trung Quốc) kết nối du lịch với Xiêm Riệp, Bát-tam-boong và Luông Pha Băng',
      TRIP,
    ].join('\n\n');
    expect(read(text).visits).toEqual([]);
  });

  it('… and its memoranda with each stop twin none of them with another', () => {
    const text = [
      'Quế Lâm (Trung Quốc) kết nối du lịch với Xiêm Riệp, Bát-tam-boong và Luông Pha Băng',
      TRIP,
    ].join('\n\n');
    expect(sistersOf(text)).toEqual([]);
  });

  it('"ông X … đã dẫn đầu đoàn đại biểu tỉnh Vân Nam thăm …" after a list of inviters: no trip of theirs', () => {
    expect(
      read(
        [
          'Đoàn tỉnh Vân Nam (Trung Quốc) kết thúc chuyến thăm',
          'Nhận lời mời của ông A, Bí thư Tỉnh ủy tỉnh Lào Cai, ông B, Tỉnh trưởng tỉnh Phông-xa-lỳ (Lào) và ông C, Chủ tịch bang Ka-chin (Myanmar), từ ngày 3 đến 9/5, ông D, Phó Chủ tịch Chính hiệp tỉnh Vân Nam đã dẫn đầu đoàn đại biểu tỉnh Vân Nam thăm hữu nghị ba nước Việt Nam, Lào và Myanmar.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });

  it("guard: a delegation of one of the three countries' provinces still travels", () => {
    expect(
      read(
        [
          'Đoàn tỉnh Lào Cai thăm tỉnh Phông-xa-lỳ',
          'Từ ngày 3 đến 5/5, đoàn đại biểu tỉnh Lào Cai đã thăm tỉnh Phông-xa-lỳ (Lào).',
        ].join('\n\n'),
      ).visits,
    ).toEqual(['VN-02>LA-PH']);
  });
});

describe("two states' leaders received together", () => {
  it('"tiếp Bộ trưởng … Campuchia X (X\') và Thứ trưởng Bộ Ngoại giao Lào Y": both came to the capital', () => {
    expect(
      read(
        [
          'Ký hiệp định về điểm tiếp giáp biên giới ba nước',
          'Tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng cao cấp phụ trách công tác biên giới thuộc Hội đồng Bộ trưởng Campuchia Var Kim Hong (Va Kim Hông) và Thứ trưởng Bộ Ngoại giao Lào Bounkeut Sangsomsak.',
        ].join('\n\n'),
      ).visits.sort(),
    ).toEqual(['KH-12>VN-HN', 'LA-VT>VN-HN']);
  });

  it('guard: an envoy received beside a minister has not travelled', () => {
    expect(
      read(
        [
          'Thủ tướng tiếp khách',
          'Tại Hà Nội, Thủ tướng đã tiếp Bộ trưởng Campuchia Var Kim Hong và Đại sứ Lào tại Việt Nam Sengphet Houngboungnuang.',
        ].join('\n\n'),
      ).visits,
    ).toEqual(['KH-12>VN-HN']);
  });
});

describe("a state visit's lead that tells the party setting off", () => {
  const HEADLINE = 'Thủ tướng Phạm Minh Chính đến Viêng Chăn, bắt đầu chuyến thăm Lào';

  it('"… rời Thủ đô Hà Nội, lên đường sang … Lào", then "… sẽ thăm làm việc và đồng chủ trì Kỳ họp …": the trip is made', () => {
    expect(
      read(
        [
          HEADLINE,
          'Sáng 9/1, Thủ tướng dẫn đầu Đoàn đại biểu cấp cao Việt Nam rời Thủ đô Hà Nội, lên đường sang Cộng hòa Dân chủ Nhân dân Lào. Nhận lời mời của Thủ tướng Lào, Thủ tướng sẽ thăm làm việc và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào, diễn ra trong hai ngày 9 và 10/1.',
        ].join('\n\n'),
      ).visits,
    ).toEqual(['VN-HN>LA-VT']);
  });

  it('guard: a lead that only announces the trip still makes it one to come', () => {
    expect(
      read(
        [
          HEADLINE,
          'Nhận lời mời của Thủ tướng Lào, Thủ tướng sẽ thăm làm việc và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });
});

describe('a page as html2text writes it, wrapped at 78 columns', () => {
  // Each paragraph wrapped at one width; the box of other articles a list, one item a line.
  const PAGE = [
    'Tỉnh Sơn La tiếp đoàn tỉnh Bò Kẹo',
    '',
    'Ngày 16/5, tại tỉnh Sơn La, lãnh đạo tỉnh đã tiếp Đoàn đại biểu tỉnh Bò Kẹo',
    '(Lào) do đồng chí Phó Tỉnh trưởng làm trưởng đoàn sang thăm và làm việc tại',
    'tỉnh. Hai bên đã trao đổi về kết quả hợp tác trong năm qua và thống nhất các',
    'nội dung phối hợp trong thời gian tới, nhất là trong công tác giáo dục, y tế.',
    '',
    'Phát biểu tại buổi tiếp, đồng chí Chủ tịch UBND tỉnh đánh giá cao kết quả',
    'hợp tác giữa hai tỉnh trong những năm qua, đề nghị hai bên tiếp tục phối hợp',
    'chặt chẽ trong công tác quản lý biên giới, phòng chống tội phạm ma túy và',
    'trao đổi đoàn các cấp để học tập kinh nghiệm lẫn nhau trong thời gian tới.',
    '',
    '  * Đoàn đại biểu tỉnh Kiên Giang thăm và làm việc tại tỉnh Kampot nhân dịp',
    '  * Tỉnh Đắk Lắk tiếp đoàn đại biểu tỉnh Mondulkiri sang chúc Tết cổ truyền',
    '  * Lãnh đạo tỉnh Quảng Trị hội đàm với tỉnh Savannakhet về hợp tác năm 2024',
    '',
  ].join('\n');

  it("the box's items stay one a line: no places and no visits of theirs", () => {
    const r = read(PAGE);
    expect(r.places).toEqual(['LA-BK', 'VN-05']);
    expect(r.visits).toEqual(['LA-BK>VN-05']);
  });

  it('guard: the paragraph wrapped over several lines is still read as one', () => {
    expect(unwrapLines(PAGE).split('\n')[2]).toMatch(/Bò Kẹo \(Lào\) do .* giáo dục, y tế\.$/u);
  });
});

describe('the leaders or officials of several states named one by one', () => {
  it('"Thủ tướng Campuchia X, Thủ tướng Lào Y và Thủ tướng Việt Nam Z đã có buổi làm việc tại Hà Nội": both guests came', () => {
    expect(
      read(
        [
          'Lãnh đạo ba nước gặp gỡ bên lề diễn đàn',
          'Theo hãng thông tấn AKP đưa tin từ Phnom Penh, sáng 13/9, Thủ tướng Campuchia Hun Sen, Thủ tướng Lào Thongloun Sisoulith và Thủ tướng Việt Nam Nguyễn Xuân Phúc đã có buổi ăn sáng làm việc tại Hà Nội.',
        ].join('\n\n'),
      ).visits.sort(),
    ).toEqual(['KH-12>VN-HN', 'LA-VT>VN-HN']);
  });

  it('guard: "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia X" is one title, no Vietnamese leader', () => {
    expect(
      read(
        [
          'Campuchia và Lào họp ủy ban hỗn hợp',
          'Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn đã dẫn đầu đoàn đại biểu Campuchia tới Thủ đô Viêng Chăn.',
        ].join('\n\n'),
      ).visits,
    ).toEqual(['KH-12>LA-VT']);
  });

  it('"tại thành phố B (Campuchia), các quan chức cao cấp của Việt Nam, Lào và Campuchia đã họp để … chuẩn bị cho …": two states came', () => {
    expect(
      read(
        [
          'Họp quan chức cao cấp Tam giác phát triển',
          'Trong hai ngày 21 và 22/11, tại thành phố Xiêm Riệp (Campuchia), các quan chức cao cấp của Việt Nam, Lào và Campuchia đã họp để hoàn tất công tác chuẩn bị cho Hội nghị Cấp cao lần thứ 9.',
        ].join('\n\n'),
      ).visits.sort(),
    ).toEqual(['LA-VT>KH-17', 'VN-HN>KH-17']);
  });

  it('guard: where a text they act on was signed is no venue of theirs', () => {
    expect(
      read(
        [
          'Ba nước thúc đẩy thương mại',
          'Đại diện Campuchia, Lào và Việt Nam đã nhất trí xây dựng kế hoạch thực thi Hiệp định Tạo thuận lợi thương mại, văn kiện được ký năm 2016 tại thị xã Siem Reap.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });

  it('guard: a meeting of the three still to come is no trip', () => {
    expect(
      read(
        [
          'Họp quan chức cao cấp',
          'Tại thành phố Xiêm Riệp (Campuchia), các quan chức cao cấp của Việt Nam, Lào và Campuchia sẽ họp vào tuần tới.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });
});

describe("an article that follows a third country's party", () => {
  const HEADLINE =
    'Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) kết thúc chuyến thăm hữu nghị Lào và Campuchia';

  it('its leader named alone, meeting people at B, is no traveller from a place the article named', () => {
    const r = read(
      [
        HEADLINE,
        'Nhận lời mời của ông A, Tỉnh trưởng tỉnh Kông Pông Chàm (Campuchia) và ông B, Tỉnh trưởng tỉnh Bò Kẹo (Lào), từ ngày 5 đến 16/6, ông Lý Minh, Phó Chủ tịch tỉnh Vân Nam đã dẫn đầu đoàn đại biểu tỉnh Vân Nam thăm hữu nghị hai nước.',
        'Bên lề chuyến thăm, ông Lý Minh đã gặp gỡ đại diện Hội đồng hương Vân Nam tại Thủ đô Viêng Chăn.',
      ].join('\n\n'),
    );
    expect(r.visits).toEqual([]);
  });

  it('guard: under a headline of one of the three countries, the same sentence follows its delegation', () => {
    const r = read(
      [
        'Đoàn đại biểu tỉnh Kông Pông Chàm kết thúc chuyến thăm Lào',
        'Bên lề chuyến thăm, đoàn đã gặp gỡ đại diện Hội người Campuchia tại Thủ đô Viêng Chăn.',
      ].join('\n\n'),
    );
    expect(r.visits).toEqual(['KH-3>LA-VT']);
  });
});

describe("an embassy's trip and a search team's season", () => {
  it('"Đại sứ quán … đã tổ chức chuyến đi cứu trợ bà con … tại hai tỉnh B1 và B2": both provinces', () => {
    expect(
      read(
        [
          'Cứu trợ bà con vùng lũ',
          'Hôm nay, Đại sứ quán Việt Nam đã tổ chức chuyến đi cứu trợ bà con gốc Việt gặp khó khăn do lũ lụt tại hai tỉnh Kampong Cham và Kratie.',
        ].join('\n\n'),
      ).visits.sort(),
    ).toEqual(['VN-HN>KH-10', 'VN-HN>KH-3']);
  });

  it('"Trong mùa khô …, đội tìm kiếm, quy tập … của Bộ CHQS tỉnh A được giao nhiệm vụ tìm kiếm, quy tập … tại 3 tỉnh …": the team\'s season there', () => {
    expect(
      read(
        [
          'An táng hài cốt liệt sĩ',
          'Trong mùa khô 2018-2019, đội tìm kiếm, quy tập hài cốt liệt sĩ của Bộ Chỉ huy Quân sự tỉnh Nghệ An được giao nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ tại 3 tỉnh Xiêng Khoảng, Viêng Chăn và Xay Sổm Bun của Lào.',
        ].join('\n\n'),
      ).visits.sort(),
    ).toEqual(['VN-22>LA-VI', 'VN-22>LA-XI', 'VN-22>LA-XS']);
  });

  it('guard: a team "được thành lập với nhiệm vụ tìm kiếm … trên địa bàn 3 tỉnh …" has a mandate, no trip', () => {
    expect(
      read(
        [
          'Đội quy tập đón nhận Huân chương',
          'Ngày 18-4-1984, Đội quy tập hài cốt liệt sĩ thuộc Phòng Chính trị, Bộ CHQS tỉnh Nghệ An được thành lập với nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ trên địa bàn 3 tỉnh Xiêng Khoảng, Viêng Chăn, Xây Xổm Bun của Lào.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });
});

describe("an order's giver", () => {
  it('"Lễ trao tặng Huân chương của Chính phủ nước … Lào" at B: whose order it is, no state\'s trip', () => {
    expect(
      read(
        [
          'Trao Huân chương cho tỉnh Bình Dương',
          'Ngày 18/9, tại Trung tâm Hội nghị (Thành phố mới Bình Dương) đã diễn ra Lễ trao tặng Huân chương của Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào cho các tập thể và cá nhân của tỉnh Bình Dương.',
        ].join('\n\n'),
      ).visits,
    ).toEqual([]);
  });

  it("guard: the state's delegation named at the ceremony still came", () => {
    expect(
      read(
        [
          'Trao Huân chương cho tỉnh Bình Dương',
          'Ngày 18/9, tại tỉnh Bình Dương, Đoàn đại biểu Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào đã trao tặng Huân chương cho các tập thể của tỉnh.',
        ].join('\n\n'),
      ).visits,
    ).toEqual(['LA-VT>VN-57']);
  });
});
