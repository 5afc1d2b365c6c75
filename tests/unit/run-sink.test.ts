import { describe, expect, it } from 'vitest';
import { orderedResult } from '../../src/core/article/run-report.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import type { Outcome } from '../../scripts/lib/process-input.ts';
import { parseRecord, recordLine } from '../../scripts/lib/result-record.ts';
import { renumber } from '../../scripts/lib/read-results.ts';
import { createRunSink, type SinkOptions } from '../../scripts/lib/run-sink.ts';
import type { FoundLink } from '../../src/core/types.ts';

const gaz = builtinGazetteer();

const visit: FoundLink = {
  kind: 'visit',
  from: { id: 'vn:quang-tri', iso: 'VN-25', level: 'local' },
  to: { id: 'la:savannakhet', iso: 'LA-SV', level: 'local' },
  date: '2025-03-12',
  evidence: 'Đoàn tỉnh Quảng Trị thăm tỉnh Savannakhet.',
  evidenceSpan: [10, 52],
};

const article = (source: string, id: string, extra: Partial<Outcome> = {}): Outcome =>
  ({
    kind: 'article',
    source,
    inputWarnings: ['date ignored (not a date): hôm qua'],
    dropped: [{ span: [60, 80], reason: 'related headlines', text: 'x'.repeat(300) }],
    unresolved: [{ name: 'tỉnh Xyz', span: [1, 9] }],
    result: orderedResult({
      file: source,
      id,
      title: 'Quảng Trị thăm Savannakhet',
      date: '2025-03-12',
      url: null,
      places: [],
      links: [visit],
      warnings: ['date ignored (not a date): hôm qua', 'extractor note'],
    }),
    ...extra,
  }) as Outcome;

function sink(extra: Partial<SinkOptions> = {}) {
  const lines: string[] = [];
  const said: string[] = [];
  const noted: string[] = [];
  const s = createRunSink({
    gaz,
    dataset: true,
    lines: null,
    writeLine: (l) => lines.push(l),
    say: (l) => said.push(l),
    noteItem: (l) => noted.push(l),
    skipped: [],
    ...extra,
  });
  return { s, lines, said, noted };
}

describe('createRunSink', () => {
  it('keeps the first copy of an article, reports the others as duplicates with their input warnings', () => {
    const { s, noted } = sink();
    s.accept(article('a.txt', 'id1'));
    s.accept(article('b.txt', 'id1'));
    const { report, dataset } = s.finish();
    expect(noted).toContain(
      'duplicate: b.txt is the same article as a.txt (id id1); processed once',
    );
    expect(report!.inputs).toEqual([
      {
        file: 'a.txt',
        status: 'ok',
        id: 'id1',
        warnings: ['date ignored (not a date): hôm qua', 'extractor note'],
      },
      {
        file: 'b.txt',
        status: 'duplicate',
        id: 'id1',
        duplicateOf: 'a.txt',
        warnings: ['date ignored (not a date): hôm qua'],
      },
    ]);
    expect(dataset!.articles.articles.map((a) => a.file)).toEqual(['a.txt']);
  });

  it('without a dataset keeps no entries but still counts for the summary', () => {
    const { s, said } = sink({ dataset: false });
    s.accept(article('a.txt', 'id1'));
    s.accept(article('b.txt', 'id1'));
    s.accept({ kind: 'error', source: 'c.txt', message: 'empty file' });
    s.accept({ kind: 'blank', source: 'd:2' });
    const { report, dataset, summary, tally } = s.finish();
    expect(report).toBeNull();
    expect(dataset).toBeNull();
    expect(said).toEqual(['error: c.txt: empty file']);
    expect(summary.counts).toMatchObject({ articles: 1, duplicates: 1, failed: 1, unresolved: 1 });
    expect(summary.duplicates).toEqual([{ id: 'id1', files: ['a.txt', 'b.txt'] }]);
    expect(tally.links).toBe(1);
  });

  it("writes a result line for every outcome, a copy's included, in 'records' mode", () => {
    const { s, lines } = sink({ lines: 'records' });
    s.accept(article('-:1', 'id1'));
    s.accept({ kind: 'blank', source: '-:2' });
    s.accept(article('-:3', 'id1'));
    expect(lines.map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([
      '-:1',
      '-:2',
      '-:3',
    ]);
  });

  it("writes each new article's --ndjson line in 'articles' mode", () => {
    const { s, lines } = sink({ lines: 'articles' });
    s.accept(article('a.txt', 'id1'));
    s.accept(article('b.txt', 'id1'));
    expect(lines).toHaveLength(1);
    expect(Object.keys(JSON.parse(lines[0]!) as object)[0]).toBe('file');
  });
});

describe('recordLine / parseRecord', () => {
  it('round-trips each kind of outcome', () => {
    const a = article('-:1', 'id1');
    expect(parseRecord(recordLine(a))).toEqual(a);
    for (const o of [
      { kind: 'error', source: 'x:2', message: 'not valid JSON' },
      { kind: 'blank', source: '-:3' },
    ] as Outcome[])
      expect(parseRecord(recordLine(o))).toEqual(o);
  });

  it('says what is wrong with a line that is not a result line', () => {
    expect(parseRecord('{"title":"T","text":"x"}')).toMatch(/not a result line/);
    expect(parseRecord('{"source":"-:1","article":{}}')).toMatch(/needs "article"/);
    expect(parseRecord('nope')).toMatch(/not valid JSON/);
  });
});

describe('renumber', () => {
  it('shifts stdin line names and leaves file names alone', () => {
    expect(renumber('-:3', 10)).toBe('-:13');
    expect(renumber('batch.ndjson:3', 10)).toBe('batch.ndjson:3');
  });
});
