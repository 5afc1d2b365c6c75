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
