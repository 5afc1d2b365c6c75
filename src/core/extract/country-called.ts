// "Trong chuyến thăm, ngày 6/4, đoàn Việt Nam đã đặt hoa tại … ở thành phố B" after the trip of a
// province's delegation to B: the same delegation, called by its country, not a state's.
import { phraseText, type SentenceView } from './sentence-view.ts';
import { DELEGATION_COUNT } from './visit-cues.ts';
import type { Side, VisitFinding } from './visit-sides.ts';

// "đoàn (công tác / đại biểu) (của) Việt Nam", the one told (not "tiếp một đoàn đại biểu
// Campuchia"), and not one whose leader or members are named next ("đoàn Việt Nam do Phó Thủ
// tướng … dẫn đầu", "đoàn Việt Nam gồm …").
const COUNTRY_DELEGATION = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:${[...DELEGATION_COUNT, 'những'].join('|')}) )đoàn (?:công tác |đại biểu )?(?:của )?(?:việt nam|lào|campuchia)(?![\p{L}])(?!\s*(?:do|gồm|có)(?![\p{L}]))`,
  'u',
);

/**
 * The visits of `out` with a state's delegation read back as the province's `prior` trip, where
 * the sentence calls it "đoàn <country>" and it goes where that trip went (`priorTo`).
 */
export function countryCalledBack(
  s: SentenceView,
  out: VisitFinding[],
  prior: Side | null,
  priorTo: readonly Side[] | undefined,
): VisitFinding[] {
  if (!prior || prior.level !== 'local' || !priorTo?.length) return out;
  const same = (v: VisitFinding) =>
    v.from.level === 'national' &&
    v.from.entry.country === prior.entry.country &&
    v.to.some((t) => priorTo.some((p) => p.entry.iso === t.entry.iso));
  if (!out.some(same)) return out;
  if (!COUNTRY_DELEGATION.test(phraseText(s.tt, s.t0, s.t1).toLowerCase())) return out;
  return out.map((v) => (same(v) ? { ...v, from: prior } : v));
}
