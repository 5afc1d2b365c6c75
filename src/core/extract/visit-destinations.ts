// Where a forward reading goes: the places after the cue, a country's capital, the paper's own
// province.
import { companyAt } from './companions.ts';
import { formerPost } from './former-post.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import {
  COUNTRY_ALT,
  countryWords,
  nationalBodyIndex,
  STATE_OF,
  type CountryHit,
} from './actors.ts';
import { DASHED, type Mention } from './find-places.ts';
import {
  countryNamedAt,
  isDistanceRef,
  isSuccessorRemark,
  LOCATIVE,
  phraseText,
  semicolonBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { studentsHome } from './students.ts';
import type { TokenizedText } from './tokens.ts';
import { commaBefore, planBetween, type Cue } from './visit-cues.ts';
import {
  atVenue,
  cameFrom,
  glued,
  isInviter,
  local,
  locatedSeat,
  national,
  onlyEarlierPlace,
  type Side,
  type VisitContext,
  withListed,
} from './visit-sides.ts';

/** "mời đoàn … tỉnh B sang dự": B is invited (a plan), not a destination of this trip. */
function isInvitee(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'mời') return wordAt(s, b - 1) !== 'lời';
  }
  return false;
}

/** The mention starting at token k and the ones listed right after it ("đến tỉnh A và tỉnh B"). */
export function listFrom(s: SentenceView, k: number): Mention[] {
  const first = s.mentions.find((m) => m.headToken === k);
  if (!first) return [];
  const out = [first];
  for (const m of s.mentions) {
    if (m.headToken <= first.headToken) continue;
    if (!glued(s, out[out.length - 1]!, m)) break;
    out.push(m);
  }
  return out;
}

/** Located mentions and the ones listed right after them ("tại tỉnh A và tỉnh B"). */
function locatedGroup(s: SentenceView, list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (atVenue(s, m)) out.push(m);
    else if (prev && glued(s, prev, m)) out.push(m);
  }
  return out;
}

// Words that open a clause about something else than the trip ("kể từ khi tỉnh A hợp nhất …").
const CLAUSE_BREAKS = [
  ['kể', 'từ'],
  ['sau', 'khi'],
  ['trước', 'khi'],
  ['trên', 'cơ', 'sở'],
  // "… làm việc với Ban Giám đốc về việc tiếp nhận bác sĩ sang thực hành tại B": its topic.
  ['về', 'việc'],
  // "… sang thăm và làm việc tại Lào, đồng thời đón tiếp các đoàn của tỉnh B": another act.
  ['đồng', 'thời'],
  // "… ghé thăm tỉnh B trên đường trở về thủ đô C": the way home, where the party came from.
  ['trên', 'đường', 'về'],
  ['trên', 'đường', 'trở', 'về'],
];

/** The first token after `from` that opens another clause, or the sentence end. */
export function clauseEnd(s: SentenceView, from: number): number {
  // "Nhân chuyến thăm này, thỏa thuận … giữa tỉnh A và tỉnh B đã được ký kết": the trip is only
  // referred to; its clause ends at the comma.
  const referred =
    wordAt(s, from) === 'thăm' && wordAt(s, from - 1) === 'chuyến' && THIS.has(wordAt(s, from + 1));
  for (let k = from + 1; k < s.t1; k++) {
    if (referred && commaBefore(s, k)) return k;
    if (CLAUSE_BREAKS.some((ws) => wordsAt(s, k, ws))) return k;
    // "…, tỉnh B, nơi cách đây 45 năm ông X đặt chân sang Việt Nam": what the place recalls.
    if (wordAt(s, k) === 'nơi' && commaBefore(s, k)) return k;
    // "…; đồng thời thông tin …": a semicolon starts another statement, unless it parts the
    // items of a list a colon opened ("tại các tỉnh như: tỉnh A; tỉnh B và tỉnh C").
    if (semicolonBefore(s, k) && !listOpened(s, from, k) && !parallelItem(s, from, k)) return k;
  }
  return s.t1;
}

/**
 * "Tiếp nối chuyến công tác tại các tỉnh Nam Lào, …": the country whose provinces the trip went to,
 * left unnamed up to the comma; a place of another country named after it is no stop of that trip.
 * (A country alone, "tại Lào, …", stands for the stop the sentence goes on to name.)
 */
function unnamedLand(s: SentenceView, at: number): CountryCode | null {
  for (let k = at + 1; k < s.t1; k++) {
    if (s.mentions.some((m) => m.firstToken === k)) return null;
    if (!commaBefore(s, k)) continue;
    const phrase = phraseText(s.tt, at, k);
    const lands = countryWords(phrase);
    return lands.length === 1 && UNNAMED_UNITS.test(phrase) ? lands[0]!.country : null;
  }
  return null;
}

const UNNAMED_UNITS = /(?<![\p{L}])(?:tỉnh|địa phương|miền|vùng|khu vực)(?![\p{L}])/u;

/**
 * "đã đến thăm mô hình … tại A; mô hình … ở B": the item after the semicolon opens on the same word
 * as the cue's object, another stop of one list.
 */
function parallelItem(s: SentenceView, from: number, k: number): boolean {
  const head = wordAt(s, from + 1);
  return head !== '' && wordAt(s, k) === head;
}

const THIS = new Set(['này', 'đó', 'ấy']);

