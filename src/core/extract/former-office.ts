// A leader introduced by an office held before ("ông B, nguyên Chủ tịch UBND tỉnh A, …"): the
// province of that past office is not where the delegation comes from. Since the 2025 merger the
// press often names a new province's officials by the old province they led ("Đoàn đại biểu tỉnh
// Đắk Lắk do ông B (nguyên Chủ tịch UBND tỉnh Phú Yên) dẫn đầu").
import type { Mention } from './find-places.ts';
import { isCapitalised } from './tokens.ts';
import { bracketBefore, commaBefore, wordAt, type SentenceView } from './sentence-view.ts';
import { local, type VisitFinding } from './visit-sides.ts';

// How far before the place "nguyên" may stand ("nguyên Phó Chủ tịch Thường trực UBND tỉnh").
const TITLE_REACH = 9;
// Words a title may follow without a comma or a bracket ("do nguyên Bộ trưởng …", "là nguyên …").
const BEFORE_FORMER = new Set(['là', 'do', 'chí', 'ông', 'bà']);
// Between a past office and a present one of the same leader: a comma, then one title.
const NEXT_TITLE = /^\s*\)?\s*,\s*[^,;.()]{1,80}$/u;

/** Whether m is the province of an office its holder no longer holds ("nguyên Bí thư Tỉnh ủy A"). */
export function formerOffice(s: SentenceView, m: Mention): boolean {
  for (let k = m.headToken - 1; k >= Math.max(s.t0, m.headToken - TITLE_REACH); k--) {
    if (commaBefore(s, k + 1) && k + 1 < m.headToken) return false;
    if (wordAt(s, k) !== 'nguyên') continue;
    // (Not "Sở Tài nguyên Môi trường tỉnh A", nor "Tây Nguyên": the word opens a capitalised title.)
    const tokens = s.tt.tokens;
    if (isCapitalised(s.tt.text, tokens[k]!) || !isCapitalised(s.tt.text, tokens[k + 1]!))
      return false;
    return commaBefore(s, k) || bracketBefore(s, k) || BEFORE_FORMER.has(wordAt(s, k - 1));
  }
  return false;
}

/**
 * Visits whose traveller's home was read off a past office: dropped where the sentence gives the
 * same trip from a home of the same country ("Đoàn … tỉnh A do ông B, nguyên … tỉnh C làm trưởng
 * đoàn"), moved to the present office named right after ("ông B, nguyên … tỉnh C, Chủ tịch Hội …
 * tỉnh A đã dẫn đoàn thăm …").
 */
export function withoutFormerOffices(s: SentenceView, found: VisitFinding[]): VisitFinding[] {
  // Cheap gate: the word itself, in the sentence's text.
  if (!s.tt.text.slice(s.span[0], s.span[1]).includes('nguyên ')) return found;
  const out: VisitFinding[] = [];
  for (const v of found) {
    const m = v.from.level === 'local' ? homeMention(s, v) : undefined;
    if (!m || !formerOffice(s, m)) {
      out.push(v);
      continue;
    }
    const sameTrip = found.some(
      (w) =>
        w !== v &&
        w.from.entry !== v.from.entry &&
        w.from.entry.country === v.from.entry.country &&
        sameDestinations(w, v),
    );
    if (sameTrip) continue;
    const present = presentOffice(s, m);
    out.push(present ? { ...v, from: local(present) } : v);
  }
  return out;
}

function homeMention(s: SentenceView, v: VisitFinding): Mention | undefined {
  const to = new Set(v.to.map((t) => t.entry));
  return s.mentions.find((x) => x.entry === v.from.entry && !to.has(x.entry));
}

function sameDestinations(a: VisitFinding, b: VisitFinding): boolean {
  return a.to.length === b.to.length && a.to.every((t) => b.to.some((u) => u.entry === t.entry));
}

/** The place of the title after the past one ("…, nguyên … tỉnh C, Chủ tịch Hội … tỉnh A"). */
function presentOffice(s: SentenceView, m: Mention): Mention | undefined {
  const i = s.mentions.indexOf(m);
  const next = s.mentions[i + 1];
  if (!next || next.entry.country !== m.entry.country || next.entry === m.entry) return undefined;
  if (formerOffice(s, next)) return undefined;
  return NEXT_TITLE.test(s.tt.text.slice(m.span[1], next.span[0])) ? next : undefined;
}
