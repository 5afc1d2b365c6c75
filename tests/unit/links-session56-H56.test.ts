// Rules the fifty-sixth session's helper H56 drew from a wording harness (the same sentence written
// with other, equivalent words): old-style tone marks, spelt-out office names, fronted venues.
import { describe, expect, it } from 'vitest';
import { modernTones, modernToneWord } from '../../src/core/normalize.ts';
import { visitsOf } from './support/visit-strings.ts';

describe('old-style tone placement ("hoà", "toạ", "uỷ") reads as the new style', () => {
  it('"… hai tỉnh A (Việt Nam) và B (Lào) đã tổ chức toạ đàm": the meeting word in old style', () => {
    expect(
      visitsOf(
        'Phụ nữ hai tỉnh giao lưu\n\nChiều 20/5, tại Thừa Thiên Huế, Hội Nông dân hai tỉnh Thừa Thiên Huế (Việt Nam) và Salavan (Lào) đã tổ chức toạ đàm.',
      ),
    ).toEqual(['LA-SL>VN-26']);
  });

  it('"Tuần Văn hoá Lào tại Việt Nam … khai mạc tại thành phố B": the showcase week in old style', () => {
    expect(
      visitsOf(
        'Khai mạc tuần văn hóa\n\nTối 3/10, Tuần Văn hoá Lào tại Việt Nam đã khai mạc tại thành phố Đà Nẵng.',
      ),
    ).toEqual(['LA-VT*>VN-DN']);
  });

  it('guard: words the two styles write alike stay as they are ("quý", "hoàng", "khuỷu", "thuở")', () => {
    expect(modernTones('quý khách, hoàng hôn, khuỷu tay, thuở ấy')).toBe(
      'quý khách, hoàng hôn, khuỷu tay, thuở ấy',
    );
    expect(modernTones('cộng hoà, tỉnh uỷ, thoả thuận')).toBe('cộng hòa, tỉnh ủy, thỏa thuận');
    expect(modernToneWord('quý')).toBe('quý');
    expect(modernToneWord('uỷ')).toBe('ủy');
  });
});

describe('the people’s committee spelt out ("Ủy ban nhân dân tỉnh A") reaches as far as "UBND"', () => {
  it('"Phát biểu khai mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh A X cho rằng …" abroad: A’s leader came', () => {
    expect(
      visitsOf(
        'Khai mạc Tuần Văn hóa tại Luông Pha Băng\nNgày 12/11, Tuần Văn hóa - Du lịch các tỉnh Tây Bắc Việt Nam đã khai mạc tại tỉnh Luông Pha Băng (Lào).\nPhát biểu khai mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La Lò Văn Mạnh cho rằng sự kiện góp phần thắt chặt tình hữu nghị.',
      ),
    ).toEqual(['VN-05>LA-LP']);
  });

  it('"Ngày hội do Bộ … cùng Ủy ban nhân dân tỉnh A tổ chức, có đại diện các tỉnh B1, B2 tham gia"', () => {
    expect(
      visitsOf(
        'Ngày hội việc làm biên giới\nNgày hội do Bộ LĐ-TB-XH cùng Ủy ban nhân dân tỉnh Đồng Tháp tổ chức, có đại diện các tỉnh Prey Veng, Svay Rieng (Vương quốc Campuchia) tham gia.',
      ),
    ).toEqual(['KH-14>VN-45', 'KH-20>VN-45']);
  });

  it('guard: the speaker at home, in his own province: no visit', () => {
    expect(
      visitsOf(
        'Khai mạc Tuần Văn hóa\nNgày 12/11, Tuần Văn hóa các tỉnh Tây Bắc đã khai mạc tại tỉnh Sơn La.\nPhát biểu khai mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La Lò Văn Mạnh cho rằng sự kiện góp phần thắt chặt tình hữu nghị với Lào.',
      ),
    ).toEqual([]);
  });

  it('guard: the organiser’s own district taking part: no visit', () => {
    expect(
      visitsOf(
        'Ngày hội việc làm biên giới\nNgày hội do Bộ LĐ-TB-XH cùng Ủy ban nhân dân tỉnh Đồng Tháp tổ chức, có đại diện Hội Nông dân huyện Cao Lãnh tham gia.',
      ),
    ).toEqual([]);
  });
});

describe('a fronted venue "tại thành phố C, tỉnh B": the province a located city lies in is the venue too', () => {
  it('"Chiều d/m, tại thành phố C, tỉnh B, ông X, Phó Tỉnh trưởng tỉnh A, đã sang trao …": A came to B', () => {
    expect(
      visitsOf(
        'Tin tức\nChiều 8/9, tại thành phố Đông Hà, tỉnh Quảng Trị, ông Khăm-phăn Phôm-ma-thắt, Phó Tỉnh trưởng tỉnh Savannakhet, đã sang trao bằng khen cho nhiều tập thể.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('guard: the lead’s city and its province are one venue for the roll after it', () => {
    expect(
      visitsOf(
        'Tin tức\nSáng 2/3, tại thành phố Pakse, tỉnh Champasak, Phó Thủ tướng Trần Văn Minh đã dự lễ khánh thành trường học do Việt Nam tài trợ.\nCùng dự có ông Lê Văn Hải, Chủ tịch UBND tỉnh Quảng Trị.',
      ),
    ).toEqual(['VN-HN*>LA-CH', 'VN-25>LA-CH']);
  });

  it('guard: a mission’s seat "ở thành phố C, tỉnh B" is no venue it travelled to', () => {
    expect(
      visitsOf(
        'Tin tức\nChiều 8/9, tại Tổng Lãnh sự quán Việt Nam ở thành phố Pakse, tỉnh Champasak, đoàn cán bộ của Tổng Lãnh sự quán đã gặp mặt cộng đồng người Việt.',
      ),
    ).toEqual([]);
  });
});
