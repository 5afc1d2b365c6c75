// The parties of an event frame: delegations and bodies named with their home, roll calls of
// those who came, sides named by their country.
import { foreignMedia } from './national-media.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import { bareProvinceIn } from './home.ts';
import {
  COUNTRY_ALT,
  countryWords,
  listedNationalActors,
  nationalActorNear,
  STATE_OF,
} from './actors.ts';
import { countOf } from './count-words.ts';
import type { Mention } from './find-places.ts';
import { afterOpening, clauseStart, meetingAt, TALLY } from './frame-meeting.ts';
import {
  countryWordAt,
  foldedAt,
  hasWords,
  inRelation,
  isDateline,
  isSuccessorRemark,
  phraseText,
  semicolonBefore,
  TOWARDS,
  wordAt,
  wordsAt,
  wordIn,
  type SentenceView,
} from './sentence-view.ts';
import { afterSiteTag, afterTimeOpening } from './time-opening.ts';
import { presenceClause } from './presence-clause.ts';
import { NOT_A_DELEGATION } from './caption-pair.ts';
import { isCapitalised } from './tokens.ts';
import { commaBefore, EVENT_WORDS, MESSAGE, NOT_AFTER_TIEP, SUB_UNITS } from './visit-cues.ts';
import {
  cameFrom,
  delegationKindAt,
  glued,
  isInviter,
  isLocated,
  withListed,
} from './visit-sides.ts';

// Words that open the phrase of a side taking part (a delegation, "về phía tỉnh B").
// Leaders' titles name a side too ("Bí thư, Tỉnh trưởng tỉnh A chủ trì hội nghị").
const PARTY_HEAD = new Set([
  'đoàn',
  'phía',
  'lãnh',
  'ủy',
  'ubnd',
  'hđnd',
  'hội',
  'ban',
  'chính',
  'trưởng',
  'thư',
  'tịch',
  // Forces and departments ("Bộ Chỉ huy Quân sự tỉnh A", "Công an tỉnh A", "Sở Ngoại vụ tỉnh A").
  'huy',
  'sở',
  'an',
  'đội',
  // "lực lượng vũ trang (huyện X,) tỉnh A", "lực lượng bảo vệ biên giới của A".
  'trang',
  'lượng',
  // "Dự lễ có …, đại biểu các tỉnh: B1, B2".
  'biểu',
  // "Bộ CHQS tỉnh A", "BĐBP tỉnh A".
  'chqs',
  'bchqs',
  'bđbp',
]);

// "biên giới giữa", "khu vực giữa", "ranh giới giữa": land between two places.
const TERRAIN = new Set(['giới', 'vực', 'tuyến']);
// ("Hội nghị … về phối hợp song phương trong công tác biên giới giữa tỉnh A và tỉnh B": the border
// as the work the meeting is about, its sides after "giữa"; not "khu vực / đường biên giới giữa …".)
const BORDER_WORK = new Set(['tác', 'lý', 'vệ']);
const borderWork = (s: SentenceView, b: number) =>
  wordsAt(s, b - 2, ['biên', 'giới']) && BORDER_WORK.has(wordAt(s, b - 3));

/** A party's head word ("Bộ đội", "Ban chỉ huy", "Công an") between "giữa" at b and the place. */
function bodyBetween(s: SentenceView, b: number, head: Mention): boolean {
  for (let k = b + 1; k < head.firstToken; k++) if (PARTY_HEAD.has(wordAt(s, k))) return true;
  return false;
}

/**
 * "…, sau khi tỉnh A của Việt Nam được chia tách thành hai tỉnh A và A2": a unit whose clause tells
 * how the map changed, no side of the meeting.
 */
function reorganisedIn(s: SentenceView, m: Mention): boolean {
  let a = m.headToken;
  while (a > s.t0 && !commaBefore(s, a)) a--;
  let b = m.lastToken + 1;
  while (b < s.t1 && !commaBefore(s, b)) b++;
  // (Cheap gate: the unit's clause opens on "sau khi" / "khi".)
  if (wordAt(s, a) !== 'sau' && wordAt(s, a) !== 'khi') return false;
  return REORGANISED.test(phraseText(s.tt, a, b));
}
const REORGANISED = /(?<![\p{L}])(?:chia tách|tách thành|sáp nhập|hợp nhất|nhập vào)(?![\p{L}])/u;

// A place right after these is a route or a target, not a party ("từ Pleiku qua B tới C").
// "thăm tỉnh B", "làm việc với tỉnh B" name the host side.
const NOT_PARTY_BEFORE = new Set([
  'từ',
  'qua',
  'tới',
  'đến',
  'sang',
  'về',
  'giáp',
  'ra',
  'vào',
  'thăm',
  'với',
  'cho',
]);

// A national body with its country: "Quốc hội Lào", "Bộ Quốc phòng Campuchia", "Chính phủ Lào",
// "Bộ Văn hóa và Mỹ thuật Campuchia", "Bộ Thông tin, Văn hóa và Du lịch Lào", "Liên minh Công
// đoàn Quốc gia Campuchia", "Mặt trận Đoàn kết phát triển Tổ quốc Campuchia".
const BODY_OF_COUNTRY = new RegExp(
  String.raw`(?<![\p{L}])(?:quốc hội|nghị viện|thượng viện|chính phủ|thủ tướng|người đồng cấp|chủ tịch nước|tổng bí thư|bộ [\p{L}]+(?: [\p{L}]+)?(?:, [\p{L}]+(?: [\p{L}]+)?)?(?: và [\p{L}]+(?: [\p{L}]+)?)?|viện hàn lâm(?: [\p{L}-]+){1,6}?|mặt trận lào xây dựng đất nước|mặt trận đoàn kết(?: phát triển)?(?: tổ quốc)?|hội hữu nghị|đảng nhân dân(?: cách mạng)?|đảng cộng sản|quốc gia)\s+${STATE_OF}(?:hoàng gia\s+)?(${COUNTRY_ALT})(?![\p{L}])`,
  'gu',
);

/**
 * "tại cuộc gặp giữa Thủ tướng Campuchia … và người đồng cấp Lào … tại Phnom Penh": the foreign
 * party of a meeting between two countries' leaders, named before its venue.
 */
export function meetingBetween(
  s: SentenceView,
  venue: Mention,
  not: CountryCode,
): CountryCode | null {
  for (let b = venue.firstToken - 1; b >= s.t0; b--)
    if (wordAt(s, b) === 'giữa') {
      if (amid(s, b)) return null;
      const sides = phraseText(s.tt, b, venue.firstToken);
      // ("… giữa Bộ … Lào và Đài Tiếng nói Việt Nam …, tại tỉnh B": a national broadcaster too.)
      return foreignBody(sides, not) ?? foreignMedia(sides, not);
    }
  return null;
}

