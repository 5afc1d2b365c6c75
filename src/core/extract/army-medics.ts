// Army medics of one or two countries treating the people of a province, told with no travel verb
// and no province of their own: "các bác sĩ của Quân đội nhân dân Việt Nam đã khám bệnh miễn phí
// cho người dân huyện X, tỉnh B", "Bác sĩ quân y Việt Nam và Campuchia khám bệnh cho người dân xã
// Y, tỉnh B". The army whose country is not the patients' crossed over: a national actor, placed
// at its capital. (A provincial team, "Quân y Bộ đội Biên phòng tỉnh A", is field-work.ts's.)
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords } from './actors.ts';
import type { Mention } from './find-places.ts';
import { phraseText, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import { isLocated, local, national, withListed, type VisitFinding } from './visit-sides.ts';

// Care given where the patients are ("khám bệnh", "khám sức khỏe", "cấp thuốc").
const CARE = [
  ['khám', 'bệnh'],
  ['khám', 'chữa'],
  ['khám', 'sức'],
  ['cấp', 'thuốc'],
  ['phát', 'thuốc'],
];
// Those the care is for, right after "cho" ("cho người dân huyện X", "cho nhân dân tỉnh B").
const PATIENTS = [
  ['người', 'dân'],
  ['nhân', 'dân'],
  ['bà', 'con'],
  ['đồng', 'bào'],
];
// "cho hơn 1.000 người dân": a count between "cho" and the people.
const PATIENTS_GAP = 4;
// From the people to their province ("người dân xã X, huyện Y, tỉnh B").
const PATIENTS_REACH = 14;
// The army named before the care: "Quân đội nhân dân …", "quân y …", "quân đội hai nước …".
const ARMY = /(?<![\p{L}])quân (?:đội|y)(?![\p{L}])/u;
// The army named as an occasion, not as the carers: "Chào mừng 80 năm Ngày thành lập Quân đội nhân
// dân Việt Nam, Hội Người Việt Nam tại Lào tổ chức khám bệnh …".
const OCCASION =
  /(?<![\p{L}])(?:thành lập|ngày) quân (?:đội|y)(?:(?: nhân dân)? (?:việt nam|lào|campuchia|hoàng gia campuchia))?(?![\p{L}])/gu;

function careAt(s: SentenceView): number {
  for (let k = s.t0; k + 1 < s.t1; k++) if (CARE.some((ws) => wordsAt(s, k, ws))) return k;
  return -1;
}

/** The first place named among the patients after the "cho" that follows token k, else -1. */
function patientsPlace(s: SentenceView, k: number): number {
  let c = k + 2;
  while (c < s.t1 && wordAt(s, c) !== 'cho') c++;
  for (let r = c + 1; r <= c + PATIENTS_GAP && r < s.t1; r++) {
    if (!PATIENTS.some((ws) => wordsAt(s, r, ws))) continue;
    const i = s.mentions.findIndex((m) => m.firstToken > r && m.firstToken <= r + PATIENTS_REACH);
    // ("cho người dân dọc biên giới giáp tỉnh B", "… biên giới với tỉnh B": B is the neighbour.)
    if (i >= 0 && bordering(s, r, s.mentions[i]!.firstToken)) return -1;
    return i;
  }
  return -1;
}

/** "giáp (tỉnh)", "với" between tokens a and b: the place after them borders the patients' land. */
function bordering(s: SentenceView, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const w = wordAt(s, j);
    if (w === 'với' || (w === 'giáp' && wordAt(s, j + 1) !== 'biên')) return true;
  }
  return false;
}

/** The army's country that is not the patients' (one army, or two working together), else null. */
function visitingArmy(armies: CountryCode[], patients: CountryCode): CountryCode | null {
  const others = [...new Set(armies)].filter((c) => c !== patients);
  return others.length === 1 ? others[0]! : null;
}

export function armyMedics(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  const k = careAt(s);
  // (A place before the care is the carers' own or the venue: field-work.ts reads those.)
  if (k < 0 || futureInClause(s, k) || s.mentions.some((m) => m.firstToken < k)) return [];
  const subject = phraseText(s.tt, s.t0, k).replace(OCCASION, ' ');
  if (!ARMY.test(subject)) return [];
  const i = patientsPlace(s, k);
  if (i < 0) return [];
  const there = s.mentions[i]!;
  const from = visitingArmy(
    countryWords(subject).map((h) => h.country),
    there.entry.country,
  );
  if (!from) return [];
  // ("tại tỉnh A, quân y hai nước khám bệnh cho người dân tỉnh B": the care was given at A; "…
  // cho nhân dân biên giới tỉnh A (Việt Nam) và tỉnh B (Lào)": each army on its own side.)
  const own = (m: Mention) => m.entry.country === from && (isLocated(s, m) || m.firstToken > k);
  if (s.mentions.some(own)) return [];
  return [{ from: national(gaz, from), to: withListed(s, there).map(local), sentence: s }];
}

/** Cheap gate on the sentence's lower-case text: an army and its care are both named. */
export function mayTellArmyMedics(lower: string): boolean {
  return lower.includes('quân') && (lower.includes('khám') || lower.includes('thuốc'));
}
