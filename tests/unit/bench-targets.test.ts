import { describe, expect, it } from 'vitest';
import { verdicts, verdictTable } from '../../scripts/lib/bench-targets.ts';

const base = {
  stepMBps: 25,
  naiveMBps: 10,
  jobsRatio: 1.8,
  pairRatio: 1.9,
  rss1: 100e6,
  rss16: 105e6,
};

describe('verdicts', () => {
  it('passes figures that meet every target of issue 9', () => {
    expect(verdicts(base).map((v) => v.pass)).toEqual([true, true, true, true]);
  });

  it('fails each figure below its target, independently', () => {
    const v = verdicts({ ...base, stepMBps: 2.3, naiveMBps: 9, jobsRatio: 1.5, rss16: 111e6 });
    expect(v.map((x) => x.pass)).toEqual([false, false, false, false]);
    expect(v[1]!.value).toMatch(/^0\.26× \(naive 9\.00 MB\/s\)$/);
    expect(v[3]!.value).toMatch(/\+11\.0 %/);
  });

  it('prints one PASS/FAIL line per figure', () => {
    const lines = verdictTable(verdicts({ ...base, jobsRatio: 1.2 })).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.slice(0, 4))).toEqual(['PASS', 'PASS', 'FAIL', 'PASS']);
  });
});
