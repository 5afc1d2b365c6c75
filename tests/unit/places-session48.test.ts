// Places the forty-eighth session's real-page probes called for.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('a province’s name closing a longer local name', () => {
  it('"xóm Kbal Kandal, xã Samrong, … tỉnh Svay Riêng" is a village, not Kandal', () => {
    expect(
      isos('Cột mốc số 185 nằm tại xóm Kbal Kandal, xã Samrong, huyện Chanhtrea, tỉnh Svay Riêng.'),
    ).toEqual(['KH-20']);
  });

  it('"đoạn Prek Ta Keo" is a reach of the river, not Takeo', () => {
    expect(isos('Cuộc nạo vét bắt đầu từ đoạn Prek Ta Keo, đi qua tỉnh Kandal.')).toEqual(['KH-8']);
  });

  it('"tỉnh Kandal" is still the province', () => {
    expect(isos('Đoàn đã đến thăm tỉnh Kandal.')).toEqual(['KH-8']);
  });
});
