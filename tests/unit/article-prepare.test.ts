import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EmptyArticleError,
  MAX_TEXT_CHARS,
  prepareArticle,
} from '../../src/core/article/prepare.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');

describe('prepareArticle', () => {
  it('builds the doc of a .txt article: title line, stamp date, kept ranges, id', () => {
    const content = readFileSync(join(FIXTURES, 'visit-related-list.txt'), 'utf8');
    const { doc, dropped, warnings } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    expect(doc.file).toBe('a.txt');
    expect(doc.title).toBe('Đoàn công tác tỉnh Quảng Bình thăm tỉnh Khăm Muộn');
    expect(doc.titleSpan).toEqual([0, doc.title.length]);
    expect(doc.date).toBe('2024-03-14');
    expect(doc.url).toBeNull();
    expect(doc.text).toBe(content);
    expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
    expect(dropped.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('puts the HTML title at the head of the text so its mentions have offsets', () => {
    const content = readFileSync(join(FIXTURES, 'page.html'), 'utf8');
    const { doc } = prepareArticle({ file: 'page.html', kind: 'html', content });
    expect(doc.text.startsWith('Tỉnh Sơn La tiếp đoàn tỉnh Hủa Phăn\n')).toBe(true);
    expect(doc.text).not.toMatch(/Lai Châu|Điện Biên|Trang chủ|Bản quyền/);
    expect(doc.date).toBe('2022-11-08');
    expect(doc.url).toBe('https://baomau.example.vn/son-la-hua-phan-77.html');
    // The <h1> repeats the title: kept once.
    expect(doc.keep.filter(([s, e]) => doc.text.slice(s, e) === doc.title)).toHaveLength(1);
  });

  it('uses the title, date and url given by an ndjson record, and rejects non-http urls with a warning', () => {
    const given = prepareArticle({
      file: 'b.ndjson:1',
      kind: 'text',
      content: 'Thân bài một câu.',
      title: 'Tiêu đề',
      date: '2021-04',
      url: 'https://vi.example/x',
    });
    expect(given.doc.text).toBe('Tiêu đề\n\nThân bài một câu.');
    expect(given.doc.date).toBe('2021-04');
    expect(given.doc.url).toBe('https://vi.example/x');
    const bad = prepareArticle({
      file: 'b.ndjson:2',
      kind: 'text',
      content: 'Thân bài.',
      title: 'T',
      date: 'hôm qua',
      url: 'javascript:alert(1)',
    });
    expect(bad.doc.url).toBeNull();
    expect(bad.doc.date).toBeNull();
    expect(bad.warnings).toHaveLength(2);
  });

  it('gives the same id to the same article under two names and with other boilerplate', () => {
    const a = prepareArticle({
      file: 'a.txt',
      kind: 'text',
      content: 'Tiêu đề\nThân bài một câu.\nIn bài viết',
    });
    const b = prepareArticle({
      file: 'b.txt',
      kind: 'text',
      content: 'Tiêu đề\n\nThân bài một câu.\n',
    });
    expect(a.doc.id).toBe(b.doc.id);
  });

  // The same article as a page may type it: "Unicode tổ hợp" (each tone mark a character of its own
  // after its letter), no-break spaces between words, zero-width spaces and soft hyphens.
  const typed = [
    'Đoàn đại biểu tỉnh Xiêng Khoảng thăm tỉnh Nghệ An',
    '',
    'Ngày 12/3/2024, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do Phó Tỉnh trưởng dẫn đầu đã đến thăm và làm việc tại tỉnh Nghệ An.',
    'Trước đó, đoàn đã ghé thăm Trường Chính trị tỉnh Nghệ An.',
  ].join('\n');
  it.each([
    ['decomposed Unicode', (s: string) => s.normalize('NFD')],
    ['no-break spaces', (s: string) => s.replace(/ (?=[TNX])/g, '\u00a0')],
    ['narrow no-break spaces', (s: string) => s.replace(/ (?=[tđ])/g, '\u202f')],
    [
      'zero-width spaces, soft hyphens and a byte-order mark',
      (s: string) => '\ufeff' + s.replace(/ /g, ' \u200b').replace(/Khoảng/g, 'Khoả\u00adng'),
    ],
  ])('reads a page typed with %s as the plain text, with the same links and id', (_, type) => {
    const content = type(typed);
    expect(content).not.toBe(typed);
    const gaz = builtinGazetteer();
    const read = (c: string) => {
      const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: c });
      return { doc, links: geocodeArticle(doc, gaz).result.links };
    };
    const plain = read(typed);
    const other = read(content);
    expect(other.doc.text).toBe(plain.doc.text);
    expect(other.doc.title).toBe('Đoàn đại biểu tỉnh Xiêng Khoảng thăm tỉnh Nghệ An');
    expect(other.doc.id).toBe(plain.doc.id);
    expect(other.links.map((l) => `${l.kind} ${l.from.iso}>${l.to.iso}`)).toEqual([
      'visit LA-XI>VN-22',
    ]);
    expect(other.links).toEqual(plain.links);
  });

  it('guard (R56): reads a zero-width space standing alone between two words as a space', () => {
    const content =
      'Hợp tác\n\nĐoàn đại biểu tỉnh\u200bQuảng\u200bTrị đã sang thăm tỉnh\u200bSavannakhet.';
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    expect(doc.text).toContain('tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.');
  });

  it('cuts an over-long text at a line break and warns', () => {
    const line = 'Một câu văn tiếng Việt có dấu để làm dài bài báo.\n';
    const content = `Tiêu đề\n${line.repeat(Math.ceil((MAX_TEXT_CHARS * 1.2) / line.length))}`;
    const { doc, warnings } = prepareArticle({ file: 'big.txt', kind: 'text', content });
    expect(doc.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(doc.text.endsWith('bài báo.')).toBe(true);
    expect(warnings[0]).toMatch(/cut/);
  });

  it('throws EmptyArticleError for a page without text', () => {
    expect(() =>
      prepareArticle({ file: 'e.html', kind: 'html', content: '<script>x()</script>' }),
    ).toThrow(EmptyArticleError);
  });
});

describe('prepareArticle: the date of a credited story’s address', () => {
  it('dates an undated page by the address its source line gives', () => {
    const content =
      'Hai hội phụ nữ tăng cường hợp tác\n' +
      'Chiều 4/3, lãnh đạo thành phố đã tiếp đoàn Hội phụ nữ Thủ đô Viêng Chăn.\n' +
      'Nguồn KTĐT: http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/810230c0/hop-tac-phu-nu/\n';
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    expect(doc.date).toBe('2014-03');
    expect(doc.url).toBe('http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/810230c0/hop-tac-phu-nu/');
  });
});

describe('prepareArticle: an outlet’s name after a copied headline', () => {
  const gaz = builtinGazetteer();
  const body =
    '\nSáng 8/4/2024, đoàn công tác tỉnh Tây Ninh do Bí thư Tỉnh ủy dẫn đầu đã sang thăm, chúc Tết cổ truyền tỉnh Svay Rieng.\n';
  const read = (title: string) => {
    const { doc, dropped } = prepareArticle({ file: 'a.txt', kind: 'text', content: title + body });
    const links = geocodeArticle(doc, gaz).result.links.map(
      (l) => `${l.kind} ${l.from.iso}>${l.to.iso}`,
    );
    return { doc, dropped, links };
  };

  it('is no part of the headline: a country named last stays the headline’s last word', () => {
    const headline = 'Lãnh đạo tỉnh Tây Ninh chúc Tết cổ truyền tại Campuchia';
    const plain = read(headline);
    for (const tail of [
      ' - Báo điện tử Đảng Cộng sản Việt Nam',
      ' | Tạp chí điện tử',
      ' – baotayninh.vn',
    ]) {
      const r = read(headline + tail);
      expect(r.doc.title).toBe(headline);
      expect(r.doc.titleSpan).toEqual([0, headline.length]);
      expect(r.doc.site).toBe(tail.replace(/^\s*[-|–]\s*/, ''));
      expect(r.dropped[0]).toMatchObject({ reason: "outlet's name" });
      expect(r.links).toEqual(plain.links);
    }
    expect(plain.links).toEqual(['visit VN-37>KH-20']);
  });

  it('nor is a media tag before it', () => {
    const headline = 'Lãnh đạo tỉnh Tây Ninh chúc Tết cổ truyền tại Campuchia';
    for (const tag of ['Clip: ', '[Ảnh] ', 'Video: ', '(TTXVN) ', 'Infographic: ']) {
      const r = read(tag + headline + ' | Tạp chí điện tử');
      expect(r.doc.title).toBe(headline);
      expect(r.doc.titleSpan).toEqual([tag.length, tag.length + headline.length]);
      expect(r.dropped[0]).toMatchObject({ reason: 'media tag', text: tag });
      expect(r.links).toEqual(['visit VN-37>KH-20']);
    }
    // A colon that ends the headline's own first part is no tag.
    expect(read('Tây Ninh - Svay Rieng: hợp tác toàn diện').doc.title).toBe(
      'Tây Ninh - Svay Rieng: hợp tác toàn diện',
    );
  });

  it('leaves a headline whose last part is its own', () => {
    for (const title of [
      'Tây Ninh - Svay Rieng: Báo cáo kết quả hợp tác năm 2024',
      'Hợp tác Tây Ninh - Báo cáo tổng kết năm',
      'Việt Nam - Lào - Campuchia',
      'Tây Ninh thăm Svay Rieng - Báo chí hai tỉnh và những câu chuyện về tình hữu nghị lâu đời giữa hai nước láng giềng',
    ]) {
      const { doc } = read(title);
      expect(doc.title).toBe(title);
      expect(doc.site).toBeUndefined();
    }
  });
});

describe('prepareArticle: spaces doubled by a page or an editor (session 66)', () => {
  const gaz = builtinGazetteer();
  const half = 'Hội hữu nghị tỉnh Hà Tĩnh chúc Tết Bunpimay tỉnh Bolikhamxay';
  const content = [
    'Quảng Bình chúc Tết tỉnh Khăm Muộn',
    `${half.replace('chúc ', 'chúc  ')} ${half}`,
    'Ngày 10/4, đoàn đại biểu tỉnh  Quảng Bình đã sang thăm, chúc Tết tỉnh Khăm Muộn (Lào).',
  ].join('\n');

  it('reads the doubled headline of another story as chrome, and the lead as it reads', () => {
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    const r = geocodeArticle(doc, gaz).result;
    expect(r.places.map((p) => p.iso)).toEqual(['VN-24', 'LA-KH']);
    expect(r.links.map((l) => `${l.from.iso}>${l.to.iso}`)).toEqual(['VN-24>LA-KH']);
  });
});
