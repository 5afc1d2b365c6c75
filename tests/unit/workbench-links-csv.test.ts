import { describe, expect, it } from 'vitest';
import { csvCell, linksCsv } from '../../src/app/workbench/links-csv.ts';
import { localDataset } from '../../src/app/workbench/local-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { draftOf, QUANG_NGAI_TEXT } from './support/workbench-articles.ts';

describe('csvCell', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvCell('Hội "hữu nghị", Lào')).toBe('"Hội ""hữu nghị"", Lào"');
    expect(csvCell(null)).toBe('""');
  });
  it('defuses cells a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).startsWith(`"'`)).toBe(true);
    expect(csvCell('Kon Tum = Quảng Ngãi')).toBe('"Kon Tum = Quảng Ngãi"');
  });
});

describe('linksCsv', () => {
  it('writes one row per link and article, with names, ISO codes, date and evidence', () => {
    const d = draftOf(QUANG_NGAI_TEXT);
    const csv = linksCsv(localDataset([{ ...d, corrections: [] }], builtinGazetteer()));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^"kind","from_id","from_name"/);
    expect(lines[1]).toContain('"visit","la:sekong","Sê Kông","LA-XE","local","vn:quang-ngai"');
    expect(lines[1]).toContain('"2024-08-10"');
  });
});
