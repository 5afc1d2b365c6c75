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
