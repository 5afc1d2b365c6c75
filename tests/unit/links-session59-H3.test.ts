// Rules the fifty-ninth session's helper H3 drew from a background-trip harness: one sentence
// recalling an earlier trip between an article's own places (its own date), or a relationship, a
// plan or a habit with no trip, inserted into articles the step already read right.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf } from './support/visit-strings.ts';

/** Each visit with its date, "FROM>TO@DATE". */
const datedVisits = (text: string, date: string | null = null): string[] =>
  linksOf(text, date)
    .filter((l) => l.kind === 'visit')
    .map((l) => `${l.from.iso}>${l.to.iso}@${l.date}`)
    .sort();

const MAIN =
  'Tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet\n\nNgày 11/3, Đoàn đại biểu tỉnh Savannakhet do Phó Tỉnh trưởng dẫn đầu đã thăm và làm việc tại tỉnh Quảng Trị.';
const PUBLISHED = '2025-03-12';

describe('an earlier trip dated by its year alone', () => {
  it('"Năm 2023, Đoàn … tỉnh A đã sang thăm … tỉnh B": the recalled trip keeps its year', () => {
    expect(
      datedVisits(
        `${MAIN} Năm 2023, Đoàn đại biểu tỉnh Quảng Trị đã sang thăm, làm việc tại tỉnh Savannakhet.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2023']);
  });

  it('"Trước đó, vào năm 2024, tỉnh B đã đón Đoàn … tỉnh A": a reception dated by its year', () => {
    expect(
      datedVisits(
        `${MAIN} Trước đó, vào năm 2024, tỉnh Savannakhet đã đón Đoàn đại biểu tỉnh Quảng Trị sang thăm và làm việc.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2024']);
  });

  it('"… hồi năm 2023" after the trip: its year too', () => {
    expect(
      datedVisits(
        `${MAIN}\n\nChuyến thăm diễn ra sau chuyến thăm của Đoàn tỉnh Quảng Trị tới tỉnh Savannakhet hồi năm 2023.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2023']);
  });

  it('"Năm ngoái, …": the year before the article\'s', () => {
    expect(
      datedVisits(
        `${MAIN}\n\nNăm ngoái, Đoàn đại biểu tỉnh Quảng Trị cũng đã sang thăm và làm việc tại tỉnh Savannakhet.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2024']);
  });

  it('"Cũng trong năm 2024, …": a time, not a period', () => {
    expect(
      datedVisits(
        `${MAIN}\n\nCũng trong năm 2024, Đoàn đại biểu tỉnh Quảng Trị đã có chuyến thăm và làm việc tại tỉnh Savannakhet.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2024']);
  });

  it('guard: the same pair recalled by its year does not re-date the trip already told', () => {
    expect(
      datedVisits(
        `${MAIN} Năm 2023, Đoàn đại biểu tỉnh Savannakhet cũng đã sang thăm tỉnh Quảng Trị.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11']);
  });

  it('guard: nor a trip the article left undated', () => {
    expect(
      datedVisits(
        'Đoàn tỉnh Savannakhet thăm tỉnh Quảng Trị\n\nĐoàn đại biểu tỉnh Savannakhet đã thăm và làm việc tại tỉnh Quảng Trị. Năm 2023, Đoàn đại biểu tỉnh Savannakhet cũng đã sang thăm tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25@null']);
  });

  it('guard: "Trong năm 2024, …" and "Từ năm 2018, …" are periods, no trip\'s year', () => {
    expect(
      datedVisits(
        `${MAIN}\n\nTrong năm 2024, tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet xây dựng mô hình trồng lúa.`,
        PUBLISHED,
      ),
    ).not.toContain('VN-25>LA-SV@2024');
    expect(
      datedVisits(
        `${MAIN}\n\nTừ năm 2018, tỉnh Quảng Trị đã cử cán bộ kỹ thuật sang tỉnh Savannakhet xây dựng mô hình trồng lúa.`,
        PUBLISHED,
      ),
    ).not.toContain('VN-25>LA-SV@2018');
  });

  it("guard: a year long before the article's is history, as a month is", () => {
    expect(
      datedVisits(
        `${MAIN} Năm 2012, Đoàn đại biểu tỉnh Quảng Trị đã sang thăm, làm việc tại tỉnh Savannakhet.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@null']);
  });

  it('guard: a month given beside the year still wins', () => {
    expect(
      datedVisits(
        `${MAIN} Tháng 5/2023, Đoàn đại biểu tỉnh Quảng Trị đã sang thăm, làm việc tại tỉnh Savannakhet.`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-25@2025-03-11', 'VN-25>LA-SV@2023-05']);
  });
});

describe("a year that is no trip's time", () => {
  it('guard: "… hoàn thành vào năm 2025" is a deadline, not the day of the trip', () => {
    expect(
      datedVisits(
        'Khởi công trụ sở\n\nĐoàn đại biểu tỉnh Nghệ An đã sang tỉnh Xiêng Khoảng dự lễ khởi công trụ sở công an huyện, công trình sẽ hoàn thành vào năm 2025.',
        PUBLISHED,
      ),
    ).toEqual(['VN-22>LA-XI@null']);
  });
});

describe('a trip recalled with its own year is not the delegation later sentences follow', () => {
  const after = 'Cũng trong chuyến công tác này, Đoàn đã đến thăm và làm việc tại thành phố Huế.';

  it('"Trước đó, năm 2024, Đoàn … tỉnh A đã sang …": the next "Đoàn" is still the guests', () => {
    expect(
      visitsOf(
        `${MAIN} Trước đó, năm 2024, Đoàn đại biểu cấp cao tỉnh Quảng Trị do đồng chí Bí thư Tỉnh ủy dẫn đầu đã sang thăm và làm việc tại tỉnh Savannakhet.\n\n${after}`,
        PUBLISHED,
      ),
    ).toContain('LA-SV>VN-26');
  });

  it('"Tháng 7/2023, …" and "Hồi năm 2023, …" likewise', () => {
    for (const recall of [
      'Tháng 7/2023, Đoàn đại biểu tỉnh Quảng Trị đã sang thăm, làm việc tại tỉnh Savannakhet.',
      'Hồi năm 2023, Chủ tịch UBND tỉnh Quảng Trị cùng đoàn công tác đã sang thăm, làm việc tại tỉnh Savannakhet.',
    ])
      expect(visitsOf(`${MAIN} ${recall}\n\n${after}`, PUBLISHED)).toContain('LA-SV>VN-26');
  });

  it('guard: "Trước đó, ngày 10/3, đoàn …" is an earlier stop of the same trip', () => {
    expect(
      datedVisits(
        `${MAIN} Trước đó, ngày 10/3, đoàn đã đến thăm tỉnh Quảng Bình.\n\n${after}`,
        PUBLISHED,
      ),
    ).toEqual(['LA-SV>VN-24@2025-03-10', 'LA-SV>VN-25@2025-03-11', 'LA-SV>VN-26@2025-03']);
  });
});
