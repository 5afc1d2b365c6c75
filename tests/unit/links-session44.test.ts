// Rules the forty-fourth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a host greeting a delegation receives it', () => {
  it('"UBND tỉnh B chào xã giao và làm việc với Đoàn công tác tỉnh A": A came to B', () => {
    expect(
      visits(
        'UBND tỉnh Gia Lai chào xã giao và làm việc với Đoàn công tác tỉnh Ra-ta-na-ki-ri (Campuchia)\n\nSáng 3/4, buổi làm việc diễn ra tại trụ sở UBND tỉnh.',
      ),
    ).toEqual(['KH-16>VN-30']);
  });

  it('"lãnh đạo tỉnh B chào xã giao Đoàn … tỉnh A" without the talks is the same', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChiều 12/5, lãnh đạo tỉnh Nghệ An đã chào xã giao Đoàn đại biểu tỉnh Bò Kẹo (Lào) nhân dịp Đoàn sang thăm hữu nghị.',
      ),
    ).toEqual(['LA-BK>VN-22']);
  });

  it('"đoàn tỉnh A đến chào xã giao ông X, Tỉnh trưởng tỉnh B" stays a call A made', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nChiều 12/5, đoàn tỉnh Nghệ An đã đến chào xã giao ông Khăm Pheng, Tỉnh trưởng tỉnh Bò Kẹo.',
      ),
    ).toEqual(['VN-22>LA-BK']);
  });

  it("greeting the province's own National Assembly delegation is no reception", () => {
    expect(
      visits(
        'Tin đối ngoại\n\nNgày 8/3, đoàn tỉnh Xê Kông đã chào xã giao Đoàn Đại biểu Quốc hội tỉnh Quảng Nam.',
      ),
    ).toEqual(['LA-XE>VN-27']);
  });
});
