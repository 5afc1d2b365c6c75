import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/core/article/html.ts';

const page = readFileSync(join(import.meta.dirname, '../fixtures/articles/page.html'), 'utf8');

describe('htmlToArticle', () => {
  it('reads title, date and canonical URL from the meta of a news page', () => {
    const a = htmlToArticle(page);
    expect(a.title).toBe('Tỉnh Sơn La tiếp đoàn tỉnh Hủa Phăn');
    expect(a.date).toBe('2022-11-08');
    expect(a.url).toBe('https://baomau.example.vn/son-la-hua-phan-77.html');
  });

  it('takes the text of the article only, without scripts, styles, nav, header, footer, aside, noscript', () => {
    const { text } = htmlToArticle(page);
    expect(text.split('\n')).toEqual([
      'Tỉnh Sơn La tiếp đoàn tỉnh Hủa Phăn',
      'Ngày 7/11, lãnh đạo tỉnh Sơn La đã tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc.',
      'Lãnh đạo hai tỉnh trao quà lưu niệm.',
      'Hai bên thống nhất đẩy mạnh hợp tác về giáo dục và y tế trong năm tới.',
    ]);
  });

  it('falls back to <h1>, then <title>, for the title', () => {
    expect(htmlToArticle('<title>Tiêu đề trang</title><h1>Tiêu đề bài</h1><p>x</p>').title).toBe(
      'Tiêu đề bài',
    );
    expect(htmlToArticle('<title> Tiêu  đề trang </title><p>x</p>').title).toBe('Tiêu đề trang');
  });

  it('prefers [itemprop=articleBody], else the <article> with the most text, else <body>', () => {
    const html =
      '<body><p>ngoài</p><article>ngắn</article><article><p>bài chính dài hơn nhiều</p></article><div itemprop="articleBody"><p>thân bài</p></div></body>';
    expect(htmlToArticle(html).text).toBe('thân bài');
    const noBody =
      '<body><p>ngoài</p><article>ngắn</article><article><p>bài chính dài hơn nhiều</p></article></body>';
    expect(htmlToArticle(noBody).text).toBe('bài chính dài hơn nhiều');
    expect(htmlToArticle('<p>một<p>hai<br>ba').text).toBe('một\nhai\nba');
  });

  it("reads a tag page's featured story though its stream is named like a tag box, never the footer", () => {
    const para = (t: string) => `<p>${t} ${'chữ '.repeat(20)}</p>`;
    const html =
      '<body class="tag-page"><section class="tag-stream"><h1>#sân bay</h1><article><div class="story__summary">' +
      para('Chủ tịch nước đã bay xuống Attapeu.') +
      para('Tại Attapeu, đoàn tới thăm nông trường.') +
      '</div></article></section><footer><p>Cơ quan Trung ương của Đoàn TNCS Hồ Chí Minh, 15 Hồ Xuân Hương, Hà Nội, điện thoại và thư điện tử</p></footer></body>';
    const text = htmlToArticle(html).text;
    expect(text).toContain('bay xuống Attapeu');
    expect(text).not.toContain('Hồ Xuân Hương');
  });

  it('reads datePublished from JSON-LD (also inside @graph) and <time datetime>', () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-04-03T08:00:00+07:00"}]}</script><p>x</p>';
    expect(htmlToArticle(ld).date).toBe('2021-04-03');
    expect(htmlToArticle('<p><time datetime="2020-12-31">31/12</time></p>').date).toBe(
      '2020-12-31',
    );
    expect(
      htmlToArticle('<script type="application/ld+json">{ hỏng</script><p>x</p>').date,
    ).toBeNull();
  });

  it("reads the JSON-LD articleBody of a page whose body box the browser fills in, not a full page's", () => {
    const ld = (body: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":${JSON.stringify(body)}}</script>`;
    const empty = htmlToArticle(
      `<html><head>${ld('Ngày 4/3, đoàn tỉnh Quảng Nam sang thăm tỉnh Sê Kông.\nHai bên ký biên bản ghi nhớ.')}</head><body><div id="root"></div></body></html>`,
    );
    expect(empty.text).toBe(
      'Ngày 4/3, đoàn tỉnh Quảng Nam sang thăm tỉnh Sê Kông.\nHai bên ký biên bản ghi nhớ.',
    );
    // Markup inside the field is read as text.
    expect(
      htmlToArticle(ld('<p>Đoàn tỉnh A sang thăm tỉnh B.</p><p>Hai bên ký kết.</p>')).text,
    ).toBe('Đoàn tỉnh A sang thăm tỉnh B.\nHai bên ký kết.');
    // A page that shows the article keeps its own text (with its captions and paragraphs).
    const shown = htmlToArticle(
      `${ld('Tóm tắt ngắn.')}<article><p>Ngày 4/3, đoàn tỉnh Quảng Nam sang thăm tỉnh Sê Kông.</p></article>`,
    );
    expect(shown.text).toBe('Ngày 4/3, đoàn tỉnh Quảng Nam sang thăm tỉnh Sê Kông.');
  });

  it('takes the first of each element in page order, each JSON-LD block read for every field', () => {
    // Guard for the one pass that gathers them: the first canonical link, the first <time> with a
    // datetime, the first non-empty <h1>; a broken JSON-LD block skipped, the next one read for
    // the date and again for the body.
    const body = 'Đoàn đại biểu tỉnh Sê Kông sang thăm tỉnh Quảng Nam. '.repeat(3);
    const html =
      '<link rel="stylesheet" href="https://a.example/s.css">' +
      '<link rel="alternate canonical" href="https://a.example/dau.html">' +
      '<link rel="canonical" href="https://a.example/sau.html">' +
      '<script type="application/ld+json">{ hỏng</script>' +
      `<script type="application/ld+json">{"datePublished":"2023-02-01","articleBody":${JSON.stringify(body)}}</script>` +
      '<h1> </h1><h1>Tiêu đề bài</h1>' +
      '<time>x</time><time datetime="2020-01-01">y</time><p>ngắn</p>';
    const a = htmlToArticle(html);
    expect(a.url).toBe('https://a.example/dau.html');
    expect(a.date).toBe('2023-02-01');
    expect(a.title).toBe('Tiêu đề bài');
    expect(a.text).toBe(body.trim());
  });

  it('accepts only http(s) URLs, falling back from a bad canonical to og:url', () => {
    const html =
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://vi.example/a"><p>x</p>';
    expect(htmlToArticle(html).url).toBe('https://vi.example/a');
    expect(
      htmlToArticle('<meta property="og:url" content="data:text/html,x"><p>x</p>').url,
    ).toBeNull();
  });

  it('decodes entities into plain text and never keeps markup', () => {
    const { text } = htmlToArticle(
      '<p>A &amp; B &lt;img src=x onerror=alert(1)&gt;</p><p><img src=x onerror="alert(1)">C</p>',
    );
    expect(text).toBe('A & B <img src=x onerror=alert(1)>\nC');
  });

  it('gives empty values for an empty page and survives very deep nesting', () => {
    expect(htmlToArticle('')).toEqual({ title: '', text: '', date: null, url: null, site: null });
    const deep = `${'<div>'.repeat(20000)}sâu${'</div>'.repeat(20000)}`;
    expect(htmlToArticle(deep).text).toBe('sâu');
  });
});

