import { describe, expect, it } from 'vitest';
import { arcCoordinates } from '../../src/core/arc.ts';
import { MAP_ARC_POINTS, mapArc, midpoint, toMapLinks } from '../../src/app/state/map-data.ts';
import {
  changedPairs,
  pairArcs,
  pairLabels,
  pairLevels,
  soloLinks,
} from '../../src/app/state/pair-arcs.ts';
import { linkLevels } from '../../src/app/state/link-levels.ts';
import type { LinkFilter } from '../../src/app/state/view-state.ts';
import type { LonLat } from '../../src/core/types.ts';
import { alignedSample, sampleDataset } from './app-sample.ts';

const all: LinkFilter = { pair: 'all', kind: 'all', from: null, to: null, onlyDated: false };
/** The sample's links with lines that run from their `from` place to their `to` place. */
const mapLinks = () => {
  const ds = alignedSample();
  return toMapLinks(ds.links);
};
const ids = (links: ReturnType<typeof mapLinks>) => links.features.map((f) => f.properties.id);

describe('mapArc', () => {
  it('draws the curve between the first and last position with few points', () => {
    const dense = arcCoordinates([108, 14.35], [106.8, 14.8], 1);
    const arc = mapArc(dense, 1);
    expect(arc).toHaveLength(MAP_ARC_POINTS);
    expect(arc[0]).toEqual(dense[0]);
    expect(arc[arc.length - 1]).toEqual(dense[dense.length - 1]);
  });
  it('follows the dataset’s curve: its middle is on the dense arc, within 0.01°', () => {
    const dense = arcCoordinates([102.6, 17.97], [105.85, 21.03], -1);
    const arc = mapArc(dense, -1);
    const near = (p: LonLat) => Math.min(...dense.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
    for (const p of arc) expect(near(p)).toBeLessThan(0.1);
    expect(near(arc[Math.floor(arc.length / 2)]!)).toBeLessThan(0.1);
  });
  it('throws on an empty line', () => {
    expect(() => mapArc([], 0)).toThrow(/empty/);
  });
});

describe('toMapLinks', () => {
  it('gives every link a light arc with the ends of its dataset line', () => {
    const ds = sampleDataset();
    const links = toMapLinks(ds.links);
    links.features.forEach((f, i) => {
      const dense = ds.links.features[i]!.geometry.coordinates;
      expect(f.geometry.coordinates).toHaveLength(MAP_ARC_POINTS);
      expect(f.geometry.coordinates[0]).toEqual(dense[0]);
      expect(f.geometry.coordinates.at(-1)).toEqual(dense.at(-1));
    });
  });
});

describe('pairArcs', () => {
  it('draws the two visits between Kon Tum and Attapeu as one arc of two links', () => {
    const links = mapLinks();
    const { pairs, pairOf } = pairArcs(links);
    expect(pairs.features).toHaveLength(1);
    expect(pairs.features[0]!.properties).toEqual({
      a: 'la:attapeu',
      b: 'vn:kon-tum',
      pair: 'LA-VN',
      n: 2,
    });
    expect(pairs.features[0]!.id).toBe(0);
    const grouped = ids(links).filter((_, i) => pairOf[i] === 0);
    expect(grouped.sort()).toEqual(['visit:la:attapeu>vn:kon-tum', 'visit:vn:kon-tum>la:attapeu']);
    expect([...pairOf].filter((p) => p === -1)).toHaveLength(links.features.length - 2);
  });
  it('runs a pair arc from the smaller place id, whichever link comes first', () => {
    const links = mapLinks();
    const reversed = { ...links, features: [...links.features].reverse() };
    const a = pairArcs(links).pairs.features[0]!.geometry.coordinates;
    const b = pairArcs(reversed).pairs.features[0]!.geometry.coordinates;
    expect(b).toEqual(a);
    // Attapeu (la:…) sorts before Kon Tum (vn:…).
    expect(a[0]).toEqual([106.8, 14.8]);
  });
  it('leaves its input untouched', () => {
    const links = mapLinks();
    const before = JSON.stringify(links);
    pairArcs(links);
    expect(JSON.stringify(links)).toBe(before);
  });
  it('gives an empty collection when no two links share their places', () => {
    const links = mapLinks();
    const one = { ...links, features: links.features.slice(0, 1) };
    expect(pairArcs(one).pairs.features).toEqual([]);
    expect([...pairArcs(one).pairOf]).toEqual([-1]);
  });
});

describe('pairLevels', () => {
  const links = mapLinks();
  const { pairs, pairOf } = pairArcs(links);
  const count = pairs.features.length;
  it('counts both links of the pair shown without a filter, at the normal level', () => {
    const p = pairLevels(linkLevels(links, all, null, null), pairOf, count);
    expect([...p.shown]).toEqual([2]);
    expect([...p.level]).toEqual([2]);
  });
  it('shows no link of the pair (count 0, level 0) when the filter keeps only Cambodia', () => {
    const p = pairLevels(linkLevels(links, { ...all, pair: 'KH-VN' }, null, null), pairOf, count);
    expect([...p.shown]).toEqual([0]);
    expect([...p.level]).toEqual([0]);
  });
  it('emphasises the pair when one of its places is selected, dims it for another place', () => {
    const on = pairLevels(linkLevels(links, all, 'la:attapeu', null), pairOf, count);
    expect([...on.level]).toEqual([3]);
    const off = pairLevels(linkLevels(links, all, 'la:sekong', null), pairOf, count);
    expect([...off.level]).toEqual([1]);
    expect([...off.shown]).toEqual([2]);
  });
  it('counts only the links the time range keeps', () => {
    const p = pairLevels(
      linkLevels(links, { ...all, from: 2024, to: 2024, onlyDated: true }, null, null),
      pairOf,
      count,
    );
    const kept = links.features.filter(
      (f, i) => pairOf[i] === 0 && f.properties.y0 <= 2024 && f.properties.y1 >= 2024,
    ).length;
    expect([...p.shown]).toEqual([kept]);
  });
});

describe('changedPairs', () => {
  it('lists every pair without a previous run, then only those whose count or level moved', () => {
    const a = { shown: Uint32Array.of(2, 1, 0), level: Uint8Array.of(2, 2, 0) };
    const b = { shown: Uint32Array.of(1, 1, 0), level: Uint8Array.of(2, 3, 0) };
    expect(changedPairs(null, a)).toEqual([0, 1, 2]);
    expect(changedPairs(a, b)).toEqual([0, 1]);
    expect(changedPairs(b, b)).toEqual([]);
  });
});

describe('pairLabels', () => {
  const { pairs } = pairArcs(mapLinks());
  it('writes the shown count at the middle of the pair arc, with the arc’s id and ends', () => {
    const labels = pairLabels(pairs, Uint32Array.of(2));
    expect(labels.features).toEqual([
      {
        type: 'Feature',
        id: 0,
        geometry: { type: 'Point', coordinates: midpoint(pairs.features[0]!.geometry.coordinates) },
        properties: {
          n: 2,
          pair: 'LA-VN',
          a: 'la:attapeu',
          b: 'vn:kon-tum',
        },
      },
    ]);
  });
  it('writes nothing on an arc that shows fewer links than the minimum (one link says itself)', () => {
    expect(pairLabels(pairs, Uint32Array.of(1)).features).toEqual([]);
    expect(pairLabels(pairs, Uint32Array.of(0)).features).toEqual([]);
    expect(pairLabels(pairs, Uint32Array.of(2), 3).features).toEqual([]);
  });
});

describe('soloLinks', () => {
  it('keeps the links alone in their pair, with their ids, and leaves out the grouped ones', () => {
    const links = mapLinks();
    const { pairOf } = pairArcs(links);
    const solo = soloLinks(links, pairOf);
    expect(solo.features).toHaveLength(links.features.length - 2);
    expect(solo.features.map((f) => f.id)).toEqual(
      links.features.map((f) => f.id).filter((_, i) => pairOf[i] === -1),
    );
    expect(solo.features.map((f) => f.properties.id)).not.toContain('visit:la:attapeu>vn:kon-tum');
  });
});
