// readTasks: the work in one input file, in order, one task per ndjson line (blank lines too).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTasks, type InputFile, type TaskItem } from '../../scripts/lib/read-input.ts';
import { toWindows1258 } from './helpers/windows-1258.ts';

const A = JSON.stringify({ title: 'Tỉnh Quảng Trị', text: 'Đoàn tỉnh Quảng Trị sang thăm.' });
const B = JSON.stringify({ text: 'Tỉnh Savannakhet đón đoàn.' });

async function tasks(file: InputFile): Promise<TaskItem[]> {
  const out: TaskItem[] = [];
  for await (const t of readTasks(file)) out.push(t);
  return out;
}

describe('readTasks', () => {
  let dir: string;
  const ndjson = (name: string): InputFile => ({
    path: join(dir, name),
    display: `in/${name}`,
    kind: 'ndjson',
  });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-tasks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a UTF-8 file: one task per line, blank lines kept, named file:line', async () => {
    writeFileSync(join(dir, 'a.ndjson'), `\ufeff${A}\r\n\r\n${B}`);
    const got = await tasks(ndjson('a.ndjson'));
    expect(got.map((t) => t.task)).toEqual([
      { source: 'in/a.ndjson:1', line: A, name: 'a.ndjson:1' },
      { source: 'in/a.ndjson:2', blank: true },
      { source: 'in/a.ndjson:3', line: B, name: 'a.ndjson:3' },
    ]);
    expect(got.reduce((n, t) => n + t.bytes, 0)).toBe(Buffer.byteLength(`\ufeff${A}\r\n\r\n${B}`));
  });

  it('fails only the line that is not UTF-8 and reads the others', async () => {
    writeFileSync(
      join(dir, 'b.ndjson'),
      Buffer.concat([
        Buffer.from(`${A}\n`),
        Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
        Buffer.from(`${B}\n`),
      ]),
    );
    const got = (await tasks(ndjson('b.ndjson'))).map((t) => t.task);
    expect(got[1]).toEqual({ source: 'in/b.ndjson:2', error: 'not valid UTF-8' });
    expect(got[2]).toMatchObject({ source: 'in/b.ndjson:3', line: B });
  });

  it('decodes a UTF-16 or Windows-1258 file whole, with the same line numbers', async () => {
    const text = `${A}\n\n${B}\n`;
    writeFileSync(
      join(dir, 'c.ndjson'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    writeFileSync(join(dir, 'd.ndjson'), toWindows1258(text));
    for (const f of ['c.ndjson', 'd.ndjson']) {
      const got = (await tasks(ndjson(f))).map((t) => t.task);
      expect(got).toEqual([
        { source: `in/${f}:1`, line: A, name: `${f}:1` },
        { source: `in/${f}:2`, blank: true },
        { source: `in/${f}:3`, line: B, name: `${f}:3` },
      ]);
    }
  });

  it('gives one error task naming the file when it cannot be read', async () => {
    writeFileSync(join(dir, 'e.ndjson'), '');
    expect((await tasks(ndjson('e.ndjson'))).map((t) => t.task)).toEqual([
      { source: 'in/e.ndjson', error: 'empty file' },
    ]);
    expect((await tasks(ndjson('missing.ndjson'))).map((t) => t.task)).toEqual([
      { source: 'in/missing.ndjson', error: 'no such file or folder' },
    ]);
  });
});
