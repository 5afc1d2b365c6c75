// Places the fifty-third session's real-page probes called for.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('"Vientian", the capital spelt without its last letter', () => {
  it('is Vientiane, the capital, where a trip ends', () => {
    expect(isos('Đoàn doanh nghiệp tỉnh Bình Dương đã làm việc tại Vientian ngày 4/9.')).toEqual([
      'VN-57',
      'LA-VT',
    ]);
    expect(
      visits('Tin\n\nĐoàn doanh nghiệp tỉnh Bình Dương đã làm việc tại Vientian ngày 4/9.'),
    ).toEqual(['VN-57>LA-VT']);
  });

  it('inside a longer word ("Vientianes") names nothing', () => {
    expect(isos('Câu lạc bộ Vientianes giao hữu với đội bóng tỉnh Bình Dương.')).toEqual(['VN-57']);
  });
});
