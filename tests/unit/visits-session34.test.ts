// Rules the thirty-fourth session's blind set called for.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { linksOf, sistersOf, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) => ['Tình nguyện trên đất bạn', ...sentences].join('\n');
const places = (text: string) =>
  geocodeArticle(makeDoc(text, { date: null }), builtinGazetteer()).result.places.map((p) => p.iso);

describe('a university named after its city names the city', () => {
  it('"Trường Đại học Vinh", "ĐH Vinh" are in Nghệ An, and its team’s trip starts there', () => {
    expect(
      visits(
        article(
          'Mùa hè năm nay, đoàn tình nguyện Trường Đại học Vinh đã có mặt tại tỉnh Hủa Phăn để dạy chữ cho trẻ em.',
        ),
      ),
    ).toEqual(['VN-22>LA-HO']);
    expect(
      visits(article('Đoàn cán bộ ĐH Vinh sang thăm tỉnh Xiêng Khoảng trong ba ngày.')),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('a bare "Vinh" (a given name, "vinh dự") is still no place', () => {
    expect(
      places(article('Anh Vinh cho biết đây là vinh dự của cả đoàn khi sang tỉnh Hủa Phăn.')),
    ).toEqual(['LA-HO']);
  });
});

describe('someone who works at a body now is no party of the event', () => {
  it('"…, hiện làm việc tại Văn phòng Quốc hội Lào" beside a thesis defended at a venue', () => {
    expect(
      visits(
        article(
          'Ba năm sau lễ bảo vệ luận văn tại Trường Đại học Vinh, chị Phonesavanh, hiện làm việc tại Văn phòng Quốc hội Lào, vẫn nhớ các thầy cô.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Chị học tại Trường Đại học Vinh, nay chị hiện đang công tác tại Bộ Giáo dục và Thể thao Lào.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a team at work in a province went there', () => {
  const lead = 'Sáng 2/7, Thành đoàn TPHCM ra quân chiến dịch tình nguyện hè tại nước bạn Lào.';

  it('"Đội hình … có 12 ngày hoạt động ở tỉnh B1 và tỉnh B2": one visit per province', () => {
    expect(
      visits(
        article(
          `${lead} Đội hình chiến sĩ tình nguyện có 12 ngày hoạt động ở tỉnh Sê Kông và tỉnh Salavan, nước CHDCND Lào.`,
        ),
      ),
    ).toEqual(['VN-SG>LA-XE', 'VN-SG>LA-SL']);
  });

  it('"đoàn … đã có các hoạt động tại tỉnh B"', () => {
    expect(
      visits(
        article(
          'Trong dịp này, đoàn thanh niên tỉnh Quảng Trị đã có các hoạt động tại tỉnh Savannakhet.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a work that opens there, or a firm that operates there, made no trip', () => {
    expect(
      visits(
        article(
          'Nhà máy chế biến của đoàn doanh nghiệp tỉnh Gia Lai đã đi vào hoạt động tại tỉnh Attapeu từ năm ngoái.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(article('Công ty cà phê của tỉnh Đắk Lắk hoạt động tại tỉnh Champasak đã mười năm.')),
    ).toEqual([]);
  });
});

describe('a time of day before "N tháng M" dates the day', () => {
  it('"Chiều 9 tháng 3 năm 2019, đoàn … đã đến tỉnh B" is 2019-03-09', () => {
    const links = linksOf(
      article(
        'Chiều 9 tháng 3 năm 2019, đoàn cựu chiến binh tỉnh Nghệ An đã đến thị xã Phôn Xa Vẳn, tỉnh Xiêng Khoảng.',
      ),
    );
    expect(links.map((l) => l.date)).toEqual(['2019-03-09']);
  });
});

describe('a remains-search team went to the provinces it searched', () => {
  it('"Đoàn quy tập … tỉnh A tìm kiếm, cất bốc ở những vùng sâu … của hai tỉnh B1, B2"', () => {
    expect(
      visits(
        article(
          'Mùa khô năm nay, Đoàn quy tập hài cốt liệt sĩ thuộc Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tìm kiếm, cất bốc ở các bản vùng cao, xa xôi của hai tỉnh Bôlykhămxay, Khăm Muộn nước bạn Lào.',
        ),
      ),
    ).toEqual(['VN-23>LA-BL', 'VN-23>LA-KH']);
  });

  it('"Đội 589 (Bộ CHQS tỉnh A) đã quy tập 12 hài cốt liệt sĩ hy sinh tại tỉnh B"', () => {
    expect(
      visits(
        article(
          'Đội 589 (Bộ Chỉ huy Quân sự tỉnh Thừa Thiên Huế) đã quy tập 12 hài cốt liệt sĩ hy sinh tại tỉnh Sê Kông (Lào).',
        ),
      ),
    ).toEqual(['VN-26>LA-XE']);
  });

  it('a team named by its work, or its work named, is no trip of the place before it', () => {
    expect(
      visits(
        article(
          'Lực lượng chức năng tỉnh Kampong Thom đang phối hợp với Đội quy tập hài cốt liệt sĩ của Bộ Chỉ huy Quân sự tỉnh Đồng Nai tìm kiếm trên địa bàn.',
        ),
      ),
    ).not.toContain('KH-6>VN-39');
    expect(
      visits(
        article(
          'Ngày 20/4, tỉnh Attapeu tổ chức lễ tiễn đưa 9 hài cốt liệt sĩ về nước, khép lại mùa khô tìm kiếm, cất bốc và quy tập của Đội K52 tỉnh Gia Lai.',
        ),
      ),
    ).not.toContain('LA-AT>VN-30');
  });

  it('signing the handover of remains is no partnership', () => {
    expect(
      sistersOf(
        article(
          'Đội 584 (Bộ Chỉ huy Quân sự tỉnh Quảng Trị) đã quy tập 10 hài cốt liệt sĩ tại tỉnh Savannakhet (Lào).',
          'Tại cửa khẩu, nghi thức ký kết bàn giao và đón các liệt sĩ từ đất Lào trở về Tổ quốc đã được cử hành trọng thể.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('flights, routes and trips in general are nobody’s visit', () => {
  it('"các chuyến bay mới từ thành phố A đến B"', () => {
    expect(
      visits(
        article(
          'Ông Sok cho rằng các chuyến bay mới từ thành phố Đà Nẵng đến Siem Reap sẽ đưa thêm nhiều du khách tới hai thành phố.',
        ),
      ),
    ).toEqual([]);
  });

  it('a party that boarded a flight still travelled', () => {
    expect(
      visits(
        article(
          'Sáng 5/3, đoàn đại biểu tỉnh Quảng Nam đã đáp chuyến bay từ Đà Nẵng đến Pakse, tỉnh Champasak.',
        ),
      ),
    ).toContain('VN-27>LA-CH');
  });

  it('"… khai thác đường bay Vinh - Viêng Chăn": a route named, not a destination', () => {
    expect(
      visits(
        article(
          'Chiều 12/1, UBND tỉnh Nghệ An đã làm việc với các sở, ngành để bàn giải pháp khai thác đường bay Vinh - Luông Pha Bang.',
        ),
      ),
    ).toEqual([]);
  });

  it('"điểm xuất phát cho những chuyến tham quan, dã ngoại … từ A đến các tỉnh B1, B2"', () => {
    expect(
      visits(
        article(
          'Cửa khẩu Tịnh Biên là điểm xuất phát cho những chuyến tham quan, dã ngoại, thưởng ngoạn cảnh đẹp từ An Giang đến các tỉnh lân cận như Takeo, Kampot.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('round 119: talks with a province’s body, leaders listed by comma, goods and spans', () => {
  it('"Đoàn … tỉnh A đã hội đàm với Viện KSND / Tòa án nhân dân / Cục Hải quan tỉnh B"', () => {
    for (const body of ['Viện KSND', 'Tòa án nhân dân', 'Cục Hải quan'])
      expect(
        visits(
          article(
            `Sáng 12/6, Đoàn đại biểu ${body} tỉnh Luông Nậm Thà (Lào) đã hội đàm với ${body} tỉnh Lai Châu.`,
          ),
        ),
      ).toEqual(['LA-LM>VN-01']);
  });

  it('"Thủ tướng Phạm Văn X, Thủ tướng Campuchia Y và Thủ tướng Lào Z … tại Thủ đô Vientiane"', () => {
    expect(
      visits(
        article(
          'Thủ tướng Trần Văn An, Thủ tướng Campuchia Hun Manet và Thủ tướng Lào Sonexay Siphandone đã cùng làm việc tại Thủ đô Vientiane sáng 9/10.',
        ),
      ).sort(),
    ).toEqual(['KH-12*>LA-VT', 'VN-HN*>LA-VT']);
  });

  it('"… không để thương lái đưa lợn bệnh sang tỉnh B": goods, not a trip; people still travel', () => {
    expect(
      visits(
        article('Tỉnh Tây Ninh lập chốt, không để thương lái đưa lợn bệnh sang tỉnh Svay Rieng.'),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Hội Cựu chiến binh tỉnh Nghệ An đã đưa hội viên trở lại thăm chiến trường xưa ở tỉnh Xiêng Khoảng.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"… trải từ tỉnh A ở phía bắc đến B ở phía nam": an extent, no trip', () => {
    expect(
      visits(
        article(
          'Đường biên giới đi qua 10 tỉnh phía Lào, trải từ Phongsali ở phía bắc đến tỉnh Kon Tum ở phía nam.',
        ),
      ),
    ).toEqual([]);
  });
});
