// "Tỉnh A và tỉnh B thăm chúc Tết tỉnh C và D": a headline that joins two delegations to two
// hosts says nothing of who went where, and reading it as every pair draws false arcs. When the
// body then follows one delegation on its own ("Đoàn tỉnh A đã đến thăm tỉnh C"), A went where
// its own sentences take it, not to the group's other hosts. And when every delegation but one
// is followed so, and one host is left over, the last delegation went there.

/** Visit pairs ("fromIso>toIso") told sentence by sentence, for the pass at the article's end. */
export class CrossPairs {
  private readonly groups: { origins: Set<string>; dests: Set<string> }[] = [];
  /** Where each traveller's own sentences (one traveller, no other) take it. */
  private readonly own = new Map<string, Set<string>>();

  /** The visit pairs one sentence told. */
  addSentence(pairs: readonly (readonly [string, string])[]): void {
    // Most sentences tell no visit.
    if (pairs.length === 0) return;
    const origins = new Set(pairs.map((p) => p[0]));
    const dests = new Set(pairs.map((p) => p[1]));
    if (origins.size === 1) {
      const [o] = origins;
      const set = this.own.get(o!) ?? new Set<string>();
      for (const d of dests) set.add(d);
      this.own.set(o!, set);
    }
    if (origins.size >= 2 && dests.size >= 2) this.groups.push({ origins, dests });
  }

  /** The pairs of joined groups that the travellers' own sentences contradict ("fromIso>toIso"). */
  contradicted(): Set<string> {
    const out = new Set<string>();
    for (const { origins, dests } of this.groups) {
      const followed = [...origins].filter((o) => [...dests].some((d) => this.own.get(o)?.has(d)));
      if (followed.length === 0) continue;
      for (const o of followed)
        for (const d of dests) if (!this.own.get(o)!.has(d)) out.add(key(o, d));
      // Two delegations to two hosts, one followed to one of them: the other went to the other.
      const rest = [...origins].filter((o) => !followed.includes(o));
      const claimed = new Set(followed.flatMap((o) => [...this.own.get(o)!]));
      const left = [...dests].filter((d) => !claimed.has(d));
      if (origins.size === dests.size && rest.length === 1 && left.length === 1)
        for (const d of dests) if (d !== left[0]) out.add(key(rest[0]!, d));
    }
    return out;
  }
}

const key = (from: string, to: string) => `${from}>${to}`;
