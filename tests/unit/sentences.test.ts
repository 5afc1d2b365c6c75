import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABBREV,
  DATED_CLAUSE,
  END as SENTENCE_END,
  splitSentences,
} from '../../src/core/extract/sentences.ts';
import type { Span } from '../../src/core/types.ts';

// The splitter as it was before it skipped lines without a semicolon and stopped slicing for
// the next character: the reference the faster one must agree with.
// (Its patterns are the module's own: only the way they are applied differs.)
const END = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);

function reference(text: string, keep: Span[]): Span[] {
  const out: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  const clause = (start: number, end: number) => {
    const line = text.slice(start, end);
    let s = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const stop = m.index + m[0].length;
      const before = /([\p{L}]+)\.$/u.exec(line.slice(Math.max(0, m.index - 6), m.index + 1));
      if (m[0] === '.' && before && ABBREV.has(before[1]!.toLowerCase())) continue;
      const next = line.slice(stop).trimStart()[0];
      if (next !== undefined && next === next.toLowerCase() && !/[\d"“(]/.test(next)) continue;
      // A quote opening on a lower-case letter goes on the sentence ("… A2… “hành quân” sang …").
      if ((next === '“' || next === '"') && /^\s*["“]\p{Ll}/u.test(line.slice(stop))) continue;
      push(start + s, start + stop);
      s = stop;
    }
    push(start + s, end);
  };
  for (const [ks, ke] of [...keep].sort((a, b) => a[0] - b[0])) {
    let lineStart = ks;
    while (lineStart < ke) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > ke) lineEnd = ke;
      let from = lineStart;
      for (const m of text.slice(lineStart, lineEnd).matchAll(DATED_CLAUSE)) {
        clause(from, lineStart + m.index + 1);
        from = lineStart + m.index + 1;
      }
      clause(from, lineEnd);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

const whole = (text: string): Span[] => [[0, text.length]];
const said = (text: string) => splitSentences(text, whole(text)).map(([a, b]) => text.slice(a, b));

describe('splitSentences', () => {
  it('splits at sentence ends, not after an abbreviation or before a lower-case word', () => {
    expect(
      said('Đoàn đến TP. Hồ Chí Minh. Sáng 5/3, hai bên hội đàm! Ông nói: "tốt… và hay".'),
    ).toEqual([
      'Đoàn đến TP. Hồ Chí Minh.',
      'Sáng 5/3, hai bên hội đàm!',
      'Ông nói: "tốt… và hay".',
    ]);
  });

  it('does not split after a district or town cut short ("H. Lạ Màm", "TX. Hà Tiên")', () => {
    expect(said('Hội nghị giữa H. Lạ Màm và TX. Hà Tiên đã diễn ra. Hai bên ký kết.')).toEqual([
      'Hội nghị giữa H. Lạ Màm và TX. Hà Tiên đã diễn ra.',
      'Hai bên ký kết.',
    ]);
  });

  it('splits at a stop glued to the next sentence after a lower-case word, never inside TP.HCM', () => {
    expect(
      said('Tin từ RFA cho biết.Bản tin viết rằng, “Ông đến hôm nay.“Thông tấn xã loan tin.'),
    ).toEqual([
      'Tin từ RFA cho biết.',
      'Bản tin viết rằng, “Ông đến hôm nay.',
      '“Thông tấn xã loan tin.',
    ]);
    expect(said('Đoàn đến TP.HCM và Tp.Hà Tĩnh, theo baohatinh.vn.')).toEqual([
      'Đoàn đến TP.HCM và Tp.Hà Tĩnh, theo baohatinh.vn.',
    ]);
  });

  it('splits at a semicolon before a time, and at line breaks', () => {
    expect(said('Tỉnh A thăm tỉnh B; tháng 3, tỉnh B đáp lễ; cùng đi có C\nDòng hai.')).toEqual([
      'Tỉnh A thăm tỉnh B;',
      'tháng 3, tỉnh B đáp lễ; cùng đi có C',
      'Dòng hai.',
    ]);
  });

  it('property: gives what the reference splitter gives, for any text and kept ranges', () => {
    const piece = fc.constantFrom(
      'Đoàn',
      'tỉnh',
      'TP.',
      'Hà Nội',
      'ngày',
      'Tháng',
      'sau đó',
      'hồi',
      '2024',
      '5/3',
      '.',
      '. ',
      '; ',
      ';',
      '! ',
      '… ',
      '" ',
      '“',
      '(',
      ')',
      ', ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      'a',
      'B',
      // Abbreviations and the letters around their full stop (read in place, ASCII or not).
      'Tp.',
      'ths.',
      'Ths',
      'PGS.',
      'xtp.',
      'ÔTP.',
      'tpđ.',
      'K',
      '\u212a',
      'ĐT.',
      '7.',
      'İ',
      'ſ',
      '\ud835\udc00',
      '\u00a0tp.',
      '“ts.',
    );
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    const input = text.chain((t) =>
      fc
        .array(
          fc
            .tuple(fc.nat(t.length), fc.nat(t.length))
            .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as Span),
          { maxLength: 3 },
        )
        .map((keep) => ({ t, keep: keep.length > 0 ? keep : whole(t) })),
    );
    fc.assert(
      fc.property(input, ({ t, keep }) => {
        expect(splitSentences(t, keep)).toEqual(reference(t, keep));
      }),
      { numRuns: 3000 },
    );
  });
});
