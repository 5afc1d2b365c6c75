import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/app/state/atlas-data.ts';
import { placeDetails } from '../../src/app/state/place-details.ts';
import { visibleItems } from '../../src/app/state/visible.ts';
import { statusCounts } from '../../src/app/state/status-counts.ts';
import { DEFAULT_VIEW_STATE } from '../../src/app/state/view-state.ts';
import { sampleDataset } from './app-sample.ts';

const data = indexDataset(sampleDataset());

describe('placeDetails', () => {
  it('splits a place’s links into partners, visits out and visits in', () => {
    const d = placeDetails(data, 'vn:kon-tum');
    expect(d.partners.map((r) => r.other)).toEqual(['la:sekong']);
    expect(d.visitsOut.map((r) => r.other)).toEqual([
      'la:attapeu',
      'la:xiangkhouang',
      'kh:ratanakiri',
    ]);
    expect(d.visitsIn.map((r) => [r.other, r.dates])).toEqual([['la:attapeu', ['2023-01-14']]]);
  });
  it('lists the articles that mention the place, in the place’s order', () => {
    expect(placeDetails(data, 'vn:kon-tum').articles.map((a) => a.id)).toEqual([
      'kt-2024',
      'ap-2023',
    ]);
  });
  it('gives empty lists for a place without links', () => {
    const d = placeDetails(data, 'la:pakse');
    expect([d.partners, d.visitsOut, d.visitsIn]).toEqual([[], [], []]);
    expect(d.articles.map((a) => a.id)).toEqual(['ap-2023']);
  });
  it('gives empty lists for an unknown id', () => {
    expect(placeDetails(data, 'vn:nowhere')).toEqual({
      partners: [],
      visitsOut: [],
      visitsIn: [],
      articles: [],
    });
  });
});

describe('visibleItems', () => {
  it('shows every link and every place, also unlinked ones, without a filter', () => {
    const v = visibleItems(data, DEFAULT_VIEW_STATE);
    expect(v.links).toHaveLength(5);
    expect(v.places).toContain('la:pakse');
    expect(v.places).toHaveLength(6);
  });
  it('shows only the ends of the kept links with a pair filter', () => {
    const v = visibleItems(data, { ...DEFAULT_VIEW_STATE, pair: 'KH-VN' });
    expect(v.links.map((l) => l.id)).toEqual(['visit:vn:kon-tum>kh:ratanakiri']);
    expect(v.places).toEqual(['vn:kon-tum', 'kh:ratanakiri']);
  });
  it('drops the undated link when only dated links are asked for', () => {
    const v = visibleItems(data, { ...DEFAULT_VIEW_STATE, onlyDated: true });
    expect(v.links.map((l) => l.id)).not.toContain('visit:vn:kon-tum>kh:ratanakiri');
    expect(v.links).toHaveLength(4);
  });
});

describe('statusCounts', () => {
  it('counts links by kind and places', () => {
    expect(statusCounts(visibleItems(data, DEFAULT_VIEW_STATE))).toEqual({
      links: 5,
      sister: 1,
      visit: 4,
      undated: 1,
      places: 6,
    });
  });
});

describe('statusCounts for one place', () => {
  it('statusCounts with a placeId counts only the shown links of that place (issue 10)', () => {
    const v = visibleItems(data, DEFAULT_VIEW_STATE);
    expect(statusCounts(v, 'la:attapeu')).toMatchObject({ links: 2, sister: 0, visit: 2 });
    expect(statusCounts(v, 'vn:kon-tum').links).toBe(5);
  });
});

describe('indexDataset', () => {
  it('collects every year a dated link spans', () => {
    expect(data.years).toEqual([2019, 2023, 2024]);
  });
  it('does not change the dataset it indexes', () => {
    const ds = sampleDataset();
    const before = JSON.stringify(ds);
    indexDataset(ds);
    expect(JSON.stringify(ds)).toBe(before);
  });
  it('gives map features numeric ids in dataset order and flat properties', () => {
    const f = data.mapLinks.features[2]!;
    expect(f.id).toBe(2);
    expect(f.properties).toEqual({
      id: 'visit:vn:kon-tum>kh:ratanakiri',
      kind: 'visit',
      pair: 'KH-VN',
      from: 'vn:kon-tum',
      to: 'kh:ratanakiri',
      y0: -1,
      y1: -1,
      m0: -1,
      m1: -1,
      n: 1,
    });
    expect(data.mapPlaces.features[0]!.properties).toMatchObject({
      id: 'vn:kon-tum',
      old: 1,
      weight: 5,
    });
  });
});
