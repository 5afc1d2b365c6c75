// Who travels in a forward reading: the body that sends, the delegation's home, the leader whose
// trip it is.
import { leaderCountry } from './foreign-leaders.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { COUNTRY_ALT, countryWords, nationalActorNear, STATE_OF } from './actors.ts';
import { countOf } from './count-words.ts';
import type { Mention } from './find-places.ts';
import {
  countryNamedAt,
  countryWordAt,
  foldedAt,
  isDateline,
  phraseText,
  semicolonIn,
  wordAt,
  wordIn,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { isCapitalised, type TokenizedText } from './tokens.ts';
import { commaBefore } from './visit-cues.ts';
import { wordsBetween } from './place-words.ts';
import {
  actorIn,
  glued,
  isInviter,
  local,
  national,
  type Side,
  withListed,
} from './visit-sides.ts';

const OWNER_WORDS = new Set(['của', 'mà']);

/**
 * "Cảm ơn sự đón tiếp nồng hậu, thân tình của tỉnh B dành cho đoàn trong chuyến thăm", "… sự đón
 * tiếp nồng hậu mà lãnh đạo tỉnh B đã dành cho đoàn": the place whose welcome is thanked is the
 * host, never the traveller.
 */
export function isWelcomer(s: SentenceView, m: Mention): boolean {
  if (thankedForWelcome(s, m)) return true;
  let owner = m.headToken - 1;
  const reach = Math.max(s.t0, m.headToken - 4);
  while (owner >= reach && !OWNER_WORDS.has(wordAt(s, owner))) owner--;
  if (owner < reach) return false;
  for (let b = owner - 1; b >= Math.max(s.t0, owner - 14); b--) {
    const w = wordAt(s, b);
    if ((w === 'đón' || w === 'tiếp') && wordAt(s, b - 1) === 'sự') return true;
  }
  return false;
}

const WELCOME_REACH = 10;

/**
 * "cảm ơn (lãnh đạo) tỉnh B đã dành cho đoàn sự đón tiếp chu đáo": thanked ("cảm ơn", "cám ơn",
 * "biết ơn"), then its welcome told after it.
 */
function thankedForWelcome(s: SentenceView, m: Mention): boolean {
  if (![1, 2, 3].some((d) => wordAt(s, m.firstToken - d) === 'ơn')) return false;
  for (let k = m.lastToken + 1; k < Math.min(s.t1, m.lastToken + WELCOME_REACH); k++) {
    if (commaBefore(s, k)) return false;
    if (wordAt(s, k) === 'sự' && (wordAt(s, k + 1) === 'đón' || wordAt(s, k + 1) === 'tiếp'))
      return true;
  }
  return false;
}

/** The first of the places listed right before "cử" (a few adverbs apart), if any. */
export function sendersBefore(s: SentenceView, send: number): Mention | null {
  const before = s.mentions.filter((m) => m.lastToken < send);
  let i = before.length - 1;
  const last = before[i];
  if (!last) return null;
  // "tỉnh A đã nhiều lần cử đoàn sang …", "A đã 7 lần cử đoàn …": how often A sent them.
  const times = sendTimesBefore(s, send);
  const verb = times > 0 ? send - times : send;
  if (verb - last.lastToken > 4) return null;
  for (let k = last.lastToken + 1; k < verb; k++) if (!SEND_ADVERBS.has(wordAt(s, k))) return null;
  // "Bệnh viện Đa khoa tỉnh A (cũ), nay là Bệnh viện … trực thuộc Sở Y tế tỉnh B, đã cử đoàn":
  // the sender is A; B is named to say what A became.
  if (i > 0 && nowRemark(s, last)) return before[i - 1]!;
  while (
    i > 0 &&
    before[i - 1]!.entry.country === last.entry.country &&
    (glued(s, before[i - 1]!, before[i]!) || parallelBody(s, before[i - 1]!, before[i]!))
  )
    i--;
  return before[i]!;
}

/** m stands in a "…, nay là / nay thuộc …" clause. */
function nowRemark(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 1; k >= s.t0; k--) {
    if (wordAt(s, k) === 'nay' && ['là', 'thuộc'].includes(wordAt(s, k + 1))) return true;
    if (commaBefore(s, k)) return false;
  }
  return false;
}

const MERGER_MARKS = new Set(['cũ', 'mới']);

const SEND_ADVERBS = new Set(['đều', 'đã', 'cũng', 'từng', 'thường', ...MERGER_MARKS]);

// Counts of times before a sending verb ("nhiều lần", "7 lần", "hơn 15 lần").
const TIMES_COUNT = new Set(['nhiều', 'vài', 'mấy', 'hai', 'ba', 'bốn', 'năm']);

/** The width of a count of times ending right before token send ("đã nhiều lần cử"), else 0. */
function sendTimesBefore(s: SentenceView, send: number): number {
  if (wordAt(s, send - 1) !== 'lần') return 0;
  const n = wordAt(s, send - 2);
  if (!TIMES_COUNT.has(n) && !/^\d+$/.test(n)) return 0;
  return wordAt(s, send - 3) === 'hơn' ? 3 : 2;
}

