import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { processTask } from '../../scripts/lib/process-input.ts';

const gaz = builtinGazetteer();
const related = Array.from(
  { length: 12 },
  (_, i) => `Tỉnh Gia Lai đón đoàn công tác của tỉnh Attapeu lần thứ ${i + 1}`,
).join('\n');
const text = `Tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet\nNgày 4/5, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn đại biểu tỉnh Savannakhet (Lào) sang thăm.\nTin bài liên quan\n${related}\n`;

describe('processTask', () => {
  it('gives the result with reading warnings first, and dropped text cut as the report keeps it', () => {
    const o = processTask(
      { source: 'a.txt', raw: { file: 'a.txt', kind: 'text', content: text }, warnings: ['w1'] },
      gaz,
    );
    expect(o.kind).toBe('article');
    if (o.kind !== 'article') return;
    expect(o.inputWarnings).toEqual(['w1']);
    expect(o.result.warnings[0]).toBe('w1');
    expect(o.result.links.length).toBeGreaterThan(0);
    expect(o.dropped.length).toBeGreaterThan(0);
    for (const d of o.dropped) expect(d.text.length).toBeLessThanOrEqual(200);
  });

  it('parses an ndjson line and names what is wrong with a bad one', () => {
    const ok = processTask({ source: 'b:1', line: JSON.stringify({ text }), name: 'b:1' }, gaz);
    expect(ok).toMatchObject({ kind: 'article', result: { file: 'b:1' } });
    expect(processTask({ source: 'b:2', line: '[1]', name: 'b:2' }, gaz)).toEqual({
      kind: 'error',
      source: 'b:2',
      message: 'expected a JSON object',
    });
  });

  it('passes read errors and blank lines through', () => {
    expect(processTask({ source: 'c', error: 'empty file' }, gaz)).toEqual({
      kind: 'error',
      source: 'c',
      message: 'empty file',
    });
    expect(processTask({ source: 'd:3', blank: true }, gaz)).toEqual({
      kind: 'blank',
      source: 'd:3',
    });
  });
});
