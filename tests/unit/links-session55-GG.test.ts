// Rules the fifty-fifth session's helper GG drew from its probe (Vietnam's provinces after the
// 2025 merger, with their Lao and Cambodian partners).
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

describe('a venue named in apposition as a twin', () => {
  it('"… làm việc tại tỉnh B, tỉnh kết nghĩa của tỉnh A": B and A are twins', () => {
    expect(
      sistersOf(
        'Đoàn công tác\n\nNgày 12/4, đoàn công tác tỉnh Hà Tĩnh đã thăm và làm việc tại tỉnh Bolikhamxay, tỉnh kết nghĩa của tỉnh Hà Tĩnh.',
      ),
    ).toEqual(['LA-BL|VN-23']);
  });

  it('the twin of an old province is that province, not the traveller ("… của Quảng Bình trước đây")', () => {
    expect(
      sistersOf(
        'Đoàn công tác\n\nNgày 8/5, đoàn công tác Sở Nội vụ tỉnh Quảng Trị đã thăm và làm việc tại tỉnh Khăm Muộn, tỉnh kết nghĩa của Quảng Bình trước đây.',
      ),
    ).toEqual(['LA-KH|VN-24']);
  });

  it('a dash and "(Campuchia)" between them read the same ("tại tỉnh B (Campuchia) - địa phương kết nghĩa của A")', () => {
    expect(
      sistersOf(
        'Chúc Tết\n\nSáng 10/4, đoàn đại biểu tỉnh Tây Ninh đã đến chúc Tết tại tỉnh Svay Rieng (Campuchia) - địa phương kết nghĩa của tỉnh Tây Ninh.',
      ),
    ).toEqual(['KH-20|VN-37']);
  });

  it('a venue set beside a neighbour, not a twin ("tỉnh giáp biên của"), gives no pair', () => {
    expect(
      sistersOf(
        'Hội nghị\n\nHội nghị giao ban diễn ra tại tỉnh Khăm Muộn, tỉnh giáp biên của tỉnh Hà Tĩnh, và hai bên đã ký kết biên bản.',
      ),
    ).toEqual([]);
  });

  it('a venue with no twin word after it stays a venue ("ký kết … tại tỉnh B")', () => {
    expect(
      sistersOf(
        'Ký kết\n\nNgày 3/6, Sở Y tế tỉnh Nghệ An và Sở Y tế tỉnh Xiêng Khoảng ký kết thỏa thuận hợp tác tại Thủ đô Viêng Chăn, nơi hai bên dự hội nghị.',
      ),
    ).toEqual(['LA-XI|VN-22']);
  });

  it('guard: a venue twin keeps the signing’s other partners of the venue’s country', () => {
    expect(
      sistersOf(
        'Ký kết\n\nNhân dịp này, tỉnh Quảng Trị đã ký kết biên bản hợp tác giai đoạn 2025 - 2030 với tỉnh Savannakhet và tỉnh Salavan tại tỉnh Savannakhet, tỉnh kết nghĩa của tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV|VN-25', 'LA-SL|VN-25']);
  });
});
