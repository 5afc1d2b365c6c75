import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLines, type ByteLine } from '../../scripts/lib/ndjson-lines.ts';

async function lines(chunks: Buffer[]): Promise<ByteLine[]> {
  const out: ByteLine[] = [];
  for await (const l of byteLines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('byteLines, whatever the chunking', () => {
  it('property: the same lines from any cut of the bytes, lines longer than chunks too', async () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'ệ', '\n', '\r', '{', '"', ' ', '\ufeff'),
      maxLength: 80,
    });
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(80), { maxLength: 8 }), async (t, cuts) => {
        const bytes = Buffer.from(t);
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const c of [...at, bytes.length]) {
          if (c > from) chunks.push(bytes.subarray(from, c));
          from = Math.max(from, c);
        }
        expect(await lines(chunks)).toEqual(await lines(bytes.length > 0 ? [bytes] : []));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a line spread over many chunks', async () => {
    const long = 'ệ'.repeat(5000);
    const bytes = Buffer.from(`${long}\nx`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const got = await lines(chunks);
    expect(got.map((l) => l.text)).toEqual([long, 'x']);
    expect(got.map((l) => l.bytes)).toEqual([Buffer.byteLength(long) + 1, 1]);
  });
});