function listOpened(s: SentenceView, from: number, k: number): boolean {
  const text = s.tt.text.slice(s.tt.tokens[from]!.end, s.tt.tokens[k]!.start);
  const colon = text.indexOf(':');
  return colon >= 0 && !text.slice(0, colon).includes(';');
}

/** Destinations named after a cue: the located ones if any, else every place. */
export function destinationsAfter(
  s: SentenceView,
  gaz: Gazetteer,
  from: number,
  locatedOnly: boolean,
  /** Places others came from ("đến từ …"): never destinations (see guestHomes). */
  others: ReadonlySet<Mention>,
): Mention[] {
  const stop = clauseEnd(s, from);
  const land = LOCATIVE.has(wordAt(s, from + 1)) ? unnamedLand(s, from + 1) : null;
  const after = s.mentions.filter(
    (m) =>
      m.firstToken > from &&
      (land === null || m.entry.country === land) &&
      m.lastToken < stop &&
      !isSuccessorRemark(s, m) &&
      !isDistanceRef(s, m) &&
      !isInvitee(s, m) &&
      // "thăm học sinh của tỉnh B đang theo học tại …": the students' home, not where they were met.
      !studentsHome(s, m) &&
      !friendshipPair(s, m) &&
      // "… đã cử đoàn sang tham gia, cùng với đoàn chủ nhà B và các đoàn C1, C2": the other
      // delegations at the event, not more places gone to.
      !inCompany(s, from, m) &&
      // "Cũng trong chuyến thăm, Tổng Bí thư dự kiến đến thăm tỉnh B": B was a plan.
      !planBetween(s, from + 1, m.headToken),
  );
  // "thăm tỉnh Quảng Ngãi, địa phương giáp Attapu trên địa bàn tỉnh Kon Tum (cũ)": a former
  // unit named beside the unit it merged into only says where in it.
  const merged = (m: Mention) => {
    // Only a unit the text marks as former: before 2025 both stood side by side.
    if (!m.entry.successor || !/^\s*\(\s*cũ\s*\)/u.test(s.tt.text.slice(m.span[1], m.span[1] + 8)))
      return false;
    const into = new Set(gaz.successorChain(m.entry.id).map((e) => e.iso));
    return after.some((x) => x !== m && x.entry.iso !== m.entry.iso && into.has(x.entry.iso));
  };
  const inner = after.filter((m) => !merged(m) && !others.has(m) && !metAtStop(s, m));
  const located = locatedGroup(s, inner);
  if (located.length > 0 && !oneStopOf(inner, located)) return located;
  if (located.length > 0 || !locatedOnly) return inner;
  const seat = seatOfCeremony(s, from, inner);
  if (seat) return [seat];
  // "khảo sát tại Nhà máy … tỉnh B": a body's seat in B, named a few words on; so is a parade's
  // ground ("diễu hành qua Quảng trường Ba Đình (Hà Nội)").
  const via = wordAt(s, from + 1) === 'qua' && wordAt(s, from - 1) === 'diễu' ? from + 1 : -1;
  if (!LOCATIVE.has(wordAt(s, from + 1)) && via < 0) return [];
  return inner.filter((m) => afterTai(s, m, via)).slice(0, 1);
}

/** Whether a ", cùng với đoàn …" clause opens between token `from` and m. */
function inCompany(s: SentenceView, from: number, m: Mention): boolean {
  for (let k = from + 1; k < m.firstToken; k++) if (companyAt(s, k) >= 0) return true;
  return false;
}

// The words a stop is reached by ("sang tỉnh B", "tại B").
const REACHED_BY = new Set(['sang', 'đến', 'tới', 'tại', 'ở', 'thăm', 'lên', 'về']);
// The talks held at a stop, with the partners named after them.
const TALKS_WITH = [
  ['hội', 'đàm', 'với'],
  ['làm', 'việc', 'với'],
];

/**
 * "… đã sang tỉnh B (Lào) hội đàm với lãnh đạo ba tỉnh B, B2 và B3": the partners met at the
 * stop named right before the talks, not more stops (a stop reached by a word of motion or
 * place: "sang thị xã X, tỉnh B …").
 */
function metAtStop(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 1; k > s.t0; k--) {
    if (!TALKS_WITH.some((w) => wordsAt(s, k, w))) continue;
    // (m stands after the talks: some mention does, and the stop is the one before the first.)
    const i = s.mentions.findIndex((x) => x.lastToken >= k) - 1;
    const stop = s.mentions[i];
    if (!stop || stop.entry.kind === 'country' || stop.entry.iso === m.entry.iso) return false;
    // (Nothing between but the stop's country in brackets: "… đến thăm tỉnh B mà còn làm việc
    // với …" is a second stop.)
    if (!/^\s*(?:\([^()]*\))?\s*$/u.test(s.tt.text.slice(stop.span[1], s.tt.tokens[k]!.start)))
      return false;
    // (Back over the places named with it, "thị xã X, tỉnh B", to the word that reaches them.)
    let first = i;
    while (first > 0 && s.mentions[first - 1]!.lastToken + 2 >= s.mentions[first]!.firstToken)
      first--;
    const head = s.mentions[first]!;
    return [head.firstToken, head.headToken].some((t) => REACHED_BY.has(unitBefore(s, t)));
  }
  return false;
}

