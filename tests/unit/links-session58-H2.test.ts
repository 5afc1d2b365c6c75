// Rules the fifty-eighth session's helper H2 drew from a clause-embedding recall harness: the
// evidence sentence of a visit read right, wrapped in the clauses real news wraps a trip in (an
// occasion, a programme, a time moved to the front), must keep the visit.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin đối ngoại\n\n';
// The event placed in its host province, then the roll of its guests.
const FORUM = 'Chiều 4/11, Hội nghị hợp tác biên giới đã khai mạc tại tỉnh Quảng Trị.\n';
const ROLL = 'về dự hội nghị có đại diện lãnh đạo các tỉnh Savannakhet, Salavan của Lào.';

describe('a roll of guests keeps its trip behind a time or an occasion clause', () => {
  it('"Về dự hội nghị có …" alone (unchanged)', () => {
    expect(visitsOf(HEAD + FORUM + 'V' + ROLL.slice(1)).sort()).toEqual([
      'LA-SL>VN-25',
      'LA-SV>VN-25',
    ]);
  });

  it('"Sáng 5/11, về dự hội nghị có …": the time fronted', () => {
    expect(visitsOf(HEAD + FORUM + 'Sáng 5/11, ' + ROLL).sort()).toEqual([
      'LA-SL>VN-25',
      'LA-SV>VN-25',
    ]);
  });

  it('"Thực hiện chương trình hợp tác giữa hai tỉnh, về dự … có …": a programme fronted', () => {
    expect(
      visitsOf(HEAD + FORUM + 'Thực hiện chương trình hợp tác giữa hai tỉnh, ' + ROLL).sort(),
    ).toEqual(['LA-SL>VN-25', 'LA-SV>VN-25']);
  });

  it('"Sáng 5/11, nhân dịp …, sang dự buổi lễ có …": a time, then an occasion', () => {
    expect(
      visitsOf(
        HEAD +
          'Lễ khánh thành chợ biên giới đã diễn ra tại huyện Tịnh Biên, tỉnh An Giang.\n' +
          'Sáng 5/11, nhân dịp Tết cổ truyền Chôl Chnăm Thmây, sang dự buổi lễ có ông Pen Sokha, Phó Tỉnh trưởng tỉnh Takeo (Campuchia).',
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('"Từ ngày 4 đến 6/11, về dự hội nghị có …": a span of days fronted', () => {
    expect(visitsOf(HEAD + FORUM + 'Từ ngày 4 đến 6/11, ' + ROLL).sort()).toEqual([
      'LA-SL>VN-25',
      'LA-SV>VN-25',
    ]);
  });

  it('"Trong hai ngày 4 và 5/11, về dự hội nghị có …": two days fronted', () => {
    expect(visitsOf(HEAD + FORUM + 'Trong hai ngày 4 và 5/11, ' + ROLL).sort()).toEqual([
      'LA-SL>VN-25',
      'LA-SV>VN-25',
    ]);
  });

  it('"Thực hiện chương trình …, hội nghị có gần 70 đại biểu tham dự, gồm …": a counted roll', () => {
    expect(
      visitsOf(
        HEAD +
          FORUM +
          'Thực hiện chương trình hợp tác giữa hai tỉnh, hội nghị có gần 70 đại biểu tham dự, gồm đại diện lãnh đạo các tỉnh Savannakhet, Salavan của Lào.',
      ).sort(),
    ).toEqual(['LA-SL>VN-25', 'LA-SV>VN-25']);
  });

  it('guard: "Từ năm 2010 đến nay, về dự … có …": a history, its roll no trip of this event', () => {
    expect(visitsOf(HEAD + FORUM + 'Từ năm 2010 đến nay, ' + ROLL)).toEqual([]);
  });

  it('guard: "Từ năm 2010 đến nay, …" is a history, no fronted time of the roll', () => {
    expect(
      visitsOf(
        HEAD +
          FORUM +
          'Từ năm 2010 đến nay, hai tỉnh đã tổ chức nhiều hội nghị về biên giới với Savannakhet.',
      ),
    ).toEqual([]);
  });

  it('guard: "Nhân dịp …, tỉnh A sẽ cử đoàn về dự …": a roll still to come is no trip', () => {
    expect(
      visitsOf(
        HEAD +
          FORUM +
          'Nhân dịp Tết Bunpimay, tỉnh Salavan sẽ cử đoàn về dự lễ hội của tỉnh Quảng Trị.',
      ),
    ).toEqual([]);
  });
});

describe("the year of a programme an opening carries out is not the roll's own year", () => {
  const DATED = 'Tin đối ngoại\n05/11/2024\n\n' + FORUM;

  it('"Thực hiện kế hoạch hợp tác năm 2024, về dự … có …": the roll keeps the article\'s venue', () => {
    expect(visitsOf(DATED + 'Thực hiện kế hoạch hợp tác năm 2024, ' + ROLL).sort()).toEqual([
      'LA-SL>VN-25',
      'LA-SV>VN-25',
    ]);
  });

  it('guard: "Năm 2016, về dự … có …": a year of its own tells another event', () => {
    expect(visitsOf(DATED + 'Năm 2016, ' + ROLL)).toEqual([]);
  });

  it('guard: "Sáng 5/11, về dự hội nghị năm 2016 có …": the year inside the clause itself', () => {
    expect(
      visitsOf(
        DATED +
          'Sáng 5/11, về dự hội nghị năm 2016 có đại diện lãnh đạo các tỉnh Savannakhet, Salavan của Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation received ("được … đón tiếp") keeps its trip when a clause follows', () => {
  const RECEIVED =
    'Đoàn công tác tỉnh Gia Lai được đồng chí Sổm Phon, Chủ tịch HĐND tỉnh Champasak cùng lãnh đạo các sở của tỉnh bạn đón tiếp';

  it('"… đón tiếp." (unchanged)', () => {
    expect(visitsOf(HEAD + RECEIVED + '.')).toEqual(['VN-30>LA-CH']);
  });

  it('"… đón tiếp, nhằm …": a clause of purpose after the reception', () => {
    expect(visitsOf(HEAD + RECEIVED + ', nhằm đánh giá kết quả hợp tác thời gian qua.')).toEqual([
      'VN-30>LA-CH',
    ]);
  });

  it('"… đón tiếp vào ngày 12/3": the date moved to the end', () => {
    expect(visitsOf(HEAD + RECEIVED + ' vào ngày 12/3.')).toEqual(['VN-30>LA-CH']);
  });

  it('"Nhân kỷ niệm …, đoàn … được … đón tiếp.": a long occasion clause before the delegation', () => {
    expect(
      visitsOf(HEAD + 'Nhân kỷ niệm Ngày Quốc khánh nước CHDCND Lào, đ' + RECEIVED.slice(1) + '.'),
    ).toEqual(['VN-30>LA-CH']);
  });

  it('guard: "Thực hiện chương trình …, đoàn … sẽ được … đón tiếp.": still to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Thực hiện chương trình hợp tác giữa hai tỉnh, đoàn công tác tỉnh Gia Lai sẽ được lãnh đạo tỉnh Champasak đón tiếp.',
      ),
    ).toEqual([]);
  });

  it('guard: "… sẽ được … đón tiếp, nhằm …": a reception still to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn công tác tỉnh Gia Lai sẽ được lãnh đạo tỉnh Champasak đón tiếp, nhằm đánh giá kết quả hợp tác.',
      ),
    ).toEqual([]);
  });
});

describe('"Trong chuyến công tác này," refers to the trip told before; it tells none itself', () => {
  it('"Trong chuyến công tác này, về dự diễn đàn có …": the guests came, the host did not go', () => {
    expect(
      visitsOf(
        HEAD +
          'Sáng 6/12, diễn đàn thanh niên ba nước đã khai mạc tại tỉnh Đắk Lắk.\n' +
          'Trong chuyến công tác này, về dự diễn đàn có đại diện thanh niên các tỉnh Attapư, Salavan của Lào.',
      ).sort(),
    ).toEqual(['LA-AT>VN-33', 'LA-SL>VN-33']);
  });

  it('guard: "Trong chuyến công tác tại tỉnh B, đoàn tỉnh A …": a trip named with its place', () => {
    expect(
      visitsOf(HEAD + 'Trong chuyến công tác tại tỉnh Attapeu, đoàn tỉnh Gia Lai đã trao quà.'),
    ).toEqual(['VN-30>LA-AT']);
  });
});
