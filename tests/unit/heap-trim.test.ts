import { describe, expect, it } from 'vitest';
import { CHECK_EVERY_BYTES, createHeapTrimmer } from '../../scripts/lib/heap-trim.ts';

describe('createHeapTrimmer', () => {
  it('collects once the old generation has grown by the budget, then from the new base', () => {
    let old = 10e6;
    let collections = 0;
    const trim = createHeapTrimmer({
      budget: 4e6,
      oldSpace: () => old,
      collect: () => {
        collections++;
        old = 11e6;
      },
    });
    old = 13e6;
    trim.done(CHECK_EVERY_BYTES);
    expect(collections).toBe(0);
    old = 14.5e6;
    // Not looked at before enough input has gone by.
    trim.done(CHECK_EVERY_BYTES - 1);
    expect(collections).toBe(0);
    trim.done(1);
    expect(collections).toBe(1);
    old = 14e6;
    trim.done(CHECK_EVERY_BYTES);
    expect(collections).toBe(1);
    old = 15.1e6;
    trim.done(CHECK_EVERY_BYTES);
    expect(collections).toBe(2);
  });

  it('lets a large live heap grow by a quarter of itself between collections', () => {
    let old = 400e6;
    let collections = 0;
    const trim = createHeapTrimmer({
      budget: 4e6,
      oldSpace: () => old,
      collect: () => collections++,
    });
    old = 490e6;
    trim.done(CHECK_EVERY_BYTES);
    expect(collections).toBe(0);
    old = 501e6;
    trim.done(CHECK_EVERY_BYTES);
    expect(collections).toBe(1);
  });

  it('runs with the real heap and collector', () => {
    const trim = createHeapTrimmer({ budget: 1 });
    let junk: number[][] | null = Array.from({ length: 2e4 }, (_, i) => [i, i + 1]);
    expect(junk.length).toBe(2e4);
    junk = null;
    expect(() => trim.done(CHECK_EVERY_BYTES)).not.toThrow();
  });
});
