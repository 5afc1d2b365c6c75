// Rules the fifteenth session's blind sets called for: ceremonies at home with foreign guests.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a ceremony held at home, with guests from across the border', () => {
  it('"tại tỉnh A diễn ra lễ …": the place where an event took place is the venue of its roll', () => {
    const text = [
      'Tin',
      'Sáng 21/5, tại tỉnh Quảng Bình diễn ra lễ truy điệu 17 hài cốt liệt sĩ.',
      'Tham dự buổi lễ có ông Vông-phết, Phó Bí thư Tỉnh ủy Khăm Muộn (Lào).',
    ].join('\n');
    expect(visits(text, '2025-05-21')).toEqual(['LA-KH>VN-24']);
  });

  it('"tỉnh A tổ chức trọng thể lễ …": a manner word between the verb and the event', () => {
    const text = [
      'Tin',
      'Sáng 6/6, tỉnh Kon Tum tổ chức trọng thể lễ an táng 16 hài cốt liệt sĩ.',
      'Đến dự có đoàn đại biểu tỉnh Attapư (Lào).',
    ].join('\n');
    expect(visits(text, '2024-06-06')).toEqual(['LA-AT>VN-28']);
  });

  it('"liệt sĩ hy sinh tại tỉnh B", "quy tập tại tỉnh B": where soldiers fell is no venue', () => {
    const text = [
      'Tin',
      'Sáng 21/5, Nghĩa trang Ba Dốc là nơi tỉnh Quảng Bình tổ chức lễ truy điệu 17 liệt sĩ hy sinh tại tỉnh Khăm Muộn (Lào).',
      'Về dự lễ có ông Vông-phết, Phó Bí thư Tỉnh ủy Khăm Muộn (Lào).',
    ].join('\n');
    expect(visits(text, '2025-05-21')).toEqual(['LA-KH>VN-24']);
    const found = [
      'Tin',
      'Sáng 6/6, 12 hài cốt liệt sĩ được quy tập tại tỉnh Hủa Phăn (Lào) đã được an táng tại tỉnh Thanh Hóa.',
    ].join('\n');
    expect(visits(found, '2024-06-06')).toEqual([]);
  });

  it('a ceremony abroad keeps its venue: "tại tỉnh B (Lào) diễn ra lễ bàn giao …"', () => {
    const text = [
      'Tin',
      'Ngày 4/12, tại tỉnh Hủa Phăn (Lào) diễn ra lễ bàn giao trường học do tỉnh Thanh Hóa tài trợ.',
      'Dự lễ có đoàn công tác tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh dẫn đầu.',
    ].join('\n');
    expect(visits(text, '2025-12-04')).toEqual(['VN-21>LA-HO']);
  });
});
