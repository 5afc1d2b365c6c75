// Rules the fifty-fifth session's helper JJ drew from the annotated pages' missed visits (army
// medics who treat a partner province's people, named by their army and country only).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('army medics treating the people of a partner province', () => {
  it('"các bác sĩ của Quân đội nhân dân Việt Nam … khám bệnh … cho người dân huyện X, tỉnh B": the army came', () => {
    expect(
      visitsOf(
        'Bác sĩ quân đội sang vùng biên nước bạn\n\nSáng 9/4, các y sĩ và bác sĩ của Quân đội nhân dân Việt Nam đã khám bệnh, cấp thuốc cho người dân huyện Sầm Tớ, tỉnh Hủa Phăn.',
      ),
    ).toEqual(['VN-HN*>LA-HO']);
  });

  it('medics of two armies treating one side’s people: the other army came', () => {
    expect(
      visitsOf(
        'Khám bệnh miễn phí vùng biên\n\nBác sĩ quân y Lào và Việt Nam khám sức khỏe cho hơn 500 người dân xã Nậm Cắn, huyện Kỳ Sơn, tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('guard: the people of both sides treated ("tỉnh A (Việt Nam) và tỉnh B (Lào)"): no visit', () => {
    expect(
      visitsOf(
        'Quân y hai nước khám bệnh\n\nQuân y Quân đội nhân dân Việt Nam và Quân đội nhân dân Lào đã khám bệnh, cấp thuốc cho nhân dân biên giới tỉnh Điện Biên (Việt Nam) và tỉnh Phongsaly (Lào).',
      ),
    ).toEqual([]);
  });

  it('guard: medics of one army treating their own country’s people: no visit', () => {
    expect(
      visitsOf(
        'Khám bệnh cho đồng bào\n\nCác bác sĩ của Quân đội nhân dân Việt Nam đã khám bệnh cho người dân xã Mường Lói, tỉnh Điện Biên.',
      ),
    ).toEqual([]);
  });

  it('guard: the army named as the occasion ("Chào mừng … Ngày thành lập Quân đội …"): no visit', () => {
    expect(
      visitsOf(
        'Người Việt tại Champasak khám bệnh cho bà con\n\nChào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, Hội Người Việt Nam tại Lào đã tổ chức khám bệnh, cấp thuốc cho bà con tỉnh Champasak.',
      ),
    ).toEqual([]);
  });

  it('guard: the place after the patients is their neighbour ("dọc biên giới giáp tỉnh B"): no visit', () => {
    expect(
      visitsOf(
        'Khám bệnh vùng biên\n\nQuân y Bộ đội Biên phòng Việt Nam khám bệnh cho người dân sinh sống dọc biên giới giáp tỉnh Hủa Phăn (Lào).',
      ),
    ).toEqual([]);
  });

  it('guard: care still planned ("sẽ khám bệnh"): no visit', () => {
    expect(
      visitsOf(
        'Kế hoạch giao lưu\n\nCác bác sĩ của Quân đội nhân dân Việt Nam sẽ khám bệnh cho người dân huyện Sầm Tớ, tỉnh Hủa Phăn.',
      ),
    ).toEqual([]);
  });
});