/** The word before token t, past a unit word ("sang thị xã X": "sang"). */
function unitBefore(s: SentenceView, t: number): string {
  let b = t - 1;
  while (b > s.t0 && STOP_UNITS.has(wordAt(s, b))) b--;
  return wordAt(s, b);
}
const STOP_UNITS = new Set(['thị', 'xã', 'thành', 'phố', 'tỉnh', 'huyện', 'thủ', 'đô']);

const CEREMONY_REACH = 8;
// A work opened or begun: its ceremony stands where it is built.
const OPENINGS = [
  ['khánh', 'thành'],
  ['khởi', 'công'],
];
// Works named after the place they stand in ("Sân bay quốc tế B", "Nhà máy … B").
const NAMED_WORKS = new Set([
  'sân bay',
  'nhà máy',
  'bệnh viện',
  'bảo tàng',
  'cảng biển',
  'cảng cạn',
]);
// More words a work's name may take ("… và bàn giao nhà điều trị nội trú cho …").
const WORK_NAME = 6;
// From "cho" to the place of the body the work is for ("cho Bệnh viện huyện X, tỉnh B").
const BUILT_FOR_REACH = 10;
// Words that name a route after them ("đường bay A - B", "tuyến A - B", "chặng A - B").
const ROUTE = new Set(['đường', 'tuyến', 'chặng']);
const ROUTE_END =
  /(?:đường bay|tuyến(?: bay)?|chặng)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*[-–]\s*$/iu;

/**
 * "đi thăm những công trình thắm tình hữu nghị A - B": the pair a work of friendship is named
 * after, not where anyone went; so is a route's ("khai thác đường bay Vinh - Viêng Chăn", "tuyến
 * xe khách A - B").
 */
function friendshipPair(s: SentenceView, m: Mention): boolean {
  const dashed = (a: Mention, b: Mention) => DASHED.test(s.tt.text.slice(a.span[1], b.span[0]));
  const k = s.mentions.indexOf(m);
  const prev = s.mentions[k - 1];
  const next = s.mentions[k + 1];
  const first = prev && dashed(prev, m) ? prev : next && dashed(m, next) ? m : null;
  // ("đường bay Vinh - Viêng Chăn": the route's other end may be no mention, "Vinh" alone.)
  if (ROUTE_END.test(s.tt.text.slice(Math.max(0, m.span[0] - 40), m.span[0]))) return true;
  if (first === null) return false;
  const f = first.firstToken;
  return (
    wordsAt(s, f - 2, ['hữu', 'nghị']) ||
    ROUTE.has(wordAt(s, f - 1)) ||
    (wordAt(s, f - 1) === 'bay' && ROUTE.has(wordAt(s, f - 2)))
  );
}

/**
 * "dự lễ khánh thành / trao chìa khóa trụ sở Ủy ban Chính quyền tỉnh B": a ceremony held at a
 * body's seat, which stands in B (a place named within a few words, no comma between).
 */
function seatOfCeremony(s: SentenceView, from: number, inner: Mention[]): Mention | undefined {
  if (wordAt(s, from + 1) !== 'lễ') return undefined;
  const opening = OPENINGS.some((o) => wordsAt(s, from + 2, o));
  // "dự lễ khánh thành Sân bay quốc tế B", "… Bệnh viện tỉnh B": the work opened is named after
  // the place it stands in.
  const work = from + 4;
  if (opening && NAMED_WORKS.has(`${wordAt(s, work)} ${wordAt(s, work + 1)}`))
    return inner.find(
      (m) =>
        m.headToken > work + 1 &&
        m.headToken <= work + 1 + WORK_NAME &&
        !s.tt.text.slice(s.tt.tokens[work]!.end, m.span[0]).includes(','),
    );
  for (
    let k = from + 2;
    k < Math.min(s.t1, from + CEREMONY_REACH + (opening ? WORK_NAME : 0));
    k++
  ) {
    if (commaBefore(s, k)) return undefined;
    // ("dự lễ khánh thành và bàn giao nhà điều trị cho Bệnh viện huyện X, tỉnh B": a building
    // opened where it stands, at the body it was built for.)
    if (opening && wordAt(s, k) === 'cho')
      return inner.find((m) => m.headToken > k && m.headToken <= k + BUILT_FOR_REACH);
    if (wordAt(s, k) !== 'trụ' || wordAt(s, k + 1) !== 'sở') continue;
    return inner.find(
      (m) =>
        m.headToken > k + 1 &&
        m.headToken <= k + 1 + CEREMONY_REACH &&
        !s.tt.text.slice(s.tt.tokens[k]!.end, m.span[0]).includes(','),
    );
  }
  return undefined;
}

/**
 * "sang thăm, làm việc với Hội … các tỉnh A, B, C và D, tổ chức hội nghị … tại tỉnh D": the place
 * named with "tại" is one stop of the places listed before it, not the only destination.
 */
function oneStopOf(inner: Mention[], located: Mention[]): boolean {
  const before = inner.filter((m) => m.headToken < located[0]!.headToken);
  return before.length > 1 && located.every((l) => before.some((b) => b.entry === l.entry));
}

/**
 * "… làm việc với doanh nghiệp đến từ các tỉnh A, B": the places the other side came from, never
 * where the subject went.
 */
