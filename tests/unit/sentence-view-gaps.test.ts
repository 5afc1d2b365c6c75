import { describe, expect, it } from 'vitest';
import {
  commaBefore,
  isSuccessorRemark,
  semicolonBefore,
  sentenceViews,
} from '../../src/core/extract/sentence-view.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

function view(text: string) {
  const tt = tokenize(text);
  const { mentions } = findPlaces(tt, [[0, text.length]], builtinGazetteer(), '2024-05-01');
  return sentenceViews(tt, [[0, text.length]], mentions)[0]!;
}

describe('the marks between two words of a sentence', () => {
  const s = view('Đoàn tỉnh Savannakhet, do ông A dẫn đầu; sau đó: thăm Huế - rồi về');
  const at = (w: string) => s.tt.tokens.findIndex((t) => t.f === w);

  it('commaBefore sees a comma, semicolon or colon in the gap, nothing else', () => {
    expect(commaBefore(s, at('do'))).toBe(true);
    expect(commaBefore(s, at('sau'))).toBe(true);
    expect(commaBefore(s, at('tham'))).toBe(true);
    expect(commaBefore(s, at('roi'))).toBe(false);
    expect(commaBefore(s, at('tinh'))).toBe(false);
    // Not before the sentence's first word, nor outside it.
    expect(commaBefore(s, s.t0)).toBe(false);
    expect(commaBefore(s, s.t1)).toBe(false);
  });

  it('semicolonBefore sees only a semicolon', () => {
    expect(semicolonBefore(s, at('sau'))).toBe(true);
    expect(semicolonBefore(s, at('do'))).toBe(false);
    expect(semicolonBefore(s, at('tham'))).toBe(false);
  });

  it('a full stop or comma before "nay thuộc" ends the successor remark', () => {
    const remark = view('Kon Tum (cũ), nay thuộc tỉnh Quảng Ngãi');
    const cut = view('Kon Tum (cũ), nay thuộc, tỉnh Quảng Ngãi');
    const last = (v: typeof remark) => v.mentions[v.mentions.length - 1]!;
    expect(isSuccessorRemark(remark, last(remark))).toBe(true);
    expect(isSuccessorRemark(cut, last(cut))).toBe(false);
  });
});
