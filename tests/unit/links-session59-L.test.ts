// Trips still to come or only wished for, told in ways the plan words missed: a time to come
// opening the clause a report introduces ("cho biết, vào tháng 6 tới, …"), and a wish right before
// the trip ("muốn sang thăm", "có nhu cầu sang học tập"). The guards keep the trips that were made.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin địa phương\n\n';

describe('a time to come opening a reported clause', () => {
  it('"… cho biết, vào tháng 6 tới, Đoàn … tỉnh A sang thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ông Khăm Phăn cho biết, vào tháng 6 tới, Đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });

  it('"… cho hay trong thời gian tới lãnh đạo tỉnh A sang B", with no comma', () => {
    expect(
      visitsOf(
        HEAD +
          'Đồng chí Phó Chủ tịch cho hay trong thời gian tới lãnh đạo tỉnh Quảng Trị sang thăm tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });

  it('guard: a span of months, "từ tháng 5 tới tháng 7", dates a trip made', () => {
    expect(
      visitsOf(
        HEAD +
          'Từ tháng 5 tới tháng 7, đoàn cán bộ tỉnh Quảng Trị sang làm việc tại tỉnh Savannakhet (Lào).',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('guard: "cho biết, tháng 5 tới ngày 8/6, …" is a span too', () => {
    expect(
      visitsOf(
        HEAD +
          'Ông Khăm Phăn cho biết, tháng 5 tới ngày 8/6, đoàn cán bộ tỉnh Hủa Phăn (Lào) sang học tập tại tỉnh Thanh Hóa.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('guard: a report of a trip just made, "cho biết, trong tháng 6 vừa qua, … đã sang"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ông Khăm Phăn cho biết, trong tháng 6 vừa qua, lãnh đạo tỉnh Hủa Phăn (Lào) đã sang thăm tỉnh Thanh Hóa.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('a trip wished for right before its verbs', () => {
  it('"… muốn sang thăm tỉnh B trong năm tới"', () => {
    expect(
      visitsOf(
        HEAD + 'Lãnh đạo tỉnh Xiêng Khoảng (Lào) muốn sang thăm tỉnh Nghệ An trong năm 2025.',
      ),
    ).toEqual([]);
  });

  it('"… muốn sang thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD + 'Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) muốn sang thăm và làm việc tại tỉnh Nghệ An.',
      ),
    ).toEqual([]);
  });

  it('"… có nhu cầu sang thăm và học tập kinh nghiệm tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn cán bộ tỉnh Xiêng Khoảng (Lào) có nhu cầu sang thăm và học tập kinh nghiệm tại tỉnh Nghệ An.',
      ),
    ).toEqual([]);
  });

  it('guard: a wish that led to a trip made, "muốn học hỏi … nên đã sang"', () => {
    expect(
      visitsOf(
        HEAD +
          'Vì muốn học hỏi kinh nghiệm nên đoàn cán bộ tỉnh Xiêng Khoảng (Lào) đã sang thăm và làm việc tại tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: "Đáp ứng nhu cầu …, đoàn … sang khám bệnh tại B": a need met by a trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Đáp ứng nhu cầu của người dân, đoàn y bác sĩ tỉnh Nghệ An sang khám bệnh tại tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});
