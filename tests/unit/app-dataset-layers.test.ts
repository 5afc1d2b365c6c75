// The layers over the loaded dataset: the local collection merged in, and the 2025 units view.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/app/state/atlas-data.ts';
import { mergeDatasets } from '../../src/app/state/merge-datasets.ts';
import { placeTimeline } from '../../src/app/state/place-timeline.ts';
import { unitsOf2025 } from '../../src/app/state/units-2025.ts';
import { localDataset } from '../../src/app/workbench/local-article.ts';
import { validateDataset } from '../../src/core/dataset/validate.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { draftOf, KON_TUM_TEXT, QUANG_NGAI_TEXT } from './support/workbench-articles.ts';

const gaz = builtinGazetteer();
const kontum = draftOf(KON_TUM_TEXT, 'kon-tum.txt');
const quangngai = draftOf(QUANG_NGAI_TEXT, 'quang-ngai.txt');
const asLocal = (d: typeof kontum, corrections = []) => ({ ...d, corrections });
const base = localDataset([asLocal(kontum)], gaz);
const local = localDataset([asLocal(quangngai)], gaz);
const linkIds = (d: typeof base) => d.links.features.map((f) => f.properties.id);

describe('mergeDatasets', () => {
  it('gives what the dataset builder gives for both articles at once', () => {
    expect(mergeDatasets(base, local)).toEqual(
      localDataset([asLocal(kontum), asLocal(quangngai)], gaz),
    );
  });

  it('takes an article in both from the local collection (the corrected reading)', () => {
    const corrected = localDataset(
      [{ ...kontum, corrections: [{ op: 'removePlace', place: 'vn:hue' }] }],
      gaz,
    );
    const merged = mergeDatasets(base, corrected);
    expect(linkIds(merged)).toEqual(linkIds(corrected));
    expect(merged.places.features.map((f) => f.properties.id)).not.toContain('vn:hue');
    expect(merged.articles.articles).toHaveLength(1);
  });

  it('validates as a dataset the explorer loads', () => {
    expect(validateDataset(mergeDatasets(base, local)).ok).toBe(true);
  });
});

describe('unitsOf2025', () => {
  const both = mergeDatasets(base, local);
  const view = unitsOf2025(both, gaz);

  it('moves Kon Tum’s and the former Quảng Ngãi’s links onto the new Quảng Ngãi', () => {
    expect(linkIds(view.dataset).sort()).toEqual([
      'sister:la:attapeu|vn:quang-ngai-2025',
      'visit:la:attapeu>vn:hue',
      'visit:la:sekong>vn:quang-ngai-2025',
      'visit:vn:quang-ngai-2025>la:attapeu',
    ]);
    const ids = view.dataset.places.features.map((f) => f.properties.id);
    expect(ids).toContain('vn:quang-ngai-2025');
    expect(ids).not.toContain('vn:kon-tum');
    expect(ids).not.toContain('vn:quang-ngai');
  });

  it('draws the successor at its own centre with its 2025 ISO code', () => {
    const qn = view.dataset.places.features.find((f) => f.properties.id === 'vn:quang-ngai-2025')!;
    const entry = gaz.get('vn:quang-ngai-2025')!;
    expect(qn.geometry.coordinates).toEqual(entry.coord);
    expect(qn.properties.articles).toEqual([kontum.original.id, quangngai.original.id].sort());
    expect(qn.properties.linkCount).toBe(3);
  });

  it('says which former units a successor and each of its links came from', () => {
    expect(
      view.former.of
        .get('vn:quang-ngai-2025')!
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Kon Tum', 'Quảng Ngãi']);
    expect(view.former.via.get('visit:la:sekong>vn:quang-ngai-2025')!.map((u) => u.id)).toEqual([
      'vn:quang-ngai',
    ]);
    expect(view.former.via.has('visit:la:attapeu>vn:hue')).toBe(false);
  });

  it('validates, and leaves its input as it was', () => {
    const before = structuredClone(both);
    const checked = validateDataset(unitsOf2025(both, gaz).dataset);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(both).toEqual(before);
  });
});

describe('placeTimeline', () => {
  it('lists Attapeu’s ties by year: visit in, agreement, visit out; undated ties last', () => {
    const years = placeTimeline(indexDataset(base), 'la:attapeu');
    expect(years.map((y) => y.year)).toEqual([2024, null]);
    expect(years[0]!.items.map((i) => [i.kind, i.other])).toEqual([['visitIn', 'vn:kon-tum']]);
    expect(years[1]!.items.map((i) => [i.kind, i.other]).sort()).toEqual([
      ['sister', 'vn:kon-tum'],
      ['visitOut', 'vn:hue'],
    ]);
    expect(years.flatMap((y) => y.items).every((i) => i.article === kontum.original.id)).toBe(true);
  });

  it('is empty for a place without ties', () => {
    expect(placeTimeline(indexDataset(base), 'vn:ha-noi')).toEqual([]);
  });
});
