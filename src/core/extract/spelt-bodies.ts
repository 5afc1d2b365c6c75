// The people's councils and committees spelt out in full ("Ủy ban nhân dân tỉnh B", "Hội đồng nhân
// dân tỉnh B") where most pages write "UBND", "HĐND": rules that count words from a title or a verb
// to the place give the full name the three words it takes beyond the abbreviation's one.
import { wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

const SPELT_BODIES: readonly string[][] = [
  ['ủy', 'ban', 'nhân', 'dân'],
  ['hội', 'đồng', 'nhân', 'dân'],
];
/** The words beyond one a spelt-out body takes when it starts at token k ("Ủy ban nhân dân": 3). */
export function speltBodyExtra(s: SentenceView, k: number): number {
  // (Checked on the first word: most tokens are neither "ủy" nor "hội".)
  const w = wordAt(s, k);
  if (w !== 'ủy' && w !== 'hội') return 0;
  return SPELT_BODIES.some((ws) => wordsAt(s, k, ws)) ? 3 : 0;
}

/** The extra words of the spelt-out bodies that start in tokens [a, b). */
export function speltBodiesWithin(s: SentenceView, a: number, b: number): number {
  let extra = 0;
  for (let k = Math.max(a, s.t0); k < b; k++) extra += speltBodyExtra(s, k);
  return extra;
}
