// Rules the fifty-sixth session's helper I56 drew from the invariance harnesses' leads (a count
// between "cử" and "đoàn", a headline's organiser window measured in words).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a province that sends a counted delegation ("tỉnh A đã cử 3 đoàn … cấp cao sang …")', () => {
  it('"tỉnh A đã cử 3 đoàn đại biểu cấp cao sang thăm tỉnh B": A sent them, not the state', () => {
    expect(
      visitsOf(
        'Hợp tác biên giới\n\nNăm 2024, tỉnh Lai Châu đã cử 3 đoàn đại biểu cấp cao sang thăm, làm việc tại tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual(['VN-01>LA-PH']);
  });

  it('a rounded count ("cử hơn 10 đoàn"): the province still sends them', () => {
    expect(
      visitsOf(
        'Hợp tác biên giới\n\nNăm 2024, tỉnh Lai Châu đã cử hơn 10 đoàn đại biểu cấp cao sang thăm, làm việc tại tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual(['VN-01>LA-PH']);
  });

  it('guard: the country sends them ("Việt Nam đã cử 3 đoàn …"): the state’s', () => {
    expect(
      visitsOf(
        'Hợp tác biên giới\n\nNăm 2024, Việt Nam đã cử 3 đoàn đại biểu cấp cao sang thăm, làm việc tại tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual(['VN-HN*>LA-PH']);
  });

  it('guard: counted delegations with no sender ("3 đoàn … đã sang thăm"): a tally, no trip', () => {
    expect(
      visitsOf(
        'Hợp tác biên giới\n\nNăm 2024, 3 đoàn đại biểu cấp cao đã sang thăm, làm việc tại tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual([]);
  });
});

describe('a headline "A- B tổ chức …": the reach to the verb counts a place name as one word', () => {
  it('"A- B tổ chức hội thảo" with B spelt in four syllables: B came to A', () => {
    expect(
      visitsOf(
        'Quảng Bình- Bô Ly Khăm Xay tổ chức hội thảo thương mại\n\nHội thảo diễn ra sáng nay.',
      ),
    ).toEqual(['LA-BL>VN-24']);
  });

  it('"hai tỉnh A1, A2 (Lào) đã trang trọng tổ chức lễ … cho đoàn … tỉnh B", A2 in three syllables: B came to each', () => {
    expect(
      visitsOf(
        'Đón hài cốt liệt sĩ\n\nNgày 12/5, chính quyền và nhân dân hai tỉnh Salavan, Luông Nậm Thà (Lào) đã trang trọng tổ chức lễ truy điệu, bàn giao hài cốt liệt sĩ Việt Nam cho đoàn công tác tỉnh Quảng Trị.',
      ),
    ).toEqual(['VN-25>LA-SL', 'VN-25>LA-LM']);
  });

  it('guard: more words than a name before the verb ("A- B trao đổi kinh nghiệm, tổ chức …"): none', () => {
    expect(
      visitsOf(
        'Quảng Bình- Bô Ly Khăm Xay trao đổi kinh nghiệm, tổ chức hội thảo thương mại\n\nHội thảo diễn ra sáng nay.',
      ),
    ).toEqual([]);
  });
});

describe('a dateline, then a span of days, then the trip that frames the sentence', () => {
  it('"X (TTXVN) - Từ ngày 12 đến 14/3, tại X, trong khuôn khổ chuyến thăm …, ‹leader› …": the trip', () => {
    expect(
      visitsOf(
        'Hội kiến\n\nPhnôm Pênh (TTXVN) - Từ ngày 12 đến 14/3, tại Phnôm Pênh, trong khuôn khổ chuyến thăm chính thức Vương quốc Campuchia, Phó Chủ tịch nước Nguyễn Văn A đã hội kiến Chủ tịch Quốc hội Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('"- Trong hai ngày 12 và 13/3, tại X, trong khuôn khổ …": the same', () => {
    expect(
      visitsOf(
        'Hội kiến\n\nPhnôm Pênh (TTXVN) - Trong hai ngày 12 và 13/3, tại Phnôm Pênh, trong khuôn khổ chuyến thăm chính thức Vương quốc Campuchia, Phó Chủ tịch nước Nguyễn Văn A đã hội kiến Chủ tịch Quốc hội Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('guard: the host’s minister is the subject before the trip ("… của ‹leader› Việt Nam"): the owner travels', () => {
    expect(
      visitsOf(
        'Hội nghị\n\nPhnôm Pênh (TTXVN) - Từ ngày 12 đến 14/3, tại Phnôm Pênh, Bộ trưởng Thông tin Campuchia Neth Pheaktra đã chủ trì hội nghị báo chí trong khuôn khổ chuyến thăm chính thức Vương quốc Campuchia của Phó Chủ tịch nước Việt Nam.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('a trip that opens the sentence with two errands or with "Đang"', () => {
  it('"Nhân chuyến thăm, làm việc tại Campuchia …, ‹national official› …": the comma joins two errands', () => {
    expect(
      visitsOf(
        'Hợp tác y tế\n\nNhân chuyến thăm, làm việc tại Campuchia hồi đầu tháng 5/2023, Thứ trưởng Bộ Y tế Trần Văn B cùng ông Sok Chan, Quốc vụ khanh Bộ Y tế Campuchia đã nhất trí xây dựng Trung tâm đào tạo tại Đại học Y Phnom Penh.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('"Đang thăm, làm việc tại Lào, ngày d/m, ‹leader of A› đã hội đàm với …": A travelled', () => {
    expect(
      visitsOf(
        'Hội đàm\n\nĐang thăm, làm việc tại Lào, ngày 12/8, Chủ tịch HĐND tỉnh Nghệ An Nguyễn Văn B đã hội đàm với Chủ tịch HĐND Thủ đô Viêng Chăn.',
      ),
    ).toEqual(['VN-22>LA-VT']);
  });

  it('"X (TTXVN) - Đang thăm và làm việc tại Lào, …": past the dateline, the same', () => {
    expect(
      visitsOf(
        'Hội đàm\n\nViêng Chăn (TTXVN) - Đang thăm và làm việc tại Lào, ngày 12/8, Chủ tịch HĐND tỉnh Nghệ An Nguyễn Văn B đã hội đàm với Chủ tịch HĐND Thủ đô Viêng Chăn.',
      ),
    ).toEqual(['VN-22>LA-VT']);
  });

  it('guard: a trip with no goal, then a reception at home ("chuyến thăm, làm việc, ngày …, tại Hà Nội, … tiếp"): the guests’', () => {
    expect(
      visitsOf(
        'Hội kiến\n\nTrong khuôn khổ chuyến thăm, làm việc, ngày 12/3, tại Hà Nội, Thủ tướng Nguyễn Văn A đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['LA-XI>VN-HN*']);
  });

  it('guard: "đang thăm" inside a report ("… cho biết … đang thăm, làm việc tại Lào"): no trip', () => {
    expect(
      visitsOf(
        'Hội đàm\n\nNgày 12/8, Chủ tịch HĐND tỉnh Nghệ An cho biết nhiều doanh nghiệp của tỉnh đang thăm, làm việc tại Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation of any kind named by its country, then its roll ("Đoàn công tác Campuchia gồm …")', () => {
  for (const kind of ['công tác', 'cán bộ', 'lãnh đạo', 'đại biểu cấp cao'])
    it(`"Đoàn ${kind} Campuchia gồm lãnh đạo tỉnh A1, tỉnh A2 …" at B’s meeting: each came`, () => {
      expect(
        visitsOf(
          `Họp mặt mừng xuân\n\nSáng 12/1, tại tỉnh An Giang, lãnh đạo tỉnh An Giang tổ chức họp mặt mừng xuân với các đoàn khách nước bạn.\n\nĐoàn ${kind} Campuchia gồm lãnh đạo tỉnh Kampot, tỉnh Takeo cùng các sĩ quan Quân đội Hoàng gia Campuchia.`,
        ),
      ).toEqual(['KH-7>VN-44', 'KH-21>VN-44']);
    });

  it('guard: the roll of the host’s own country at home ("Đoàn công tác Campuchia gồm …" in Kampot): none', () => {
    expect(
      visitsOf(
        'Họp mặt mừng xuân\n\nSáng 12/1, tại tỉnh Kampot, lãnh đạo tỉnh Kampot tổ chức họp mặt mừng xuân với các đoàn khách.\n\nĐoàn công tác Campuchia gồm lãnh đạo tỉnh Kampong Cham, tỉnh Takeo cùng các sĩ quan Quân đội Hoàng gia Campuchia.',
      ),
    ).toEqual([]);
  });
});