export function guestHomes(s: SentenceView): Set<Mention> {
  return new Set(s.mentions.filter((m) => cameFrom(s, m)).flatMap((m) => withListed(s, m)));
}

// Words that may stand between the verb and the country it goes to ("sang thăm nước …").
const OWN_COUNTRY_LEAD = /^\s*(?:thăm\s+)?(?:nước\s+)?$/u;

/** A destination given only as a country ("tại Việt Nam", "tới Lào"): its capital, for national travellers. */
const FOUNDING_OF = /(?:ngày|năm) thành lập\s+$/u;

export function countryDestination(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  origin: Side,
  a: number,
  b: number,
): Side[] {
  const text = phraseText(tt, a, b);
  // "thăm Bộ Quốc phòng Lào": the body met right after the verb, not one named further on.
  const at = nationalBodyIndex(text);
  // (Or further on in the same clause: "chúc Tết … tại Bộ Tư lệnh Hiến binh và Cục Phát triển
  // thuộc Bộ Quốc phòng Campuchia".)
  // ("thăm, chúc mừng ngày thành lập Quân đội nhân dân Việt Nam": the body whose day is marked.)
  const hostIsNationalBody =
    at >= 0 &&
    (at < 40 || (at < NATIONAL_HOST_REACH && !/[,;:.]/.test(text.slice(0, at)))) &&
    !FOUNDING_OF.test(text.slice(0, at));
  if (origin.level !== 'national' && !hostIsNationalBody) return [];
  // "tới thăm Đại sứ quán Lào tại Việt Nam": a mission in the traveller's own country.
  // ("tới chúc Tết Đại sứ quán Lào tại Hà Nội": a city of the traveller's country; "đến chúc
  // mừng Đại sứ quán Lào", no seat named: another country's mission sits in the traveller's.)
  const seat = hostIsNationalBody ? MISSION_SEAT.exec(text.slice(at)) : null;
  if (seat && countryWords(seat[1]!)[0]?.country === origin.entry.country) return [];
  if (hostIsNationalBody && !seat && MISSION.test(text.slice(at))) return [];
  // ("thăm hai cán bộ Công an Campuchia đang điều trị tại Việt Nam": those met are in the
  // traveller's own country.)
  const here = hostIsNationalBody ? STAYING_IN.exec(text.slice(at)) : null;
  if (here && countryWords(here[1]!)[0]?.country === origin.entry.country) return [];
  // ("… Đại sứ quán Việt Nam ở thủ đô Vientiane": the city named with its rank.)
  const seatName = seat?.[1]!.replace(CITY_RANK, '');
  if (
    seatName &&
    s.mentions.some(
      (m) =>
        m.entry.country === origin.entry.country &&
        seatName.startsWith(phraseText(tt, m.firstToken, m.lastToken + 1)),
    )
  )
    return [];
  const words = countryWords(text);
  // "Thủ tướng Hun Sen khi sang Việt Nam …, … đất nước Campuchia": a trip to the traveller's own
  // country says the traveller was misread (a foreign leader named without his country), and
  // no country further on is where he went.
  const first = words[0];
  if (first?.country === origin.entry.country && OWN_COUNTRY_LEAD.test(text.slice(0, first.index)))
    return [];
  const c = words.find((w, i) => {
    const before = text.slice(0, w.index);
    return (
      w.country !== origin.entry.country &&
      !PEOPLE_OF.test(before) &&
      !REGION_OF.test(before) &&
      !PARTNER_WITH.test(before) &&
      !FUNDED_BY.test(before) &&
      !ADDRESS_OF.test(before) &&
      !MISSION_OF.test(before) &&
      !PURPOSE_BEFORE.test(before) &&
      // ("… huyện Svay Teap, tỉnh Svay Rieng (Campuchia)": a bracketed country qualifies a name.)
      !/\(\s*$/u.test(before) &&
      // ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": a province's branch of a national body.)
      !BRANCH_OF.test(text.slice(w.index)) &&
      !paired(text, words, i)
    );
  });
  return c ? [national(gaz, c.country)] : [];
}

/**
 * "quan hệ … giữa hai nước Việt Nam - Lào": a country joined to another by a dash names the
 * relationship, not where anyone went.
 */
function paired(text: string, words: readonly CountryHit[], i: number): boolean {
  const dash = (a: CountryHit, b: CountryHit) =>
    a.country !== b.country && COUNTRY_DASH.test(text.slice(a.index, b.index));
  return (
    (i > 0 && dash(words[i - 1]!, words[i]!)) ||
    (i + 1 < words.length && dash(words[i]!, words[i + 1]!))
  );
}

const BRANCH_OF = new RegExp(
  String.raw`^(?:${COUNTRY_ALT})\s+(?:tỉnh|thành phố|huyện)(?![\p{L}])`,
  'u',
);

const COUNTRY_DASH = new RegExp(`^(?:${COUNTRY_ALT})\\s*[-–—]\\s*$`, 'u');

const NATIONAL_HOST_REACH = 120;

// "… thăm và làm việc với Công đoàn Bộ Ngoại giao để tìm hiểu …, vận dụng vào thực tiễn ở Lào":
// a country named in the trip's purpose is where the lessons go, not where the trip went (not
// "… để sang Lào", a trip told after "để").
const PURPOSE_BEFORE = /(?<![\p{L}])để\s(?!(?:sang|đến|tới|qua|về|thăm)(?![\p{L}]))/u;

const CITY_RANK = /^(?:thủ đô|thành phố|tp\.?)\s+/u;

const MISSION_WORDS = String.raw`^(?:đại sứ quán|(?:tổng )?lãnh sự quán)`;
const MISSION = new RegExp(MISSION_WORDS, 'u');

// "thăm, chúc Tết tại Đại sứ quán Lào": the country whose mission it is, which sits abroad (its
// seat, "tại Việt Nam", names where the trip went). ("tặng hoa chúc mừng Đại sứ Campuchia": the
// envoy in person, posted in the greeter's own country, likewise.)
const MISSION_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:đại sứ(?:\s+quán)?|(?:tổng\s+)?lãnh sự(?:\s+quán)?)\s+${STATE_OF}$`,
  'u',
);

// A mission and the country it sits in: "Đại sứ quán Lào tại Việt Nam".
const STAYING_IN = new RegExp(
  String.raw`^[^,.;]{0,60}?\s(?:đang|hiện)\s[^,.;]{0,30}?(?:tại|ở)\s+(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);
