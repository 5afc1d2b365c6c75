import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, type ByteLine } from '../../scripts/lib/ndjson-lines.ts';

async function lines(chunks: (string | Buffer)[]): Promise<ByteLine[]> {
  const out: ByteLine[] = [];
  const bufs = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c));
  for await (const l of byteLines(Readable.from(bufs))) out.push(l);
  return out;
}

describe('byteLines', () => {
  it('splits lines across chunk boundaries, inside a multi-byte letter too', async () => {
    const text = 'Tỉnh Quảng Trị\nđoàn\n';
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('ỉ')) + 1; // in the middle of "ỉ"
    const got = await lines([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(got.map((l) => l.text)).toEqual(['Tỉnh Quảng Trị', 'đoàn']);
    expect(got.reduce((n, l) => n + l.bytes, 0)).toBe(bytes.length);
  });

  it('numbers blank lines, drops CR before LF, and reads a last line without a newline', async () => {
    const got = await lines(['a\r\n\r\nb']);
    expect(got).toEqual([
      { lineNo: 1, text: 'a', bytes: 3 },
      { lineNo: 2, text: '', bytes: 2 },
      { lineNo: 3, text: 'b', bytes: 1 },
    ]);
  });

  it('strips a BOM on line 1 only', async () => {
    const got = await lines(['\ufeffa\n\ufeffb\n']);
    expect(got.map((l) => l.text)).toEqual(['a', '\ufeffb']);
  });

  it('gives null for a line that is not UTF-8 and goes on with the next', async () => {
    const got = await lines([Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x81, 0x0a, 0x62, 0x0a])]);
    expect(got.map((l) => l.text)).toEqual(['a', null, 'b']);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await lines([])).toEqual([]);
  });
});
