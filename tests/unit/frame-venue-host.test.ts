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

describe('hostIn: the chair of an event organised with partners of its country (blind set 113)', () => {
  it('"Công an tỉnh A làm đơn vị chủ trì, cùng Công an tỉnh B và C tổ chức thi đấu …": A hosts', () => {
    const text =
      'Sáng 27/7, Công an tỉnh Hà Tĩnh làm đơn vị chủ trì, cùng Công an tỉnh Nghệ An và Công an tỉnh Quảng Bình tổ chức thi đấu thể thao với công an các tỉnh Xiêng Khoảng và Khăm Muộn.';
    expect(hostIn(view(text))?.host.entry.iso).toBe('VN-23');
  });
});
