import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { joinGreedy, unwrapLines } from '../../src/core/article/unwrap.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const wrapped = [
  'Đoàn cán bộ lãnh đạo tỉnh Đồng Nai do đồng chí Trưởng ban Tuyên giáo làm trưởng đoàn đã thực',
  'hiện chuyến thăm, làm việc và chúc Tết cổ truyền tại tỉnh Champasak (nước Cộng hòa Dân chủ',
  'Nhân dân Lào) và tỉnh Kampong Thom (Vương quốc Campuchia) vào đầu tháng 4 vừa qua. Tham gia',
  'đoàn còn có các đồng chí lãnh đạo Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh và lãnh đạo',
  'các sở, ngành của tỉnh cùng đại diện Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai tham dự.',
  'Đây là hoạt động thường niên của tỉnh Đồng Nai, thể hiện sự quan tâm sâu sắc của lãnh đạo',
  'và nhân dân tỉnh đối với các nước láng giềng, là minh chứng cho nỗ lực không ngừng nghỉ.',
].join('\n');

describe('unwrapLines', () => {
  it('joins the halves of sentences a hard wrap cut, keeping every offset', () => {
    const out = unwrapLines(`Tiêu đề\n\n${wrapped}`);
    expect(out).toHaveLength(wrapped.length + 9);
    expect(out).toContain('đã thực hiện chuyến thăm');
    expect(out).toContain('tại tỉnh Champasak (nước Cộng hòa Dân chủ Nhân dân Lào)');
    expect(out.split('\n')).toHaveLength(3 + 1);
  });

  it('leaves a list of headlines (each its own line, capitalised) as it is', () => {
    const list = [
      'Tin liên quan',
      'Lãnh đạo tỉnh Nghệ An tiếp xã giao lãnh đạo tỉnh Chăm Pa Sắc, nước CHDCND Lào',
      'Đoàn công tác HĐND Thủ đô Viêng Chăn tưởng niệm các anh hùng liệt sĩ tại Nghệ An',
      'Thanh Hóa và Hủa Phăn kỷ niệm 55 năm ký kết hợp tác hữu nghị giữa hai tỉnh bạn',
      'Hà Tĩnh khánh thành cầu dân sinh ở huyện biên giới Hương Sơn giáp tỉnh Bô-ly-khăm-xay',
      'Quảng Trị trao tặng nhà hữu nghị cho người dân huyện Sê Pôn, tỉnh Savannakhet (Lào)',
    ].join('\n');
    const text = `Tiêu đề\nMột câu của bài viết.\n${list}`;
    expect(unwrapLines(text)).toBe(text);
  });

  it('never changes the length, and changes nothing but line breaks into spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const out = unwrapLines(text);
        expect(out).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++)
          if (out[i] !== text[i]) expect([text[i], out[i]]).toEqual(['\n', ' ']);
      }),
    );
  });
});

// unwrapLines as it was, the line-end test a pattern over the trimmed line: the reference the
// last-character test must agree with (the greedy wrap, tried last, is the same code on both sides).
function reference(text: string): string {
  const single = referenceWith(text.split('\n'), '\n', 4);
  if (single !== null) return single;
  const parts = text.split('\n\n');
  if (parts.length > 4 && parts.every((p) => !p.trimEnd().includes('\n')))
    return referenceWith(parts, '\n\n', 2) ?? text;
  return joinGreedy(text.split('\n')) ?? text;
}