/** "Giữa không khí hân hoan …", "giữa lúc …": the "giữa" at token b means amid, not between. */
function amid(s: SentenceView, b: number): boolean {
  return AMID.some((words) => wordsAt(s, b + 1, words));
}

/**
 * "Tuần Văn hóa … do Bộ … Việt Nam phối hợp với Bộ Văn hóa và Mỹ thuật Campuchia tổ chức, diễn ra
 * … tại hai tỉnh A và B": a foreign national body that co-organised the event held there.
 */
export function coOrganiser(s: SentenceView, venue: Mention, not: CountryCode): CountryCode | null {
  const before = phraseText(s.tt, s.t0, venue.firstToken);
  const at = before.indexOf('phối hợp với ');
  // ("Bộ … Việt Nam cùng Bộ … Lào đã tổ chức Lễ bế mạc … tại Thủ đô Vientiane": the two bodies
  // joined by "cùng" before the verb, either of them the foreign one.)
  const joint = at < 0 ? before.indexOf(' cùng ') : -1;
  if (at < 0 && joint < 0) return null;
  const end = before.indexOf(' tổ chức', at < 0 ? joint : at);
  return end < 0 ? null : foreignBody(before.slice(at < 0 ? 0 : at, end), not);
}

/** The country of a foreign national body named in a phrase, other than `not`. */
export function foreignBody(lower: string, not: CountryCode): CountryCode | null {
  for (const m of lower.matchAll(BODY_OF_COUNTRY)) {
    const c = countryWords(m[1]!)[0]!.country;
    // ("… đồng thời chào mừng 90 năm thành lập Đảng Cộng sản Việt Nam": an anniversary marked;
    // "Huân chương Lao động do Chính phủ Lào trao tặng": who awarded an order, not who came.)
    const before = lower.slice(Math.max(0, m.index - 60), m.index);
    if (
      c !== not &&
      !ANNIVERSARY_OF.test(before) &&
      !AWARDED_BY.test(before) &&
      !GIVEN_TO.test(before)
    )
      return c;
  }
  if (not !== 'KH' && ROYAL_ARMY.test(lower)) return 'KH';
  // "cuộc họp … giữa hai đoàn đại biểu biên giới Việt Nam - Lào": the two countries' delegations.
  const pair = TWO_DELEGATIONS.exec(lower);
  if (!pair) return null;
  const other = countryWords(pair[0]).find((w) => w.country !== not);
  return other ? other.country : null;
}

const AMID: readonly (readonly string[])[] = [
  ['không', 'khí'],
  ['lúc'],
  ['bối', 'cảnh'],
  ['mùa'],
  ['những', 'ngày'],
];
const ANNIVERSARY_OF = /(?:thành lập|kỷ niệm|ngày sinh|năm ngày)[^,;.]*$/u;
// ("… trao tặng tiền ủng hộ Chính phủ và nhân dân Việt Nam": the gift's receiver, at home.)
export const GIVEN_TO = /(?:ủng hộ|giúp đỡ|giúp|hỗ trợ|tặng)\s+$/u;
// ("Lễ trao tặng Huân chương của Chính phủ nước … Lào": whose order it is.)
const AWARDED_BY = /(?:huân chương|huy chương|bằng khen|kỷ niệm chương)[^,;.]*\s(?:do|của)\s+$/u;

// ("… giữa đoàn đại biểu biên giới nước CHXHCN Việt Nam và Đoàn đại biểu biên giới nước CHDCND
// Lào": each delegation named by its country.)
const TWO_DELEGATIONS = new RegExp(
  String.raw`(?<![\p{L}])giữa\s+(?:(?:hai|2)\s+đoàn[^,.;]{0,40}?\s(?:${COUNTRY_ALT})\s*[-–]\s*(?:${COUNTRY_ALT})|đoàn[^,.;]{0,50}?\s(?:${COUNTRY_ALT})\s+và\s+đoàn[^,.;]{0,50}?\s(?:${COUNTRY_ALT}))(?![\p{L}])`,
  'u',
);

// "Bộ Tư lệnh Lục quân, Quân đội Hoàng gia": Cambodia's army, often named without the country.
const ROYAL_ARMY = /(?<![\p{L}])quân đội hoàng gia(?!\s+thái)(?![\p{L}])/u;

// What follows an unnamed "Đoàn" that opens a sentence: what it did, not whose it is.
const BARE_DELEGATION = new Set(['thăm', 'làm', 'hội', 'chào', 'đã', 'dâng', 'trao', 'tặng', 'dự']);

/**
 * "đoàn công tác của tỉnh do … dẫn đầu đã bàn giao …" before token `end`: the delegation of the
 * province the paper is written from, named by a bare "tỉnh" (it travelled; its home is no venue).
 */
export function ownDelegationBefore(s: SentenceView, end: number): boolean {
  for (let k = s.t0; k < Math.min(end, s.t1); k++) {
    if (wordAt(s, k) !== 'đoàn') continue;
    let j = k + 1;
    if (DELEGATION_WORDS.has(`${wordAt(s, j)} ${wordAt(s, j + 1)}`)) j += 2;
    if (wordAt(s, j) === 'của') j++;
    if (wordAt(s, j) === 'tỉnh' && bareProvinceIn(s, j, j + 1)) return true;
  }
  return false;
}

const DELEGATION_WORDS = new Set(['công tác', 'đại biểu', 'cán bộ']);

export function bareDelegation(s: SentenceView): boolean {
  return wordAt(s, s.t0) === 'đoàn' && BARE_DELEGATION.has(wordAt(s, s.t0 + 1));
}

/**
 * "Về phía nước bạn Lào có … lãnh đạo 7 tỉnh gồm: …, Tỉnh trưởng tỉnh A; …": the roll call of one
 * side of the meeting the article tells, which names who was there without a meeting word.
 */
export function sideRollCall(s: SentenceView): boolean {
  return sideAt(s, s.t0) < 0 ? fromRollCall(s) || delegatesRollCall(s) : opensSideRoll(s);
}

/** "Phía Campuchia có đoàn các tỉnh A1, A2 …; phía nước chủ nhà có …": a side's roll opens it. */
export function opensSideRoll(s: SentenceView): boolean {
  const side = sideFrom(s);
  const roll = side >= 0 ? rollAfterSide(s, side, SIDE_ROLL_REACH) : -1;
  // ("Phía tỉnh A có 15 xã biên giới, đối diện với 33 bản …": a side of the border, counted.)
  return roll >= 0 && !(/^\d+$/.test(wordAt(s, roll + 1)) && SUB_UNITS.has(wordAt(s, roll + 2)));
}

const SIDE_ROLL_REACH = 12;

/** "… đang đi từ bản A về phía trạm B": where someone heads for, no side of a meeting. */
function headingFor(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - HEADING_REACH) && !commaBefore(s, b + 1); b--)
    if (MOTION.has(wordAt(s, b))) return true;
  return false;
}
const HEADING_REACH = 6;
const MOTION = new Set(['đi', 'chạy', 'từ', 'tiến', 'lùi', 'hướng']);

