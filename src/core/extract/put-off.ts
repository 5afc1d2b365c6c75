// A trip told as the subject of its own calling off: "Chuyến thăm … của đoàn tỉnh A tới tỉnh B đã
// bị hoãn", "… phải lùi lại", "… bị hủy vì mưa lũ". The trip's words name where it was to go, but
// nobody went. (The active "đoàn A đã hoãn chuyến thăm B" is read by calledOff in visit-cues.ts.)
import { commaBefore, semicolonBefore, wordAt, type SentenceView } from './sentence-view.ts';

/** Whether the trip word at `cue` stands in a "chuyến …" subject whose predicate calls it off. */
export function tripPutOff(s: SentenceView, cue: number): boolean {
  if (!tripSubjectBefore(s, cue)) return false;
  for (let k = cue + 1; k < Math.min(s.t1, cue + PREDICATE_REACH); k++) {
    if (semicolonBefore(s, k)) return false;
    // ("Chuyến thăm … đã diễn ra / thành công tốt đẹp dù lễ ký kết phải hoãn lại", "… đã để lại
    // nhiều ấn tượng, khó khăn đã lùi lại phía sau": the trip's own predicate tells it made; what
    // is called off after it is something else.)
    if (toldAt(s, k)) return false;
    if (putOffAt(s, k)) return true;
  }
  return false;
}
// From the trip word to its predicate, past the traveller's name and titles.
const PREDICATE_REACH = 40;

/** A predicate telling the trip took place ("diễn ra", "thành công", "để lại", "là dịp …"). */
function toldAt(s: SentenceView, k: number): boolean {
  const pair = `${wordAt(s, k)} ${wordAt(s, k + 1)}`;
  if (pair === 'diễn ra') return !PLANNED.has(wordAt(s, k - 1));
  return TOLD.has(pair) || wordAt(s, k) === 'là';
}
const TOLD = new Set(['thành công', 'để lại', 'kết thúc', 'góp phần', 'mang lại']);
// "dự kiến / theo kế hoạch / sẽ diễn ra": the trip's plan, which may be what is called off.
const PLANNED = new Set(['kiến', 'định', 'hoạch', 'sẽ', 'sắp']);

/**
 * "chuyến" opening the cue's clause ("Do mưa lũ, chuyến thăm …", "Tuy nhiên chuyến công tác …"):
 * the trip is the clause's subject, not an occasion ("Trong chuyến thăm …, đoàn đã …"). (Its
 * words may hold commas: "Chuyến đoàn … do ông X, Phó Tỉnh trưởng dẫn đầu sang thăm, chúc Tết …".)
 */
function tripSubjectBefore(s: SentenceView, cue: number): boolean {
  for (let b = cue; b >= Math.max(s.t0, cue - SUBJECT_REACH); b--) {
    if (wordAt(s, b) === 'chuyến')
      return b === s.t0 || commaBefore(s, b) || OPENING_LINKS.has(wordAt(s, b - 1));
    if (b < cue && semicolonBefore(s, b + 1)) return false;
  }
  return false;
}
// "Chuyến công tác của đoàn đại biểu cấp cao tỉnh A do ông X, Ủy viên …, Bí thư Tỉnh ủy dẫn đầu
// sang": the trip's words before the cue.
const SUBJECT_REACH = 48;
// Linking words that may stand before the subject with no comma ("Tuy nhiên chuyến …").
const OPENING_LINKS = new Set(['nhiên', 'nhưng', 'song', 'đó', 'vậy']);

/**
 * "(đã) bị / phải / tạm hoãn", "bị hủy", "hoãn lại", "lùi lại / lùi sang": a predicate that calls
 * the trip off (not "hoãn chuyến …", where the verb takes the trip as its object; not "chiến tranh
 * đã lùi xa").
 */
function putOffAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  const next = wordAt(s, k + 1);
  if (w === 'lùi') return next === 'lại' || next === 'sang';
  if (!CALLED_OFF.has(w) || next === 'chuyến') return false;
  // ("… từng bị hoãn năm 2021, nay đã được thực hiện", "sau nhiều lần bị hoãn": a put-off past.)
  if (PAST_PUT_OFF.has(wordAt(s, k - 2)) && MODAL.has(wordAt(s, k - 1))) return false;
  return next === 'lại' || next === 'bỏ' || MODAL.has(wordAt(s, k - 1));
}
const CALLED_OFF = new Set(['hoãn', 'hủy', 'huỷ']);
const MODAL = new Set(['bị', 'phải', 'tạm', 'đành', 'đã']);
const PAST_PUT_OFF = new Set(['từng', 'lần']);
