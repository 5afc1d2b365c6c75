import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalViewState,
  decodeViewState,
  encodeViewState,
  isDiscreteChange,
} from '../../src/app/state/url-state.ts';
import {
  DEFAULT_VIEW_STATE,
  KIND_FILTERS,
  LANGS,
  UNITS_VIEWS,
  PAIR_FILTERS,
  type ViewState,
} from '../../src/app/state/view-state.ts';

const viewArb = fc.option(
  fc.record({
    center: fc
      .tuple(
        fc.integer({ min: -1_800_000, max: 1_800_000 }),
        fc.integer({ min: -850_000, max: 850_000 }),
      )
      .map(([lon, lat]) => [lon / 1e4, lat / 1e4] as [number, number]),
    zoom: fc.integer({ min: 0, max: 2400 }).map((z) => z / 100),
  }),
  { nil: null },
);

const boundArb = fc.option(
  fc.tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  ),
  { nil: null },
);
/** Time ranges the UI can produce: never inverted. */
const rangeArb = fc.tuple(boundArb, boundArb).map(([a, b]) => {
  const lo = (x: [number, number | null]) => x[0] * 12 + (x[1] ?? 1);
  const hi = (x: [number, number | null]) => x[0] * 12 + (x[1] ?? 12);
  const [from, to] = a && b && lo(a) > hi(b) ? [b, a] : [a, b];
  return {
    from: from ? from[0] : null,
    fromMonth: from ? from[1] : null,
    to: to ? to[0] : null,
    toMonth: to ? to[1] : null,
  };
});

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    pair: fc.constantFrom(...PAIR_FILTERS),
    kind: fc.constantFrom(...KIND_FILTERS),
    range: rangeArb,
    onlyDated: fc.boolean(),
    place: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    link: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    q: fc.string(),
    lang: fc.constantFrom(...LANGS),
    units: fc.constantFrom(...UNITS_VIEWS),
    view: viewArb,
  })
  .map(({ range, ...rest }) => ({ ...rest, ...range }));

describe('year-month bounds in the URL', () => {
  it('decodeViewState reads from=YYYY-MM and to=YYYY as month bounds', () => {
    expect(decodeViewState('from=2022-04&to=2024')).toMatchObject({
      from: 2022,
      fromMonth: 4,
      to: 2024,
      toMonth: null,
    });
  });
  it('decodeViewState swaps an inverted range (issue 10: it was accepted silently)', () => {
    expect(decodeViewState('from=2024-05&to=2022-02')).toMatchObject({
      from: 2022,
      fromMonth: 2,
      to: 2024,
      toMonth: 5,
    });
  });
  it('decodeViewState drops a month outside 1–12', () => {
    expect(decodeViewState('from=2022-13').from).toBeNull();
  });
  it('encodeViewState writes a month bound as YYYY-MM', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, from: 2022, fromMonth: 4 })).toBe(
      'from=2022-04',
    );
  });
  it('isDiscreteChange sees a change of month alone', () => {
    expect(
      isDiscreteChange(
        { ...DEFAULT_VIEW_STATE, from: 2022, fromMonth: 4 },
        { ...DEFAULT_VIEW_STATE, from: 2022, fromMonth: 5 },
      ),
    ).toBe(true);
  });
});

describe('encodeViewState / decodeViewState', () => {
  it('round-trips any state whose camera is at URL precision', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(decodeViewState(encodeViewState(s))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any camera to its rounded value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (lon, lat, zoom) => {
          const s: ViewState = { ...DEFAULT_VIEW_STATE, view: { center: [lon, lat], zoom } };
          expect(decodeViewState(encodeViewState(s))).toEqual(canonicalViewState(s));
        },
      ),
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('keeps parameters that are not view state, and replaces old state parameters', () => {
    const qs = encodeViewState(
      { ...DEFAULT_VIEW_STATE, pair: 'KH-VN' },
      '?data=%2Ffx%2F&pair=LA-VN&place=vn%3Aha-noi',
    );
    const p = new URLSearchParams(qs);
    expect(p.get('data')).toBe('/fx/');
    expect(p.get('pair')).toBe('KH-VN');
    expect(p.has('place')).toBe(false);
  });

  it('writes Vietnamese search text and place ids readably', () => {
    const qs = encodeViewState({ ...DEFAULT_VIEW_STATE, place: 'vn:kon-tum', q: 'Xiêng Khoảng' });
    expect(decodeViewState(qs)).toMatchObject({ place: 'vn:kon-tum', q: 'Xiêng Khoảng' });
  });

  it('falls back to defaults for malformed values', () => {
    const s = decodeViewState(
      'pair=VN-TH&kind=war&from=20x4&to=&dated=yes&lang=fr&units=1975&map=1,2&place=',
    );
    expect(s).toEqual(DEFAULT_VIEW_STATE);
  });

  it('rejects a camera outside the world', () => {
    expect(decodeViewState('map=200,10,5').view).toBeNull();
    expect(decodeViewState('map=105,10,40').view).toBeNull();
  });
});

describe('isDiscreteChange', () => {
  it('is true for a filter, selection or language change', () => {
    expect(isDiscreteChange(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, pair: 'LA-VN' })).toBe(
      true,
    );
    expect(
      isDiscreteChange(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, place: 'vn:kon-tum' }),
    ).toBe(true);
    expect(isDiscreteChange(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, lang: 'en' })).toBe(true);
    expect(isDiscreteChange(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, units: '2025' })).toBe(
      true,
    );
  });
  it('is false for a map move only', () => {
    expect(
      isDiscreteChange(DEFAULT_VIEW_STATE, {
        ...DEFAULT_VIEW_STATE,
        view: { center: [105, 16], zoom: 5 },
      }),
    ).toBe(false);
  });
});