/** Every home of a party: "đoàn đại biểu hai tỉnh A và B (Lào)" travels from A and from B. */
export function homesOf(s: SentenceView, first: Side): Side[] {
  if (first.level !== 'local') return [first];
  const m = s.mentions.find((x) => x.entry === first.entry);
  if (!m) return [first];
  const homes = withListed(s, m);
  // "Đoàn Bộ Chỉ huy quân sự tỉnh A và Bộ Chỉ huy quân sự tỉnh B (Lào)": a body of each.
  for (const x of s.mentions) {
    const prev = homes[homes.length - 1]!;
    if (x.headToken <= prev.lastToken) continue;
    // ("lãnh đạo huyện X, thành phố Y (tỉnh A) và lãnh đạo huyện Z (tỉnh B)": a place of the
    // same province right after, its city or the province in brackets, restates the same home;
    // the next body is read from past it.)
    if (x.entry.iso === prev.entry.iso && restated(s, prev, x)) {
      homes[homes.length - 1] = x;
      continue;
    }
    if (x.entry.country !== m.entry.country) break;
    if (
      !parallelBody(s, prev, x) &&
      !nextLedDelegation(s, prev, x) &&
      !coLeader(s, prev, x) &&
      !joinedAfterLeader(s, prev, x) &&
      !secondPerson(s, prev, x)
    )
      break;
    homes.push(x);
  }
  // "Đoàn tỉnh A1 do X dẫn đầu và đoàn tỉnh A2 do Y làm trưởng đoàn đã cùng sang …": the trip's
  // cue follows the second delegation; the first, led by its own leader, went too.
  // ("Dịp này, đoàn tỉnh A1 và đoàn tỉnh A2 trao quà …": the cue's delegation is the second named.)
  for (let i = s.mentions.indexOf(m) - 1; i >= 0; i--) {
    const x = s.mentions[i]!;
    const first = homes[0]!;
    if (x.entry.country !== m.entry.country) break;
    const pair =
      parallelBody(s, x, first) && isDelegationOf(s, x, s.t0) && isDelegationOf(s, first, s.t0);
    if (!nextLedDelegation(s, x, first) && !pair) break;
    homes.unshift(x);
  }
  return homes.map(local);
}

/** Mention b, right after a or in brackets a few words after it, names a's place again. */
function restated(s: SentenceView, a: Mention, b: Mention): boolean {
  const at = Math.min(b.firstToken, b.headToken);
  if (at === a.lastToken + 1) return true;
  return at - a.lastToken <= RESTATED_REACH && s.tt.text[s.tt.tokens[at]!.start - 1] === '(';
}
// "huyện Tân Hồng, thành phố Hồng Ngự (tỉnh A)": another sub-unit may stand between.
const RESTATED_REACH = 6;

/**
 * "Đoàn đại biểu tỉnh A do X làm trưởng đoàn và tỉnh B do Y làm trưởng đoàn … đã đến thăm": a
 * second delegation, its own leader named too.
 */
function nextLedDelegation(s: SentenceView, a: Mention, b: Mention): boolean {
  const led = leaderClauseEnd(s, pastBracket(s, a, b), b.headToken);
  if (led < 0 || wordAt(s, led) !== 'và') return false;
  // ("… dẫn đầu và đoàn (công tác) tỉnh B do …": the second delegation called so again.)
  let last = led;
  if (wordAt(s, led + 1) === 'đoàn')
    last = SECOND_DELEGATION.has(wordAt(s, led + 2)) ? led + 3 : led + 1;
  return b.firstToken - last <= 2;
}
/** The token after mention a and the bracket after it, if any ("tỉnh A (Lào) do …"), before b. */
function pastBracket(s: SentenceView, a: Mention, b: Mention): number {
  let j = a.lastToken + 1;
  if (s.tt.text[s.tt.tokens[j]!.start - 1] === '(')
    while (j < b.headToken && !closesBracket(s, j)) j++;
  return j;
}

/** Where a leader's clause "do … dẫn đầu / làm trưởng đoàn" after token j ends, else -1. */
function leaderClauseEnd(s: SentenceView, j: number, limit: number): number {
  if (wordAt(s, j + 1) !== 'do' && wordAt(s, j) !== 'do') return -1;
  for (let k = j; k < Math.min(limit, j + LEADER_REACH); k++) {
    if (wordsAt(s, k, ['làm', 'trưởng', 'đoàn'])) return k + 3;
    if (wordsAt(s, k, ['dẫn', 'đầu'])) return k + 2;
  }
  return -1;
}

/**
 * "Đoàn lãnh đạo huyện X (A) do Y làm trưởng đoàn, cùng lãnh đạo huyện Z (tỉnh B) đã sang thăm …":
 * those named right after the leader's clause, with "cùng" or "cùng với", went along from their
 * own home.
 */
