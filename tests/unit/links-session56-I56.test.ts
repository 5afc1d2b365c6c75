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
