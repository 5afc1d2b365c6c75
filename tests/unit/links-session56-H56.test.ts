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
