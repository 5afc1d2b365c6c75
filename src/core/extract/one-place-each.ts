// Names an article ties to a place (a leader's name, a search team's number): a name tied to two
// places is ambiguous and dropped, not read by whichever came last.
import type { GazetteerEntry } from '../types.ts';

export class OnePlaceEach {
  private readonly seen = new Map<string, GazetteerEntry | null>();

  note(key: string, entry: GazetteerEntry): void {
    const had = this.seen.get(key);
    this.seen.set(key, had === undefined || had === entry ? entry : null);
  }

  /** Each name with the one place it was tied to. */
  agreed(): Map<string, GazetteerEntry> {
    const out = new Map<string, GazetteerEntry>();
    for (const [key, e] of this.seen) if (e) out.set(key, e);
    return out;
  }
}
