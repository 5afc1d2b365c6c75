// Rules the fifty-third session's helper K drew from probes of trips told inside another clause.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a fronted venue that lists several provinces', () => {
  it('"tại hai tỉnh B1 và B2, đội … tỉnh A đã quy tập …" went to both', () => {
    expect(
      visits(
        'Hồi hương hài cốt liệt sĩ\n\nTrong mùa khô 2019, tại hai tỉnh Hủa Phăn và Luang Prabang, đội quy tập Bộ Chỉ huy Quân sự tỉnh Thanh Hóa đã quy tập được 31 hài cốt liệt sĩ.',
      ),
    ).toEqual(['VN-21>LA-HO', 'VN-21>LA-LP']);
  });

  it('"Tại các tỉnh B1, B2 và B3, đoàn … tỉnh A đã thăm …" went to each', () => {
    expect(
      visits(
        'Chúc Tết\n\nNgày 8/4, tại các tỉnh Attapeu, Sê Kông và Salavan, đoàn công tác tỉnh Quảng Ngãi đã thăm, chúc Tết lãnh đạo các tỉnh.',
      ),
    ).toEqual(['VN-29>LA-AT', 'VN-29>LA-XE', 'VN-29>LA-SL']);
  });

  it('a place of the traveller’s own country in the located list is not a destination', () => {
    expect(
      visits(
        'Quy tập\n\nMùa khô năm 2020, tại tỉnh Attapeu và tỉnh Kon Tum, đội quy tập Bộ Chỉ huy Quân sự tỉnh Kon Tum đã quy tập được 12 hài cốt liệt sĩ.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});
