import { describe, expect, it } from 'vitest';
import {
  eventDate,
  findDates,
  firstEventDate,
  leadDay,
  resolveDate,
  yearClues,
} from '../../src/core/extract/dates.ts';
import { namedLunarYear } from '../../src/core/extract/lunar-new-year.ts';

const noClues = yearClues('', null);

describe('findDates', () => {
  it('reads day/month, day/month/year and the words form', () => {
    expect(findDates('Ngày 27/1, đoàn đến.')[0]).toMatchObject({ day: 27, month: 1, year: null });
    expect(findDates('sáng 05/03/2024')[0]).toMatchObject({ day: 5, month: 3, year: 2024 });
    expect(findDates('ngày 5 tháng 3 năm 2024')[0]).toMatchObject({ day: 5, month: 3, year: 2024 });
  });

  it('reads the weekday named before a day with no year, and no ordinal as one', () => {
    expect(findDates('trong chuyến thăm hôm Chủ nhật, ngày 9/4.')).toMatchObject([
      { day: 9, month: 4, weekday: 0 },
    ]);
    expect(findDates('Sáng thứ Ba (12/3), đoàn đến')).toMatchObject([{ day: 12, weekday: 2 }]);
    expect(findDates('Thứ 7, 5/3, đoàn đến')).toMatchObject([{ day: 5, weekday: 6 }]);
    expect(findDates('Hội nghị lần thứ hai, ngày 9/4')[0]!.weekday).toBeUndefined();
  });

  it('a weekday picks the year either side of the inferred one on which the day falls', () => {
    // The article's only year is 2022, a year it looks back on; Sunday 9 April was in 2023.
    const clues = yearClues('hợp tác từ năm 2022', null);
    expect(eventDate('hôm Chủ nhật, ngày 9/4, đoàn thăm tỉnh B', clues, false)).toBe('2023-04-09');
    expect(eventDate('ngày 9/4, đoàn thăm tỉnh B', clues, false)).toBe('2022-04-09');
    // Saturday 9 April 2022: the inferred year stands.
    expect(eventDate('hôm thứ Bảy, ngày 9/4, đoàn thăm', clues, false)).toBe('2022-04-09');
  });

  it('reads no event in the day a numbered document was issued ("Văn bản số 4259/UBND-NC ngày …")', () => {
    expect(
      findDates(
        'Thực hiện Văn bản số 4259/UBND-NC ngày 06 tháng 12 năm 2023, từ ngày 11 đến 13/12/2023, đoàn đã sang.',
      ),
    ).toMatchObject([{ month: 12, year: 2023, range: true }]);
    expect(findDates('theo Quyết định số 12/QĐ-UBND, ngày 5/3/2024')).toEqual([]);
    expect(findDates('Số 12, ngày 5/3/2024, đoàn đến')).toEqual([]);
    expect(findDates('Đoàn số 2 về, ngày 5/3/2024 đến')).toMatchObject([{ day: 5, month: 3 }]);
  });

  it('reads a month\'s year written with a dot or a dash ("tháng 6.1977", "tháng 11-2022")', () => {
    expect(findDates('khi sang Việt Nam vào tháng 6.1977')).toMatchObject([
      { month: 6, year: 1977 },
    ]);
    expect(findDates('hồi tháng 11-2022, đoàn đã sang')).toMatchObject([{ month: 11, year: 2022 }]);
  });

  it('reads no day/month inside an ISO date stamp', () => {
    expect(findDates('date 2026-01-06 (GLO)- Sáng 6-1, đoàn đến')).toMatchObject([
      { day: 6, month: 1 },
    ]);
  });

  it('reads a range of days as the month only', () => {
    expect(findDates('từ ngày 15 đến 17/7')[0]).toMatchObject({ month: 7, range: true });
    // The dotted month after a time word ("Ba ngày 7- 9.12"), not day 7 of September.
    expect(findDates('Ba ngày 7- 9.12, ngày hội diễn ra')).toMatchObject([
      { day: null, month: 12, range: true },
    ]);
    expect(findDates('tăng từ 1 đến 2.5 lần')).toEqual([]);
    expect(findDates('Trong hai ngày 2 và 3/4, các đoàn')[0]).toMatchObject({
      day: null,
      month: 4,
      range: true,
    });
    expect(findDates('từ 21/5 - 15/11/1972')[0]).toMatchObject({
      month: 5,
      year: 1972,
      range: true,
    });
  });

  it('reads the dotted form after a time word or in brackets, not a decimal', () => {
    expect(findDates('chiều 10.4, đoàn sang')[0]).toMatchObject({ day: 10, month: 4, year: null });
    expect(findDates('hôm qua (28.8)')[0]).toMatchObject({ day: 28, month: 8 });
    expect(findDates('ngày 2.9.2024')[0]).toMatchObject({ day: 2, month: 9, year: 2024 });
    expect(findDates('tăng 1.5 lần, đạt 10.4 triệu USD')).toEqual([]);
  });

  it('reads "(5/9/1962 - 5/9/2022)" as an anniversary, behind any other date of the sentence', () => {
    const clues = yearClues('', '2022-08-06');
    const both = firstEventDate('kỷ niệm 60 năm (5/9/1962-5/9/2022), ngày 5/8, đoàn đến', clues);
    expect(both).toMatchObject({ day: 5, month: 8 });
    const alone = firstEventDate('dự lễ kỷ niệm (20/1/1949 - 20/1/2024) tại Hủa Phăn', clues);
    expect(alone).toMatchObject({ day: null, month: 1, year: 2024, anniversary: true });
  });

  it('reads "từ 29 đến 31-10" as a range of October, not as the 31st', () => {
    expect(findDates('Trong 3 ngày, từ 29 đến 31-10, tại tỉnh B')).toMatchObject([
      { day: null, month: 10, range: true },
    ]);
  });

  it('reads "(5-9-1977 – 5-9-2012)" with dashes as an anniversary too', () => {
    const clues = yearClues('', '2012-08-06');
    const both = firstEventDate('kỷ niệm 50 năm (5-9-1977 – 5-9-2012), tối 5-8, đoàn đến', clues);
    expect(both).toMatchObject({ day: 5, month: 8 });
  });

  it('reads "(22-12-1944/22-12-2022)", dashed dates parted by a slash, as an anniversary', () => {
    const clues = yearClues('', '2022-12-24');
    const both = firstEventDate('78 năm (22-12-1944/22-12-2022), sáng 24-12, đoàn đến', clues);
    expect(both).toMatchObject({ day: 24, month: 12 });
  });

  it('ignores numbers that are not dates', () => {
    expect(findDates('loại 5.759 tên địch, 1,8 tỷ đồng, 300 sinh viên, 12 văn kiện')).toEqual([]);
    expect(findDates('ngày 45/13')).toEqual([]);
  });
});

