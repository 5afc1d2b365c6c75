import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWindows1258 } from './helpers/windows-1258.ts';
import {
  DecodeError,
  MAX_READ_BYTES,
  decodeBytes,
  expandInputs,
  parseNdjsonLine,
  readArticles,
  type ReadItem,
} from '../../scripts/lib/read-input.ts';

const VI = 'Tỉnh Thái Bình ký kết hợp tác với tỉnh Xay Nhạ Bu Ly. Đoàn đại biểu ươm mầm hữu nghị.';

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a BOM', () => {
    expect(decodeBytes(Buffer.from(`\ufeff${VI}`, 'utf8'))).toBe(VI);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VI, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le)).toBe(VI);
    expect(decodeBytes(be)).toBe(VI);
  });

  it('reads Windows-1258 Vietnamese (tones as combining marks) into NFC text', () => {
    const bytes = toWindows1258(VI);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toBe(VI);
  });

  it('rejects invalid UTF-8 that does not read as Vietnamese in Windows-1258', () => {
    expect(() => decodeBytes(Buffer.from([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x42, 0x0a]))).toThrow(
      /not valid UTF-8/,
    );
  });

  it('rejects binary data, an empty file and a file of white space', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toThrow(
      /binary/,
    );
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => decodeBytes(Buffer.from(' \n\t\n'))).toThrow(/empty/);
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(DecodeError);
  });

  it('accepts a UTF-8 character cut at the end of truncated bytes', () => {
    const bytes = Buffer.from('Thân bài ươ', 'utf8');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1), true)).toBe('Thân bài ư');
  });
});

describe('parseNdjsonLine', () => {
  it('reads title, text, url and date of a record', () => {
    expect(
      parseNdjsonLine(
        '{"title":"T","text":"Thân bài.","url":"https://a.example/","date":"2021-04-03"}',
        'b.ndjson:1',
      ),
    ).toEqual({
      file: 'b.ndjson:1',
      kind: 'text',
      content: 'Thân bài.',
      title: 'T',
      date: '2021-04-03',
      url: 'https://a.example/',
    });
    expect(parseNdjsonLine('{"html":"<p>x</p>"}', 'b.ndjson:2')).toMatchObject({
      kind: 'html',
      content: '<p>x</p>',
    });
  });

  it.each([
    ['không phải JSON', /not valid JSON/],
    ['[1,2]', /JSON object/],
    ['{"title":"T"}', /"text" or "html"/],
    ['{"text":5}', /"text" must be a string/],
    ['{"text":"   "}', /"text" or "html"/],
  ])('rejects %s', (line, message) => {
    expect(parseNdjsonLine(line, 'b.ndjson:1')).toMatch(message);
  });
});

describe('expandInputs and readArticles on files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
    mkdirSync(join(dir, 'corpus/sub'), { recursive: true });
    writeFileSync(join(dir, 'corpus/b.txt'), 'Bài B\nThân bài.');
    writeFileSync(join(dir, 'corpus/a.html'), '<h1>Bài A</h1><p>Thân.</p>');
    writeFileSync(
      join(dir, 'corpus/sub/c.jsonl'),
      '{"text":"Bài C\\nThân."}\n\n{hỏng}\n{"text":"Bài D"}\n',
    );
    writeFileSync(join(dir, 'corpus/notes.pdf'), 'x');
    writeFileSync(join(dir, 'corpus/.hidden.txt'), 'x');
    writeFileSync(join(dir, 'data.csv'), 'x');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively in sorted order and reports unknown types as skipped', async () => {
    const r = await expandInputs(['corpus'], dir);
    expect(r.files.map((f) => [f.display, f.kind])).toEqual([
      ['corpus/a.html', 'html'],
      ['corpus/b.txt', 'text'],
      ['corpus/sub/c.jsonl', 'ndjson'],
    ]);
    expect(r.skipped).toEqual([
      { file: 'corpus/notes.pdf', message: 'skipped: unsupported file type ".pdf"' },
    ]);
    expect(r.errors).toEqual([]);
  });

  it('makes an unknown type named on the command line, and a missing path, an error', async () => {
    const r = await expandInputs(['data.csv', 'nope.txt', 'corpus/b.txt', 'corpus/b.txt'], dir);
    expect(r.errors).toEqual([
      { file: 'data.csv', message: expect.stringMatching(/unsupported file type ".csv"/) },
      { file: 'nope.txt', message: 'no such file or folder' },
    ]);
    expect(r.files).toHaveLength(1);
  });

  it('reads one article per ndjson line and names file:line for a bad line', async () => {
    const { files } = await expandInputs(['corpus/sub/c.jsonl'], dir);
    const items: ReadItem[] = [];
    for await (const it of readArticles(files[0]!)) items.push(it);
    expect(items.map((i) => [i.source, i.ok])).toEqual([
      ['corpus/sub/c.jsonl:1', true],
      ['corpus/sub/c.jsonl:3', false],
      ['corpus/sub/c.jsonl:4', true],
    ]);
    expect(items[0]).toMatchObject({ raw: { file: 'c.jsonl:1', content: 'Bài C\nThân.' } });
  });

  it('reads only the head of a file larger than the read limit, with a warning', async () => {
    const big = join(dir, 'big.txt');
    const para = 'Đoàn đại biểu tỉnh bạn sang thăm và làm việc.\n';
    writeFileSync(
      big,
      `Tiêu đề\n${para.repeat(Math.ceil((MAX_READ_BYTES * 1.1) / Buffer.byteLength(para)))}`,
    );
    const items: ReadItem[] = [];
    for await (const it of readArticles({ path: big, display: 'big.txt', kind: 'text' }))
      items.push(it);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.ok).toBe(true);
    if (item.ok) {
      expect(item.warnings[0]).toMatch(/only the first/);
      expect(item.raw.content.length).toBeLessThanOrEqual(MAX_READ_BYTES);
    }
  });
});
