// Places the forty-ninth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('a Lao name that opens on "Bo"', () => {
  it('"tỉnh Bo Li Khăm Say" is Bolikhamxay, not an office ("Bộ …")', () => {
    expect(isos('Đối tượng thứ hai trú tại tỉnh Bo Li Khăm Say.')).toEqual(['LA-BL']);
  });

  it('"tỉnh Bộ Công an" is still no place', () => {
    expect(isos('Đoàn công tác của tỉnh Bộ Công an Lào đã đến.')).toEqual([]);
  });
});

describe('a commune whose name ends on a province’s', () => {
  it('"xã Tân Khánh Hòa, huyện Giang Thành" is in Kiên Giang, not Khánh Hòa', () => {
    expect(
      isos('Bà con xã Tân Khánh Hòa, huyện Giang Thành (tỉnh Kiên Giang) đón Tết vui hơn.'),
    ).toEqual(['VN-47']);
  });
});

describe('foreign capitals that sound like a province', () => {
  it('"thủ đô Bắc Kinh" is no Bắc Ninh', () => {
    expect(isos('Hội nghị diễn ra tại thủ đô Bắc Kinh, Trung Quốc.')).toEqual([]);
  });

  it('"tỉnh Hải Nam" of China is no Hà Nam', () => {
    expect(isos('Đoàn đã đến tỉnh Hải Nam, Trung Quốc.')).toEqual([]);
  });

  it('"tỉnh Hà Nam" is still Hà Nam', () => {
    expect(isos('Đoàn đã đến tỉnh Hà Nam.')).toEqual(['VN-63']);
  });
});

describe('a document named after the city it was signed in', () => {
  it('"Thỏa thuận Hà Nội năm 2007" names no place', () => {
    expect(
      isos(
        'Hai tỉnh Hà Tĩnh và Bolikhămxay đã triển khai “Thỏa thuận Hà Nội năm 2007” tại cửa khẩu.',
      ),
    ).toEqual(['VN-23', 'LA-BL']);
  });

  it('"Hà Nội" after a lower-case "thỏa thuận" is still the city', () => {
    expect(isos('Đoàn đã ký thỏa thuận tại Hà Nội.')).toEqual(['VN-HN']);
  });
});

describe('a junction named like a province', () => {
  it('"Ngã ba Hà Giang (biển Hà Tiên)" is in Kiên Giang, not Hà Giang', () => {
    expect(
      new Set(isos('Tàu cập bến tại Ngã ba Hà Giang (biển Hà Tiên), tỉnh Kiên Giang.')),
    ).toEqual(new Set(['VN-47']));
  });
});