describe('htmlToArticle on a portal page without <article> (main-content scoring)', () => {
  const portal = readFileSync(
    join(import.meta.dirname, '../fixtures/articles/portal-page.html'),
    'utf8',
  );
  const a = htmlToArticle(portal);

  it('takes the headline from <h1>, not the og:title with the site name', () => {
    expect(a.title).toBe('Đoàn đại biểu tỉnh Sa-vẳn-na-khệt thăm tỉnh Quảng Trị');
  });

  it('keeps the lead that sits outside the body box, the body and the caption', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^Chiều 11\/3, Thường trực Tỉnh ủy Quảng Trị tiếp Đoàn/);
    expect(a.text).toContain('Lãnh đạo hai tỉnh chụp ảnh lưu niệm.');
    expect(a.text).toContain('Dịp này, Đoàn đã dâng hương');
  });

  it('leaves out menus, related boxes inside the body, other-news lists, sidebars and the footer', () => {
    for (const chrome of [
      'Thủ tục hành chính',
      'Sa-la-van',
      'Bô-ly-khăm-xay',
      'Luông Pha Băng',
      'Xiêng Khoảng',
      'Xvây Riêng',
      'Từ khóa',
      'Chia sẻ',
      'Đông Hà',
      'Thời tiết',
    ])
      expect(a.text).not.toContain(chrome);
  });

  it('reads the date printed beside the headline when no meta gives one', () => {
    expect(a.date).toBe('2024-03-12');
  });

  it('ignores dates of other articles listed after the body', () => {
    const html =
      '<div class="content"><p>Một đoạn văn đủ dài để là thân bài của trang tin, không phải là danh sách liên kết.</p></div>' +
      '<div class="other-news"><span class="date">01/02/2020</span><a href="/x">Tin khác</a></div>';
    expect(htmlToArticle(html).date).toBeNull();
  });

  it('prefers the post\'s labelled stamp ("Ngày đăng: …") to a clock in the page header', () => {
    const html =
      '<div class="date-time">Thứ 7, Ngày 27/07/2024 -</div>' +
      '<h1>Kon Tum dự hội nghị tại tỉnh Attapư</h1>' +
      '<div class="post-date">Ngày đăng: 01/03/2024&nbsp; 15:30</div>' +
      '<div class="content"><p>Một đoạn văn đủ dài để là thân bài của trang tin, không phải là danh sách liên kết.</p></div>';
    expect(htmlToArticle(html).date).toBe('2024-03-01');
  });

  it('a labelled stamp with seconds ("Cập nhật ngày: … 12:47:36") is the post\'s, not a clock', () => {
    const html =
      '<h1>Đoàn Phụ nữ tỉnh Prey Veng thăm Đồng Tháp</h1>' +
      '<div class="detail-time">Cập nhật ngày: 28/09/2022 12:47:36</div>' +
      '<div class="content"><p>Một đoạn văn đủ dài để là thân bài của trang tin, không phải là danh sách liên kết.</p></div>';
    expect(htmlToArticle(html).date).toBe('2022-09-28');
    // An unlabelled one in the header is still the page's clock.
    const clock = html.replace('Cập nhật ngày: ', 'Thứ Tư, ');
    expect(htmlToArticle(clock).date).toBeNull();
  });

  it('keeps a NukeViet portal\'s "hometext" lead beside its "bodytext"', () => {
    const html =
      '<div class="news-detail"><h2 class="title">Tây Ninh chúc Tết tỉnh Xvây Riêng</h2>' +
      '<div class="hometext"><strong>(TTĐT) - Ngày 9/4, Đoàn đại biểu tỉnh Tây Ninh đã đến thăm, chúc Tết tỉnh Xvây Riêng.</strong></div>' +
      '<div class="bodytext"><p>Tiếp đoàn có ông Chum Sa, Tỉnh trưởng tỉnh Xvây Riêng, cùng lãnh đạo các sở, ngành của tỉnh bạn.</p>' +
      '<p>Hai bên trao đổi về tình hình hợp tác, thương mại qua các cửa khẩu và công tác quản lý biên giới.</p></div></div>' +
      '<div class="other-news"><a href="/a">Long An tiếp đoàn tỉnh Prey Veng</a></div>';
    const text = htmlToArticle(html).text;
    expect(text).toContain('Đoàn đại biểu tỉnh Tây Ninh đã đến thăm');
    expect(text).toContain('Hai bên trao đổi');
    expect(text).not.toContain('Prey Veng');
  });

  it('keeps a lead named by its first letters ("box-des-detail") beside the body box', () => {
    const html =
      '<div class="box-detail"><h1>Thứ trưởng chào xã giao Bộ trưởng Lào</h1>' +
      '<div class="box-des-detail"><p>Sáng 11/4, tại thủ đô Vientiane, Thứ trưởng đã đến chào xã giao Bộ trưởng Bộ Công an Lào.</p></div>' +
      '<div class="detail-content-body" id="content"><p>Tại buổi tiếp, hai bên trao đổi về hợp tác đào tạo cán bộ.</p>' +
      '<p>Thứ trưởng bày tỏ tin tưởng các thỏa thuận sẽ được triển khai hiệu quả.</p></div></div>' +
      '<div class="tin-khac"><a href="/a">Hội đàm tại Phnôm Pênh</a></div>';
    const text = htmlToArticle(html).text;
    expect(text).toContain('tại thủ đô Vientiane');
    expect(text).toContain('hai bên trao đổi');
    expect(text).not.toContain('Phnôm Pênh');
  });

  it('drops the site name from a <title> only headline', () => {
    expect(htmlToArticle('<title>Tiêu đề bài | Báo Mẫu</title><p>x</p>').title).toBe('Tiêu đề bài');
  });
});