/**
 * "Về phía Lào …" at token k, or "Phía bạn Lào …" opening the sentence: the token after "phía",
 * else -1.
 */
function sideAt(s: SentenceView, k: number): number {
  if (wordAt(s, k) === 'về' && wordAt(s, k + 1) === 'phía') return headingFor(s, k) ? -1 : k + 2;
  // ("Đại diện phía Việt Nam gồm đồng chí …": the side's representatives.)
  if (k === s.t0 && wordsAt(s, k, ['đại', 'diện', 'phía'])) return k + 3;
  return k === s.t0 && wordAt(s, k) === 'phía' ? k + 1 : -1;
}

/**
 * The token after the first "phía" that names a side within the sentence's opening, also one
 * opening the clause after an occasion ("Có mặt tại buổi tiếp, phía bạn Lào có …"), or -1.
 */
function sideFrom(s: SentenceView): number {
  for (let k = s.t0; k < Math.min(s.t1, s.t0 + SIDE_OPENING); k++) {
    const side = commaBefore(s, k) && wordAt(s, k) === 'phía' ? k + 1 : sideAt(s, k);
    if (side >= 0) return side;
  }
  return -1;
}

// The words an occasion may take before the side it names ("Có mặt tại buổi tiếp, phía …").
const SIDE_OPENING = 8;

/** The "có / gồm" that opens the roll of a side named from token `side`, within `reach`, or -1. */
function rollAfterSide(s: SentenceView, side: number, reach: number): number {
  for (let j = side; j < Math.min(s.t1, side + reach - 2); j++) {
    const w = wordAt(s, j);
    if (w === 'có' || w === 'gồm') return j;
    // ("Phía bạn là các đoàn Công an tỉnh B1, B2 …": the side said to be its delegations.)
    if (w === 'là' && ROLLED_AS.has(wordAt(s, j + 1))) return j;
  }
  return -1;
}
const ROLLED_AS = new Set(['các', 'đoàn', 'lãnh', 'đại']);

/**
 * "Đại biểu Campuchia gồm đại diện …", "Đoàn (đại biểu) Lào có …": the roll of one country's
 * side.
 */
function delegatesRollCall(s: SentenceView): boolean {
  const head = wordAt(s, s.t0);
  if (head !== 'đại' && head !== 'đoàn') return false;
  let at = head === 'đoàn' ? s.t0 + 1 : s.t0;
  if (wordsAt(s, at, ['đại', 'biểu'])) at += 2;
  else if (head === 'đại') return false;
  // ("Đoàn công tác Campuchia gồm lãnh đạo tỉnh A1, tỉnh A2 …", "Đoàn lãnh đạo Lào có …": any
  // kind of delegation named by its country rolls its members the same way.)
  else at += delegationKindAt(s, at);
  if (wordsAt(s, at, ['cấp', 'cao'])) at += 2;
  const n = countryWordAt(s, at);
  return n > 0 && ['gồm', 'có'].includes(wordAt(s, at + n));
}

/** "Từ tỉnh B có ngài …, Phó Tỉnh trưởng": the roll of one guest province. */
function fromRollCall(s: SentenceView): boolean {
  const m = s.mentions[0];
  if (wordAt(s, s.t0) !== 'từ' || !m || m.headToken !== s.t0 + 1) return false;
  return wordAt(s, withListed(s, m).at(-1)!.lastToken + 1) === 'có';
}

/**
 * "Chủ trì tiếp nhận có Thiếu tướng X, Chỉ huy trưởng … B", "Đồng chủ trì buổi lễ có …": the roll
 * of those who chair the event, its hosts.
 */
export function chairsRoll(s: SentenceView): boolean {
  const k = clauseStart(s);
  const at = wordAt(s, k) === 'đồng' ? k + 1 : k;
  return wordsAt(s, at, ['chủ', 'trì']);
}

/**
 * "Về dự Hội nghị có …", "Tham dự lễ ký kết có …", "Đồng chủ trì hội nghị có …": the roll of those
 * who attended.
 */
export function attendanceRoll(s: SentenceView): boolean {
  if (delegationsFrom(s) || attendedBy(s) || gatheredFrom(s) || countedAttendance(s)) return true;
  if (representativesAttending(s) || attendingLast(s)) return true;
  // ("Hoạt động diễn ra hôm qua, với sự có mặt của …": the roll in a trailing clause.)
  if (presenceClause(s)) return true;
  // ("Sáng 6/12, về dự diễn đàn có …", "Nhân dịp Tết, sang dự buổi lễ có …": the roll after its
  // time or occasion.)
  const start = clauseStart(s);
  let k = start;
  // "Khách mời phía nước bạn Lào gồm: …": the guests' roll.
  if (wordsAt(s, k, ['khách', 'mời']))
    for (let j = k + 2; j < Math.min(s.t1, k + ROLL_REACH); j++)
      if (wordAt(s, j) === 'gồm' || wordAt(s, j) === 'có') return true;
  // ("Sang dự buổi lễ, phía Campuchia có …": the guests crossed over to it; "Cùng sang dự còn có
  // …": more of them.)
  if (wordAt(s, k) === 'cùng' && TOWARDS.has(wordAt(s, k + 1))) k += 2;
  else if (TOWARDS.has(wordAt(s, k))) k++;
  // ("Cùng dự còn có …", "Cùng tham dự có …"; not "Cùng đồng chủ trì …", the co-chairs.)
  else if (wordAt(s, k) === 'cùng' && ['dự', 'tham'].includes(wordAt(s, k + 1))) k++;
  // ("Sang Tây Ninh dự hội nghị có …", "Sang B đồng chủ trì hội nghị có …": the place they
  // crossed to, then the event.)
  const crossedTo =
    k > start && TOWARDS.has(wordAt(s, k - 1))
      ? s.mentions.find((m) => m.headToken === k)
      : undefined;
  const then = crossedTo ? crossedTo.lastToken + 1 : -1;
  if (
    crossedTo &&
    (['dự', 'tham', 'chủ'].includes(wordAt(s, then)) || wordsAt(s, then, ['đồng', 'chủ']))
  )
    k = then;
  // ("Về với lễ hội có gần 1.000 nghệ nhân đến từ …": those who came to the event.)
  const cameTo = k > s.t0 && TOWARDS.has(wordAt(s, k - 1)) && wordAt(s, k) === 'với';
  const took = wordAt(s, k) === 'tham';
  if (took) k++;
  let showed = -1;
  if (wordAt(s, k) === 'đồng' && wordAt(s, k + 1) === 'chủ') k++;
  if (wordAt(s, k) === 'chủ' && wordAt(s, k + 1) === 'trì') k++;
  // "Góp mặt còn có 10 Đoàn nghệ thuật … Lào (A, B, …)", "Góp mặt tại Ngày hội là …".
  else if (wordAt(s, k) === 'góp' && wordAt(s, k + 1) === 'mặt') showed = ++k;
  // "Có mặt tại buổi lễ có / gồm …": those present at it.
  else if (k === start && wordAt(s, k) === 'có' && wordAt(s, k + 1) === 'mặt') showed = ++k;
  // "Đến chung vui với tỉnh còn có đoàn lãnh đạo tỉnh A …": came to share the host's day.
  else if (['chung', 'chia'].includes(wordAt(s, k)) && wordAt(s, k + 1) === 'vui') k++;
  // ("Tham gia trại hè năm nay có 57 em đến từ …": those who took part.)
  else if (wordAt(s, k) !== 'dự' && !(took && wordAt(s, k) === 'gia') && !cameTo) return false;
  // ("Đến dự buổi Lễ viếng, truy điệu và an táng có …": the event's own series of words; "Dự Cuộc
  // gặp lần này, ngoài lãnh đạo các tỉnh nói trên còn có …": besides those, others.)
  // ("Có mặt tại buổi lễ, ông X, Phó Tỉnh trưởng tỉnh B, bày tỏ …": one who was present.)
  // ("Dự và phát biểu tại Đại hội, đồng chí X, Phó Bí thư Tỉnh ủy B, …": one who attended.)
  const present = showed >= 0 || attendedAs(s, k, start);
  for (let j = k + 1; j < Math.min(s.t1, k + ROLL_REACH); j++) {
    if (present && commaBefore(s, j) && ADDRESSED.has(wordAt(s, j))) return true;
    if (commaBefore(s, j) && isCapitalised(s.tt.text, s.tt.tokens[j]!)) return false;
    if (wordAt(s, j) === 'có' || (showed >= 0 && ['là', 'gồm'].includes(wordAt(s, j)))) return true;
  }
  return rollAfterVenue(s, k);
}

