// Rules the twenty-sixth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('"…, hiện đang ở thăm B": the guest’s trip told in an apposition', () => {
  const article = (sentence: string) => ['Hợp tác thanh tra hai nước', sentence].join('\n');

  it('a minister met at home, the guest named before the comma, is the one travelling', () => {
    expect(
      visits(
        article(
          'Chiều 25/11, Phó Tổng Thanh tra Chính phủ Trần Văn Minh đã làm việc với ông Sok Chea, Bộ trưởng Thanh tra Campuchia, hiện đang ở thăm Việt Nam.',
        ),
      ),
    ).toEqual(['KH-12*>VN-HN*']);
    expect(
      visits(
        article(
          'Sáng 3/6, Bí thư Tỉnh ủy Quảng Trị gặp gỡ đoàn đại biểu tỉnh Savannakhet, đang có chuyến thăm Hà Nội.',
        ),
      ),
    ).toEqual(['LA-SV>VN-HN']);
  });

  it('the subject’s own trip, its leader named in between, is read as before', () => {
    expect(
      visits(
        article(
          'Đoàn đại biểu tỉnh Chăm-pa-xắc do đồng chí Xỏn-xay, Tỉnh trưởng tỉnh làm trưởng đoàn, đang có chuyến thăm và làm việc tại tỉnh Bình Phước.',
        ),
      ),
    ).toEqual(['LA-CH>VN-58']);
  });

  it('an apposition naming the guest’s own country tells no trip', () => {
    expect(
      visits(
        article(
          'Chiều 25/11, Phó Tổng Thanh tra Chính phủ Trần Văn Minh đã gặp ông Nguyễn Văn Nam, Vụ trưởng Thanh tra Việt Nam, đang ở thăm Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"Đại diện tỉnh A tham dự có …", "sự hiện diện của …": who attended an event abroad', () => {
  const article = (...roll: string[]) =>
    [
      'Hội hữu nghị kỷ niệm 20 năm thành lập',
      'Ngày 28-8-2023, tại Phnom Penh, Campuchia, Hội hữu nghị đã tổ chức lễ kỷ niệm 20 năm ngày thành lập.',
      ...roll,
    ].join('\n');

  it('a province’s representatives, rolled after "tham dự có", travelled to the venue', () => {
    expect(
      visits(
        article(
          'Đại diện chính quyền tỉnh Tây Ninh tham dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.',
        ),
      ),
    ).toEqual(['VN-37>KH-12']);
  });

  it('leaders whose presence the ceremony had came from their provinces', () => {
    expect(
      visits(
        article('Buổi lễ còn có sự hiện diện của đại diện lãnh đạo các tỉnh Long An, Đồng Tháp.'),
      ),
    ).toEqual(['VN-41>KH-12', 'VN-45>KH-12']);
  });

  it('the host province’s own representatives at home went nowhere', () => {
    const home = [
      'Hội hữu nghị kỷ niệm 20 năm thành lập',
      'Ngày 28-8-2023, tại thành phố Tây Ninh, tỉnh Tây Ninh, Hội hữu nghị đã tổ chức lễ kỷ niệm 20 năm ngày thành lập.',
      'Đại diện chính quyền tỉnh Tây Ninh tham dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.',
    ];
    expect(visits(home.join('\n'))).toEqual([]);
  });
});
