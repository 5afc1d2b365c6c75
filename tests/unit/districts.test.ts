import { describe, expect, it } from 'vitest';
import table from '../../geodata/gazetteer/districts.json' with { type: 'json' };
import { borderDistricts } from '../../src/core/extract/districts.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();

describe('geodata/gazetteer/districts.json', () => {
  it('places every district in a province the gazetteer holds, and no name twice', () => {
    const seen = new Set<string>();
    for (const row of table) {
      expect(['province', 'municipality'], row.province).toContain(gaz.get(row.province)?.kind);
      for (const name of row.names) {
        expect(seen.has(name), name).toBe(false);
        seen.add(name);
      }
    }
  });

  it('names no district like a province or a city of the gazetteer (those are places already)', () => {
    const known = new Set(gaz.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
    for (const row of table)
      for (const name of row.names) expect(known.has(name), name).toBe(false);
  });
});

describe('borderDistricts', () => {
  it('gives the province of its day: the merged one after 1 July 2025', () => {
    expect(borderDistricts(gaz, '2024-04-10').get('tay giang')?.iso).toBe('VN-27');
    expect(borderDistricts(gaz, '2025-09-01').get('tay giang')?.iso).toBe('VN-DN');
  });
});

describe('a border district named alone', () => {
  it('"Đoàn công tác huyện Tây Giang … tỉnh Sê Kông": from the district\'s province', () => {
    const text = 'Tin\nĐoàn công tác huyện Tây Giang đã thăm, chúc Tết tỉnh Sê Kông (Lào).';
    expect(visits(text, '2024-04-10')).toEqual(['VN-27>LA-XE']);
  });

  it('"tại huyện Minh Hóa, Công an huyện … hội đàm với đoàn … tỉnh Khăm Muộn"', () => {
    const text =
      'Tin\nMới đây, tại huyện Minh Hóa, Công an huyện Minh Hóa đã hội đàm với đoàn đại biểu An ninh huyện Na Kai, tỉnh Khăm Muộn, nước CHDCND Lào.';
    expect(visits(text, '2019-05-10')).toEqual(['LA-KH>VN-24']);
  });

  it('a district of a capital: "sang thăm … tại huyện Chanthabouly của Lào" went to Vientiane', () => {
    const text = [
      'Tin',
      'Năm 2017, đoàn đại biểu quận Hoàn Kiếm của Thủ đô Hà Nội đã sang thăm và làm việc tại huyện Chanthabouly của Lào.',
    ].join('\n');
    expect(visits(text, '2018-03-10')).toEqual(['VN-HN>LA-VT']);
    const khan = 'Tin\nTháng 5, đoàn đại biểu quận Daun Penh sang thăm tỉnh Tây Ninh.';
    expect(visits(khan, '2018-06-10')).toEqual(['KH-12>VN-37']);
  });

  it('is not read from the end of an address ("bản A, huyện X")', () => {
    const text = [
      'Tin',
      'Từ ngày 6 đến 10/10, Bệnh viện tỉnh Kon Tum đã cử đoàn y, bác sĩ sang khám bệnh tại tỉnh Át-tạ-pư.',
      'Bà Vi Lay, người dân bản Xay Xổm Bun, huyện Sa Mạ Khị Xay, xúc động: "Bác sĩ Việt Nam đến tận bản khám bệnh".',
    ].join('\n');
    expect(visits(text, '2025-10-11')).toEqual(['VN-28>LA-AT']);
  });
});