function joinedAfterLeader(s: SentenceView, a: Mention, b: Mention): boolean {
  let k = leaderClauseEnd(s, pastBracket(s, a, b), b.headToken);
  if (k < 0 || wordAt(s, k) !== 'cùng') return false;
  k += wordAt(s, k + 1) === 'với' ? 2 : 1;
  if (b.headToken - k > COMPANIONS_REACH) return false;
  for (let t = k; t < b.headToken; t++)
    if (NOT_BODY.has(wordAt(s, t)) || commaBefore(s, t + 1)) return false;
  return true;
}
// "lãnh đạo huyện Tân Hồng và thành phố Hồng Ngự (tỉnh B)": the companions' bodies, before B.
const COMPANIONS_REACH = 12;

/**
 * "Đoàn … do đồng chí X, Bí thư Tỉnh ủy A và đồng chí Y, Bí thư Tỉnh ủy B dẫn đầu …": two leaders
 * named with their provinces lead one delegation of both.
 */
function coLeader(s: SentenceView, a: Mention, b: Mention): boolean {
  let ledBy = false;
  for (let k = Math.max(s.t0, a.headToken - LEADER_REACH); k < a.headToken; k++)
    if (wordAt(s, k) === 'do') ledBy = true;
  let j = a.lastToken + 1;
  if (!ledBy || wordAt(s, j) !== 'và') return false;
  j += wordsAt(s, j + 1, ['đồng', 'chí']) ? 3 : COURTESY.has(wordAt(s, j + 1)) ? 2 : 1;
  // The second leader's name, then his titles after a comma (no clause of their own between).
  if (!titledName(s, j, b, 4)) return false;
  for (let k = b.lastToken + 1; k <= b.lastToken + 4 && k < s.t1; k++)
    if (wordsAt(s, k, ['dẫn', 'đầu']) || wordsAt(s, k, ['làm', 'trưởng', 'đoàn'])) return true;
  return false;
}
const COURTESY = new Set(['ông', 'bà']);
/**
 * "Thiếu tướng X, Phó Bí thư Thành ủy A và ông Y, Phó Tỉnh trưởng tỉnh B (Lào) sang … dự lễ": a
 * second person, named with titles of his own place, joined to the first by "và".
 */
function secondPerson(s: SentenceView, a: Mention, b: Mention): boolean {
  let j = pastBracket(s, a, b);
  if (wordAt(s, j) !== 'và') return false;
  const called = wordsAt(s, j + 1, ['đồng', 'chí']) || RANKS.has(wordAt(s, j + 2)) ? 3 : 2;
  if (called === 2 && !COURTESY.has(wordAt(s, j + 1))) return false;
  return titledName(s, j + called, b);
}
// "và Thiếu tướng Y, …", "và Đại tá Y, …": an officer by his rank.
const RANKS = new Set(['tướng', 'tá', 'úy', 'uý']);

/**
 * From token j: a name of at most `words` capitalised words (a Lao name in Vietnamese spelling
 * runs to six syllables: "Khăm Vén Păn Nha Nụ Vông"), a comma, then titles up to b's place.
 */
function titledName(s: SentenceView, j: number, b: Mention, words = 6): boolean {
  let n = 0;
  while (
    n < words &&
    j < b.headToken &&
    isCapitalised(s.tt.text, s.tt.tokens[j]!) &&
    !commaBefore(s, j)
  )
    (j++, n++);
  if (n === 0 || !commaBefore(s, j) || b.headToken - j > LEADER_REACH) return false;
  for (let k = j; k < b.headToken; k++) if (NOT_BODY.has(wordAt(s, k))) return false;
  return true;
}

const SECOND_DELEGATION = new Set(['đại', 'công']);
const closesBracket = (s: SentenceView, j: number) => s.tt.text[s.tt.tokens[j]!.end] === ')';
// From the delegation's place to the end of its leader's titles ("do Phó Tỉnh trưởng ban hành
// chính Hem Piset làm trưởng đoàn").
const LEADER_REACH = 16;

// Words that end a body's name and start the clause about it ("… tỉnh A và đoàn do ông X dẫn đầu").
const NOT_BODY = new Set([
  'do',
  'dẫn',
  'làm',
  'tại',
  'ở',
  'của',
  'đã',
  'sẽ',
  'sang',
  'thăm',
  'đến',
  'tới',
]);

