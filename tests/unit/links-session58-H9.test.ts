// Rules the fifty-eighth session's helper H9 drew from the short lines of the annotated HTML pages
// run one by one: a caption that names hosts and a delegation side by side tells the delegation's
// trip to the hosts' place.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin đối ngoại\n\n';

describe('a caption naming the hosts and a delegation side by side', () => {
  it('"Lãnh đạo tỉnh A và Đoàn đại biểu tỉnh B tại buổi làm việc"', () => {
    expect(
      visitsOf(HEAD + 'Lãnh đạo tỉnh Quảng Ngãi và Đoàn đại biểu tỉnh Sê Kông tại buổi tiếp.'),
    ).toEqual(['LA-XE>VN-29']);
  });

  it('"Lãnh đạo tỉnh A và đoàn công tác tỉnh B trao quà lưu niệm"', () => {
    expect(
      visitsOf(HEAD + 'Lãnh đạo tỉnh Cà Mau và đoàn công tác tỉnh Kampot trao đổi quà lưu niệm.'),
    ).toEqual(['KH-7>VN-59']);
  });

  it('"Đoàn công tác tỉnh A và lãnh đạo tỉnh B chụp ảnh lưu niệm" (the delegation first)', () => {
    expect(
      visitsOf(HEAD + 'Đoàn công tác tỉnh Lâm Đồng và lãnh đạo tỉnh Mondulkiri chụp ảnh chung.'),
    ).toEqual(['VN-35>KH-11']);
  });

  it('guard: the youth union ("Đoàn Thanh niên") is no delegation', () => {
    expect(
      visitsOf(
        HEAD + 'Lãnh đạo tỉnh Quảng Ngãi và Đoàn Thanh niên tỉnh Sê Kông ký kế hoạch phối hợp.',
      ),
    ).toEqual([]);
  });

  it('guard: two delegations side by side name no host', () => {
    expect(
      visitsOf(HEAD + 'Đoàn đại biểu tỉnh Quảng Ngãi và đoàn đại biểu tỉnh Sê Kông tại hội nghị.'),
    ).toEqual([]);
  });

  it('guard: a delegation still to come ("sẽ") made no trip', () => {
    expect(
      visitsOf(
        HEAD + 'Lãnh đạo tỉnh Quảng Ngãi và đoàn đại biểu tỉnh Sê Kông sẽ gặp nhau vào tháng tới.',
      ),
    ).toEqual([]);
  });

  it("guard: a leader of the guests' own place named with the delegation is its company", () => {
    expect(
      visitsOf(HEAD + 'Lãnh đạo tỉnh Sê Kông và đoàn đại biểu tỉnh Sê Kông tại cửa khẩu.'),
    ).toEqual([]);
  });
});
