// A ceremony at a border gate, told the way provincial papers tell it: the venue after a bracketed
// town, the guests' roll opened by "Sang dự", a national body beside its country's province, the
// tourists' route along the river.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const LEAD =
  'Ngày 23-2, tại Khu kinh tế cửa khẩu Vĩnh Xương (thị xã Tân Châu), tỉnh An Giang và tỉnh Kandal - Campuchia phối hợp tổ chức lễ khai trương cặp cửa khẩu quốc tế.';

describe('a border-gate ceremony', () => {
  it('"Sang dự buổi lễ, phía Campuchia có … Bộ Nội vụ Campuchia; … Phó Tỉnh trưởng tỉnh Kandal"', () => {
    const text = [
      'Khai trương cửa khẩu quốc tế ở An Giang',
      LEAD,
      'Sang dự buổi lễ, phía Campuchia có ngài Yin Kia, Phó Tổng Cục trưởng Tổng cục Di trú - Bộ Nội vụ Campuchia; ngài Nop Dara, Phó Tỉnh trưởng tỉnh Kandal.',
    ].join('\n');
    expect(visits(text, '2023-02-23')).toEqual(['KH-8>VN-44', 'KH-12*>VN-44']);
  });

  it('a town named in brackets and in an address with a bracket closed before "và" stays in its province', () => {
    const text = [
      'Khai trương cửa khẩu quốc tế ở An Giang',
      LEAD,
      'Vĩnh Xương (thị xã Tân Châu, An Giang) và Kaorm Samnor (tỉnh Kandal) cùng nằm bên bờ sông.',
      'Sang dự buổi lễ, phía Campuchia có ngài Nop Dara, Phó Tỉnh trưởng tỉnh Kandal.',
    ].join('\n');
    expect(visits(text, '2023-02-23')).toEqual(['KH-8>VN-44']);
  });

  it('a tourists\' route "từ A ngược lên B và C" is no trip', () => {
    const text = [
      'Tin',
      'Ông Huỳnh Công Huấn, Giám đốc Sở Ngoại vụ tỉnh An Giang, cho biết đây là điểm dừng chân quen thuộc của du khách quốc tế trên hành trình dọc sông Mekong, từ TP Hồ Chí Minh ngược lên Phnom Penh và Siem Reap.',
    ].join('\n');
    expect(visits(text, '2023-02-23')).toEqual([]);
  });

  it("a province's leader whose titles begin with a national membership is no national guest", () => {
    const text = [
      'Tin',
      'Sáng 5/12, tại thành phố Điện Biên Phủ, tỉnh Điện Biên đã tổ chức hội đàm với đoàn tỉnh Phông Sa Lỳ.',
      'Đồng chủ trì hội đàm có đồng chí Trần Văn A, Bí thư Tỉnh ủy Điện Biên; đồng chí Khăm-phoi, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Sa Lỳ.',
    ].join('\n');
    expect(visits(text, '2024-12-06')).toEqual(['LA-PH>VN-71']);
  });
});
