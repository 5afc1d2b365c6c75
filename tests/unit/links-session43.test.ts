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

describe('a national leader greeting a foreign guest at a ceremony in his own country', () => {
  it('"Thứ trưởng Bộ Quốc phòng Lào tặng hoa chúc mừng Trung tướng …, QĐND Việt Nam" in a Lao province', () => {
    expect(
      visits(
        [
          'Bàn giao doanh trại đại đội biên phòng',
          'Sáng 24-12, tại huyện Sê Pôn, tỉnh Savannakhet đã diễn ra lễ bàn giao doanh trại, công trình quà tặng của Bộ Quốc phòng Việt Nam.',
          'Về phía Việt Nam, tham dự buổi lễ có Trung tướng Nguyễn Văn A, Phó Tổng Tham mưu trưởng QĐND Việt Nam.',
          'Thiếu tướng Khăm Phon, Thứ trưởng Bộ Quốc phòng Lào tặng hoa chúc mừng Trung tướng Nguyễn Văn A, Phó Tổng Tham mưu trưởng QĐND Việt Nam.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('a provincial leader still brings greetings to the neighbouring capital', () => {
    expect(
      visits(
        [
          'Lãnh đạo tỉnh Hủa Phăn chúc Tết',
          'Ngày 20/1, đồng chí Khăm Phon, Phó Tỉnh trưởng tỉnh Hủa Phăn tặng hoa chúc mừng Bộ Quốc phòng Việt Nam nhân dịp năm mới.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-HO>VN-HN*']);
  });
});
