// Rules of the sixty-second session's helper A (national actors): talks held with a province's
// own authorities, told before the clause, are the subject's trip there; a call that a country's
// own people pay on a foreign mission in their own country is no trip abroad.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const article = (body: string) => `Tin hoạt động đối ngoại\n${body}`;

describe('fronted talks with a province’s authorities: the subject went there', () => {
  it('an envoy named with no country meets the authorities of two Lao provinces', () => {
    expect(
      visitsOf(
        article(
          'Trong các cuộc gặp với chính quyền hai tỉnh Khammuon và Bolikhamxay, Đại sứ Nguyễn Minh Tâm đánh giá cao kết quả hợp tác của hai tỉnh.',
        ),
      ).sort(),
    ).toEqual(['VN-HN*>LA-BL', 'VN-HN*>LA-KH']);
  });

  it('a Lao leader titled with his country meets a Vietnamese province’s leaders', () => {
    expect(
      visitsOf(
        article(
          'Tại buổi làm việc với lãnh đạo tỉnh Nghệ An, Phó Chủ tịch nước Lào bày tỏ mong muốn hai bên tăng cường trao đổi kinh nghiệm.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('a vice-minister meets a Cambodian province’s government', () => {
    expect(
      visitsOf(
        article(
          'Tại buổi làm việc với chính quyền tỉnh Kampot, Thứ trưởng Bộ Ngoại giao Việt Nam cảm ơn tỉnh đã quan tâm tới bà con gốc Việt.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('a Lao ambassador resident in Hanoi meeting a province: his country’s trip, as the gold reads an embassy', () => {
    // (The gold places an embassy at its capital and counts its call on a province.)
    expect(
      visitsOf(
        article(
          'Tại buổi làm việc với lãnh đạo tỉnh Sơn La, Đại sứ Lào tại Việt Nam cảm ơn tỉnh đã giúp đỡ các tỉnh bạn.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-05']);
  });

  const none: [string, string][] = [
    [
      'a domestic official with a province of his own country',
      'Tại buổi làm việc với lãnh đạo tỉnh Nghệ An, Thứ trưởng Bộ Ngoại giao đề nghị tỉnh quan tâm tới lưu học sinh Lào.',
    ],
    [
      'an envoy with no country beside the provinces of Vietnam (whose, the words do not say)',
      'Tại buổi làm việc với lãnh đạo tỉnh Nghệ An, Đại sứ Khamphao đánh giá cao sự giúp đỡ của tỉnh.',
    ],
    [
      'talks still to come',
      'Tại buổi làm việc với lãnh đạo tỉnh Khammuon, Đại sứ Việt Nam tại Lào sẽ trao đổi về các dự án viện trợ.',
    ],
    [
      'both sides as the subject',
      'Tại buổi làm việc với lãnh đạo tỉnh Khammuon, hai bên đã trao đổi về các dự án viện trợ.',
    ],
  ];
  for (const [shape, body] of none)
    it(`guard: ${shape} is no trip`, () => {
      expect(visitsOf(article(body))).toEqual([]);
    });

  it('guard: talks with a delegation leave the trip to the other rules', () => {
    expect(
      visitsOf(
        article(
          'Tại buổi làm việc với đoàn công tác tỉnh Khammuon, Đại sứ Nguyễn Minh Tâm đánh giá cao kết quả hợp tác.',
        ),
      ),
    ).not.toContain('VN-HN*>LA-KH');
  });
});

describe('a call on a foreign mission in the callers’ own country', () => {
  it('a Lao central body greeting the Vietnamese embassy in Vientiane went nowhere', () => {
    expect(
      visitsOf(
        article(
          'Sáng 1/9, Đoàn đại biểu Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào do Trưởng ban dẫn đầu đã có mặt tại trụ sở Đại sứ quán Việt Nam ở thủ đô Vientiane, Lào, gửi lời chúc mừng nhân dịp Quốc khánh Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });

  it('guard: a call on the country’s own embassy abroad keeps the trip to that country', () => {
    expect(
      visitsOf(
        article(
          'Sáng 1/9, Đoàn đại biểu Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào đã đến thăm Hà Nội và có mặt tại trụ sở Đại sứ quán Lào ở thủ đô Hà Nội.',
        ),
      ),
    ).toContain('LA-VT*>VN-HN');
  });
});

describe('the governments’ cooperation committees are national bodies of the country named first', () => {
  it('the Vietnamese committee’s head on a conference roll in a Lao province', () => {
    expect(
      visitsOf(
        article(
          'Ngày 12/6, hội nghị quan chức cấp cao diễn ra tại tỉnh Champasak. Tham dự hội nghị có Quốc vụ khanh Bộ Thương mại Campuchia Mao Thora và Trưởng ban Ủy ban hợp tác Việt Nam - Lào Trần Nhật Thành.',
        ),
      ).sort(),
    ).toEqual(['KH-12*>LA-CH', 'VN-HN*>LA-CH']);
  });

  it('the Vietnamese committee holds a ground-breaking in a Lao province', () => {
    expect(
      visitsOf(
        article(
          'Ngày 22/3, Ủy ban hợp tác Việt Nam - Lào đã tổ chức lễ khởi công trung tâm dịch vụ nông nghiệp tại tỉnh Xaysomboun.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XS']);
  });

  it('guard: the Lao committee at home in a Lao province went nowhere', () => {
    expect(
      visitsOf(
        article(
          'Ngày 22/3, Ủy ban hợp tác Lào - Việt Nam đã tổ chức lễ khởi công trung tâm dịch vụ nông nghiệp tại tỉnh Xaysomboun.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the government’s regional steering committees are national bodies', () => {
  it('a Cambodian province received by the Tây Nguyên committee, no venue named', () => {
    expect(
      visitsOf(
        article(
          'Ngày 9/5, Ban Chỉ đạo Tây Nguyên đã tiếp đoàn đại biểu tỉnh Ratanakiri do Tỉnh trưởng dẫn đầu.',
        ),
      ),
    ).toEqual(['KH-16>VN-HN*']);
  });

  it('guard: the Tây Nam Bộ committee’s delegation abroad is read as before', () => {
    expect(
      visitsOf(
        article(
          'Từ ngày 3 đến 6/11, đoàn công tác Ban Chỉ đạo Tây Nam Bộ đã đến thăm tỉnh Kampot.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('guard: talks at the committee’s named venue bring the guests there', () => {
    expect(
      visitsOf(
        article(
          'Ngày 9/5, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, Ban Chỉ đạo Tây Nguyên đã tiếp đoàn đại biểu tỉnh Ratanakiri do Tỉnh trưởng dẫn đầu.',
        ),
      ),
    ).toEqual(['KH-16>VN-33']);
  });
});

describe('a procuracy or court named by its country alone is national', () => {
  it('the Lao procuracy’s delegation received in Hồ Chí Minh City', () => {
    expect(
      visitsOf(
        article(
          'Ngày 17/10, Viện Kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh đã đón tiếp đoàn cán bộ Viện Kiểm sát nhân dân nước Cộng hòa dân chủ nhân dân Lào.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-SG']);
  });

  it('guard: a province’s procuracy stays its province’s', () => {
    expect(
      visitsOf(
        article(
          'Ngày 17/10, Viện Kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh đã đón tiếp đoàn cán bộ Viện Kiểm sát nhân dân tỉnh Khăm Muộn.',
        ),
      ),
    ).toEqual(['LA-KH>VN-SG']);
  });
});

describe('the partners’ news agencies are national bodies', () => {
  it('the head of the Lao news agency received in Vietnam, on his trip there', () => {
    expect(
      visitsOf(
        article(
          'Ngày 7/12, Thủ tướng đã tiếp ông Sounthone, Tổng Giám đốc Thông tấn xã Pathet Lào, người đang trong chuyến thăm Việt Nam.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('guard: the agency as a source is no side of the trip it reports', () => {
    expect(
      visitsOf(
        article(
          'Theo Thông tấn xã Pathet Lào, ngày 5/3, đoàn đại biểu tỉnh Nghệ An đã sang thăm tỉnh Xiêng Khoảng.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});
