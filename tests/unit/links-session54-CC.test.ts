// Rules the fifty-fourth session's helper CC drew from its probes of short items (headline, lead,
// captions).
import { describe, expect, it } from 'vitest';
import { linksOf } from './support/visit-strings.ts';

const visitDates = (text: string): string[] =>
  linksOf(text)
    .filter((l) => l.kind === 'visit')
    .map((l) => `${l.from.iso}>${l.to.iso} ${l.date ?? '-'}`);

describe('a dated founding told beside a jubilee', () => {
  it('"ngày D/M/YYYY, tỉnh B chính thức được thành lập" is history, not the trip’s day', () => {
    expect(
      visitDates(
        'Đoàn đại biểu Quảng Bình dự Lễ kỷ niệm 35 năm Ngày thành lập tỉnh Attapeu\n\nĐoàn do Phó Bí thư Tỉnh ủy dẫn đầu.\nSau giải phóng, ngày 2/5/1990, tỉnh Attapeu chính thức được thành lập trên cơ sở một phần tỉnh Champasak.',
      ),
    ).toEqual(['VN-24>LA-AT -']);
  });

  it('the lead’s own day, whose clause names the founding only as the jubilee’s, stays', () => {
    expect(
      visitDates(
        'Đoàn đại biểu Quảng Bình dự Lễ kỷ niệm 35 năm Ngày thành lập tỉnh Attapeu\n\nSáng 2/5/2025, đoàn đại biểu tỉnh Quảng Bình tham dự Lễ kỷ niệm 35 năm Ngày thành lập tỉnh Attapeu.',
      ),
    ).toEqual(['VN-24>LA-AT 2025-05-02']);
  });

  it('a trip’s dated day whose sentence goes on to a founding stays the trip’s', () => {
    expect(
      visitDates(
        'Đoàn tỉnh Quảng Bình thăm tỉnh Attapeu\n\nNgày 12/3/2024, đoàn đại biểu tỉnh Quảng Bình đã thăm tỉnh Attapeu, tỉnh được thành lập năm 1990.',
      ),
    ).toEqual(['VN-24>LA-AT 2024-03-12']);
  });
  it('"tỉnh B được thành lập ngày D/M/YYYY", its verb first, is the same history', () => {
    expect(
      visitDates(
        'Đoàn đại biểu Quảng Bình dự Lễ kỷ niệm 35 năm Ngày thành lập tỉnh Attapeu\n\nĐoàn do Phó Bí thư Tỉnh ủy dẫn đầu.\nTỉnh Attapeu được thành lập ngày 2/5/1990 trên cơ sở một phần tỉnh Champasak.',
      ),
    ).toEqual(['VN-24>LA-AT -']);
  });

  it('a founding in brackets after a trip’s long clause leaves the trip’s day', () => {
    expect(
      visitDates(
        'Đoàn tỉnh Quảng Bình thăm tỉnh Attapeu\n\nNgày 12/3/2024, đoàn đại biểu tỉnh Quảng Bình đã thăm tỉnh Attapeu (được thành lập năm 1990).',
      ),
    ).toEqual(['VN-24>LA-AT 2024-03-12']);
  });
});