/** "tỉnh A và Bộ Chỉ huy quân sự tỉnh B": the same kind of body, joined by "và", a few words long. */
function parallelBody(s: SentenceView, a: Mention, b: Mention): boolean {
  // "Công an tỉnh A (cũ) và Công an tỉnh B (cũ)": the merger mark stays with its name.
  let j = a.lastToken + 1;
  while (MERGER_MARKS.has(wordAt(s, j))) j++;
  if (commaBefore(s, j) && sameBodyBefore(s, a, j, b)) return true;
  // "Tỉnh trưởng tỉnh A Men Vibol và Chủ tịch Hội đồng tỉnh B": the leader's name between.
  for (let n = 0; n < 4 && j < b.headToken && isCapitalised(s.tt.text, s.tt.tokens[j]!); n++) {
    if (commaBefore(s, j)) return false;
    j++;
  }
  // ("lãnh đạo huyện X (tỉnh A) cùng lãnh đạo huyện Y (tỉnh B) đã sang …": went along.)
  if (wordAt(s, j) === 'cùng') j += wordAt(s, j + 1) === 'với' ? 1 : 0;
  else if (wordAt(s, j) !== 'và') return false;
  if (b.headToken - j > 7) return false;
  for (let k = j; k < b.headToken; k++)
    if (NOT_BODY.has(wordAt(s, k)) || commaBefore(s, k + 1)) return false;
  return true;
}

/**
 * "Ban Tuyên huấn Tỉnh ủy A, Ban Tuyên huấn Tỉnh ủy B": after a comma, the very words that named
 * A's body name B's (tokens [j, b) repeat the ones before a).
 */
function sameBodyBefore(s: SentenceView, a: Mention, j: number, b: Mention): boolean {
  const n = b.headToken - j;
  if (n < 2 || n > 7 || a.headToken - n < s.t0) return false;
  for (let i = 0; i < n; i++) if (wordAt(s, j + i) !== wordAt(s, a.headToken - n + i)) return false;
  return true;
}

/** The place a delegation phrase starting at k names as its own ("Đoàn đại biểu cấp cao tỉnh A"). */
export function delegationPlace(s: SentenceView, k: number): Mention | undefined {
  const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + 8);
  if (!m) return undefined;
  for (let j = k + 1; j < m.headToken; j++)
    if (!DELEGATION_WORDS.has(wordAt(s, j)) || commaBefore(s, j)) return undefined;
  return commaBefore(s, m.headToken) ? undefined : m;
}

/** "Đoàn đại biểu cấp cao tỉnh bạn …", "Đoàn công tác tỉnh A": a province's delegation at k. */
export function provinceDelegation(s: SentenceView, k: number): boolean {
  let j = k + 1;
  while (j < Math.min(s.t1, k + 8) && DELEGATION_WORDS.has(wordAt(s, j)) && !commaBefore(s, j)) j++;
  return wordAt(s, j) === 'tỉnh' && !commaBefore(s, j);
}

/**
 * m is the place of a delegation phrase starting at or after `from`: "Đoàn công tác tỉnh A", or
 * one named by its body ("Đoàn Chuyên viên biên giới của Sở Ngoại giao tỉnh A").
 */
export function isDelegationOf(s: SentenceView, m: Mention, from: number): boolean {
  for (let k = m.headToken - 1; k >= Math.max(from, m.headToken - BODY_DELEGATION_REACH); k--) {
    if (wordAt(s, k) !== 'đoàn') continue;
    // (delegationPlace looks 8 words on: a place further on is named by its body or by nothing.)
    return delegationPlace(s, k) === m || bodyNamed(s, k, m.headToken);
  }
  return false;
}
const BODY_DELEGATION_REACH = 12;

/** Between "Đoàn" at k and a place at `head`: a body's capitalised name ("Sở …"), no comma. */
function bodyNamed(s: SentenceView, k: number, head: number): boolean {
  let body = false;
  for (let j = k + 1; j < head; j++) {
    if (commaBefore(s, j)) return false;
    body ||= ORG_HEADS.has(foldedAt(s, j)) && isCapitalised(s.tt.text, s.tt.tokens[j]!);
  }
  return body && !commaBefore(s, head);
}

// What stands between "Đoàn" and the place it comes from ("Đoàn đại biểu cấp cao tỉnh A").
const DELEGATION_WORDS = new Set([
  'đại',
  'biểu',
  'cấp',
  'cao',
  'công',
  'tác',
  'cán',
  'bộ',
  'lãnh',
  'đạo',
  'của',
]);

// "Trong khuôn khổ chuyến thăm …,", "Nhân chuyến công tác …,", "Trong chương trình chuyến thăm …,".
// ("Tiếp tục chuyến công tác tại …, Đoàn … tỉnh A …": the trip goes on, its traveller after it.)
const TRIP_OPENERS = new Set(['khổ', 'nhân', 'trình', 'trong', 'dịp', 'tục']);

/** The first token after a dateline opening the sentence at `start` ("Vientiane (TTXVN) - …"). */
function afterDateline(s: SentenceView, start: number): number {
  const m = s.mentions[0];
  if (!m || m.firstToken !== start || !isDateline(s, m)) return start;
  const dash = s.tt.text.slice(m.span[1], m.span[1] + 40).search(/[-–—]/u);
  let k = m.lastToken + 1;
  while (k < s.t1 && s.tt.tokens[k]!.start < m.span[1] + dash) k++;
  return k;
}

