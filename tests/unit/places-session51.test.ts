// Places the fifty-first session's real-page probes called for.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('a capitalised title before the place it heads', () => {
  it('"Đô Trưởng Phnom Penh", "Tỉnh Trưởng Svay Rieng": "Trưởng" is no surname "Trương"', () => {
    expect(isos('Đô Trưởng Phnom Penh đã tiếp đoàn đại biểu tỉnh Đồng Tháp.')).toContain('KH-12');
    expect(isos('Tỉnh Trưởng Svay Rieng đã tiếp đoàn đại biểu tỉnh Đồng Tháp.')).toContain('KH-20');
  });

  it('the surname itself still names a person ("ông Trương Hòa Bình")', () => {
    expect(isos('Ông Trương Hòa Bình dự lễ kỷ niệm.')).toEqual([]);
  });
});

describe('a roll of names after "các đồng chí:"', () => {
  it('"có các đồng chí: Khăm-muôn Chăn-vi-súc, …": a person named like Khammouane', () => {
    expect(
      isos(
        'Đoàn đại biểu Mặt trận Lào xây dựng đất nước có các đồng chí: Khăm-muôn Chăn-vi-súc, Phó Chủ tịch Ủy ban Mặt trận tỉnh Hủa Phăn.',
      ),
    ).toEqual(['LA-HO']);
  });
});
