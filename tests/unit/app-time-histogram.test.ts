import { describe, expect, it } from 'vitest';
import {
  boundsAt,
  monthDate,
  monthHistogram,
  rangePositions,
} from '../../src/app/state/time-histogram.ts';
import { DEFAULT_VIEW_STATE, type LinkFilter } from '../../src/app/state/view-state.ts';

const M = (y: number, m: number) => y * 12 + m - 1;
const link = (pair: 'LA-VN' | 'KH-VN', m0: number | null, m1 = m0) => ({
  kind: 'visit' as const,
  pair,
  y0: m0 === null ? -1 : Math.floor(m0 / 12),
  m0: m0 ?? -1,
  m1: m1 ?? -1,
});
const links = [
  link('LA-VN', M(2022, 4)),
  link('LA-VN', M(2022, 4)),
  link('KH-VN', M(2022, 6)),
  link('LA-VN', M(2023, 1), M(2023, 3)),
  link('LA-VN', null),
  link('KH-VN', null),
];
const f = (over: Partial<LinkFilter> = {}): LinkFilter => ({ ...DEFAULT_VIEW_STATE, ...over });

describe('monthHistogram', () => {
  it('monthHistogram counts dated links by first month and undated links apart', () => {
    const h = monthHistogram(links, f());
    expect(h.start).toBe(M(2022, 4));
    expect(h.counts.length).toBe(M(2023, 3) - M(2022, 4) + 1);
    expect(h.counts[0]).toBe(2);
    expect(h.counts[2]).toBe(1);
    expect(h.undated).toBe(2);
  });
  it('monthHistogram with a pair counts only that pair but keeps the whole span', () => {
    const h = monthHistogram(links, f({ pair: 'KH-VN' }));
    expect(h.counts.reduce((a, b) => a + b)).toBe(1);
    expect(h.undated).toBe(1);
    expect(h.start).toBe(M(2022, 4));
  });
  it('monthHistogram of undated links only has no bars', () => {
    expect(monthHistogram([link('LA-VN', null)], f())).toEqual({
      start: 0,
      counts: [],
      undated: 1,
    });
  });
});

describe('slider positions and bounds', () => {
  const h = monthHistogram(links, f());
  const last = h.counts.length - 1;
  it('rangePositions of no bounds spans every bar', () => {
    expect(rangePositions(h, f())).toEqual([0, last]);
  });
  it('boundsAt the ends of the span sets no bound', () => {
    expect(boundsAt(h, 0, last)).toEqual({ from: null, fromMonth: null, to: null, toMonth: null });
  });
  it('boundsAt inner positions gives year and month, and rangePositions reads them back', () => {
    const b = boundsAt(h, 2, 5);
    expect(b).toEqual({ from: 2022, fromMonth: 6, to: 2022, toMonth: 9 });
    expect(rangePositions(h, f(b))).toEqual([2, 5]);
  });
  it('boundsAt an inverted pair of positions never gives an inverted range', () => {
    const b = boundsAt(h, 6, 3);
    expect(b.from! * 12 + b.fromMonth!).toBeLessThanOrEqual(b.to! * 12 + b.toMonth!);
  });
  it('rangePositions of a year-only bound starts at January', () => {
    expect(rangePositions(h, f({ from: 2023 }))[0]).toBe(M(2023, 1) - h.start);
  });
  it('monthDate writes YYYY-MM', () => {
    expect(monthDate(M(2022, 4))).toBe('2022-04');
  });
});