function referenceWith(lines: string[], sep: string, least: number): string | null {
  const TERMINAL = /[.!?…:;"”)|]\s*$/u;
  const open = (i: number) => {
    const t = lines[i]!.trimEnd();
    return t.length >= 40 && !TERMINAL.test(t) && (lines[i + 1] ?? '').trim() !== '';
  };
  const goesOn = (i: number) => /^\s*[\p{Ll}\d]/u.test(lines[i + 1] ?? '');
  const orphan = (i: number) => /^\s*\p{Lu}\p{Ll}{1,10}\s*$/u.test(lines[i]!) && goesOn(i);
  const widths: number[] = [];
  let nonBlank = 0;
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '' || /^\s*[-–•*+]\s/u.test(lines[i]!)) continue;
    nonBlank++;
    if (!open(i)) continue;
    widths.push(lines[i]!.trimEnd().length);
    if (goesOn(i)) continued++;
  }
  if (continued < least || widths.length < 0.3 * nonBlank) return null;
  if (continued < 0.5 * widths.length && least === 4) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const full = (i: number) => Math.abs(lines[i]!.trimEnd().length - median) <= 15;
  const oneWidth = widths.filter((w) => Math.abs(w - median) <= 15).length >= 0.75 * widths.length;
  if (!oneWidth && least !== 4) return null;
  const lowerNext = (i: number) => /^\s*\p{Ll}/u.test(lines[i + 1] ?? '');
  const joins = (i: number) =>
    oneWidth ? goesOn(i) || full(i) : lowerNext(i) || /,\s*$/u.test(lines[i]!);
  const cut = (i: number) =>
    lines[i]!.trim() !== '' && !/[.!?…:;"”)|]\s*$/u.test(lines[i]!) && lowerNext(i);
  const headline = lines.findIndex((l) => l.trim() !== '');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    const join = i !== headline && ((open(i) && joins(i)) || cut(i) || orphan(i));
    out += join ? ' '.repeat(sep.length) : sep;
  }
  return out;
}

describe('unwrapLines: a page source wrapped at 80 columns, each paragraph opening short', () => {
  // Where each paragraph's tag stood, its first line is short, so the lines are not of one width.
  const page = [
    'Đoàn lãnh đạo tỉnh Bình Phước chúc Tết ở hai nước bạn',
    'Trong những ngày đầu xuân mới của nhân dân hai',
    'dân tộc bạn, đoàn đại biểu tỉnh Bình Phước do Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh,',
    'Trưởng đoàn đại biểu Quốc hội tỉnh làm trưởng đoàn đã đến thăm, chúc Tết',
    'cổ truyền tại tỉnh Kratie (Vương quốc Campuchia) và tỉnh Sekong (nước Cộng',
    'hòa Dân chủ Nhân dân Lào) trong tháng 4 vừa qua.',
    'Chuyến thăm diễn ra theo thông lệ tốt đẹp hằng',
    'năm của tỉnh, góp phần vun đắp tình đoàn kết giữa nhân dân các tỉnh biên giới',
    'ba nước và mở ra thêm nhiều hướng hợp tác mới về giáo dục, y tế.',
    'Dịp này, đoàn đã trao tặng nhiều suất học bổng cho',
    'học sinh nghèo của hai tỉnh bạn với tổng trị giá gần 300 triệu đồng.',
  ].join('\n');

  it('joins a line to the next only where the sentence plainly goes on', () => {
    const out = unwrapLines(page);
    expect(out).toHaveLength(page.length);
    expect(out).toContain('của nhân dân hai dân tộc bạn, đoàn đại biểu tỉnh Bình Phước');
    expect(out).toContain('Chủ tịch HĐND tỉnh, Trưởng đoàn đại biểu Quốc hội');
    expect(out).toContain('đến thăm, chúc Tết cổ truyền');
    expect(out).toContain('tại tỉnh Kratie (Vương quốc Campuchia) và tỉnh Sekong (nước Cộng hòa');
    expect(out.split('\n')).toHaveLength(4);
  });

  it('gives the trip to both provinces the rejoined sentence names', () => {
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: page });
    const visits = geocodeArticle(doc, builtinGazetteer()).result.links.map((l) =>
      l.kind === 'visit' ? `${l.from.iso} → ${l.to.iso}` : '',
    );
    expect(visits).toEqual(['VN-58 → KH-10', 'VN-58 → LA-XE']);
  });

  it('leaves the rows of a table that follow a wrapped paragraph apart', () => {
    const rows = [
      'STT | Viết tắt | Nghĩa tiếng Việt',
      '1 | HĐND | Hội đồng nhân dân tỉnh và các huyện, thị xã, thành phố thuộc tỉnh',
      '2 | UBND | Ủy ban nhân dân tỉnh và các huyện, thị xã, thành phố thuộc tỉnh',
    ].join('\n');
    const out = unwrapLines(`${page}\n${rows}`);
    expect(out.endsWith(rows)).toBe(true);
  });
});

