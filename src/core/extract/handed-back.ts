// People handed back across the border, told from the receivers' side with no travel verb: "Bộ đội
// Biên phòng tỉnh A … tiếp nhận 40 công dân do Công an tỉnh B (Lào) trao trả". The handing side
// brought them over to the receivers' post: B → A. Told from the handing side ("Tỉnh A bàn giao 2
// người … cho chính quyền tỉnh B") it says no more than that they were handed over: no visit.
// Only people: "bàn giao công trình …" is a gift (handover-abroad.ts).
import type { Mention } from './find-places.ts';
import { semicolonIn, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { futureInClause, futureWordIn } from './visit-cues.ts';
import { isLocated, local, type VisitFinding } from './visit-sides.ts';

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
// "đang chuẩn bị tiếp nhận": the plan's words just before the verb.
const PLAN_REACH = 3;

/** Cheap gate on the lower-case sentence: the two verbs the shape must hold. */
export function mayHandBack(lower: string): boolean {
  return lower.includes('tiếp nhận') && (lower.includes('trao trả') || lower.includes('bàn giao'));
}

function handBackAt(s: SentenceView, k: number): boolean {
  return HAND_BACK.some((ws) => wordsAt(s, k, ws));
}

// Papers about people, not the people ("tiếp nhận hồ sơ của 20 công dân do … bàn giao").
const PAPERS = new Set(['hồ sơ', 'danh sách', 'thông tin', 'giấy tờ', 'tài liệu', 'văn bản']);

function peopleIn(s: SentenceView, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const pair = `${wordAt(s, j)} ${wordAt(s, j + 1)}`;
    if (PAPERS.has(pair)) return false;
    if (PEOPLE.has(wordAt(s, j)) || PEOPLE.has(pair)) return true;
  }
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
  const before = s.mentions.filter((m) => m.lastToken < k && !semicolonIn(s, m.lastToken, k));
  const receiver = before.at(-1);
  // ("Tại cửa khẩu Cầu Treo, tỉnh Hà Tĩnh, Công an tỉnh B tiếp nhận … do … Hà Tĩnh bàn giao": the
  // handover sited in the giver's country; the receivers came, the ordinary reading's.)
  const site = before.find((m) => isLocated(s, m));
  if (site && receiver && site.entry.country !== receiver.entry.country) return [];
  return giver && receiver ? finding(giver, receiver, s) : [];
}

export function handedBack(s: SentenceView): VisitFinding[] {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (!wordsAt(s, k, RECEIVE)) continue;
    // ("… sẽ tiếp nhận …": a handover still to come.)
    // ("… đang chuẩn bị tiếp nhận …", "dự kiến tiếp nhận": the same.)
    if (futureInClause(s, k) || futureWordIn(s, k - PLAN_REACH, k)) return [];
    const found = receivedFrom(s, k);
    if (found.length > 0) return found;
  }
  return [];
}
