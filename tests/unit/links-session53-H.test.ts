// Rules the fifty-third session's helper H drew from the probes of the Development Triangle's
// multilateral meetings (hybrid rolls, habits told "here").
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('"Tại đây, ‹national party› …" told as a habit', () => {
  it('"… thường xuyên tổ chức …" at the place the sentence before spoke of: no trip', () => {
    expect(
      visits(
        [
          'Tin',
          'Nhiều năm qua, các cuộc giao lưu giữa tỉnh Đắk Lắk với tỉnh Mondulkiri (Campuchia) và tỉnh Champasak (Lào) đã diễn ra tại nơi đây.',
          'Tại đây, Chính phủ và lực lượng vũ trang các tỉnh thường xuyên tổ chức trồng cây hữu nghị.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  const week = (deed: string) =>
    [
      'Tin',
      'Từ ngày 3 đến 8/10, Tuần Văn hóa Việt Nam tại Lào được tổ chức ở hai địa điểm là Viêng Chăn và Chăm Pa Sắc.',
      `Tại đây, đoàn Việt Nam ${deed} giới thiệu các món ăn truyền thống.`,
    ].join('\n');

  it('"Tại đây, đoàn Việt Nam hằng năm …": what the delegation does every year is no trip', () => {
    expect(visits(week('hằng năm'))).toEqual([]);
  });

  it('"Tại đây, đoàn Việt Nam đã …": the delegation came to each place of the event', () => {
    expect(visits(week('đã'))).toEqual(['VN-HN*>LA-VT', 'VN-HN*>LA-CH']);
  });
});

describe('a roll split between those present and those online', () => {
  it('"… dự trực tiếp (A1, A2, A3) và … theo dõi trực tuyến (B1, B2)": only the A came', () => {
    expect(
      visits(
        [
          'Tin',
          'Dự hội thảo tại tỉnh Champasak có lãnh đạo 5 tỉnh Việt Nam, trong đó 3 tỉnh dự trực tiếp (Bình Định, Gia Lai, Kon Tum) và 2 tỉnh theo dõi trực tuyến (Cần Thơ, Lâm Đồng).',
        ].join('\n'),
      ),
    ).toEqual(['VN-31>LA-CH', 'VN-30>LA-CH', 'VN-28>LA-CH']);
  });

  it('an event held online only: nobody came', () => {
    expect(
      visits(
        [
          'Tin',
          'Ngày 4/6, tại tỉnh Champasak, hội thảo du lịch diễn ra theo hình thức trực tuyến với sự tham dự của lãnh đạo 3 tỉnh Bình Định, Gia Lai, Kon Tum.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('the closing day of a meeting under way', () => {
  const text = (held: string) =>
    [
      'Tin',
      `Hội nghị lần thứ tư Ủy ban Kinh tế Quốc hội ba nước Campuchia, Lào và Việt Nam ${held} vào ngày 6/9 tại tỉnh Stung Treng, Vương quốc Campuchia.`,
    ].join('\n');

  it('"diễn ra từ ngày 3/9 và dự kiến bế mạc vào ngày 6/9 tại B": under way, the guests came', () => {
    expect(visits(text('diễn ra từ ngày 3/9 và dự kiến bế mạc'))).toEqual([
      'VN-HN*>KH-19',
      'LA-VT*>KH-19',
    ]);
  });

  it('"dự kiến diễn ra từ ngày 3/9 và bế mạc vào ngày 6/9 tại B": the whole meeting is a plan', () => {
    expect(visits(text('dự kiến diễn ra từ ngày 3/9 và bế mạc'))).toEqual([]);
  });
});

describe('a defence exchange at the junction of three countries', () => {
  it('"tại khu vực ngã ba biên giới (tỉnh A của Việt Nam, tỉnh B của Lào và tỉnh C của Campuchia)": the other ministers came to A', () => {
    expect(
      visits(
        [
          'Tin',
          'Sáng 9/11, giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ hai đã diễn ra tại khu vực ngã ba biên giới (tỉnh Kon Tum của Việt Nam, tỉnh Attapeu của Lào và tỉnh Ratanakiri của Campuchia).',
        ].join('\n'),
      ),
    ).toEqual(['LA-VT*>VN-28', 'KH-12*>VN-28']);
  });

  it('two countries\' exchange "tại tỉnh A (Việt Nam) và tỉnh B (Campuchia)": each minister crossed', () => {
    expect(
      visits(
        [
          'Tin',
          'Sáng 9/11, giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ ba đã diễn ra tại tỉnh Tây Ninh (Việt Nam) và tỉnh Svay Rieng (Campuchia).',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-37', 'VN-HN*>KH-20']);
  });
});

describe('probe O guards', () => {
  it('"Tại đây, đoàn Việt Nam đã … và thống nhất sẽ …": the plan is the deed\'s outcome, the trip done', () => {
    expect(
      visits(
        [
          'Tin',
          'Từ ngày 3 đến 8/10, Tuần Văn hóa Việt Nam tại Lào được tổ chức ở hai địa điểm là Viêng Chăn và Chăm Pa Sắc.',
          'Tại đây, đoàn Việt Nam đã làm việc với lãnh đạo hai địa phương và thống nhất sẽ tăng cường hợp tác văn hóa.',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT', 'VN-HN*>LA-CH']);
  });

  it('an online event where the members "trực tiếp tham gia ý kiến" (spoke up themselves) is no hybrid', () => {
    expect(
      visits(
        [
          'Tin',
          'Ngày 4/6, tại tỉnh Champasak, hội thảo du lịch diễn ra theo hình thức trực tuyến với sự tham dự của lãnh đạo 3 tỉnh Bình Định, Gia Lai, Kon Tum; các đại biểu đã trực tiếp tham gia ý kiến.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a junction exchange "do Bộ Quốc phòng Lào chủ trì": the others came to the Lao province of the gloss', () => {
    expect(
      visits(
        [
          'Tin',
          'Sáng 9/11, giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ hai do Bộ Quốc phòng Lào chủ trì đã diễn ra tại khu vực ngã ba biên giới (tỉnh Kon Tum của Việt Nam, tỉnh Attapeu của Lào và tỉnh Ratanakiri của Campuchia).',
        ].join('\n'),
      ),
    ).toEqual(['VN-HN*>LA-AT', 'KH-12*>LA-AT']);
  });
});
