// A national leader's visit to a unit of the partner's army, stationed where another sentence
// says; and "Quân đội nhân dân Lào" is a state's army, not "the Lao people".
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe("a visit to a unit of the partner's army", () => {
  it('"đến thăm Đại đội … của Quân đội nhân dân Lào" is a trip to Laos', () => {
    const text = [
      'Tin',
      'Sáng 3/4, Trung tướng Nguyễn Văn A, Thứ trưởng Bộ Quốc phòng đã đến thăm Tiểu đoàn 5 của Quân đội nhân dân Lào.',
    ].join('\n');
    expect(visits(text, '2024-04-04')).toEqual(['VN-HN*>LA-VT*']);
  });

  it('the unit is visited where the next sentence says it is stationed', () => {
    const text = [
      'Tin',
      'Chiều 3/4, Trung tướng Nguyễn Văn A, Thứ trưởng Bộ Quốc phòng đã đến thăm, tặng quà cán bộ, chiến sĩ Đại đội Biên phòng 108 của Quân đội nhân dân Lào.',
      'Đại đội Biên phòng 108 đóng quân tại bản Na Xai, tỉnh Xiêng Khoảng, giáp tỉnh Nghệ An.',
    ].join('\n');
    expect(visits(text, '2024-04-04')).toEqual(['VN-HN*>LA-XI']);
  });

  it('a station of another unit does not move the visit', () => {
    const text = [
      'Tin',
      'Chiều 3/4, Trung tướng Nguyễn Văn A, Thứ trưởng Bộ Quốc phòng đã đến thăm Đại đội Biên phòng 108 của Quân đội nhân dân Lào.',
      'Đại đội Biên phòng 109 đóng quân tại tỉnh Xiêng Khoảng.',
    ].join('\n');
    expect(visits(text, '2024-04-04')).toEqual(['VN-HN*>LA-VT*']);
  });
});