describe('resolveDate and yearClues', () => {
  it('takes the year from the publication date', () => {
    const clues = yearClues('', '2026-01-28');
    expect(resolveDate(findDates('Ngày 27/1')[0]!, clues)).toBe('2026-01-27');
  });

  it('puts a month later than the publication month in the year before', () => {
    const clues = yearClues('', '2026-01-05');
    expect(resolveDate(findDates('ngày 10/12')[0]!, clues)).toBe('2025-12-10');
  });

  it('uses the only year an article mentions when it has no publication date', () => {
    const clues = yearClues('hoàn thành vai trò Chủ tịch ASEAN trong năm 2024', null);
    expect(resolveDate(findDates('từ ngày 15 đến 17/7')[0]!, clues)).toBe('2024-07');
  });

  it('converts a Buddhist-era year (Phật lịch 2565 = 2022) and knows the April New Year', () => {
    const clues = yearClues('Tết cổ truyền Bun-pi-may Phật lịch năm 2565', null);
    expect(clues.buddhistYear).toBe(2022);
    expect(eventDate('Đoàn đến thăm, chúc Tết.', clues, true)).toBe('2022-04');
    expect(eventDate('Đoàn đến thăm, chúc Tết.', clues, false)).toBeNull();
  });

  it('reads "Phật lịch" in any case, and no Buddhist year in a text without one', () => {
    expect(yearClues('TẾT BUN-PI-MAY PHẬT LỊCH 2566', null).buddhistYear).toBe(2023);
    expect(yearClues('Tết Bun-pi-may năm nay, Phật Lịch năm 2567', null).buddhistYear).toBe(2024);
    expect(yearClues('Tết Bun-pi-may năm 2024 tại tỉnh Chăm-pa-sắc', null).buddhistYear).toBeNull();
  });

  it('finds an anniversary year only beside its founding day, with or without other slashes', () => {
    expect(yearClues('Kỷ niệm 60 năm (5/9/1962 - 5/9/2022)', null).anniversaryYear).toBe(2022);
    expect(yearClues('Kỷ niệm 60 năm thành lập tỉnh', null).anniversaryYear).toBeNull();
  });

  it('reads a span of years as an anniversary only when its length is stated', () => {
    const text =
      'Trong 56 năm kể từ khi thiết lập quan hệ ngoại giao Việt Nam - Lào (1962-2018) và 41 năm kể từ ngày ký Hiệp ước (1977-2018), quan hệ được vun đắp. Ngày 29-7, đoàn thành phố Đà Nẵng đã sang tỉnh Attapeu.';
    const clues = yearClues(text, null);
    expect(clues.anniversaryYear).toBe(2018);
    expect(eventDate('Ngày 29-7, đoàn thành phố Đà Nẵng đã sang tỉnh Attapeu.', clues, true)).toBe(
      '2018-07-29',
    );
    // A plan's period, and a span that is not the stated number of years.
    expect(yearClues('Kế hoạch 5 năm giai đoạn (2016-2021)', null).anniversaryYear).toBeNull();
    expect(
      yearClues('Sau 30 năm xây dựng (1975-2010), tỉnh đổi mới', null).anniversaryYear,
    ).toBeNull();
  });

  it('counts an anniversary of a founding whose year is known ("55 năm … quan hệ ngoại giao Việt Nam - Campuchia")', () => {
    const text =
      'Trong khuôn khổ kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Campuchia, ngày 28/7, tại tỉnh Kampot, đoàn tỉnh Kiên Giang đã dự hội nghị.';
    const clues = yearClues(text, null);
    expect(clues.anniversaryYear).toBe(2022);
    expect(eventDate(text, clues, true)).toBe('2022-07-28');
    // Laos and Vietnam (1962), either order; the treaty (1977); Laos and Cambodia (1956).
    expect(
      yearClues('60 năm thiết lập quan hệ ngoại giao Lào - Việt Nam', null).anniversaryYear,
    ).toBe(2022);
    expect(
      yearClues('45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào', null).anniversaryYear,
    ).toBe(2022);
    expect(
      yearClues('65 năm thiết lập quan hệ ngoại giao Lào - Cam-pu-chia', null).anniversaryYear,
    ).toBe(2021);
    // Two that disagree tell no year; a province's founding is no known one.
    expect(
      yearClues(
        '60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào và 50 năm thiết lập quan hệ ngoại giao Việt Nam - Campuchia',
        null,
      ).anniversaryYear,
    ).toBeNull();
    expect(yearClues('Kỷ niệm 30 năm thành lập tỉnh Kon Tum', null).anniversaryYear).toBeNull();
  });

  it('takes the April New Year for the article only from its headline or lead', () => {
    const later =
      'Đoàn tỉnh B chúc Tết Nguyên đán.\n' +
      'x'.repeat(800) +
      '\nTháng 4/2019, đoàn tỉnh A đã dự Tết Chôl Chnăm Thmây tại tỉnh B.';
    const clues = yearClues(later, '2020-01-21');
    expect(clues.festivalMonth).toBeNull();
    expect(eventDate('Đoàn đến thăm, chúc Tết.', clues, true)).toBeNull();
    // A sentence that names the festival itself still says April.
    expect(eventDate('Đoàn dự Tết Bun-pi-may.', clues, true)).toBe('2019-04');
  });

  it('stays null when nothing gives the year', () => {
    expect(resolveDate(findDates('Tối ngày 2/10')[0]!, noClues)).toBeNull();
    expect(eventDate('Đoàn đến thăm.', noClues, true)).toBeNull();
  });

  it('does not trust several different years to date an event', () => {
    expect(yearClues('năm 2019 và năm 2024', null).soleYear).toBeNull();
  });

  it('reads a span of days told in words as its month', () => {
    const clues = yearClues('', '2016-07-01');
    expect(
      eventDate('Từ ngày 20 đến ngày 24 tháng 6 năm 2016, đoàn thăm tỉnh B.', clues, true),
    ).toBe('2016-06');
  });

  it('takes no birth year for the article’s year', () => {
    expect(yearClues('đối tượng Hờ Bá T. (SN 1977, trú tại bản X)', null).soleYear).toBeNull();
    expect(yearClues('ông A, sinh năm 1960, và ngày 2/3', null).soleYear).toBeNull();
    expect(yearClues('Sáng 2/3/2024, đoàn sang thăm.', null).soleYear).toBe(2024);
  });
});

