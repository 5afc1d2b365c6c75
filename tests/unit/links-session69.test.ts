// Rules of the sixty-ninth session: pages dumped by a text browser, and the re-reported sets'
// sentences, each our own in the shape news uses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainBullets } from '../../src/core/normalize.ts';
import { textWithoutLinkNumbers } from '../../src/core/article/text-markup.ts';
import { read as readAll, visitsOf } from './helpers/read-article.ts';

/** Places and visits (the sister pairs are not this file's concern). */
const read = (content: string) => {
  const { places, visits } = readAll(content);
  return { places, visits };
};

describe('a page as a text browser dumps it', () => {
  it('a list item marked "□", "☆" or "▪" is a list item like one marked "•"', () => {
    expect(plainBullets('  • Trang chủ\n      □ tháng 4\n          ☆ Tin A\n▪ Tin B')).toBe(
      '  • Trang chủ\n      • tháng 4\n          • Tin A\n• Tin B',
    );
    // (Not in a sentence, and not without the space after it.)
    expect(plainBullets('Giải ☆ 2024\n□Bình')).toBe('Giải ☆ 2024\n□Bình');
  });

  it('keeps the text’s length and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '□', '☆', '•', 'a', 'Đ', '▪') }),
        (s) => {
          const once = plainBullets(s);
          expect(once.length).toBe(s.length);
          expect(plainBullets(once)).toBe(once);
        },
      ),
    );
  });

  it('the blog archive’s nested headlines under the article give no places', () => {
    const text = [
      'Doanh nghiệp Kiên Giang dự hội chợ tại Kampot',
      '',
      'Ngày 12/4, đoàn doanh nghiệp tỉnh Kiên Giang đã sang tỉnh Kampot (Campuchia) dự hội chợ',
      'thương mại biên giới lần thứ ba, giới thiệu hàng nông sản và thủ công mỹ nghệ.',
      '',
      'Lưu trữ Blog',
      '',
      '  • ▼ 2011 (23)',
      '      □ ▼ tháng 4 (6)',
      '          ☆ Đồng Tháp và Prey Veng bàn việc mở chợ biên giới',
      '          ☆ Tây Ninh - Svay Rieng ký biên bản hợp tác',
      '          ☆ Doanh nghiệp Battambang dự hội chợ ở Cần Thơ',
      '      □ ► tháng 3 (9)',
    ].join('\n');
    expect(read(text)).toEqual({ places: ['KH-7', 'VN-47'], visits: ['VN-47>KH-7'] });
  });
});

describe('talks placed by the next sentence', () => {
  const lead = (next: string) =>
    [
      'Nghệ An và ba tỉnh Lào bàn hợp tác',
      '',
      'Lãnh đạo các tỉnh Xiêng Khoảng, Hủa Phăn và Bô-ly-khăm-xay (Lào) đã có buổi hội đàm với lãnh đạo tỉnh Nghệ An. ' +
        next,
    ].join('\n');

  it('"Buổi hội đàm được tổ chức ngày 3/6 tại TP Vinh": the sides from abroad came', () => {
    expect(read(lead('Buổi hội đàm được tổ chức ngày 3/6 tại TP Vinh.')).visits.sort()).toEqual([
      'LA-BL>VN-22',
      'LA-HO>VN-22',
      'LA-XI>VN-22',
    ]);
  });

  it('"… diễn ra vào sáng 12/3 tại tỉnh Xiêng Khoảng": the host side abroad, the guests from home', () => {
    expect(
      read(
        [
          'Nghệ An hội đàm với Xiêng Khoảng',
          '',
          'Lãnh đạo tỉnh Nghệ An đã có buổi hội đàm với lãnh đạo tỉnh Xiêng Khoảng (Lào). Cuộc hội đàm diễn ra vào sáng 12/3 tại tỉnh Xiêng Khoảng.',
        ].join('\n'),
      ).visits,
    ).toEqual(['VN-22>LA-XI']);
  });

  it('no visit where the next sentence puts the talks at neither side, or in the future', () => {
    expect(read(lead('Buổi hội đàm được tổ chức ngày 3/6 tại Hà Nội.')).visits).toEqual([]);
    expect(read(lead('Buổi hội đàm tiếp theo sẽ được tổ chức tại TP Vinh.')).visits).toEqual([]);
  });
});

