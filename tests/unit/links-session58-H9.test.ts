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

describe('a gift the hosts hand to a delegation, named without "lưu niệm"', () => {
  it('"A tặng quà Tết cho Trưởng đoàn đại biểu tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD + 'Chủ tịch UBND tỉnh Kiên Giang tặng quà Tết cho Trưởng đoàn đại biểu tỉnh Kampot.',
      ),
    ).toEqual(['KH-7>VN-47']);
  });

  it('"Bí thư Tỉnh ủy A tặng quà đoàn đại biểu tỉnh B"', () => {
    expect(
      visitsOf(HEAD + 'Bí thư Tỉnh ủy Kon Tum (bên trái) tặng quà đoàn đại biểu tỉnh Attapeu.'),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('guard: a gift for youth union members ("đoàn viên") tells no trip', () => {
    expect(
      visitsOf(
        HEAD + 'Tỉnh ủy Kon Tum tặng quà cho đoàn viên thanh niên là lưu học sinh tỉnh Attapeu.',
      ),
    ).toEqual([]);
  });

  it('guard: a delegation handing gifts names no host before it', () => {
    expect(
      visitsOf(HEAD + 'Đoàn đại biểu tỉnh Kon Tum tặng quà cho đoàn học sinh tỉnh Attapeu.'),
    ).not.toContain('LA-AT>VN-28');
  });
});

describe('a gift from a host named by title alone', () => {
  it('guard: the trip told after the gift stands ("… tặng quà đoàn … nhân chuyến thăm … B")', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Attapeu sang thăm tỉnh Kon Tum.\n\nBí thư Tỉnh ủy Nguyễn Văn A tặng quà đoàn cán bộ huyện Sản Xay nhân chuyến thăm và làm việc với tỉnh Kon Tum.',
      ),
    ).toEqual(['LA-AT>VN-28']);
  });
});

describe('a get-together ("gặp mặt") between hosts and a delegation', () => {
  it('"Quang cảnh buổi gặp mặt giữa lãnh đạo tỉnh A và đoàn tỉnh B"', () => {
    expect(
      visitsOf(HEAD + 'Quang cảnh buổi gặp mặt giữa lãnh đạo tỉnh Kon Tum và đoàn tỉnh Attapeu.'),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('guard: a get-together of a body with no place named before the delegation', () => {
    expect(
      visitsOf(
        HEAD + 'Buổi gặp mặt với đoàn cựu chiến binh tỉnh Attapeu diễn ra trong không khí ấm áp.',
      ),
    ).toEqual([]);
  });
});
