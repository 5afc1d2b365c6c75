import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterMonths, monthOf, linkMatches, yearOf } from '../../src/app/state/link-filter.ts';
import { changedLevels, linkLevels } from '../../src/app/state/link-levels.ts';
import { KIND_FILTERS, PAIR_FILTERS, type LinkFilter } from '../../src/app/state/view-state.ts';
import type { MapLinks } from '../../src/app/state/map-data.ts';

const base: LinkFilter = { pair: 'all', kind: 'all', from: null, to: null, onlyDated: false };
const visit2024 = { kind: 'visit', pair: 'LA-VN', y0: 2024, y1: 2024 } as const;
const undatedKh = { kind: 'visit', pair: 'KH-VN', y0: -1, y1: -1 } as const;
const sister2019to2022 = { kind: 'sister', pair: 'LA-VN', y0: 2019, y1: 2022 } as const;

describe('yearOf', () => {
  it('reads the year of full, month and year dates', () => {
    expect(yearOf('2024-03-12')).toBe(2024);
    expect(yearOf('2024-03')).toBe(2024);
    expect(yearOf('2019')).toBe(2019);
  });
  it('returns null for a missing date', () => {
    expect(yearOf(null)).toBeNull();
  });
});

describe('linkMatches', () => {
  it('keeps every link with the default filter, undated ones too', () => {
    for (const l of [visit2024, undatedKh, sister2019to2022])
      expect(linkMatches(l, base)).toBe(true);
  });
  it('keeps only the chosen country pair', () => {
    const f = { ...base, pair: 'KH-VN' as const };
    expect(linkMatches(undatedKh, f)).toBe(true);
    expect(linkMatches(visit2024, f)).toBe(false);
  });
  it('keeps only the chosen kind', () => {
    expect(linkMatches(sister2019to2022, { ...base, kind: 'visit' })).toBe(false);
    expect(linkMatches(visit2024, { ...base, kind: 'visit' })).toBe(true);
  });
  it('keeps a dated link whose years overlap the range, bounds inclusive', () => {
    expect(linkMatches(sister2019to2022, { ...base, from: 2022, to: 2030 })).toBe(true);
    expect(linkMatches(sister2019to2022, { ...base, from: 2015, to: 2019 })).toBe(true);
    expect(linkMatches(sister2019to2022, { ...base, from: 2023 })).toBe(false);
    expect(linkMatches(visit2024, { ...base, to: 2023 })).toBe(false);
  });
  it('keeps an undated link whatever the year range, unless only dated links are asked for', () => {
    expect(linkMatches(undatedKh, { ...base, from: 2030, to: 2031 })).toBe(true);
    expect(linkMatches(undatedKh, { ...base, onlyDated: true })).toBe(false);
    expect(linkMatches(visit2024, { ...base, onlyDated: true })).toBe(true);
  });
});

