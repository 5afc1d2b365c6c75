// Keeps a long run's memory flat. Every article leaves some of its working data in the old
// generation (what was alive when a young-generation collection ran), and V8 lets the old
// generation grow to several times its live size before collecting it: peak RSS grew with the
// corpus (issue 9: +40–50 % from a 1× to a 16× corpus) while the live heap stayed ~15 MB.
// A full collection whenever the old generation has grown by a budget since the last one keeps
// the peak where a short run has it; it costs a few ms per budget of garbage. The budget is at
// least a quarter of the live size, so that a heap that really grows (a dataset being built) is
// not collected over and over.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Growth of the old generation, in bytes, that a full collection is run for. */
export const OLD_SPACE_BUDGET = 4 * 1024 * 1024;
/** Input bytes between two looks at the heap (a look costs microseconds). */
export const CHECK_EVERY_BYTES = 128 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed at run time (no command-line flag needed), or null. */
function fullGc(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

function oldSpaceUsed(): number {
  for (const s of getHeapSpaceStatistics())
    if (s.space_name === 'old_space') return s.space_used_size;
  return 0;
}

export interface HeapTrimmer {
  /** Counts bytes of input done; collects when the old generation has outgrown its budget. */
  done(bytes: number): void;
}

export interface TrimmerOptions {
  budget?: number;
  /** For tests: the old generation's used bytes, and the collection. */
  oldSpace?: () => number;
  collect?: () => void;
}

export function createHeapTrimmer(opts: TrimmerOptions = {}): HeapTrimmer {
  const budget = opts.budget ?? OLD_SPACE_BUDGET;
  const used = opts.oldSpace ?? oldSpaceUsed;
  let sinceCheck = 0;
  let base = used();
  return {
    done(bytes) {
      sinceCheck += bytes;
      if (sinceCheck < CHECK_EVERY_BYTES) return;
      sinceCheck = 0;
      if (used() - base < Math.max(budget, base / 4)) return;
      const gc = opts.collect ?? fullGc();
      if (!gc) return;
      gc();
      base = used();
    },
  };
}
