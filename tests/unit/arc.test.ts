import { describe, expect, it } from 'vitest';
import { arcCoordinates, arcOffsets, offsetAt } from '../../src/core/arc.ts';
import type { LonLat } from '../../src/core/types.ts';

const konTum: LonLat = [108.0, 14.35];
const attapeu: LonLat = [106.83, 14.8];

const key = (c: LonLat[]) => JSON.stringify(c);
const midpoint = (c: LonLat[]) => c[Math.floor(c.length / 2)]!;

describe('arcCoordinates', () => {
  it('returns 32 points whose ends are exactly the inputs', () => {
    const c = arcCoordinates(konTum, attapeu, 0);
    expect(c).toHaveLength(32);
    expect(c[0]).toEqual(konTum);
    expect(c[31]).toEqual(attapeu);
  });

  it('rounds every coordinate to 6 decimals, ends included', () => {
    const c = arcCoordinates([108.123456789, 14.1], [106.5, 14.987654321], 1);
    expect(c[0]).toEqual([108.123457, 14.1]);
    for (const [x, y] of c) {
      expect(Math.round(x * 1e6) / 1e6).toBe(x);
      expect(Math.round(y * 1e6) / 1e6).toBe(y);
    }
  });

  it('bulges off the straight line between the two places', () => {
    const [x, y] = midpoint(arcCoordinates(konTum, attapeu, 0));
    const onChord = [(konTum[0] + attapeu[0]) / 2, (konTum[1] + attapeu[1]) / 2];
    expect(Math.hypot(x - onChord[0]!, y - onChord[1]!)).toBeGreaterThan(0.05);
  });

  it('gives distinct curves for offsets 0, 1, -1, 2, -2 of the same pair', () => {
    const curves = [0, 1, -1, 2, -2].map((o) => key(arcCoordinates(konTum, attapeu, o)));
    expect(new Set(curves).size).toBe(5);
  });

  it('never draws A→B on top of B→A, whatever the two offsets', () => {
    for (let m = -4; m <= 4; m++) {
      for (let n = -4; n <= 4; n++) {
        const ab = arcCoordinates(konTum, attapeu, m);
        const ba = arcCoordinates(attapeu, konTum, n).reverse();
        expect(key(ab)).not.toBe(key(ba));
      }
    }
  });

  it('is deterministic and leaves its inputs untouched', () => {
    const from: LonLat = [108.0, 14.35];
    const to: LonLat = [106.83, 14.8];
    const a = arcCoordinates(from, to, 2);
    expect(arcCoordinates(from, to, 2)).toEqual(a);
    expect(from).toEqual([108.0, 14.35]);
    expect(to).toEqual([106.83, 14.8]);
    a[0]![0] = 0;
    expect(from[0]).toBe(108.0);
  });

  it('returns repeated points for a link whose two ends share a coordinate', () => {
    const c = arcCoordinates(konTum, konTum, 0, { points: 4 });
    expect(c).toEqual([konTum, konTum, konTum, konTum]);
  });
});

describe('arcOffsets', () => {
  const links = [
    {
      id: 'visit:vn:kon-tum>la:attapeu',
      kind: 'visit' as const,
      from: { id: 'vn:kon-tum' },
      to: { id: 'la:attapeu' },
    },
    {
      id: 'visit:la:attapeu>vn:kon-tum',
      kind: 'visit' as const,
      from: { id: 'la:attapeu' },
      to: { id: 'vn:kon-tum' },
    },
    {
      id: 'sister:la:attapeu|vn:kon-tum',
      kind: 'sister' as const,
      from: { id: 'la:attapeu' },
      to: { id: 'vn:kon-tum' },
    },
    {
      id: 'visit:vn:kon-tum>la:sekong',
      kind: 'visit' as const,
      from: { id: 'vn:kon-tum' },
      to: { id: 'la:sekong' },
    },
  ];

  it('orders each place pair by kind, then direction, then id', () => {
    const o = arcOffsets(links);
    expect(o.get('sister:la:attapeu|vn:kon-tum')).toBe(0);
    expect(o.get('visit:la:attapeu>vn:kon-tum')).toBe(1);
    expect(o.get('visit:vn:kon-tum>la:attapeu')).toBe(-1);
    expect(o.get('visit:vn:kon-tum>la:sekong')).toBe(0);
  });

  it('gives the same offsets whatever the input order, without reordering the input', () => {
    const copy = JSON.stringify(links);
    expect([...arcOffsets([...links].reverse())].sort()).toEqual([...arcOffsets(links)].sort());
    expect(JSON.stringify(links)).toBe(copy);
  });

  it('counts offsets 0, 1, -1, 2, -2', () => {
    expect([0, 1, 2, 3, 4].map(offsetAt)).toEqual([0, 1, -1, 2, -2]);
  });
});
