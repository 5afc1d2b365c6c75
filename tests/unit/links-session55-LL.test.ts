// Rules the fifty-fifth session's helper LL drew from the probes' misreadings (events with many
// parties: a host province's games with guests from several provinces, a national body's
// delegation at an event the lead placed abroad).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a host holding "hoạt động ‹event›" with guests', () => {
  it('"tổ chức hoạt động thi đấu …, giao lưu … với công an các tỉnh B1, B2": each guest came', () => {
    expect(
      visitsOf(
        'Giao lưu thể thao giữa lực lượng biên phòng hai nước tại Quảng Bình\n\nSáng 3/8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình tổ chức hoạt động thi đấu bóng chuyền, giao lưu văn nghệ với lực lượng bảo vệ biên giới các tỉnh: Khăm Muộn, Savannakhet (nước CHDCND Lào).',
      ),
    ).toEqual(['LA-KH>VN-24', 'LA-SV>VN-24']);
  });

  it('"tổ chức các hoạt động giao lưu với …" in general is no event held that day', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nThời gian tới, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình tổ chức các hoạt động giao lưu văn nghệ với lực lượng bảo vệ biên giới các tỉnh Khăm Muộn, Savannakhet (Lào).',
      ),
    ).toEqual([]);
  });

  it('"tổ chức hoạt động giao thương … với các tỉnh B1, B2" is trade, no event the guests came to', () => {
    expect(
      visitsOf(
        'Thúc đẩy thương mại biên giới\n\nThời gian qua, Sở Công Thương tỉnh Quảng Trị tổ chức hoạt động giao thương, xúc tiến thương mại với các tỉnh Savannakhet, Salavan của Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a national body’s delegation at the event the lead placed', () => {
  it('"Đoàn công tác ‹body› Việt Nam tham dự …" after "Hội thảo … được tổ chức tại B": the body came', () => {
    expect(
      visitsOf(
        'Hội thảo về nông nghiệp bền vững\n\nHội thảo khu vực về nông nghiệp bền vững lần thứ 5 được tổ chức tại Viêng Chăn, với chủ đề “Nông nghiệp xanh”. Đoàn công tác Bộ Nông nghiệp và Phát triển nông thôn Việt Nam tham dự và trình bày hai báo cáo.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('the host country’s own body at its capital has not travelled', () => {
    expect(
      visitsOf(
        'Hội thảo về nông nghiệp bền vững\n\nHội thảo khu vực về nông nghiệp bền vững lần thứ 5 được tổ chức tại Viêng Chăn, với chủ đề “Nông nghiệp xanh”. Đoàn công tác Bộ Nông nghiệp và Lâm nghiệp Lào tham dự và trình bày hai báo cáo.',
      ),
    ).toEqual([]);
  });

  const lead =
    'Hội thảo về y tế cơ sở\n\nHội thảo khu vực về y tế cơ sở lần thứ 3 được tổ chức tại Viêng Chăn. ';

  it('guard: the body’s delegation still to come ("sẽ tham dự … lần thứ 4"): no visit', () => {
    expect(
      visitsOf(lead + 'Đoàn công tác Bộ Y tế Việt Nam sẽ tham dự hội thảo lần thứ 4 vào năm sau.'),
    ).toEqual([]);
  });

  it('guard: the body’s delegation at another event, named elsewhere ("tại Jakarta"): no visit', () => {
    expect(
      visitsOf(
        lead +
          'Đoàn công tác Bộ Y tế Việt Nam cũng đã tham dự Hội nghị Bộ trưởng Y tế ASEAN tại Jakarta tháng trước.',
      ),
    ).toEqual([]);
  });

  it('"… tham dự và phát biểu tại Hội thảo": an event after "tại" is no other venue', () => {
    expect(
      visitsOf(lead + 'Đoàn công tác Bộ Y tế Việt Nam tham dự và phát biểu tại Hội thảo.'),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});
