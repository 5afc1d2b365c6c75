import { describe, expect, it } from 'vitest';
import {
  dateFromText,
  dateFromUrl,
  httpUrl,
  isStampLine,
  parseDate,
  urlFromText,
} from '../../src/core/article/metadata.ts';

describe('parseDate', () => {
  it.each([
    ['13:09 | 28/01/2026', '2026-01-28'],
    ['28/01/2026 13:09', '2026-01-28'],
    ['Thứ Hai, 28/01/2026', '2026-01-28'],
    ['ngày 28 tháng 1 năm 2026', '2026-01-28'],
    ['Ngày 5 tháng 11 năm 2023', '2023-11-05'],
    ['2026-01-28', '2026-01-28'],
    ['2026-01-28T23:30:00+07:00', '2026-01-28'],
    ['2024-02-29T01:00:00Z', '2024-02-29'],
    ['5.6.2023', '2023-06-05'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([
    ['31/02/2026'],
    ['29/02/2023'],
    ['2026-13-01'],
    ['ngày 27/1'],
    ['Tối ngày 2/10'],
    [''],
    ['hôm qua'],
  ])('gives null for %s (no full, real calendar date)', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe('isStampLine', () => {
  it('accepts lines made of a date, a time, a weekday and update words', () => {
    expect(isStampLine('Cập nhật: Thứ Năm, 21/09/2023 15:40 (GMT+7)')).toBe(true);
    expect(isStampLine('13:09 | 28/01/2026')).toBe(true);
  });

  it('rejects a sentence that merely contains a date', () => {
    expect(isStampLine('Từ ngày 21/5 - 15/11/1972, hai bên đã phối hợp chặt chẽ.')).toBe(false);
    expect(isStampLine('Ngày 5 tháng 6 năm 2023, lãnh đạo hai thành phố đã ký biên bản.')).toBe(
      false,
    );
  });
});

describe('dateFromText', () => {
  it('prefers a byline a few lines under the site chrome to the page clock above it', () => {
    const text = [
      'Tiêu đề',
      'Analytic',
      'Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27',
      'Trang chủ  Thời sự  Dân tộc',
      'Vùng biên',
      'Tiêu đề',
      'L.Phương - P.Nguyên - 14:54, 23/02/2023',
      'Sáng 23/2, hai bên hội đàm.',
    ].join('\n');
    expect(dateFromText(text)).toBe('2023-02-23');
  });

  it('reads the publication stamp near the top of the article', () => {
    expect(dateFromText('Tiêu đề\n\n13:09 | 28/01/2026\n\nNgày 27/1, đoàn đã tới thăm.')).toBe(
      '2026-01-28',
    );
    expect(dateFromText('Tiêu đề\nngày 3 tháng 4 năm 2021\nThân bài.')).toBe('2021-04-03');
  });

  it('reads the posting time at the end of a byline ("Hoàng Vũ/VOV-Phnom Penh Thứ Năm, 07:45, 28/09/2023")', () => {
    expect(
      dateFromText(
        'Tiêu đề\nThế giới\nHoàng Vũ/VOV-Phnom Penh Thứ Năm, 07:45, 28/09/2023\nThân bài.',
      ),
    ).toBe('2023-09-28');
    expect(
      dateFromText('Tiêu đề\nNgày 26/9, tại tỉnh B, hai bên ký văn bản lúc 9:30, 26/9/2023.'),
    ).toBeNull();
  });

  it('reads an agency’s stamp "TTXVN Cập nhật 15:53 ngày 26/05/2018" under the menu', () => {
    expect(
      dateFromText(
        'Tiêu đề\nTV & VIDEO\n• VTV1\n• VTV8\nTiêu đề\nTTXVN Cập nhật 08:10 ngày 14/03/2019\nThân bài.',
      ),
    ).toBe('2019-03-14');
  });

  it('takes a portal’s bare day bar ("Thứ 6, ngày 22 tháng 11 năm 2024") only when no stamp follows', () => {
    const menu = Array.from({ length: 10 }, (_, i) => `Mục ${i + 1}`).join('\n');
    expect(
      dateFromText(
        `Tiêu đề\nSỞ NGOẠI VỤ\nThứ 6, ngày 22 tháng 11 năm 2024\n${menu}\nTiêu đề\n16-4-2023\nThân bài.`,
      ),
    ).toBe('2023-04-16');
    expect(dateFromText('Tiêu đề\nThứ 6, ngày 22 tháng 11 năm 2024\nThân bài.')).toBe('2024-11-22');
  });

  it('takes a clock in the page header ("…, 09:25:27") only when no other stamp is found', () => {
    expect(
      dateFromText(
        'Tiêu đề\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nQuang Vinh - 21:00, 26/09/2023\nThân bài.',
      ),
    ).toBe('2023-09-26');
    expect(dateFromText('Tiêu đề\nChủ nhật, 11/01/2026 06:38:10\nThân bài.')).toBe('2026-01-11');
  });

  it('never takes a date from a body sentence', () => {
    expect(
      dateFromText('Tiêu đề\nTừ ngày 21/5 - 15/11/1972, quân hai nước đã chiến đấu.'),
    ).toBeNull();
  });

  it('ignores a stamp far below the top (a teaser date in a related list)', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Đoạn văn số ${i + 1} có một câu.`).join(
      '\n',
    );
    expect(dateFromText(`Tiêu đề\n${body}\n08/01/2026`)).toBeNull();
  });

  it('gives null for text without any stamp', () => {
    expect(dateFromText('Tiêu đề\nThân bài không có ngày.')).toBeNull();
  });

  it('reads a short source-and-date line under the title ("QĐND Online – 17/09/2025")', () => {
    expect(dateFromText('Tiêu đề\nQĐND Online – 17/09/2025\nNgày 16/9, đoàn đến.')).toBe(
      '2025-09-17',
    );
    expect(dateFromText('Tiêu đề\nBáo Sơn La, 21/10/2024\nThân bài.')).toBe('2024-10-21');
  });

  it('does not take a title that names a date as the publication stamp', () => {
    expect(dateFromText('Kỷ niệm ngày 2/9/2025 tại Lào\nThân bài không có ngày.')).toBeNull();
  });

  it('reads a date and time the scraper ran into the end of the headline', () => {
    expect(dateFromText('Long An chúc Tết tỉnh Svay Rieng 02/04/2024 16:50\nThân bài.')).toBe(
      '2024-04-02',
    );
  });
});

describe('dateFromText on portal stamps (session 33)', () => {
  const menu = [
    'Trang chủ',
    'Thời sự',
    'Chính trị',
    'Kinh tế',
    'Xã hội',
    'Văn hóa',
    'Thể thao',
    'Quốc tế',
    'Bạn đọc',
    'Video',
    'Người Việt',
    'Giáo dục',
    'Pháp luật',
  ].join('\n');

  it('reads a stamp under a menu longer than the lines it searches', () => {
    expect(
      dateFromText(
        `Tiêu đề\nBáo Tỉnh\n${menu}\nThời sự › Chính trị\nThứ Tư, 07/02/2018, 11:26\nSáng 7-2, đoàn đến.`,
      ),
    ).toBe('2018-02-07');
  });

  it('still ignores a date under twenty lines of body text', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Đoạn thứ ${i + 1} của bài.`).join('\n');
    expect(dateFromText(`Tiêu đề\n${body}\n08/01/2026`)).toBeNull();
  });

  it('reads a stamp followed by the page counters ("Lượt xem: 407   Bình luận: 0")', () => {
    expect(
      dateFromText('Tiêu đề\nThứ ba - 28/11/2023 02:40   Lượt xem: 407   Bình luận: 0\nThân bài.'),
    ).toBe('2023-11-28');
    expect(dateFromText('Tiêu đề\nThứ hai - 18/11/2019 18:00  87  0\nThân bài.')).toBe(
      '2019-11-18',
    );
    expect(
      dateFromText('Tiêu đề\nThứ Năm, 21/11/2019 lúc 15:32   Cỡ chữ: A- A+ | In bài\nThân bài.'),
    ).toBe('2019-11-21');
    expect(isStampLine('Ngày đăng: 23/07/2022 | Lượt xem: 112')).toBe(true);
    // A portal's buttons after its counters.
    expect(
      dateFromText(
        'Tiêu đề\nCập nhật: 19/09/2023 11:20   Lượt xem: 1.204   [In bài] [Gửi email]\nThân bài.',
      ),
    ).toBe('2023-09-19');
    // Not a sentence that sends an e-mail on a date.
    expect(isStampLine('Ngày 19/09/2023 tỉnh gửi email mời đoàn')).toBe(false);
  });

  it('reads a stamp that is one part of a bar of outlet, section and source', () => {
    expect(dateFromText('Tiêu đề\nBáo Hà Tĩnh | Chính trị | Thứ Năm, 06/05/2021\nThân bài.')).toBe(
      '2021-05-06',
    );
    expect(
      dateFromText('Tiêu đề\nThứ Ba, 04/07/2023 | VOV5 > Người Việt muôn phương\nThân bài.'),
    ).toBe('2023-07-04');
    expect(
      dateFromText('Tiêu đề\nChuyên mục\nTác giả\n15/08/2024 08:42 | Nguồn: TTXVN\nThân bài.'),
    ).toBe('2024-08-15');
  });

  it('takes no date from a bar whose parts are sentences or numbers', () => {
    expect(
      dateFromText('Tiêu đề\nTin vắn | Ngày 2/4/2024, đoàn tỉnh A đã sang thăm tỉnh B.\nThân bài.'),
    ).toBeNull();
    expect(
      dateFromText('Tiêu đề\nTin tỉnh | Đón 12 đoàn khách về dự lễ hội | 20/08/2012\nThân bài.'),
    ).toBeNull();
  });

  it('reads a day written in words without "ngày" ("Thứ Sáu, 16 tháng 12 năm 2011")', () => {
    expect(dateFromText('Tiêu đề\nThứ Sáu, 16 tháng 12 năm 2011\nThân bài.')).toBe('2011-12-16');
  });

  it('reads the dateline opening the lead ("Tây Ninh (TTXVN) 20/01/2020 - Nhân dịp …")', () => {
    expect(
      dateFromText('Tiêu đề\nTây Ninh (TTXVN) 20/01/2020 - Nhân dịp Tết, đoàn tỉnh B đến thăm.'),
    ).toBe('2020-01-20');
    expect(
      dateFromText('Tiêu đề\nAKP Phnom Penh, ngày 06/12/2018 – Chiều hôm qua, hai bên hội đàm.'),
    ).toBe('2018-12-06');
    expect(
      dateFromText('Tiêu đề\nWeb.HCYU - 28/03/2013 - Chiều 28/3/2013, hội nghị khai mạc.'),
    ).toBe('2013-03-28');
  });

  it('takes no dateline from a sentence, a span of days or a date with no dash after it', () => {
    expect(
      dateFromText('Tiêu đề\nTừ 21/5/1972 - 15/11/1972, quân hai nước đã chiến đấu bên nhau.'),
    ).toBeNull();
    expect(
      dateFromText(
        'Tiêu đề\nĐoàn đại biểu tỉnh Sê Kông đã sang thăm tỉnh A vào 12/3/2019 - một dịp đặc biệt.',
      ),
    ).toBeNull();
    expect(
      dateFromText('Tiêu đề\nBình Định, ngày 10/10/2008, tại trụ sở Sở, hai bên làm việc.'),
    ).toBeNull();
  });

  it('prefers a post stamp with seconds to the portal’s day bar above it', () => {
    expect(
      dateFromText(
        'Tiêu đề\nQuân đội\nThứ Sáu, 29 tháng 3 năm 2024\nĐăng lúc: 2022-09-16 14:24:08 | Người viết: Bua Lao | Lượt xem: 2540 | Đánh giá:\nThân bài.',
      ),
    ).toBe('2022-09-16');
  });
});

describe('urlFromText and httpUrl', () => {
  it('reads the source URL from an "Đường dẫn bài viết:" or "Nguồn:" line', () => {
    expect(
      urlFromText('Tiêu đề\nĐường dẫn bài viết: https://vi.example/bai-1.html\nIn bài viết'),
    ).toBe('https://vi.example/bai-1.html');
    expect(urlFromText('Tiêu đề\nNguồn: http://vi.example/a?b=1')).toBe('http://vi.example/a?b=1');
  });

  it('accepts only http(s) addresses', () => {
    expect(urlFromText('Nguồn: javascript:alert(1)')).toBeNull();
    expect(urlFromText('Nguồn: ftp://vi.example/x')).toBeNull();
    expect(httpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(httpUrl('  https://vi.example/x  ')).toBe('https://vi.example/x');
    expect(httpUrl('https://')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });

  it('gives null when no line names a source', () => {
    expect(urlFromText('Tiêu đề\nThân bài nói về https://vi.example trong câu.')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/810230c0/hop-tac/', '2014-03'],
    ['https://example.vn/2019/12/05/doan-tinh-sang-tham/', '2019-12-05'],
    ['https://dantri.com.vn/xa-hoi/bi-thu-khao-sat-bien-gioi-20220822172444128.htm', '2022-08-22'],
  ])('%s → %s', (url, date) => expect(dateFromUrl(url)).toBe(date));

  it.each([
    'https://baomoi.com/tang-cuong-hop-tac/c/13233590.epi',
    'https://example.vn/2019/13/05/khong-phai-ngay/',
    'https://example.vn/tin-tuc/20221345172444128.htm',
  ])('%s holds no date', (url) => expect(dateFromUrl(url)).toBeNull());

  it('takes nothing from the host name', () => {
    expect(dateFromUrl('https://2014.example.vn/03/bai-viet')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('a source name printed twice, glued, over its day (session 66)', () => {
  it('"Báo Sài Gòn Giải phóngBáo Sài Gòn Giải phóng19/05/2025" under the title dates the page', () => {
    const text = [
      'Trao lúa giống cho bà con biên giới',
      'Báo Sài Gòn Giải phóngBáo Sài Gòn Giải phóng19/05/2025',
      'Ngày 19/5, Đồn Biên phòng đã trao quà cho người dân.',
    ].join('\n\n');
    expect(dateFromText(text)).toBe('2025-05-19');
  });

  it('guard: a name said once before the date is read by the source stamp rule, not this one', () => {
    expect(dateFromText(['Tin', 'VOV 19/05/2025', 'Đoàn đến thăm.'].join('\n'))).toBe('2025-05-19');
  });
});