const ROLL_REACH = 16;
const ADDRESSED = new Set(['ông', 'bà', 'ngài', 'đồng']);

/**
 * "Tham dự buổi lễ khai giảng tại trường Tiểu học … ở tỉnh B có …": an event told with its venue
 * runs past the roll's usual reach; the roll opens on "có" right after the venue's place.
 */
function rollAfterVenue(s: SentenceView, k: number): boolean {
  const venue = s.mentions.find((m) => m.firstToken > k && isLocated(s, m));
  if (!venue || venue.firstToken - k > VENUE_ROLL_REACH) return false;
  for (let j = k + 1; j <= venue.lastToken; j++) if (commaBefore(s, j)) return false;
  return wordAt(s, venue.lastToken + 1) === 'có';
}
// (An event's name and its venue's: "buổi lễ khai giảng tại trường Tiểu học Hữu nghị Khmer-Việt
// Nam ở tỉnh B".)
const VENUE_ROLL_REACH = 28;

/** "Dự Đại hội", "Dự và phát biểu tại Đại hội": 'dự' at k opens the sentence, an event after it. */
function attendedAs(s: SentenceView, k: number, start: number): boolean {
  // ("Cùng tham dự buổi lễ, ông X, Tỉnh trưởng tỉnh B, khẳng định …": two words before it.)
  if (wordAt(s, k) !== 'dự' || k > start + 2) return false;
  const j = wordsAt(s, k + 1, ['và', 'phát', 'biểu'])
    ? wordAt(s, k + 4) === 'tại'
      ? k + 5
      : k + 4
    : k + 1;
  return EVENT_WORDS.has(wordAt(s, j));
}

/** "Đại diện chính quyền tỉnh A tham dự có bà …": a place's representatives, then their roll. */
function representativesAttending(s: SentenceView): boolean {
  if (!wordsAt(s, s.t0, ['đại', 'diện'])) return false;
  for (let k = s.t0 + 2; k < Math.min(s.t1, s.t0 + REPRESENTED_REACH); k++) {
    if (commaBefore(s, k)) return false;
    if (wordAt(s, k) !== 'dự') continue;
    return ['có', 'gồm'].includes(wordAt(s, k + 1)) && s.mentions.some((m) => m.lastToken < k);
  }
  return false;
}

const REPRESENTED_REACH = 10;

const ABOUT = new Set(['gần', 'hơn', 'khoảng', 'trên', 'gồm']);

/** "Hội thảo có gần 70 đại biểu tham dự, gồm đại diện …": the delegates counted, then rolled. */
function countedAttendance(s: SentenceView): boolean {
  // ("Thực hiện chương trình hợp tác giữa hai tỉnh, hội thảo có …": after its occasion.)
  const start = clauseStart(s);
  for (let k = start + 1; k < Math.min(s.t1, start + 8); k++) {
    if (wordAt(s, k) !== 'có') continue;
    let j = k + 1;
    if (ABOUT.has(wordAt(s, j))) j++;
    if (!/^\d+$/.test(wordAt(s, j)) || !wordsAt(s, j + 1, ['đại', 'biểu'])) return false;
    j += 3;
    if (wordAt(s, j) === 'tham') j++;
    // ("có hơn 500 đại biểu tham gia, gồm …": taking part, as much as attending.)
    if (wordAt(s, j) === 'dự' || wordAt(s, j) === 'gia') j++;
    return wordAt(s, j) === 'gồm' || wordsAt(s, j, ['trong', 'đó', 'có']);
  }
  return false;
}

// From "sự tham gia của" to its delegation: "… của 10 Đoàn …", "… của các đoàn nghệ thuật …".
const DELEGATION_TAKING_PART = 10;

/** "Lễ khai mạc …, với sự tham dự của Bộ trưởng … cùng lãnh đạo bốn tỉnh A, B, C, D": the roll. */
function attendedBy(s: SentenceView): boolean {
  // ("với sự tham gia của hơn 300 doanh nghiệp": firms take part, nobody is rolled.)
  for (let k = s.t0; k + 3 < s.t1; k++) {
    if (wordAt(s, k) !== 'sự' || wordAt(s, k + 3) !== 'của') continue;
    const w = wordAt(s, k + 1);
    const v = wordAt(s, k + 2);
    // ("Buổi lễ còn có sự hiện diện của … lãnh đạo các tỉnh A, B, C": their presence.)
    if (
      (w === 'tham' && v === 'dự') ||
      (w === 'có' && v === 'mặt') ||
      (w === 'hiện' && v === 'diện')
    )
      return true;
    // ("với sự tham gia của đại diện các tỉnh A, B (Campuchia)": places' envoys take part.)
    if (w === 'tham' && v === 'gia' && envoysAt(s, k + 4)) return true;
    // ("với sự tham gia của 10 Đoàn nghệ thuật … Lào (A, B, C)": delegations take part.)
    if (w === 'tham' && v === 'gia')
      for (let j = k + 4; j < Math.min(s.t1, k + DELEGATION_TAKING_PART); j++)
        if (wordAt(s, j) === 'đoàn') return true;
    // "… ký kết …, trước sự chứng kiến của … đoàn đại biểu cấp cao của 4 tỉnh …": a delegation
    // present ("… của đại diện Sở … tỉnh B" at a ceremony in B is its hosts).
    if (w === 'chứng' && v === 'kiến')
      for (let j = k + 4; j < Math.min(s.t1, k + WITNESS_REACH); j++)
        if (wordAt(s, j) === 'đoàn') return true;
  }
  return false;
}

