// Rules the fifty-fourth session's helper W drew from probes of Lao–Cambodian news.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a Lao leader named again by his given name ("Thủ tướng Bounmy")', () => {
  const trip =
    'Thủ tướng Lào thăm Campuchia\n\nThủ tướng Lào Bounmy Sengdara đã thăm chính thức Campuchia trong hai ngày 3-4/5.\n';

  it('the bare title with his given name is the Lao leader, not a Vietnamese one', () => {
    expect(
      visits(
        `${trip}Trong chuyến thăm, Thủ tướng Bounmy đã hội kiến Quốc vương Campuchia Norodom Sihamoni.`,
      ),
    ).toEqual(['LA-VT*>KH-12*']);
  });

  it('a bare title with a Vietnamese name in the same article is still Vietnam’s', () => {
    expect(
      visits(
        `${trip}Cùng ngày, Thủ tướng Phạm Văn Tùng đã đến Phnom Penh dự hội nghị Mekong.`,
      ).sort(),
    ).toEqual(['LA-VT*>KH-12*', 'VN-HN*>KH-12']);
  });
});

describe('a venue given as a building, then its city ("tại Bảo tàng …, Hà Nội")', () => {
  it('the ministers on the roll of the next sentence came to that city', () => {
    expect(
      visits(
        'Triển lãm ảnh biên phòng\n\nSáng 5/6, triển lãm ảnh về hợp tác biên phòng đã khai mạc tại Bảo tàng Biên phòng, Hà Nội.\nDự lễ khai mạc có Thứ trưởng Bộ Quốc phòng Lào Khamsay Vongdala.',
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });

  it('a building whose city opens a clause of its own ("…, tỉnh A và tỉnh B đã ký") is no venue', () => {
    const text =
      'Ký kết hợp tác\n\nSáng 5/6, tại Bảo tàng tỉnh, tỉnh Savannakhet và tỉnh Quảng Trị đã ký kết biên bản hợp tác giai đoạn mới.';
    expect(visits(text)).toEqual([]);
    expect(sistersOf(text)).toEqual(['LA-SV|VN-25']);
  });
});

describe('one title for the leaders of the countries listed ("Thủ tướng các nước A, B, C")', () => {
  it('each listed country’s leader but the host’s came to the venue', () => {
    expect(
      visits(
        'Hội nghị sông Mekong\n\nNgày 5/4, tại Viêng Chăn, hội nghị cấp cao về sông Mekong đã được tổ chức.\nTham dự hội nghị có Thủ tướng các nước Việt Nam, Lào, Campuchia và đại diện Thái Lan.',
      ).sort(),
    ).toEqual(['KH-12*>LA-VT', 'VN-HN*>LA-VT']);
  });

  it('consulates of the countries listed, at their post, have come from nowhere', () => {
    expect(
      visits(
        'Lễ hội năm mới\n\nNgày 13/4, tại tỉnh Bà Rịa - Vũng Tàu đã diễn ra lễ hội năm mới.\nTham dự có cán bộ Tổng Lãnh sự quán các nước Campuchia, Lào tại TP Hồ Chí Minh.',
      ),
    ).toEqual([]);
  });
});

describe('a second delegation received, its body named before its country', () => {
  it('"tiếp đoàn … Bộ Quốc phòng Lào do X … và đoàn … Bộ Quốc phòng Campuchia do Y": both came', () => {
    expect(
      visits(
        'Tiếp đoàn quân sự hai nước bạn\n\nChiều 9/3, tại Hà Nội, Thượng tướng Lê Văn Hòa đã tiếp đoàn đại biểu Bộ Quốc phòng Lào do Đại tá Sone Kham dẫn đầu và đoàn đại biểu Bộ Quốc phòng Campuchia do Thiếu tướng Chea Dara dẫn đầu sang thăm, làm việc tại Việt Nam.',
      ).sort(),
    ).toEqual(['KH-12*>VN-HN', 'LA-VT*>VN-HN']);
  });

  it('a second delegation of a province ("và đoàn đại biểu tỉnh B (Campuchia)") stays the province’s', () => {
    expect(
      visits(
        'Tiếp các đoàn bạn\n\nChiều 9/3, tại thành phố Pleiku, Chủ tịch UBND tỉnh Gia Lai đã tiếp đoàn đại biểu tỉnh Attapeu (Lào) do ông Bounmy dẫn đầu và đoàn đại biểu tỉnh Ratanakiri (Campuchia) do ông Sok Dara dẫn đầu.',
      ).sort(),
    ).toEqual(['KH-16>VN-30', 'LA-AT>VN-30']);
  });
});

describe('helper Y: guard on the countries’ leaders', () => {
  it('guard: leaders of the countries listed who took part online came nowhere', () => {
    expect(
      visits(
        'Hội nghị Mekong\n\nNgày 5/4, tại Viêng Chăn, hội nghị cấp cao Ủy hội sông Mekong đã được tổ chức.\nTham dự hội nghị có lãnh đạo các nước Việt Nam, Lào, Campuchia, Thái Lan theo hình thức trực tuyến.',
      ),
    ).toEqual([]);
  });
});
