import { describe, expect, it } from 'vitest';
import {
  buildRunReport,
  orderedResult,
  summaryText,
  tallyResults,
  type ArticleEntry,
} from '../../src/core/article/run-report.ts';
import type { ArticleResult, FoundLink } from '../../src/core/types.ts';

const link = (
  kind: FoundLink['kind'],
  from: [string, string],
  to: [string, string],
): FoundLink => ({
  kind,
  from: { id: from[0], iso: from[1], level: 'local' },
  to: { id: to[0], iso: to[1], level: 'local' },
  date: null,
  evidence: 'bằng chứng',
  evidenceSpan: [0, 9],
});

const result = (file: string, links: FoundLink[]): ArticleResult => ({
  file,
  id: `id-${file}`,
  title: 'Tiêu đề',
  date: null,
  url: null,
  places: [],
  links,
  warnings: [],
});

const entry = (source: string, id: string, extra: Partial<ArticleEntry> = {}): ArticleEntry => ({
  source,
  id,
  dropped: [],
  unresolved: [],
  warnings: [],
  ...extra,
});

describe('tallyResults', () => {
  it('counts distinct links by kind and by sorted country pair; sister links are undirected', () => {
    const t = tallyResults([
      result('a', [
        link('sister', ['vn:a', 'VN-01'], ['la:b', 'LA-XA']),
        link('visit', ['vn:a', 'VN-01'], ['kh:c', 'KH-1']),
      ]),
      result('b', [
        link('sister', ['la:b', 'LA-XA'], ['vn:a', 'VN-01']),
        link('visit', ['kh:c', 'KH-1'], ['vn:a', 'VN-01']),
      ]),
    ]);
    expect(t.links).toBe(3);
    expect(t.byKind).toEqual({ sister: 1, visit: 2 });
    expect(t.byPair).toEqual({ 'KH-VN': 2, 'LA-VN': 1 });
  });
});

describe('buildRunReport', () => {
  it('lists inputs by file with status, groups duplicates, and cuts long dropped text', () => {
    const report = buildRunReport(
      {
        articles: [
          entry('in/b.txt', 'x', {
            dropped: [{ span: [0, 500], reason: 'related list (Đọc thêm)', text: 'a'.repeat(500) }],
            unresolved: [
              { name: 'tỉnh Xyz', span: [3, 11] },
              {
                name: 'Xiengkhuang',
                span: [20, 31],
                match: { id: 'la:xiangkhouang', name: 'Xiangkhouang', score: 0.9 },
              },
            ],
          }),
          entry('in/a.txt', 'x2'),
          entry('in/sub/b-copy.txt', 'x', { duplicateOf: 'in/b.txt' }),
        ],
        errors: [{ file: 'in/z.txt', message: 'empty file' }],
        skipped: [{ file: 'in/n.pdf', message: 'skipped: unsupported file type ".pdf"' }],
      },
      [],
    );
    expect(report.inputs.map((i) => [i.file, i.status])).toEqual([
      ['in/a.txt', 'ok'],
      ['in/b.txt', 'ok'],
      ['in/n.pdf', 'skipped'],
      ['in/sub/b-copy.txt', 'duplicate'],
      ['in/z.txt', 'error'],
    ]);
    expect(report.duplicates).toEqual([{ id: 'x', files: ['in/b.txt', 'in/sub/b-copy.txt'] }]);
    expect(report.unresolved).toEqual([{ file: 'in/b.txt', name: 'tỉnh Xyz', span: [3, 11] }]);
    // A name resolved by spelling is listed apart, with what it matched and how closely.
    expect(report.spellings).toEqual([
      {
        file: 'in/b.txt',
        name: 'Xiengkhuang',
        span: [20, 31],
        id: 'la:xiangkhouang',
        matched: 'Xiangkhouang',
        score: 0.9,
      },
    ]);
    expect(report.dropped[0]!.blocks[0]!.text).toHaveLength(200);
    expect(report.counts).toMatchObject({
      inputs: 5,
      articles: 2,
      duplicates: 1,
      failed: 1,
      skipped: 1,
      unresolved: 1,
      spellings: 1,
    });
  });

  it('summarises counts, duplicates and failures in a few lines', () => {
    const report = buildRunReport(
      {
        articles: [entry('a.txt', 'x'), entry('b.txt', 'x', { duplicateOf: 'a.txt' })],
        errors: [{ file: 'c.txt', message: 'empty file' }],
        skipped: [],
      },
      [result('a.txt', [link('visit', ['vn:a', 'VN-01'], ['la:b', 'LA-XA'])])],
    );
    const text = summaryText(report, [
      result('a.txt', [link('visit', ['vn:a', 'VN-01'], ['la:b', 'LA-XA'])]),
    ]);
    expect(text).toContain(
      '1 article (+1 duplicate), 0 places, 1 link (by kind: visit 1; by country pair: LA-VN 1)',
    );
    expect(text).toContain('duplicate article x: a.txt, b.txt');
    expect(text).toContain('failed: c.txt: empty file');
  });
});

describe('orderedResult', () => {
  it('puts keys in the order of the ArticleResult type', () => {
    const shuffled = JSON.parse(
      '{"warnings":[],"links":[],"places":[],"url":null,"date":null,"title":"T","id":"i","file":"f"}',
    ) as ArticleResult;
    expect(Object.keys(orderedResult(shuffled))).toEqual([
      'file',
      'id',
      'title',
      'date',
      'url',
      'places',
      'links',
      'warnings',
    ]);
  });
});
