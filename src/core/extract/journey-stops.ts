// A journey's stops listed in one sentence: "chương trình … khép lại sau 1 tuần hành trình qua 3
// tỉnh A, B và C", "trong chuyến công tác tới hai tỉnh A và B". Where the article tells the
// traveller's trip to one of them, it went to each.
import type { FoundLink } from '../types.ts';
import type { Mention } from './find-places.ts';
import { foldedAt, wordAt, type SentenceView } from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import { withListed } from './visit-sides.ts';

/** "hành trình", "chuyến công tác", "chuyến thăm", "chuyến đi": a journey's noun at k. */
function journeyAt(s: SentenceView, k: number): boolean {
  // (The folded word first: most tokens are neither, and wordAt builds the lower-case word.)
  const f = foldedAt(s, k);
  if (f !== 'hanh' && f !== 'chuyen') return false;
  const w = wordAt(s, k);
  if (w === 'hành') return wordAt(s, k + 1) === 'trình';
  return w === 'chuyến' && JOURNEY_KINDS.has(wordAt(s, k + 1));
}
const JOURNEY_KINDS = new Set(['công', 'thăm', 'đi']);
const THROUGH = new Set(['qua', 'tới', 'đến', 'tại']);
// "các", "3", "ba": a count of the stops before "tỉnh".
const COUNTS = new Set(['các', 'hai', 'ba', 'bốn', 'năm', 'sáu']);
// From the journey's noun to its preposition ("hành trình trên đất bạn qua …", "chuyến công tác
// từ ngày 23 đến 26/3 tới …").
const THROUGH_REACH = 10;

/** The stops a journey of the sentence lists, when more than one; else []. */
export function journeyStops(s: SentenceView): Mention[] {
  // (A journey's stops are two places or more of the sentence.)
  if (s.mentions.length < 2) return [];
  for (let k = s.t0; k < s.t1; k++) {
    if (!journeyAt(s, k)) continue;
    for (let j = k + 2; j < Math.min(s.t1, k + THROUGH_REACH); j++) {
      if (!THROUGH.has(wordAt(s, j))) continue;
      const count = wordAt(s, j + 1);
      if ((!COUNTS.has(count) && !/^\d+$/u.test(count)) || wordAt(s, j + 2) !== 'tỉnh') continue;
      const first = s.mentions.find((m) => m.firstToken === j + 2 || m.firstToken === j + 3);
      if (!first || futureInClause(s, k)) return [];
      const stops = withListed(s, first);
      return stops.length > 1 ? stops : [];
    }
  }
  return [];
}

/**
 * The visits to the other stops of a journey, for each visit already found to one of them: from
 * the same traveller, dated by the month of the one found.
 */
export function otherStops(
  links: ReadonlyMap<string, FoundLink>,
  stops: readonly Mention[],
  evidence: string,
  span: [number, number],
): FoundLink[] {
  const out: FoundLink[] = [];
  for (const link of links.values()) {
    if (link.kind !== 'visit') continue;
    const at = stops.find((m) => m.entry.iso === link.to.iso);
    if (!at) continue;
    for (const m of stops) {
      if (m === at || m.entry.country !== at.entry.country) continue;
      if (out.some((l) => l.from.iso === link.from.iso && l.to.iso === m.entry.iso)) continue;
      out.push({
        kind: 'visit',
        from: link.from,
        to: { id: m.entry.id, iso: m.entry.iso, level: 'local' },
        date: link.date?.slice(0, 7) ?? null,
        evidence,
        evidenceSpan: span,
      });
    }
  }
  return out;
}