const MISSION_SEAT = new RegExp(
  String.raw`${MISSION_WORDS}[^,.;]{0,40}?\s(?:tại|ở)\s+([^,.;]{1,20})`,
  'u',
);

// "làm việc với các Hội người Campuchia gốc Việt", "dạy tiếng Lào", "tặng quà các cựu quân tình
// nguyện Việt Nam": a people, a language or a group, not the state the trip went to. (Not "Quân
// đội nhân dân Lào", "Công an nhân dân": a state's army or police; nor "Cộng hòa Dân chủ Nhân dân Lào",
// the state itself.)
// ("thăm hỏi bệnh nhân là cán bộ Cảnh sát Hoàng gia Campuchia": patients, whoever they serve.)
const PEOPLE_OF =
  /(?<![\p{L}])(?:người|gốc|tiếng|kiều bào|tình nguyện|chuyên gia|(?<!(?:quân đội|công an|dân chủ)\s)nhân dân|bộ đội|liệt sĩ|sinh viên|học sinh|phụ nữ|thanh niên|doanh nghiệp|nhà đầu tư|du khách|lao động|(?:bệnh nhân|người bệnh)(?:\s+[^\s,;.]+){0,8})\s+$/u;

// "làm việc với lãnh đạo bốn tỉnh Nam Lào": a region of the country, whose provinces were met,
// not its capital.
// ("tham quan một số địa phương Campuchia", "các tỉnh của Lào": places of the country, unnamed.)
const REGION_OF =
  /(?<![\p{L}])(?:(?:miền\s+)?(?:nam|bắc|trung|hạ|thượng)|(?:các|một số|nhiều|những)\s+(?:địa phương|tỉnh)(?:\s+của)?(?:\s+nước(?:\s+bạn)?)?)\s+$/u;
// "… ở tỉnh A và nắm tình hình chuẩn bị cho chương trình giao lưu … với Campuchia": the partner
// of an exchange or of cooperation, not where the traveller went.
// "thăm trường … do Chính phủ Việt Nam tài trợ": the country that funded or built the site, not
// where the visitors went.
const FUNDED_BY =
  /(?<![\p{L}])do\s+(?:(?:chính phủ|nhà nước|nhân dân|chính quyền)\s+(?:nước\s+)?)?$/u;

const PARTNER_WITH =
  /(?<![\p{L}])(?:giao lưu|hợp tác|quan hệ|phối hợp)(?:\s+[^\s,;.]+){0,5}\s+với\s+$/u;

// "thăm bà con xã Kampong Luong, vùng Biển Hồ, Campuchia": the country ends an address within an
// unnamed province, not the capital.
const ADDRESS_OF =
  /(?<![\p{L}])(?:xã|huyện|bản|làng|phường|thị trấn|vùng)\s+[^,;.]{1,30},(?:\s*[^,;.]{1,30},)?\s*$/u;

/**
 * "… hội kiến Tỉnh trưởng tỉnh Xiêng Khoảng nhân chuyến thăm và làm việc tại Lào": the trip is
 * to a country, and the sentence names a place of that country: that place is the destination.
 */
export function namedCountryPlaces(
  tt: TokenizedText,
  s: SentenceView,
  origin: Side,
  from: number,
  others: ReadonlySet<Mention>,
): Side[] {
  // (The cue is the token before `from`: "Nhân chuyến thăm này, … tỉnh của Lào …" names the
  // country in another clause.)
  const stop = clauseEnd(s, from - 1);
  const country = countryWords(phraseText(tt, from, stop)).find(
    (w) => w.country !== origin.entry.country,
  );
  if (!country) return [];
  return s.mentions
    .filter(
      (m) =>
        m.entry.country === country.country &&
        !isInviter(s, m) &&
        !formerPost(s, m) &&
        !others.has(m) &&
        !studentsHome(s, m) &&
        m.lastToken < stop &&
        !isDistanceRef(s, m) &&
        // "Tổng Lãnh sự Lào tại TP B, …, tháp tùng đoàn … sang Việt Nam": a mission's seat.
        !locatedSeat(s, m),
    )
    .map(local);
}

