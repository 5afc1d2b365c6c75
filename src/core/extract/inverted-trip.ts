// A trip told with its verb and goal first and its traveller last: "Đến thăm và chúc Tết TP.HCM
// hôm nay là đoàn Bộ Tư lệnh Cận vệ, Quân đội Hoàng gia Campuchia", "Sang thăm tỉnh B lần này
// có đoàn đại biểu tỉnh A". The delegation after "là" / "có" went to the places before it.
import type { Gazetteer } from '../gazetteer.ts';
import { nationalActorCountry } from './actors.ts';
import { DELEGATION_COUNT } from './visit-cues.ts';
import { phraseText, wordAt, wordIn, type SentenceView } from './sentence-view.ts';
import { local, national, type Side, type VisitFinding } from './visit-sides.ts';

const OPENING_VERBS = new Set(['đến', 'tới', 'sang']);

/** The visits of a sentence that opens on the trip's verb and names its delegation last, or []. */
export function invertedTrip(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  if (!OPENING_VERBS.has(wordAt(s, s.t0)) || s.mentions.length === 0) return [];
  // ("Đến dự lễ sẽ có đoàn …": who is to come.)
  if (wordIn(s, s.t0, s.t1, 'sẽ')) return [];
  let k = s.t0 + 1;
  while (k < s.t1 && !delegationNext(s, k)) k++;
  if (k >= s.t1) return [];
  const goals = s.mentions.filter((m) => m.lastToken < k);
  if (goals.length === 0) return [];
  const country = goals[0]!.entry.country;
  if (goals.some((m) => m.entry.country !== country)) return [];
  // (The roll may name several delegations, each with its country: "có các đoàn … ba tỉnh B1, B2, B3
  // (Lào) và đoàn … tỉnh C (Campuchia)".)
  const own = s.mentions.filter((m) => m.firstToken > k && m.entry.country !== country);
  let from: Side[];
  if (own.length > 0) from = own.map(local);
  else {
    const c = nationalActorCountry(phraseText(s.tt, k + 1, s.t1));
    if (!c || c === country) return [];
    from = [national(gaz, c)];
  }
  const to = goals.map(local);
  return from.map((f) => ({ from: f, to, sentence: s }));
}

/** "là / có (các) đoàn …" at token k: where the delegation's words begin. */
function delegationNext(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  if (w !== 'là' && w !== 'có') return false;
  // (Between the traveller's "là" / "có" and "đoàn": "là các đoàn", "có hai đoàn".)
  const d = DELEGATION_COUNT.has(wordAt(s, k + 1)) ? k + 2 : k + 1;
  return wordAt(s, d) === 'đoàn';
}
