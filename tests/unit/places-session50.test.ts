// Places (and page chrome) the fiftieth session's real-page probes called for.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/article/clean.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const keptText = (text: string) =>
  cleanArticle(text)
    .keep.map(([s, e]) => text.slice(s, e))
    .join('\n');
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);

describe('the battle of Điện Biên Phủ, told with more words', () => {
  it('"chiến thắng lịch sử Điện Biên Phủ", "chiến thắng vĩ đại Điện Biên Phủ" name no place', () => {
    expect(isos('Báo Lào đăng bài về chiến thắng lịch sử Điện Biên Phủ.')).toEqual([]);
    expect(isos('Báo Lào ôn lại chiến thắng vĩ đại Điện Biên Phủ.')).toEqual([]);
  });

  it('"chiến dịch 56 ngày đêm Điện Biên Phủ" names no place', () => {
    expect(isos('Chiến dịch 56 ngày đêm Điện Biên Phủ sắp kết thúc.')).toEqual([]);
  });

  it('"di tích lịch sử Điện Biên Phủ" is still the city', () => {
    expect(isos('Đoàn đến thăm khu di tích lịch sử Điện Biên Phủ.')).toEqual(['VN-71']);
  });
});

describe('a Lao town spelt with x', () => {
  it('"thị xã Xầm Nưa" is Xam Neua, in Houaphan', () => {
    expect(isos('Đoàn đã đến thị xã Xầm Nưa vào buổi chiều.')).toEqual(['LA-HO']);
  });
});

describe('another article’s card above the lead', () => {
  it('"![]() <teaser>" over a line of its own "|" is dropped; a caption with its credit is kept', () => {
    const text = [
      'Người Việt ở Lào tưởng niệm Chủ tịch Kaysone Phomvihane',
      '![]() Ngày 27/10, tại Văn phòng Chính phủ Lào, Phó Thủ tướng Lào đã tiếp Đoàn đại biểu Hội Chữ thập đỏ Việt Nam sang thăm và làm việc.',
      '|',
      '![]() Đoàn đại biểu dâng hoa trước tượng Chủ tịch Kaysone Phomvihane tại thủ đô Viêng Chăn. (Ảnh: TTXVN)',
      '|',
      'Sáng 12/12, cộng đồng người Việt Nam tại Lào đã đến dâng hoa trước tượng Chủ tịch Kaysone Phomvihane tại thủ đô Viêng Chăn.',
    ].join('\n');
    const kept = keptText(text);
    expect(kept).not.toContain('Hội Chữ thập đỏ');
    expect(kept).toContain('Đoàn đại biểu dâng hoa');
  });
});

describe('one bulleted headline of another article above the lead', () => {
  it('"■ Cao Bằng phấn đấu …" under the headline is dropped; the lead is kept', () => {
    const text = [
      'Phối hợp củng cố quốc phòng khu vực biên giới Tây Nguyên',
      '■ Cao Bằng phấn đấu tăng tỷ lệ đóng góp của kinh tế đối ngoại',
      'Bộ Tư lệnh Bộ đội Biên phòng xác định xây dựng khu vực biên giới vững mạnh là nhiệm vụ chính trị quan trọng của bốn tỉnh Tây Nguyên.',
    ].join('\n');
    const kept = keptText(text);
    expect(kept).not.toContain('Cao Bằng');
    expect(kept).toContain('Bộ Tư lệnh');
  });
});
