// The dates the text has given so far, for sentences that give none. Finding a sentence's date
// runs several regexes over it; most sentences yield no link and never need one (issue 9), so a
// sentence's own date is found only when asked for, once, and its paragraph's only then too.
import { firstEventDate, leadDay, resolveDate, yearClues, type YearClues } from './dates.ts';
import { hasAsciiDigits } from '../normalize.ts';
import type { SentenceView } from './sentence-view.ts';
import type { Span } from '../types.ts';

const SAME_YEAR = /(?<!\p{L})(?:cùng năm|năm (?:đó|ấy))(?!\p{L})/iu;
const SAME_YEAR_REACH = 6;

export interface SentenceDates {
  /** The date the sentence gives. */
  readonly own: string | null;
  /** The latest date an earlier sentence of its paragraph gave. */
  readonly inherited: string | null;
}

export class DateTrail {
  /** own[i]: undefined until asked for. */
  private readonly own: (string | null | undefined)[] = [];
  /** Span and first sentence of the paragraph of each sentence seen. */
  private readonly spans: Span[] = [];
  private readonly paragraphStart: number[] = [];
  private lastEnd = 0;
  private cluesMemo: YearClues | null = null;
  private keptMemo: string | null = null;
  /** null is an answer too: undefined until asked. */
  private leadDayMemo: string | null | undefined;
  lastVisitDate: string | null = null;
  /** The last visit date that names its day: what "cùng ngày" refers to. */
  lastVisitDay: string | null = null;

  constructor(
    private readonly text: string,
    private readonly keep: readonly Span[],
    private readonly published: string | null,
  ) {}

  /** The article's kept text, joined on first use. */
  private get kept(): string {
    this.keptMemo ??= this.keep.map(([a, b]) => this.text.slice(a, b)).join('\n');
    return this.keptMemo;
  }

  /** The article's year clues (its kept text and publication date), computed on first use. */
  get clues(): YearClues {
    this.cluesMemo ??= yearClues(this.kept, this.published);
    return this.cluesMemo;
  }

  /** The day the lead gives (see leadDay), read once, when an undated trip asks for it. */
  get leadDay(): string | null {
    if (this.leadDayMemo === undefined) this.leadDayMemo = leadDay(this.kept, this.clues);
    return this.leadDayMemo;
  }

  /** Sentence i (the next one, in text order): its dates, found when first read. */
  next(view: SentenceView, i: number): SentenceDates {
    const newParagraph = i === 0 || hasNewline(this.text, this.lastEnd, view.span[0]);
    this.paragraphStart[i] = newParagraph ? i : this.paragraphStart[i - 1]!;
    this.lastEnd = view.span[1];
    this.spans[i] = view.span;
    return new LazyDates(this, i);
  }

  /** @internal */
  ownAt(i: number): string | null {
    let d = this.own[i];
    if (d === undefined) {
      const [a, b] = this.spans[i]!;
      const sentence = this.text.slice(a, b);
      // Every date is written with a digit: a sentence without one gives none, and the article's
      // year clues (a scan of its whole text) are not read for it.
      let first = hasAsciiDigits(this.text, 1, a, b)
        ? firstEventDate(sentence, this.clues)
        : undefined;
      // "Ngày 16/4/2013, … Ngày 18/8 cùng năm, …": the year of the last date given before.
      if (
        first &&
        first.year === null &&
        first.yearsBack === undefined &&
        SAME_YEAR.test(sentence)
      ) {
        const year = this.lastYearBefore(i);
        if (year !== null) first = { ...first, year };
      }
      d = this.own[i] = first ? resolveDate(first, this.clues) : null;
    }
    return d;
  }

  /** The year of the nearest earlier sentence's own date (a few sentences back at most). */
  private lastYearBefore(i: number): number | null {
    const d = this.latestOwnBefore(i, Math.max(0, i - SAME_YEAR_REACH));
    return d ? Number(d.slice(0, 4)) : null;
  }

  /** @internal */
  inheritedAt(i: number): string | null {
    return this.latestOwnBefore(i, this.paragraphStart[i]!);
  }

  /** The own date of the nearest sentence before i, back to sentence `first`, or null. */
  private latestOwnBefore(i: number, first: number): string | null {
    for (let k = i - 1; k >= first; k--) {
      const d = this.ownAt(k);
      if (d) return d;
    }
    return null;
  }
}

class LazyDates implements SentenceDates {
  constructor(
    private readonly trail: DateTrail,
    private readonly i: number,
  ) {}

  get own(): string | null {
    return this.trail.ownAt(this.i);
  }

  get inherited(): string | null {
    return this.trail.inheritedAt(this.i);
  }
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