describe('unwrapLines: short first lines in a text wrapped at one width', () => {
  it('joins a paragraph’s short first line to the lower-case line after it', () => {
    const page = [
      'Thanh niên Cần Thơ tình nguyện ở nước bạn',
      'Theo kế hoạch, Thành đoàn đã tổ chức',
      'các hoạt động tình nguyện tại tỉnh Salavan, Sekong (Lào) và tỉnh Kampot, Takeo',
      '(Campuchia) trong tháng 7, với gần 60 đoàn viên, thanh niên và y, bác sĩ trẻ.',
      'Tại Lào, đoàn tình nguyện đã khám',
      'bệnh, cấp phát thuốc miễn phí cho 3.000 người dân, tặng 5.000 quyển tập cho',
      'học sinh và 300 phần quà cho các gia đình khó khăn ở những bản vùng sâu của',
      'hai tỉnh, đồng thời giao lưu văn nghệ với thanh niên địa phương sở tại.',
      'Hoạt động này nhằm vun đắp tình',
      'đoàn kết, hữu nghị giữa thanh niên các nước, tăng cường hiểu biết lẫn nhau và',
      'góp phần thực hiện chương trình hợp tác giữa thành phố với các địa phương của',
      'hai nước bạn trong lĩnh vực giáo dục, y tế, văn hóa và phát triển nguồn nhân lực.',
    ].join('\n');
    const out = unwrapLines(page);
    expect(out).toContain('Thành đoàn đã tổ chức các hoạt động tình nguyện');
    expect(out).toContain('đã khám bệnh, cấp phát thuốc');
    expect(out).toContain('vun đắp tình đoàn kết');
    expect(out.split('\n')).toHaveLength(4);
  });
});

describe('unwrapLines: a PDF copied double-spaced', () => {
  // Each wrapped line stands as a paragraph of its own, one blank line between every two.
  const lines = [
    'Người Việt ở Savannakhet (Lào) - nhịp cầu hữu nghị giữa Quảng Trị và Savannakhet',
    'Cộng đồng người Việt giữ vai trò quan trọng trong đời sống kinh tế của tỉnh Savannakhet. Vào',
    'đầu thế kỷ trước, vì nhiều lý do, không ít gia đình người Việt ở Quảng Trị đã sang Savannakhet',
    '(Lào) sinh sống và lập nghiệp lâu dài. Ở đó, họ dựng nên các làng và lập Hội người Việt tỉnh',
    'Savannakhet, từ đó góp phần vun đắp quan hệ hợp tác giữa hai tỉnh Quảng Trị và Savannakhet',
    'cũng như quan hệ đặc biệt Việt Nam - Lào, góp phần giữ gìn bản sắc văn hóa của cộng đồng',
    'người Việt giữa lòng xã hội Lào.',
  ];
  const page = lines.join('\n\n');

  it('joins the lines, keeps the headline apart and every offset', () => {
    const out = unwrapLines(page);
    expect(out).toHaveLength(page.length);
    expect(out.split('\n\n')[0]).toBe(lines[0]);
    expect(out).toContain('tỉnh Savannakhet. Vào  đầu thế kỷ trước');
    expect(out).toContain('đã sang Savannakhet  (Lào) sinh sống');
    expect(out.split('\n\n')).toHaveLength(2);
  });

  it('reads the people who moved there as settled, not as a delegation', () => {
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: page });
    expect(
      geocodeArticle(doc, builtinGazetteer()).result.links.filter((l) => l.kind === 'visit'),
    ).toEqual([]);
  });

  it('leaves double-spaced paragraphs of one sentence each as they are', () => {
    const text = [
      'Tin ngắn',
      'Đoàn đại biểu tỉnh Quảng Trị đã thăm tỉnh Savannakhet.',
      'Hai bên ký biên bản ghi nhớ hợp tác giai đoạn mới',
      'Đoàn cũng đến thăm Tổng lãnh sự quán Việt Nam tại Savannakhet',
      'Chuyến thăm góp phần vun đắp tình hữu nghị giữa hai tỉnh',
      'Tỉnh Savannakhet tặng quà lưu niệm cho đoàn',
      'Đoàn trở về nước ngày 6/5',
    ].join('\n\n');
    expect(unwrapLines(text)).toBe(text);
  });
});