describe('the year a festival names', () => {
  it('"Nhân dịp Tết Nguyên đán Bính Thân 2016, ngày 1/2" is 1 February 2016', () => {
    expect(
      eventDate('Nhân dịp Tết Nguyên đán Bính Thân 2016, ngày 1/2, đoàn sang thăm.', noClues, true),
    ).toBe('2016-02-01');
    expect(eventDate('Nhân dịp Xuân Kỷ Hợi 2019, ngày 29/1, đoàn đến thăm.', noClues, true)).toBe(
      '2019-01-29',
    );
    expect(
      eventDate('Dịp Tết cổ truyền Bunpimay 2024, ngày 12/4, đoàn đến thăm.', noClues, true),
    ).toBe('2024-04-12');
  });

  it('greetings in December are for the lunar New Year of the year after', () => {
    expect(eventDate('Ngày 28/12, đoàn chúc Tết Nguyên đán Ất Tỵ 2025.', noClues, true)).toBe(
      '2024-12-28',
    );
  });

  it('a year the date already has, or one far from any festival, is not replaced', () => {
    expect(eventDate('Dịp Tết 2016, ngày 1/2/2017 đoàn sang.', noClues, true)).toBe('2017-02-01');
    expect(
      eventDate('Ngày 1/2, đoàn sang thăm; năm 2016 hai tỉnh ký kết.', noClues, true),
    ).toBeNull();
  });
});

