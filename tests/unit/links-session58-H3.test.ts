// Rules the fifty-eighth session's helper H3 drew from verbatim real news on new themes (Tết
// greetings both ways, condolences and relief, congresses and anniversaries with foreign guests).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('greeting a foreign envoy in person at home', () => {
  it('"tặng hoa chúc mừng Đại sứ Campuchia": the ambassador is posted here, no trip to Cambodia', () => {
    expect(
      visitsOf(
        'Vận động ủng hộ đồng bào\n\nĐoàn đại biểu Bộ Ngoại giao tặng hoa chúc mừng Đại sứ Campuchia nhân dịp năm mới.',
      ),
    ).toEqual([]);
  });

  it('"đến thăm, chúc Tết Đại sứ Lào tại Hà Nội": no trip to Laos', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn Lào\n\nLãnh đạo Bộ Ngoại giao đến thăm, chúc Tết Đại sứ Lào tại Hà Nội nhân dịp Tết Bunpimay.',
      ),
    ).toEqual([]);
  });

  it('"đến chúc Tết Tổng Lãnh sự Campuchia tại TP": the consul general in person, likewise', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn Campuchia\n\nThứ trưởng Bộ Ngoại giao đến chúc Tết Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh.',
      ),
    ).toEqual([]);
  });

  it('guard: meeting our own ambassador posted abroad ("Đại sứ Việt Nam tại Campuchia"): a trip', () => {
    expect(
      visitsOf(
        'Làm việc với cơ quan đại diện\n\nĐoàn Bộ Ngoại giao sang thăm, làm việc với Đại sứ Việt Nam tại Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('guard: the country visited named first, the envoy after: still a trip', () => {
    expect(
      visitsOf(
        'Thăm bạn\n\nBộ trưởng Bộ Ngoại giao thăm Campuchia, gặp Đại sứ Campuchia tại Việt Nam.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});
