// Rules the fifty-fourth session's helper V drew from news of volunteer soldiers' remains and of
// tributes at the memorials of the wars.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a delegation named by members joined with "và"', () => {
  it('"Đoàn đại biểu quân tình nguyện và chuyên gia Việt Nam tại Lào" received in Vientiane is Vietnam’s', () => {
    expect(
      visits(
        'Gặp mặt nhân dịp kỷ niệm\n\nSáng 12/3, tại thủ đô Viêng Chăn, Thứ trưởng Bộ Quốc phòng Lào Bun Mi tiếp Đoàn đại biểu quân tình nguyện và chuyên gia Việt Nam tại Lào, nhân dịp đoàn sang dự lễ kỷ niệm.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('an envoy at his post, named by the same words, is no delegation', () => {
    expect(
      visits(
        'Gặp mặt nhân dịp kỷ niệm\n\nSáng 12/3, tại thủ đô Viêng Chăn, Thứ trưởng Bộ Quốc phòng Lào Bun Mi tiếp Đại sứ Việt Nam tại Lào Lê Văn B.',
      ),
    ).toEqual([]);
  });
});

describe('a tribute paid at a memorial', () => {
  it('"Đoàn … tỉnh A đã dâng hoa tại Tượng đài … ở tỉnh B": the delegation went to B', () => {
    expect(
      visits(
        'Tri ân liệt sĩ\n\nNgày 5/11, đoàn đại biểu tỉnh Đồng Tháp đã dâng hoa tại Tượng đài hữu nghị Việt Nam - Campuchia ở tỉnh Prey Veng.',
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  it('"dâng hương, đặt vòng hoa tưởng niệm tại Đài … tỉnh B" by a national delegation', () => {
    expect(
      visits(
        'Tri ân liệt sĩ\n\nChiều 2/4, đoàn cựu chiến binh, cựu chuyên gia Việt Nam dâng hương, đặt vòng hoa tưởng niệm tại Đài liệt sĩ tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('a tribute still planned ("sẽ dâng hương") is no trip', () => {
    expect(
      visits(
        'Tri ân liệt sĩ\n\nTrong dịp này, đoàn đại biểu tỉnh Đồng Tháp sẽ dâng hoa tại Tượng đài hữu nghị ở tỉnh Prey Veng.',
      ),
    ).toEqual([]);
  });

  it('a tribute paid at home names no trip', () => {
    expect(
      visits(
        'Tri ân liệt sĩ\n\nNgày 5/11, lãnh đạo tỉnh Đồng Tháp đã dâng hoa tại Nghĩa trang liệt sĩ huyện Cao Lãnh.',
      ),
    ).toEqual([]);
  });

  it('"dâng hoa tại ‹memorial› và thăm … tại B": B is the second act’s, not the tribute’s', () => {
    expect(
      visits(
        'Tri ân liệt sĩ\n\nNgày 5/11, đoàn phụ nữ tỉnh Kampot đã dâng hoa tại Tượng đài Chiến thắng Rạch Giá và thăm Khu di tích tại tỉnh Cà Mau.',
      ),
    ).not.toContain('KH-7>VN-47');
  });
});

describe('a team that found remains abroad', () => {
  it('"Đội K52 (… tỉnh A) đã phát hiện 2 hài cốt liệt sĩ tại tỉnh B": the team was in B', () => {
    expect(
      visits(
        'Tìm thấy hài cốt liệt sĩ\n\nNgày 9/2, Đội K52 (Bộ Chỉ huy Quân sự tỉnh Gia Lai) đã phát hiện 2 hài cốt liệt sĩ tại tỉnh Mondulkiri.',
      ),
    ).toEqual(['VN-30>KH-11']);
  });

  it('"phát hiện" of anything else than remains is no search', () => {
    expect(
      visits(
        'Tuần tra biên giới\n\nNgày 9/2, Đội công tác (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai) đã phát hiện 2 đối tượng vượt biên tại tỉnh Mondulkiri.',
      ),
    ).toEqual([]);
  });

  it('"… quy tập được 3 hài cốt trên địa bàn bản A1 (huyện A2, tỉnh B)": the ground of an address', () => {
    expect(
      visits(
        'Tìm thấy hài cốt liệt sĩ\n\nNgày 9/2, Đội K53 (Bộ Chỉ huy Quân sự tỉnh Kon Tum) đã quy tập được 3 hài cốt liệt sĩ trên địa bàn bản Phìa (huyện Sa Nam Xay, tỉnh Attapeu).',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"… trên địa bàn huyện A1, tỉnh A đã sang thăm tỉnh B": the travellers’ seat, not a ground worked', () => {
    expect(
      visits(
        'Chúc Tết nước bạn\n\nĐoàn cán bộ, chiến sĩ các đồn biên phòng trên địa bàn huyện Kỳ Sơn, tỉnh Nghệ An đã sang thăm, chúc Tết tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-22>LA-XI']);
    expect(
      visits(
        'Giao lưu\n\nHội Cựu chiến binh trên địa bàn thị xã Cửa Lò (tỉnh Nghệ An) đã sang thăm tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('a roll of guests that ends on "cùng tham dự"', () => {
  const lead =
    'Tiễn đưa hài cốt liệt sĩ về nước\n\nSáng 3/6, tại tỉnh Savannakhet (Lào) đã diễn ra lễ bàn giao và tiễn đưa hài cốt liệt sĩ quân tình nguyện Việt Nam về nước. ';

  it('"Các đồng chí: X - Phó Tỉnh trưởng tỉnh B, Y - Phó Chủ tịch UBND tỉnh A cùng tham dự": A came', () => {
    expect(
      visits(
        lead +
          'Các đồng chí: Bun Ma - Phó Tỉnh trưởng tỉnh Savannakhet, Nguyễn Văn A - Phó Chủ tịch UBND tỉnh Quảng Trị cùng tham dự.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a roll of the host country’s own people names no trip between countries', () => {
    expect(
      visits(
        lead +
          'Các đồng chí: Bun Ma - Phó Tỉnh trưởng tỉnh Savannakhet, Sổm Phon - Phó Bí thư Thành ủy Thủ đô Viêng Chăn cùng tham dự.',
      ),
    ).toEqual([]);
  });
});

describe('hosts named before the team they searched with', () => {
  it('"… do Ban Công tác đặc biệt hai tỉnh B1 và B2 (Lào) phối hợp với đoàn quy tập … tỉnh A tìm kiếm, cất bốc"', () => {
    expect(
      visits(
        'An táng hài cốt liệt sĩ\n\nCác hài cốt này do Ban Công tác đặc biệt hai tỉnh Hủa Phăn và Luông Pha Băng (Lào) phối hợp với đoàn quy tập hài cốt liệt sĩ tỉnh Thanh Hóa tìm kiếm, cất bốc.',
      ),
    ).toEqual(['VN-21>LA-HO', 'VN-21>LA-LP']);
  });

  it('a province, not a team, after "phối hợp với" names no crossing', () => {
    expect(
      visits(
        'An táng hài cốt liệt sĩ\n\nBan Công tác đặc biệt tỉnh Hủa Phăn (Lào) phối hợp với Sở Lao động tỉnh Thanh Hóa tìm kiếm thông tin về hài cốt liệt sĩ.',
      ),
    ).toEqual([]);
  });

  it('a search still to come ("sẽ phối hợp với đoàn …") is no trip', () => {
    expect(
      visits(
        'An táng hài cốt liệt sĩ\n\nBan Công tác đặc biệt tỉnh Hủa Phăn (Lào) sẽ phối hợp với đoàn quy tập hài cốt liệt sĩ tỉnh Thanh Hóa tìm kiếm, cất bốc.',
      ),
    ).toEqual([]);
  });
});

describe('a quoted word in lower case after an ellipsis', () => {
  it('"… ở các tỉnh: A1, A2, A3… “hành quân” sang …" stays one sentence: its provinces are the group’s', () => {
    expect(
      visits(
        'Về thăm chiến trường xưa\n\nChúng tôi đi cùng những cựu chiến binh ở các tỉnh: Bình Định, Kon Tum, Quảng Ngãi… “hành quân” sang Campuchia qua cửa khẩu Bờ Y. Khi đoàn vừa tới tỉnh Ratanakiri, đoàn đã được lãnh đạo tỉnh ra đón.',
      ),
    ).toEqual(['VN-31>KH-16', 'VN-28>KH-16', 'VN-29>KH-16']);
  });

  it('a quote that opens on a capital after a full stop still opens a sentence', () => {
    expect(
      splitSentences('Đoàn đã về nước. “Chuyến đi thật ý nghĩa”, ông nói.', [[0, 51]]).length,
    ).toBe(2);
  });
});
