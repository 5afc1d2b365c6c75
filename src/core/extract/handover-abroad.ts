// A delegation's handover told with no travel verb: "Đoàn công tác của Bộ Quốc phòng Việt Nam …
// đã bàn giao công trình doanh trại … Bộ Chỉ huy Quân sự tỉnh B (Lào)", "Đoàn công tác tỉnh A
// trao tặng quà cho Bộ Chỉ huy Quân sự tỉnh B": the delegation handed it over where it went.
import { nationalActorNear, nationalBodyIndex } from './actors.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { bareProvinceIn } from './home.ts';
import { fold } from '../normalize.ts';
import {
  foldedAt,
  phraseText,
  semicolonIn,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import {
  isLocated,
  local,
  national,
  withListed,
  type Side,
  type VisitFinding,
} from './visit-sides.ts';

// "đoàn công tác", "đoàn đại biểu": a delegation, not a body ("Binh đoàn", "Đoàn Thanh niên").
const DELEGATION = [
  ['đoàn', 'công', 'tác'],
  ['đoàn', 'đại', 'biểu'],
];
const DELEGATION_WORDS = 3;
const HANDOVER = [
  ['bàn', 'giao'],
  ['trao', 'tặng'],
  ['trao', 'quà'],
  ['tặng', 'quà'],
  // ("trao Huân chương / Huy chương / bằng khen cho …": an award handed over.)
  ['trao', 'huân'],
  ['trao', 'huy'],
  ['trao', 'bằng'],
];
// "tỉnh A vừa khánh thành …": a work opened where it stands.
const OPENED = [['khánh', 'thành']];
// A gate or a marker of the border: either side may have crossed to it ("tại khu vực mốc 42").
const ON_THE_LINE = [['cửa', 'khẩu'], ['mốc']];
// From the delegation word to its verb (titles of its leader between: "do Thiếu tướng X - Phó
// Tư lệnh, Tham mưu trưởng … làm Trưởng đoàn").
const SUBJECT_REACH = 40;
// From the verb to the receiver's place ("công trình xây dựng doanh trại Đại đội … tỉnh B").
const RECEIVER_REACH = 24;

// Each list's first words folded, compared before the lower-case words are built.
const FIRSTS = new Map(
  [DELEGATION, HANDOVER, ON_THE_LINE, OPENED].map((list) => [
    list,
    new Set(list.map((ws) => fold(ws[0]!))),
  ]),
);

function firstAt(s: SentenceView, from: number, to: number, list: string[][]): number {
  const firsts = FIRSTS.get(list)!;
  for (let k = from; k < Math.min(to, s.t1); k++)
    if (firsts.has(foldedAt(s, k)) && list.some((ws) => wordsAt(s, k, ws))) return k;
  return -1;
}

/** The delegation's side: the place named in its phrase, else the national body it belongs to. */
function giver(s: SentenceView, d: number, v: number, gaz: Gazetteer): Side | null {
  const own = s.mentions.find((m) => m.firstToken > d && m.lastToken < v);
  if (own) return isLocated(s, own) ? null : local(own);
  // (A body of the state, "Bộ Quốc phòng Việt Nam"; not "Đoàn công tác Việt Nam", a delegation
  // named by its country, whose home the article tells elsewhere.)
  const phrase = phraseText(s.tt, d, v);
  const body = nationalBodyIndex(phraseText(s.tt, d + DELEGATION_WORDS, v)) >= 0;
  const c = body ? nationalActorNear(phrase) : null;
  return c ? national(gaz, c) : null;
}

/**
 * The places a delegation that hands something over went to: those of another country named
 * right after the verb. Not at a gate or a place of its own country the sentence names as where it
 * happened ("tại khu vực cửa khẩu …, trên địa bàn huyện X (tỉnh A)": the receivers came over).
 */
export function handedOverAbroad(
  s: SentenceView,
  gaz: Gazetteer,
  home: Mention | null,
  venue: GazetteerEntry | null,
): VisitFinding[] {
  const d = firstAt(s, s.t0, s.t1, DELEGATION);
  if (d < 0) return openedAbroad(s);
  const v = firstAt(s, d + DELEGATION_WORDS, d + SUBJECT_REACH, HANDOVER);
  if (v < 0 || futureInClause(s, v) || firstAt(s, s.t0, s.t1, ON_THE_LINE) >= 0) return [];
  const from = giver(s, d, v, gaz);
  if (!from) return [];
  const abroad = (m: Mention) => m.entry.country !== from.entry.country;
  if (s.mentions.some((m) => !abroad(m) && isLocated(s, m))) return [];
  // ("Ngày 26/5, tại cửa khẩu X (tỉnh A2), đoàn công tác của tỉnh A đã trao tặng quà hỗ trợ tỉnh
  // B", then the caption "Đoàn công tác của tỉnh A trao tặng quà … cho tỉnh B": the handover the
  // lead placed on the givers' side.)
  if (venue && venue.country === from.entry.country) return [];
  // (The giver's own place after the verb names what is given: "bằng khen của Tỉnh trưởng tỉnh A".)
  const to = s.mentions.find(
    (m) =>
      m.firstToken > v &&
      m.firstToken <= v + RECEIVER_REACH &&
      !semicolonIn(s, v, m.firstToken) &&
      m.entry !== from.entry,
  );
  if (to) return abroad(to) ? [{ from, to: withListed(s, to).map(local), sentence: s }] : [];
  // ("… đã trao Huy chương … cho Đại tá X, Giám đốc Công an tỉnh" in the paper of a province of
  // another country: the receiver's bare "tỉnh" is the paper's own.)
  if (home && abroad(home) && bareProvinceIn(s, v, s.t1))
    return [{ from, to: [local(home)], sentence: s }];
  return [];
}

/**
 * "Công an tỉnh A vừa khánh thành, bàn giao … công trình trụ sở … của Công an bản X, huyện Y, tỉnh
 * B": a building opened where it stands, by the body that built it; its people were there.
 */
function openedAbroad(s: SentenceView): VisitFinding[] {
  const v = firstAt(s, s.t0 + 1, s.t1, OPENED);
  if (v < 0 || futureInClause(s, v) || firstAt(s, s.t0, s.t1, ON_THE_LINE) >= 0) return [];
  const giver = s.mentions.find((m) => m.lastToken < v);
  if (!giver || isLocated(s, giver)) return [];
  // (The builder right before the verb, "tỉnh A vừa khánh thành"; not "tỉnh B tổ chức lễ khánh
  // thành", the host's ceremony, nor "Dự lễ khánh thành có …", its guests.)
  for (let k = giver.lastToken + 1; k < v; k++) if (!JUST.has(wordAt(s, k))) return [];
  if (s.mentions.some((m) => m.entry.country === giver.entry.country && isLocated(s, m))) return [];
  // (A place named as such, "tỉnh B"; not one in a work's name, "Trường Hữu nghị A – B".)
  const to = s.mentions.find(
    (m) =>
      m.firstToken > v &&
      m.firstToken <= v + OPENED_REACH &&
      m.prefix !== null &&
      !semicolonIn(s, v, m.firstToken),
  );
  return to && to.entry.country !== giver.entry.country
    ? [{ from: local(giver), to: [local(to)], sentence: s }]
    : [];
}
const JUST = new Set(['vừa', 'đã', 'mới']);
// From the verb to the work's place, past what it is and whose ("… bàn giao cho lực lượng công an
// Lào công trình trụ sở làm việc của Công an bản X, huyện Y, tỉnh B").
const OPENED_REACH = 32;
