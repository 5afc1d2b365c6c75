// The national actor the last sentences named (ctx.lastActor), found only when a rule asks for
// it. The sentence loop used to read every sentence naming Laos or Cambodia for its actor; one
// late fallback reads the answer, for few sentences (issue 9).
import type { Side } from './visit-sides.ts';

export class LastActor {
  /** Each candidate sentence's reading, in text order, with its answer once asked. */
  private readonly seen: { read: () => Side | null; actor?: Side | null }[] = [];
  /** How many candidates `known` covers: the answer over seen[0 … covered). */
  private covered = 0;
  private known: Side | undefined;

  /** A sentence that may name an actor: `read` finds it (the same answer whenever called). */
  add(read: () => Side | null): void {
    this.seen.push({ read });
  }

  /** The actor of the latest candidate that names one, as each sentence overriding the last did. */
  get(): Side | undefined {
    for (let j = this.seen.length - 1; j >= this.covered; j--) {
      const c = this.seen[j]!;
      if (c.actor === undefined) c.actor = c.read();
      if (c.actor) {
        this.known = c.actor;
        break;
      }
    }
    this.covered = this.seen.length;
    return this.known;
  }
}