describe('htmlToArticle: the lead photo between the sapo and the body box (blind set 121)', () => {
  it("keeps its caption, and no other page furniture's", () => {
    const body = 'Ngày 21/7, Tổng Bí thư tiếp Tỉnh trưởng tỉnh Preah Sihanouk. '.repeat(8);
    const html = `<html><body><h1>Tổng Bí thư thăm Campuchia</h1>
      <div class="article__share"><a href="#">Facebook</a></div>
      <h2 class="article__sapo">Tổng Bí thư khuyến khích hợp tác giữa các địa phương.</h2>
      <figure class="article__photo"><figcaption>Tổng Bí thư tại Sân bay Pochentong ở Phnom Penh. (Ảnh: TTXVN)</figcaption></figure>
      <div class="article__body"><p>${body}</p><p>${body}</p></div>
      <div class="related"><figure><figcaption>Kiên Giang đón đoàn Kampot</figcaption></figure></div>
      </body></html>`;
    const { text } = htmlToArticle(html);
    expect(text).toContain('Sân bay Pochentong ở Phnom Penh');
    expect(text).not.toContain('Kiên Giang đón đoàn Kampot');
  });

  it('keeps the caption of a photo between the headline and the body when there is no sapo', () => {
    const body = 'Giao lưu được tổ chức tại tỉnh Tây Ninh và tỉnh Svay Rieng. '.repeat(8);
    const html = `<html><body><header><figure><figcaption>Logo của báo</figcaption></figure></header>
      <h1>Giao lưu hữu nghị quốc phòng biên giới</h1>
      <div class="share"><a href="#">Facebook</a></div>
      <figure class="photo"><figcaption>Hai Bộ trưởng chào cột mốc 171 tại Cửa khẩu Ba Vét (Campuchia).</figcaption></figure>
      <div class="detail__body"><p>${body}</p><p>${body}</p></div>
      </body></html>`;
    const { text } = htmlToArticle(html);
    expect(text.split('\n')[0]).toBe(
      'Hai Bộ trưởng chào cột mốc 171 tại Cửa khẩu Ba Vét (Campuchia).',
    );
    expect(text).not.toContain('Logo của báo');
  });
});

