import { describe, expect, it } from 'vitest';
import { hostIn } from '../../src/core/extract/frame-venue.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

function view(text: string) {
  const tt = tokenize(text);
  const { mentions } = findPlaces(tt, [[0, text.length]], builtinGazetteer(), '2024-05-01');
  return sentenceViews(tt, [[0, text.length]], mentions)[0]!;
}

describe('hostIn: the organiser named before "tổ chức" (blind set 107)', () => {
  it('"tỉnh B (Lào) đã trọng thể tổ chức lễ …": B hosts', () => {
    const found = hostIn(view('Tỉnh Savannakhet (Lào) đã trọng thể tổ chức lễ đón đoàn bạn.'));
    expect(found?.host.entry.iso).toBe('LA-SV');
    expect(found?.organiser).toBe(true);
  });

  it('"khóm A, Hướng Hóa-Việt Nam và Bản B, Sê Pôn, Savannakhet-Lào đã tổ chức Lễ kết nghĩa": both host', () => {
    const text =
      'Khóm Ka Tăng, Hướng Hóa-Việt Nam và Bản Đen, Sê Pôn, Savannakhet-Lào đã trọng thể tổ chức Lễ kết nghĩa.';
    expect(hostIn(view(text))).toBeNull();
  });
});
