// V8 starts the young generation small and doubles it only after enough bytes have survived its
// collections; on this workload (hundreds of MB allocated per MB of text, little of it kept) it
// took a long run to reach its full size. A short run then peaked ~17 MB below a long one
// (issue 9: peak RSS with --ndjson grew with the corpus), and every thread spent its first
// seconds collecting a young generation a quarter of its final size. Growing it to its maximum
// at the first growth makes the peak a constant of the process, not of the corpus length, and
// the collections fewer. The flag is read by V8 at each growth, so setting it at run time works
// (no command-line flag for `npx friendship-atlas` or `npm run geocode`), and it is global:
// worker threads started afterwards follow it too.
import { setFlagsFromString } from 'node:v8';

/** Large enough that the first growth reaches V8's maximum semi-space (16 MB on 64-bit). */
const GROWTH_FACTOR = 16;

let done = false;

export function growYoungGenerationAtOnce(): void {
  if (done) return;
  done = true;
  try {
    setFlagsFromString(`--semi-space-growth-factor=${GROWTH_FACTOR}`);
  } catch {
    // Not fatal: only memory and speed depend on it.
  }
}
