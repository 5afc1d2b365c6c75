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
});

describe('a leader named by an office held before', () => {
  it('"Đoàn … tỉnh A do ông B, nguyên … tỉnh C làm trưởng đoàn": the trip is from A only', () => {
    expect(
      visitsOf(
        'Thăm bạn Lào\n\nNgày 14/3, Đoàn đại biểu Hội hữu nghị Việt Nam - Lào tỉnh Thanh Hóa do ông Lê Văn Bình, nguyên Phó Chủ tịch UBND tỉnh Ninh Bình làm trưởng đoàn đã thăm và làm việc tại tỉnh Hủa Phăn.',
      ),
    ).toEqual(['VN-21>LA-HO']);
  });

  it('"(nguyên Chủ tịch UBND tỉnh C)" in brackets after the present office: the same', () => {
    expect(
      visitsOf(
        'Thăm bạn Campuchia\n\nNgày 9/10, Đoàn đại biểu tỉnh Gia Lai do ông Trần Văn Hà, Phó Chủ tịch UBND tỉnh (nguyên Chủ tịch UBND tỉnh Bình Định) dẫn đầu đã thăm và làm việc tại tỉnh Ratanakiri.',
      ),
    ).toEqual(['VN-30>KH-16']);
  });

  it('"ông B, nguyên … tỉnh C, Chủ tịch Hội … tỉnh A đã dẫn đoàn thăm …": the present office’s A', () => {
    expect(
      visitsOf(
        'Thăm bạn Lào\n\nNgày 2/4, ông Phạm Văn Lâm, nguyên Bí thư Tỉnh ủy Kon Tum, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Quảng Ngãi đã dẫn đoàn thăm tỉnh Attapeu.',
      ),
    ).toEqual(['VN-29>LA-AT']);
  });

  it('a past office with no other home named still places the traveller (guard)', () => {
    expect(
      visitsOf(
        'Thăm bạn Lào\n\nNgày 14/3, Đoàn đại biểu Hội Cựu chiến binh do ông Lê Văn Bình, nguyên Phó Chủ tịch UBND tỉnh Ninh Bình làm trưởng đoàn đã thăm tỉnh Hủa Phăn.',
      ),
    ).toEqual(['VN-18>LA-HO']);
  });

  it('"Sở Tài nguyên và Môi trường tỉnh A" is an office now held, no past one (guard)', () => {
    expect(
      visitsOf(
        'Làm việc\n\nNgày 5/6, đoàn Sở Tài nguyên Môi trường tỉnh Quảng Nam và Sở Tài nguyên Môi trường tỉnh Quảng Ngãi đã thăm và làm việc tại tỉnh Sê Kông.',
      ),
    ).toEqual(['VN-27>LA-XE', 'VN-29>LA-XE']);
  });

  it('a title listed after "nguyên Tỉnh ủy viên," is the leader’s own province (guard)', () => {
    expect(
      visitsOf(
        'Thăm bạn Lào\n\nTháng 9/2009, Đoàn đại biểu tỉnh Sơn La do ông Lò Văn Hùng, nguyên Tỉnh ủy viên, Chủ tịch HĐND tỉnh Sơn La làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Luang Prabang.',
      ),
    ).toEqual(['VN-05>LA-LP']);
  });
});
