// People handed back across the border, told from the receivers' side with no travel verb: "Bộ đội
// Biên phòng tỉnh A … tiếp nhận 40 công dân do Công an tỉnh B (Lào) trao trả". The handing side
// brought them over to the receivers' post: B → A. Told from the handing side ("Tỉnh A bàn giao 2
// người … cho chính quyền tỉnh B") it says no more than that they were handed over: no visit.
// Only people: "bàn giao công trình …" is a gift (handover-abroad.ts).
import type { Mention } from './find-places.ts';
import { semicolonIn, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import { local, type VisitFinding } from './visit-sides.ts';

const RECEIVE = ['tiếp', 'nhận'];
const HAND_BACK = [
  ['trao', 'trả'],
  ['bàn', 'giao'],
];
// Who is handed back: the object between "tiếp nhận" and "do" (not "hài cốt", "hàng hóa").
const PEOPLE = new Set(['công dân', 'đối tượng', 'người', 'ngư dân', 'lao động', 'bị can']);
// From "tiếp nhận" to "do", and from "do" to "trao trả" ("do Công an tỉnh B (nước Cộng hòa dân
// chủ nhân dân Lào) trao trả").
const AGENT_REACH = 14;
const VERB_REACH = 16;

/** Cheap gate on the lower-case sentence: the two verbs the shape must hold. */
export function mayHandBack(lower: string): boolean {
  return lower.includes('tiếp nhận') && (lower.includes('trao trả') || lower.includes('bàn giao'));
}

function handBackAt(s: SentenceView, k: number): boolean {
  return HAND_BACK.some((ws) => wordsAt(s, k, ws));
}

function peopleIn(s: SentenceView, a: number, b: number): boolean {
  for (let j = a; j < b; j++)
    if (PEOPLE.has(wordAt(s, j)) || PEOPLE.has(`${wordAt(s, j)} ${wordAt(s, j + 1)}`)) return true;
  return false;
}

function firstAfter(s: SentenceView, a: number, b: number): Mention | undefined {
  return s.mentions.find(
    (m) => m.firstToken > a && m.lastToken < b && !semicolonIn(s, a, m.firstToken),
  );
}

function finding(giver: Mention, receiver: Mention, s: SentenceView): VisitFinding[] {
  if (giver.entry.country === receiver.entry.country) return [];
  return [{ from: local(giver), to: [local(receiver)], sentence: s }];
}

/** "A … tiếp nhận <người> do <cơ quan> tỉnh B trao trả": the receivers' place, the last before. */
function receivedFrom(s: SentenceView, k: number): VisitFinding[] {
  let d = k + 2;
  while (d < Math.min(s.t1, k + AGENT_REACH) && wordAt(s, d) !== 'do') d++;
  if (d >= s.t1 || wordAt(s, d) !== 'do' || !peopleIn(s, k + 2, d)) return [];
  let v = d + 1;
  while (v < Math.min(s.t1, d + VERB_REACH) && !handBackAt(s, v)) v++;
  if (!handBackAt(s, v)) return [];
  const giver = firstAfter(s, d, v);
  const receiver = s.mentions
    .filter((m) => m.lastToken < k && !semicolonIn(s, m.lastToken, k))
    .at(-1);
  return giver && receiver ? finding(giver, receiver, s) : [];
}

export function handedBack(s: SentenceView): VisitFinding[] {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (!wordsAt(s, k, RECEIVE)) continue;
    // ("… sẽ tiếp nhận …": a handover still to come.)
    if (futureInClause(s, k)) return [];
    const found = receivedFrom(s, k);
    if (found.length > 0) return found;
  }
  return [];
}
