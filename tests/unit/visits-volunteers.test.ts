// Volunteers at work in another province: a youth union's campaign "tại tỉnh B" is a trip there,
// while the "quân tình nguyện" of remains articles are soldiers of a past war, not travellers.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a volunteer campaign held in another province', () => {
  it('"Tỉnh đoàn A tổ chức chiến dịch Thanh niên tình nguyện tại tỉnh B" in a headline', () => {
    const text = [
      'Tỉnh đoàn Quảng Bình mở chiến dịch Thanh niên tình nguyện tại tỉnh Khăm Muồn',
      'Đồng Hới - Trong ba ngày, các đoàn viên đã sửa trường, khám bệnh cho bà con ở hai bản.',
    ].join('\n');
    expect(visits(text, '2024-07-20')).toEqual(['VN-24>LA-KH']);
  });

  it('a lead whose youth union works with the host union "tại huyện X, tỉnh B"', () => {
    const text = [
      'Tin',
      'Sáng 9/7, Tỉnh đoàn Nghệ An cùng Hội Thầy thuốc trẻ tỉnh đã phối hợp với Tỉnh đoàn Xiêng Khoảng (Lào) ra quân đợt tình nguyện hè tại huyện Noọng Hét, tỉnh Xiêng Khoảng.',
    ].join('\n');
    expect(visits(text, '2024-07-10')).toEqual(['VN-22>LA-XI']);
  });

  it('"hài cốt liệt sĩ quân tình nguyện … trên đất B" tells no trip of volunteers', () => {
    const text = [
      'Đoàn đại biểu tỉnh Ratanakiri thăm và làm việc tại tỉnh Gia Lai',
      'Ngày 9/1, tại thành phố Pleiku, đoàn do Tỉnh trưởng dẫn đầu đã làm việc với UBND tỉnh Gia Lai.',
      'Hai bên cũng phối hợp chặt chẽ trong việc tìm kiếm, cất bốc và hồi hương hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh trên đất Ratanakiri về nước.',
    ].join('\n');
    expect(visits(text, '2024-01-10')).toEqual(['KH-16>VN-30']);
  });
});
