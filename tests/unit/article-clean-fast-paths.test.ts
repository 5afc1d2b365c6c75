// The cleaner's cheap tests in front of its costly patterns (issue 9) must give the answers of
// the patterns alone, on any text: each fast path against its plain form, on strings built from
// the pieces the patterns turn on (and the characters that fold or case-fold like them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_TAIL, GATED_PATTERNS, creditTail } from '../../src/core/article/clean.ts';

const RUNS = { numRuns: 5000 };

describe('creditTail (the credit at a line end, read from the end first)', () => {
  it('property: gives the index CREDIT_TAIL.exec gives, or -1', () => {
    const any = fc.constantFrom(
      'Đoàn công tác',
      'ảnh',
      'NGUỒN',
      'video ',
      '(',
      ')',
      '.',
      '/',
      ' ',
      '\t',
      '\u00a0',
      '\u2028',
      ' - ',
      '–',
      'x',
      '1',
      'ſ',
      '\u212a',
      '\ud83d\ude00',
      '\ude00',
    );
    const credit = fc.constantFrom('Ảnh: ', 'ảnh', 'NGUỒN', 'nguồn:', 'Photo', 'video ', ' (Ảnh: ');
    // (An address, "www.baonghean.gov.vn", whole or broken: no name, a long or odd last part.)
    const address = fc.tuple(
      fc.constantFrom('', 'https://', 'www.', 'http://www.'),
      fc.constantFrom('baonghean', 'x-1', '', '-'),
      fc.array(fc.constantFrom('.gov', '.', '.vn'), { maxLength: 2 }),
      fc.constantFrom('.vn', '.VN', '.com', '.abcdefg', '.\u212a\u212a', '.ſ', '.x', ''),
    );
    const end = fc.constantFrom('/', ')', ' )', ' ', '\t', '\u2028', '.', 'x', '\ud83d\ude00');
    const pieces = fc.tuple(
      fc.array(any, { maxLength: 4 }),
      fc.array(credit, { maxLength: 2 }),
      address,
      fc.array(end, { maxLength: 3 }),
    );
    fc.assert(
      fc.property(pieces, (groups) => {
        const t = groups.flat(2).join('');
        expect(creditTail(t)).toBe(CREDIT_TAIL.exec(t)?.index ?? -1);
      }),
      RUNS,
    );
  });

  it('finds a credit after a caption, and none after a sentence or a bare name', () => {
    const caption = 'Lãnh đạo hai tỉnh trao biên bản ghi nhớ. Ảnh: baoquangtri.vn';
    expect(creditTail(caption)).toBe(caption.indexOf(' Ảnh'));
    const bracketed = 'Lãnh đạo hai tỉnh (Ảnh: vietnamplus.vn/ )';
    expect(creditTail(bracketed)).toBe(bracketed.indexOf(' (Ảnh'));
    expect(creditTail('Lãnh đạo hai tỉnh trao biên bản ghi nhớ. Ảnh: Hồng Nhung')).toBe(-1);
    expect(creditTail('Hai bên ký kết biên bản ghi nhớ tại baoquangtri.vn.')).toBe(-1);
  });
});

