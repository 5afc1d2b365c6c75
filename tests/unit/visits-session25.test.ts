// Rules the twenty-fifth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { countryWords } from '../../src/core/extract/actors.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('"đồng bào dân tộc Khmer": Vietnam’s own Khmer people, not Cambodia', () => {
  const trip = (people: string) =>
    [
      'Lãnh đạo Trung ương chúc Tết Chôl Chnăm Thmây tại Sóc Trăng',
      `Sáng 12/4, Đoàn công tác của Trung ương do ông Trần Văn Bảy làm trưởng đoàn, cùng lãnh đạo tỉnh Sóc Trăng, đã đến chùa Kh'leang chúc Tết ${people}.`,
    ].join('\n');

  it('a central delegation greeting Khmer people at a pagoda at home went nowhere abroad', () => {
    expect(visits(trip('bà con dân tộc Khmer'))).toEqual([]);
    expect(visits(trip('các vị sư sãi Phật giáo Nam tông Khmer'))).toEqual([]);
    expect(visits(trip('đồng bào Khmer tiêu biểu'))).toEqual([]);
  });

  it('Khmer alone still names Cambodia ("Quân đội Hoàng gia Khmer", "phía Khmer")', () => {
    expect(countryWords('đoàn đại biểu phía khmer').map((h) => h.country)).toEqual(['KH']);
    expect(countryWords('đồng bào dân tộc khmer')).toEqual([]);
    expect(countryWords('giáo viên dạy tiếng khmer')).toEqual([]);
  });
});

describe('"đường từ A sang B": a road’s course, not a trip', () => {
  const text = (sentence: string) =>
    ['Tin giao thông vùng biên', sentence, 'Ngành giao thông tỉnh Kon Tum đang khắc phục.'].join(
      '\n',
    );

  it('a road from a border gate over to Laos, blocked or upgraded, took nobody anywhere', () => {
    expect(
      visits(
        text(
          'Mưa lớn ở phía Attapeu, đường từ cửa khẩu quốc tế Bờ Y của Kon Tum sang Lào bị ùn ứ.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(text('Đường từ tỉnh Sê Kông sang Việt Nam vừa được trải nhựa, tỉnh Kon Tum hỗ trợ.')),
    ).toEqual([]);
  });

  it('"ách tắc trên tuyến đường sang Lào": where the road leads', () => {
    expect(
      visits(
        text(
          'Sạt lở ở tỉnh Attapeu. Các chủ xe tại tỉnh Kon Tum liên lạc để biết tình hình ách tắc trên tuyến đường sang Lào.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(text('Ngày 3/5, đoàn công tác tỉnh Kon Tum đã lên đường sang tỉnh Attapeu.')),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"lên đường từ A sang B" is the trip itself', () => {
    expect(
      visits(
        text(
          'Sáng 9/6, đoàn công tác tỉnh Kon Tum đã lên đường từ thành phố Kon Tum sang tỉnh Attapeu.',
        ),
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});

describe('an ambassador heard at an event in the capital of the country he is posted to', () => {
  const text = (speaker: string) =>
    [
      'Thủ đô Viêng Chăn vui Tết hữu nghị',
      'Tối 20/1, buổi gặp mặt mừng Xuân diễn ra tại Thủ đô Viêng Chăn với sự tham dự của nhiều lãnh đạo Lào và kiều bào.',
      `${speaker} phát biểu tại buổi gặp mặt (Ảnh: TTXVN)`,
    ].join('\n');

  it('is at his post, no visit from Hà Nội', () => {
    expect(visits(text('Đại sứ Việt Nam tại Lào Lê Văn Tám'))).toEqual([]);
  });

  it('a leader heard there came from his capital', () => {
    expect(visits(text('Phó Thủ tướng Lê Văn Tám'))).toEqual(['VN-HN*>LA-VT*']);
  });
});