describe('unwrapLines: a page copied with its first words cut off', () => {
  const page = [
    'Hai thành phố tăng cường hợp tác ngành tòa án',
    'Ngày 20/6/2011, Đoàn đại biểu Tòa án Nhân dân thành phố Hà Nội đã có cuộc gặp và làm việc với đoàn đại biểu Tòa án Nhân dân thành phố Vientiane.',
    'Tại',
    'cuộc gặp diễn ra ở thành phố Vientiane, hai bên đã thông báo cho nhau về tình',
    'hình công tác của ngành tòa án mỗi nước trong năm qua, đồng thời trao đổi và',
    'thảo luận việc tăng cường hợp tác giữa các tòa án của hai thủ đô.',
    'Ngoài',
    'ra, Tòa án Nhân dân thành phố Vientiane cũng đề nghị phía Việt Nam giúp nâng',
    'cao trình độ công tác tòa án để thực hiện tốt hơn chức năng của mình trong',
    'thời gian tới, nhất là đào tạo thẩm phán và cán bộ làm công tác xét xử.',
    'Chuyến',
    'thăm của đoàn đại biểu Tòa án Nhân dân thành phố Hà Nội diễn ra từ ngày',
    '19 đến ngày 24/6.',
    'Tin liên quan:',
    '- Đại biểu cựu quân tình nguyện Việt Nam thăm Lào (28-10-2010)',
    '- Hà Nội nhận Huân chương Vàng quốc gia của Lào (14-10-2010)',
    '- Hội thảo về liên minh Lào-Việt ở Cánh đồng Chum (16-09-2010)',
    '- Thừa Thiên-Huế và Sekong (Lào) hợp tác cùng phát triển (08-09-2010)',
    '- Việt Nam-Lào khánh thành cột mốc biên giới số 476 (07-09-2010)',
  ].join('\n');

  it('joins a lone first word to its paragraph, and the wrapped lines, past a related list', () => {
    const out = unwrapLines(page);
    expect(out).toHaveLength(page.length);
    expect(out).toContain('Tại cuộc gặp diễn ra ở thành phố Vientiane');
    expect(out).toContain('về tình hình công tác');
    expect(out).toContain('Ngoài ra, Tòa án');
    expect(out).toContain('(28-10-2010)\n- Hà Nội');
  });
});