describe('the year of an anniversary', () => {
  it('"kỷ niệm 55 năm … (5/9/1962 - 5/9/2017)": a day without its year falls in 2017', () => {
    const text =
      'Nhân dịp kỷ niệm 55 năm (5/9/1962 - 5/9/2017) và 40 năm (18/7/1977 - 18/7/2017), ngày 19/7, đoàn đã thăm tỉnh Hòa Bình.';
    const clues = yearClues(text, null);
    expect(clues.soleYear).toBeNull();
    expect(eventDate('Ngày 19/7, đoàn đã thăm tỉnh Hòa Bình.', clues, true)).toBe('2017-07-19');
    // Anniversaries of different years leave it unknown.
    const two = yearClues('(5/9/1962 - 5/9/2017) và (18/7/1977 - 18/7/2022)', null);
    expect(eventDate('Ngày 19/7, đoàn đã thăm.', two, true)).toBeNull();
  });
});

describe('relative years', () => {
  it('"tháng 11 năm ngoái" is November of the year before the article\'s', () => {
    const clues = yearClues('', '2024-04-12');
    expect(resolveDate(findDates('tháng 11 năm ngoái')[0]!, clues)).toBe('2023-11');
    expect(resolveDate(findDates('tháng 3 năm nay')[0]!, clues)).toBe('2024-03');
  });
});

describe('leadDay', () => {
  const clues = yearClues('', '2025-03-28');
  it('reads the lead’s day, or the month of its span of days, past the page’s posting stamp', () => {
    expect(
      leadDay('Tin\nThời Đại - 28/03/2025 09:10\nTừ ngày 24 đến 27/3, đoàn thăm tỉnh B.', clues),
    ).toBe('2025-03');
    expect(leadDay('Tin\n09:10 28/03/2025\nSáng 25/3, đoàn thăm tỉnh B.', clues)).toBe(
      '2025-03-25',
    );
  });
  it('skips a dateline told by its weekday, and a clock never reaches into the next line', () => {
    expect(
      leadDay(
        'Tin\nThứ Năm, 27/03/2025. Cập nhật: Thứ Sáu, 28/03/2025 08:45\nNgày 25/3/2025, đoàn thăm tỉnh B.',
        clues,
      ),
    ).toBe('2025-03-25');
  });
  it('gives no date for an anniversary alone', () => {
    expect(leadDay('Tin\nKỷ niệm 60 năm (5/9/1962 - 5/9/2022).', clues)).toBeNull();
  });
});