// The map draws every arc at a level (hidden, dimmed, normal, emphasised) computed by
// linkLevels; hidden must be exactly what linkMatches drops, for any filter and any link.
describe('linkLevels', () => {
  const filterArb = fc.record({
    pair: fc.constantFrom(...PAIR_FILTERS),
    kind: fc.constantFrom(...KIND_FILTERS),
    from: fc.option(fc.integer({ min: 2010, max: 2026 }), { nil: null }),
    to: fc.option(fc.integer({ min: 2010, max: 2026 }), { nil: null }),
    onlyDated: fc.boolean(),
  });
  const linkArb = fc.record({
    kind: fc.constantFrom('visit' as const, 'sister' as const),
    pair: fc.constantFrom('LA-VN' as const, 'KH-VN' as const, 'KH-LA' as const),
    y0: fc.integer({ min: 2010, max: 2026 }),
    span: fc.integer({ min: 0, max: 5 }),
    dated: fc.boolean(),
    from: fc.constantFrom('vn:kon-tum', 'vn:ha-noi', 'la:attapeu'),
    to: fc.constantFrom('la:sekong', 'kh:ratanakiri'),
  });
  type GenLink = {
    kind: 'visit' | 'sister';
    pair: 'LA-VN' | 'KH-VN' | 'KH-LA';
    from: string;
    to: string;
    dated: boolean;
    y0: number;
    span: number;
  };
  const toLinks = (ls: GenLink[]): MapLinks => ({
    type: 'FeatureCollection',
    features: ls.map((l, i) => ({
      type: 'Feature',
      id: i,
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      properties: {
        id: `l${i}`,
        kind: l.kind,
        pair: l.pair,
        from: l.from,
        to: l.to,
        y0: l.dated ? l.y0 : -1,
        y1: l.dated ? l.y0 + l.span : -1,
        m0: l.dated ? l.y0 * 12 : -1,
        m1: l.dated ? (l.y0 + l.span) * 12 + 11 : -1,
        n: 1,
      },
    })),
  });

  it('hides exactly the links linkMatches drops, for random filters and links', () => {
    fc.assert(
      fc.property(
        filterArb,
        fc.array(linkArb, { maxLength: 20 }),
        fc.option(fc.constantFrom('vn:kon-tum', 'la:sekong'), { nil: null }),
        (f, ls, place) => {
          const links = toLinks(ls);
          const levels = linkLevels(links, f, place, null);
          links.features.forEach((l, i) => {
            expect(levels[i] === 0).toBe(!linkMatches(l.properties, f));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('emphasises the selected place’s links and dims the others', () => {
    const links = toLinks([
      {
        kind: 'visit',
        pair: 'LA-VN',
        from: 'vn:kon-tum',
        to: 'la:sekong',
        dated: false,
        y0: 0,
        span: 0,
      },
      {
        kind: 'visit',
        pair: 'KH-VN',
        from: 'vn:ha-noi',
        to: 'kh:ratanakiri',
        dated: false,
        y0: 0,
        span: 0,
      },
    ]);
    expect([...linkLevels(links, base, 'vn:kon-tum', null)]).toEqual([3, 1]);
    expect([...linkLevels(links, base, null, null)]).toEqual([2, 2]);
    expect([...linkLevels(links, base, null, 'l1')]).toEqual([2, 3]);
  });

  it('hides a filtered-out link even when it is selected', () => {
    const links = toLinks([
      {
        kind: 'sister',
        pair: 'LA-VN',
        from: 'vn:kon-tum',
        to: 'la:sekong',
        dated: false,
        y0: 0,
        span: 0,
      },
    ]);
    expect([...linkLevels(links, { ...base, kind: 'visit' }, 'vn:kon-tum', 'l0')]).toEqual([0]);
  });
});

describe('changedLevels', () => {
  it('lists every index without a previous run, then only the changed ones', () => {
    expect(changedLevels(null, Uint8Array.from([2, 2]))).toEqual([0, 1]);
    expect(changedLevels(Uint8Array.from([2, 0, 1]), Uint8Array.from([2, 2, 1]))).toEqual([1]);
  });
});

describe('month ranges', () => {
  it('monthOf of a bare year is its first month at the start of a span, its last at the end', () => {
    expect(monthOf('2022', 'start')).toBe(2022 * 12);
    expect(monthOf('2022', 'end')).toBe(2022 * 12 + 11);
    expect(monthOf('2022-04-30', 'end')).toBe(2022 * 12 + 3);
    expect(monthOf(null, 'start')).toBeNull();
  });
  it('filterMonths of open bounds is infinite, of a month bound that month', () => {
    expect(filterMonths(base)).toEqual([-Infinity, Infinity]);
    expect(filterMonths({ ...base, from: 2022, fromMonth: 4, to: 2022 })).toEqual([
      2022 * 12 + 3,
      2022 * 12 + 11,
    ]);
  });
  it('linkMatches with a month range keeps a link of that month and drops one of the month before', () => {
    const april = { ...visit2024, m0: 2024 * 12 + 3, m1: 2024 * 12 + 3 };
    const march = { ...visit2024, m0: 2024 * 12 + 2, m1: 2024 * 12 + 2 };
    const f = { ...base, from: 2024, fromMonth: 4, to: 2024, toMonth: 6 };
    expect(linkMatches(april, f)).toBe(true);
    expect(linkMatches(march, f)).toBe(false);
  });
  it('linkMatches keeps an undated link under any month range unless only dated links are asked for', () => {
    const f = { ...base, from: 2024, fromMonth: 4 };
    expect(linkMatches(undatedKh, f)).toBe(true);
    expect(linkMatches(undatedKh, { ...f, onlyDated: true })).toBe(false);
  });
});
