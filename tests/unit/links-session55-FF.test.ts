// Rules the fifty-fifth session's helper FF drew from the probes' misreadings (trade, border
// gates and infrastructure: what runs "từ A đến B" without anyone travelling).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a power line or a distance "từ A đến B" is no trip', () => {
  it('"lưới điện 35 kV từ huyện A đến huyện B": the grid line’s course', () => {
    expect(
      visitsOf(
        'Cấp điện qua biên giới\n\nCông trình điện đã được đưa vào sử dụng. Đó là lưới điện 35 kV từ huyện Kỳ Sơn đến trung tâm huyện Mường Mộc của tỉnh Xiêng Khoảng.',
      ),
    ).toEqual([]);
  });

  it('"công trình 110kV từ A đến B": a line measured in kilovolts', () => {
    expect(
      visitsOf(
        'Cấp điện qua biên giới\n\nNgành điện tỉnh Quảng Bình vừa đóng điện công trình 110kV từ huyện Minh Hóa đến tỉnh Khăm Muộn.',
      ),
    ).toEqual([]);
  });

  it('"Khoảng cách từ A đến B khoảng 250 km": a distance, nobody’s trip', () => {
    expect(
      visitsOf(
        'Tuyến xe mới\n\nTuyến xe buýt nối thị xã Thakhek (tỉnh Khammuan) với Quảng Bình đang được bàn. Khoảng cách từ Thakhek đến Quảng Bình khoảng 250km.',
      ),
    ).toEqual([]);
  });

  it('guard: a delegation that went "từ A đến B" still travelled', () => {
    expect(
      visitsOf(
        'Thăm hữu nghị\n\nĐoàn đại biểu tỉnh Khăm Muộn đã đi từ thị xã Thakhek đến Quảng Bình để thăm và làm việc.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard: a network of people ("Mạng lưới thanh niên … từ tỉnh A đã sang tỉnh B") is no grid', () => {
    expect(
      visitsOf(
        'Giao lưu thanh niên\n\nHơn 50 thành viên Mạng lưới thanh niên tình nguyện từ tỉnh Savannakhet đã sang tỉnh Quảng Trị giao lưu.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('guard: a distance the trip crossed ("Vượt khoảng cách xa xôi từ A sang B, đoàn đã …")', () => {
    expect(
      visitsOf(
        'Trao quà\n\nVượt khoảng cách xa xôi từ Nghệ An sang tỉnh Hủa Phăn, đoàn đã trao 200 suất quà cho học sinh.',
      ),
    ).toEqual(['VN-22>LA-HO']);
  });

  it('guard: "cách" without "khoảng" keeps the trip ("bằng cách … từ A đến B")', () => {
    expect(
      visitsOf(
        'Thăm hữu nghị\n\nĐoàn công tác tỉnh Hà Tĩnh đã sang tỉnh Bolikhamxay bằng cách đi từ cửa khẩu Cầu Treo đến thị trấn Pakkading để thăm và làm việc.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });
});

describe('an event abroad "diễn ra với sự tham dự của" the paper’s own leader', () => {
  it('unmarked leader beside the host’s, who is named: a national visit to the venue', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nNgày 12/9, lễ khánh thành trường học do công ty X tài trợ tại tỉnh Sekong (Lào) đã diễn ra với sự tham dự của Phó Chủ tịch nước Võ Thị Bình, Phó Chủ tịch nước Lào Bounma.',
      ),
    ).toEqual(['VN-HN*>LA-XE']);
  });

  it('the venue after "diễn ra tại", in Cambodia, the same way', () => {
    expect(
      visitsOf(
        'Khánh thành nhà máy\n\nLễ khánh thành nhà máy chế biến cà phê diễn ra tại tỉnh Mondulkiri (Campuchia), với sự tham dự của Phó Thủ tướng Trần Văn Hải, Phó Thủ tướng Campuchia Sok Chea.',
      ),
    ).toEqual(['VN-HN*>KH-11']);
  });

  it('guard: the host’s leader and an unmarked colleague of his: no visit', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nLễ khánh thành trường học tại tỉnh Sekong (Lào) đã diễn ra với sự tham dự của Phó Thủ tướng Lào Bounma, Bộ trưởng Bộ Giáo dục Khamphet.',
      ),
    ).toEqual([]);
  });

  it('guard: an event in Vietnam reads no unmarked leader as a visitor', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nLễ khánh thành trường học tại tỉnh Quảng Nam đã diễn ra với sự tham dự của Phó Chủ tịch nước Võ Thị Bình.',
      ),
    ).toEqual([]);
  });

  it('guard: the host’s own leader unmarked before a marked colleague, no Vietnamese named: no visit', () => {
    expect(
      visitsOf(
        'Khánh thành chùa\n\nLễ khánh thành chùa tại tỉnh Kampot (Campuchia) diễn ra với sự tham dự của Samdech Hun Sen, Chủ tịch Thượng viện, và Bộ trưởng Bộ Tôn giáo Campuchia.',
      ),
    ).toEqual([]);
  });
});