describe('htmlToArticle: a photo inside the body box', () => {
  it('keeps the caption of <figure class="photo"> ("photo" is no "hot" box), drops a "box-hot" list', () => {
    // (A long sapo, a short body: the <article> around sapo, photo and body is the box chosen.)
    const body = 'Đoàn đại biểu tỉnh Hủa Phăn hội đàm với lãnh đạo tỉnh Thanh Hóa.';
    const html = `<html><body><article class="news-detail"><h1>Hủa Phăn thăm Thanh Hóa</h1>
      <p class="sapo">${'Đoàn đại biểu tỉnh Hủa Phăn thăm và làm việc tại Thanh Hóa. '.repeat(5)}</p>
      <figure class="photo"><figcaption>Hai đoàn chụp ảnh lưu niệm tại thành phố Thanh Hóa.</figcaption></figure>
      <div class="content"><p>${body}</p><p>${body}</p></div>
      <div class="box-hot"><ul><li><a href="/x">Nghệ An đón đoàn Xiêng Khoảng</a></li></ul></div>
      </article></body></html>`;
    const { text } = htmlToArticle(html);
    expect(text).toContain('chụp ảnh lưu niệm tại thành phố Thanh Hóa');
    expect(text).not.toContain('Xiêng Khoảng');
  });
});

