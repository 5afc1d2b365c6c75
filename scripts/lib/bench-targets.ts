// The targets of issue 9 and the verdict on each figure the benchmark measured.

export interface BenchFigures {
  /** Whole step (clean + metadata + id + extract + dataset build), one core, MB/s. */
  stepMBps: number;
  /** The naive one-regex matcher over the same texts, MB/s. */
  naiveMBps: number;
  /** Throughput of --jobs 2 over --jobs 1, startup subtracted. */
  jobsRatio: number;
  /** The same ratio for two separate --jobs 1 processes on the corpus's halves: the baseline. */
  pairRatio: number;
  /** Peak RSS of the CLI with --ndjson on the 1× and the 16× corpus, bytes. */
  rss1: number;
  rss16: number;
}

export interface Verdict {
  what: string;
  value: string;
  target: string;
  pass: boolean;
}

export const TARGETS = {
  stepMBps: 20,
  overNaive: 2,
  jobsRatio: 1.7,
  rssGrowth: 0.1,
} as const;

export function verdicts(f: BenchFigures): Verdict[] {
  const overNaive = f.stepMBps / f.naiveMBps;
  const growth = f.rss16 / f.rss1 - 1;
  return [
    {
      what: 'whole step, one core',
      value: `${f.stepMBps.toFixed(2)} MB/s`,
      target: `≥ ${TARGETS.stepMBps} MB/s`,
      pass: f.stepMBps >= TARGETS.stepMBps,
    },
    {
      what: 'whole step / naive matcher',
      value: `${overNaive.toFixed(2)}× (naive ${f.naiveMBps.toFixed(2)} MB/s)`,
      target: `≥ ${TARGETS.overNaive}×`,
      pass: overNaive >= TARGETS.overNaive,
    },
    {
      what: '--jobs 2 / --jobs 1',
      value: `${f.jobsRatio.toFixed(2)}× (two processes ${f.pairRatio.toFixed(2)}×)`,
      target: `≥ ${TARGETS.jobsRatio}×`,
      pass: f.jobsRatio >= TARGETS.jobsRatio,
    },
    {
      what: 'peak RSS --ndjson, 16× vs 1×',
      value: `${(f.rss1 / 1e6).toFixed(0)} → ${(f.rss16 / 1e6).toFixed(0)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)`,
      target: `within ${TARGETS.rssGrowth * 100} %`,
      pass: Math.abs(growth) <= TARGETS.rssGrowth,
    },
  ];
}

export function verdictTable(vs: readonly Verdict[]): string {
  const rows = vs.map((v) => [v.pass ? 'PASS' : 'FAIL', v.what, v.value, v.target]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
