// Lao place spellings the fifty-third session's helper N found in the Vietnamese press.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const placesOf = (text: string): string[] =>
  geocodeArticle(makeDoc(text), gaz).result.places.map((p) => p.iso);

describe('Thakhek spelt as Vietnamese papers print it', () => {
  it('"Thà Khẹc" is the capital of Khammouane', () => {
    expect(
      placesOf(
        'Hội chợ biên giới\n\nĐoàn doanh nghiệp Quảng Bình đến thành phố Thà Khẹc dự hội chợ.',
      ),
    ).toEqual(['VN-24', 'LA-KH']);
  });
});
