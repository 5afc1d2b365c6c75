import { describe, expect, it } from 'vitest';
import { foldInto, foldWithOffsets } from '../../src/core/normalize.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';

describe('foldInto (shared scratch arrays)', () => {
  it('gives what foldWithOffsets gives, whose arrays stay valid after later calls', () => {
    const a = 'Tỉnh Quảng Trị'.normalize('NFD');
    const kept = foldWithOffsets(a);
    const before = { starts: [...kept.starts], ends: [...kept.ends] };
    // A longer text grows the scratch arrays; a later one overwrites them.
    const long = 'Đoàn đại biểu tỉnh Savannakhet ﬁ '.repeat(500);
    const big = foldInto(long);
    expect(big.folded).toBe(foldWithOffsets(long).folded);
    expect([...big.starts]).toEqual([...foldWithOffsets(long).starts]);
    foldInto('x');
    expect([...kept.starts]).toEqual(before.starts);
    expect([...kept.ends]).toEqual(before.ends);
    const again = foldInto(a);
    expect(again.folded).toBe(kept.folded);
    expect([...again.starts]).toEqual(before.starts);
    expect([...again.ends]).toEqual(before.ends);
  });

  it('tokens keep their offsets once the next text is tokenised', () => {
    const one = tokenize('Hà Nội và Viêng Chăn');
    const spans = one.tokens.map((t) => [t.start, t.end]);
    tokenize('Một văn bản khác, dài hơn nhiều so với văn bản đầu tiên. '.repeat(50));
    expect(one.tokens.map((t) => [t.start, t.end])).toEqual(spans);
    expect(one.tokens.map((t) => one.text.slice(t.start, t.end))).toEqual([
      'Hà',
      'Nội',
      'và',
      'Viêng',
      'Chăn',
    ]);
  });
});