// From "chứng kiến" to the delegation named among the witnesses ("… của đông đảo lãnh đạo tỉnh và
// các sở, ban, ngành liên quan, đoàn đại biểu cấp cao 4 tỉnh …").
const WITNESS_REACH = 24;

/** "đại diện …", "đại biểu …", "lãnh đạo …", "(các) đoàn …" at k: people sent by places. */
function envoysAt(s: SentenceView, k: number): boolean {
  const j = wordAt(s, k) === 'các' ? k + 1 : k;
  return (
    wordAt(s, j) === 'đoàn' ||
    wordsAt(s, j, ['đại', 'diện']) ||
    wordsAt(s, j, ['đại', 'biểu']) ||
    wordsAt(s, j, ['lãnh', 'đạo'])
  );
}

/** "Ngài A, Phó Tỉnh trưởng tỉnh B; … và Nhân dân đến dự.": a roll that ends on its attending. */
function attendingLast(s: SentenceView): boolean {
  if (wordAt(s, s.t1 - 1) !== 'dự') return false;
  // ("Các đồng chí: X - Tỉnh trưởng tỉnh B, Y - Phó Chủ tịch UBND tỉnh A cùng tham dự.")
  const before = wordAt(s, s.t1 - 2) === 'tham' ? s.t1 - 3 : s.t1 - 2;
  return ATTENDING_LAST.has(wordAt(s, before));
}
const ATTENDING_LAST = new Set(['đến', 'tới', 'về', 'cùng']);

/** "Các đoàn (đại biểu) đến từ năm tỉnh A, B, …": a roll of the guests by where they came from. */
export function delegationsFrom(s: SentenceView): boolean {
  let k = s.t0;
  // ("Trong số này có 6 đoàn đến từ …": those counted among the event's guests.)
  if (wordsAt(s, k, ['trong', 'số']) || wordsAt(s, k, ['trong', 'đó'])) k += 2;
  if (wordAt(s, k) === 'này' || wordAt(s, k) === 'đó') k++;
  if (wordAt(s, k) === 'có') k++;
  if (countOf(wordAt(s, k)) > 0) k++;
  if (wordAt(s, k) === 'các') k++;
  if (wordAt(s, k) !== 'đoàn') return false;
  k++;
  if (wordAt(s, k) === 'đại' && wordAt(s, k + 1) === 'biểu') k += 2;
  return (wordAt(s, k) === 'đến' && wordAt(s, k + 1) === 'từ') || delegationOf(s);
}

/**
 * "Chương trình quy tụ 83 đại biểu …; mỗi nước bạn cử 50 đại biểu, các em đến từ thủ đô A, tỉnh
 * B …": the delegates an event gathered, and where they came from.
 */
function gatheredFrom(s: SentenceView): boolean {
  if (!hasWords(s, 'đến', 'từ')) return false;
  // ("Hơn 50 nghệ nhân đến từ các tỉnh A, B đã tham gia liên hoan", "Họ đến từ …" after "… đã
  // tham gia liên hoan.": those who took part came from there.)
  if (hasWords(s, 'tham', 'gia') || wordsAt(s, s.t0, ['họ', 'đến', 'từ'])) return true;
  // ("Ngày hội thu hút hơn 500 nghệ nhân … đến từ 5 tỉnh …": those it drew.)
  return (hasWords(s, 'quy', 'tụ') && hasWords(s, 'đại', 'biểu')) || hasWords(s, 'thu', 'hút');
}

/** "Đoàn (của) Chi khu quân sự thành phố B có Đại tá …": who made up a place's delegation. */
export function delegationOf(s: SentenceView): boolean {
  if (wordAt(s, s.t0) !== 'đoàn') return false;
  const k = s.t0 + 1;
  const m = s.mentions.find((x) => x.headToken >= k && x.headToken <= k + 8);
  if (!m || s.mentions.some((x) => x.headToken >= k && x.headToken < m.headToken)) return false;
  const w = wordAt(s, m.lastToken + 1);
  return w === 'có' || w === 'gồm';
}

/**
 * "(Tới dự buổi lễ,) về phía Việt Nam có …", "Về phía nước bạn Lào, có …": the country a roll
 * call's side is named by, and where its roll starts.
 */
export function countrySide(s: SentenceView): { country: CountryCode; roll: number } | null {
  return sideRoll(s, sideFrom(s));
}

/** The side whose name starts at token `side` (-1 for none), with where its roll starts. */
function sideRoll(s: SentenceView, side: number): { country: CountryCode; roll: number } | null {
  if (side < 0) return null;
  // ("Về phía nước CHDCND Lào, tới dự hội thảo có …": the occasion may stand between.)
  const j = rollAfterSide(s, side, SIDE_ROLL_REACH);
  const c = j < 0 ? undefined : countryWords(phraseText(s.tt, side, j))[0]?.country;
  return c ? { country: c, roll: j + 1 } : null;
}

/**
 * The country sides a sentence lists, the first named as `countrySide` reads it and each other
 * after a semicolon ("Dự hội nghị, phía Việt Nam có …; phía Campuchia có ngài …").
 */
export function countrySides(s: SentenceView): { country: CountryCode; roll: number }[] {
  const out: { country: CountryCode; roll: number }[] = [];
  const first = countrySide(s);
  if (!first) return out;
  out.push(first);
  for (let k = first.roll; k + 1 < s.t1; k++) {
    if (!semicolonBefore(s, k)) continue;
    const next = sideRoll(s, wordAt(s, k) === 'phía' ? k + 1 : sideAt(s, k));
    if (next && !out.some((o) => o.country === next.country)) out.push(next);
  }
  return out;
}

/**
 * "Đại diện chính quyền các tỉnh B1, B2 (Lào) cùng lãnh đạo tỉnh A đồng tổ chức buổi lễ": the
 * representatives of the places named right after, opening the clause, are a side of the event.
 */
function representativesFirst(s: SentenceView): boolean {
  const k = clauseStart(s);
  if (!wordsAt(s, k, ['đại', 'diện'])) return false;
  const m = s.mentions.find((x) => x.firstToken > k + 1);
  if (!m || m.firstToken >= k + REPRESENTED_REACH) return false;
  for (let j = k + 2; j <= m.firstToken; j++) if (commaBefore(s, j)) return false;
  return true;
}

