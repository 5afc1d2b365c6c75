// Rules the fifty-fifth session's helper EE drew from the probes' misreadings (national actors
// beside provinces: a national body's trip named as a noun, "chuyến … thăm … của Đoàn …").
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a trip noun naming how it travels', () => {
  it('"Chuyến xe hữu nghị thăm Lào của Đoàn … Trung ương Hội …": the national body went', () => {
    expect(
      visitsOf(
        'Giao lưu nông dân\n\nChuyến xe hữu nghị thăm Lào của Đoàn đại biểu Trung ương Hội Nông dân Việt Nam do ông Trần Văn B dẫn đầu đã kết thúc tốt đẹp sau 5 ngày.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"Chuyến xe hữu nghị thăm tỉnh B của Đoàn … tỉnh A": the province went', () => {
    expect(
      visitsOf(
        'Giao lưu\n\nChuyến xe hữu nghị thăm tỉnh Savannakhet của Đoàn thanh niên tỉnh Quảng Trị diễn ra trong 3 ngày.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"Chuyến xe hữu nghị thăm Lào theo lời mời của …": the inviter is no traveller', () => {
    expect(
      visitsOf(
        'Giao lưu nông dân\n\nChuyến xe hữu nghị thăm Lào theo lời mời của Trung ương Hội Nông dân Lào đã được hai bên chuẩn bị từ đầu năm.',
      ),
    ).toEqual([]);
  });
});
