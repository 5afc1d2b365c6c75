// "Tỉnh A và tỉnh B thăm chúc Tết tỉnh C và D": a headline that joins two delegations to two
// hosts says nothing of who went where, and reading it as every pair draws two false arcs. When
// the body then sends one delegation to one host ("Đoàn tỉnh A đã đến thăm tỉnh C"), the other
// pairs of that group are the ones left over: A went only to C, and C received only A.

/** Visit pairs ("fromIso>toIso") told sentence by sentence, for the pass at the article's end. */
export class CrossPairs {
  private readonly groups: { origins: Set<string>; dests: Set<string> }[] = [];
  /** Pairs a sentence told alone: one traveller, one destination. */
  private readonly single = new Set<string>();

  /** The visit pairs one sentence told. */
  addSentence(pairs: readonly (readonly [string, string])[]): void {
    const origins = new Set(pairs.map((p) => p[0]));
    const dests = new Set(pairs.map((p) => p[1]));
    if (origins.size === 1 && dests.size === 1) this.single.add(key(pairs[0]![0], pairs[0]![1]));
    if (origins.size >= 2 && dests.size >= 2) this.groups.push({ origins, dests });
  }

  /**
   * The pairs of joined groups that sentences of their own contradict ("fromIso>toIso"). A pin
   * counts only as a matching (each traveller and each host pinned once): a delegation the body
   * follows to both hosts travelled jointly, and its group is left whole.
   */
  contradicted(): Set<string> {
    const out = new Set<string>();
    for (const { origins, dests } of this.groups) {
      const pins: [string, string][] = [];
      for (const o of origins)
        for (const d of dests) if (this.single.has(key(o, d))) pins.push([o, d]);
      if (pins.length === 0) continue;
      const pinnedFrom = new Set(pins.map((p) => p[0]));
      const pinnedTo = new Set(pins.map((p) => p[1]));
      if (pinnedFrom.size !== pins.length || pinnedTo.size !== pins.length) continue;
      for (const o of origins)
        for (const d of dests) {
          const k = key(o, d);
          if (this.single.has(k)) continue;
          if (pinnedFrom.has(o) || pinnedTo.has(d)) out.add(k);
        }
    }
    return out;
  }
}

const key = (from: string, to: string) => `${from}>${to}`;