/** Whether the sentence opens with a clause naming the trip, the word "chuyến" at index k. */
export function opensWithTrip(s: SentenceView, k: number): boolean {
  // ("Theo đặc phái viên TTXVN, sáng 5/2, tại thủ đô B, trong khuôn khổ chuyến thăm …": the
  // source the paper quotes stands before the sentence's own opening.)
  let start = s.t0;
  if (wordAt(s, start) === 'theo') {
    let c = start + 1;
    while (c < k && !commaBefore(s, c)) c++;
    if (c < k) start = c;
  }
  // ("Đang có chuyến thăm … tại Lào, ngày 25/7, Chủ tịch …": the trip opens the sentence, with no
  // subject before it, past a dateline.)
  const opening = afterDateline(s, start);
  // (The reach is counted past the dateline, a place name as one word: "Phnôm Pênh (TTXVN) - Từ
  // ngày 19 đến 21/11, tại Phnôm Pênh, trong khuôn khổ chuyến thăm …" opens with its trip as
  // "- Ngày 19/11, tại …" does.)
  if (wordsBetween(s, opening, k) > 14) return false;
  if (wordAt(s, opening) === 'đang' && k - opening <= 2) return true;
  for (let b = k - 1; b >= Math.max(s.t0, k - 3); b--)
    if (TRIP_OPENERS.has(wordAt(s, b))) return true;
  return false;
}

// Words of a leader's title right before the place it is held in ("Phó Chủ tịch UBND tỉnh A").
const TITLE_ENDS = new Set(['ubnd', 'hđnd', 'ủy', 'tịch', 'thư', 'trưởng', 'dân']);

/**
 * "Trong chuyến thăm, bà …, Phó Chủ tịch UBND tỉnh A, Trưởng đoàn … chúc …": after the trip
 * clause, a person with a title held in a place is the traveller (a host would "tiếp" the guests).
 */
export function titledLeader(s: SentenceView, from: number): Mention | null {
  let k = from;
  while (k < s.t1 && !commaBefore(s, k)) k++;
  const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + LEADER_TITLES_REACH);
  if (!m || !TITLE_ENDS.has(wordAt(s, m.headToken - 1))) return null;
  // (The titles end at the main clause's verb: a place after it is what the leader did there.)
  return wordIn(s, k, m.firstToken, MAIN_VERB_MARKS) ? null : m;
}
// A name and two or three titles ("ông X, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy
// A"), in words.
const LEADER_TITLES_REACH = 24;
const MAIN_VERB_MARKS = new Set(['đã', 'sẽ', 'vừa', 'đang']);

// Heads of an organisation's name ("Bộ Tư lệnh …", "Sở Ngoại vụ", "Ủy ban …", "Công an …").
const ORG_HEADS = new Set([
  'bo',
  'ban',
  'so',
  'uy',
  'cong',
  'cuc',
  'vien',
  'truong',
  'benh',
  'bao',
]);

// Who may stand for the delegation the article follows: its members and leaders by title.
const MEMBER_HEADS = new Set([
  'dong',
  'ong',
  'ba',
  'ngai',
  'truong',
  'pho',
  'chu',
  'bi',
  'tinh',
  'cac',
  'lanh',
]);

/**
 * "Cùng ngày, Bộ Tư lệnh Bộ đội Biên phòng đã làm việc với …", "Một số doanh nghiệp … sang
 * Campuchia": a subject that is neither the delegation ("Đoàn …") nor one of its people (a title,
 * "đồng chí", "ông") nor left out is someone else, not the delegation the article follows.
 */
export function namesOtherBody(s: SentenceView, from: number, cue: number): boolean {
  let k = from;
  for (let j = from; j < cue; j++) if (commaBefore(s, j)) k = j;
  if (cue - k <= 2) return false;
  for (let j = from; j < cue; j++) if (foldedAt(s, j) === 'doan') return false;
  // "Ủy ban Kiểm tra … của 3 tỉnh nước bạn Lào": the bodies of a counted group of provinces.
  for (let j = from + 1; j < cue; j++)
    if (wordAt(s, j) === 'tỉnh' && countOf(wordAt(s, j - 1)) >= 2) return false;
  const head = s.tt.tokens[k]!;
  if (MEMBER_HEADS.has(head.f)) return false;
  const first = s.tt.tokens[from]!;
  return (
    (ORG_HEADS.has(head.f) && isCapitalised(s.tt.text, head)) ||
    GENERIC_SUBJECTS.has(head.f) ||
    GENERIC_SUBJECTS.has(first.f)
  );
}

// Subjects that are plainly not a delegation ("Một số doanh nghiệp", "Người dân", "Sinh viên").
const GENERIC_SUBJECTS = new Set([
  'mot',
  'nhieu',
  'nguoi',
  'sinh',
  'doanh',
  'du',
  'nha',
  'hoc',
  'cac',
]);