describe('htmlToArticle: a digest made of links', () => {
  const body = (intro: string) =>
    `<html><body><div class="content-detail"><h1>Thông tin đối ngoại của thành phố trong tuần</h1>
      <p>${intro}</p>
      <ul><li><a href="/a">Chủ tịch UBND thành phố tiếp Đoàn công tác tỉnh Sê Kông (Lào)</a></li>
      <li><a href="/b">Tăng cường hợp tác toàn diện với tỉnh Champasak (Lào)</a></li>
      <li><a href="/c">Khai mạc hội nghị khoa học của bệnh viện thành phố năm 2026</a></li></ul>
      <p>Trong tuần, thành phố cũng đón nhiều đoàn khách quốc tế đến thăm và làm việc tại các sở, ngành.</p>
    </div></body></html>`;

  it('keeps a list of links that a sentence of the body announces ("… tổng hợp như sau.")', () => {
    const { text } = htmlToArticle(
      body(
        'Trong tuần qua, thành phố có nhiều hoạt động nổi bật. Cổng thông tin thành phố tổng hợp như sau.',
      ),
    );
    expect(text).toContain('tỉnh Sê Kông (Lào)');
  });

  it('drops the same list under a heading ("Tin liên quan:")', () => {
    expect(htmlToArticle(body('Tin liên quan:')).text).not.toContain('Sê Kông');
  });
});

