// Rules the thirty-fifth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Chuyến công tác sang nước bạn', ...sentences].join('\n');

describe('a delegation going to a shrine or a cemetery goes to its place', () => {
  it('"Đoàn tới chùa X, huyện Y, tỉnh B" (the delegation named in the paragraph before)', () => {
    expect(
      visits(
        article(
          'Đoàn Ban Trị sự Phật giáo tỉnh Quảng Bình sang nước bạn gồm năm vị hòa thượng.',
          'Chiều ngày 4/3/2015, Đoàn tới chùa Phật Tích, huyện Thà Khẹt, tỉnh Khăm Muộn.',
        ),
      ),
    ).toEqual(['VN-24>LA-KH']);
    expect(
      visits(
        article(
          'Sáng 27/7, đoàn cựu chiến binh tỉnh Sê Kông đến nghĩa trang liệt sĩ tỉnh Quảng Nam.',
        ),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('a pagoda named after a place is still no trip without a motion verb', () => {
    expect(
      visits(
        article(
          'Chùa Long Vân ở tỉnh Chămpasak do bà con Việt kiều tỉnh Quảng Bình góp tiền xây dựng.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('central bodies that name their country last, or by an acronym', () => {
  it('"Ủy ban Mặt trận Xây dựng đất nước Lào" acts for Laos', () => {
    expect(
      visits(
        article(
          'Nhân dịp sang làm việc tại Quảng Bình, sáng 2/4/2012, đoàn Ủy ban Mặt trận Xây dựng đất nước Lào đã đến thăm Ủy ban MTTQ tỉnh.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it('its provincial branch names its province', () => {
    expect(
      visits(
        article('Đoàn Ủy ban Mặt trận Xây dựng đất nước tỉnh Sê Kông đã sang thăm tỉnh Quảng Nam.'),
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('"Đoàn Trung ương GHPGVN" is the Sangha’s central body; a province’s board is its own', () => {
    expect(
      visits(
        article(
          'Ngày 8/5, Đoàn Trung ương GHPGVN đã tới tỉnh Xay Nhạ Bu Ly và tỉnh Luông Pha Bang.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XA', 'VN-HN*>LA-LP']);
    expect(
      visits(article('Ngày 8/5, Ban Trị sự GHPGVN tỉnh Nghệ An đã tới tỉnh Xiêng Khoảng.')),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"Hội Nhà báo Việt Nam" is national, "Hội Nhà báo tỉnh A" a province’s', () => {
    expect(
      visits(
        article(
          'Từ ngày 10 đến 15/6, Đoàn công tác của Hội Nhà báo Việt Nam thăm và làm việc tại Campuchia.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
    expect(
      visits(
        article(
          'Từ ngày 10 đến 15/6, đoàn Hội Nhà báo tỉnh Gia Lai thăm và làm việc tại tỉnh Rattanakiri.',
        ),
      ),
    ).toEqual(['VN-30>KH-16']);
  });
});

describe('what a delegation agreed with its hosts on its trip', () => {
  it('"Đoàn … tỉnh A đã thống nhất với lãnh đạo tỉnh B trong chuyến làm việc" went to B', () => {
    expect(
      visits(
        article(
          'Theo các nội dung mà Đoàn công tác của tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông trong chuyến công tác vừa qua, hai tỉnh sẽ trao đổi đội bóng chuyền.',
        ),
      ),
    ).toEqual(['VN-32>LA-XE']);
  });

  it('an agreement with no trip named, or with no delegation, is none', () => {
    expect(
      visits(
        article(
          'Đoàn công tác của tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông nhiều nội dung.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Tỉnh Phú Yên đã thống nhất với lãnh đạo tỉnh Sê Kông trong chuyến làm việc của đoàn Sê Kông tháng trước.',
        ),
      ),
    ).not.toContain('VN-32>LA-XE');
  });
});
