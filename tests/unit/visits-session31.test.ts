// Rules the thirty-first session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('a plan a meeting discussed is no plan of the sentence', () => {
  const roll = 'Tới dự hội nghị có Thứ trưởng Bộ Giáo dục và Thể thao Lào.';
  it('"Hội nghị …, đồng thời bàn phương hướng, kế hoạch cho năm học tới, đã được tổ chức tại B"', () => {
    expect(
      visits(
        article(
          'Ngày 24/2/2023, Hội nghị tổng kết công tác đào tạo lưu học sinh Lào, đồng thời bàn phương hướng, kế hoạch cho năm học 2023-2024, đã được tổ chức tại Trường Đại học Vinh (Nghệ An).',
          roll,
        ),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('"bàn kế hoạch đưa đoàn … sang thăm B" is still a plan', () => {
    expect(
      visits(
        article(
          'Hai bên đã bàn kế hoạch đưa đoàn cán bộ tỉnh Nghệ An sang thăm tỉnh Xiêng Khoảng.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("an envoy's post is no venue abroad", () => {
  it('"Đại sứ quán nước CHDCND Lào tại Việt Nam cùng trường … (tỉnh A) đã tổ chức hội nghị tại trường"', () => {
    expect(
      visits(
        article(
          'Ngày 12/7/2024, Đại sứ quán nước Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam cùng trường Đại học Cửu Long (tỉnh Vĩnh Long) đã tổ chức hội nghị tổng kết năm học tại trường.',
          'Tham dự hội nghị, phía Lào có ông Phan Sổm, Thứ trưởng Bộ Giáo dục và Thể thao Lào.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-49']);
  });
});

describe('bodies named after "biên giới giữa" are the sides of the meeting', () => {
  it('"Hội đàm … an ninh biên giới giữa Bộ đội Biên phòng ba tỉnh A1, A2, A3 và Ban chỉ huy An ninh tỉnh B"', () => {
    expect(
      visits(
        article(
          'Sáng 11/12/2018, Bộ Chỉ huy BĐBP Thanh Hóa là nơi diễn ra cuộc Hội đàm hợp tác bảo đảm an ninh biên giới giữa Bộ đội Biên phòng ba tỉnh Thanh Hóa, Nghệ An, Sơn La và Ban chỉ huy An ninh tỉnh Hủa Phăn (Lào).',
        ),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('the land between two provinces still names no side', () => {
    expect(
      visits(
        article(
          'Tháng 5/2020, quân đội hai nước đã rút binh sĩ khỏi khu vực biên giới giữa tỉnh Champasak của Lào và tỉnh Stung Treng của Campuchia.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a speaker who asks others to act', () => {
  const lead =
    'Trụ sở công an bản đầu tiên đã được khánh thành và bàn giao ngày 25/12/2021 tại bản Nonghet, huyện Nonghet, tỉnh Xiêng Khoảng.';
  it('"Phát biểu tại lễ, Thứ trưởng Bộ Công an, yêu cầu công an tỉnh A … hoàn tất và bàn giao …": the speaker came, not A', () => {
    expect(
      visits(
        article(
          lead,
          'Phát biểu tại lễ, Trung tướng Nguyễn Văn Nam, Thứ trưởng Bộ Công an, yêu cầu công an tỉnh Nghệ An phối hợp để hoàn tất các công trình còn lại và bàn giao đưa vào sử dụng.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });
});

describe('a work of friendship named after a pair', () => {
  it('"đi thăm những công trình thắm tình hữu nghị A - B" is no trip to A', () => {
    expect(
      visits(
        article(
          'Chị Súc Ban Chai, Sở Ngoại vụ tỉnh Hủa Phăn, dẫn chúng tôi đi thăm những công trình thắm tình hữu nghị Thanh Hóa - Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
  });

  it('"đi thăm các công trình tại A" still is', () => {
    expect(
      visits(article('Ngày 5/3/2024, đoàn tỉnh Hủa Phăn đi thăm các công trình tại Thanh Hóa.')),
    ).toEqual(['LA-HO>VN-21']);
  });
});
