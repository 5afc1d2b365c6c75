// Places the fifty-fourth session's reviews called for: names of sites that carry a city's name.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('"Hồ Chí Minh" inside a longer name, beside a city', () => {
  it('is the museum named after the person, not the city ("Bảo tàng Hồ Chí Minh, Hà Nội")', () => {
    expect(
      isos('Sáng 9/5, đoàn cán bộ tỉnh Xiêng Khoảng tham quan Bảo tàng Hồ Chí Minh, Hà Nội.'),
    ).toEqual(['LA-XI', 'VN-HN']);
  });

  it('is still the city as an item of a list of cities', () => {
    expect(isos('Đoàn đã làm việc tại Đà Nẵng, Hồ Chí Minh và Cần Thơ.')).toEqual([
      'VN-DN',
      'VN-SG',
      'VN-CT',
    ]);
    expect(isos('Đoàn sẽ đến Hồ Chí Minh, Bình Dương và Đồng Nai.')).toEqual([
      'VN-SG',
      'VN-57',
      'VN-39',
    ]);
  });
});

describe('a hotel named after a city', () => {
  it('is a site, not the city ("khách sạn Sài Gòn Kim Liên" in Vinh)', () => {
    expect(
      isos('Đoàn tỉnh Hủa Phăn nghỉ tại khách sạn Sài Gòn Kim Liên ở thành phố Vinh.'),
    ).toEqual(['LA-HO', 'VN-22']);
  });

  it('leaves the province named after it ("khách sạn Mường Thanh, tỉnh Điện Biên")', () => {
    expect(isos('Hội nghị diễn ra tại khách sạn Mường Thanh, tỉnh Điện Biên.')).toEqual(['VN-71']);
  });
});
