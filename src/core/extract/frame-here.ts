// "Tuần Văn hóa … được tổ chức ở hai địa điểm là Phnom Penh và Siem Reap. Tại đây, đoàn Việt Nam
// đã …": "tại đây" points back to the places the sentence before held the event at; a national
// delegation or body the sentence names came to each of them.
import type { Gazetteer } from '../gazetteer.ts';
import { delegationCountry, nationalActorNear } from './actors.ts';
import type { Mention } from './find-places.ts';
import { phraseText, wordsAt, type SentenceView } from './sentence-view.ts';
import type { VisitContext, VisitFinding } from './visit-sides.ts';

/** The visits "Tại đây, ‹national party› …" tells, given the mentions of the sentence before. */
export function visitsHere(
  s: SentenceView,
  before: () => readonly Mention[],
  ctx: VisitContext,
  gaz: Gazetteer,
): VisitFinding[] {
  if (s.mentions.length > 0 || !wordsAt(s, s.t0, ['tại', 'đây'])) return [];
  const lower = phraseText(s.tt, s.t0 + 2, s.t1);
  const c = delegationCountry(lower) ?? nationalActorNear(lower);
  // (Not the province's delegation the article follows, called by its country: followedByCountry.)
  if (!c || (ctx.lastOrigin?.level === 'local' && ctx.lastOrigin.entry.country === c)) return [];
  const from = { entry: gaz.capital(c), level: 'national' as const };
  const out: VisitFinding[] = [];
  for (const m of before())
    if (m.entry.country !== c && !out.some((v) => v.to[0]!.entry === m.entry))
      out.push({ from, to: [{ entry: m.entry, level: 'local' }], sentence: s });
  return out;
}
