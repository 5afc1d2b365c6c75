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

describe('a draft agreement discussed after a visit', () => {
  it('"hai Sở đã thảo luận dự thảo Bản ghi nhớ" signs nothing: the visit makes no partners', () => {
    expect(
      sistersOf(
        'Tiếp đoàn Sở Y tế tỉnh Savannakhet\n\nNgày 4/10, Sở Y tế tỉnh Quảng Trị tiếp đoàn Sở Y tế tỉnh Savannakhet (Lào) đến thăm và làm việc. Hai Sở cũng đã thảo luận nội dung dự thảo Bản ghi nhớ về hợp tác y tế.',
      ),
    ).toEqual([]);
  });

  it('guard: "hai Sở đã ký Bản ghi nhớ" after the same visit pairs its two places', () => {
    expect(
      sistersOf(
        'Tiếp đoàn Sở Y tế tỉnh Savannakhet\n\nNgày 4/10, Sở Y tế tỉnh Quảng Trị tiếp đoàn Sở Y tế tỉnh Savannakhet (Lào) đến thăm và làm việc. Hai Sở cũng đã ký Bản ghi nhớ về hợp tác y tế.',
      ),
    ).toEqual(['LA-SV|VN-25']);
  });
});

describe('an agreement the two sides carry out', () => {
  it('"hai tỉnh sẽ triển khai hiệu quả thỏa thuận về …" after their talks: an agreement made', () => {
    expect(
      sistersOf(
        'Hội đàm hai tỉnh\n\nNgày 9/3, đoàn đại biểu tỉnh Kon Tum thăm và làm việc tại tỉnh Sê Kông (Lào). Bên cạnh đó, hai tỉnh sẽ triển khai hiệu quả thỏa thuận về phòng, chống buôn lậu qua biên giới.',
      ),
    ).toEqual(['LA-XE|VN-28']);
  });

  it('guard: "hai tỉnh sẽ ký kết thỏa thuận" is an agreement still to come', () => {
    expect(
      sistersOf(
        'Hội đàm hai tỉnh\n\nNgày 9/3, đoàn đại biểu tỉnh Kon Tum thăm và làm việc tại tỉnh Sê Kông (Lào). Bên cạnh đó, hai tỉnh sẽ ký kết thỏa thuận về phòng, chống buôn lậu qua biên giới.',
      ),
    ).toEqual([]);
  });

  it('guard: "hai nước triển khai Thỏa thuận …" is the countries’, not the two provinces named', () => {
    expect(
      sistersOf(
        'Cửa khẩu nhộn nhịp\n\nCặp cửa khẩu giữa tỉnh Quảng Trị và tỉnh Savannakhet ngày càng đông khách. Lượng hàng hóa tăng mạnh từ khi hai nước triển khai Thỏa thuận vận tải năm 2009, tạo thuận lợi cho thương mại giữa hai bên.',
      ),
    ).toEqual([]);
  });
});

describe('helper Y: guards on the cues above', () => {
  it('guard: "văn kiện hợp tác giữa Bộ … Việt Nam và Bộ … Lào" at a province names no partners', () => {
    expect(
      sistersOf(
        'Lễ trao văn kiện tại Nghệ An\n\nSáng 12/4, tại TP Vinh, tỉnh Nghệ An, đã diễn ra lễ trao các văn kiện hợp tác giữa Bộ Công an Việt Nam và Bộ An ninh Lào, có sự chứng kiến của lãnh đạo tỉnh Xiêng Khoảng.',
      ),
    ).toEqual([]);
  });

  it('guard: "sẽ xây dựng và triển khai thỏa thuận" is an agreement still to be drawn up', () => {
    expect(
      sistersOf(
        'Hợp tác mới\n\nĐoàn đại biểu tỉnh Quảng Nam thăm tỉnh Sê Kông (Lào). Hai bên thống nhất sẽ xây dựng và triển khai thỏa thuận hợp tác giai đoạn mới trong năm tới.',
      ),
    ).toEqual([]);
  });
});
