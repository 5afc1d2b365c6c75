// Phrases indexed by their first two code units: a rule that looks for any of a hundred phrases
// reads the text once and tests only the phrases that can start where it stands, instead of
// searching the whole text once per phrase (issue 9).

export interface PhraseStarts {
  /** 1 for a code unit some phrase starts with. */
  readonly first: Uint8Array;
  readonly byStart: ReadonlyMap<number, readonly string[]>;
}

export function phraseStarts(phrases: Iterable<string>): PhraseStarts {
  const first = new Uint8Array(0x10000);
  const byStart = new Map<number, string[]>();
  for (const p of phrases) {
    if (p.length < 2) throw new Error(`phrase too short to index: ${p}`);
    const key = p.charCodeAt(0) * 0x10000 + p.charCodeAt(1);
    first[p.charCodeAt(0)] = 1;
    const list = byStart.get(key);
    if (list) list.push(p);
    else byStart.set(key, [p]);
  }
  return { first, byStart };
}

/** The phrases of `index` whose first two code units stand at i in `text` (to be confirmed). */
export function phrasesAt(
  index: PhraseStarts,
  text: string,
  i: number,
): readonly string[] | undefined {
  const c = text.charCodeAt(i);
  if (index.first[c] === 0) return undefined;
  return index.byStart.get(c * 0x10000 + text.charCodeAt(i + 1));
}