/** The inviter and the hosts listed with it, of another country than the traveller. */
export function invitingHosts(s: SentenceView, inviter: Mention, o: Side): Side[] {
  return withListed(s, inviter)
    .filter((m) => m.entry.country !== o.entry.country)
    .map(local);
}

const TRIP_PHRASE_ENDS = new Set([
  'nhằm',
  'để',
  'là',
  'với',
  'và',
  'đã',
  'sẽ',
  'được',
  'tới',
  'đến',
  'sang',
  'tại',
]);

// Words before a place that say the trip went there.
const WENT_TO = new Set(['tại', 'ở', 'đến', 'tới', 'sang']);

/**
 * The party after "của" in a trip's own clause ("chuyến thăm … của Đoàn tỉnh A"), if a place
 * names it (national travellers are read only where the sentence opens with the trip, below);
 * side null for a delegation named by no place ("của đoàn").
 */
export function tripOwner(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  a: number,
): { side: Side | null; mentions: Mention[]; visited?: CountryCode[] } | null {
  // "của" must belong to the trip's noun phrase ("chuyến thăm chính thức của …"), not to a
  // later one ("chuyến thăm nhằm tìm hiểu kinh nghiệm của tỉnh B").
  let k = a;
  // "Chuyến thăm và làm việc tại Lào của Đoàn …", "chuyến thăm, làm việc của đoàn", "chuyến
  // thăm, chúc Tết tỉnh A của Đoàn …": one trip, named by two of its errands.
  const joined = wordAt(s, k) === 'và' ? k + 1 : commaBefore(s, k) ? k : -1;
  const errand = joined < 0 ? undefined : SECOND_ERRANDS.find((ws) => wordsAt(s, joined, ws));
  if (errand) k = joined + errand.length;
  // "nhắc lại chuyến thăm chính thức Việt Nam của Đoàn đại biểu Quốc hội Campuchia năm 2013".
  // ("chuyến thăm chính thức hữu nghị nước CHDCND Lào của …", and the other order, "chuyến thăm
  // hữu nghị chính thức …".)
  while (wordsAt(s, k, ['chính', 'thức']) || wordsAt(s, k, ['hữu', 'nghị'])) k += 2;
  // "chuyến thăm cấp Nhà nước tới Vương quốc Campuchia của …", "chuyến thăm cấp cao …".
  // (Such a trip to a country is its state's: its owner's side goes to that country's capital.)
  // (Only before the country it went to: "chuyến thăm cấp Nhà nước của Đoàn …" keeps its owner
  // to the rules that read the trip's clause.)
  const state = wordsAt(s, k, ['cấp', 'nhà', 'nước']) && countryGoneTo(s, k + 3) !== null;
  if (state) k += 3;
  else if (wordsAt(s, k, ['cấp', 'cao'])) k += 2;
  // "chuyến công du chính thức 2 ngày tới Việt Nam của …": its length, then where it went.
  // ("chuyến công tác 6 ngày (từ 3 đến 8/6/2019) tại nước bạn Lào của …": its days too.)
  if (countOf(wordAt(s, k)) > 0 && wordAt(s, k + 1) === 'ngày') k = pastDays(s, k + 2);
  // "… tại Lào của Đoàn …", "chuyến thăm Campuchia của …": the country the trip went to, then
  // its owner.
  const gone = countryGoneTo(s, k);
  const toCountry = gone !== null;
  const visited = gone && countryNamedAt(s, gone.at);
  k += gone?.length ?? 0;
  // ("chuyến thăm Lào và Campuchia hồi đầu tháng 2 của Tổng Bí thư …": a second country, then
  // the owner.)
  const also = gone && wordAt(s, k) === 'và' ? countryGoneTo(s, k) : null;
  k += also?.length ?? 0;
  // ("chuyến thăm Lào từ ngày 22 đến 26/1 của …": its days, then its owner.)
  k = pastDays(s, k);
  const afterCountry = k;
  let reach = k + 6;
  while (k < Math.min(s.t1, reach) && !commaBefore(s, k) && !TRIP_PHRASE_ENDS.has(wordAt(s, k))) {
    // ("chuyến thăm … tới Campuchia mà Tổng Bí thư … đang tiến hành": its owner, told after "mà".)
    if (wordAt(s, k) === 'của' || wordAt(s, k) === 'mà') break;
    // ("chuyến thăm, chúc Tết tỉnh B hồi tháng 4-2025 của đoàn …": where and when the trip was,
    // then its owner; a place's name and a time count as one word each against the reach.)
    const place = s.mentions.find((m) => m.firstToken === k);
    const when = TIME_BEFORE_DAYS.has(wordAt(s, k)) ? pastDays(s, k + 1) : k + 1;
    const next = place ? Math.max(place.lastToken + 1, when) : when;
    reach += next - k - 1;
    k = next;
  }
  // "chuyến thăm Campuchia lần này theo lời mời của …": the inviter, not the owner.
  const told = wordAt(s, k) === 'mà';
  // ("chuyến thăm cấp Nhà nước đến Lào vừa qua của …" recalls a trip, as a speaker lists what the
  // two sides have done: only an owner right after the country is read.)
  if ((state || told) && k !== afterCountry) return null;
  if ((wordAt(s, k) !== 'của' && !told) || commaBefore(s, k) || wordAt(s, k - 1) === 'mời')
    return null;
  let e = k + 1;
  while (e < s.t1 && !commaBefore(s, e)) e++;
  // ("… của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith": one leader's two offices; the
  // country closes the second.)
  while (e < s.t1 && BARE_OFFICES.has(phraseText(tt, k + 1, e))) {
    e++;
    while (e < s.t1 && !commaBefore(s, e)) e++;
  }
  // ("… của Đoàn đại biểu cấp cao Đảng, Nhà nước Lào": the state's organs listed, the country
  // after the last.)
  while (e < s.t1 && ORGAN_ENDS.test(phraseText(tt, k + 1, e)) && ORGAN_WORDS.has(wordAt(s, e))) {
    e++;
    while (e < s.t1 && !commaBefore(s, e)) e++;
  }
  // "chuyến thăm của đồng chí X – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A": a person's titles
  // run past commas and end with the person's place.
  const person = PERSON_WORDS.has(wordAt(s, k + 1));
  const titled = person ? s.mentions.find((x) => x.firstToken > k) : undefined;
  if (titled && titled.firstToken - k <= TITLES_REACH && !semicolonIn(s, k, titled.firstToken))
    e = Math.max(e, titled.lastToken + 1);
  // ("chuyến thăm và làm việc của đoàn tại tỉnh B", "chuyến thăm của đoàn … đến tỉnh B": where
  // the owner went, not the owner.)
  const m = s.mentions.find(
    (x) => x.firstToken > k && x.lastToken < e && !WENT_TO.has(wordAt(s, x.headToken - 1)),
  );
  // Only a party named within its own phrase, not a place further on ("của đoàn đại biểu Hội
  // hữu nghị Campuchia - Việt Nam tỉnh Kratie": a body's name is long).
  if (m && (m === titled || m.firstToken - k <= 12) && !isInviter(s, m)) {
    const side = actorIn(tt, s, gaz, k + 1, m.lastToken + 1, () => false);
    if (side) return { side, mentions: withListed(s, m) };
  }
  if (m) return null;
  // ("chuyến thăm Lào của ông Hun Sen": a leader known by name.)
  // ("… của Chủ tịch Quốc hội Vương Đình Huệ theo lời mời của Chủ tịch Quốc hội Lào": the
  // inviter's country is not the owner's.)
  const owner = phraseText(tt, k + 1, e).split(BY_INVITATION)[0]!;
  const c = nationalActorNear(owner) ?? leaderCountry(owner);
  // "chuyến thăm Campuchia của đoàn đại biểu cấp cao Đoàn Thanh niên Cộng sản Hồ Chí Minh": a
  // national body owns the trip to a country.
  if (c && toCountry)
    return {
      side: national(gaz, c),
      mentions: [],
      // (Two countries, "chuyến thăm Lào và Campuchia của …": a trip to each state.)
      ...((state || told || also) && visited && visited !== c
        ? {
            visited: [visited, ...(also ? [countryNamedAt(s, also.at)] : [])].filter(
              (x): x is CountryCode => x !== null && x !== c,
            ),
          }
        : {}),
    };
  // ("đánh giá cao chuyến thăm làm việc của đoàn đại biểu Tòa án Tối cao Vương quốc Campuchia
  // tại Việt Nam": a national body's trip to the country named after it, not the judge's.)
  // ("nhắc lại chuyến thăm và làm việc gần đây của đoàn công tác Ban Tuyên giáo Trung ương tại
  // Cộng hòa dân chủ nhân dân Lào": the body is read before the country it went to, which would
  // otherwise be taken for its own.)
  const there = c ? OWNER_THEN_COUNTRY.exec(owner) : null;
  const goal = there ? countryWords(there[1]!)[0]?.country : undefined;
  const body = there && goal === c ? nationalActorNear(owner.slice(0, there.index)) : c;
  if (body && goal && goal !== body) return { side: national(gaz, body), mentions: [] };
  // "cho rằng chuyến thăm của đoàn tại Thành phố sẽ …": the delegation the article follows, never
  // the speaker who judges its trip.
  return !c && UNNAMED_PARTY.has(wordAt(s, k + 1)) ? { side: null, mentions: [] } : null;
}