describe('a second party named by its district and province', () => {
  const tet = (parties: string) =>
    [
      'Chúc Tết Chôl Chnăm Thmây',
      '',
      `Nhân dịp Tết cổ truyền Chôl Chnăm Thmây, ${parties} đã sang thăm, chúc Tết lãnh đạo tỉnh Takeo, Vương quốc Campuchia.`,
    ].join('\n');

  it('"huyện X (tỉnh A) và huyện Y (tỉnh B)": both provinces went', () => {
    expect(
      read(tet('lãnh đạo huyện Tịnh Biên (An Giang) và lãnh đạo huyện Giang Thành (Kiên Giang)'))
        .visits,
    ).toEqual(['VN-44>KH-21', 'VN-47>KH-21']);
  });

  it('"huyện X, thị xã Y (tỉnh A) cùng huyện Z (tỉnh B)": the companions went along', () => {
    expect(
      read(
        tet(
          'lãnh đạo huyện Tân Hồng, thành phố Hồng Ngự (Đồng Tháp) cùng lãnh đạo huyện Tân Hưng (Long An)',
        ),
      ).visits,
    ).toEqual(['VN-45>KH-21', 'VN-41>KH-21']);
  });

  it('a host named after "cùng" in another country is no companion', () => {
    expect(
      read(tet('đoàn lãnh đạo huyện Tân Hồng (Đồng Tháp) cùng lãnh đạo huyện Kiri Vong (Takeo)'))
        .visits,
    ).toEqual(['VN-45>KH-21']);
  });
});

describe('a side said to be its delegations', () => {
  const games = (roll: string) =>
    [
      'Đoàn viên ba tỉnh giao lưu bóng đá với ba tỉnh nước bạn',
      '',
      'Sáng 14/8, hơn 200 đoàn viên thanh niên của 6 tỉnh hai nước Việt Nam và Campuchia đã bước vào giải giao hữu. Phía Việt Nam có đoàn viên ba tỉnh An Giang, Đồng Tháp và Kiên Giang. ' +
        roll +
        ' Các trận đấu diễn ra tại An Giang trong hai ngày 14 và 15/8.',
    ].join('\n');

  it('"Phía bạn là các đoàn … tỉnh B1, B2 và B3": each came', () => {
    expect(
      read(
        games('Phía bạn là các đoàn thanh niên tỉnh Takeo, tỉnh Kampot và tỉnh Prey Veng.'),
      ).visits.sort(),
    ).toEqual(['KH-14>VN-44', 'KH-21>VN-44', 'KH-7>VN-44']);
  });

  it('"Phía bạn là những tỉnh …": the side described, no roll', () => {
    expect(
      read(games('Phía bạn là những tỉnh có đường biên giới chung với Việt Nam.')).visits,
    ).toEqual([]);
  });
});

describe('care told from the patients’ side', () => {
  const care = visitsOf;

  it('"người dân … tỉnh B (Campuchia) vừa được quân y … tỉnh A khám bệnh": the carers went', () => {
    expect(
      care(
        'Khám bệnh cho người dân nước bạn',
        'Hơn 400 người dân xã Phnom Den, huyện Kiri Vong, tỉnh Takeo (Campuchia) vừa được quân y Bộ đội Biên phòng (BĐBP) tỉnh An Giang khám bệnh và cấp thuốc miễn phí.',
      ),
    ).toEqual(['VN-44>KH-21']);
  });

  it('"Biên phòng A khám bệnh … cho người dân tỉnh B": the border guard named short', () => {
    expect(
      care(
        'Biên phòng Kiên Giang khám bệnh, cấp thuốc cho người dân tỉnh Kampot',
        'Các bác sĩ quân y đã thăm khám cho hơn 300 lượt người.',
      ),
    ).toEqual(['VN-47>KH-7']);
  });

  it('patients who crossed over, or care at the carers’ own hospital, give the carers no trip', () => {
    expect(
      care(
        'Khám bệnh cho người dân nước bạn',
        'Hơn 40 bệnh nhân tỉnh Takeo (Campuchia) sang điều trị đã được bác sĩ Bệnh viện tỉnh An Giang khám bệnh.',
      ),
    ).toEqual([]);
    expect(
      care(
        'Khám bệnh cho người dân nước bạn',
        'Hơn 40 bệnh nhân tỉnh Takeo (Campuchia) đã được bác sĩ Bệnh viện Đa khoa tỉnh An Giang khám bệnh tại TP Long Xuyên.',
      ),
    ).toEqual([]);
  });
});

