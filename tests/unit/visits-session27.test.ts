// Rules the twenty-seventh session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('"Cộng hòa Dân chủ Nhân dân Lào": the state by its full name is a destination', () => {
  it('a state visit to the country named in full goes to its capital', () => {
    expect(
      visits(
        article(
          'Buổi làm việc nằm trong chuyến thăm cấp Nhà nước tới Cộng hòa Dân chủ Nhân dân Lào của Chủ tịch nước.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
    expect(
      visits(article('Thủ tướng Chính phủ thăm chính thức Cộng hòa Dân chủ Nhân dân Lào.')),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('a people is still no destination', () => {
    expect(visits(article('Chủ tịch nước đã đến thăm và tặng quà nhân dân Lào vùng lũ.'))).toEqual(
      [],
    );
  });
});

describe('"A làm việc với ông Y, … tỉnh B, cùng đoàn …": the leader of a delegation is the guest', () => {
  it('a leader named first, the delegation after, came to the hosts', () => {
    expect(
      visits(
        article(
          'Sáng 5-3, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Thanh Hóa, đã làm việc với ông Khămphăn, Phó Tỉnh trưởng tỉnh Hủa Phăn (Lào), cùng đoàn công tác của tỉnh.',
        ),
      ),
    ).toEqual(['LA-HO>VN-21']);
    expect(
      visits(
        article(
          'Chiều 9-4, Phó Chủ tịch UBND tỉnh An Giang làm việc với bà Sok Lina, Phó Tỉnh trưởng tỉnh Ta Keo, trưởng đoàn đại biểu tỉnh Ta Keo.',
        ),
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('an edit that dropped "đoàn" before "do ông" reads the same', () => {
    expect(
      visits(
        article(
          'Sáng 5-3, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Thanh Hóa, đã làm việc với do ông Khămphăn, Phó Tỉnh trưởng tỉnh Hủa Phăn (Lào), cùng đoàn công tác của tỉnh.',
        ),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('a leader met without a delegation is the trip the sentence tells, as before', () => {
    expect(
      visits(
        article(
          'Đoàn đại biểu tỉnh Thanh Hóa đã làm việc với ông Khămphăn, Phó Tỉnh trưởng tỉnh Hủa Phăn (Lào), tại thủ phủ Sầm Nưa.',
        ),
      ),
    ).toEqual(['VN-21>LA-HO']);
  });
});

describe('a body of the state holds talks with a province’s delegation: the guest came to the capital', () => {
  it('"Bộ … làm việc / hội đàm với đoàn … tỉnh B"', () => {
    expect(
      visits(
        article(
          'Chiều 12/6, Bộ Tư pháp đã làm việc với đoàn cán bộ tỉnh Kratie, Vương quốc Campuchia do ông Sok Dara, Phó Tỉnh trưởng dẫn đầu.',
        ),
      ),
    ).toEqual(['KH-10>VN-HN*']);
    expect(
      visits(
        article(
          'Chiều 12/6, Thứ trưởng Bộ Công Thương đã hội đàm với đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do Phó Tỉnh trưởng dẫn đầu.',
        ),
      ),
    ).toEqual(['LA-CH>VN-HN*']);
  });
});

describe('a guest’s titles in full name the guest’s country', () => {
  it('"Ủy viên Bộ Chính trị, Thủ tướng … nước Cộng hòa Dân chủ Nhân dân Lào" is the Lao guest', () => {
    expect(
      visits(
        article(
          'Đây là chuyến thăm chính thức Việt Nam đầu tiên của đồng chí Sonexay Siphandone trên cương vị Ủy viên Bộ Chính trị, Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('the state that awarded an order did not come to the ceremony', () => {
  it('"Huân chương … do Chính phủ Lào trao tặng" at a ceremony in the province', () => {
    expect(
      visits(
        article(
          'Ngày 6/6, tại TP. Buôn Ma Thuột, UBND tỉnh Đắk Lắk tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất do Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào trao tặng.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Sáng 3/6, tại tỉnh Quảng Ninh đã diễn ra lễ trao Huân chương Tự do do Chủ tịch nước CHDCND Lào tặng thưởng cho các tập thể của tỉnh.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('round eighty-four: delegations, hosts and guests', () => {
  it('"đoàn cán bộ nước Lào do ‹provincial title› tỉnh B dẫn đầu": officials, not a ministry, of B', () => {
    expect(
      visits(
        article(
          'Sáng 8/9, Bí thư Tỉnh ủy Thái Nguyên đã tiếp đoàn cán bộ nước Cộng hòa dân chủ nhân dân Lào do đồng chí Bun Khăm - Phó Bí thư Tỉnh ủy Luông Nặm Thà dẫn đầu, sang thăm và làm việc.',
        ),
      ),
    ).toEqual(['LA-LM>VN-69']);
  });

  it('an occasion opening the sentence names whose event it is, not who received', () => {
    expect(
      visits(
        article(
          'Sáng 12/5, nhân dịp dự Lễ kỷ niệm 30 năm của Thủ tướng Campuchia, Phó Thủ tướng Trần Văn Bình đã đón Thủ tướng Campuchia tới thăm tỉnh Tây Ninh.',
        ),
      ),
    ).toEqual(['KH-12*>VN-37']);
  });

  it('"Cùng sang dự còn có …" and "Khách mời … gồm: …" roll the guests of the event the lead placed', () => {
    expect(
      visits(
        article(
          'Tối 2/9, UBND tỉnh Quảng Bình đã phối hợp tổ chức đêm giao lưu hữu nghị Việt - Lào.',
          'Khách mời phía nước bạn Lào gồm: Phó Tỉnh trưởng tỉnh Khăm Muộn Bun Mi; Chủ tịch Mặt trận tỉnh Savannakhet Xổm Phết.',
          'Cùng sang dự còn có đại diện các sở, ngành của các tỉnh Bôlykhămxay và Xiêng Khoảng.',
        ),
      ).sort(),
    ).toEqual(['LA-BL>VN-24', 'LA-KH>VN-24', 'LA-SV>VN-24', 'LA-XI>VN-24']);
  });

  it('a trip to the country its clause names is never the headline’s other side coming home', () => {
    expect(
      visits(
        [
          'Nghệ An và Hủa Phăn bàn giải pháp hợp tác',
          'Nằm trong chương trình thăm và làm việc tại nước Cộng hòa Dân chủ Nhân dân Lào, chiều nay, đoàn đại biểu cấp cao tỉnh Nghệ An do Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với lãnh đạo tỉnh Hủa Phăn.',
        ].join('\n'),
      ),
    ).toEqual(['VN-22>LA-HO']);
  });
});

describe('round eighty-five: where a received guest is', () => {
  it('"tiếp … Đoàn … đang có chuyến thăm tỉnh B": received in B, the trip they are on', () => {
    expect(
      visits(
        article(
          'Ngày 19/10, đồng chí Trần Văn Sơn, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, đã tiếp xã giao Đoàn cán bộ Ban Đối ngoại Trung ương Đảng Nhân dân Campuchia đang có chuyến thăm tỉnh Hải Dương.',
        ),
      ),
    ).toEqual(['KH-12*>VN-61']);
  });
});

describe('a headline’s national youth union over the provinces’ youth unions the body names', () => {
  it('"Đoàn đại biểu Đoàn Thanh niên nhân dân cách mạng Lào …" sums up the provinces’ trip', () => {
    expect(
      visits(
        [
          'Đoàn đại biểu Đoàn Thanh niên nhân dân cách mạng Lào chào xã giao lãnh đạo tỉnh Thanh Hóa',
          'Sáng 30/8, Phó Bí thư Tỉnh ủy đã tiếp Đoàn đại biểu Đoàn Thanh niên các tỉnh Hủa Phăn, Xiêng Khoảng sang chào xã giao lãnh đạo tỉnh Thanh Hóa.',
        ].join('\n'),
      ).sort(),
    ).toEqual(['LA-HO>VN-21', 'LA-XI>VN-21']);
  });
});
