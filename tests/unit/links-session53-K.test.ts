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

describe('a search for remains told as joint work with a partner body', () => {
  it('"Ban … tỉnh A đã phối hợp với Bộ CHQS tỉnh B tổ chức tìm kiếm, cất bốc …" worked in B', () => {
    expect(
      visits(
        'Hồi hương hài cốt\n\nTừ năm 2005 đến nay, Ban Công tác đặc biệt tỉnh Quảng Bình đã phối hợp với Bộ CHQS tỉnh Khammouane tổ chức tìm kiếm, cất bốc được 210 hài cốt liệt sĩ.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('"Đội quy tập … tỉnh A đã phối hợp với Ban … tỉnh B quy tập được …" worked in B', () => {
    expect(
      visits(
        'An táng liệt sĩ\n\nMùa khô 2021 - 2022, Đội quy tập thuộc Bộ Chỉ huy Quân sự tỉnh Kon Tum đã phối hợp với Ban Công tác đặc biệt tỉnh Ratanakiri quy tập được 9 hài cốt.',
      ),
    ).toEqual(['VN-28>KH-16']);
  });

  it('a plan to go on searching with the partner is no trip', () => {
    expect(
      visits(
        'Kế hoạch mùa khô\n\nNăm tới, đội quy tập tỉnh Quảng Bình sẽ tiếp tục phối hợp với Ban Công tác đặc biệt tỉnh Khammouane tìm kiếm tại các huyện biên giới.',
      ),
    ).toEqual([]);
  });

  it('the host province that works with the team’s province names no trip', () => {
    expect(
      visits(
        'Hợp tác\n\nTỉnh Ratanakiri đã phối hợp với tỉnh Kon Tum trong công tác tìm kiếm hài cốt quân tình nguyện.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation received, in the passive, at a named site', () => {
  it('"Đoàn … A đã được UBND tỉnh B đón tiếp tại trụ sở tỉnh." came to B', () => {
    expect(
      visits(
        'Thăm tỉnh bạn\n\nNgày 12/5, Đoàn Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An do ông Trần Văn Bình làm trưởng đoàn đã được Ủy ban chính quyền tỉnh Xiêng Khoảng đón tiếp tại trụ sở tỉnh.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"… được lãnh đạo tỉnh B đón tiếp tại cửa khẩu X." came to B', () => {
    expect(
      visits(
        'Đón đoàn\n\nSáng 9/2, Đoàn đại biểu tỉnh Savannakhet được lãnh đạo tỉnh Quảng Trị đón tiếp tại cửa khẩu quốc tế Lao Bảo.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('received at a site by hosts of the guests’ own country is no trip abroad', () => {
    expect(
      visits(
        'Đón đoàn\n\nSáng 9/2, Đoàn đại biểu huyện Sepon được lãnh đạo tỉnh Savannakhet đón tiếp tại trụ sở tỉnh.',
      ),
    ).toEqual([]);
  });
});

describe('a joint search that is no search for remains (probe O)', () => {
  it('"phối hợp với Sở Công Thương tỉnh B tìm kiếm cơ hội đầu tư": no trip', () => {
    expect(
      visits(
        'Hợp tác\n\nSở Công Thương tỉnh Nghệ An đã phối hợp với Sở Công Thương tỉnh Xiêng Khoảng tìm kiếm cơ hội hợp tác, đầu tư giữa hai tỉnh.',
      ),
    ).toEqual([]);
  });

  it('"Công an tỉnh A phối hợp với Công an tỉnh B tìm kiếm, truy bắt đối tượng": each on its side', () => {
    expect(
      visits(
        'Phá án\n\nCông an tỉnh Quảng Trị đã phối hợp với Công an tỉnh Savannakhet tìm kiếm, truy bắt đối tượng vận chuyển ma túy qua biên giới.',
      ),
    ).toEqual([]);
  });
});