/** Whether the sentence speaks of a delegation or a side of the meeting (so it may inherit). */
export function speaksOfParty(s: SentenceView): boolean {
  if (fromRollCall(s) || delegatesRollCall(s) || representativesFirst(s)) return true;
  for (let k = s.t0; k < s.t1; k++) {
    const f = foldedAt(s, k);
    if (f !== 'doan' && f !== 'phia') continue;
    const w = wordAt(s, k);
    if (w === 'đoàn') {
      const next = wordAt(s, k + 1);
      const prev = wordAt(s, k - 1);
      // "Đoàn Thanh niên", "Tỉnh đoàn", "Đoàn ĐBQH" are standing bodies, not delegations;
      // "đoàn kết" is solidarity, "đoàn thể" the mass organisations, "đoàn viên" their members.
      if (NOT_A_DELEGATION.has(next) || prev === 'tỉnh' || prev === 'tập') continue;
      // "12 đoàn" is a tally; "Ngày 17-3, đoàn …" a date before the delegation.
      if (!commaBefore(s, k) && (TALLY.has(prev) || /^\d+$/.test(prev))) continue;
      return true;
    }
    if (w === 'phía' && (sideAt(s, k - 1) === k + 1 || sideAt(s, k) === k + 1)) return true;
  }
  return false;
}

/** The first of the list m is in ("của Kon Tum, Rattanakiri, Sekong": Kon Tum), whatever countries. */
export function listHead(s: SentenceView, m: Mention): Mention {
  let head = m;
  for (let i = s.mentions.indexOf(m) - 1; i >= 0; i--) {
    const prev = s.mentions[i]!;
    if (!glued(s, prev, head)) break;
    head = prev;
  }
  return head;
}

/** "Trường ĐH Vinh (Nghệ An)": a school speaks for its province ("thị trường" is a market). */
function isSchool(s: SentenceView, k: number): boolean {
  return wordAt(s, k) === 'trường' && s.tt.text[s.tt.tokens[k]!.start] === 'T';
}

/** Where "huyện X, " before a place starts (the place's own head token when there is none). */
function districtBefore(s: SentenceView, m: Mention): number {
  if (!commaBefore(s, m.headToken)) return m.headToken;
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 5); b--) {
    if (SUB_UNITS.has(wordAt(s, b))) return b;
    if (!isCapitalised(s.tt.text, s.tt.tokens[b]!)) break;
  }
  return m.headToken;
}

/** "03 tỉnh: A - B - C", "ba tỉnh A, B và C": a count of provinces before the list m is in. */
function countedSides(s: SentenceView, m: Mention): boolean {
  let first = m;
  for (let i = s.mentions.indexOf(m) - 1; i >= 0; i--) {
    const prev = s.mentions[i]!;
    const gap = s.tt.text.slice(prev.span[1], first.span[0]);
    // "Kon Tum (Việt Nam), Attapư (Lào) và Rattanakiri (Campuchia)": a country after each.
    if (!/^\s*(?:\([^()]{1,30}\))?\s*(?:[-–,]|và)\s*$/u.test(gap)) break;
    first = prev;
  }
  const k = first.headToken;
  const count = foldedAt(s, k) === 'tinh' ? k - 1 : wordAt(s, k - 1) === 'tỉnh' ? k - 2 : -1;
  // "quyết định kết nạp thêm 3 tỉnh: A, B và C": provinces decided on, not sides present.
  if (count >= 0) return countOf(wordAt(s, count)) >= 2 && wordAt(s, count - 1) !== 'thêm';
  // "Hội nghị … với 3 tỉnh của Vương quốc Campuchia gồm A, B và C": counted, then rolled.
  if (wordAt(s, k - 1) === 'gồm') {
    const b = countedBefore(s, k, COUNTED_ROLL_REACH);
    if (b >= 0) return PARTNERED.has(wordAt(s, b - 2));
  }
  // "hội nghị cấp cao 9 tỉnh 3 nước có sử dụng chung đường 8 và đường 12 (A, B, C (Việt Nam); …)":
  // the list in brackets after the counted meeting's name.
  return s.tt.text[first.span[0] - 1] === '(' && countedBefore(s, k, COUNTED_NAME_REACH) >= 0;
}

/** The "tỉnh" of "N tỉnh" (N ≥ 2) in the clause before the list at token k, within reach, or -1. */
function countedBefore(s: SentenceView, k: number, reach: number): number {
  for (let b = k - 2; b >= Math.max(s.t0 + 1, k - reach); b--) {
    if (commaBefore(s, b + 1)) return -1;
    if (wordAt(s, b) === 'tỉnh' && countOf(wordAt(s, b - 1)) >= 2) return b;
  }
  return -1;
}
// From a bracketed list back over its meeting's name to "N tỉnh".
const COUNTED_NAME_REACH = 16;
// From "gồm" back to "N tỉnh" ("3 tỉnh của Vương quốc Campuchia gồm"), met "với" or "giữa" them
// (not "hỗ trợ 6 tỉnh của Việt Nam gồm …", those helped).
const COUNTED_ROLL_REACH = 8;
const PARTNERED = new Set(['với', 'giữa']);

// "giữa lực lượng vũ trang các huyện A1, A2, tỉnh A; B1, tỉnh B … và C1, tỉnh C": long lists.
const BETWEEN_REACH = 40;

/** Whether a mention is a place named for itself, not where someone is or who invited. */
function standsForItself(s: SentenceView, m: Mention, venue: GazetteerEntry): boolean {
  if (m.entry.id === venue.id) return false;
  // ("đại diện Tổng lãnh sự quán Việt Nam tại Savannakhet và Champasak": both are where it sits.)
  const head = listHead(s, m);
  const located =
    isLocated(s, m) || (head !== m && head.entry.country === m.entry.country && isLocated(s, head));
  return !(located || isSuccessorRemark(s, m) || isInviter(s, m) || isDateline(s, m));
}

/**
 * In a roll of those who came ("Tham dự hội nghị có lãnh đạo 6 địa phương gồm tỉnh A1; các tỉnh
 * miền Trung A2, A3 và hai tỉnh Tây Nguyên là A4, A5"), every place named is an attendee's home,
 * however the list is broken up.
 */
export function rollMember(s: SentenceView, m: Mention, venue: GazetteerEntry): boolean {
  return standsForItself(s, m, venue) && !NOT_PARTY_BEFORE.has(wordAt(s, m.headToken - 1));
}

/** "… của Lào đã cùng ký …": m's clause goes on to sign, within a few words. */
function signsAfter(s: SentenceView, m: Mention): boolean {
  for (let k = m.lastToken + 1; k <= m.lastToken + 8 && k < s.t1; k++) {
    const before = wordAt(s, k - 1);
    // ("… đã tổ chức lễ ký kết …": the signers hold the ceremony.)
    const signs = wordAt(s, k) === 'ký' || wordsAt(s, k, ['tổ', 'chức', 'lễ', 'ký']);
    if (signs && (before === 'cùng' || before === 'đã' || before === 'vừa')) return true;
    if (commaBefore(s, k)) break;
  }
  return false;
}