const mentionAt = (s: SentenceView, k: number) =>
  s.mentions.some((m) => m.firstToken <= k && m.lastToken >= k);

/** "‹venue named before the cue›, … làm việc với …": the venue of a meeting its subject holds. */
function worksWith(s: SentenceView, cue: Cue): boolean {
  return wordAt(s, cue.start) === 'làm' && wordAt(s, cue.end + 1) === 'với';
}

/**
 * "Tại Thủ đô B, Thứ trưởng Bộ … Lào đã có buổi làm việc với Trường Đại học A": a national body
 * working in its own country receives the other side there; the venue, else null.
 */
export function nationalAtHome(s: SentenceView, cue: Cue, o: Side): Mention | null {
  if (o.level !== 'national' || !worksWith(s, cue)) return null;
  return (
    venueMentions(s).find((m) => m.lastToken < cue.start && m.entry.country === o.entry.country) ??
    null
  );
}

/** The places the sentence names as where something happens ("tại …", "ở …"). */
function venueMentions(s: SentenceView): Mention[] {
  const named = s.mentions.filter((m) => atVenue(s, m) || afterTai(s, m));
  // ("tại Thành phố, Chủ tịch HĐND TP A …": the bare unit word names the subject's place.)
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (wordAt(s, k) !== 'tại') continue;
    const home = bareHomeUnit(s, k);
    if (home && !named.includes(home)) named.push(home);
  }
  return named;
}

/**
 * "Ngày 25/9, tại Thành phố, Chủ tịch HĐND TP Hồ Chí Minh … làm việc với …": the unit word alone
 * after "tại" is the city or province named next as one of ours (its subject), at home.
 */
export function bareHomeUnit(s: SentenceView, k: number): Mention | null {
  const city = wordsAt(s, k + 1, ['thành', 'phố']);
  const width = city ? 2 : wordAt(s, k + 1) === 'tỉnh' ? 1 : 0;
  if (width === 0 || !commaBefore(s, k + 1 + width)) return null;
  const m = s.mentions.find((x) => x.headToken > k + width);
  const same = city ? HOME_CITY_PREFIX.has(m?.prefix ?? '') : m?.prefix === 'tinh';
  return m && same && m.entry.country === 'VN' ? m : null;
}

const HOME_CITY_PREFIX = new Set(['thanh pho', 'tp', 'tp.']);

/** "Đoàn đại biểu cấp cao tỉnh ta …" ("tỉnh Ta Keo" is Takeo): the paper's own province. */
export function ourProvince(s: SentenceView, a: number, b: number, ctx: VisitContext): Side | null {
  if (!ctx.home) return null;
  for (let k = Math.max(a, s.t0); k + 1 < b; k++)
    if (wordAt(s, k) === 'tỉnh' && wordAt(s, k + 1) === 'ta' && !mentionAt(s, k + 1))
      return local(ctx.home);
  return null;
}

/**
 * "tỉnh đã 7 lần cử đoàn sang …", "Tỉnh cũng cử đoàn …": the bare unit word opening the clause of
 * the sending verb at `send` is the paper's own province.
 */
export function bareSender(s: SentenceView, send: number, ctx: VisitContext): Side | null {
  if (!ctx.home) return null;
  let k = send - 1;
  while (k > s.t0 && (SENT_HOW.has(wordAt(s, k)) || /^\d+$/.test(wordAt(s, k)))) k--;
  const opens = k === s.t0 || commaBefore(s, k) || s.tt.text[s.tt.tokens[k]!.start - 2] === ':';
  return wordAt(s, k) === 'tỉnh' && opens && !mentionAt(s, k + 1) ? local(ctx.home) : null;
}
// Between the sender and "cử": tense, habit and a count of times ("đã 7 lần", "đã nhiều lần").
const SENT_HOW = new Set(['đã', 'cũng', 'từng', 'thường', 'đều', 'vừa', 'nhiều', 'lần', 'hơn']);

/**
 * "A làm việc với đoàn …" where the sentence's venue is A's ('venue'), or, no venue named, the
 * paper's home is A ('home': only presumed); else false.
 */
export function receivesDelegation(
  s: SentenceView,
  cue: Cue,
  o: Side,
  ctx: VisitContext,
  guests: Mention[],
): 'venue' | 'home' | false {
  if (o.level !== 'local') return false;
  // "tại trụ sở Chính quyền tỉnh B, Đoàn … A làm việc với Đoàn … tỉnh B": a building of B.
  const venues = venueMentions(s);
  const works = wordAt(s, cue.start) === 'làm';
  // "Tại TP C (in A), Công an tỉnh A đã có buổi làm việc với Công an 3 tỉnh …": A met them at home.
  const atHome =
    worksWith(s, cue) && venues.some((m) => m.lastToken < cue.start && m.entry.iso === o.entry.iso);
  // "… làm việc với đồng chí X, Tỉnh trưởng tỉnh B, cùng đoàn đại biểu tỉnh bạn đang ở thăm và làm
  // việc tại tỉnh": the guests are visiting A's province.
  if (works && VISITING_HERE.test(phraseText(s.tt, cue.end + 1, s.t1))) return 'venue';
  const delegation = atHome || (works && withDelegation(s, cue.end + 1));
  // "UBND tỉnh A làm việc với doanh nghiệp đến từ các tỉnh B1, B2": they came.
  if (!delegation && !guests.some((m) => m.entry.country !== o.entry.country)) return false;
  if (venues.length > 0) return venues.every((m) => m.entry.country === o.entry.country) && 'venue';
  return ctx.home?.entry.iso === o.entry.iso && 'home';
}

