// Visits the fifty-fourth session's reviews called for: a consulate's own event where it sits.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a consulate holding an event in the province of its seat', () => {
  it('is no visit, the city of its seat lying in that province', () => {
    expect(
      visits(
        'Tin\n\nChiều 25/7, Tổng Lãnh sự quán Việt Nam tại Savannakhet tổ chức dâng hoa tại Nghĩa trang liệt sĩ ở tỉnh Savannakhet.',
      ),
    ).toEqual([]);
    expect(
      visits(
        'Tin\n\nSáng 20/7, Tổng Lãnh sự quán Việt Nam tại Pakse đã tổ chức dâng hương tại Đài tưởng niệm ở tỉnh Champasak.',
      ),
    ).toEqual([]);
  });

  it('is still a visit to another province', () => {
    expect(
      visits(
        'Tin\n\nSáng 20/7, Tổng Lãnh sự quán Việt Nam tại Pakse tổ chức dâng hương tại Đài tưởng niệm ở tỉnh Sê Kông.',
      ),
    ).toEqual(['VN-HN*>LA-XE']);
  });
});
