// Rules the forty-third session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('the outlet a sentence is credited to is no party to it', () => {
  const lead =
    'Ngày 18/6, Đoàn công tác HĐND tỉnh Quảng Ninh đã sang thăm và làm việc tại tỉnh Hủa Phăn (Lào).';

  it('"Theo Báo A, tiếp và làm việc với Đoàn có [hosts of B]": no trip from B to A', () => {
    expect(
      visits(
        [
          'Đoàn HĐND tỉnh Quảng Ninh thăm tỉnh Hủa Phăn',
          lead,
          'Theo Báo Quảng Ninh, tiếp và làm việc với Đoàn có ông Khăm Phon, Phó Bí thư Tỉnh ủy tỉnh Hủa Phăn cùng lãnh đạo các sở, ngành.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-13>LA-HO']);
  });

  it('"Theo tin từ Đài PT-TH A, …" is credited too', () => {
    expect(
      visits(
        [
          'Đoàn HĐND tỉnh Quảng Ninh thăm tỉnh Hủa Phăn',
          lead,
          'Theo tin từ Đài PT-TH Quảng Ninh, tiếp và làm việc với Đoàn có ông Khăm Phon, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-13>LA-HO']);
  });

  it('"Theo báo cáo, …" is the report, not an outlet: the sentence keeps its places', () => {
    expect(
      visits(
        [
          'Sơ kết hợp tác',
          'Theo báo cáo, tháng 3 vừa qua Đoàn đại biểu tỉnh Hủa Phăn đã sang thăm và làm việc tại tỉnh Quảng Ninh.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-HO>VN-13']);
  });
});