describe('htmlToArticle: a blog post inside a "widget Blog" box', () => {
  it('reads the post, not the header blurb outside the widget', () => {
    const body = [
      'Hội Hữu nghị giữa tỉnh Đắk Nông và tỉnh Mondulkiri của Campuchia đã ra mắt ngày 8/9.',
      'Phần lớn hội viên là cựu chuyên gia, cựu quân tình nguyện từng công tác ở tỉnh bạn.',
      'Hai tỉnh có chung hơn một trăm kilômét đường biên giới với hai cửa khẩu quốc gia.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = `<html><body><div class="header section"><h1>Tin Campuchia</h1>
      <p class="description">Tin tức Campuchia và khu vực, tổng hợp từ nhiều nguồn</p></div>
      <div class="widget Blog" id="Blog1"><div class="post hentry">
      <h3 class="post-title">Ra mắt Hội Hữu nghị</h3><div class="post-body entry-content">${body}</div>
      </div></div></body></html>`;
    const text = htmlToArticle(html).text;
    expect(text).toContain('Hội Hữu nghị giữa tỉnh Đắk Nông');
    expect(text).toContain('hai cửa khẩu quốc gia');
  });
});

describe('htmlToArticle: a department portal names itself in <title>', () => {
  it('"… - Tin đối ngoại - Sở Ngoại vụ thành phố X" loses the site (the headline names no X)', () => {
    const body = '<p>Đoàn tỉnh Hải Dương thăm Thủ đô Viêng Chăn từ ngày 21 đến 25/12.</p>'.repeat(
      3,
    );
    const html = `<html><head><title>Hải Dương, Vientiane kỷ niệm 30 năm hợp tác - Tin đối ngoại - Sở Ngoại vụ thành phố Cần Thơ</title></head><body><div class="content">${body}</div></body></html>`;
    expect(htmlToArticle(html).title).toBe(
      'Hải Dương, Vientiane kỷ niệm 30 năm hợp tác - Tin đối ngoại',
    );
  });
});

describe('htmlToArticle: a lead paragraph classed "chapo" (Le Courrier)', () => {
  it('keeps the chapo outside the body box as the lead', () => {
    const body =
      '<p>Tại buổi gặp, Chủ tịch UBND tỉnh nhấn mạnh quan hệ láng giềng tốt đẹp giữa hai nước.</p>'.repeat(
        4,
      );
    const html = `<html><body><h1 class="title-detail">Tăng cường hữu nghị</h1>
      <p class="chapo"><strong>Ngày 15/1, đại diện tỉnh Svay Rieng đã gặp lãnh đạo tỉnh Long An để chúc mừng năm mới.</strong></p>
      <div class="content">${body}</div></body></html>`;
    expect(htmlToArticle(html).text).toContain('đại diện tỉnh Svay Rieng');
  });
});

describe('htmlToArticle: boxes of other articles set inline', () => {
  it('leaves out a "rel-inline" box (another article’s headline and summary) between the sapo and the body', () => {
    const html = [
      '<article class="detail"><h1>Tỉnh Khăm Muộn trao gạo cho tỉnh Hà Tĩnh</h1>',
      '<p class="sapo">Sáng 6/7, tại Cửa khẩu quốc tế Cầu Treo, tỉnh Hà Tĩnh, lãnh đạo tỉnh Khăm Muộn đã trao 5 tấn gạo cho tỉnh Hà Tĩnh.</p>',
      '<div class="rel-inline"><a class="rel-title" href="/x">Tỉnh Xay Nhạ Bu Ly ủng hộ tỉnh Quảng Ninh</a>',
      '<p>Tỉnh Xay Nhạ Bu Ly đã gửi thư thăm hỏi kèm số tiền ủng hộ Quỹ phòng, chống dịch của tỉnh Quảng Ninh.</p></div>',
      '<div class="detail-body"><p>Phát biểu tại lễ trao tặng, Chủ tịch HĐND tỉnh Khăm Muộn bày tỏ tin tưởng vào sự lãnh đạo của tỉnh bạn.</p></div>',
      '</article>',
    ].join('');
    const { text } = htmlToArticle(html);
    expect(text).toContain('Phát biểu tại lễ trao tặng');
    expect(text).not.toContain('Quảng Ninh');
  });
});

describe('htmlToArticle: meta values read from the <meta> elements alone', () => {
  it('takes the first of two metas with one key, wherever the page sets them', () => {
    const html =
      '<html><head><meta property="og:site_name" content="Báo A">' +
      '<meta property="article:published_time" content="2023-04-05T08:00:00+07:00"></head>' +
      '<body><div class="detail-content"><p>Chiều 4/4, đoàn đại biểu tỉnh A đến thăm tỉnh B ' +
      'và làm việc với lãnh đạo tỉnh về hợp tác giáo dục.</p>' +
      '<meta property="article:published_time" content="2020-01-01"></div>' +
      '<meta property="og:site_name" content="Báo B"></body></html>';
    const a = htmlToArticle(html);
    expect(a.date).toBe('2023-04-05');
    expect(a.site).toBe('Báo A');
  });

  it('reads no date from an element without a class or id', () => {
    const html =
      '<html><body><h1>Tỉnh A đón đoàn tỉnh B</h1><span>05/06/2021</span>' +
      '<div class="detail-content"><p>Sáng nay, đoàn đại biểu tỉnh B đến thăm tỉnh A và làm ' +
      'việc với lãnh đạo tỉnh về hợp tác thương mại.</p></div></body></html>';
    expect(htmlToArticle(html).date).toBeNull();
  });

  it('puts each table cell on a line of its own, so names in cells side by side never run together', () => {
    const { text } = htmlToArticle(
      '<h1>Phân công</h1><p>Danh sách như sau:</p><table><tr><td>Phó Thủ tướng Lê Thành Long</td><td>An Giang</td></tr></table>',
    );
    expect(text.split('\n')).toContain('Phó Thủ tướng Lê Thành Long');
    expect(text.split('\n')).toContain('An Giang');
  });
});

describe('htmlToArticle: a body written as lines set apart by <br> (session 66)', () => {
  const lines = [
    'Ngày 22/5, tại thành phố Vinh, Công an tỉnh Nghệ An đã hội đàm với đoàn Công an tỉnh Xiêng Khoảng (Lào).',
    'Hai bên đánh giá kết quả phối hợp bảo đảm an ninh trật tự vùng biên giới trong năm qua.',
    'Các bên thống nhất duy trì trao đổi thông tin và tuần tra song phương trên tuyến biên giới.',
    'Thay mặt đoàn, Đại tá trưởng đoàn cảm ơn sự đón tiếp chu đáo của tỉnh Nghệ An.',
    'Trong năm, lực lượng hai bên đã phối hợp giải quyết nhiều vụ việc phức tạp trên tuyến biên.',
    'Hai bên cũng trao đổi kinh nghiệm đấu tranh với tội phạm ma túy và buôn bán người qua biên giới.',
    'Dịp này, Công an tỉnh Nghệ An trao tặng đoàn bạn nhiều phần quà có ý nghĩa.',
    'Buổi hội đàm diễn ra trong không khí hữu nghị, chân thành và cởi mở.',
  ];
  const teasers = [
    'Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet sang chúc Tết cổ truyền',
    'Hà Tĩnh và Bôlykhămxay ký kết biên bản hợp tác giai đoạn mới',
    'Thanh Hóa trao tặng nhà văn hóa cho nhân dân tỉnh Hủa Phăn',
    'Sơn La tổ chức giao lưu văn nghệ với tỉnh Luông Pha Băng',
    'Điện Biên khám bệnh miễn phí cho người dân tỉnh Phông Xa Lỳ',
  ];
  // (A column no class names as furniture, as many portals have: each story's linked title and
  // the summary under it.)
  const sidebar = `<div class="col-right">${teasers.map((t) => `<h3><a href="/a">${t}</a></h3><p>${t}, trong không khí thân tình và hữu nghị.</p>`).join('')}</div>`;

  it('an <article> with no <p>, its text lines between <br>s, is the body, not the teasers beside it', () => {
    const html = `<html><body><main><article class="detail"><h1>Hội đàm an ninh biên giới</h1>${lines.join('<br><br>')}</article>${sidebar}</main></body></html>`;
    const { text } = htmlToArticle(html);
    expect(text).toContain(lines[0]);
    expect(text).toContain(lines[3]);
    expect(text).not.toContain('Savannakhet');
  });

  it("guard: a footer cell with the outlet's address lines does not outweigh the story in <p>s", () => {
    const html = `<html><body><table><tr><td class="content">${lines.map((l) => `<p>${l}</p>`).join('')}</td></tr><tr><td class="footer">Địa chỉ: số 1 đường Lê Lợi, thành phố Vinh, tỉnh Nghệ An, Việt Nam<br>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này</td></tr></table></body></html>`;
    const { text } = htmlToArticle(html);
    expect(text).toContain(lines[0]);
    expect(text).not.toContain('Địa chỉ');
  });
});

describe('htmlToArticle: the lead photo in an image table, between the sapo and the body (session 66)', () => {
  it('its cell classed "caption" is read with the article', () => {
    const body = Array.from(
      { length: 4 },
      (_, k) =>
        `<p>Đoạn ${k + 1}: hai bên trao đổi kinh nghiệm phòng, chống dịch bệnh trên tuyến biên giới chung.</p>`,
    ).join('');
    const html = `<html><body><div class="article"><h1>An Giang hỗ trợ tỉnh bạn</h1><div class="sapo">UBND tỉnh An Giang hỗ trợ vật tư y tế cho tỉnh bạn Campuchia.</div><table class="image-center"><tr><td><img src="a.jpg"></td></tr><tr><td class="caption">Đại diện tỉnh An Giang trao vật tư y tế cho tỉnh Ta Keo</td></tr></table><div class="content">${body}</div></div></body></html>`;
    expect(htmlToArticle(html).text).toContain('trao vật tư y tế cho tỉnh Ta Keo');
  });
});
