import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle, hasCreditWord } from '../../src/core/article/clean.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const SEEDS = join(import.meta.dirname, '../../../shared/corpus/seeds');

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const kept = (text: string) => {
  const r = cleanArticle(text);
  return r.keep.map(([s, e]) => text.slice(s, e));
};
const reasons = (text: string) => cleanArticle(text).dropped.map((d) => d.reason);

describe('cleanArticle: the page header', () => {
  it('drops the site owner shouted above the lead, up to 60 characters', () => {
    const text = [
      'Tăng cường hợp tác tư pháp giữa Viện kiểm sát hai nước',
      'VIỆN KIỂM SÁT NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
      'Hội nghị lần thứ nhất diễn ra vào tháng 5 năm 2009 tại tỉnh Nghệ An.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toMatch(/THỪA THIÊN/);
    expect(reasons(text)).toContain('masthead');
  });

  it('drops a menu whose items a scrape set apart by runs of spaces', () => {
    const text = [
      'Campuchia huy động lực lượng an ninh cho hội nghị',
      'Báo Thanh Hóa  Thời sự  Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao  Du lịch xứ Thanh',
      'Ngày 25/10, Bộ Nội vụ Campuchia cho biết sẽ huy động lực lượng tại thủ đô Phnom Penh.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toMatch(/Thanh Hóa/);
    expect(reasons(text)).toContain('menu');
    // A sentence with a double space is no menu.
    const prose = 'Tin\nNgày 25/10, đoàn tỉnh Thanh Hóa  đã sang thăm tỉnh Hủa Phăn và làm việc.';
    expect(kept(prose).join('\n')).toMatch(/Thanh Hóa/);
  });

  it('drops the follow button printed beside the page’s date', () => {
    const text = [
      'Bí thư tỉnh: mong khai thông cửa khẩu',
      'Thứ Ba, 15/09/2020 · Theo dõi Báo Gia Lai trên Google News',
      'Chiều 15/9, đoàn công tác đã làm việc với tỉnh Đắk Lắk.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toMatch(/Gia Lai/);
    expect(reasons(text)).toContain('page chrome');
  });

  it('drops a headline of another subject above the date stamp, keeps one about this subject', () => {
    const other =
      'Quảng Nam thăm, chúc Tết tỉnh Xê Kông\n' +
      'Thừa Thiên Huế trao tặng trường học cho huyện Ta Ôi, tỉnh Sa-la-van\n' +
      'Thứ Ba, 12/04/2022 - 20:10\n' +
      'Ngày 11/4, Đoàn công tác tỉnh Quảng Nam đã đến thăm, chúc Tết tỉnh Xê Kông tại thành phố Xê Kông.';
    expect(kept(other).join('\n')).not.toContain('Ta Ôi');
    const same =
      'Cổng thông tin điện tử An Giang\n' +
      'Đoàn đại biểu tỉnh An Giang thăm, chúc Tết tỉnh Ta Keo và tỉnh Kampốt\n' +
      '(Cập nhật: 09/04/2019 16:45)\n' +
      'Nhân dịp Tết cổ truyền, Đoàn đại biểu tỉnh An Giang đã sang thăm hai tỉnh Ta Keo và Kampốt.';
    expect(kept(same).join('\n')).toContain('chúc Tết tỉnh Ta Keo và tỉnh Kampốt');
  });
});

describe('cleanArticle: table rows before the lead', () => {
  it('drops a "| … |" row with no photo above it, keeps the caption under a photo', () => {
    const text =
      'Đắk Lắk và Sê Kông tăng cường hợp tác\n' +
      '| Ngày 3/11, tỉnh Kon Tum và tỉnh Sê Kông ký bản ghi nhớ. Hai bên thống nhất nhiều nội dung. |\n' +
      'Chiều 4/11, đoàn đại biểu tỉnh Đắk Lắk đã có buổi làm việc với lãnh đạo tỉnh Sê Kông tại thành phố Sê Kông.\n' +
      '![]() |\n' +
      '| Lãnh đạo hai tỉnh trao đổi tại buổi làm việc. |';
    expect(kept(text).join('\n')).not.toContain('Kon Tum');
    expect(kept(text)).toContain('Lãnh đạo hai tỉnh trao đổi tại buổi làm việc.');
    expect(reasons(text)).toContain('teaser before the lead');
  });
});

describe('cleanArticle: a lead cut short above the photo', () => {
  const page = (lead: string) =>
    [
      'Hợp tác Việt - Lào về điện và khoáng sản',
      'Thứ ba, 12/04/2022 - 08:23',
      lead,
      'Hợp tác Việt - Lào về điện và khoáng sản',
      'Tại buổi tiếp, Bộ trưởng chuyển tới Thủ tướng Lào lời chúc mừng năm mới của lãnh đạo Việt Nam.',
    ].join('\n');
  it('keeps a long line that opens on its day, though it lacks its stop', () => {
    const lead =
      'Chiều 11/4, nằm trong chuyến thăm và làm việc tại Lào, Bộ trưởng Công Thương Trần Văn Nam đã đến chào xã giao Thủ tướng Lào Phankham Viphavanh';
    expect(kept(page(lead))).toContain(lead);
  });

  it('still drops a short headline-like line beside the repeated headline', () => {
    const teaser = 'Quảng Trị và Savannakhet tăng cường hợp tác thương mại biên giới';
    expect(kept(page(teaser))).not.toContain(teaser);
  });
});

describe('cleanArticle: the headline again over its sapo, then a subheading', () => {
  it('keeps the sapo and the first section, which only look like two headline + summary boxes', () => {
    const text = [
      'Hai bản, một dòng điện',
      'Thứ Sáu, 05/02/2021 - 23:29',
      '',
      'Hai bản, một dòng điện',
      '',
      'Hơn hai chục năm trước, người bản Lao Khô bên này biên giới đã kéo một sợi dây điện sang chia ánh sáng cho bản Nà Khạng bên kia.',
      '',
      'Đường điện chia đôi',
      '',
      'Những ngày giáp Tết, quanh bản Lao Khô, xã Phiêng Khoài, huyện Yên Châu, tỉnh Sơn La, hoa mận đã hé nở trên những quả đồi.',
      '',
      'Phiên chợ cuối năm ở xã vùng cao. Ảnh: Minh Thu',
      '',
      'Gặp lại chúng tôi, trưởng bản mừng ra mặt và kể chuyện hai bản kết nghĩa.',
    ].join('\n');
    expect(kept(text).join('\n')).toContain('tỉnh Sơn La');
    expect(kept(text).join('\n')).toContain('sợi dây điện');
  });
});

describe('cleanArticle: related headlines joined by " / "', () => {
  it('drops a strip of headlines between the headline and the lead, keeps a lead with a slash', () => {
    const text =
      'Gia Lai tặng quà tỉnh Ratanakiri\n' +
      'Tập đoàn điện lực hỗ trợ Kon Tum xây trường học / Hiệp hội doanh nghiệp Quảng Nam chung tay cùng tuyến đầu\n' +
      'Ngày 3/6/2021, tại cửa khẩu Lệ Thanh, đoàn công tác tỉnh Gia Lai đã trao quà cho tỉnh Ratanakiri (Campuchia) / tặng 5 tấn gạo.';
    expect(kept(text).join('\n')).not.toContain('Kon Tum');
    expect(kept(text).join('\n')).toContain('tặng 5 tấn gạo');
    expect(reasons(text)).toContain('teaser before the lead');
  });
});

describe('cleanArticle', () => {
  it('keeps the title and every body paragraph of a plain article', () => {
    const text =
      'Tỉnh A thăm tỉnh B\nĐoạn thứ nhất nói về chuyến thăm.\n\nĐoạn thứ hai nói về kết quả.';
    const r = cleanArticle(text);
    expect(r.title).toBe('Tỉnh A thăm tỉnh B');
    expect(r.titleSpan).toEqual([0, 18]);
    expect(kept(text)).toEqual([
      'Tỉnh A thăm tỉnh B',
      'Đoạn thứ nhất nói về chuyến thăm.',
      'Đoạn thứ hai nói về kết quả.',
    ]);
    expect(r.dropped).toEqual([]);
  });

  it('takes the first non-empty line as the title, after blank lines and spaces', () => {
    const r = cleanArticle('\n\n   Tiêu đề bài báo  \nThân bài có một câu.');
    expect(r.title).toBe('Tiêu đề bài báo');
    expect(r.titleSpan).toEqual([5, 20]);
  });

  it('returns no title and no spans for empty or blank text', () => {
    expect(cleanArticle('')).toEqual({ title: '', titleSpan: null, keep: [], dropped: [] });
    expect(cleanArticle(' \n\t\n').keep).toEqual([]);
  });

  it('drops a known related heading with its headline list, menus and media teasers to the end', () => {
    const text = fixture('visit-related-list.txt');
    const body = kept(text).join('\n');
    expect(body).toContain('tỉnh Khăm Muộn (Lào)');
    expect(body).toContain('cảm ơn sự giúp đỡ');
    for (const trap of [
      'Hà Tĩnh',
      'Prey Veng',
      'Lạng Sơn',
      'Cần Thơ',
      'sông Hồng',
      'Thời sự',
      'Thế giới',
    ]) {
      expect(body).not.toContain(trap);
    }
    expect(reasons(text)).toContain('related list (Tin liên quan)');
  });

  it('drops a box under an unknown short heading when at least three headlines follow', () => {
    const text = [
      'Tỉnh A ký kết hợp tác với tỉnh B',
      'Hai tỉnh đã ký kết hợp tác trong ngày hôm qua.',
      'Cùng chuyên mục',
      'Tỉnh C khai mạc tuần văn hóa',
      'Tỉnh D đón đoàn khách quốc tế',
      'Tỉnh E tổ chức hội thao',
    ].join('\n');
    expect(kept(text)).toEqual([
      'Tỉnh A ký kết hợp tác với tỉnh B',
      'Hai tỉnh đã ký kết hợp tác trong ngày hôm qua.',
    ]);
  });

  it('keeps the body that resumes after a related box in the middle of the article', () => {
    const text = [
      'Tiêu đề bài viết về hợp tác',
      'Đoạn mở đầu của bài viết có đủ câu.',
      'Tin liên quan',
      'Tỉnh C khai mạc tuần văn hóa',
      'Tỉnh D đón đoàn khách quốc tế',
      'Đoạn tiếp theo của bài viết nói về tỉnh B, dài hơn một câu. Nó có thêm câu thứ hai.',
      'Đoạn cuối cùng của bài viết kết luận chuyến thăm.',
    ].join('\n');
    const body = kept(text);
    expect(body).not.toContain('Tỉnh C khai mạc tuần văn hóa');
    expect(body).toContain('Đoạn cuối cùng của bài viết kết luận chuyến thăm.');
  });

  it('keeps a short subheading that is followed by body paragraphs', () => {
    const text =
      'Tiêu đề bài viết\nĐoạn đầu tiên của bài.\nKết quả hợp tác\nHai bên đã đạt nhiều kết quả tốt.';
    expect(kept(text)).toContain('Kết quả hợp tác');
  });

  it('keeps a short list the article makes between body paragraphs', () => {
    const text = [
      'Tỉnh A đón đoàn các tỉnh bạn',
      'Đoàn đại biểu gồm lãnh đạo của ba tỉnh bạn đã tới thăm tỉnh A hôm qua.',
      'Các tỉnh tham gia',
      'Tỉnh Attapeu',
      'Tỉnh Sekong',
      'Tỉnh Champasak',
      'Hai bên đã trao đổi về kết quả hợp tác trong năm vừa qua và kế hoạch năm tới.',
    ].join('\n');
    expect(kept(text)).toHaveLength(7);
  });

  it('drops a bulleted related list under a known heading', () => {
    const text =
      'Tiêu đề\nThân bài có một câu.\nTin khác:\n- Tỉnh C khai mạc tuần văn hóa\n• Tỉnh D đón đoàn khách quốc tế';
    expect(kept(text)).toEqual(['Tiêu đề', 'Thân bài có một câu.']);
  });

  it('drops a related list whose items start with ">>" (older CMSs)', () => {
    const text =
      'Tiêu đề\nThân bài có một câu dài đủ để làm đoạn văn của bài báo này.\nTin liên quan:\n' +
      '>> Bình Phước - Kratie: Hội đàm thường niên năm 2019\n>>Kiên Giang trao quà cho bà con tại Kampot';
    expect(kept(text)).toEqual([
      'Tiêu đề',
      'Thân bài có một câu dài đủ để làm đoạn văn của bài báo này.',
    ]);
  });

  it('drops headline + truncated teaser pairs without a heading, and the rest of the page after them', () => {
    const text = fixture('teaser-tail.txt');
    const body = kept(text).join('\n');
    expect(body).toContain('ký biên bản ghi nhớ về hợp tác phát triển đô thị');
    expect(body).toContain('xử lý rác thải trong ba năm tới');
    for (const trap of [
      'sân bay quốc tế',
      'Siem Reap',
      'Quảng Ninh',
      'Giá xăng',
      'Phiên bản di động',
    ]) {
      expect(body).not.toContain(trap);
    }
  });

  it('keeps a subheading and a body paragraph that ends in "…" when body text follows', () => {
    const text = [
      'Tiêu đề bài viết',
      'Đoạn mở đầu của bài viết.',
      'Các lĩnh vực hợp tác',
      'Hai bên hợp tác về giáo dục, y tế, du lịch…',
      'Đoạn cuối cùng của bài viết kết luận chuyến thăm.',
    ].join('\n');
    expect(kept(text)).toHaveLength(5);
  });

  it('drops doubled headline lines, the repeated title, chrome lines and the source link line', () => {
    const text = fixture('doubled-headlines.txt');
    const body = kept(text);
    expect(body.filter((l) => l === 'Tỉnh Đắk Lắk tiếp đoàn tỉnh Mondulkiri')).toHaveLength(1);
    expect(body.join('\n')).not.toMatch(/Gia Lai|Bình Phước|Theo dõi|In bài viết|https:|0:00|GMT/);
    expect(reasons(text)).toEqual(
      expect.arrayContaining([
        'date stamp',
        'player residue',
        'headline repeated twice',
        'repeats the title',
        'page chrome',
        'source link',
      ]),
    );
  });

  it('keeps a repeated caption once and trims a credit that only names a website', () => {
    const text = fixture('doubled-headlines.txt');
    const captions = kept(text).filter((l) => l.startsWith('Đoàn tỉnh Mondulkiri tặng hoa'));
    expect(captions).toEqual(['Đoàn tỉnh Mondulkiri tặng hoa chúc mừng lãnh đạo tỉnh Đắk Lắk.']);
    expect(reasons(text)).toContain('photo credit');
  });

  it('keeps the caption text of a "| caption |" line and drops empty image markup', () => {
    const text =
      'Tiêu đề\n![]() |\n| Đại biểu dâng hoa tại tượng đài. Ảnh: Báo Tỉnh Nhà |\nThân bài.';
    expect(kept(text)).toEqual([
      'Tiêu đề',
      'Đại biểu dâng hoa tại tượng đài. Ảnh: Báo Tỉnh Nhà',
      'Thân bài.',
    ]);
    expect(reasons(text)).toContain('empty image markup');
  });

  it('drops [Infographic] and [Video] lines, player residue and a mobile-version footer', () => {
    const text =
      'Tiêu đề\nThân bài có câu.\n[Infographic] Số liệu thương mại năm nay\n[VIDEO] Lễ hội mùa xuân\n0:00\nPhiên bản di động';
    expect(kept(text)).toEqual(['Tiêu đề', 'Thân bài có câu.']);
  });

  it("keeps a lead opened by the paper's tag and its subheaded paragraph before the first photo: no teaser boxes", () => {
    const text = [
      'Nhịp cầu nơi biên giới',
      'Trang chủ > Quốc phòng > Hợp tác',
      'Cập nhật lúc 08:30 | Tác giả: Minh An',
      '',
      '(QĐND) - Dọc tuyến biên giới, các trạm xá quân dân y đã trở thành địa chỉ khám bệnh tin cậy của đồng bào hai bên.',
      '',
      'Trạm xá giữa đại ngàn',
      '',
      'Năm 2007, Bộ đội Biên phòng tỉnh Hà Tĩnh đã xây dựng trạm xá tại huyện Khăm Cợt, tỉnh Bô-ly-khăm-xay (Lào).',
      '',
      'Ảnh: Cán bộ trạm xá khám bệnh cho người dân. Ảnh: Minh An',
      'Đoạn cuối của bài.',
    ].join('\n');
    expect(kept(text)).toContain(
      '(QĐND) - Dọc tuyến biên giới, các trạm xá quân dân y đã trở thành địa chỉ khám bệnh tin cậy của đồng bào hai bên.',
    );
    expect(kept(text)).toContain(
      'Năm 2007, Bộ đội Biên phòng tỉnh Hà Tĩnh đã xây dựng trạm xá tại huyện Khăm Cợt, tỉnh Bô-ly-khăm-xay (Lào).',
    );
  });

  it('keeps an [Ảnh] line that credits its photo: a caption of this article, not a teaser', () => {
    const text =
      'Tiêu đề\nThân bài có câu.\n[Ảnh] Lãnh đạo hai tỉnh ký kết hợp tác. Ảnh: Báo Tỉnh Nhà\n[Ảnh] Lễ hội mùa xuân ở miền núi\nĐoạn cuối.';
    expect(kept(text)).toEqual([
      'Tiêu đề',
      'Thân bài có câu.',
      '[Ảnh] Lãnh đạo hai tỉnh ký kết hợp tác. Ảnh: Báo Tỉnh Nhà',
      'Đoạn cuối.',
    ]);
  });

  it('keeps an [Ảnh] line that is a full sentence: a photo story’s caption', () => {
    const text =
      'Tiêu đề\nThân bài có câu.\n[Ảnh] Cán bộ Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa cấp phát thuốc miễn phí cho người dân bản Bo, tỉnh Hủa Phăn (Lào).\n[Ảnh] Khai mạc Lễ hội mùa xuân ở miền núi phía Bắc năm nay\nĐoạn cuối.';
    expect(kept(text)).toEqual([
      'Tiêu đề',
      'Thân bài có câu.',
      '[Ảnh] Cán bộ Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa cấp phát thuốc miễn phí cho người dân bản Bo, tỉnh Hủa Phăn (Lào).',
      'Đoạn cuối.',
    ]);
  });

  it('drops a run of three or more very short menu items and a pipe-separated menu', () => {
    const text =
      'Tiêu đề bài\nTrang chủ | Thời sự | Kinh tế | Thể thao\nXã hội\nGiáo dục\nSức khỏe\nThân bài có câu.';
    expect(kept(text)).toEqual(['Tiêu đề bài', 'Thân bài có câu.']);
  });

  it('drops a menu whose bulleted items start in lower case ("• vtv Cần Thơ")', () => {
    const text = 'Tiêu đề bài\nTV & VIDEO\n• vtv Cần Thơ\n• vtv Huế\nTiêu đề bài\nThân bài có câu.';
    expect(kept(text)).toEqual(['Tiêu đề bài', 'Thân bài có câu.']);
  });

  it('drops a labelled menu of three short pipe-separated items, not a sentence with pipes', () => {
    const text = [
      'Lịch sử hợp tác giữa tỉnh Yên Bái và tỉnh Viêng Chăn',
      'Địa phương hợp tác: Viêng Chăn (Lào) | Xay Nha Bu Ly (Lào) | Lào Cai - Vân Nam (Trung Quốc)',
      'Đoàn đại biểu tỉnh Viêng Chăn thăm tỉnh Yên Bái | tháng 4/2008 | lần đầu tiên hai tỉnh gặp nhau chính thức để bàn hợp tác',
    ].join('\n');
    expect(kept(text)).toEqual([
      'Lịch sử hợp tác giữa tỉnh Yên Bái và tỉnh Viêng Chăn',
      'Đoàn đại biểu tỉnh Viêng Chăn thăm tỉnh Yên Bái | tháng 4/2008 | lần đầu tiên hai tỉnh gặp nhau chính thức để bàn hợp tác',
    ]);
  });

  it('handles CRLF line endings with spans that exclude the carriage return', () => {
    const text = 'Tiêu đề\r\nThân bài một.\r\nIn bài viết\r\n';
    const r = cleanArticle(text);
    expect(r.keep.map(([s, e]) => text.slice(s, e))).toEqual(['Tiêu đề', 'Thân bài một.']);
    expect(r.dropped[0]!.text).toBe('In bài viết');
  });

  it('drops tags lines, comment widgets and a short "Các tin khác" list at the end of the page', () => {
    const text = [
      'Đoàn tỉnh Kon Tum thăm tỉnh Attapeu',
      'Đoàn đã thăm và làm việc tại tỉnh Attapeu trong hai ngày, trao đổi về hợp tác giáo dục.',
      'Bình luận (0)',
      'Gửi bình luận',
      'Tags: Kon Tum, Attapeu, hợp tác, Quảng Nam',
      'Các tin khác',
      'Chủ tịch nước tiếp Đại sứ Lào chào từ biệt',
      'Hải Phòng đón tàu Hải quân Hoàng gia Campuchia',
    ].join('\n');
    const body = kept(text).join('\n');
    expect(body).toContain('trao đổi về hợp tác giáo dục');
    expect(body).not.toMatch(/Bình luận|Tags|Quảng Nam|Hải Phòng|Đại sứ/);
    expect(reasons(text)).toEqual(expect.arrayContaining(['page chrome', 'tags']));
  });

  it('does not mutate or depend on state between calls', () => {
    const text = fixture('visit-related-list.txt');
    expect(cleanArticle(text)).toEqual(cleanArticle(text));
  });
});

describe('cleanArticle properties', () => {
  const lineArb = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      'Tin liên quan',
      'Đọc thêm',
      '0:00 / 0:00',
      '![]() |',
      '| chú thích |',
      'In bài viết',
      'A B A B',
      '...',
      '|',
      '[Video] x',
    ),
    fc
      .array(fc.constantFrom('Tỉnh', 'đoàn', 'thăm', 'Lào', 'ký', '.', '…', ' ', '\t'), {
        maxLength: 12,
      })
      .map((w) => w.join(' ')),
  );
  const textArb = fc
    .array(lineArb, { maxLength: 30 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((sep) => lines.join(sep)));

  it('never throws; keep and dropped spans lie inside the text, sorted, and never overlap', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const r = cleanArticle(text);
        const all = [
          ...r.keep.map((s) => ({ s, keep: true })),
          ...r.dropped.map((d) => ({ s: d.span, keep: false })),
        ];
        for (const { s } of all) {
          expect(s[0]).toBeGreaterThanOrEqual(0);
          expect(s[1]).toBeLessThanOrEqual(text.length);
          expect(s[0]).toBeLessThanOrEqual(s[1]);
        }
        for (let i = 1; i < r.keep.length; i++)
          expect(r.keep[i]![0]).toBeGreaterThanOrEqual(r.keep[i - 1]![1]);
        for (const k of r.keep) {
          for (const d of r.dropped) expect(k[1] <= d.span[0] || d.span[1] <= k[0]).toBe(true);
        }
        for (const d of r.dropped) expect(d.text).toBe(text.slice(d.span[0], d.span[1]));
        if (r.titleSpan) expect(text.slice(...r.titleSpan)).toBe(r.title);
      }),
      { numRuns: 400 },
    );
  });
});

