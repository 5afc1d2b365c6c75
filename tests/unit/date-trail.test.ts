import { describe, expect, it } from 'vitest';
import { DateTrail } from '../../src/core/extract/date-trail.ts';
import { firstEventDate, resolveDate, yearClues } from '../../src/core/extract/dates.ts';
import { splitSentences } from '../../src/core/extract/sentences.ts';
import { sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import type { Span } from '../../src/core/types.ts';

const TEXT = [
  'Đoàn tỉnh A thăm tỉnh B',
  '',
  'Ngày 20/1, đoàn đến tỉnh B. Đoàn làm việc với lãnh đạo tỉnh. Sáng 22/1/2024, đoàn về nước.',
  'Sau đó, đoàn thăm khu di tích. Trước đó, ngày 3/12/1978 là ngày lịch sử.',
  '',
  'Năm 2023, hai tỉnh ký kết. Hai bên trao đổi.',
].join('\n');

/** The dates as they were computed before issue 9: every sentence, in order. */
function eager(text: string, keep: Span[], date: string | null) {
  const clues = yearClues(keep.map(([a, b]) => text.slice(a, b)).join('\n'), date);
  let paragraphDate: string | null = null;
  let lastEnd = 0;
  return splitSentences(text, keep).map((span) => {
    if (text.slice(lastEnd, span[0]).includes('\n')) paragraphDate = null;
    lastEnd = span[1];
    const first = firstEventDate(text.slice(span[0], span[1]), clues);
    const own = first ? resolveDate(first, clues) : null;
    const inherited = paragraphDate;
    if (own) paragraphDate = own;
    return { own, inherited };
  });
}

function lazy(text: string, keep: Span[], date: string | null, order: 'own' | 'inherited') {
  const tt = tokenize(text);
  const views = sentenceViews(tt, splitSentences(text, keep), []);
  const trail = new DateTrail(text, keep, date);
  const dates = views.map((v, i) => trail.next(v, i));
  // Asked in any order, or not at all: the answers are the same.
  return dates.map((d) =>
    order === 'own'
      ? { own: d.own, inherited: d.inherited }
      : { inherited: d.inherited, own: d.own },
  );
}

describe('DateTrail (dates found only when asked for)', () => {
  const lines = TEXT.split('\n');
  const keep: Span[] = [];
  let at = 0;
  for (const l of lines) {
    if (l !== '') keep.push([at, at + l.length]);
    at += l.length + 1;
  }

  it('gives each sentence the own and inherited dates the eager pass gave', () => {
    for (const date of [null, '2024-01-25', '2019-06-01']) {
      const want = eager(TEXT, keep, date);
      if (date === '2024-01-25') expect(want.some((d) => d.inherited !== null)).toBe(true);
      expect(lazy(TEXT, keep, date, 'own')).toEqual(want);
      expect(lazy(TEXT, keep, date, 'inherited')).toEqual(want);
    }
  });

  it('computes the year clues once, from the kept text', () => {
    const trail = new DateTrail(TEXT, keep, null);
    expect(trail.clues).toBe(trail.clues);
    expect(trail.clues).toEqual(yearClues(keep.map(([a, b]) => TEXT.slice(a, b)).join('\n'), null));
  });
});
