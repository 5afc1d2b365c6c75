import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { nameIndexFor, nodeAfterWord, step } from '../../src/core/extract/name-index.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';

describe('the word table (token ids)', () => {
  it('gives a word one id and one string in every article; a long word id -1', () => {
    const a = tokenize('Đoàn đại biểu tỉnh Savannakhet thăm tỉnh Quảng Trị');
    const b = tokenize('Tỉnh Quảng Trị đón đoàn; Savannakhet, Khammouane');
    const id = (tt: ReturnType<typeof tokenize>, f: string) => tt.tokens.find((t) => t.f === f)!;
    for (const f of ['tinh', 'quang', 'tri', 'savannakhet', 'doan']) {
      expect(id(a, f).id).toBeGreaterThanOrEqual(0);
      expect(id(a, f).id).toBe(id(b, f).id);
    }
    expect(id(a, 'tinh').id).not.toBe(id(a, 'quang').id);
    const long = tokenize('x'.repeat(40) + ' y');
    expect(long.tokens[0]!.id).toBe(-1);
    expect(long.tokens[0]!.f).toBe('x'.repeat(40));
  });

  it('every token is the folded text between its folded offsets', () => {
    const text = 'Thủ đô Viêng Chăn, TP.HCM và Xiengkhuang — Luangprabang (Lào) ﬁ 2024';
    const tt = tokenize(text);
    for (const t of tt.tokens) expect(t.f).toBe(tt.folded.folded.slice(t.fs, t.fe));
  });
});

describe('nodeAfterWord', () => {
  it('is where the name trie goes from its root with the whole word', () => {
    const idx = nameIndexFor(builtinGazetteer());
    const tt = tokenize('Đoàn tỉnh Savannakhet thăm Quảng Trị, Viêng Chăn và Luang Prabang xyz');
    for (const t of tt.tokens) {
      let node = 0;
      for (let c = 0; c < t.f.length && node >= 0; c++) node = step(idx, node, t.f.charCodeAt(c));
      expect(nodeAfterWord(idx, t.id, t.f)).toBe(node);
      // Asked again (cached): the same.
      expect(nodeAfterWord(idx, t.id, t.f)).toBe(node);
    }
  });
});