// The five real pages of the development set: what must survive and what must go.
const SEED_TRAPS: Record<string, string[]> = {
  '000': [
    'Điện Biên',
    'Quảng Trị',
    'Thanh Hóa',
    'Đà Nẵng',
    'Bắc Ninh',
    'Quảng Ngãi',
    'Thái Nguyên',
    'Múa rối',
  ],
  '001': ['Thanh Hóa', 'Nghệ An', 'Đắk Lắk', 'Đà Nẵng', 'Bắc Ninh', 'Sam Mứn'],
  '002': ['Venezuela', 'Sáng nay, ngày 1/12', 'Sáng ngày 2/12', 'Kremlin', 'Phiên bản di động'],
  '003': ['Liên bang Nga', 'Angola', 'Liên hợp quốc', 'Campuchia', 'In bài viết', 'https://'],
  '004': ['0:00'],
};

describe.skipIf(!existsSync(SEEDS))('cleanArticle on the seed articles', () => {
  const seeds = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  it.each(seeds)('keeps every gold place and drops the traps of %s', (name) => {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    const gold = JSON.parse(
      readFileSync(join(SEEDS, name.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as {
      places: { name: string; optional?: boolean }[];
    };
    const body = kept(text).join('\n');
    for (const p of gold.places.filter((p) => !p.optional)) expect(body).toContain(p.name);
    for (const trap of SEED_TRAPS[name.slice(0, 3)] ?? []) expect(body).not.toContain(trap);
  });
});
if (!existsSync(SEEDS)) console.warn(`article-clean: ${SEEDS} not found, seed checks skipped`);

describe('cleanArticle: scraped-page chrome', () => {
  const lead =
    'Ngày 12/3, Đoàn đại biểu tỉnh Hủa Phăn đã sang thăm và làm việc tại tỉnh Thanh Hóa trong ba ngày.';
  const body = 'Hai bên trao đổi về hợp tác giáo dục, y tế và thương mại qua cửa khẩu Na Mèo.';

  it('drops headline lines ending in " |" (teasers), keeps captions ending in " |"', () => {
    const text = [
      'Thanh Hóa đón đoàn tỉnh Hủa Phăn',
      'Nghệ An: Khai mạc hội chợ thương mại Việt - Lào năm 2024 |',
      lead,
      '| Lãnh đạo hai tỉnh trao quà lưu niệm. Ảnh: Minh Hà |',
      body,
    ].join('\n');
    expect(kept(text)).toEqual([
      'Thanh Hóa đón đoàn tỉnh Hủa Phăn',
      lead,
      'Lãnh đạo hai tỉnh trao quà lưu niệm. Ảnh: Minh Hà',
      body,
    ]);
    expect(reasons(text)).toContain('teaser before the lead');
  });

  it('"Xem thêm: ‹headline›" on one line is another article', () => {
    const text = ['Tiêu đề bài', 'Xem thêm: Sơn La tiếp đoàn tỉnh Luông Pha Băng', lead].join('\n');
    expect(kept(text)).toEqual(['Tiêu đề bài', lead]);
    expect(reasons(text)).toEqual(['related headline']);
  });

  it('image markup with a headline beside it is a thumbnail teaser; with a caption it is a caption', () => {
    const text = [
      'Tiêu đề bài',
      lead,
      '![](https://anh.example.vn/a.jpg) Quảng Trị tiếp đoàn tỉnh Sa-van-na-khet sang chúc Tết',
      '![](https://anh.example.vn/b.jpg) Lãnh đạo hai tỉnh ký biên bản ghi nhớ. Ảnh: Hà An',
      body,
    ].join('\n');
    expect(kept(text)).toEqual([
      'Tiêu đề bài',
      lead,
      'Lãnh đạo hai tỉnh ký biên bản ghi nhớ. Ảnh: Hà An',
      body,
    ]);
    expect(reasons(text)).toContain('image teaser');
  });

  it('a run of headlines between the title and the lead are teasers; a lone subheading is kept', () => {
    const teasers = [
      'Tiêu đề bài',
      'Điện Biên chúc Tết Bun Pi May tỉnh Phông Sa Lỳ năm nay',
      'Lai Châu tăng cường hợp tác với tỉnh Luổng Nặm Thà của Lào',
      lead,
    ].join('\n');
    expect(kept(teasers)).toEqual(['Tiêu đề bài', lead]);
    const subheading = [
      'Tin tổng hợp',
      'Bộ trưởng Ngoại giao thăm chính thức Campuchia',
      lead,
    ].join('\n');
    expect(kept(subheading)).toContain('Bộ trưởng Ngoại giao thăm chính thức Campuchia');
  });

  it('a run of headlines between two paragraphs are teasers too', () => {
    const text = [
      'Tiêu đề bài',
      lead,
      'Theo dõi Báo Gia Lai trên Google News',
      'Đoàn đại biểu tỉnh Ratanakiri chúc Tết tỉnh Gia Lai',
      'Gia Lai: Hơn 300 lưu học sinh Lào, Campuchia vui Tết Bunpimay',
      body,
    ].join('\n');
    expect(kept(text)).toEqual(['Tiêu đề bài', lead, body]);
  });

  it('a "Tin liên quan" box right after a byline and "Chia sẻ" is dropped with its headlines, the byline too', () => {
    const text = [
      'Tiêu đề bài',
      lead,
      body,
      'Minh Nhật',
      'Chia sẻ',
      'Tin liên quan',
      'Thanh niên Quảng Bình trao quà cho học sinh tỉnh Khăm Muộn',
      'Tuổi trẻ Thái Bình dự diễn đàn thanh niên khu vực',
      'Từ khóa: thanh niên, Lào',
    ].join('\n');
    expect(kept(text)).toEqual(['Tiêu đề bài', lead, body]);
  });

  it('an author whose name is a province\'s, above a comment counter ("Hòa Bình" / "Bình luận (0)")', () => {
    const text = ['Tiêu đề bài', lead, body, 'Hòa Bình', 'Bình luận (0)', 'Cùng chủ đề'].join('\n');
    expect(kept(text)).toEqual(['Tiêu đề bài', lead, body]);
  });

  it('image rows with teasers between the headline and the lead are other articles', () => {
    const text = [
      'Tiêu đề bài',
      '![]() Chiều 17/1, tại cửa khẩu Dinh Bà, Đoàn tỉnh Banteay Meanchey đã đến thăm tỉnh Đồng Tháp. |',
      '![]() Chiều 18/12, Hội nghị cấp cao giữa Hà Tĩnh và Khăm Muộn đã diễn ra tại Cầu Treo. |',
      lead,
      '![]() Lãnh đạo hai tỉnh trao quà cho đoàn tại buổi tiếp, trong không khí thân mật. |',
      body,
    ].join('\n');
    const k = kept(text);
    expect(k.join('\n')).not.toContain('Banteay Meanchey');
    expect(k.join('\n')).not.toContain('Cầu Treo');
    // A single photo with its caption after the lead is this article's.
    expect(k.join('\n')).toContain('Lãnh đạo hai tỉnh trao quà');
  });

  it('a bare image path before a caption is markup, the caption stays', () => {
    const text = [
      'Tiêu đề bài',
      lead,
      '/uploads/news/2019_09/anh-1.jpg Công an tỉnh Điện Biên và An ninh tỉnh Luông Phra Bang ký biên bản.',
      body,
    ].join('\n');
    expect(kept(text)).toContain(
      'Công an tỉnh Điện Biên và An ninh tỉnh Luông Phra Bang ký biên bản.',
    );
  });

  it("an author's name alone after the last paragraph, before the related box, is a byline", () => {
    const text = [
      'Tiêu đề bài',
      lead,
      body,
      'Thanh Hoa',
      'Tin liên quan',
      'Thanh niên Quảng Bình trao quà cho học sinh tỉnh Khăm Muộn',
    ].join('\n');
    expect(kept(text)).toEqual(['Tiêu đề bài', lead, body]);
    expect(reasons(text)).toContain('byline');
    // At the very end too; a line inside the body stays (a source credit, "Theo Báo …", goes as
    // the outlet's name).
    expect(kept([lead, body, 'Hùng Phong'].join('\n'))).toEqual([lead, body]);
    expect(kept([lead, body, 'ĐINH YẾN'].join('\n'))).toEqual([lead, body]);
    expect(kept([lead, body, 'Theo Báo Nghệ An'].join('\n'))).toEqual([lead, body]);
    expect(kept([lead, 'Long An', body].join('\n'))).toContain('Long An');
  });
});

describe('cleanArticle: mastheads and cards of other articles', () => {
  it('drops the paper’s masthead before the lead ("Báo Phú Thọ điện tử"), keeps a body line', () => {
    const text =
      'Người Việt ở Battambang vui Xuân\nBáo Phú Thọ điện tử\nTối 1/2, Tổng Lãnh sự quán Việt Nam tại Battambang tổ chức chương trình Xuân Quê hương.\nBáo Phú Thọ';
    expect(kept(text).join('\n')).not.toContain('Phú Thọ điện tử');
    expect(reasons(text)).toContain('masthead');
  });

  it('drops a line below the lead that only names the outlet ("Báo Công an thành phố Đà Nẵng")', () => {
    const lead = 'Sáng 2-3, tỉnh Quảng Trị tiễn đoàn tỉnh Savannakhet về nước.';
    for (const credit of [
      'Báo Công an thành phố Đà Nẵng',
      'Theo Báo Thái Bình',
      'Nguồn: Báo Công an TP. Đà Nẵng',
    ]) {
      expect(kept(`Tiễn đoàn bạn\n${lead}\n${credit}`)).toEqual(['Tiễn đoàn bạn', lead]);
      expect(reasons(`Tiễn đoàn bạn\n${lead}\n${credit}`)).toContain('outlet credit');
    }
    // ("Báo cáo …", a report; a headline that opens with the paper's name.)
    for (const line of ['Báo cáo Quảng Nam', 'Báo Nghệ An đón đoàn công tác Báo Pasaxon của Lào'])
      expect(kept(`Tiễn đoàn bạn\n${lead}\n${line}`)).toContain(line);
  });

  it('keeps a caption printed twice (the photo’s alt text above it) between paragraphs', () => {
    const caption = 'Lãnh đạo hai tỉnh Quảng Nam - Sê Kông ký thỏa thuận hợp tác';
    const text = [
      'Mở cơ hội đầu tư',
      'Nhiều đợt khảo sát môi trường đầu tư đã được tiến hành trong những năm qua, song song với việc vun đắp quan hệ.',
      caption,
      caption,
      'Nhiều tiềm năng',
      'Vùng này được đánh giá giàu tiềm năng phát triển nông nghiệp, với quỹ đất lớn và khí hậu thuận lợi.',
    ].join('\n');
    expect(kept(text)).toContain(caption);
  });

  it('drops the masthead beside the page’s date ("Báo Lạng Sơn điện tử | Thứ năm, 21/01/2021")', () => {
    const text =
      'Kêu gọi đầu tư vào Viêng Chăn\nBáo Lạng Sơn điện tử | Thứ năm, 21/01/2021\nChiều 16-7, hội thảo xúc tiến đầu tư vào thủ đô Viêng Chăn đã được tổ chức tại TP Hồ Chí Minh.';
    expect(kept(text).join('\n')).not.toContain('Lạng Sơn');
    expect(reasons(text)).toContain('masthead');
  });

  it('drops an outlet’s initials and name above the lead ("PLO - Pháp Luật TP.HCM")', () => {
    const lead =
      '(PL)- Sáng 9-1, tỉnh Hà Tĩnh tổ chức lễ an táng hài cốt liệt sĩ hy sinh tại tỉnh Khăm Muộn (Lào).';
    const text = `Hà Tĩnh an táng hài cốt liệt sĩ\nPLO - Pháp Luật TP.HCM\n${lead}`;
    expect(kept(text)).toEqual(['Hà Tĩnh an táng hài cốt liệt sĩ', lead]);
    expect(reasons(text)).toContain('masthead');
    // (Below the lead such a line is the body's: "TTXVN - …" may open a quoted dispatch.)
    expect(kept(`${text}\nVOV - Đồng bằng sông Cửu Long`)).toContain(
      'VOV - Đồng bằng sông Cửu Long',
    );
  });

  it('drops a short line in capitals above the lead ("CÔNG AN TP ĐÀ NẴNG")', () => {
    const lead =
      '(Cadn.com.vn) - Bộ Chỉ huy Quân sự tỉnh Gia Lai vừa quy tập 12 hài cốt tại tỉnh Stung Treng.';
    const text = `Đưa hài cốt liệt sĩ về nước\nCÔNG AN TP ĐÀ NẴNG\n${lead}`;
    expect(kept(text)).toEqual(['Đưa hài cốt liệt sĩ về nước', lead]);
    expect(reasons(text)).toContain('masthead');
  });

  it('drops an event box numbered as its own first item ("1. Dòng sự kiện:")', () => {
    const lead = '(Dân trí) - Một trận hỏa hoạn đã thiêu rụi 56 căn nhà tại Phnom Penh.';
    const text = [
      'Hơn 50 ngôi nhà bị thiêu rụi trong đêm',
      '1. Dòng sự kiện:',
      '2. Nổ xưởng gỗ ở Đồng Nai',
      '3. 70 năm Chiến thắng Điện Biên Phủ',
      '',
      lead,
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Đồng Nai');
    expect(kept(text)).toContain(lead);
  });

  it('drops the same masthead on a print view ("CÔNG AN ĐÀ NẴNG ONLINE - Bản in")', () => {
    const lead =
      '(Cadn.com.vn) - Đoàn đại biểu quân sự cấp cao Campuchia đã sang thăm và làm việc tại Việt Nam.';
    const text = `Ký kế hoạch hợp tác quốc phòng năm 2016\nCÔNG AN ĐÀ NẴNG ONLINE - Bản in\n${lead}`;
    expect(kept(text)).toEqual(['Ký kế hoạch hợp tác quốc phòng năm 2016', lead]);
    expect(reasons(text)).toContain('masthead');
  });

  it('drops a menu of places joined by dashes ("Miền Bắc: Hà Nội - Hải Phòng - …")', () => {
    const menu =
      'Địa phương: Miền Bắc: Hà Nội - Hải Phòng - Hà Giang - Cao Bằng - Lào Cai - Lai Châu - Điện Biên - Sơn La | Miền Trung: Thanh Hóa - Nghệ An | Xem thêm';
    const text = `Hòa Bình\n${menu}\nCác đại diện của Lào đã tới thăm khu di tích tại tỉnh Hòa Bình.`;
    expect(kept(text).join('\n')).not.toContain('Hải Phòng');
    expect(reasons(text)).toContain('menu');
    // (A title joining a few countries by dashes is no menu.)
    const title = 'Giao lưu quốc phòng biên giới Việt Nam - Lào - Campuchia';
    expect(kept(`${title}\nNgày 14/12, các đoàn đã tới tỉnh Kon Tum.`).join('\n')).toContain(title);
  });

  it('drops an author line whose name looks like a province ("Bài: Thái Bình")', () => {
    const text =
      'Hội đàm cấp cao\nNgày 9/8, đoàn tỉnh Sê Kông hội đàm với tỉnh Thừa Thiên Huế.\nBài: Thái Bình';
    expect(kept(text).join('\n')).not.toContain('Thái Bình');
    expect(reasons(text)).toContain('byline');
    // (A caption is kept: "Ảnh: Lãnh đạo tỉnh Sê Kông thăm …" is no name.)
    expect(kept(`${text}\nẢnh: Lãnh đạo hai tỉnh chụp ảnh lưu niệm`).join('\n')).toContain(
      'Lãnh đạo hai tỉnh',
    );
  });

  it('drops the outlet’s "Ghi rõ nguồn … khi phát hành lại …" footer line', () => {
    const text =
      'Kêu gọi đầu tư vào Viêng Chăn\nChiều 16-7, hội thảo xúc tiến đầu tư vào thủ đô Viêng Chăn đã được tổ chức tại TP Hồ Chí Minh.\nGhi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.';
    expect(kept(text).join('\n')).not.toContain('Lạng Sơn');
    expect(reasons(text)).toContain('site footer');
  });

  it('drops the summary under a card’s doubled headline, not the next paragraph of the article', () => {
    const text =
      'Tỉnh Preah Sihanouk thăm chúc Tết tỉnh Bạc Liêu\n' +
      'Ngày 10/1, đoàn tỉnh Preah Sihanouk đã đến thăm tỉnh Bạc Liêu.\n' +
      'Gìn giữ quan hệ giữa Cà Mau và tỉnh Koh Kong Gìn giữ quan hệ giữa Cà Mau và tỉnh Koh Kong\n' +
      'Ngày 10/1, đoàn đại biểu tỉnh Koh Kong đã đến thăm và chúc Tết tại tỉnh Cà Mau.\n\n' +
      'Tại buổi gặp mặt, hai bên trao đổi tình hình.';
    const out = kept(text).join('\n');
    expect(out).not.toContain('Koh Kong');
    expect(out).toContain('Tại buổi gặp mặt');
  });
});

describe('cleanArticle: a pointer to another article between paragraphs', () => {
  it('drops ">> headline" and keeps the paragraphs around it', () => {
    const text =
      'Giao ban lực lượng vũ trang 6 huyện biên giới\nNgày 26-6, các huyện biên giới tổ chức hội nghị giao ban quý 2.\n>> Phó Thủ tướng Campuchia thăm Việt Nam\nTrong quý 2, tình hình biên giới được giữ vững.';
    expect(kept(text).join('\n')).not.toContain('Phó Thủ tướng');
    expect(reasons(text)).toContain('related headline');
    expect(kept(text).join('\n')).toContain('Trong quý 2');
  });

  it('drops "[headline]" alone in square brackets, but keeps a bracketed note in a sentence', () => {
    const text =
      'Công an tỉnh trao quà\nNgày 3/4, Công an tỉnh Quảng Trị trao quà cho Công an tỉnh Savannakhet.\n[Tỉnh Lạng Sơn đón nhận Huân chương Lao động của Nhà nước Lào]\nHai bên cũng trao đổi kinh nghiệm [theo kế hoạch năm 2024].';
    expect(kept(text).join('\n')).not.toContain('Lạng Sơn');
    expect(reasons(text)).toContain('related headline');
    expect(kept(text).join('\n')).toContain('[theo kế hoạch năm 2024]');
  });
});

describe('cleanArticle: archive captions', () => {
  it('keeps a caption marked "(Ảnh tư liệu)" that reads like the headline', () => {
    const text =
      'Hội nghị cấp cao giữa Hà Tĩnh với 2 tỉnh Bôlykhămxay và Khăm Muộn diễn ra vào ngày 18/12\n' +
      'Hội nghị cấp cao giữa Hà Tĩnh với 2 tỉnh Bôlykhămxay và Khăm Muộn diễn ra vào ngày 18/12\n' +
      'Hội nghị cấp cao thường niên giữa Hà Tĩnh với tỉnh Khăm Muộn diễn ra vào ngày 26/12/2019 tại thị xã Thà Khẹc, tỉnh Khăm Muộn (Ảnh tư liệu)\n' +
      'Hội nghị dự kiến sẽ có sự tham dự của lãnh đạo cấp cao của cả 3 tỉnh.';
    expect(kept(text).join('\n')).toContain('Thà Khẹc');
  });
});

describe('cleanArticle: a photo named after the headline', () => {
  it('keeps only the caption of "‹headline› - ảnh 1 ‹caption›"', () => {
    const text = [
      'Chúc Tết đồng bào Khmer',
      'Chúc Tết đồng bào Khmer - ảnh 1 Lãnh đạo Bộ đội Biên phòng tỉnh Đắk Nông tặng quà lực lượng biên phòng tỉnh Mundulkiri (Ảnh: TTXVN)',
    ].join('\n');
    const out = kept(text);
    expect(out[out.length - 1]).toMatch(/^Lãnh đạo Bộ đội Biên phòng tỉnh Đắk Nông/);
  });
});

describe('cleanArticle: a box heading above the article', () => {
  it('ends the box at the headline printed again: the lead after it is kept', () => {
    const text = [
      'Đưa các anh về với quê hương',
      'Dân tộc & Phát triển',
      'Trang chủ  Thời sự  Dân tộc  Chính sách  Kinh tế  Xã hội  Văn hóa',
      'Đưa các anh về với quê hương',
      'Quỳnh Trâm - CTV - 21:58, 22/05/2022',
      'Sáng 22/5, tại Cửa khẩu Quốc tế Na Mèo (Thanh Hóa), lễ đón nhận 16 hài cốt liệt sĩ hy sinh tại Lào đã được tổ chức trang nghiêm.',
      '16 hài cốt liệt sĩ hy sinh tại Lào được đón về nước an táng',
      'Ngay từ sáng sớm, đông đảo đại biểu và Nhân dân đã tề tựu tại cửa khẩu để đón hài cốt các liệt sĩ.',
    ].join('\n');
    expect(kept(text).join('\n')).toContain('Cửa khẩu Quốc tế Na Mèo');
  });
});

describe('cleanArticle: a bulleted box before the lead', () => {
  it('ends at the first sentence without a bullet: the lead is not a teaser', () => {
    const text = [
      'Hội hữu nghị tỉnh Lâm Đồng tăng cường kết nối với Champasak',
      'Tin liên quan',
      '- Hiệp hội hữu nghị chúc Tết Đại sứ quán Campuchia tại Việt Nam',
      '- Tết cổ truyền Bunpimay được tổ chức tại nhiều tỉnh, thành phố',
      '',
      'Ngày 12/9, tại Viêng Chăn, Đại sứ Việt Nam tại Lào đã tiếp Đoàn công tác Hội hữu nghị tỉnh Lâm Đồng.',
      '',
      'Đại sứ (bên phải) tiếp Đoàn Hội hữu nghị tỉnh Lâm Đồng (Ảnh: TTXVN)',
      '',
      'Tại buổi làm việc, Chủ tịch Hội đã báo cáo kết quả hoạt động của Hội.',
    ].join('\n');
    const out = kept(text).join('\n');
    expect(out).toContain('tại Viêng Chăn');
    expect(out).not.toContain('Bunpimay');
  });
});

describe('cleanArticle: breadcrumbs', () => {
  it('drops "Báo Gia Lai điện tử > Quốc phòng - An ninh" under the headline', () => {
    const text = [
      'Binh đoàn tặng học bổng cho sinh viên Lào',
      'Báo Gia Lai điện tử  >  Quốc phòng - An ninh',
      'Chiều 28-8, Bộ Tư lệnh Binh đoàn và Ban Chỉ đạo tỉnh Xaisomboun đã hội đàm về hoạt động kết nghĩa.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Gia Lai');
  });

  it('keeps a sentence with a ">" in it', () => {
    const text = [
      'Xuất khẩu tăng',
      'Kim ngạch năm nay > 2 tỷ USD, theo báo cáo của tỉnh Gia Lai gửi Bộ Công Thương.',
    ].join('\n');
    expect(kept(text).join('\n')).toContain('Gia Lai');
  });
});

describe('cleanArticle: a digest that announces its own list', () => {
  const list = [
    '- Lãnh đạo thành phố tiếp Đoàn công tác tỉnh Sê Kông (Lào)',
    '- Tăng cường hợp tác với tỉnh Chăm-pa-sắc',
    '- Khai mạc lễ hội pháo hoa quốc tế',
  ];
  it('keeps the "- item" lines after "Sau đây là những hoạt động … tổng hợp."', () => {
    const text = [
      'Thông tin đối ngoại của thành phố Đà Nẵng trong tuần',
      'Trong tuần qua, thành phố có nhiều hoạt động đối ngoại. Sau đây là những hoạt động nổi bật do Cổng thông tin thành phố tổng hợp.',
      ...list,
    ].join('\n\n');
    expect(kept(text).join('\n')).toContain('Sê Kông');
  });

  it.each([
    'Các hoạt động nổi bật trong tuần DƯỚI ĐÂY LÀ do Cổng thông tin thành phố tổng hợp.',
    'Những hoạt động đối ngoại nổi bật của thành phố trong tuần qua NHƯ SAU:',
    'Trong tuần qua, thành phố có nhiều hoạt động đối ngoại, cụ thể Như Sau:',
  ])('keeps them after other announcements, in any case: %s', (announcement) => {
    const text = [
      'Thông tin đối ngoại của thành phố Đà Nẵng trong tuần',
      announcement,
      ...list,
    ].join('\n\n');
    expect(kept(text).join('\n')).toContain('Sê Kông');
  });

  it("keeps items with no bullet, as a page's list gives them, up to the first line of another kind", () => {
    const text = [
      'Thông tin đối ngoại của thành phố Đà Nẵng trong tuần',
      'Trong tuần qua, thành phố có nhiều hoạt động đối ngoại. Cổng thông tin thành phố tổng hợp như sau.',
      ...list.map((l) => l.slice(2)),
      'Tin khác',
      'Điện Biên trao học bổng cho sinh viên tỉnh Phông Sa Lỳ',
    ].join('\n');
    const out = kept(text).join('\n');
    expect(out).toContain('Sê Kông');
    expect(out).not.toContain('Phông Sa Lỳ');
  });

  it('ends a bulleted run at its first line with no bullet', () => {
    const text = [
      'Hai tỉnh ký biên bản hợp tác',
      'Theo biên bản, hai tỉnh thống nhất tập trung vào các nhóm việc chính như sau:',
      '– Trao đổi thông tin về quốc phòng và an ninh.',
      '– Thúc đẩy thương mại giữa hai tỉnh.',
      'Tin khác',
      'Điện Biên trao học bổng cho sinh viên tỉnh Phông Sa Lỳ',
    ].join('\n');
    const out = kept(text).join('\n');
    expect(out).toContain('thương mại');
    expect(out).not.toContain('Phông Sa Lỳ');
  });

  it('still drops the same lines as a related list after a body paragraph', () => {
    const text = [
      'Thành phố đón đoàn khách',
      'Trong tuần qua, thành phố có nhiều hoạt động đối ngoại với các địa phương của nước bạn.',
      'Tin liên quan',
      ...list,
    ].join('\n\n');
    expect(kept(text).join('\n')).not.toContain('Sê Kông');
  });
});

describe('hasCreditWord', () => {
  it('property: finds what /ảnh|nguồn|photo|video/iu finds', () => {
    const CREDIT_WORD = /ảnh|nguồn|photo|video/iu;
    const piece = fc.constantFrom(
      'ảnh',
      'Ảnh',
      'ẢNH',
      'anh',
      'a\u0309nh',
      'nguồn',
      'NGUỒN',
      'Nguồn',
      'nguôn',
      'ngu',
      'ồn',
      'ồ',
      'Ồ',
      'photo',
      'PHOTO',
      'pHoTo',
      'phot',
      'video',
      'VIDEO',
      'vide',
      'ideo',
      'hoto',
      'ſ',
      'K',
      '\u212a',
      'p',
      'P',
      'v',
      'V',
      'n',
      'N',
      'h',
      'H',
      ' ',
      ':',
      'İ',
      'ı',
      'ı',
      '\ud83d\ude00',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        expect(hasCreditWord(t)).toBe(CREDIT_WORD.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleanArticle: a URL slug shown as text', () => {
  it('drops "slug Headline of another article" lines, keeps a caption after a slug', () => {
    const text =
      'Bàn giao trường học cho tỉnh Sê Kông\n' +
      'Ngày 13/11, tại tỉnh Sê Kông đã diễn ra lễ bàn giao trường học do Việt Nam tặng.\n' +
      'ban giao truong hoc cho tinh se kong Huế tiếp tục hỗ trợ tỉnh Sê Kông đào tạo nhân lực\n' +
      'ban giao truong hoc cho tinh se kong Đà Nẵng hỗ trợ hai tỉnh Attapeu và Sê Kông\n' +
      'ban giao truong hoc cho tinh se kong Lễ cắt băng khánh thành trường.\n' +
      'Công trình khởi công tháng 6/2018.';
    const body = kept(text).join('\n');
    expect(body).not.toContain('Huế');
    expect(body).not.toContain('Đà Nẵng');
    expect(body).toContain('Lễ cắt băng khánh thành trường.');
    expect(body).not.toContain('ban giao');
    expect(reasons(text)).toContain('image alt and related headline');
  });
});

describe('cleanArticle: related headlines between body paragraphs', () => {
  it('drops two headline lines, one with "TP." in it, that stand between paragraphs', () => {
    const text =
      'Hà Nội bàn giao công trình hữu nghị cho Viêng Chăn\n' +
      'Ngày 12/3, tại Thủ đô Viêng Chăn, đoàn đại biểu thành phố Hà Nội đã dự lễ khánh thành công trình hữu nghị.\n' +
      'Hãng bay mở đường bay thẳng từ TP. Hồ Chí Minh đến Viêng Chăn\n' +
      'Thúc đẩy hợp tác nông nghiệp giữa Cần Thơ và Thủ đô Viêng Chăn (Lào)\n' +
      'Buổi sáng, lãnh đạo hai Thủ đô cắt băng khánh thành trụ sở mới.';
    const body = kept(text).join('\n');
    expect(body).not.toContain('Hồ Chí Minh');
    expect(body).not.toContain('Cần Thơ');
    expect(body).toContain('cắt băng khánh thành');
  });
});

describe('cleanArticle: a bulleted run of other headlines under no heading in words', () => {
  it('drops the whole run when most items read as headlines, after the body', () => {
    const text =
      'Đoàn tỉnh Khăm Muộn thăm Bình Dương\n' +
      'Ngày 26-11, tỉnh Bình Dương đón đoàn cán bộ cấp cao của tỉnh Khăm Muộn sang thăm và làm việc.\n' +
      'Hai bên trao đổi về hợp tác giáo dục và đầu tư.\n' +
      'PV\n' +
      '★★★\n' +
      '- Những tình tiết bất ngờ trong vụ án ở miền Tây\n' +
      '- Những điều cần biết trước vòng bảng giải bóng đá\n' +
      '- ket qua xo so hom nay_soi keo\n' +
      '- Hà Nội: khởi công cầu vượt nút giao Vành đai 3';
    const body = kept(text).join('\n');
    expect(body).not.toContain('Hà Nội');
    expect(body).toContain('đón đoàn cán bộ cấp cao');
    expect(reasons(text)).toContain('related list (bulleted)');
  });

  it('keeps a bulleted list inside the body', () => {
    const text =
      'Hai tỉnh ký kết hợp tác\n' +
      'Ngày 5/3, tỉnh Bình Dương và tỉnh Khăm Muộn ký biên bản hợp tác gồm các nội dung:\n' +
      '- Hợp tác giáo dục và đào tạo nguồn nhân lực\n' +
      '- Xúc tiến đầu tư và thương mại giữa hai tỉnh\n' +
      '- Giao lưu văn hóa và thể thao hằng năm\n' +
      'Biên bản có hiệu lực đến năm 2027 và được hai bên đánh giá cao.';
    expect(kept(text).join('\n')).toContain('Xúc tiến đầu tư');
  });
});

describe('cleanArticle: cards of other articles between paragraphs', () => {
  it('drops "![]() ‹another lead›" beside "![]() ‹another headline› |"; keeps a credited caption', () => {
    const text =
      'Xiêng Khoảng và Sơn La ký biên bản hợp tác\n' +
      'Nhân dịp đoàn đại biểu tỉnh Sơn La sang thăm tỉnh Xiêng Khoảng, ngày 16/8, lãnh đạo hai tỉnh đã ký biên bản hợp tác toàn diện.\n' +
      '![]() Ngày 17/8, tỉnh Nghệ An tổ chức lễ kỷ niệm quan hệ ngoại giao cùng ba tỉnh Hủa Phăn, Xiêng Khoảng và Bôlykhămxay.\n' +
      '![]() Tỉnh Sơn La và Xay Sổm Bun tăng cường quan hệ hợp tác |\n' +
      'Người ký biên bản là Phó Tỉnh trưởng tỉnh Xiêng Khoảng và Phó Chủ tịch UBND tỉnh Sơn La.\n' +
      '![](a.jpg) Lãnh đạo hai tỉnh ký biên bản ngày 16/8. (Ảnh: TTXVN)\n' +
      '![](b.jpg) Quang cảnh lễ ký tại Phôn-xa-vẳn. Ảnh: TTXVN';
    const body = kept(text).join('\n');
    expect(body).not.toContain('Nghệ An');
    expect(body).not.toContain('Xay Sổm Bun');
    expect(body).toContain('Lãnh đạo hai tỉnh ký biên bản ngày 16/8');
    expect(body).toContain('Quang cảnh lễ ký');
  });
});

describe('cleanArticle: a named box of long bulleted headlines (blind set 96)', () => {
  it('drops every bulleted item under "Các tin khác:", however long its headline', () => {
    const text = [
      'Công an hai huyện biên giới sơ kết phối hợp',
      'Sáng 28/3, Công an huyện Tân Châu tổ chức hội nghị sơ kết với Chi cảnh sát quận Mê Mốt, tỉnh Kampong Cham.',
      'Hội nghị cũng đã thống nhất các nội dung phối hợp trong thời gian tới.',
      'Các tin khác:',
      '- Công an huyện Tân Châu – Chi cảnh sát quận Memot: Sơ kết công tác phối hợp phòng chống tội phạm biên giới lần thứ hai (17/08/2012, tại quận Memot, tỉnh Kampong Cham)',
      '- Hội nghị giữa lực lượng vũ trang huyện Lộc Ninh (Bình Phước) và huyện Mê Mốt, tỉnh Tboung Khmum',
    ].join('\n');
    const body = kept(text).join('\n');
    expect(body).toContain('thống nhất các nội dung');
    expect(body).not.toContain('Memot');
    expect(body).not.toContain('Lộc Ninh');
  });

  it('keeps a bulleted list of the article under a heading of its own', () => {
    const text = [
      'Hai tỉnh ký kết hợp tác',
      'Sáng 2/3, tỉnh Long An và tỉnh Svay Rieng đã ký biên bản hợp tác trên các lĩnh vực sau:',
      '- Phối hợp bảo vệ an ninh trật tự tuyến biên giới chung giữa hai tỉnh, trao đổi thông tin thường xuyên.',
      '- Hỗ trợ đào tạo cán bộ y tế cho các huyện biên giới của tỉnh Svay Rieng.',
    ].join('\n');
    expect(kept(text).join('\n')).toContain('đào tạo cán bộ y tế');
  });
});

describe('cleanArticle: the links to the previous and next articles', () => {
  it('drops "<< Tin trước: ‹headline› | Tin sau: ‹headline› >>"', () => {
    const text = [
      'Việt Nam và Campuchia sẽ mở thêm cửa khẩu',
      'HÀ NỘI - Hai bên đã ký biên bản cuộc họp tại Phnom Penh về việc mở thêm các cửa khẩu biên giới.',
      '<< Tin trước: Cần Thơ: khánh thành cầu Cái Răng mới | Tin sau: Đồng Tháp xuất khẩu cá tra >>',
    ].join('\n');
    expect(reasons(text)).toEqual(['related headline']);
  });
});

describe("cleanArticle: the outlet's footer", () => {
  it('drops "… - Cơ quan ngôn luận của …", "Địa chỉ: …" and "© Bản quyền …" lines', () => {
    const text = [
      'Đồng Tháp và Prey Veng tăng cường hợp tác',
      'Hai tỉnh Đồng Tháp và Prey Veng đã ký thỏa thuận hợp tác giai đoạn 2016-2020 về thương mại và y tế.',
      'Vietnam Economic News - Cơ quan ngôn luận của Bộ Công Thương. Địa chỉ: Hà Nội.',
      '© Bản quyền thuộc VEN. Ghi rõ nguồn khi phát hành lại thông tin từ website này.',
      'Báo Người Lao Động - Cơ quan của Thành ủy TP.HCM',
    ].join('\n');
    expect(reasons(text)).toEqual(['site footer']);
    expect(kept(text).join('\n')).not.toMatch(/Hà Nội|TP\.HCM|Bản quyền/u);
  });

  it("drops an outlet's name followed by its street address with no label", () => {
    const text = [
      'Hội thảo xúc tiến thương mại',
      'Đoàn doanh nghiệp Thành phố Hồ Chí Minh đã sang Phnôm Pênh dự hội thảo xúc tiến thương mại.',
      'VOV5 - Hệ Phát thanh Đối ngoại, Đài Tiếng nói Việt Nam. 45 Bà Triệu, Hà Nội.',
    ].join('\n');
    expect(reasons(text)).toEqual(['site footer']);
  });

  it('keeps a sentence of the news that ends on an address', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu tỉnh Attapeu đã đến thăm trụ sở Báo Nhân Dân tại số 71 Hàng Trống, Hà Nội.',
    ].join('\n');
    expect(reasons(text)).toEqual([]);
  });

  it('keeps a body sentence about "các cơ quan của tỉnh"', () => {
    const text = [
      'Tin',
      'Lãnh đạo các cơ quan của tỉnh Đồng Tháp đã tiếp đoàn tỉnh Prey Veng tại thành phố Cao Lãnh.',
    ].join('\n');
    expect(reasons(text)).toEqual([]);
  });
});

describe('cleanArticle: the body after a related list set inside it', () => {
  it('"Tin liên quan:", bulleted headlines, then "Phát biểu tại buổi lễ, ông …": the body again', () => {
    const text = [
      'Việt Nam giúp xây dựng trường học tại Lào',
      'Có mặt tại buổi lễ có ông Phim-ma-xỏn, Tỉnh trưởng tỉnh Luang Namtha.',
      'Tin liên quan:',
      '- Hòa Bình bàn giao trường THPT huyện Huameuang cho tỉnh Houaphanh',
      '- Điện Biên bàn giao trường học cho tỉnh Phongsaly',
      'Phát biểu tại buổi lễ, ông Phim-ma-xỏn cảm ơn hai tỉnh Vĩnh Phúc và Phú Thọ đã giúp đỡ xây dựng trường.',
      'Trường có thể tiếp nhận 1.500 học sinh. -TTXVN',
      '',
      'Xem thêm',
      '',
      'Đọc nhiều',
      '- Hà Nội: Phát hiện thêm ca bệnh trong cộng đồng',
      'Khỏe 365 - Chuyên trang của Báo điện tử Người Đưa Tin. Tòa soạn: Hà Nội.',
    ].join('\n');
    const body = kept(text).join('\n');
    expect(body).toContain('hai tỉnh Vĩnh Phúc và Phú Thọ');
    expect(body).not.toContain('Huameuang');
    expect(body).not.toContain('Tòa soạn');
  });
});

describe('cleanArticle: other articles’ summary boxes above the lead', () => {
  const page = (boxes: string[]) =>
    [
      'Hai học viện tăng cường hợp tác đào tạo cán bộ',
      'Trang chủ Quốc tế Hữu nghị',
      '',
      ...boxes,
      'Các đại biểu dự lễ kỷ niệm tại hội trường. Ảnh: Minh Anh/TTXVN',
      '',
      'Chiều 15/11, Học viện Chính trị quốc gia đã tổ chức lễ kỷ niệm 40 năm hợp tác với học viện của nước bạn.',
    ].join('\n');
  const boxes = [
    'Tỉnh Sê Kông chúc mừng Quảng Nam nhân dịp Quốc khánh',
    'Ngày 1/9, đoàn đại biểu tỉnh Sê Kông do Phó Tỉnh trưởng dẫn đầu đã đến chúc mừng tỉnh Quảng Nam nhân dịp Quốc khánh.',
    '',
    'Sinh viên Campuchia tham gia ngày hội văn hóa',
    'Sáng 10/11, hơn 200 sinh viên Campuchia đang học tập tại Cần Thơ đã tham gia ngày hội văn hóa các dân tộc.',
    '',
  ];

  it('"headline / summary" twice, then the photo caption: the boxes go, the caption and lead stay', () => {
    const body = kept(page(boxes)).join('\n');
    expect(body).not.toContain('Sê Kông');
    expect(body).not.toContain('Cần Thơ');
    expect(body).toContain('Ảnh: Minh Anh');
    expect(body).toContain('lễ kỷ niệm 40 năm');
  });

  it('one headline and its paragraph above the caption may be the article’s own sapo: kept', () => {
    const body = kept(page(boxes.slice(0, 3))).join('\n');
    expect(body).toContain('Sê Kông');
  });
});

describe("cleanArticle: a lead opened by the paper's unbracketed tag (session 63)", () => {
  it('"Biên phòng - Đã hơn 15 năm nay, …" and a subheaded paragraph before the caption: no teaser boxes', () => {
    const text = [
      'Tình nghĩa đôi bờ biên giới',
      'Trang chủ / Biên giới / Đối ngoại',
      'Biên phòng - Nhiều năm qua, hai bản của thị trấn biên giới thuộc tỉnh Quảng Trị đã kết nghĩa với hai bản của huyện Sê Pôn, tỉnh Savannakhet, cùng nhau giữ yên đường biên.',
      'Vườn cây của tình hữu nghị',
      'Cách cửa khẩu không xa là khu vườn do cán bộ đồn biên phòng giúp bà con bản bạn trồng, mỗi năm cho thu nhập hàng trăm triệu đồng.',
      'Ảnh: Cán bộ đồn biên phòng thăm vườn cây cùng người dân bản bạn.',
      'Đoạn cuối của bài.',
    ].join('\n');
    expect(kept(text).join('\n')).toContain('tỉnh Savannakhet');
    expect(reasons(text)).not.toContain('teaser before the lead');
  });

  it("two other articles' boxes, their summaries opened by no tag, still go", () => {
    const text = [
      'Hai học viện tăng cường hợp tác',
      'Tỉnh Sê Kông chúc mừng Quảng Nam nhân dịp Quốc khánh',
      'Ngày 1/9, đoàn đại biểu tỉnh Sê Kông do Phó Tỉnh trưởng dẫn đầu đã đến chúc mừng tỉnh Quảng Nam nhân dịp Quốc khánh.',
      'Sinh viên Campuchia tham gia ngày hội văn hóa',
      'Sáng 10/11, hơn 200 sinh viên Campuchia đang học tập tại Cần Thơ đã tham gia ngày hội văn hóa các dân tộc.',
      'Các đại biểu dự lễ kỷ niệm tại hội trường. Ảnh: Minh Anh',
      'Chiều 15/11, Học viện Chính trị quốc gia đã tổ chức lễ kỷ niệm 40 năm hợp tác với học viện của nước bạn.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Sê Kông');
  });
});

describe("cleanArticle: an image's alt text set again as its caption (session 63)", () => {
  const page = (alt: string, caption: string) =>
    [
      'Nghĩa nặng tình sâu',
      `![${alt}](https://example.vn/anh-1.jpg)`,
      caption,
      'Tháng 4, trời ở tỉnh Kratie nóng như đổ lửa, bà con trong phum đã dậy sớm đón đoàn cựu chiến binh.',
    ].join('\n');

  it('drops an untoned slug under the image whose alt it repeats', () => {
    const slug = 'Mua nha truoc 30 tuoi o TP.HCM, Ha Noi, giac mo co xa voi? hinh anh 1';
    expect(kept(page(slug, slug)).join('\n')).not.toContain('Ha Noi');
    expect(reasons(page(slug, slug))).toContain('image alt text');
  });

  it('keeps a caption in toned Vietnamese, even when the alt says the same', () => {
    const caption = 'Cựu chiến binh Tiểu đoàn Phú Lợi thăm bà con phum ở tỉnh Kratie';
    expect(kept(page(caption, caption))).toContain(caption);
  });

  it('keeps an untoned line the image above does not carry', () => {
    const line = 'Kratie province welcomes the veterans of the battalion';
    expect(kept(page('Anh minh hoa cho bai viet nay', line))).toContain(line);
  });
});

describe('cleanArticle: the lead under a strip of bare headlines', () => {
  const page = (lead: string) =>
    [
      'Tỉnh Kandal sang chúc Tết tại An Giang',
      '23/01/2024 - 15:57',
      'Tỉnh Kandal sang chúc Tết tại An Giang |',
      'An Giang: Đón 2 triệu lượt khách đến núi Sam dịp Tết |',
      'Châu Đốc rực rỡ đường hoa xuân |',
      lead,
      '![](https://example.vn/kandal-1.jpg)',
      'Lãnh đạo tỉnh An Giang trao đổi với các thành viên đoàn |',
      'Phó Tỉnh trưởng chuyển lời thăm hỏi của Tỉnh trưởng tới lãnh đạo và Nhân dân An Giang, chúc tỉnh năm mới phát triển.',
    ].join('\n');

  it('"- Nhân dịp …, chiều 23/1, đoàn … đã đến …" after three headlines none with a summary: kept', () => {
    const lead =
      ' - Nhân dịp Tết Nguyên đán, chiều 23/1, đoàn đại biểu tỉnh Căn-đan do Phó Tỉnh trưởng dẫn đầu đã đến Long Xuyên thăm, chúc Tết lãnh đạo tỉnh An Giang.';
    const body = kept(page(lead)).join('\n');
    expect(body).toContain('chiều 23/1');
    expect(body).not.toContain('núi Sam');
  });
});

describe('cleanArticle: "Nguồn ‹outlet›: ‹link›"', () => {
  it('drops a source line naming the outlet before its link (a place in the outlet’s name)', () => {
    const text =
      'Khai trương cặp cửa khẩu quốc tế\n' +
      'Sáng 19/11, lễ khai trương cặp cửa khẩu diễn ra tại huyện Mộc Châu, tỉnh Sơn La.\n' +
      'Nguồn Hà Nội TV: https://hanoionline.vn/khai-truong-cua-khau-281678.htm\n';
    expect(kept(text).join('\n')).not.toContain('Hà Nội');
    expect(reasons(text)).toContain('source link');
  });

  it('keeps a sentence that only starts with "Theo"', () => {
    const text =
      'Hai tỉnh hợp tác\n' +
      'Theo lãnh đạo tỉnh Sơn La, hai bên đã thống nhất kế hoạch năm 2025.\n';
    expect(kept(text).join('\n')).toContain('Theo lãnh đạo tỉnh Sơn La');
  });
});

describe('a related box set tight under its heading on a spaced page (session 33)', () => {
  const keptText = (text: string) => kept(text).join('\n');
  const page = (box: string[]) =>
    [
      'Tỉnh A gửi điện mừng tỉnh bạn nhân dịp Quốc khánh',
      '',
      'Tin liên quan',
      ...box,
      '',
      'Nhân dịp Quốc khánh nước bạn, lãnh đạo tỉnh Hà Tĩnh đã gửi điện chúc mừng tới lãnh đạo tỉnh Khăm Muộn.',
      '',
      'Trong điện mừng, lãnh đạo tỉnh bày tỏ niềm vui trước những thành tựu mà tỉnh bạn đã đạt được trong năm qua.',
      '',
      'Bức điện cũng khẳng định quan hệ hợp tác giữa hai tỉnh sẽ tiếp tục được vun đắp trong thời gian tới.',
    ].join('\n');

  it('drops two full-sentence teasers of other stories with no headline above them', () => {
    const text = keptText(
      page([
        'Đoàn đại biểu tỉnh Quảng Trị đã sang chúc mừng lãnh đạo tỉnh Savannakhet nhân dịp Quốc khánh Lào.',
        'Nhân dịp Quốc khánh nước bạn, Chủ tịch nước đã gửi điện chúc mừng tới Tổng thống một nước châu Âu.',
      ]),
    );
    expect(text).not.toContain('Savannakhet');
    expect(text).toContain('Khăm Muộn');
  });

  it('keeps a single line set tight under the heading (it may be the lead)', () => {
    expect(
      keptText(
        page([
          'Đoàn đại biểu tỉnh Quảng Trị đã sang chúc mừng lãnh đạo tỉnh Savannakhet nhân dịp Quốc khánh Lào.',
        ]),
      ),
    ).toContain('Savannakhet');
  });

  it('keeps the tight lines on a page that sets its paragraphs tight', () => {
    const tight = page([
      'Đoàn đại biểu tỉnh Quảng Trị đã sang chúc mừng lãnh đạo tỉnh Savannakhet nhân dịp Quốc khánh Lào.',
      'Nhân dịp Quốc khánh nước bạn, Chủ tịch nước đã gửi điện chúc mừng tới Tổng thống một nước châu Âu.',
    ]).replace(/\n\n(?=[NTB])/g, '\n');
    expect(keptText(tight)).toContain('Khăm Muộn');
  });
});

describe('the lead and a weather widget (session 35)', () => {
  it('keeps a lead that opens on a dateline though it breaks like a headline', () => {
    const text = [
      'Giao hữu bóng đá mừng Năm Hữu nghị',
      'Trang chủ > Thể thao',
      '',
      'Giao hữu bóng đá mừng Năm Hữu nghị',
      '',
      'Phnôm Pênh (VOV) – Các cơ quan đại diện',
      'Tại Campuchia, hôm 12/5, Bộ Giáo dục đã tổ chức một trận giao hữu chào mừng',
      'năm hữu nghị giữa hai nước.',
      'Hai đội đã thi đấu trước hàng trăm khán giả tại sân vận động của thành phố.',
    ].join('\n');
    const body = kept(text).join('\n');
    expect(body).toContain('Phnôm Pênh (VOV) –');
    expect(body).toContain('Tại Campuchia, hôm 12/5');
  });

  it('still drops a run of headlines before the lead when none opens on a dateline', () => {
    const text = [
      'Giao hữu bóng đá mừng Năm Hữu nghị',
      '',
      'Phnôm Pênh đón đoàn cầu thủ trẻ của tỉnh bạn',
      'Tỉnh bạn khai mạc giải chạy việt dã trên biên giới',
      'Tại Campuchia, hôm 12/5, Bộ Giáo dục đã tổ chức một trận giao hữu chào mừng năm hữu nghị giữa hai nước trước hàng trăm khán giả.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Phnôm Pênh đón');
  });

  it('drops a weather widget: the city on its own line over the temperature', () => {
    const text = [
      'Hội Nhà báo hai nước thắt chặt hợp tác',
      'Đà Nẵng',
      '28°C / 25-31°C',
      'Trang chủ | Xã hội | Văn hóa | Thể thao',
      'Trong tuần qua, đoàn Hội Nhà báo tỉnh đã sang làm việc với Hội Nhà báo tỉnh Sê Kông.',
    ].join('\n');
    const body = kept(text).join('\n');
    expect(body).not.toMatch(/Đà Nẵng|°C/);
    expect(reasons(text)).toContain('weather widget');
  });

  it('drops "Bình Phước, 30°C/27°C - 33°C": a widget naming its city on the reading\'s line', () => {
    const text = [
      'Nghĩa nặng tình sâu',
      'Bình Phước, 30°C/27°C - 33°C',
      'Tháng 4, trời ở tỉnh Kratie nóng như đổ lửa, bà con trong phum đã dậy sớm đón đoàn cựu chiến binh.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Bình Phước');
    expect(reasons(text)).toContain('weather widget');
  });

  it('keeps a line that only mentions a temperature in a sentence', () => {
    const text = [
      'Nghĩa nặng tình sâu',
      'Bình Phước, nắng nóng kéo dài, có nơi trên 38°C trong nhiều ngày liền.',
    ].join('\n');
    expect(reasons(text)).not.toContain('weather widget');
  });

  it('keeps a short line above a line that is not a temperature', () => {
    const text = [
      'Hội Nhà báo hai nước thắt chặt hợp tác',
      'Đà Nẵng',
      '28 đoàn công tác',
      'Trong tuần qua, đoàn Hội Nhà báo tỉnh đã sang làm việc với Hội Nhà báo tỉnh Sê Kông.',
    ].join('\n');
    expect(reasons(text)).not.toContain('weather widget');
  });
});

describe('a broadcaster’s regional channel above the lead (session 35)', () => {
  it('drops "vtv Cần Thơ" set on its own line before the lead', () => {
    const text = [
      'Sinh viên Lào về ở nhà dân',
      'TV& VIDEO',
      'vtv Huế',
      '',
      'Ngày 5/11, thành phố đã phát động chương trình đón sinh viên Lào về ở cùng các gia đình trên địa bàn.',
    ].join('\n');
    expect(kept(text).join('\n')).not.toContain('Huế');
    expect(reasons(text)).toContain('masthead');
  });
});

describe('cleanArticle: cards of other articles inside the body', () => {
  it('keeps the paragraph after two doubled headlines set one under another', () => {
    const card1 = 'Nông dân hai nước giao lưu tại cửa khẩu biên giới';
    const card2 = 'Thủ tướng hai nước gặp nhau tại Hà Nội';
    const text = [
      'Thủ tướng Campuchia thăm lối mở Lộc Tấn',
      'Thủ tướng Campuchia bày tỏ lòng biết ơn đối với nhân dân Việt Nam trong những ngày đầu.',
      `${card1} ${card1}`,
      `${card2} ${card2}`,
      'Trong khuôn khổ chuyến thăm, sáng 20/6, Thủ tướng Campuchia đã đến thăm khu vực lối mở Lộc Tấn, huyện Lộc Ninh, tỉnh Bình Phước, nơi ông đặt chân sang Việt Nam năm 1977.',
    ].join('\n');
    const body = kept(text);
    expect(body.join('\n')).not.toContain(card1);
    expect(body.join('\n')).not.toContain(card2);
    expect(body.some((l) => l.startsWith('Trong khuôn khổ chuyến thăm'))).toBe(true);
  });

  it('still drops the summary under one card', () => {
    const card = 'Nông dân hai nước giao lưu tại cửa khẩu biên giới';
    const text = [
      'Thủ tướng Campuchia thăm lối mở Lộc Tấn',
      'Thủ tướng Campuchia bày tỏ lòng biết ơn đối với nhân dân Việt Nam trong những ngày đầu.',
      `${card} ${card}`,
      'Sáng 3/5, nông dân hai tỉnh biên giới đã gặp nhau tại cửa khẩu để trao đổi kinh nghiệm sản xuất và tiêu thụ nông sản.',
      'Thủ tướng Campuchia cho biết ông luôn ghi nhớ sự giúp đỡ của nhân dân Việt Nam.',
    ].join('\n');
    expect(kept(text).some((l) => l.startsWith('Sáng 3/5'))).toBe(false);
  });
});

describe('cleanArticle: a reporter and an agency after a slash (session 65)', () => {
  const body = 'Sinh viên Lào và Campuchia giao lưu văn nghệ tại Cần Thơ.';

  it('"Thanh Hoa/VOV-ĐBSCL" on its own line is a byline', () => {
    const text = ['Giao lưu sinh viên', body, 'Thanh Hoa/VOV-ĐBSCL'].join('\n');
    expect(reasons(text)).toContain('byline');
    expect(kept(text).join('\n')).not.toContain('Thanh Hoa');
  });

  it('guard: a sentence with a slash in it stays', () => {
    const text = ['Giao lưu sinh viên', body, 'Đoàn đến Cần Thơ/VOV ngày 3/5.'].join('\n');
    expect(kept(text).join('\n')).toContain('Đoàn đến Cần Thơ/VOV ngày 3/5.');
  });
});

describe('cleanArticle: doubled spaces and glued source names (session 66)', () => {
  const body = 'Sáng 19/5, đoàn tỉnh Savannakhet (Lào) đã đến thăm tỉnh Quảng Trị.';

  it('"Báo Sài Gòn Giải phóngBáo Sài Gòn Giải phóng19/05/2025" is a date stamp, not text', () => {
    const text = [
      'Trao quà biên giới',
      'Báo Sài Gòn Giải phóngBáo Sài Gòn Giải phóng19/05/2025',
      body,
    ].join('\n');
    expect(reasons(text)).toContain('date stamp');
    expect(kept(text).join('\n')).not.toContain('Sài Gòn');
  });

  it('guard: a sentence that says a name twice is kept', () => {
    const line = 'Quảng Trị Quảng Trị19/05/2025 là dòng lạ nhưng có chữ thường ở giữa câu này.';
    expect(kept(['Trao quà', body, line].join('\n'))).toContain(line);
  });
});

describe('cleanArticle: "- cơ quan của …" inside a sentence (session 66)', () => {
  it('a lead whose subject is set apart by "- cơ quan của Đoàn … -" is kept', () => {
    const lead =
      'Ngày 7/1, tại huyện Tân Biên, Tỉnh đoàn Tây Ninh - cơ quan của Đoàn Thanh niên tỉnh - đã tổ chức buổi gặp mặt với thanh niên tỉnh Svay Rieng.';
    expect(kept(['Gặp mặt thanh niên hai tỉnh', lead].join('\n'))).toContain(lead);
  });

  it('guard: "Báo A điện tử - Cơ quan của Đảng bộ …" is still the outlet\'s footer', () => {
    const text = [
      'Gặp mặt thanh niên hai tỉnh',
      'Thanh niên hai tỉnh giao lưu văn nghệ tại huyện Tân Biên.',
      'Báo Tây Ninh điện tử - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Tây Ninh',
    ].join('\n');
    expect(reasons(text)).toContain('site footer');
  });
});

describe('cleanArticle: a box of two headlines, then the lead and its photo (session 66)', () => {
  const lead =
    'Chuyến đi được thực hiện theo lời mời của phía Việt Nam. Đoàn đã rời Thủ đô Phnom Penh vào sáng cùng ngày và tới Hà Nội lúc 11 giờ.';
  const page = (after: string) =>
    [
      'Đoàn Campuchia đến Hà Nội',
      'Sáng 1/9, đoàn đại biểu cấp cao Campuchia đã đến Thủ đô Hà Nội.',
      '',
      'Đọc thêm:',
      'Đại sứ Campuchia tại Việt Nam trả lời phỏng vấn báo chí',
      'Tỉnh Svay Rieng tổ chức gặp mặt kỷ niệm Quốc khánh Việt Nam',
      '',
      lead,
      '',
      '![Đoàn tại sân bay](https://example.vn/a.jpg)',
      after,
    ].join('\n');

  it("the paragraph after the box is the lead when its photo's caption, credited, follows", () => {
    expect(kept(page('Đón đoàn tại sân bay có Phó Thủ tướng. Ảnh: TTXVN'))).toContain(lead);
  });

  it('guard: a summary under a headline stays in the box when another headline follows the photo', () => {
    expect(kept(page('Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet sang chúc Tết'))).not.toContain(
      lead,
    );
  });
});

describe('cleanArticle: an outlet named with "Online" above the lead (session 66)', () => {
  it('"Doanh Nhân Sài Gòn Online" under the headline is the outlet, not Ho Chi Minh City', () => {
    const text = [
      'Hàng Việt đắt khách ở Campuchia',
      'Doanh Nhân Sài Gòn Online',
      'Hàng hóa Việt Nam được người dân tỉnh Takeo ưa chuộng.',
    ].join('\n');
    expect(reasons(text)).toContain('masthead');
  });

  it('guard: a sentence that ends on "online" is kept', () => {
    const line = 'Hội nghị Xúc Tiến Đầu Tư Online';
    expect(kept(['Tin', 'Sáng 3/5, tỉnh Kon Tum tổ chức hội nghị.', line].join('\n'))).toContain(
      line,
    );
  });
});