const UNNAMED_PARTY = new Set(['đoàn', 'khách']);
const ORGAN_ENDS = /^đoàn(?:\s+\p{L}+){0,4}\s(?:đảng|nhà nước|quốc hội|chính phủ)$/u;
const ORGAN_WORDS = new Set(['đảng', 'nhà', 'quốc', 'chính']);
/**
 * "thăm, làm việc tại Campuchia", "thăm, chúc Tết tỉnh B": a trip's second errand at token k, after
 * a comma that joins it to the first (the trip's words go on; the comma ends no clause).
 */
export function secondErrandAt(s: SentenceView, k: number): boolean {
  return SECOND_ERRANDS.some((ws) => wordsAt(s, k, ws));
}

const SECOND_ERRANDS: readonly string[][] = [
  ['làm', 'việc'],
  ['chúc', 'tết'],
];
const BARE_OFFICES = new Set(['tổng bí thư', 'chủ tịch nước', 'chủ tịch đảng', 'thủ tướng']);
const OWNER_THEN_COUNTRY = new RegExp(
  String.raw`\s(?:tại|đến|tới|sang)\s+${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);
const BY_INVITATION = /\s(?:theo|nhận)\s+lời\s+mời\s/u;

/**
 * The country a trip phrase says it went to at token k ("tới (Vương quốc) Campuchia", "Lào"): the
 * country's first token and the length of the words naming it, or null.
 */
function countryGoneTo(s: SentenceView, k: number): { at: number; length: number } | null {
  const from = TRIP_PHRASE_ENDS.has(wordAt(s, k)) ? k + 1 : k;
  // ("chuyến thăm chính thức nước CHDCND Lào của Chủ tịch nước …": the state's long name.)
  const at = from + stateWords(s, from);
  const n = countryWordAt(s, at);
  return n > 0 ? { at, length: at + n - k } : null;
}

/** "nước (bạn)", "CHDCND", "Vương quốc", "Cộng hòa Dân chủ Nhân dân" before a country's name at k. */
function stateWords(s: SentenceView, k: number): number {
  let j = k;
  // ("tại nước bạn Lào": the friend's country.)
  if (wordAt(s, j) === 'nước') j += wordAt(s, j + 1) === 'bạn' ? 2 : 1;
  const state = STATE_NAMES.find((ws) => wordsAt(s, j, ws));
  return j - k + (state?.length ?? 0);
}
const STATE_NAMES = [
  ['vương', 'quốc'],
  ['chdcnd'],
  ['chxhcn'],
  ['cộng', 'hòa', 'dân', 'chủ', 'nhân', 'dân'],
  ['cộng', 'hoà', 'dân', 'chủ', 'nhân', 'dân'],
  ['cộng', 'hòa', 'xã', 'hội', 'chủ', 'nghĩa'],
  ['cộng', 'hoà', 'xã', 'hội', 'chủ', 'nghĩa'],
];

// ("chuyến thăm Campuchia của lãnh đạo, cán bộ TPHCM": the people, listed, then their place.)
const PERSON_WORDS = new Set(['đồng', 'ông', 'bà', 'ngài', 'lãnh']);

const TITLES_REACH = 25;

// Kinship words news text calls a private person by ("chị Phuong", "anh Sơn"); officials are
// "ông", "bà", "đồng chí", named with their titles.
const KIN = new Set(['chị', 'anh', 'em', 'cô', 'chú', 'bác', 'cụ']);

/**
 * "Chúng tôi bắt gặp chị Phuong SaMean đang chạy xe … để làm thủ tục sang Việt Nam mua ít đồ
 * dùng": a private person on an errand of her own (a name with no title after it, no "đoàn"
 * between it and the cue at `end`) is no delegation.
 */
export function privateTraveller(s: SentenceView, end: number): boolean {
  const { text, tokens } = s.tt;
  for (let k = s.t0; k + 1 < end; k++) {
    if (wordAt(s, k) === 'đoàn') return false;
    // ("hai nước anh em Việt Nam - Lào": brothers, not a person.)
    if (!KIN.has(wordAt(s, k)) || !isCapitalised(text, tokens[k + 1]!) || countryWordAt(s, k + 1))
      continue;
    let j = k + 1;
    while (j + 1 < end && isCapitalised(text, tokens[j + 1]!) && !commaBefore(s, j + 1)) j++;
    // ("anh Nguyễn Văn A, Bí thư Tỉnh đoàn …", "chị B (Phó Chủ tịch …)": a title follows.)
    const after = text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? tokens[j]!.end);
    if (/[,(–—-]/u.test(after)) return false;
    for (let b = j + 1; b < end; b++) if (wordAt(s, b) === 'đoàn') return false;
    return true;
  }
  return false;
}

const DAY_WORDS = new Set(['từ', 'ngày', 'đến', 'tới', 'tháng', 'năm']);
// Words that open a trip's time inside its noun phrase ("hồi tháng 4-2025", "vào năm 2019").
const TIME_BEFORE_DAYS = new Set(['hồi', 'vào']);

/** Past a run of day words and numbers ("từ ngày 22 đến 26/1") that holds a number. */
function pastDays(s: SentenceView, k: number): number {
  let e = k;
  let number = false;
  for (; e < s.t1 && !commaBefore(s, e); e++) {
    const digit = /^\d/.test(wordAt(s, e));
    if (!digit && !DAY_WORDS.has(wordAt(s, e))) break;
    number ||= digit;
  }
  return number ? e : k;
}
