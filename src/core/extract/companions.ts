// Those who travelled with a delegation, named apart from it: in a sentence of their own ("Cùng đi
// có …", "Đi cùng đoàn có …") or in a closing clause of company ("…, cùng với đoàn lãnh đạo tỉnh
// C"). The companions named before the verb, "A cùng với đoàn C đã sang B", are the traveller's
// list (visit-travellers.ts).
import type { Mention } from './find-places.ts';
import { isCapitalised } from './tokens.ts';
import type { Cue } from './visit-cues.ts';
import {
  commaBefore,
  commaIn,
  hasWords,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { local, withListed, type VisitContext, type VisitFinding } from './visit-sides.ts';

const OPENINGS = new Set(['cùng đi', 'tháp tùng', 'đi cùng']);

/**
 * "Cùng đi có lãnh đạo các bộ, ngành và Chủ tịch UBND tỉnh A; phía B có …": the places of the
 * traveller's country named with the delegation went where it went (the host's side stays home).
 */
export function companions(s: SentenceView, ctx: VisitContext): VisitFinding[] {
  if (!OPENINGS.has(`${wordAt(s, s.t0)} ${wordAt(s, s.t0 + 1)}`)) return [];
  // ("Đi cùng đoàn có lãnh đạo … hai tỉnh B1 và B2" where no trip was told yet: those who came
  // with the delegation to the lead's venue, from its other country.)
  const o = ctx.lastOrigin;
  const venue = ctx.leadVenue;
  const to = ctx.lastTo?.length
    ? ctx.lastTo
    : venue
      ? [{ entry: venue, level: 'local' as const }]
      : [];
  if (to.length === 0) return [];
  const skip = (c: string) => (o ? c !== o.entry.country : c === to[0]!.entry.country);
  const out: VisitFinding[] = [];
  for (const m of s.mentions) {
    if (wordAt(s, m.headToken - 1) === 'có' && wordAt(s, m.headToken - 2) === 'phía') break;
    if (commaBefore(s, m.headToken) && wordAt(s, m.headToken) === 'phía') break;
    // "Trường Đại học Quy Nhơn" names a school; "UBND tỉnh A" a province's leaders, and the
    // places listed with it theirs ("… của hai tỉnh B1 và B2", "hai tỉnh giáp biên B1 và B2").
    if (m.prefix === null && !unitWordBefore(s, m)) continue;
    if (deputiesOf(s, m)) continue;
    for (const x of withListed(s, m)) {
      if (skip(x.entry.country) || x.entry.iso === o?.entry.iso) continue;
      if (out.some((v) => v.from.entry.iso === x.entry.iso)) continue;
      out.push({ from: local(x), to, sentence: s });
    }
  }
  return out;
}

/**
 * "… các đại biểu Quốc hội …, trong đó có đại biểu của các tỉnh B1, B2": members of a national
 * assembly named by the provinces that elected them, within their state's delegation (not "Trưởng
 * Đoàn đại biểu Quốc hội Thành phố A", that city's leader).
 */
function deputiesOf(s: SentenceView, m: Mention): boolean {
  if (!hasWords(s, 'quốc', 'hội')) return false;
  for (let b = m.headToken - 1; b >= Math.max(s.t0 + 1, m.headToken - DEPUTY_REACH); b--)
    if (wordsAt(s, b - 1, ['đại', 'biểu'])) return wordAt(s, b - 2) !== 'đoàn';
  return false;
}
// From "đại biểu" to the province ("đại biểu của các tỉnh B").
const DEPUTY_REACH = 4;

/** "tỉnh" a few words before a bare name ("hai tỉnh giáp biên B"), none capitalised between. */
function unitWordBefore(s: SentenceView, m: Mention): boolean {
  for (let b = m.firstToken - 1; b >= Math.max(s.t0, m.firstToken - UNIT_REACH); b--) {
    if (wordAt(s, b) === 'tỉnh') return true;
    if (isCapitalised(s.tt.text, s.tt.tokens[b]!)) return false;
  }
  return false;
}
const UNIT_REACH = 3;

/** ", cùng (với) (các) đoàn …" opening at token k: the token of "đoàn", or -1. */
export function companyAt(s: SentenceView, k: number): number {
  if (wordAt(s, k) !== 'cùng' || !commaBefore(s, k)) return -1;
  let g = wordAt(s, k + 1) === 'với' ? k + 2 : k + 1;
  if (wordAt(s, g) === 'các') g++;
  return wordAt(s, g) === 'đoàn' ? g : -1;
}

// From "đoàn" to the place that names its home ("đoàn lãnh đạo tỉnh C", "đoàn công tác của tỉnh C").
const HOME_REACH = 6;

/**
 * "Đoàn đại biểu tỉnh A đã sang tỉnh B dự lễ, cùng với đoàn lãnh đạo tỉnh C": the delegations a
 * closing "…, cùng (với) đoàn … C" adds to the trip `found` told by `fwd`.
 */
export function trailingCompanions(
  s: SentenceView,
  fwd: Cue,
  found: readonly VisitFinding[],
): VisitFinding[] {
  const first = found[0];
  if (!first || first.to.length === 0) return [];
  const ends = new Set([first.from.entry.id, ...first.to.map((t) => t.entry.id)]);
  for (let k = fwd.end + 1; k < s.t1; k++) {
    const g = companyAt(s, k);
    if (g < 0) continue;
    const home = s.mentions.find(
      (m) => m.firstToken > g && m.firstToken <= g + HOME_REACH && !commaIn(s, g, m.firstToken),
    );
    if (!home) return [];
    return withListed(s, home)
      .filter(
        (m) => !ends.has(m.entry.id) && first.to.every((t) => t.entry.country !== m.entry.country),
      )
      .map((m) => ({ from: local(m), to: first.to, sentence: s }));
  }
  return [];
}
