// Rules the fifty-sixth session's helper G56 drew from a metamorphic test of page chrome: the
// same article wrapped in outlets' page shells or with scraped chrome inserted must give the same
// places and links.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();

function read(content: string, kind: 'html' | 'text') {
  const { doc } = prepareArticle({ file: kind === 'html' ? 'p.html' : 'p.txt', kind, content });
  const { result } = geocodeArticle(doc, gaz);
  return {
    text: doc.text,
    places: [...new Set(result.places.map((p) => p.iso))].sort(),
    visits: result.links
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso}`)
      .sort(),
  };
}

const SAPO =
  'Ngày 14/3, Đoàn đại biểu tỉnh Luông Nặm Thà do Phó Bí thư Tỉnh ủy dẫn đầu đã đến thăm và làm việc tại tỉnh Lai Châu.';
const BODY = [
  'Tại buổi làm việc, hai bên đã trao đổi về kết quả thực hiện các nội dung hợp tác trong năm qua, nhất là về giáo dục, y tế và thương mại biên giới.',
  'Lãnh đạo hai tỉnh thống nhất tiếp tục phối hợp quản lý đường biên, mốc giới và tạo điều kiện cho cư dân hai bên qua lại thăm thân.',
];

describe('page shells: the sapo beside the body', () => {
  // A column named like a sidebar ("sidebar-1") that holds the title, the sapo and the body box.
  const column = (
    sapoBox: string,
  ) => `<html><head><title>Lai Châu đón đoàn bạn Lào</title></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav></header>
<section class="page-detail"><div class="sidebar-1">
<ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul>
<h1 class="title-detail">Lai Châu đón đoàn bạn Lào</h1>
${sapoBox}
<article class="fck_detail">${BODY.map((p) => `<p class="Normal">${p}</p>`).join('')}</article>
</div><div class="sidebar-2"><h3>Đọc nhiều</h3><ul><li><a href="/a.html">Hội nghị giao ban biên giới tại tỉnh Hà Giang</a></li></ul></div></section>
<footer><p>Bản quyền thuộc về Báo XYZ</p></footer></body></html>`;

  it('"<div class="sidebar-1"> <p class="description">…</p> <article>…": the sapo is read', () => {
    const r = read(column(`<p class="description">${SAPO}</p>`), 'html');
    expect(r.text).toContain('Đoàn đại biểu tỉnh Luông Nặm Thà');
    expect(r.visits).toEqual(['LA-LM>VN-01']);
  });

  it('guard: a summary inside another story of a box beside the body stays out', () => {
    const r = read(
      column(
        `<div class="box-news"><div class="story"><h3><a href="/b.html">Tin khác</a></h3><p class="summary">Đoàn cán bộ tỉnh Hủa Phăn đến thăm tỉnh Sơn La.</p></div></div>`,
      ),
      'html',
    );
    expect(r.text).not.toContain('Hủa Phăn');
    expect(r.places).toEqual(['VN-01']);
  });
});

describe('scraped text: a related box inside the body', () => {
  const page = (after: string) =>
    [
      'Trao đổi kinh nghiệm đào tạo cán bộ',
      '',
      'Thời gian qua, công tác đào tạo, bồi dưỡng cán bộ của các trường chính trị cấp tỉnh đã có nhiều chuyển biến tích cực.',
      '',
      'Tin liên quan:',
      '- Hội nghị giao ban công tác biên giới năm 2025',
      '- Khai mạc lớp bồi dưỡng tiếng Việt cho cán bộ nước bạn',
      '',
      after,
      '',
      'Các trường đã chú trọng đổi mới nội dung, chương trình giảng dạy theo hướng sát thực tiễn.',
    ].join('\n');

  it('"Tin liên quan:", two bulleted headlines, then a caption "… _ Ảnh: Báo A": the caption is the article\'s', () => {
    const r = read(
      page(
        'Trường Chính trị tỉnh Bò Kẹo và Trường Chính trị tỉnh Điện Biên trao đổi kinh nghiệm giảng dạy _ Ảnh: Báo Điện Biên',
      ),
      'text',
    );
    expect(r.places).toEqual(['LA-BK', 'VN-71']);
  });

  it("guard: a credited gallery item with the box's bullets going on below it stays out (S56 review)", () => {
    const r = read(
      [
        'Trao đổi kinh nghiệm đào tạo cán bộ',
        '',
        'Thời gian qua, công tác đào tạo, bồi dưỡng cán bộ của các trường chính trị cấp tỉnh đã có nhiều chuyển biến tích cực.',
        '',
        'Tin liên quan:',
        '- Hội nghị giao ban công tác biên giới năm 2025',
        '- Khai mạc lớp bồi dưỡng tiếng Việt cho cán bộ nước bạn',
        'Chùm ảnh: Lãnh đạo tỉnh Điện Biên thăm tỉnh Phông Sa Lỳ - Ảnh: Báo Điện Biên',
        '- Nghệ An hỗ trợ tỉnh Xiêng Khoảng xây trường học',
      ].join('\n'),
      'text',
    );
    expect(r.places).toEqual([]);
  });

  it('guard: a third headline with no credit under the same box stays out', () => {
    const r = read(
      page('Đoàn cán bộ tỉnh Bò Kẹo tham quan mô hình nông thôn mới ở tỉnh Điện Biên'),
      'text',
    );
    expect(r.places).toEqual([]);
  });
});

describe('scraped text copied spaced: a numbered box of headlines', () => {
  const page = (items: string[]) =>
    [
      'Bản làng đôi bờ biên giới',
      'Những năm qua, cán bộ, chiến sĩ đồn biên phòng đã giúp đồng bào làm nhà, trồng lúa nước và chăm sóc sức khỏe cho bà con ở xã Thanh Thủy, tỉnh Nghệ An.',
      'Con đường nhựa về tận bản đã giúp người dân hai bên biên giới qua lại thăm thân, trao đổi hàng hóa thuận tiện hơn trước.',
      '(còn tiếp)',
      'Tin liên quan',
      '• Ngày hội của biên phòng và người dân nơi cột mốc biên giới',
      '• Biên phòng Quảng Trị tặng nhà văn hóa cho bản Cóc, tỉnh Savannakhet',
      '• Kon Tum và Attapư ký kết biên bản hợp tác năm 2025',
      'Đọc nhiều',
      ...items,
      'Bình luận (0)',
    ].join('\n\n');

  it('"1. ‹headline›", blank, "2. ‹headline›": items of a box, not one wrapped sentence', () => {
    const r = read(
      page([
        '1. Lai Châu tổ chức tuần tra song phương với tỉnh Phông Sa Lỳ',
        '2. Đoàn cán bộ tỉnh Xay Nhạ Bu Ly thăm tỉnh Hà Tĩnh',
        '3. Khánh thành cầu hữu nghị nối hai bản biên giới',
      ]),
      'text',
    );
    expect(r.places).toEqual(['VN-22']);
    expect(r.visits).toEqual([]);
  });
});

describe('hard-wrapped text still joined', () => {
  it('guard: a PDF copied double-spaced, its sentence cut before a figure, is joined', () => {
    const wrapped = [
      'Hợp tác giáo dục giữa hai tỉnh',
      'Trong năm học vừa qua, tỉnh Sơn La đã tiếp nhận và đào tạo',
      '120 lưu học sinh của tỉnh Hủa Phăn theo các chương trình',
      'hợp tác đã ký kết giữa hai tỉnh từ nhiều năm trước nay,',
      'trong đó có 45 học viên theo học tại trường cao đẳng',
      'của tỉnh và các cơ sở giáo dục nghề nghiệp khác.',
    ].join('\n\n');
    const r = read(wrapped, 'text');
    // (The break's two spaces are read as one since session 66: prepare.ts, singleSpaced.)
    expect(r.text).toContain('đào tạo 120 lưu học sinh');
  });
});

describe('scraped text: the body after a related box inside it', () => {
  const page = (after: string) =>
    [
      'Công an hai nước phối hợp phòng, chống tội phạm',
      '',
      'Sáng 12/5, tại thành phố Đà Nẵng, Cục Cảnh sát hình sự Việt Nam và đoàn đại biểu Cục Cảnh sát Lào đã tổ chức hội nghị sơ kết công tác phối hợp.',
      '',
      'Tin liên quan:',
      '- Khai mạc hội thao công an các tỉnh miền Trung',
      '- Trao tặng thiết bị kỹ thuật cho lực lượng công an nước bạn',
      '',
      'Theo báo cáo tại hội nghị, tội phạm ma túy qua biên giới diễn biến phức tạp, nhất là ở vùng núi các tỉnh Quảng Trị, Quảng Bình, Hà Tĩnh...',
      '',
      after,
    ].join('\n');

  it('"Tin liên quan:", two bulleted headlines, then "… các tỉnh A, B, C..." and the body: the paragraph is the article\'s', () => {
    const r = read(
      page('Hai bên thống nhất tăng cường trao đổi thông tin, phối hợp điều tra các vụ án lớn.'),
      'text',
    );
    expect(r.places).toEqual(['VN-23', 'VN-24', 'VN-25', 'VN-DN']);
  });

  it('guard: a teaser trailing off in "…" with the box going on after it stays out', () => {
    const r = read(page('- Hội nghị giao ban biên giới giữa hai lực lượng công an'), 'text');
    expect(r.places).toEqual(['VN-DN']);
  });
});

describe("scraped text copied spaced: another article's card", () => {
  const page = (gap: string) =>
    [
      'Phụ nữ hai tỉnh ký kết ghi nhớ hợp tác',
      'Trang chủ Hữu nghị',
      `Tăng cường giao lưu giữa Quảng Nam và Sê Kông Tăng cường giao lưu giữa Quảng Nam và Sê Kông${gap}Những năm qua, tỉnh Quảng Nam và tỉnh Sê Kông đã phối hợp tổ chức nhiều hoạt động giao lưu văn hóa, thể thao ý nghĩa.`,
      'Ngày 20/8, Đoàn công tác Hội Liên hiệp Phụ nữ tỉnh Ninh Bình đã đến thăm và làm việc tại tỉnh Luông Pha Băng.',
      'Hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2025-2027 về hỗ trợ phụ nữ phát triển kinh tế.',
      'Đoàn cũng đã đến thăm một số mô hình sản xuất của hội viên phụ nữ tại địa phương.',
    ].join('\n\n');

  it('"Headline Headline", blank, its summary, on a spaced page: the card goes', () => {
    expect(read(page('\n\n'), 'text').places).toEqual(['LA-LP', 'VN-18']);
  });

  it('guard: on a page set tight, a paragraph a blank line under a doubled line stays', () => {
    const tight = [
      'Phụ nữ hai tỉnh ký kết ghi nhớ hợp tác',
      'Những năm qua, phụ nữ hai địa phương đã phối hợp tổ chức nhiều hoạt động giao lưu ý nghĩa.',
      'Hai bên đánh giá cao kết quả hợp tác trong thời gian qua và thống nhất nội dung mới.',
      'Hội Liên hiệp Phụ nữ tỉnh Ninh Bình Hội Liên hiệp Phụ nữ tỉnh Ninh Bình',
      '',
      'Ngày 20/8, Đoàn công tác Hội Liên hiệp Phụ nữ tỉnh Ninh Bình đã đến thăm và làm việc tại tỉnh Luông Pha Băng.',
      'Đoàn cũng đã đến thăm một số mô hình sản xuất của hội viên phụ nữ tại địa phương.',
    ].join('\n');
    expect(read(tight, 'text').visits).toEqual(['VN-18>LA-LP']);
  });

  it("guard: a photo's alt text and credited caption on one line keep the paragraph after them", () => {
    const caption = 'Các đại biểu dự lễ kỷ niệm tại trụ sở. Ảnh: Minh Hà';
    const spaced = [
      'Phụ nữ hai tỉnh ký kết ghi nhớ hợp tác',
      'Những năm qua, phụ nữ hai địa phương đã phối hợp tổ chức nhiều hoạt động giao lưu ý nghĩa.',
      `${caption} ${caption}`,
      'Ngày 20/8, Đoàn công tác Hội Liên hiệp Phụ nữ tỉnh Ninh Bình đã đến thăm và làm việc tại tỉnh Luông Pha Băng.',
      'Đoàn cũng đã đến thăm một số mô hình sản xuất của hội viên phụ nữ tại địa phương.',
    ].join('\n\n');
    expect(read(spaced, 'text').visits).toEqual(['VN-18>LA-LP']);
  });
});
