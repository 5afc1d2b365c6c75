// A sentence that gives each stop of a trip its own day dates each visit by it.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

function dated(text: string, date: string): string[] {
  const r = geocodeArticle(makeDoc(text, { date }), builtinGazetteer()).result;
  return r.links.filter((l) => l.kind === 'visit').map((l) => `${l.to.iso} ${l.date}`);
}

describe('the day of each stop', () => {
  it('"với … thủ đô A vào ngày 26/5 và với … tỉnh B vào ngày 29/5"', () => {
    const text = [
      'Tin',
      'Trong chuyến công tác từ ngày 26 đến 30/5, đoàn tỉnh Lâm Đồng lần lượt làm việc với lãnh đạo thủ đô Phnom Penh vào ngày 26/5 và với lãnh đạo tỉnh Siem Reap vào ngày 29/5.',
    ].join('\n');
    expect(dated(text, '2008-06-02')).toEqual(['KH-12 2008-05-26', 'KH-17 2008-05-29']);
  });

  it('one stop with its day keeps the sentence date for the others', () => {
    const text = [
      'Tin',
      'Ngày 26/5, đoàn tỉnh Lâm Đồng làm việc với lãnh đạo thủ đô Phnom Penh và tỉnh Siem Reap.',
    ].join('\n');
    expect(dated(text, '2008-06-02')).toEqual(['KH-12 2008-05-26', 'KH-17 2008-05-26']);
  });
});
