// Token windows measured in words, a place name counting as one word: a name is spelt in one to
// five syllables ("Bolikhamxay", "Bô-ly-khăm-xay", "Luông Phra Bang"), and a rule's reach must not
// depend on which spelling the paper chose.
import type { SentenceView } from './sentence-view.ts';

/** Words from token `from` up to token `to` (exclusive), each place name in between as one. */
export function wordsBetween(s: SentenceView, from: number, to: number): number {
  let n = to - from;
  // (A name cut by `to` counts as one word too: a window never ends inside a name's syllables.)
  for (const m of s.mentions)
    if (m.firstToken >= from && m.firstToken < to)
      n -= Math.min(m.lastToken, to - 1) - m.firstToken;
  return n;
}