describe('the year a lunar New Year is named by', () => {
  it('reads the sexagenary name after "Tết (Nguyên đán)" or "Xuân"', () => {
    expect(namedLunarYear('chúc Tết Nguyên đán Quý Mão')).toBe(2023);
    expect(namedLunarYear('Xuân Giáp Thìn')).toBe(2024);
    expect(namedLunarYear('Tết Ất Tỵ')).toBe(2025);
    expect(namedLunarYear('Tết cổ truyền Canh Tí')).toBe(2020);
    expect(namedLunarYear('Tết Nguyên đán')).toBeNull();
    // "Quý" alone is a word ("quý báu"); a stem needs its branch.
    expect(namedLunarYear('tình hữu nghị quý báu')).toBeNull();
  });

  it('dates the days an article about that Tết gives without a year', () => {
    const clues = yearClues(
      'Các tỉnh Lào chúc Tết Nghệ An. Đón Tết Nguyên đán Quý Mão, ngày 9/1 các đoàn sang thăm. Năm 2013, hai tỉnh ký biên bản.',
      null,
    );
    expect(eventDate('Ngày 9/1, tỉnh đón các đoàn.', clues, false)).toBe('2023-01-09');
    // Greetings for the Tết of 2023 begin in December 2022.
    expect(eventDate('Ngày 28/12, đoàn sang thăm.', clues, false)).toBe('2022-12-28');
  });
});

describe('"hôm 20 tháng 12" (blind set 94)', () => {
  it('reads a day written with "hôm" as with "ngày"', () => {
    expect(findDates('bắt đầu từ hôm 20 tháng 12.')[0]).toMatchObject({ day: 20, month: 12 });
  });
});

describe('"kể từ / tính từ" a date: the start of a count of trips', () => {
  it('dates no trip by the day a count starts', () => {
    // An article that gives no year of its own: the count's year would be taken.
    const clues = yearClues('Hai tỉnh hội đàm tại thị xã.', null);
    expect(
      eventDate('Kể từ tháng 5/2021, tỉnh A đã cử 12 đoàn sang tỉnh B.', clues, false),
    ).toBeNull();
    expect(
      eventDate('Tính từ năm 2019 đến nay, hai bên đã trao đổi 20 đoàn.', clues, false),
    ).toBeNull();
    expect(
      eventDate(
        'Từ tháng 3/2020 đến nay, tỉnh B đã cử 15 đoàn với 200 lượt người sang.',
        clues,
        false,
      ),
    ).toBeNull();
  });

  it('still dates a signing since which two provinces cooperate', () => {
    const clues = yearClues('Hai tỉnh hội đàm tại thị xã.', null);
    expect(eventDate('Tính từ tháng 6/2016, hai tỉnh ký kết bản ghi nhớ.', clues, false)).toBe(
      '2016-06',
    );
  });

  it('counts no trips in a date before "đoàn" nor in "đoàn viên" (S56 review)', () => {
    const clues = yearClues('Hai tỉnh hội đàm tại thị xã.', null);
    expect(
      eventDate('Kể từ ngày 12/5/2025 đoàn công tác tỉnh A bắt đầu thăm tỉnh B.', clues, false),
    ).toBe('2025-05-12');
    expect(
      eventDate('Từ ngày 15/7/2025 đến nay, 30 đoàn viên tỉnh A có mặt tại tỉnh B.', clues, false),
    ).toBe('2025-07-15');
  });

  it('still dates a trip whose range opens with "từ"', () => {
    const clues = yearClues('Năm 2025, hai tỉnh ký biên bản.', '2025-04-02');
    expect(eventDate('Từ ngày 12 đến 14/3, đoàn sang thăm tỉnh B.', clues, false)).toBe('2025-03');
  });
});