/** "55 năm (hai tỉnh) A …": the years counted just before a list's head, an anniversary. */
function anniversaryOf(s: SentenceView, head: Mention): boolean {
  for (let b = head.headToken - 1; b >= Math.max(s.t0 + 1, head.headToken - 3); b--)
    if (wordAt(s, b) === 'năm' && /^\d+$/.test(wordAt(s, b - 1))) return true;
  return false;
}

export function isParty(s: SentenceView, m: Mention, venue: GazetteerEntry): boolean {
  if (!standsForItself(s, m, venue)) return false;
  // A list is judged by its first member ("sang Kandal, Takeo": both are destinations).
  const head = listHead(s, m);
  if (cameFrom(s, head)) return true;
  // ("quan hệ hợp tác giữa thành phố với hai tỉnh A và B": sides of a relationship spoken of.)
  if (inRelation(s, head)) return false;
  // ("… tại các cuộc gặp giữa Thủ tướng hai nước ở A, B và C": places listed after a located one
  // are venues too.)
  if (head !== m && isLocated(s, head)) return subjectAfterVenue(s, m);
  if (messageOf(s, head) || sentTo(s, head) || askedOf(s, head)) return false;
  if (inGatePairName(s, m) || receivesGuests(s, m)) return false;
  if (NOT_PARTY_BEFORE.has(wordAt(s, head.headToken - 1))) return false;
  if (reorganisedIn(s, head)) return false;
  // ("chào mừng … 55 năm hai tỉnh A – B ký kết hợp tác (2/5/1967 – 2/5/2022)": a signing's
  // anniversary names the pair, not a side that came.)
  if (anniversaryOf(s, head)) return false;
  // "UBND tỉnh B đã ký biên bản ghi nhớ … với ba tỉnh A1, A2 và A3": the partners who came to sign.
  for (let b = head.headToken - 1; b >= Math.max(s.t0, head.headToken - 14); b--)
    if (wordAt(s, b) === 'với' && wordIn(s, b - 13, b + 1, 'ký')) return true;
  // "Lễ trao quà của tỉnh A tặng … đã diễn ra … tại B": the ceremony's owner held it there.
  if (ceremonyOf(s, head)) return true;
  // "tỉnh A cũng cử đoàn cán bộ tham dự hội nghị": the place that sends a delegation.
  for (let k = m.lastToken + 1; k <= m.lastToken + 3; k++) if (wordAt(s, k) === 'cử') return true;
  // "tại B, tỉnh B … và tỉnh A (…) của Lào đã cùng ký Bản ghi nhớ": a signer, come to the B the
  // sentence names (a signing placed nowhere is the partnership's history).
  // ("Tỉnh A của Việt Nam và tỉnh B của Campuchia vừa ký biên bản ghi nhớ … tại thành phố A".)
  if (signsAfter(s, m) && wordIn(s, s.t0, s.t1, 'tại')) return true;
  // "Hội đàm cấp cao 03 tỉnh: A - B - C", "hội nghị ba tỉnh A, B, C": the sides counted, then named.
  if (countedSides(s, m)) return true;
  // "Hội nghị cấp cao giữa 2 tỉnh A – B", "giữa 3 tỉnh A (Việt Nam), C (Thái Lan) và B (Lào)".
  // ("… rút binh sĩ khỏi khu vực biên giới giữa tỉnh A của Lào và tỉnh B của Campuchia": the
  // land between them, not the sides of a meeting.)
  // ("Hội đàm … an ninh biên giới giữa Bộ đội Biên phòng ba tỉnh A1, A2, A3 và Ban chỉ huy An
  // ninh tỉnh B": bodies named after "giữa" are the sides, whatever stands before it.)
  for (let b = head.headToken - 1; b >= Math.max(s.t0, head.headToken - BETWEEN_REACH); b--)
    if (wordAt(s, b) === 'giữa' && !amid(s, b))
      return !TERRAIN.has(wordAt(s, b - 1)) || bodyBetween(s, b, head) || borderWork(s, b);
  // The side must be named as a party within a few words ("Đoàn đại biểu tỉnh A", "về phía A");
  // "huyện X, tỉnh A": a district of A stands between.
  const unit = districtBefore(s, head);
  // "…, huyện Hương Khê (Hà Tĩnh) cùng huyện NaKai tổ chức …": a district opening its clause.
  if (SUB_UNITS.has(wordAt(s, head.headToken)) && commaBefore(s, head.headToken)) return true;
  for (let b = unit - 1; b >= Math.max(s.t0, unit - 9); b--) {
    if (PARTY_HEAD.has(wordAt(s, b)) || isSchool(s, b)) return true;
    // "Đại diện chính quyền các tỉnh B1, B2 …" (not "nằm đối diện tỉnh B", across from it).
    if (wordsAt(s, b - 1, ['đại', 'diện'])) return true;
    // "Tiểu khu Quân sự tỉnh B", "Ban Chỉ huy Quân sự huyện X".
    if (wordAt(s, b) === 'sự' && wordAt(s, b - 1) === 'quân') return true;
    if (commaBefore(s, b + 1) && b + 1 < unit) break;
  }
  // "lãnh đạo các tỉnh A1, A2 của Việt Nam và các tỉnh B1, B2 của Lào đã họp": the second list
  // of a pair, the first named as a party.
  const first = pairedList(s, head);
  if (first && isParty(s, first, venue)) return true;
  return m.headToken === s.t0 || PARTY_HEAD.has(wordAt(s, m.headToken - 1));
}

/**
 * "Chủ tịch tỉnh B Xắn Tị tiếp đoàn đại biểu …": the place of the leader who receives (the
 * reception verb right after it and the leader's name) is the host, at home, no side that came.
 */
function receivesGuests(s: SentenceView, m: Mention): boolean {
  let k = m.lastToken + 1;
  for (const end = Math.min(s.t1, k + LEADER_NAME_REACH); k < end; k++)
    if (commaBefore(s, k) || !isCapitalised(s.tt.text, s.tt.tokens[k]!)) break;
  return wordAt(s, k) === 'tiếp' && !commaBefore(s, k) && !NOT_AFTER_TIEP.has(wordAt(s, k + 1));
}
// The leader's name between his place and "tiếp" ("tỉnh B Xắn Tị Pháp Phôm Vị Hẳn tiếp").
const LEADER_NAME_REACH = 6;

/**
 * "lễ khai trương cặp cửa khẩu quốc tế X, huyện …, tỉnh A (Việt Nam) - Y, huyện …, tỉnh B (Lào)": the
 * provinces in a pair of gates' name are where its two gates stand, no side that came.
 */
