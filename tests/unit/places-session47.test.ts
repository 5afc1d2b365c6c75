// Places and page chrome the forty-seventh session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/article/clean.ts';
import { htmlToArticle } from '../../src/core/article/html.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';

const gaz = builtinGazetteer();
const isos = (sentence: string) =>
  geocodeArticle(makeDoc(`Tin\n\n${sentence}`), gaz).result.places.map((p) => p.iso);
const kept = (text: string) =>
  cleanArticle(text)
    .keep.map(([s, e]) => text.slice(s, e))
    .join('\n');

describe('words that end on "cầu" before a place', () => {
  it('"yêu cầu Nghệ An …" names the province', () => {
    expect(
      isos('Ông X yêu cầu Nghệ An cùng các tỉnh biên giới hợp tác với tỉnh Savannakhet.'),
    ).toEqual(['VN-22', 'LA-SV']);
  });

  it('"nhu cầu Hà Nội" too; a bridge ("cầu Nghệ An") does not', () => {
    expect(isos('Nhu cầu Hà Nội về điện rất lớn.')).toEqual(['VN-HN']);
    expect(isos('Xe đi qua cầu Nghệ An.')).toEqual([]);
  });
});

describe('hamlets and villages', () => {
  it('"thôn Lao Chải (Việt Nam)" is a hamlet, not Lào Cai', () => {
    expect(isos('Kết nghĩa giữa thôn Lao Chải (Việt Nam) và một thôn của Trung Quốc.')).toEqual([]);
  });
});

describe('wards and communes named in a list', () => {
  it('"các phường Hiệp An và Long Xuyên" are wards, not the city of An Giang', () => {
    expect(
      isos('Đoàn đã thăm các phường Hiệp An và Long Xuyên (thị xã Kinh Môn, tỉnh Hải Dương).'),
    ).toEqual(['VN-61']);
  });

  it('"các xã Tân Hiệp, Long Xuyên" too', () => {
    expect(isos('Đoàn đã thăm các xã Tân Hiệp, Long Xuyên của tỉnh Hải Dương.')).toEqual(['VN-61']);
  });
});

describe('cleanArticle: headlines and mastheads on one line', () => {
  it('drops a ticker of headlines set apart by runs of spaces', () => {
    const text = [
      'Đậm nghĩa tình nơi biên giới',
      'Quốc hội thông qua nghị quyết sửa đổi Hiến pháp    Bồi dưỡng nghiệp vụ cho cán bộ cấp xã mới    Quảng Ngãi tiếp xúc cử tri sau hợp nhất tỉnh',
      'Sáng 12/2, Đồn Biên phòng Đăk Blô thăm đơn vị kết nghĩa của tỉnh Sê Kông (Lào).',
    ].join('\n');
    expect(kept(text)).not.toMatch(/Quảng Ngãi/);
    expect(kept(text)).toMatch(/Sê Kông/);
  });

  it('drops the site name printed beside the page’s date', () => {
    const text = [
      'Tiệc mừng Xuân tại Lào',
      'Thứ Hai, 09/02/2026   • Huế ngày nay Online',
      'Đại sứ quán Việt Nam tại Lào tổ chức tiệc mừng Xuân tại Thủ đô Viêng Chăn.',
    ].join('\n');
    expect(kept(text)).not.toMatch(/Huế/);
  });
});

describe('htmlToArticle: a sapo left open', () => {
  it('keeps the words of an <h2 class="lead"> closed by a stray </p>, once, before the body', () => {
    const page = [
      '<html><body><article>',
      '<h1>Hà Nội - Viêng Chăn hợp tác bền vững</h1>',
      '<h2 class="lead"><b>Ngày 2/12, Bí thư Thành ủy Hà Nội đã hội đàm với Bí thư Thành ủy Thủ đô Viêng Chăn.</b></p>',
      '<div class="article-body"><p>Hai bên đánh giá cao kết quả hợp tác giữa hai Thủ đô trong những năm qua, nhất là về đào tạo cán bộ và đầu tư.</p>',
      '<p>Lãnh đạo hai thành phố nhất trí tăng cường giao lưu nhân dân, kết nối kinh tế và phát triển hạ tầng.</p></div>',
      '</article></body></html>',
    ].join('\n');
    const text = htmlToArticle(page).text;
    expect(text.split('\n')[0]).toMatch(/^Ngày 2\/12, Bí thư Thành ủy Hà Nội/);
    expect(text.match(/Hai bên đánh giá cao/g)).toHaveLength(1);
  });
});