describe('unwrapLines, the line-end test', () => {
  it('property: gives what the pattern over the trimmed line gave', () => {
    const tail = fc.constantFrom(
      '.',
      '!',
      '?',
      '…',
      ':',
      ';',
      '"',
      '”',
      ')',
      '|',
      ' ',
      '\u00a0',
      '\t',
      '\u2028',
      'a',
      'ữ',
      '\ud83d\ude00',
      '',
    );
    const line = fc
      .tuple(
        fc.constantFrom(
          'Đoàn cán bộ lãnh đạo tỉnh Đồng Nai đã thực hiện chuyến thăm',
          'hiện chuyến thăm, làm việc và chúc Tết cổ truyền tại tỉnh',
          'và nhân dân tỉnh đối với các nước láng giềng, là minh chứng',
          'các sở, ngành của tỉnh cùng đại diện Liên hiệp các tổ chức',
          'Tin',
          '',
        ),
        tail,
        tail,
        tail,
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 4, maxLength: 16 }), (lines) => {
        const text = lines.join('\n');
        expect(unwrapLines(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('unwrapLines: paragraphs set apart by blank lines, wrapped where lines go on in capitals', () => {
  // Wrapped greedily at 80 columns: a break falls only where the next word would not fit; most
  // wrapped lines go on in capitals.
  const wrap = (para: string, width = 80) => {
    const lines: string[] = [];
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('\n');
  };
  const paragraphs = [
    'Sáng 9/3, Đoàn đại biểu Ban Đối ngoại Tỉnh ủy Hà Tĩnh đã có chuyến thăm tỉnh Bô Ly Khăm Xay (Lào).',
    'Tiếp đoàn có Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay cùng đại diện Văn phòng Tỉnh ủy, Sở Ngoại vụ và Ban Tuyên huấn Tỉnh ủy tỉnh bạn.',
    'Hai bên đã trao đổi về kết quả thực hiện Biên bản ghi nhớ giữa Ban Tuyên giáo Tỉnh ủy Hà Tĩnh và Ban Tuyên huấn Tỉnh ủy Bô Ly Khăm Xay giai đoạn 2021 - 2025.',
    'Dịp này, Đoàn đại biểu Tỉnh ủy Hà Tĩnh đã trao tặng Ban Tuyên huấn Tỉnh ủy Bô Ly Khăm Xay một số trang thiết bị phục vụ công tác tuyên truyền ở cơ sở.',
    'Trước đó, Đoàn đã dâng hương tại Đài tưởng niệm Quân tình nguyện Việt Nam ở Bô Ly Khăm Xay và thăm Trường Hữu nghị Hà Tĩnh - Bô Ly Khăm Xay.',
  ];
  const text = ['Tin đối ngoại trong tuần', '', ...paragraphs.map((p) => wrap(p))].join('\n\n');

  it('joins every wrapped line back into its paragraph and keeps the blank lines', () => {
    const out = unwrapLines(text);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n').filter((l) => l.trim() !== '')).toEqual([
      'Tin đối ngoại trong tuần',
      ...paragraphs,
    ]);
  });

  it('gives the trip the first paragraph tells, whose province the wrap cut in two', () => {
    const { doc } = prepareArticle({ file: 'a.txt', kind: 'text', content: text });
    const visits = geocodeArticle(doc, builtinGazetteer()).result.links.flatMap((l) =>
      l.kind === 'visit' ? [`${l.from.iso} → ${l.to.iso}: ${l.evidence}`] : [],
    );
    expect(visits).toEqual([`VN-23 → LA-BL: ${paragraphs[0]}`]);
  });

  it('leaves one-line paragraphs and the page lines under a headline apart', () => {
    const page = [
      'Hội Phụ nữ hai tỉnh ký kết chương trình phối hợp giai đoạn mới',
      'Trang chủ  Xã hội  Phụ nữ',
      '09:15 | 12/05/2024',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'Tin cùng chuyên mục',
      'Hội Phụ nữ tỉnh Quảng Trị tặng quà cho phụ nữ nghèo tỉnh Savannakhet',
      'Phụ nữ Thừa Thiên Huế giao lưu với Hội Phụ nữ tỉnh Sê Kông, nước Lào',
      'Đoàn Hội Liên hiệp Phụ nữ tỉnh Quảng Bình thăm tỉnh Khăm Muộn của Lào',
      'Phụ nữ Gia Lai trao tặng xe đạp cho học sinh tỉnh Ratanakiri, Campuchia',
    ].join('\n');
    expect(unwrapLines(page)).toBe(page);
  });
});