function inGatePairName(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 1; k >= Math.max(s.t0 + 2, m.firstToken - GATE_PAIR_NAME); k--) {
    if (semicolonBefore(s, k + 1)) return false;
    if (wordsAt(s, k - 2, ['cặp', 'cửa', 'khẩu'])) return true;
  }
  return false;
}
// From "cặp cửa khẩu" to the far gate's province (two names, districts and countries between).
const GATE_PAIR_NAME = 24;

/** "Lễ ‹what› của ‹m›" opening the sentence: a ceremony of m's. */
function ceremonyOf(s: SentenceView, m: Mention): boolean {
  const of = m.headToken - 1;
  // ("Chiều 7/6, lễ trao tặng quà của tỉnh A cho … đã diễn ra ở tỉnh B": after its time too.)
  const site = afterSiteTag(s);
  const open = afterTimeOpening(s, site >= 0 ? site : afterOpening(s));
  return (
    wordAt(s, of) === 'của' &&
    wordAt(s, open) === 'lễ' &&
    open < of &&
    open >= of - CEREMONY_WORDS &&
    // ("lễ tốt nghiệp cho lưu học sinh của tỉnh A": the "của" of those it is for.)
    !wordIn(s, open + 1, of, 'cho')
  );
}
// How many words may name the ceremony ("Lễ trao quà", "Lễ khánh thành công trình", "lễ trao
// tặng quà từ thiện").
const CEREMONY_WORDS = 7;

/**
 * "Ngày 7/6, tại tỉnh B, tỉnh A đã trao quà …": the place opening the clause after the venue's,
 * its verb next (not the second of a list of venues, "tại tỉnh B1, tỉnh B2 và …").
 */
function subjectAfterVenue(s: SentenceView, m: Mention): boolean {
  if (!commaBefore(s, m.headToken) || !CLAUSE_VERB.has(wordAt(s, m.lastToken + 1))) return false;
  const before = s.mentions.filter((x) => x.lastToken < m.headToken);
  const last = before[before.length - 1];
  return last !== undefined && last.lastToken === m.headToken - 1 && isLocated(s, last);
}
// Words that open a clause's predicate right after its subject.
const CLAUSE_VERB = new Set(['đã', 'vừa', 'đang', 'cũng']);

/** "… A1, A2 của Việt Nam và các tỉnh B1": the head of the list before "của ‹nước› và". */
function pairedList(s: SentenceView, head: Mention): Mention | null {
  let b = head.headToken - 1;
  if (wordAt(s, b) === 'các' || countOf(wordAt(s, b)) >= 2) b--;
  if (wordAt(s, b) !== 'và') return null;
  const n = wordAt(s, b - 1) === 'nam' ? 2 : 1;
  if (countryWordAt(s, b - n) !== n || wordAt(s, b - n - 1) !== 'của') return null;
  const prev = s.mentions.filter((x) => x.lastToken < b - n - 1).at(-1);
  return prev && prev.lastToken === b - n - 2 ? listHead(s, prev) : null;
}

/**
 * "chuyển lời chúc mừng của lãnh đạo tỉnh A tới …", "trao thư của Chủ tịch UBND tỉnh A": the
 * sender of words passed on stayed at home.
 */
function messageOf(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 10); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) !== 'của') continue;
    // ("… Sơn La, Điện Biên của Việt Nam": the "điện" of a place's name is no telegram.)
    for (let w = b - 1; w >= Math.max(s.t0, b - 4); w--)
      if (
        MESSAGE.has(wordAt(s, w)) &&
        !s.mentions.some((x) => x.firstToken <= w && w <= x.lastToken)
      )
        return true;
    return false;
  }
  return false;
}

/**
 * "gửi lời chúc năm mới an khang, thịnh vượng tới lãnh đạo tỉnh B", "…, cũng như tới hai tỉnh
 * B1 và B2": those the words are sent to.
 */
function sentTo(s: SentenceView, m: Mention): boolean {
  let to = -1;
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8) && to < 0; b--) {
    if (wordAt(s, b) === 'tới' || wordAt(s, b) === 'đến') to = b;
    else if (commaBefore(s, b + 1)) return false;
  }
  if (to < 0) return false;
  for (let b = to - 1; b > Math.max(s.t0, to - 24); b--)
    if (MESSAGE.has(wordAt(s, b)) && PASSING_ON.has(wordAt(s, b - 1))) return true;
  return false;
}
const PASSING_ON = new Set(['gửi', 'chuyển']);

/**
 * "Thứ trưởng Bộ Công an yêu cầu công an tỉnh A, cùng với …, phối hợp …": the body told what to
 * do, not one said to be there.
 */
function askedOf(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b > Math.max(s.t0, m.headToken - ASKED_REACH); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'cầu' && wordAt(s, b - 1) === 'yêu') return true;
  }
  return false;
}
// "yêu cầu (lực lượng) công an (các) tỉnh A": the addressee's body before its place.
const ASKED_REACH = 7;

/**
 * "Phó Chủ tịch nước Lào đã hội đàm với … tại Hà Nội": a national body as the subject, of another
 * country than `not` ("Chủ tịch Quốc hội X và Chủ tịch Quốc hội Campuchia Y hội đàm tại Hà Nội":
 * the second).
 */
const PARTY_AND_STATE = new RegExp(
  String.raw`(?<![\p{L}])đảng(?:,| và) nhà nước(?:,? và nhân dân)? ${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

// "Tuần Văn hóa Campuchia tại Việt Nam đã khai mạc tại B": a country's culture week, which its
// ministry brings.
const CULTURE_WEEK = new RegExp(
  String.raw`(?<![\p{L}])tuần (?:lễ )?văn hóa ${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

export function subjectBody(s: SentenceView, not: CountryCode): CountryCode | null {
  const open = afterOpening(s);
  const cue = meetingAt(s, open);
  if (cue <= open) return null;
  const phrase = phraseText(s.tt, open, cue);
  // ("Đảng và Nhà nước Lào long trọng tổ chức …": one country's party and state, the hosts.)
  const owners = PARTY_AND_STATE.exec(phrase) ?? CULTURE_WEEK.exec(phrase);
  if (owners) {
    const c = countryWords(owners[1]!)[0]?.country ?? null;
    return c === not ? null : c;
  }
  // ("Đó là nhận định được Chủ tịch Quốc hội X đưa ra tại cuộc gặp …": who made the remark.)
  const said = STATEMENT_BY.exec(phrase);
  const speaker = said ? phrase.slice(said[0].length) : phrase;
  const first = nationalActorNear(speaker);
  if (!first || first !== not) return first;
  return listedNationalActors(speaker).find((c) => c !== not) ?? null;
}
const STATEMENT_BY =
  /^(?:(?:đó|đây) là )?(?:nhận định|ý kiến|khẳng định|đánh giá|thông điệp|nội dung|chia sẻ) (?:được|do) /u;
