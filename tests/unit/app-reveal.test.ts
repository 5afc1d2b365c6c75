import { describe, expect, it } from 'vitest';
import { coverOf, revealOffset } from '../../src/app/state/reveal.ts';

const map = { left: 320, top: 60, right: 1280, bottom: 800 };

describe('coverOf', () => {
  it('reads a narrow panel on the right as a side panel', () => {
    expect(coverOf(map, { left: 934, top: 70, right: 1270, bottom: 790 })).toEqual({
      right: 346,
      bottom: 0,
    });
  });
  it('reads a full-width panel as a bottom sheet, counting only what overlaps the map', () => {
    const phoneMap = { left: 0, top: 0, right: 390, bottom: 520 };
    expect(coverOf(phoneMap, { left: 0, top: 380, right: 390, bottom: 844 })).toEqual({
      right: 0,
      bottom: 140,
    });
  });
  it('covers nothing without a panel', () => {
    expect(coverOf(map, null)).toEqual({ right: 0, bottom: 0 });
  });
});

describe('revealOffset', () => {
  const size = { width: 960, height: 740 };
  it('does not pan when the place is in the uncovered part', () => {
    expect(revealOffset({ x: 300, y: 300 }, size, { right: 346, bottom: 0 })).toBeNull();
  });
  it('pans a place under the side panel to the middle of the rest', () => {
    expect(revealOffset({ x: 800, y: 370 }, size, { right: 346, bottom: 0 })).toEqual([
      800 - 307,
      0,
    ]);
  });
  it('pans a place under the bottom sheet up', () => {
    expect(
      revealOffset({ x: 195, y: 500 }, { width: 390, height: 520 }, { right: 0, bottom: 140 }),
    ).toEqual([0, 500 - 190]);
  });
  it('gives up when the panel covers everything', () => {
    expect(revealOffset({ x: 10, y: 10 }, size, { right: 960, bottom: 0 })).toBeNull();
  });
});