describe('two delegations, two hosts, told one after the other', () => {
  const article = [
    'Hai đoàn đại biểu Lào sang chúc Tết Quảng Trị, Thừa Thiên Huế',
    '',
    'Ngày 15/1, hai đoàn đại biểu của tỉnh Savannakhet và tỉnh Salavan thuộc nước CHDCND Lào đã lần lượt đến thăm, chúc Tết hai tỉnh Quảng Trị và Thừa Thiên Huế.',
    'Tại Quảng Trị, Đoàn đại biểu tỉnh Savannakhet đã thăm hỏi, chúc Tết lãnh đạo tỉnh.',
    'Thay mặt lãnh đạo tỉnh Savannakhet, trưởng đoàn chúc cán bộ và nhân dân các dân tộc tỉnh Quảng Trị đón năm mới an lành.',
    'Đáp lại, lãnh đạo tỉnh Quảng Trị cảm ơn tình cảm của tỉnh bạn.',
    'Chiều cùng ngày, tại trụ sở UBND tỉnh, lãnh đạo tỉnh Thừa Thiên Huế đã tiếp Đoàn đại biểu tỉnh Salavan.',
    'Trưởng đoàn là ông Vilay Sihavong, Phó Tỉnh trưởng tỉnh Salavan.',
    'Theo ông, chuyến thăm lần này góp phần vun đắp tình hữu nghị giữa hai tỉnh.',
  ].join('\n');

  it('each went where its own sentences take it, the second stop told after the lead', () => {
    expect(read(article).visits.sort()).toEqual(['LA-SL>VN-26', 'LA-SV>VN-25']);
  });
});

describe('a medical team followed over several sentences', () => {
  const team = (body: string) =>
    visitsOf('Thầy thuốc miền Tây khám bệnh cho người dân nước bạn', body);

  it('"… của đoàn y, bác sĩ tỉnh A. …, đoàn đã khám bệnh … ở hai tỉnh B1 và B2": A went to both', () => {
    expect(
      team(
        'Gần 2.000 người bệnh nghèo đã được thăm khám trong 3 ngày. Đó là kết quả chuyến đi mới đây của đoàn y, bác sĩ tình nguyện tỉnh Đồng Tháp. Cùng các nhà hảo tâm, đoàn đã khám bệnh, cấp thuốc không lấy tiền cho bà con nghèo ở hai tỉnh Prey Veng và Svay Rieng.',
      ).sort(),
    ).toEqual(['VN-45>KH-14', 'VN-45>KH-20']);
  });

  it('"Tỉnh B cũng nằm trong hành trình của đoàn … tỉnh A": a stop of A’s team', () => {
    expect(
      team(
        'Tỉnh Kampong Cham cũng nằm trong hành trình của đoàn y, bác sĩ và Bộ đội Biên phòng tỉnh Tây Ninh.',
      ),
    ).toEqual(['VN-37>KH-3']);
  });

  it('a route to come, or a bare "đoàn" after a sentence naming no delegation, tells nothing', () => {
    expect(
      team('Tỉnh Kampong Cham sẽ nằm trong hành trình của đoàn y, bác sĩ tỉnh Tây Ninh năm tới.'),
    ).toEqual([]);
    expect(
      team(
        'Tỉnh Đồng Tháp có nhiều bác sĩ trẻ. Cùng các nhà hảo tâm, đoàn đã khám bệnh cho bà con nghèo ở tỉnh Prey Veng.',
      ),
    ).toEqual([]);
  });
});

