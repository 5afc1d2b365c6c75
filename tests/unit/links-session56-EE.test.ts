// Place spellings the fifty-sixth session's helper EE found unmatched by swapping province names in
// annotated articles: a Khmer name whose last word is hyphenated and written small after its first
// syllable ("Ốt-đô Miên-chây"), read bare (no "tỉnh" before it).
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { visitsOf } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const placesOf = (text: string): string[] =>
  geocodeArticle(makeDoc(text), gaz).result.places.map((p) => p.iso);

describe('a bare transliterated name whose last word is hyphenated ("X-y Z-w")', () => {
  it('"sang Băng-tây Miên-chây": Banteay Meanchey, the destination', () => {
    expect(
      visitsOf(
        'Doanh nghiệp tìm thị trường\n\nTháng 5/2024, đoàn công tác tỉnh An Giang đã sang Băng-tây Miên-chây khảo sát thị trường nông sản.',
      ),
    ).toEqual(['VN-44>KH-1']);
  });

  it('"đoàn đại biểu Ốt-đô Miên-chây … đến thăm tỉnh B": Oddar Meanchey, the guests', () => {
    expect(
      visitsOf(
        'Thăm tỉnh bạn\n\nSáng 12/3, đoàn đại biểu Ốt-đô Miên-chây do Phó Tỉnh trưởng dẫn đầu đã đến thăm tỉnh Kiên Giang.',
      ),
    ).toEqual(['KH-22>VN-47']);
  });

  it('"Prê Vi-hia": Preah Vihear, a place', () => {
    expect(
      placesOf('Du lịch\n\nDu khách Việt Nam đến Prê Vi-hia tham quan ngày càng nhiều.'),
    ).toEqual(['KH-13']);
  });

  it('guard: the last word written small at its head ("Ốt-đô miên-chây"): not the province', () => {
    expect(
      placesOf('Du lịch\n\nDu khách Việt Nam đến Ốt-đô miên-chây tham quan ngày càng nhiều.'),
    ).toEqual([]);
  });

  it('guard: a Vietnamese phrase with a small last word ("Hòa bình") is still no place', () => {
    expect(placesOf('Giao lưu\n\nThanh niên hai nước cùng hát bài Hòa bình cho Tây Ninh.')).toEqual(
      ['VN-37'],
    );
  });
});

describe('travellers on a route, however long the place name is spelt', () => {
  it('"khách đi từ Xay-nhạ-bu-ly sang tỉnh B có thể …": a route, no visit', () => {
    expect(
      visitsOf(
        'Tuyến xe mới\n\nTừ tháng này, khách đi từ Xay-nhạ-bu-ly sang tỉnh Sơn La có thể mua vé xe tại bến.',
      ),
    ).toEqual([]);
  });

  it('guard: "Đoàn khách tỉnh Xay-nhạ-bu-ly … sang tỉnh B": a delegation, a visit', () => {
    expect(
      visitsOf(
        'Thăm tỉnh bạn\n\nĐoàn khách tỉnh Xay-nhạ-bu-ly đi từ sáng sớm sang tỉnh Sơn La, hai bên có thể ký kết hợp tác.',
      ),
    ).toEqual(['LA-XA>VN-05']);
  });
});

describe('a provincial leader with a party rank leads the delegation, whatever the province’s spelling', () => {
  it('"Đón Đoàn … do đồng chí X, Ủy viên Ban Chấp hành Trung ương Đảng …, Tỉnh trưởng tỉnh Xay Nhạ Bu Ly dẫn đầu": the province came', () => {
    expect(
      visitsOf(
        'Tiếp đoàn tỉnh bạn\n\nĐón Đoàn đại biểu cấp cao do đồng chí Phết Xổm-phon-thong, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xay Nhạ Bu Ly dẫn đầu, Chủ tịch UBND tỉnh Lê Văn Hòa vui mừng chào đón đoàn sang thăm và làm việc tại Thanh Hóa.',
      ),
    ).toEqual(['LA-XA>VN-21']);
  });

  it('guard: a party delegation led by a national leader ("Đoàn … Đảng Nhân dân Cách mạng Lào do …"): the capital came', () => {
    expect(
      visitsOf(
        'Tiếp đoàn Lào\n\nĐón Đoàn đại biểu cấp cao Đảng Nhân dân Cách mạng Lào do đồng chí Phết Xổm-phon-thong, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng Nhân dân Cách mạng Lào dẫn đầu, Chủ tịch UBND tỉnh Lê Văn Hòa vui mừng chào đón đoàn sang thăm và làm việc tại Thanh Hóa.',
      ),
    ).toEqual(['LA-VT*>VN-21']);
  });
});