/**
 * "làm việc với Đoàn …", "làm việc tại trụ sở Tỉnh ủy với Đoàn …" (a building, no place) from
 * token k: meets a delegation ("làm việc với Đoàn Thanh niên …" meets a youth union).
 */
function withDelegation(s: SentenceView, k: number): boolean {
  let w = k;
  if (wordAt(s, k) === 'tại')
    while (w < Math.min(s.t1, k + BUILDING_REACH) && wordAt(s, w) !== 'với' && !commaBefore(s, w))
      w++;
  return wordAt(s, w) === 'với' && wordAt(s, w + 1) === 'đoàn' && wordAt(s, w + 2) !== 'thanh';
}

/**
 * "… cuộc gặp giữa Bí thư Tỉnh ủy A với đại diện tỉnh B của Lào, hiện đang có chuyến thăm và làm
 * việc tại tỉnh": B, named just before, is the guest; the host is the place of the other country
 * named before B, else the paper's own province. Null when the sentence is not of that shape.
 */
export function guestVisitingHere(
  s: SentenceView,
  cue: Cue,
  ctx: VisitContext,
): { guest: Mention; host: Side } | null {
  let k = cue.start - 1;
  while (k > s.t0 && k >= cue.start - 3 && wordAt(s, k) !== 'đang') k--;
  if (wordAt(s, k) !== 'đang' || !VISITING_HERE.test(phraseText(s.tt, k, s.t1))) return null;
  const before = s.mentions.filter((m) => m.lastToken < k);
  const guest = before[before.length - 1];
  if (!guest || guest.lastToken < k - GUEST_REACH) return null;
  const host = before.find((m) => m.entry.country !== guest.entry.country);
  if (host) return { guest, host: local(host) };
  const home = ctx.home;
  return home && home.entry.country !== guest.entry.country ? { guest, host: local(home) } : null;
}

// "tỉnh B của Lào, hiện đang …": the words between the guest's name and "đang".
const GUEST_REACH = 5;

const BUILDING_REACH = 8;
const VISITING_HERE =
  /(?<![\p{L}])đang (?:ở |có chuyến )?thăm(?:,? làm việc| và làm việc)? tại tỉnh(?:\s*[.,;]|\s*$| nhà| ta)/u;

/** A place a few words after "tại" in the same clause ("tại trụ sở Chính quyền tỉnh B"). */
function afterTai(s: SentenceView, m: Mention, via = -1): boolean {
  // "tại Nhà hát Lam Sơn, tỉnh B": a building, then the province it stands in.
  const seat = m.prefix !== null ? m.headToken : -1;
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8); b--) {
    if (commaBefore(s, b + 1) && b + 1 !== seat) return false;
    // ("chuyến thăm tại Lào của Đoàn … TPHCM": the venue is the country; A owns the trip.)
    if (wordAt(s, b) === 'tại' || b === via) return countryNamedAt(s, b + 1) === null;
  }
  return false;
}

const TOWARDS_PARTNER = new Set(['tại', 'ở', 'tới', 'đến', 'sang']);

/**
 * "… cử đồng chí … sang chúc Tết tỉnh bạn": the partner the article's last trip between two
 * provinces joined (else the headline's one place of another country), named right after the cue.
 */
export function partnerProvince(
  s: SentenceView,
  a: number,
  o: Side,
  ctx: VisitContext,
): Side | null {
  // The cue's own object ("chúc Tết tỉnh bạn", "thăm, làm việc tại tỉnh bạn"), not a traveller
  // further on ("chuyến công tác đầu tiên của phụ nữ tỉnh bạn tới B").
  let k = TOWARDS_PARTNER.has(wordAt(s, a)) ? a + 1 : a;
  // "đã đến thăm hỏi, tặng quà cho đơn vị bạn": the gifts on the way to the partner's unit.
  for (let j = k; j < Math.min(s.t1, k + GIFT_REACH) && !isPartnerUnit(s, k); j++) {
    if (!GIFT_WORDS.has(wordAt(s, j))) break;
    k = j + 1;
  }
  // "đã đến thăm, làm việc với lãnh đạo tỉnh bạn": the partner's leaders met where they govern.
  const hosts = hostsBefore(s, k);
  // ("làm việc với đại diện tỉnh bạn tại cửa khẩu C", "… đang có mặt tại A": met where the
  // sentence says, not where the partner governs.)
  if (hosts && metElsewhere(s, k + hosts)) return null;
  // ("với lãnh đạo tỉnh bạn Hà Tĩnh": named, a mention the other rules read.)
  if (hosts && s.mentions.some((m) => m.headToken === k + hosts)) return null;
  k += hosts;
  const width = isPartnerUnit(s, k);
  if (!width) return hereAbroad(s, k, o, ctx);
  const unit = wordAt(s, k);
  // "lãnh đạo tỉnh A … đã sang nước bạn Lào trồng cây …": a province's leaders go to its partner,
  // of the country named.
  // ("… tại nước bạn." ending the text: no token after it to read.)
  const after = Math.min(s.t1, k + width + 2);
  const named =
    unit === 'nước' ? countryWords(phraseText(s.tt, k + width, after))[0]?.country : null;
  if (unit === 'nước' && o.level !== 'local') return null;
  const foreign = (e: GazetteerEntry) =>
    e.country !== o.entry.country && (!named || e.country === named);
  const paired = ctx.lastPair?.filter(foreign) ?? [];
  if (paired.length === 1) return { entry: paired[0]!, level: 'local' };
  const titled = [...new Set(ctx.titlePlaces.map((m) => m.entry))].filter(foreign);
  if (titled.length === 1) return { entry: titled[0]!, level: 'local' };
  // "… Đại đội biên phòng 221 thuộc Bộ CHQS tỉnh B (Lào) …. Đồn … đã đến tặng quà cho đơn vị
  // bạn": the one province of the partner's country the article named before.
  const earlier = onlyEarlierPlace(ctx, s, (m) => foreign(m.entry));
  return earlier ? { entry: earlier, level: 'local' } : null;
}