describe('the cheap tests in front of costly line patterns', () => {
  // Pieces of weather widgets, footers, outlet addresses, list openers and datelines, in folded
  // and unfolded spellings, with the characters that case-fold or count twice.
  const piece = fc.constantFrom(
    'Vinh ',
    'Hà Nội ',
    '24',
    '°',
    'C',
    ' / ',
    '22-25',
    '-5',
    'co quan ',
    'ngon luan ',
    'cua ',
    'ban quyen thuoc',
    'ban quyen',
    '©',
    '(c) ',
    ' - ',
    ' – ',
    'giay phep',
    'toa soan: ',
    'bao ',
    'vov5 ',
    'dai ',
    'tieng noi viet nam',
    ', ',
    '. ',
    '45 ',
    'so ',
    'ba trieu',
    'ha noi',
    'sau đây là',
    'như sau',
    'Như ſau',
    'dưới đây là',
    ':',
    '.',
    'Viêng Chăn ',
    '(TTXVN)',
    '(',
    ')',
    'Chinhphu.vn',
    '\ud835\udc00',
    'x',
    ' ',
    '\u2028',
    '\n',
    '1',
    'a'.repeat(40),
  );
  const c = fc.constantFrom;
  const joined = (parts: readonly string[]) => parts.join('');
  // (Shapes close to each pattern's own, whole or broken.)
  const weather = fc
    .tuple(
      c('', 'Vinh ', 'hà nội ', '\ud835\udc00bc ', 'Đà Lạt. ', 'Vinh'),
      c('', '-'),
      c('2', '24', '245'),
      c('', ' '),
      c('°', '', '°°'),
      c('C', '', 'c'),
      c('', ' / 22-25°C', ' | 20°', ' / 1-2°C x', '\n'),
    )
    .map(joined);
  const outlet = fc
    .tuple(
      c('', 'vov5 - he phat thanh, ', 'x'.repeat(70)),
      c('bao', 'dai', 'vov5', 'ttxvn', 'thong tan xa', 'tap chi', 'bao-'),
      c(' nhan dan', ' a'.repeat(40), ''),
      c('. ', ', ', ' '),
      c('so ', ''),
      c('45', '1234', '12345', 'x'),
      c('a', ''),
      c(' ba trieu', ' hang bai', ''),
      c(', ', ' '),
      c('ha noi', 'quan 1, tp hcm', ''),
      c('', '.', 'x'.repeat(60), '\u2028'),
    )
    .map(joined);
  // (Letters of one and two code units, spaces and stops, at every length around the bounds.)
  const run = fc
    .array(c('A', 'ă', 'Đ', '\ud835\udc00', ' ', '.', 'x'), { maxLength: 44 })
    .map(joined);
  const dateline = fc
    .tuple(
      c('Viêng Chăn', 'hà Nội', '\ud835\udc00', 'X', ''),
      run,
      c(' ', '  ', ''),
      c('(TTXVN)', '(VOV)', '(Chinhphu.vn)', '(x)', '(ab', '()'),
      c(' – ', ' - ', '–', ' '),
      c('Chiều nay', ''),
    )
    .map(joined);
  const footer = fc
    .tuple(
      c('', 'bao x', '©', 'x', 'ban quyen '),
      c(' - ', ' – ', ' -', '- ', ''),
      c('co quan ', 'co quan', ''),
      c('ngon luan ', ''),
      c('cua', 'cua bo', 'cuaa', 'thuoc', ''),
      c('', ' x'),
    )
    .map(joined);
  const text = fc.oneof(fc.array(piece, { maxLength: 10 }).map(joined), weather, outlet, dateline);

  it('property: each answers as its pattern does', () => {
    expect(GATED_PATTERNS.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(text, (t) => {
        for (const { pattern, test } of GATED_PATTERNS)
          expect(test(t), String(pattern)).toBe(pattern.test(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads an outlet address of up to 140 characters, and tries no longer line', () => {
    const outlet = GATED_PATTERNS.find(({ pattern }) => pattern.source.includes('ttxvn'))!;
    for (let n = 130; n <= 150; n++) {
      const head = 'bao a, 45 ba trieu, ha ';
      const t = head + 'n'.repeat(n - head.length);
      expect(outlet.test(t), String(n)).toBe(n <= 140);
    }
  });

  it('reads a dateline or an agency tag up to its longest place name, in letters of any width', () => {
    for (const letter of ['a', '\ud835\udc1a'])
      for (let n = 0; n <= 45; n++)
        for (const cap of ['V', '\ud835\udc00'])
          for (const t of [
            `${cap}${letter.repeat(n)} (TTXVN) - Chiều`,
            `${cap}${letter.repeat(n)}(QĐND) - Dọc`,
          ])
            for (const { pattern, test } of GATED_PATTERNS)
              expect(test(t), t).toBe(pattern.test(t));
  });
});
