// Rules the fiftieth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('an agreement the two governments signed', () => {
  it('"Hai Chính phủ còn ký hiệp định … tại các tỉnh A và B" pairs no province with a capital', () => {
    expect(
      sistersOf(
        'Văn kiện hợp tác Việt - Lào\n\nHai bộ ký văn bản về đường cao tốc Hà Nội - Viêng Chăn. Hai Chính phủ còn ký hiệp định về hợp tác Việt Nam - Lào tại các tỉnh Hủa Phăn và Xiêng Khoảng đến năm 2025.',
      ),
    ).toEqual([]);
  });

  it('two provinces that sign are still a pair', () => {
    expect(
      sistersOf(
        'Hợp tác Nghệ An - Xiêng Khoảng\n\nTỉnh Nghệ An và tỉnh Xiêng Khoảng đã ký biên bản hợp tác, cụ thể hóa hiệp định mà hai Chính phủ đã ký.',
      ),
    ).toEqual(['LA-XI|VN-22']);
  });
});

describe('troops in a parade through a place', () => {
  it('"diễu hành qua Quảng trường Ba Đình (Hà Nội)" puts the troops in Hà Nội', () => {
    expect(
      visits(
        'Quân đội Lào dự diễu binh\n\nĐoàn cán bộ, chiến sĩ Quân đội nhân dân Lào đã tham gia diễu binh, diễu hành qua Quảng trường Ba Đình (Hà Nội) sáng 2/9/2025.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });

  it('a parade planned through a place is no visit', () => {
    expect(
      visits(
        'Quân đội Lào dự diễu binh\n\nKhối quân nhân Lào sẽ diễu hành qua Quảng trường Ba Đình (Hà Nội) vào ngày 2/9.',
      ),
    ).toEqual([]);
  });

  it('a Vietnamese unit marching through its own capital is no link', () => {
    expect(
      visits(
        'Diễu binh\n\nKhối nữ quân nhân Việt Nam đã diễu hành qua Quảng trường Ba Đình (Hà Nội) sáng 2/9/2025.',
      ),
    ).toEqual([]);
  });
});