describe('"A là tỉnh kết nghĩa của B"', () => {
  it('pairs A and B, not the places a later clause lists', () => {
    const { sisters } = readAll(
      [
        'Cựu chiến binh về thăm chiến trường xưa',
        '',
        'Kratie là tỉnh kết nghĩa của Bình Phước, cũng là nơi dừng chân của các cựu chiến binh ở Bình Phước, Đồng Nai, Tây Ninh trong chuyến về thăm chiến trường xưa.',
      ].join('\n'),
    );
    expect(sisters).toEqual(['KH-10~VN-58']);
  });
});

describe('an outlet’s footer that names its address after its name', () => {
  it('"Báo điện tử A. Tòa soạn: …, Hà Nội." gives no place', () => {
    const text = [
      'Huế đón đoàn đại biểu cấp cao Thủ đô Viêng Chăn',
      '',
      'Ngày 27/1, lãnh đạo thành phố Huế đã tiếp Đoàn đại biểu cấp cao Thủ đô Viêng Chăn (Lào).',
      '',
      'Báo điện tử Cầu Nối Bốn Phương. Tòa soạn: quận Đống Đa, Hà Nội.',
    ].join('\n');
    expect(read(text).places).toEqual(['LA-VT', 'VN-26']);
  });
});

describe('a group’s trip of its own year beside the trip the article tells', () => {
  it('"Năm 2022, đại diện ba tỉnh A1, A2, A3 đã sang tỉnh B1 làm việc với B1 và B2": each went', () => {
    const text = [
      'Attapeu và Stung Treng ký văn kiện hợp tác',
      '',
      'Ngày 26/9/2023, tại tỉnh Attapeu (Lào), Tỉnh trưởng Attapeu đã tiếp đoàn tỉnh Stung Treng (Campuchia) sang dự họp.',
      'Hai bên đã ký văn kiện hợp tác về an ninh biên giới.',
      'Năm 2022, đại diện ba tỉnh Stung Treng, Rattanakiri và Preah Vihear của Campuchia đã sang tỉnh Champasak của Lào để làm việc với hai tỉnh Champasak và Attapeu.',
    ].join('\n');
    const visits = read(text).visits;
    expect(visits).toContain('KH-19>LA-AT');
    expect(visits).toContain('KH-19>LA-CH');
  });
});

describe('a page as lynx dumps it', () => {
  const dump = [
    'Bộ Chỉ huy Quân sự tỉnh Gia Lai thăm, chúc Tết Chol Chnam Thmay',
    '',
    '   [1]Báo Gia Lai | [2]Gia Lai TV | [3]RSS',
    '',
    '   (GLO)- Nhân dịp Tết cổ truyền Chol Chnam Thmay, đoàn công tác Bộ Chỉ huy Quân sự',
    '   tỉnh [4]Gia Lai do Đại tá Trần Văn Hòa làm trưởng đoàn đã sang thăm, chúc Tết lực',
    '   lượng vũ trang hai tỉnh Đông Bắc Campuchia gồm Ratanakiri và Stung Treng, trao quà',
    '   cho cán bộ, chiến sĩ các đơn vị của bạn trên tuyến biên giới chung của hai nước.',
    '   Lãnh đạo các đơn vị bạn cảm ơn tình cảm của Bộ Chỉ huy Quân sự tỉnh Gia Lai và mong',
    '   hai bên tiếp tục phối hợp chặt chẽ trong công tác bảo vệ biên giới thời gian tới.',
    '',
    '     * ▼ 2012 (12)',
    '          + ▼ tháng 4 (3)',
    '               o [5]Kon Tum chúc Tết tỉnh Attapeu',
    '               o [6]Đắk Lắk trao quà cho tỉnh Mondulkiri',
    '               o [7]Bình Phước hội đàm với tỉnh Kratie',
    '',
    'References',
    '',
    '   1. https://baogialai.example.vn/',
    '   2. https://baogialai.example.vn/tv',
    '   3. https://baogialai.example.vn/rss',
    '   4. https://baogialai.example.vn/tag/gia-lai',
    '   5. https://baogialai.example.vn/kon-tum-chuc-tet-attapeu',
    '   6. https://baogialai.example.vn/dak-lak-mondulkiri',
    '   7. https://baogialai.example.vn/binh-phuoc-kratie',
  ].join('\n');

  it('drops the link numbers and the list of addresses; keeps a footnote "[1] "', () => {
    const text = textWithoutLinkNumbers(dump);
    expect(text).not.toContain('[4]');
    expect(text).not.toContain('References');
    expect(text).toContain('tỉnh Gia Lai do');
    expect(textWithoutLinkNumbers('Theo số liệu [1] của Bộ. [2] Tỉnh A.')).toBe(
      'Theo số liệu [1] của Bộ. [2] Tỉnh A.',
    );
  });

  it('reads the article, not the archive’s nested headlines', () => {
    expect(read(dump)).toEqual({
      places: ['KH-16', 'KH-19', 'VN-30'],
      visits: ['VN-30>KH-16', 'VN-30>KH-19'],
    });
  });
});

