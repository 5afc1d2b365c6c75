import { describe, expect, it } from 'vitest';
import { boundsOf, filterKey, fitPadding, needsRefit } from '../../src/app/state/camera.ts';
import { overflowPan, popupAnchor } from '../../src/app/state/popup-place.ts';
import { DEFAULT_VIEW_STATE } from '../../src/app/state/view-state.ts';

describe('boundsOf', () => {
  it('boundsOf of points gives west-south and east-north corners', () => {
    expect(
      boundsOf([
        [107.9, 14.35],
        [106.8, 14.8],
        [105.8, 21.0],
      ]),
    ).toEqual([
      [105.8, 14.35],
      [107.9, 21.0],
    ]);
  });
  it('boundsOf of nothing is null', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('filterKey', () => {
  it('filterKey changes with the filter, not with place or camera', () => {
    const a = filterKey(DEFAULT_VIEW_STATE);
    expect(filterKey({ ...DEFAULT_VIEW_STATE, place: 'x', q: 'k' } as never)).toBe(a);
    expect(filterKey({ ...DEFAULT_VIEW_STATE, pair: 'KH-VN' })).not.toBe(a);
    expect(filterKey({ ...DEFAULT_VIEW_STATE, onlyDated: true })).not.toBe(a);
  });
});

describe('fitPadding', () => {
  it('fitPadding adds the side panel to the right padding', () => {
    expect(fitPadding({ width: 960, height: 760 }, { right: 350, bottom: 0 })).toEqual({
      top: 48,
      left: 48,
      right: 398,
      bottom: 48,
    });
  });
  it('fitPadding on a small map keeps room for the data', () => {
    const p = fitPadding({ width: 390, height: 300 }, { right: 0, bottom: 280 });
    expect(p.top + p.bottom).toBeLessThan(300);
  });
});

describe('popupAnchor', () => {
  it('popupAnchor on an arc bulging upwards puts the popup above (anchor bottom)', () => {
    expect(popupAnchor({ x: 100, y: 50 }, { x: 100, y: 120 }, false)).toBe('bottom');
  });
  it('popupAnchor on an arc bulging right puts the popup to its right (anchor left)', () => {
    expect(popupAnchor({ x: 200, y: 100 }, { x: 150, y: 110 }, false)).toBe('left');
  });
  it('popupAnchor on a narrow map never opens beside the arc', () => {
    expect(popupAnchor({ x: 200, y: 100 }, { x: 150, y: 110 }, true)).toBe('bottom');
  });
});

describe('overflowPan', () => {
  const map = { left: 0, top: 0, right: 390, bottom: 520 };
  it('overflowPan of a popup cut at the left pans the map so it starts at the margin', () => {
    expect(overflowPan({ left: -80, top: 100, right: 280, bottom: 300 }, map)).toEqual([-88, 0]);
  });
  it('overflowPan of a popup past the right edge pans right', () => {
    expect(overflowPan({ left: 100, top: 100, right: 420, bottom: 300 }, map)).toEqual([38, 0]);
  });
  it('overflowPan of a popup inside the map does nothing', () => {
    expect(overflowPan({ left: 10, top: 10, right: 380, bottom: 500 }, map)).toEqual([0, 0]);
  });
  it('overflowPan of a popup taller than the map keeps its top in view', () => {
    expect(overflowPan({ left: 10, top: 100, right: 300, bottom: 800 }, map)).toEqual([0, 92]);
  });
});

describe('needsRefit', () => {
  const size = { width: 1000, height: 800 };
  it('needsRefit is false for a target a few pixels and a fraction of a zoom away', () => {
    expect(needsRefit({ x: 500, y: 400, zoom: 5 }, { x: 520, y: 390, zoom: 5.2 }, size)).toBe(
      false,
    );
  });
  it('needsRefit is true for half a zoom level or more', () => {
    expect(needsRefit({ x: 500, y: 400, zoom: 5 }, { x: 500, y: 400, zoom: 5.6 }, size)).toBe(true);
  });
  it('needsRefit is true for a shift of more than a tenth of the view', () => {
    expect(needsRefit({ x: 500, y: 400, zoom: 5 }, { x: 650, y: 400, zoom: 5 }, size)).toBe(true);
  });
});
