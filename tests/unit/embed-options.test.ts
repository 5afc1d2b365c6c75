import { describe, expect, it } from 'vitest';
import { applyViewOptions } from '../../src/embed/options.ts';
import { DEFAULT_VIEW_STATE } from '../../src/app/state/view-state.ts';

describe('applyViewOptions', () => {
  it('applyViewOptions sets pair (either order), kind, place and language', () => {
    const s = applyViewOptions(DEFAULT_VIEW_STATE, {
      pair: 'VN-LA',
      kind: 'visit',
      place: 'vn:kon-tum',
      lang: 'en',
    });
    expect(s).toMatchObject({ pair: 'LA-VN', kind: 'visit', place: 'vn:kon-tum', lang: 'en' });
  });
  it('applyViewOptions keeps what the options do not mention', () => {
    const base = { ...DEFAULT_VIEW_STATE, kind: 'sister' as const, place: 'la:attapeu' };
    expect(applyViewOptions(base, { from: 2020 })).toMatchObject({
      kind: 'sister',
      place: 'la:attapeu',
      from: 2020,
    });
  });
  it('applyViewOptions clears a value given as null', () => {
    const base = { ...DEFAULT_VIEW_STATE, place: 'la:attapeu' };
    expect(applyViewOptions(base, { place: null }).place).toBeNull();
  });
  it('applyViewOptions falls back to defaults for unknown values', () => {
    expect(
      applyViewOptions(DEFAULT_VIEW_STATE, { kind: 'war', lang: 'fr', from: 'abc' }),
    ).toMatchObject({
      kind: 'all',
      lang: 'vi',
      from: null,
    });
  });
  it('applyViewOptions reads dated as boolean or attribute string', () => {
    expect(applyViewOptions(DEFAULT_VIEW_STATE, { dated: true }).onlyDated).toBe(true);
    expect(applyViewOptions(DEFAULT_VIEW_STATE, { dated: '' }).onlyDated).toBe(false);
    expect(applyViewOptions(DEFAULT_VIEW_STATE, { dated: '1' }).onlyDated).toBe(true);
  });
  it('applyViewOptions accepts a camera object', () => {
    expect(
      applyViewOptions(DEFAULT_VIEW_STATE, { map: { center: [106.5, 15.25], zoom: 6 } }).view,
    ).toEqual({
      center: [106.5, 15.25],
      zoom: 6,
    });
  });
});
