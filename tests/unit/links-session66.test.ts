// Shapes from the sixty-sixth session's blind sets: each sentence is our own, in the shape news uses.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const doc = (...lines: string[]) => lines.join('\n\n');

describe('a season seen in is no reception', () => {
  it('"nhân dịp đón Tết cổ truyền … của nhân dân Campuchia, tại tỉnh B, Thủ tướng … cắt băng": the trip stands', () => {
    expect(
      visits(
        doc(
          'Khánh thành cầu biên giới',
          'Sáng 20/4, nhân dịp đón Tết cổ truyền Chol Chnam Thmay của nhân dân Campuchia, tại tỉnh Takeo (Campuchia), Thủ tướng Phạm Minh Chính cùng Thủ tướng Campuchia Hun Manet đã dự và cắt băng khánh thành cây cầu mới.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-21']);
  });

  it('"trong những ngày đón xuân …": the trip stands too', () => {
    expect(
      visits(
        doc(
          'Khánh thành trường học',
          'Sáng 2/2, trong những ngày đón xuân Quý Mão của nhân dân Lào, tại tỉnh Xê Kông (Lào), Phó Chủ tịch nước Võ Thị Ánh Xuân cùng Phó Chủ tịch nước Lào Pany Yathotu đã dự và cắt băng khánh thành ngôi trường.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XE']);
  });

  it('guard: "đón đoàn đại biểu tỉnh A" is still a reception', () => {
    expect(
      visits(
        doc(
          'Tiếp đoàn tỉnh bạn',
          'Chiều 14/3, tại tỉnh Kon Tum, lãnh đạo tỉnh đã đón đoàn đại biểu tỉnh Attapeu (Lào) sang thăm và làm việc.',
        ),
      ),
    ).toEqual(['LA-AT>VN-28']);
  });
});

describe('guests who came to share a festival', () => {
  it('"cảm ơn … đoàn đại biểu hai tỉnh A1, A2 đã đến chung vui Tết …" at the lead\'s venue: both came', () => {
    expect(
      visits(
        doc(
          'Tỉnh Prey Veng đón Tết cổ truyền',
          'Sáng 14/4, tại tỉnh Prey Veng (Campuchia) diễn ra lễ mừng Tết cổ truyền Chol Chnam Thmay.',
          'Trong không khí vui tươi của năm mới, Tỉnh trưởng tỉnh Prey Veng cảm ơn đoàn đại biểu hai tỉnh Đồng Tháp, An Giang đã đến chung vui Tết cổ truyền Khmer.',
        ),
      ),
    ).toEqual(['VN-45>KH-14', 'VN-44>KH-14']);
  });

  it('"tới chung vui" says the same', () => {
    expect(
      visits(
        doc(
          'Sơn La đón Tết',
          'Ngày 12/4, tại tỉnh Sơn La diễn ra lễ mừng Tết Bun Pi May.',
          'Chủ tịch UBND tỉnh cảm ơn đoàn đại biểu tỉnh Hủa Phăn (Lào) đã tới chung vui cùng nhân dân các dân tộc tỉnh.',
        ),
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe("a round of border districts' meetings", () => {
  it('"tại huyện X đã diễn ra cuộc giao ban định kỳ 6 tháng đầu năm 2024 giữa huyện X (A) với các huyện … (tỉnh B1), huyện … (tỉnh B2)": both came', () => {
    expect(
      visits(
        doc(
          'Giao ban các huyện giáp biên',
          'Sáng 20/6, tại huyện Kỳ Sơn đã diễn ra cuộc giao ban định kỳ 6 tháng đầu năm 2024 giữa huyện Kỳ Sơn (Nghệ An) với các huyện Noọng Hét, Mường Mộc (tỉnh Xiêng Khoảng), huyện Viêng Thoong (tỉnh Hủa Phăn).',
        ),
      ),
    ).toEqual(['LA-XI>VN-22', 'LA-HO>VN-22']);
  });

  it('guard: "duy trì giao ban định kỳ" with no round named is a habit', () => {
    expect(
      visits(
        doc(
          'Hợp tác biên giới',
          'Hai bên thống nhất duy trì giao ban định kỳ giữa huyện Kỳ Sơn (Nghệ An) với các huyện của tỉnh Xiêng Khoảng.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("those who went along, named after the leader's clause", () => {
  it('"đoàn … tỉnh A do X dẫn đầu, cùng lãnh đạo tỉnh C đã sang thăm … tỉnh B": A and C went', () => {
    expect(
      visits(
        doc(
          'Chúc Tết tỉnh bạn',
          'Ngày 8/4, đoàn lãnh đạo tỉnh Long An do Bí thư Tỉnh ủy Nguyễn Văn Hải dẫn đầu, cùng lãnh đạo tỉnh Đồng Tháp đã sang thăm, chúc Tết lãnh đạo tỉnh Prey Veng.',
        ),
      ),
    ).toEqual(['VN-41>KH-14', 'VN-45>KH-14']);
  });

  it('guard: the hosts who went with the guests ("cùng lãnh đạo tỉnh B (Lào)") made no trip', () => {
    expect(
      visits(
        doc(
          'Dâng hương nghĩa trang',
          'Sáng 9/4, đoàn đại biểu tỉnh Quảng Trị do Bí thư Tỉnh ủy dẫn đầu, cùng lãnh đạo tỉnh Savannakhet (Lào) đã đến dâng hương tại nghĩa trang ở tỉnh Savannakhet.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('a call paid abroad', () => {
  it('"… tỉnh A sang viếng các ngôi chùa Việt ở hai tỉnh B1 và B2": gone to both', () => {
    expect(
      visits(
        doc(
          'Thăm chùa Việt ở Lào',
          'Đầu năm 2008, Ban Trị sự Phật giáo tỉnh Quảng Nam sang viếng các ngôi chùa Việt ở hai tỉnh Chămpasak và Savannakhet của nước bạn Lào.',
        ),
      ),
    ).toEqual(['VN-27>LA-CH', 'VN-27>LA-SV']);
  });

  it('guard: a wreath sent "viếng" nobody went with is no trip', () => {
    expect(
      visits(
        doc(
          'Chia buồn',
          'Lãnh đạo tỉnh Quảng Nam đã gửi vòng hoa viếng nguyên Tỉnh trưởng tỉnh Sê Kông.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a work begun, named only by its kind', () => {
  it('"lễ khởi công xây dựng một nhà máy … tại tỉnh B", then "Dự lễ khởi công có Phó Thủ tướng …": came', () => {
    expect(
      visits(
        doc(
          'Khởi công nhà máy thủy điện',
          'Ngày 5/4, lễ khởi công xây dựng một nhà máy thủy điện tại tỉnh Sê Kông, nước CHDCND Lào đã được tổ chức.',
          'Dự lễ khởi công có Phó Thủ tướng Chính phủ Việt Nam Nguyễn Văn Tùng.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XE']);
  });
});

describe('a programme launched at a place', () => {
  it('"tại Thủ đô B, Tổng cục … Việt Nam đã phối hợp cùng Bộ … Campuchia khởi động chương trình …": came', () => {
    expect(
      visits(
        doc(
          'Xúc tiến du lịch tại Campuchia',
          'Ngày 29/3, tại Thủ đô Phnôm Pênh, Tổng cục Du lịch Việt Nam đã phối hợp cùng Bộ Du lịch Campuchia khởi động chương trình xúc tiến du lịch.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('guard: "khởi động lại" a project at home is no trip', () => {
    expect(
      visits(
        doc(
          'Dự án giao thông',
          'Ngày 29/3, tại tỉnh Quảng Trị, Bộ Giao thông vận tải đã khởi động lại dự án đường nối sang Lào.',
        ),
      ),
    ).toEqual([]);
  });
});