const GIFT_REACH = 6;
// ("sang thăm và chúc mừng tỉnh bạn nhân dịp Tết": greetings on the way too.)
const GIFT_WORDS = new Set([
  'hỏi',
  'động',
  'viên',
  'tặng',
  'trao',
  'quà',
  'cho',
  'và',
  'chúc',
  'mừng',
]);

/** "với lãnh đạo" (or "với") before a partner named by reference at token k: its width, else 0. */
function hostsBefore(s: SentenceView, k: number): number {
  if (wordAt(s, k) !== 'với') return 0;
  return HOSTS.some((w) => wordsAt(s, k + 1, w)) ? 3 : 1;
}

/** "tại" or "ở" after token k in the sentence: a venue of its own for a meeting with the hosts. */
function metElsewhere(s: SentenceView, k: number): boolean {
  for (let j = k; j < s.t1; j++) if (LOCATIVE.has(wordAt(s, j))) return true;
  return false;
}

/**
 * "… đã sang thăm và làm việc tại địa phương này / tỉnh này": the place the article named last,
 * when that is of another country than the travellers (a place of their own country is no goal,
 * and one named only in this sentence is no antecedent).
 */
function hereAbroad(s: SentenceView, k: number, o: Side, ctx: VisitContext): Side | null {
  const w = wordAt(s, k);
  if (
    (w !== 'tỉnh' && !wordsAt(s, k, ['địa', 'phương'])) ||
    wordAt(s, k + (w === 'tỉnh' ? 1 : 2)) !== 'này'
  )
    return null;
  // ("đã đến thăm tỉnh C và làm việc với chính quyền địa phương này": C, named just before.)
  if (
    s.mentions.some(
      (m) => m.headToken < k && m.entry.kind !== 'country' && m.entry.id !== o.entry.id,
    )
  )
    return null;
  let last: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.span[1] > s.span[0]) break;
    if (m.entry.kind !== 'country') last = m;
  }
  return last && last.entry.country !== o.entry.country
    ? { entry: last.entry, level: 'local' }
    : null;
}

/** "tỉnh bạn", "nước bạn", "đơn vị bạn", "lực lượng bạn" at token k: its width, else 0. */
function isPartnerUnit(s: SentenceView, k: number): number {
  const w = wordAt(s, k);
  if ((w === 'tỉnh' || w === 'nước') && wordAt(s, k + 1) === 'bạn') return 2;
  const two = `${w} ${wordAt(s, k + 1)}`;
  return (two === 'đơn vị' || two === 'lực lượng') && wordAt(s, k + 2) === 'bạn' ? 3 : 0;
}

// Who escorts guests: the hosts' leaders or envoys ("cùng lãnh đạo Tỉnh ủy - UBND tỉnh B").
const ESCORTS = [
  ['lãnh', 'đạo'],
  ['đại', 'diện'],
];

// Who is met for the partner ("với lãnh đạo tỉnh bạn", "với chính quyền địa phương này").
const HOSTS = [...ESCORTS, ['chính', 'quyền']];

export interface Escort {
  host: Mention;
  /** The guests' country when the delegation names it before "cùng" ("Đoàn … Lào cùng …"). */
  guests: CountryCode | null;
}

/**
 * "Đoàn lãnh đạo cấp cao … Lào cùng lãnh đạo Tỉnh ủy - UBND tỉnh B đã tới thăm …": guests the
 * hosts' leaders go round with are in the hosts' province. The hosts' place, named between the
 * delegation (from token a) and the cue (token b), with the guests' country, or null.
 */
export function escortingHost(s: SentenceView, a: number, b: number): Escort | null {
  for (let k = a; k < b - 2; k++) {
    if (wordAt(s, k) !== 'cùng') continue;
    const e = wordAt(s, k + 1) === 'với' ? k + 2 : k + 1;
    if (!ESCORTS.some((ws) => wordsAt(s, e, ws))) continue;
    const host = s.mentions.find((m) => m.firstToken > e && m.lastToken < b);
    if (!host || host.prefix === null) return null;
    let guests: CountryCode | null = null;
    for (let j = a; j < k && guests === null; j++) guests = countryNamedAt(s, j);
    return { host, guests: guests === host.entry.country ? null : guests };
  }
  return null;
}
