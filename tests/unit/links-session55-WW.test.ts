// Rules the fifty-fifth session's helper WW drew from the annotated articles' misses (a foreign
// national official seen only on an event's attendance, at a venue a translated wire points to).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a dateline province pointed back to, and a trailing attendance clause', () => {
  it('"X (TTXVN) - … tổ chức tại tỉnh miền Tây này", then "…, với sự có mặt của … Campuchia": a visit', () => {
    expect(
      visitsOf(
        'Hội thảo an ninh biên giới\n\nKiên Giang (TTXVN) - Một hội thảo về an ninh vùng biên giữa công an hai nước đã được tổ chức tại tỉnh miền Tây này để trao đổi kinh nghiệm.\nHội thảo diễn ra sáng thứ Ba, với sự có mặt của Trung tướng C, Thứ trưởng Bộ Công an Việt Nam, và Tướng D, Quốc vụ khanh Bộ Nội vụ Campuchia, cùng nhiều cán bộ hai bên.',
      ),
    ).toEqual(['KH-12*>VN-47']);
  });

  it('"…, với sự tham dự của … Lào" at a venue the lead names: a visit', () => {
    expect(
      visitsOf(
        'Tọa đàm hợp tác giáo dục\n\nNgày 12/4, tại tỉnh Quảng Bình đã diễn ra buổi tọa đàm hợp tác đào tạo giữa các trường.\nBuổi tọa đàm kéo dài cả ngày, với sự tham dự của ông E, Thứ trưởng Bộ Giáo dục và Thể thao Lào, cùng đại diện nhiều trường đại học.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it("the same clause naming only the host country's own ministry: no visit", () => {
    expect(
      visitsOf(
        'Hội thảo an ninh biên giới\n\nKiên Giang (TTXVN) - Một hội thảo về an ninh vùng biên đã được tổ chức tại tỉnh này để trao đổi kinh nghiệm.\nHội thảo diễn ra sáng thứ Ba, với sự có mặt của Trung tướng C, Thứ trưởng Bộ Công an Việt Nam, cùng nhiều cán bộ trong tỉnh.',
      ),
    ).toEqual([]);
  });

  it('"với sự giúp đỡ của … Campuchia" is help, no attendance: no visit', () => {
    expect(
      visitsOf(
        'Hội thảo an ninh biên giới\n\nKiên Giang (TTXVN) - Một hội thảo về an ninh vùng biên đã được tổ chức tại tỉnh miền Tây này.\nHội thảo được chuẩn bị chu đáo, với sự giúp đỡ của Bộ Nội vụ Campuchia trong việc cung cấp tài liệu.',
      ),
    ).toEqual([]);
  });
});

describe("a foreign province's department head speaking at the meeting", () => {
  it('"bà X, Giám đốc Sở Y tế tỉnh B cảm ơn …" at a meeting held in A: a visit', () => {
    expect(
      visitsOf(
        'Hợp tác y tế\n\nChiều 3/6, tại tỉnh Điện Biên đã diễn ra hội nghị đánh giá hợp tác y tế năm 2024.\nTại hội nghị, bà Chanthala, Phó Giám đốc Sở Y tế tỉnh Luông Pha Băng cảm ơn sự giúp đỡ của các bệnh viện.',
      ),
    ).toEqual(['LA-LP>VN-71']);
  });

  it('"Giám đốc Sở Y tế," closed by a comma before the province: no speaker from it', () => {
    expect(
      visitsOf(
        'Hợp tác y tế\n\nChiều 3/6, tại tỉnh Điện Biên đã diễn ra hội nghị đánh giá hợp tác y tế năm 2024.\nTại hội nghị, ông Hùng, Giám đốc Sở Y tế, cho biết nhiều bệnh nhân đến từ tỉnh Luông Pha Băng.',
      ),
    ).toEqual([]);
  });
});

describe("a palace of culture as the venue's site", () => {
  it('"tổ chức tại Cung Văn hóa quốc gia Lào, Thủ đô Viêng Chăn", then "Về phía Việt Nam có … Bộ trưởng": a visit', () => {
    expect(
      visitsOf(
        'Tuần phim Việt Nam\n\nTối 8/10, Lễ khai mạc Tuần phim Việt Nam đã được tổ chức tại Cung Văn hóa quốc gia Lào, Thủ đô Viêng Chăn.\nVề phía Việt Nam có bà Lan, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Việt Nam, cùng nhiều nghệ sĩ.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it("the same palace in the roll's own capital: no visit", () => {
    expect(
      visitsOf(
        'Tuần phim Lào\n\nTối 8/10, Lễ khai mạc Tuần phim Lào đã được tổ chức tại Cung Văn hóa Hữu nghị, Thủ đô Hà Nội.\nVề phía Việt Nam có bà Lan, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Việt Nam, cùng nhiều nghệ sĩ.',
      ),
    ).toEqual([]);
  });
});
