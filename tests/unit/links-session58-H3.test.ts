// Rules the fifty-eighth session's helper H3 drew from verbatim real news on new themes (Tết
// greetings both ways, condolences and relief, congresses and anniversaries with foreign guests).
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/article/clean.ts';
import { visitsOf } from './support/visit-strings.ts';

const keptText = (text: string) =>
  cleanArticle(text)
    .keep.map(([s, e]) => text.slice(s, e))
    .join('\n');

describe('greeting a foreign envoy in person at home', () => {
  it('"tặng hoa chúc mừng Đại sứ Campuchia": the ambassador is posted here, no trip to Cambodia', () => {
    expect(
      visitsOf(
        'Vận động ủng hộ đồng bào\n\nĐoàn đại biểu Bộ Ngoại giao tặng hoa chúc mừng Đại sứ Campuchia nhân dịp năm mới.',
      ),
    ).toEqual([]);
  });

  it('"đến thăm, chúc Tết Đại sứ Lào tại Hà Nội": no trip to Laos', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn Lào\n\nLãnh đạo Bộ Ngoại giao đến thăm, chúc Tết Đại sứ Lào tại Hà Nội nhân dịp Tết Bunpimay.',
      ),
    ).toEqual([]);
  });

  it('"đến chúc Tết Tổng Lãnh sự Campuchia tại TP": the consul general in person, likewise', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn Campuchia\n\nThứ trưởng Bộ Ngoại giao đến chúc Tết Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh.',
      ),
    ).toEqual([]);
  });

  it('guard: meeting our own ambassador posted abroad ("Đại sứ Việt Nam tại Campuchia"): a trip', () => {
    expect(
      visitsOf(
        'Làm việc với cơ quan đại diện\n\nĐoàn Bộ Ngoại giao sang thăm, làm việc với Đại sứ Việt Nam tại Campuchia.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('guard: the country visited named first, the envoy after: still a trip', () => {
    expect(
      visitsOf(
        'Thăm bạn\n\nBộ trưởng Bộ Ngoại giao thăm Campuchia, gặp Đại sứ Campuchia tại Việt Nam.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('a photo whose alt text repeats the headline, its caption under it', () => {
  const title = 'Tỉnh Quảng Bình trao quà hỗ trợ hai tỉnh Khăm Muộn và Savannakhet';
  const page = (caption: string) =>
    [
      title,
      '',
      '(Báo QB) - Tỉnh Quảng Bình trao tặng quà trị giá 2 tỷ đồng cho hai tỉnh bạn của Lào để khắc phục hậu quả bão.',
      '',
      title,
      '',
      caption,
      '',
      'Sáng 3/10, tại trụ sở UBND tỉnh Quảng Bình, Phó Chủ tịch UBND tỉnh đã trao tặng số quà trên cho đại diện hai tỉnh.',
    ].join('\n');

  it('the caption below the repeated headline, the body going on after it, is kept', () => {
    const caption = 'Lãnh đạo tỉnh Quảng Bình đón tiếp lãnh đạo 2 tỉnh bạn tại trụ sở UBND tỉnh';
    expect(keptText(page(caption))).toContain(caption);
  });

  it('guard: a bar of buttons in that place is still dropped', () => {
    expect(keptText(page('Chia sẻ   Facebook   Zalo   In bài'))).not.toContain('Zalo');
  });

  it('guard: a list of other headlines around the repeated headline is still dropped', () => {
    const text = [
      title,
      '',
      '(Báo QB) - Tỉnh Quảng Bình trao tặng quà trị giá 2 tỷ đồng cho hai tỉnh bạn của Lào để khắc phục hậu quả bão.',
      '',
      'Sáng 3/10, tại trụ sở UBND tỉnh Quảng Bình, Phó Chủ tịch UBND tỉnh đã trao tặng số quà trên cho đại diện hai tỉnh.',
      '',
      'Tin cùng chuyên mục',
      'Nông dân Quảng Ninh thu hoạch lúa sớm tránh bão lớn',
      title,
      'Học sinh vùng cao Hà Giang bước vào năm học mới',
      'Ngày hội văn hóa các dân tộc khai mạc tại Lạng Sơn',
    ].join('\n');
    expect(keptText(text)).not.toContain('Hà Giang');
  });
});
