// "đơn vị bạn", "lực lượng bạn": the partner's unit an article named before, in a province of the
// other country; a border post that goes to it with gifts crossed over to that province.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe("a visit to the partner's unit named earlier", () => {
  it('"đến thăm hỏi, tặng quà cho đơn vị bạn" after the unit\'s province was named', () => {
    const text = [
      'Chia sẻ khó khăn với đơn vị bạn sau bão',
      'Trận bão vừa qua làm sập nhà ở của Đại đội biên phòng 305 thuộc Bộ chỉ huy quân sự tỉnh Hủa Phăn (Lào).',
      'Ngày 14/9, Đồn Biên phòng Na Mèo, BĐBP Thanh Hóa đã đến thăm hỏi, tặng quà cho đơn vị bạn.',
    ].join('\n');
    expect(visits(text, '2024-09-15')).toEqual(['VN-21>LA-HO']);
  });

  it('"sang động viên lực lượng bạn" with one province of the partner named before', () => {
    const text = [
      'Tin',
      'Mưa lớn gây sạt lở tại trụ sở Đồn công an biên giới tỉnh Xê Kông (Lào).',
      'Hôm sau, đoàn công tác Bộ đội Biên phòng tỉnh Quảng Nam đã sang động viên lực lượng bạn.',
    ].join('\n');
    expect(visits(text, '2024-09-15')).toEqual(['VN-27>LA-XE']);
  });

  it('no visit when two provinces of the partner were named before', () => {
    const text = [
      'Tin',
      'Mưa lớn gây thiệt hại cho các đơn vị biên phòng của hai tỉnh Xê Kông và Chăm Pa Sắc (Lào).',
      'Hôm sau, đoàn công tác Bộ đội Biên phòng tỉnh Quảng Nam đã sang động viên lực lượng bạn.',
    ].join('\n');
    expect(visits(text, '2024-09-15')).toEqual([]);
  });
});