describe('a trip named with its days and "nước bạn" before its owner', () => {
  const lead = (trip: string) =>
    read(
      [
        'Hà Tĩnh ký ghi nhớ hợp tác với Khăm Muộn và Bô-ly-khăm-xay',
        '',
        `Hai biên bản ghi nhớ được ký với các tỉnh Khăm Muộn và Bô-ly-khăm-xay là kết quả của ${trip} của Đoàn đại biểu Ban Dân vận Tỉnh ủy Hà Tĩnh.`,
      ].join('\n'),
    ).visits.sort();

  it('"chuyến công tác tại nước bạn Lào của Đoàn … A": A went', () => {
    expect(lead('chuyến công tác tại nước bạn Lào')).toEqual(['VN-23>LA-BL', 'VN-23>LA-KH']);
  });

  it('"chuyến công tác 5 ngày (từ 2 đến 6/6/2021) tại Lào của Đoàn … A": A went', () => {
    expect(lead('chuyến công tác 5 ngày (từ 2 đến 6/6/2021) tại Lào')).toEqual([
      'VN-23>LA-BL',
      'VN-23>LA-KH',
    ]);
  });
});

describe('a building opened abroad by the body that built it', () => {
  const opened = (lead: string) => visitsOf('Trao trụ sở làm việc cho công an nước bạn', lead);

  it('"Công an tỉnh A vừa khánh thành, bàn giao … trụ sở … của Công an bản X, huyện Y, tỉnh B": A went', () => {
    expect(
      opened(
        'Công an tỉnh Quảng Trị vừa khánh thành, bàn giao cho lực lượng công an Lào công trình trụ sở làm việc của Công an bản Densavan, huyện Sepon, tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a work named for both places gives its opener no trip', () => {
    expect(
      opened(
        'Tỉnh Savannakhet vừa khánh thành Trường Hữu nghị Quảng Trị – Savannakhet do tỉnh bạn tài trợ.',
      ),
    ).toEqual([]);
  });
});

describe('"A … đã gặp gỡ Đoàn … tỉnh B": a host meeting a delegation', () => {
  it('the delegation came to the host, whatever paper tells it', () => {
    expect(
      visitsOf(
        'Gặp gỡ hữu nghị',
        '(BĐ) - Đồng chí Khamphan, Phó Tỉnh trưởng tỉnh Salavan (Lào) cùng lãnh đạo các sở đã gặp gỡ Đoàn đại biểu Hội hữu nghị Việt Nam - Lào tỉnh Bình Định, nhân dịp đoàn sang thăm tỉnh bạn.',
      ),
    ).toEqual(['VN-31>LA-SL']);
  });

  it('"gặp gỡ đoàn viên …": members met, no delegation', () => {
    expect(
      visitsOf(
        'Gặp gỡ thanh niên',
        'Bí thư Tỉnh đoàn tỉnh Salavan (Lào) đã gặp gỡ đoàn viên thanh niên tỉnh Bình Định đang học tập tại Lào.',
      ),
    ).toEqual([]);
  });
});
