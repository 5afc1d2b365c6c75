// Rules the fifty-fifth session's helper DD drew from the probes' misreadings (visits told by a
// trip's noun or from the guest's side).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a field trip told by "thực tế"', () => {
  it('"Đoàn … đi thực tế tại … tỉnh B": the delegation was in B', () => {
    expect(
      visitsOf(
        'Hội Nông dân hai nước trao đổi kinh nghiệm\n\nĐoàn Trung ương Hội Nông dân Việt Nam đi thực tế tại Hợp tác xã chè tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('"nghiên cứu thực tế ở …": a study verb before "thực tế" tells the same trip', () => {
    expect(
      visitsOf(
        'Trao đổi kinh nghiệm\n\nNgày 12/9, đoàn cán bộ tỉnh Oudomxay đã nghiên cứu thực tế ở một số hợp tác xã tại tỉnh Phú Thọ.',
      ),
    ).toEqual(['LA-OU>VN-68']);
  });

  it('students on a school outing ("đoàn sinh viên … đi thực tế tại") are no delegation', () => {
    expect(
      visitsOf(
        'Sinh viên vui Tết\n\nSinh viên tỉnh Salavan đang học tại Huế. Tuần trước, đoàn sinh viên cũng đã đi thực tế tại Quảng Bình.',
      ),
    ).toEqual([]);
  });

  it('a field trip still to come ("sẽ đi thực tế tại") is no visit', () => {
    expect(
      visitsOf(
        'Kế hoạch hợp tác\n\nTháng tới, đoàn cán bộ tỉnh Oudomxay sẽ đi thực tế tại tỉnh Phú Thọ.',
      ),
    ).toEqual([]);
  });
});
