// Rules the fifty-fourth session's helper R drew from its probe of sister and partnership wording.
import { describe, expect, it } from 'vitest';
import { sistersOf } from './support/visit-strings.ts';

describe('a cooperation document between two provinces, listed among those handed over', () => {
  it('"văn kiện hợp tác giữa tỉnh A của Việt Nam và tỉnh B của Lào" in a list of documents', () => {
    expect(
      sistersOf(
        'Trao nhiều văn kiện hợp tác\n\nCác văn kiện còn gồm Kế hoạch hợp tác giữa Bộ Tư pháp hai nước; Thỏa thuận giữa Bộ Y tế Việt Nam và Bộ Y tế Lào; văn kiện hợp tác giữa tỉnh Quảng Bình của Việt Nam và tỉnh Khăm Muộn của Lào; cùng Bản ghi nhớ giữa Ủy ban nhân dân tỉnh Quảng Trị và tỉnh Savannakhet (Lào).',
      ),
    ).toEqual(['LA-KH|VN-24', 'LA-SV|VN-25']);
  });

  it('guard: "văn kiện hợp tác giữa các bộ, ngành" where one side visits the other names no partners', () => {
    expect(
      sistersOf(
        'Dự lễ trao văn kiện\n\nNgày 3/4, tại Viêng Chăn, đoàn lãnh đạo tỉnh Quảng Bình dự lễ trao các văn kiện hợp tác giữa các bộ, ngành của hai nước.',
      ),
    ).toEqual([]);
  });
});
