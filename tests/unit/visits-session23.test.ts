// Rules the twenty-third session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a roll of national bodies run on with commas', () => {
  const text = (roll: string) =>
    [
      'Tin',
      'Hội nghị quan chức cấp cao ba nước đã khai mạc sáng thứ Ba tại tỉnh Xê Kông, Lào.',
      `Tham dự hội nghị có ${roll}.`,
    ].join('\n');

  it('"có Thứ trưởng … Lào A, Bộ trưởng … Campuchia B": each body’s country came', () => {
    const roll =
      'Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Bounthavy, Bộ trưởng Bộ Thương mại Campuchia Pan Sorasak';
    expect(visits(text(roll), '2024-03-05')).toEqual(['KH-12*>LA-XE']);
    // The ministry whose name runs on with "và" is one body, of the country closing it.
    const one =
      'Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Bounthavy và ông Chea Vuthy, Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Campuchia';
    expect(visits(text(one), '2024-03-05')).toEqual(['KH-12*>LA-XE']);
  });

  it('a title chain that goes on to a province is that province’s leader, not a national body', () => {
    const roll =
      'ông Khamphan, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xê Kông';
    expect(visits(text(roll), '2024-03-05')).toEqual([]);
  });
});
