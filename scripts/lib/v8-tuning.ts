// V8 settings for the geocode step, made at run time (v8.setFlagsFromString) so that
// `npx friendship-atlas` and `npm run geocode` need no command-line flag. Each is read by V8
// when it is used (at a growth of the young generation, at each optimising compilation), and
// flags are global to the process: worker threads started afterwards follow them too. None
// changes what the code computes, only when and how much V8 compiles and collects.
import { setFlagsFromString } from 'node:v8';

const FLAGS = [
  // The young generation starts small and V8 doubles it only after enough bytes have survived
  // its collections; on this workload (hundreds of MB allocated per MB of text, little of it
  // kept) that took a long run. A short run then peaked ~17 MB below a long one (issue 9: peak
  // RSS with --ndjson grew with the corpus), and spent its first seconds collecting a young
  // generation a quarter of its final size. Growing it to V8's maximum (16 MB semi-spaces on
  // 64-bit) at its first growth makes the peak a constant of the process, not of the corpus.
  '--semi-space-growth-factor=16',
  // The optimising compiler ran on V8's helper threads for seconds per thread of a short run:
  // hundreds of rule functions, the big ones with everything they call inlined (geocodeArticle
  // took MBs of compiler memory), and compiled again after a deoptimisation anywhere inside.
  // With --jobs 1 that work took the second core; with --jobs 2 every thread's compilations
  // competed with the extraction itself (issue 9: --jobs 2 did 1.0–1.1× --jobs 1). Inlining
  // less, and optimising only functions that stay hot longer, cut the helper threads' CPU time
  // by about half with no loss on one core (measured on 2000 synthetic articles).
  '--max-inlined-bytecode-size-cumulative=150',
  '--interrupt-budget=400000',
  // Three functions of the extractor hold more than 8 KB of bytecode each (frameVisits,
  // resolveForward, readArticle). They grow hot only well into a long run, and optimising one
  // takes MBs of compiler memory that the allocator keeps: peak RSS with --ndjson rose by
  // 17–20 % from a 1× to a 16× corpus (issue 9). Left to the mid-tier compiler they cost no
  // measurable time (CPU time over 6,400 articles the same within noise) and the rise
  // falls to 5–8 %.
  '--max-optimized-bytecode-size=8000',
];

let done = false;

export function tuneV8(): void {
  if (done) return;
  done = true;
  for (const flag of FLAGS) {
    try {
      setFlagsFromString(flag);
    } catch {
      // Not fatal: only memory and speed depend on it.
    }
  }
}
