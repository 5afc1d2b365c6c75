// Rules the sixtieth session's helper H2 drew from a scraped-text artefacts harness (what scrapers
// and CMS exports leave in plain text): markdown inline links and bold around place names are read
// as the words the page showed; image markup and lines that are only links stay the cleaner's.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { textWithoutMarkdown } from '../../src/core/article/text-markup.ts';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();
const TITLE = 'Tăng cường hợp tác giữa hai tỉnh\n\n';

function read(body: string) {
  const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: TITLE + body });
  const { result } = geocodeArticle(doc, gaz);
  const spansOk = result.places.every((p) =>
    p.spans.every(([a, b]) => 0 <= a && a < b && b <= doc.text.length),
  );
  return {
    text: doc.text,
    spansOk,
    places: result.places.map((p) => p.id).sort(),
    visits: result.links
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso}`)
      .sort(),
    sisters: result.links
      .filter((l) => l.kind === 'sister')
      .map((l) => [l.from.iso, l.to.iso].sort().join('|')),
  };
}

describe('markdown inline links and bold around place names', () => {
  it('"thành phố [A](https://…)": the city, as without the link', () => {
    const plain = read(
      'Chiều 9/2, Đoàn công tác tỉnh Điện Biên đã đến thăm, chúc Tết lãnh đạo thành phố Luang Prabang (Lào).',
    );
    const linked = read(
      'Chiều 9/2, Đoàn công tác tỉnh Điện Biên đã đến thăm, chúc Tết lãnh đạo thành phố [Luang Prabang](https://bao.example.vn/tag/luang-prabang) (Lào).',
    );
    expect(linked.places).toEqual(plain.places);
    expect(linked.visits).toEqual(['VN-71>LA-LP']);
    expect(linked.spansOk).toBe(true);
  });

  it('"TP [A](/tag/…)": a relative address, the city kept', () => {
    const r = read(
      'Ngày 15/4, tại TP [Kon Tum](/tag/kon-tum), lãnh đạo tỉnh Kon Tum tiếp Đoàn đại biểu tỉnh Attapeu (Lào).',
    );
    expect(r.places).toEqual(['la:attapeu', 'vn:kon-tum', 'vn:kon-tum-city']);
    expect(r.text).toContain('tại TP Kon Tum, lãnh đạo');
  });

  it('"**tỉnh A**" and "__tỉnh B__" read as plain words', () => {
    const r = read(
      'Ngày 20/5, **tỉnh Đắk Lắk** và tỉnh __Mondulkiri__ (Campuchia) đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2029.',
    );
    expect(r.sisters).toEqual(['KH-11|VN-33']);
    expect(r.text).toContain('Ngày 20/5, tỉnh Đắk Lắk và tỉnh Mondulkiri (Campuchia)');
  });
});

describe('guards: markdown the cleaner reads, and text that only looks like markup', () => {
  it('image markup and linked images stay as written', () => {
    const text =
      '![ảnh](https://img.example.vn/a.jpg) Quang cảnh buổi làm việc\n[![](https://img.example.vn/b.jpg)](https://bao.example.vn/b.html)';
    expect(textWithoutMarkdown(text)).toBe(text);
  });

  it('a line that is only links (a list of other articles) stays as written', () => {
    const text =
      '- [Tỉnh Kon Tum tăng cường hợp tác với tỉnh Attapeu](https://bao.example.vn/x.html)\n[Tin khác](https://bao.example.vn/y.html) | [Đọc thêm](/z)';
    expect(textWithoutMarkdown(text)).toBe(text);
  });

  it('brackets without an address, a lone "**" and snake_case stay', () => {
    const text =
      'Theo [ảnh] và (nguồn) trên, 5 ** 2 là lũy thừa; tệp bao_cao_2024 và chú thích [1](2).';
    expect(textWithoutMarkdown(text)).toBe(text);
  });

  it('a bold lead keeps its words and its sentences', () => {
    expect(textWithoutMarkdown('**Sáng 3/6, tại TP. Hồ Chí Minh, v.v. 1.200 người dự.**')).toBe(
      'Sáng 3/6, tại TP. Hồ Chí Minh, v.v. 1.200 người dự.',
    );
  });

  it('a line set bold whole with no sentence end is a heading and keeps its marks', () => {
    // (On a page of several stories the marks tell where an item starts.)
    const page =
      '**Quảng Trị tiếp đoàn tỉnh Savannakhet**\nSáng 5/3, **tỉnh Quảng Trị** đã tiếp đoàn.';
    expect(textWithoutMarkdown(page)).toBe(
      '**Quảng Trị tiếp đoàn tỉnh Savannakhet**\nSáng 5/3, tỉnh Quảng Trị đã tiếp đoàn.',
    );
  });

  it('never throws and keeps spans in bounds on odd markdown', () => {
    for (const body of ['[](http://a)', '**', '[x](', '](((', '__ __', '[[a](/b)](/c)**d**']) {
      expect(read(body).spansOk).toBe(true);
    }
  });
});

describe('a full stop glued to the next sentence where two paragraphs were fused', () => {
  const cut = (line: string) =>
    splitSentences(line, [[0, line.length]]).map(([a, b]) => line.slice(a, b));

  it('after a number, a closing bracket and a short capitalised name', () => {
    expect(cut('Hai bên chuẩn bị hội nghị năm 2025.Hội nghị sẽ diễn ra tại tỉnh Kampot.')).toEqual([
      'Hai bên chuẩn bị hội nghị năm 2025.',
      'Hội nghị sẽ diễn ra tại tỉnh Kampot.',
    ]);
    expect(
      cut('Đoàn đã sang thăm tỉnh Tbong Khmum (Campuchia).Chiều cùng ngày, đoàn về nước.'),
    ).toEqual([
      'Đoàn đã sang thăm tỉnh Tbong Khmum (Campuchia).',
      'Chiều cùng ngày, đoàn về nước.',
    ]);
    expect(cut('Hội nghị tổ chức tại thị xã Cửa Lò.Phía Lào có Phó Tỉnh trưởng dự.')).toEqual([
      'Hội nghị tổ chức tại thị xã Cửa Lò.',
      'Phía Lào có Phó Tỉnh trưởng dự.',
    ]);
  });

  it('guards: abbreviations, numbers, dates, addresses and "v.v." go on the sentence', () => {
    for (const line of [
      'Đoàn đến TP.HCM và Tp.Hà Tĩnh, TX.Hà Tiên, P.Tân Định, Q.1 ngày 5.3.2024 với 1.200 người.',
      'Th.S Nguyễn Văn An, Ph.D Trần Bình dự hội thảo, v.v.Các tin trên baodanang.vn và https://bao.example.vn/a.B.html đăng tải.',
    ])
      expect(cut(line)).toEqual([line]);
  });

  it('the agreement of a fused paragraph is told by its own sentence, not the meeting before', () => {
    const content =
      TITLE +
      'Ngày 1/12, Công an tỉnh An Giang làm việc với đoàn đại biểu Công an tỉnh Kampot (Campuchia) để chuẩn bị Hội nghị tổng kết năm 2025.Hội nghị sẽ đánh giá việc thực hiện văn kiện hợp tác đã ký giữa hai tỉnh.';
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    const links = geocodeArticle(doc, gaz).result.links;
    const sister = links.find((l) => l.kind === 'sister');
    expect(sister?.evidence).toMatch(/^Hội nghị sẽ đánh giá/);
    expect(sister?.date).toBeNull();
    expect(links.find((l) => l.kind === 'visit')?.date).toBe('2025-12-01');
  });
});

describe('long dashes read as the en dash', () => {
  const dated = (body: string) => {
    const content = TITLE + body;
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    return geocodeArticle(doc, gaz).result.links.map((l) => `${l.kind} ${l.date}`);
  };

  it('"Bà Rịa — Vũng Tàu" is one province, as with "–"', () => {
    const em = read(
      'Đoàn đại biểu tỉnh Bà Rịa — Vũng Tàu đã sang thăm và làm việc tại tỉnh Kampot (Campuchia).',
    );
    const en = read(
      'Đoàn đại biểu tỉnh Bà Rịa – Vũng Tàu đã sang thăm và làm việc tại tỉnh Kampot (Campuchia).',
    );
    expect(em.places).toEqual(['kh:kampot', 'vn:ba-ria-vung-tau']);
    expect(em.places).toEqual(en.places);
    expect(em.spansOk).toBe(true);
  });

  it('a range of days "11 — 12/4/2024" (or with a minus sign) dates the visit as "11 – 12/4/2024"', () => {
    const body = (dash: string) =>
      `Từ ngày 11 ${dash} 12/4/2024, Đoàn đại biểu tỉnh Vĩnh Phúc đã sang thăm và làm việc tại tỉnh Oudomxay (Lào).`;
    expect(dated(body('—'))).toEqual(dated(body('–')));
    expect(dated(body('\u2212'))).toEqual(dated(body('–')));
  });

  it('guard: a hyphen inside a name and "-" between two sides stay as written', () => {
    const r = read('Đoàn tỉnh Sa-la-van đến thăm tỉnh Quảng Trị, tăng cường quan hệ Việt - Lào.');
    expect(r.text).toContain('Sa-la-van');
    expect(r.text).toContain('Việt - Lào');
  });
});

describe('a list bullet or a quote mark before a paragraph', () => {
  const BODY = [
    'Từ ngày 23 đến 25/3/2024, Đoàn đại biểu Tỉnh đoàn Hà Tĩnh đã sang thăm và giao lưu với thanh niên tỉnh Bolikhamxay (Lào).',
    'Cũng trong thời gian này, một đoàn cán bộ Tỉnh đoàn Nghệ An đang công tác tại tỉnh Xiêng Khoảng đã ghé thăm đoàn Hà Tĩnh tại Pắc-xan.',
  ];
  const dates = (mark: string) => {
    const content = TITLE + BODY.map((p) => mark + p).join('\n');
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content });
    return geocodeArticle(doc, gaz).result.links.map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);
  };

  it('"- Cũng trong thời gian này, …" keeps the time of the paragraph before, as without "- "', () => {
    const plain = dates('');
    expect(plain).toContain('VN-22>LA-XI 2024-03');
    for (const mark of ['- ', '* ', '+ ', '• ', '> ']) expect(dates(mark)).toEqual(plain);
  });

  it('the sentence starts after the mark; a line that is only a mark or a dash inside a line stays', () => {
    const text = 'Tin\n- Sáng 5/3, hai bên hội đàm.\n-\nViệt Nam - Lào - Campuchia.';
    const cut = splitSentences(text, [[0, text.length]]).map(([a, b]) => text.slice(a, b));
    expect(cut).toEqual(['Tin', 'Sáng 5/3, hai bên hội đàm.', '-', 'Việt Nam - Lào - Campuchia.']);
  });
});

describe('" | " between a paragraph and the caption fused to it', () => {
  const linksOf = (body: string) => {
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: TITLE + body });
    return geocodeArticle(doc, gaz).result.links;
  };

  it('the caption is a sentence of its own: its signing is not dated by the paragraph', () => {
    const para =
      'Ngày 18/6/2024, tại tỉnh Hủa Phăn, Bộ đội Biên phòng tỉnh Thanh Hóa và Bộ Chỉ huy quân sự tỉnh Hủa Phăn (Lào) đã tiến hành hội đàm thường niên.';
    const caption =
      'Chính ủy Bộ đội Biên phòng tỉnh Thanh Hóa và Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh Hủa Phăn ký kết biên bản ghi nhớ hội đàm. Ảnh: Thanh Hà';
    const apart = linksOf(`${para}\n${caption}`).find((l) => l.kind === 'sister');
    const fused = linksOf(`${para} | ${caption}`).find((l) => l.kind === 'sister');
    expect(fused?.evidence).toMatch(/^Chính ủy Bộ đội Biên phòng/);
    expect(fused?.date).toBe(apart?.date);
  });

  it('cells split at " | "; a table row "| … |" and a pipe glued to a word stay whole', () => {
    const text =
      'Đoàn đến tỉnh Attapeu | Lãnh đạo hai tỉnh hội đàm. Ảnh: TTXVN | Chiều 5/3, đoàn về nước\n| Quang cảnh buổi lễ |\nA|B';
    const cut = splitSentences(text, [[0, text.length]]).map(([a, b]) => text.slice(a, b));
    expect(cut).toEqual([
      'Đoàn đến tỉnh Attapeu',
      'Lãnh đạo hai tỉnh hội đàm.',
      'Ảnh: TTXVN',
      'Chiều 5/3, đoàn về nước',
      '| Quang cảnh buổi lễ |',
      'A|B',
    ]);
  });
});
