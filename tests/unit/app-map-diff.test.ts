import { describe, expect, it } from 'vitest';
import { changedKeys, sameValue, viewDiffers } from '../../src/app/state/map-diff.ts';
import { idFilterExpression } from '../../src/app/state/map-filter.ts';
import { midpoint } from '../../src/app/state/map-data.ts';
import { pageConfig } from '../../src/app/state/page-config.ts';

describe('sameValue', () => {
  it('is true for equal filter expressions built twice', () => {
    expect(
      sameValue(
        idFilterExpression(['vn:kon-tum', 'la:sekong']),
        idFilterExpression(['vn:kon-tum', 'la:sekong']),
      ),
    ).toBe(true);
  });
  it('is false when a nested value differs', () => {
    expect(sameValue(idFilterExpression(['a']), idFilterExpression(['a', 'b']))).toBe(false);
    expect(
      sameValue(
        ['case', ['==', ['get', 'id'], 'x'], 3, 1],
        ['case', ['==', ['get', 'id'], 'y'], 3, 1],
      ),
    ).toBe(false);
  });
  it('tells arrays, objects, null and primitives apart', () => {
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue(0.85, 0.85)).toBe(true);
  });
});

describe('viewDiffers', () => {
  const v = { center: [105.5, 16] as [number, number], zoom: 5 };
  it('ignores differences below URL precision', () => {
    expect(viewDiffers(v, { center: [105.50004, 15.99996], zoom: 5.004 })).toBe(false);
  });
  it('sees a pan or a zoom', () => {
    expect(viewDiffers(v, { center: [105.6, 16], zoom: 5 })).toBe(true);
    expect(viewDiffers(v, { center: [105.5, 16], zoom: 5.5 })).toBe(true);
  });
});

describe('changedKeys', () => {
  it('lists the keys whose values differ, all of them without a previous value', () => {
    expect(changedKeys({ a: 1, b: [1] }, { a: 1, b: [2] })).toEqual(['b']);
    expect(changedKeys(undefined, { a: 1 })).toEqual(['a']);
  });
});

describe('midpoint', () => {
  it('takes the middle vertex of a curved line', () => {
    expect(
      midpoint([
        [100, 10],
        [101, 11],
        [102, 12],
      ]),
    ).toEqual([101, 11]);
  });
  it('refuses an empty line', () => {
    expect(() => midpoint([])).toThrow(/empty/);
  });
});

describe('pageConfig', () => {
  const page = 'https://atlas.example/app/index.html';
  it('loads the built-in dataset and offline basemap by default', () => {
    expect(pageConfig('', page, undefined)).toEqual({
      dataBase: 'https://atlas.example/app/data/',
      basemapBase: 'https://atlas.example/app/basemap/',
      styleUrl: null,
    });
  });
  it('takes another dataset folder from ?data=, relative or absolute', () => {
    expect(pageConfig('?data=/fx/dataset', page, undefined).dataBase).toBe(
      'https://atlas.example/fx/dataset/',
    );
    expect(pageConfig('?data=https://other.example/d/', page, undefined).dataBase).toBe(
      'https://other.example/d/',
    );
  });
  it('ignores a non-http dataset URL', () => {
    expect(pageConfig('?data=javascript:alert(1)', page, undefined).dataBase).toBe(
      'https://atlas.example/app/data/',
    );
  });
  it('takes an online basemap from ?basemap= or the build setting, http(s) only', () => {
    expect(pageConfig('?basemap=https://tiles.example/style.json', page, undefined).styleUrl).toBe(
      'https://tiles.example/style.json',
    );
    expect(pageConfig('', page, 'https://tiles.example/s.json').styleUrl).toBe(
      'https://tiles.example/s.json',
    );
    expect(pageConfig('?basemap=javascript:x', page, undefined).styleUrl).toBeNull();
  });
});
