// Rules the fifty-fifth session's helper TT drew from the probes' misreadings (aid, media and
// religious delegations).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a delegation named with its companions', () => {
  it('", đồng hành có đại diện <Lao ministry>, …": the central body before it travels', () => {
    expect(
      visitsOf(
        'Khảo sát\n\nSáng 12/4, Đoàn Ban Tôn giáo Chính phủ, đồng hành có đại diện Bộ Nội vụ Lào và Đại sứ quán, đã đến tỉnh Bolikhamxay và tỉnh Khammouane.',
      ),
    ).toEqual(['VN-HN*>LA-BL', 'VN-HN*>LA-KH']);
  });

  it('", tháp tùng còn có đại diện <Lao embassy>": the same', () => {
    expect(
      visitsOf(
        'Công tác\n\nNgày 9/11, đoàn công tác Chính phủ, tháp tùng còn có đại diện Đại sứ quán Lào, đã đến tỉnh Luang Prabang.',
      ),
    ).toEqual(['VN-HN*>LA-LP']);
  });

  it('guard: a Lao body that leads, "cùng đi có" a Vietnamese one, still travels from Laos', () => {
    expect(
      visitsOf(
        'Thăm Việt Nam\n\nNgày 2/6, đoàn Trung ương Liên minh Phật giáo Lào, cùng đi có đại diện Ban Tôn giáo Chính phủ Việt Nam, đã đến tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it('guard: "đồng hành cùng …" as a verb is no companion clause', () => {
    expect(
      visitsOf(
        'Hỗ trợ\n\nNgày 5/3, đoàn Bộ Y tế Lào, đồng hành cùng các chuyên gia, đã đến tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });
});
