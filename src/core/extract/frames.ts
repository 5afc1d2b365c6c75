// Visits read from event frames: where a meeting happens (the venue) and who takes part (the
// parties). Real reports often carry no travel verb between the two: "Tại Văn phòng Hành chính
// tỉnh B, Ủy ban nhân dân tỉnh A tổ chức hội nghị …", "Đoàn đại biểu tỉnh A do … làm Trưởng đoàn.",
// "Cùng sang thăm có đoàn tỉnh C", "… hội đàm với đoàn Hội Phụ nữ các tỉnh C, D và E". Each party
// whose home lies in another country than the venue travelled to it. A sentence without a venue
// of its own takes the article's, when it is about a delegation or a side of the meeting.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import {
  bodyItems,
  coChairCountries,
  COUNTRY_ALT,
  countryWords,
  delegationCountries,
  envoyFirst,
  listedNationalActors,
  nationalActorNear,
  nationalBodyIndex,
  TITLED_RUN,
} from './actors.ts';
import { defenceExchangeVisits } from './defence-exchange.ts';
import { localsHere, visitsHere, visitsThere } from './frame-here.ts';
import { venueOfThree } from './three-countries.ts';
import { COMMON_VIETNAMESE_FAMILY_NAMES } from './lexicon.ts';
import { attendedOnline } from './hybrid-roll.ts';
import type { Mention } from './find-places.ts';
import { afterOpening, clauseStart, meetingAt } from './frame-meeting.ts';
import { pairedMeetingGuest } from './paired-meeting.ts';
import { presenceClause, presentCountries } from './presence-clause.ts';
import {
  attendanceRoll,
  chairsRoll,
  delegationsFrom,
  bareDelegation,
  countrySide,
  countrySides,
  delegationOf,
  coOrganiser,
  foreignBody,
  GIVEN_TO,
  isParty,
  listHead,
  meetingBetween,
  opensSideRoll,
  ownDelegationBefore,
  rollMember,
  sideRollCall,
  speaksOfParty,
  subjectBody,
} from './frame-parties.ts';
import {
  hostIn,
  borderGateHandover,
  heldOnTheLine,
  handsOverAbroad,
  jointlyOrganised,
  organises,
  ownDateline,
  plannedMeeting,
  seatVenue,
  venueIn,
  workSite,
  type ArticleFrame,
} from './frame-venue.ts';
import { bareProvinceIn, countedProvincesIn } from './home.ts';
import {
  commaBefore,
  countryNamedAt,
  hasWords,
  isDateline,
  wordIn,
  isDistanceRef,
  phraseText,
  spanBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { showcaseVisits } from './showcase-weeks.ts';
import { enrolling } from './students.ts';
import {
  futureInClause,
  futureJustBefore,
  heldOnline,
  invitedTo,
  nextTimeOpening,
  unableAt,
} from './visit-cues.ts';
import {
  atVenue,
  listedAcross,
  local,
  withListed,
  type Side,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';
import { rollHostProvince } from './roll-host.ts';
import { tripPutOff } from './put-off.ts';

/**
 * Adds a visit from the capital of each country given other than the venue's, once each (a
 * province of that country already come does not stand for its national bodies).
 */
function nationalGuests(
  countries: readonly (CountryCode | null)[],
  venue: GazetteerEntry,
  to: Side[],
  s: SentenceView,
  gaz: Gazetteer,
  out: VisitFinding[],
): void {
  for (const x of countries)
    if (
      x &&
      x !== venue.country &&
      !out.some((v) => v.from.entry.country === x && v.from.level === 'national')
    )
      out.push({ from: { entry: gaz.capital(x), level: 'national' }, to, sentence: s });
}

// Words before a body that say someone works there now, not that it takes part ("hiện làm việc
// tại Văn phòng Quốc hội …").
const EMPLOYED_AT =
  /(?:hiện|đang)[ \t]+(?:đang[ \t]+)?(?:làm việc|công tác)[ \t]+(?:tại|ở)[ \t]+(?:[^\s,.;]+[ \t]+){0,2}$/u;

/** "Thay mặt đoàn (đại biểu / công tác) …" opening a sentence: a delegation's speaker. */
function onBehalfOfDelegation(s: SentenceView): boolean {
  if (wordAt(s, s.t0) !== 'thay' || wordAt(s, s.t0 + 1) !== 'mặt') return false;
  return wordAt(s, s.t0 + 2) === 'đoàn';
}

const OFFICIALS_OF_THREE =
  /^(?:tại\s+)?(?:hội nghị|hội thảo|diễn đàn)(?![\p{L}]).{0,60}?(?:quan chức|đại biểu|lãnh đạo|bộ trưởng|đại diện)(?:\s+\p{L}+){0,3}\s+(?:của\s+)?(?:ba|3)\s+nước(?![\p{L}])/u;

/** The three countries, in the order the sentence names them (those it does not, last). */
function threeInOrder(s: SentenceView): CountryCode[] {
  const named = countryWords(phraseText(s.tt, s.t0, s.t1)).map((w) => w.country);
  return [...new Set<CountryCode>([...named, 'VN', 'LA', 'KH'])];
}

const BODIES_OF_THREE = new RegExp(
  String.raw`(?<![\p{L}])(?:bộ trưởng|bộ|quốc hội|chủ tịch quốc hội|thủ tướng|chính phủ)(?:\s+\p{L}+){0,3}\s+(?:của\s+)?(?:ba|3)\s+nước\s+(?:${COUNTRY_ALT})(?:\s*(?:,|và|[-–])\s*(?:${COUNTRY_ALT})){2}(?![\p{L}])`,
  'u',
);

/** "lãnh đạo Lào, Campuchia và Việt Nam đã ký …": the leaders of each country listed. */
function leadersOfCountries(lower: string, listed = LEADERS_OF): CountryCode[] {
  const m = listed.exec(lower);
  return m ? countryWords(m[1]!).map((w) => w.country) : [];
}
const COUNTRY_LIST = String.raw`((?:${COUNTRY_ALT})(?:\s*(?:,|và|[-–])\s*(?:${COUNTRY_ALT}))+)(?![\p{L}])`;
const LEADERS_OF = new RegExp(
  `(?<![\\p{L}])lãnh đạo(?:\\s+(?:ba|hai|3|2)\\s+nước)?\\s+${COUNTRY_LIST}`,
  'u',
);
// "Hai đoàn đại biểu biên giới Việt Nam và Lào đã tiến hành cuộc họp … tại B", "Đoàn chuyên viên
// biên giới của Việt Nam và Lào vừa cùng khảo sát … tại B": one of each.
const DELEGATIONS_OF = new RegExp(
  `(?<![\\p{L}])(?:(?:hai|ba|2|3)\\s+đoàn(?:\\s+đại biểu)?(?:\\s+\\p{L}+){0,3}?|đoàn(?:\\s+\\p{L}+){0,4}?\\s+của)\\s+${COUNTRY_LIST}`,
  'u',
);

/**
 * "tại tỉnh B, lãnh đạo tỉnh đã có cuộc gặp với đoàn nông dân Lào và Campuchia": the countries of
 * the delegations met, named right after "với" (`rest` is what follows it).
 */
function delegationsMet(rest: string): CountryCode[] {
  return MET_DELEGATION.test(rest) ? delegationCountries(rest) : [];
}
const MET_DELEGATION = /^(?:các\s+|hai\s+|ba\s+)?(?:trưởng\s+)?đoàn(?![\p{L}])/u;

/** "… các tỉnh B1, B2 (Lào) cùng lãnh đạo tỉnh A …": m, after "cùng", joins guests of another country. */
function joinsGuests(s: SentenceView, m: Mention): boolean {
  return (
    wordIn(s, m.firstToken - JOINED_REACH, m.firstToken, 'cùng') &&
    s.mentions.some((g) => g.lastToken < m.firstToken && g.entry.country !== m.entry.country)
  );
}
// From "cùng" to the hosts' place: "cùng lãnh đạo tỉnh A", "cùng đại diện chính quyền tỉnh A".
const JOINED_REACH = 5;

/** "(Ngày 21/8,) tại Campuchia, …" opening the sentence: that country's capital, or null. */
function frontedCountry(s: SentenceView, gaz: Gazetteer): GazetteerEntry | null {
  for (let k = s.t0; k < Math.min(s.t1, s.t0 + FRONTED_REACH); k++) {
    if (wordAt(s, k) !== 'tại') continue;
    const c = countryNamedAt(s, k + 1);
    const end = k + 1 + (c === 'VN' ? 2 : 1);
    return c && commaBefore(s, end) ? gaz.capital(c) : null;
  }
  return null;
}
// "Ngày 21/8 vừa qua, tại …": the words a date may take before the place.
const FRONTED_REACH = 8;

/**
 * "Tham dự buổi lễ … ở tỉnh B có Đại sứ Việt Nam tại Campuchia X; ông Y, … tỉnh A; …": the
 * ambassador in person on a roll at an event outside the capital of the country he is posted to has
 * travelled there, beside the provinces' guests. (Not an embassy's staff, "đại diện Đại sứ quán",
 * "Tham tán Đại sứ quán", whom annotators often leave at their post.)
 */
function ambassadorAway(s: SentenceView, venue: GazetteerEntry, gaz: Gazetteer): boolean {
  if (venue.id === gaz.capital(venue.country).id) return false;
  const lower = phraseText(s.tt, s.t0, s.t1);
  const at = nationalBodyIndex(lower);
  return at >= 0 && AMBASSADOR_IN_PERSON.test(lower.slice(at));
}
// "đại sứ việt nam tại …", "đại sứ đặc mệnh toàn quyền …" (not "đại sứ quán").
const AMBASSADOR_IN_PERSON = /^đại sứ(?!\s+quán)(?![\p{L}])/u;

/** "Hội nghị là dịp để các quan chức cao cấp của ba nước …": the three countries' officials. */
function officialsOfThree(s: SentenceView): boolean {
  return OFFICIALS_OF_THREE.test(phraseText(s.tt, s.t0, s.t1));
}

/**
 * "Về dự buổi gặp mặt có ông X, Phó Đại sứ nước CHDCND Lào tại Việt Nam": a national body of a
 * country named in a roll of those present.
 */
// An item of a roll whose titles go on to a province after the national body ("Ủy viên Trung ương
// Đảng … Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B"): that province's leader. ("… Lào Pany
// Yathotou … cùng đại diện 9 tỉnh của Việt Nam và 10 tỉnh của Lào": provinces counted, not a title.)
// ("… Bộ Giáo dục và Thể thao Lào cùng lãnh đạo tỉnh và các sở …": a bare "tỉnh", the hosts, names no
// province of a title.)
const PLACE_TITLE =
  /(?<![\p{L}])(?<!\d[ \t])(?<!(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t])(?:tỉnh|thành phố|thủ đô|tp\.?)\s(?!(?:của|và|cùng)\s)/u;

function rolledNationalBodies(
  s: SentenceView,
  envoysAtPost = false,
  unmarked: CountryCode | null = null,
): CountryCode[] {
  if (!attendanceRoll(s)) return [];
  // ("Tham dự …, đồng chí X, Tỉnh trưởng tỉnh B cho biết, dù thế giới có nhiều biến động, Nhà nước
  // Lào vẫn …": the roll ends where its speaker's words begin.)
  const all = phraseText(s.tt, s.t0, s.t1);
  const said = SAID.exec(all);
  const lower = said ? all.slice(0, said.index) : all;
  const has = lower.indexOf(' có ');
  // ("Có mặt tại buổi lễ gồm Bộ trưởng …": the roll after "gồm".)
  const at = has >= 0 ? has : lower.indexOf(' gồm ');
  // ("Buổi tọa đàm kéo dài cả ngày, với sự tham dự của ông X, Thứ trưởng … Lào" at home: the
  // guests' bodies carry their country, so the clause reads as a roll after "có".)
  const opened = at < 0 && !unmarked ? PRESENCE_OF.exec(lower) : null;
  if (opened)
    return rolledItems(' có ' + lower.slice(opened.index + opened[0].length), null, envoysAtPost);
  if (at < 0) return presenceRoll(s, lower, unmarked);
  return rolledItems(lower.slice(at), unmarked, envoysAtPost);
}

/** The countries of the national bodies on a roll (" có …", from its opening word on). */
function rolledItems(
  roll: string,
  unmarked: CountryCode | null,
  envoysAtPost = false,
): CountryCode[] {
  // ("… gồm đại diện Bộ Du lịch Campuchia; Bộ Thông tin, Văn hóa và Du lịch Lào; …": each item's
  // body, with the country that closes it.)
  const out: CountryCode[] = [];
  let bare = false;
  // ("…; đại diện Ủy ban Đặc biệt Lào …, cùng lãnh đạo tỉnh A, …": the hosts who join the roll
  // after "cùng" are an item of their own.)
  for (const item of roll.slice(4).split(/;|, cùng /u)) {
    // ("Tham dự Hội nghị có Thủ tướng Chính phủ các nước Việt Nam, Lào, Campuchia, …": one
    // title for the leaders of each country listed, whose commas rollParts would cut.)
    // (Not "… theo hình thức trực tuyến": leaders who followed from home.)
    const each =
      item.includes(' nước ') && !item.includes('trực tuyến')
        ? BODIES_OF_COUNTRIES.exec(item)
        : null;
    for (const w of each ? countryWords(each[1]!) : [])
      if (!out.includes(w.country)) out.push(w.country);
    for (const part of rollParts(item)) {
      // ("… có các đoàn đại biểu thanh niên đến từ Lào và Campuchia": countries' delegations.)
      const from = DELEGATIONS_FROM_COUNTRIES.exec(part);
      for (const w of from ? countryWords(from[1]!) : [])
        if (!out.includes(w.country)) out.push(w.country);
      const body = nationalBodyIndex(part);
      if (body < 0 || PLACE_TITLE.test(part.slice(body))) continue;
      // ("… phó tỉnh trưởng tỉnh B, đồng thời là chủ tịch Hội hữu nghị Lào - Việt Nam": a second
      // title of the province's leader.)
      if (SECOND_TITLE.test(part.slice(0, body)) && PLACE_TITLE.test(part.slice(0, body))) continue;
      // ("Tới dự lễ hội có ông X, Đại sứ … Lào tại Việt Nam" in Hà Nội: at the post, not come.)
      if (envoysAtPost && envoyFirst(part.slice(body))) continue;
      const c = countryWords(part)[0]?.country;
      if (c && !out.includes(c)) out.push(c);
      // (Not "ông X, Phó Thủ tướng Chính phủ Lào; ông Phết, Bộ trưởng Bộ Y tế" after the host's
      // marked body: his colleague, the country carried over; unless a Vietnamese name says whose.)
      else if (!c && unmarked && (out.length === 0 || VIET_NAMED.test(item))) bare = true;
    }
  }
  // ("Dự buổi lễ có GS X, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh; đồng chí Y, Phó Thủ
  // tướng Chính phủ Lào; …" abroad: the paper's own country's body goes unmarked beside the host
  // country's, which is named.)
  if (bare && out.length > 0 && !out.includes(unmarked!)) out.push(unmarked!);
  return out;
}

/**
 * "Lễ khánh thành … tại tỉnh B (Lào) đã diễn ra với sự tham dự của Chủ tịch nước X, Tổng Bí thư,
 * Chủ tịch nước Lào Y": the roll after "sự tham dự của", read as one after "có" is (the paper's own
 * leader unmarked beside the host's, who is named).
 */
function presenceRoll(s: SentenceView, lower: string, unmarked: CountryCode | null): CountryCode[] {
  if (!unmarked || !lower.includes('sự tham dự của')) return [];
  const opened = PRESENCE_OF.exec(lower);
  if (!opened) return [];
  // (Not "… với sự tham dự của Samdech Hun Sen, Chủ tịch Thượng viện, và Bộ trưởng … Campuchia":
  // the host's own leader left unmarked; the paper's own is named, "Phó Chủ tịch nước Võ Thị Bình".)
  const text = s.tt.text.slice(s.span[0], s.span[1]);
  const roll = PRESENCE_OF_CASED.exec(text);
  if (!roll || !VIET_FULL_NAME.test(text.slice(roll.index))) return [];
  // ("…, với sự tham dự của …, Phó Thủ tướng Lào Y.": "có" put before the roll, so the reading
  // above applies.)
  return rolledItems(' có ' + lower.slice(opened.index + opened[0].length), unmarked);
}
const PRESENCE_OF = /(?<![\p{L}])sự\stham dự\scủa\s/u;
const PRESENCE_OF_CASED = /(?<![\p{L}])sự\s+tham\s+dự\s+của\s/iu;

// Vietnamese family names, lower case ("nguyễn", "trần", …), with rarer ones a roll's names open on.
const VIET_FAMILIES = [
  ...COMMON_VIETNAMESE_FAMILY_NAMES,
  'lý',
  'đoàn',
  'mai',
  'cao',
  'lâm',
  'tạ',
  'chu',
  'kiều',
  'triệu',
  'lưu',
  'quách',
  'lại',
];
// A person called by a Vietnamese family name ("ông Trần Văn E", "đồng chí Nguyễn …").
const VIET_NAMED = new RegExp(
  `(?<![\\p{L}])(?:ông|bà|đồng chí|gs|pgs|ts)\\.?\\s+(?:${VIET_FAMILIES.join('|')})\\s`,
  'u',
);
// A Vietnamese family name, then two capitalised words ("Võ Thị Bình", "Trần Văn Hải").
const VIET_FULL_NAME = new RegExp(
  `(?<![\\p{L}])(?:${VIET_FAMILIES.map((f) => f[0]!.toUpperCase() + f.slice(1)).join('|')})\\s+\\p{Lu}[\\p{Ll}\\p{M}]*\\s+\\p{Lu}`,
  'u',
);
// A leader's title or a state's body, then "các / hai / ba nước" and the countries listed.
const BODIES_OF_COUNTRIES = new RegExp(
  String.raw`^(?:\s*(?:các|đồng chí|ngài)\s+)?(?:phó\s+)?(?:thủ tướng|bộ trưởng|chủ tịch quốc hội|chủ tịch nước|ngoại trưởng|lãnh đạo)(?:\s+(?:chính phủ|bộ\s+\p{L}+(?:\s+\p{L}+)?))?\s+(?:của\s+)?(?:các|hai|ba|2|3)\s+nước\s+${COUNTRY_LIST}`,
  'u',
);

const DELEGATIONS_FROM_COUNTRIES = new RegExp(
  String.raw`(?<![\p{L}])đoàn[^,;]{0,40}?\sđến từ\s+(?:nước\s+(?:bạn\s+)?)?((?:${COUNTRY_ALT})(?:\s*(?:,|và)\s*(?:${COUNTRY_ALT}))*)(?![\p{L}])`,
  'u',
);
const SECOND_TITLE = /(?<![\p{L}])(?:đồng thời(?: là)?|kiêm)\s+(?:[\p{L}.]+\s+){0,3}$/u;

// "chủ trì", "chủ toạ" (also written "chủ tọa"): chairing.
const CHAIRING = ['trì', 'toạ', 'tọa'];

const SAID = /\s(?:cho biết|khẳng định|nhấn mạnh|cho rằng|bày tỏ)(?![\p{L}])/u;

/**
 * The people of one roll item: "Thứ trưởng Bộ Ngoại giao Lào A, Bộ trưởng Bộ Thương mại Campuchia B
 * và …" runs several bodies on with commas. A part naming no body of its own (a name, "Văn hóa và
 * Du lịch Lào" of one ministry, "Ủy viên Bộ Chính trị" of a title chain) stays with the one before;
 * an item whose titles go on to a province is one person's chain.
 */
function rollParts(item: string): string[] {
  // ("… có đại diện Bộ Quốc phòng Campuchia, lãnh đạo tỉnh B": a group of another body after the
  // comma, no further title of one person.)
  return item
    .split(GROUP_NEXT)
    .flatMap((part) => (PLACE_TITLE.test(part) ? [part] : bodyItems(part, TITLED_RUN)));
}
const GROUP_NEXT = /,\s(?=(?:đại diện|lãnh đạo)\s)/u;

// "… bằng nguồn viện trợ không hoàn lại của Chính phủ Việt Nam", "do Chính phủ Việt Nam tài trợ":
// the work's funder, not a party come to the ceremony.
const FUNDED_BY = new RegExp(
  String.raw`(?:(?:viện trợ|tài trợ|vốn|kinh phí)[^,.;]{0,40}?của\s+(?:chính phủ|nhà nước)|do\s+(?:chính phủ|nhà nước)\s+(?:${COUNTRY_ALT})\s+(?:tài trợ|viện trợ|hỗ trợ|đầu tư))`,
  'gu',
);
const unfunded = (lower: string) => lower.replace(FUNDED_BY, ' ');

/**
 * "Buổi gặp gỡ được tổ chức tại A …", "Hội nghị diễn ra tại A": a sentence that opens on an event
 * the article has just told, and names no place but where it was held.
 */
function heldHere(s: SentenceView, venue: Mention): boolean {
  if (!EVENT_OPENERS.has(wordAt(s, s.t0)) || s.mentions.some((m) => m.entry !== venue.entry))
    return false;
  return heldWordAt(s, venue) > s.t0;
}

/**
 * The "tại" or "ở" right before the venue, after "tổ chức" or "diễn ra", or -1 (frame-venue's
 * heldAt asks only whether a sentence says where some event was held).
 */
function heldWordAt(s: SentenceView, venue: Mention): number {
  const k = venue.headToken - 1;
  const at = AT.has(wordAt(s, k)) ? k : AT.has(wordAt(s, k - 1)) ? k - 1 : -1;
  const pair = `${wordAt(s, at - 2)} ${wordAt(s, at - 1)}`;
  return at >= 0 && (pair === 'tổ chức' || pair === 'diễn ra') ? at : -1;
}
const AT = new Set(['tại', 'ở']);

/** "Phát biểu tại lễ ký kết diễn ra ở B, …": where the signing just told was held. */
function signingHeld(s: SentenceView, venue: Mention): boolean {
  const at = heldWordAt(s, venue);
  for (let k = s.t0; k + 1 < at; k++)
    if (wordAt(s, k + 1) === 'ký' && (wordAt(s, k) === 'lễ' || wordAt(s, k) === 'buổi'))
      return true;
  return false;
}
const EVENT_OPENERS = new Set(['buổi', 'cuộc', 'hội', 'lễ']);
const ABOVE = /(?<![\p{L}])các tỉnh (?:nói )?trên(?![\p{L}])/u;

const YEAR_OF_ITS_OWN = /(?<![\p{L}])năm (?:19|20)\d\d(?!\d)/u;

/** "tổ chức lễ kết nghĩa / lễ ký kết …": the event organised is a twinning or a signing. */
function signingCeremony(s: SentenceView): boolean {
  for (let k = s.t0; k + 3 < s.t1; k++)
    if (wordAt(s, k) === 'lễ' && (wordsAt(s, k + 1, ['kết', 'nghĩa']) || wordAt(s, k + 1) === 'ký'))
      return wordsAt(s, k - 2, ['tổ', 'chức']);
  return false;
}

/** The mentions of the sentence before s (from the full stop or line end before it). */
function sentenceBefore(s: SentenceView, mentions: readonly Mention[]): Mention[] {
  const [start, end] = spanBefore(s.tt.text, s.span[0]);
  return mentions.filter((m) => m.span[0] >= start && m.span[1] <= end);
}

/**
 * "Đoàn công tác Viện Hàn lâm … Việt Nam tham dự và có nhiều tham luận", at the event the lead
 * placed: the delegation of another country's national body, the sentence's subject, came.
 */
function bodyDelegation(s: SentenceView, venueCountry: CountryCode): CountryCode | null {
  const open = afterOpening(s);
  if (wordAt(s, open) !== 'đoàn') return null;
  // ("Đoàn … Việt Nam sẽ tham dự hội thảo lần thứ 4 …", "… không tham dự được": no trip to it.)
  const cue = meetingAt(s, open);
  if (cue < 0 || futureInClause(s, cue)) return null;
  for (let j = open; j < cue; j++) if (NOT_DONE.has(wordAt(s, j))) return null;
  // ("… cũng đã tham dự Hội nghị … tại Jakarta": another venue, named, outside the three countries.)
  for (let j = cue + 1; j + 1 < s.t1; j++)
    if (wordAt(s, j) === 'tại' && namedElsewhere(s, j + 1)) return null;
  return subjectBody(s, venueCountry);
}

const NOT_DONE = new Set(['không', 'chưa', 'chẳng']);
// Capitalised heads of an event after "tại" ("phát biểu tại Hội thảo"), not a venue.
const EVENT_HEADS = new Set([
  'hội',
  'lễ',
  'diễn',
  'triển',
  'tuần',
  'ngày',
  'chương',
  'liên',
  'kỳ',
  'phiên',
  'buổi',
  'đây',
]);

/** A capitalised word at token k that is no event's head: a place the gazetteer does not hold. */
function namedElsewhere(s: SentenceView, k: number): boolean {
  const tok = s.tt.tokens[k]!;
  return /^\p{Lu}/u.test(s.tt.text.slice(tok.start, tok.end)) && !EVENT_HEADS.has(wordAt(s, k));
}

/**
 * The meeting word at `cue` asks for it or plans or denies it in its own clause; past a delegation's
 * description ("do Tỉnh trưởng làm trưởng đoàn / dẫn đầu"), the word of what the delegation did.
 */
function meetingPlanned(s: SentenceView, cue: number): boolean {
  // (No meeting word: "Hội trại … chưa thể được tổ chức tại B" is held or not by its first verb.)
  if (cue < 0) {
    for (let k = s.t0; k < s.t1; k++) if (heldAt(s, k)) return futureJustBefore(s, k);
    return false;
  }
  if (invitedTo(s, cue) || futureJustBefore(s, cue) || nextTimeOpening(s, cue)) return true;
  if (tripPutOff(s, cue)) return true;
  const led = wordsAt(s, cue, ['trưởng', 'đoàn']) || wordsAt(s, cue, ['dẫn', 'đầu']);
  const next = led ? meetingAt(s, cue + 2) : -1;
  if (next >= 0 && (futureJustBefore(s, next) || invitedTo(s, next))) return true;
  // ("Hội nghị … ba nước Việt Nam, Campuchia và Lào sẽ diễn ra", "Hội trại … chưa thể được tổ chức
  // tại B", "… tỉnh B sẽ phối hợp với … tỉnh A tổ chức …": the event's own verb in its clause.)
  // ("Tiểu khu … tỉnh A chưa thể cử đoàn sang B dự lễ …": a meeting its guests could not attend.)
  let k = cue;
  while (k > s.t0 && !clauseBreak(s, k)) k--;
  for (; k < s.t1 && (k <= cue || !clauseBreak(s, k)); k++)
    if ((heldAt(s, k) && futureJustBefore(s, k)) || (k < cue && unableAt(s, k))) return true;
  return false;
}
/** A comma before token k that no place or country of a list follows. */
const clauseBreak = (s: SentenceView, k: number) =>
  commaBefore(s, k) && !s.mentions.some((m) => m.headToken === k) && !countryNamedAt(s, k);
const heldAt = (s: SentenceView, k: number) => HELD.some((w) => wordsAt(s, k, w));
const HELD = [
  ['diễn', 'ra'],
  ['tổ', 'chức'],
  ['khai', 'mạc'],
  ['phối', 'hợp'],
];

/** Visits a sentence tells through its venue and its parties (see the file comment). */
export function frameVisits(
  s: SentenceView,
  frame: ArticleFrame,
  ctx: VisitContext,
  gaz: Gazetteer,
): VisitFinding[] {
  const exchange = defenceExchangeVisits(s, gaz);
  if (exchange.length > 0) return exchange;
  const here = visitsHere(s, () => sentenceBefore(s, ctx.mentions), ctx, gaz);
  if (here.length > 0) return here;
  const there = visitsThere(s, () => sentenceBefore(s, ctx.mentions));
  if (there.length > 0) return there;
  const done = localsHere(s, ctx.mentions, (at) => spanBefore(s.tt.text, at));
  if (done.length > 0) return done;
  const showcase = showcaseVisits(s);
  if (showcase.length > 0) return showcase;
  // "Hội nghị do ông A, Thứ trưởng … Lào; ông B, … Việt Nam và ông C, … Campuchia, đồng chủ trì.":
  // at the article's venue, each co-chair's country other than the venue's came.
  // (A dateline's city is where the report was filed: "Hà Nội (TTXVN) - Ngày 20/6, Thủ tướng …".)
  // ("Ngày 21/8, tại Campuchia, Kỳ họp … đã được tổ chức dưới sự chủ trì của … Việt Nam A và …
  // Campuchia B": an event placed only in a country, at its capital.)
  const chairedAt = frame.venue ?? (s.mentions.length === 0 ? frontedCountry(s, gaz) : null);
  if (
    chairedAt &&
    s.mentions.every((m) => isDateline(s, m)) &&
    CHAIRING.some((w) => hasWords(s, 'chủ', w))
  ) {
    const out: VisitFinding[] = [];
    const to: Side[] = [{ entry: chairedAt, level: 'local' }];
    nationalGuests(coChairCountries(phraseText(s.tt, s.t0, s.t1)), chairedAt, to, s, gaz, out);
    // (A host who chairs, "Thủ tướng Lào X chủ trì Hội nghị, với sự tham dự của …": his guests
    // are the roll's, read below.)
    if (out.length > 0 || !presenceClause(s)) return out;
  }
  // ("Hải quan Việt Nam đã tổ chức Hội nghị Hải quan biên giới Việt Nam – Campuchia lần thứ VI tại
  // TP. Đà Lạt": a meeting of the two countries' bodies at a place of one; the other came.)
  const held = frame.venue;
  const paired = held ? pairedMeetingGuest(s, held, ctx.mentions) : null;
  if (held && paired) {
    const out: VisitFinding[] = [];
    nationalGuests([paired], held, [{ entry: held, level: 'local' }], s, gaz, out);
    return out;
  }
  // At the venue the lead named, a sentence naming no place: "Hội nghị là dịp để các quan chức
  // cao cấp của ba nước cùng đánh giá …" (the other two countries' officials came); "Trưởng đoàn
  // Campuchia dự chương trình, ông …" (that country's delegation came).
  // ("Ngày 18/12, Chương trình … khai mạc tại Hà Nội, với sự tham gia của …": the lead itself
  // places the event and lists who came.)
  let listedMemo: CountryCode[] | undefined;
  const listed = () => (listedMemo ??= presentCountries(s));
  const ofThree = venueOfThree(s);
  const namedVenue =
    ofThree ?? ctx.frameVenue ?? (presenceClause(s) || listed().length > 0 ? frame.venue : null);
  // (Or naming the venue alone beside a list of countries' delegations: "… các đoàn đại biểu thanh
  // niên Việt Nam, Campuchia và Lào, …, lãnh đạo tỉnh B".)
  const hostOnly =
    namedVenue !== null && (ofThree !== null || s.mentions.every((m) => m.entry === namedVenue));
  const three = ofThree !== null || (hostOnly && s.mentions.length === 0 && officialsOfThree(s));
  // ("Hoạt động diễn ra hôm qua, với sự có mặt của …": a roll in a trailing clause reads too.)
  const reads =
    hostOnly && !three && (meetingAt(s) >= 0 || presenceClause(s) || listed().length > 0);
  // ("… các đoàn đại biểu thanh niên Việt Nam, Campuchia và Lào": each country's delegation.)
  let delegations = reads ? delegationCountries(phraseText(s.tt, s.t0, s.t1)) : [];
  if (reads && delegations.length === 0) delegations = listed();
  if (namedVenue && hostOnly && (s.mentions.length === 0 || delegations.length > 1 || three)) {
    const delegation = delegations[0] ?? null;
    const atCapital = namedVenue.id === gaz.capital(namedVenue.country).id;
    // ("… Trưởng đoàn Lào; ông Y, … Trưởng đoàn Campuchia; cùng ông Z, … Trưởng đoàn Việt Nam":
    // every country's delegation on the roll.)
    const named = reads
      ? rolledNationalBodies(s, atCapital, namedVenue.country === 'VN' ? null : 'VN')
      : [];
    for (const c of [...delegations].reverse()) if (!named.includes(c)) named.unshift(c);
    const body = reads && named.length === 0 ? bodyDelegation(s, namedVenue.country) : null;
    if (body) named.push(body);
    // ("… với đoàn Công đoàn bốn tỉnh A1 … A4 của Lào. … đoàn đại biểu Lào đã đến làm việc …": the
    // provinces' delegation the article follows, named by its country.)
    const followed = (c: CountryCode) =>
      ctx.lastOrigin?.level === 'local' && ctx.lastOrigin.entry.country === c;
    // (A national body on the roll is no such delegation: "Cùng dự buổi gặp có Bí thư Trung ương
    // Đoàn … Lào …" beside the Lao province's delegation.)
    const guests = named.filter((c) => c !== namedVenue.country && !(delegation && followed(c)));
    if (three || guests.length > 0) {
      const out: VisitFinding[] = [];
      const to: Side[] = [{ entry: namedVenue, level: 'local' }];
      nationalGuests(three ? threeInOrder(s) : guests, namedVenue, to, s, gaz, out);
      return out;
    }
  }
  const seat = seatVenue(s, gaz);
  const behalf = onBehalfOfDelegation(s);
  // "Về phía Lào, có bà …, Chủ tịch Hội LHPN Lào": a side named by its country alone.
  if (s.mentions.length === 0 && !seat && !behalf && !countrySide(s)) return [];
  // ("tại thành phố B, Liên đoàn Lao động tỉnh B tổ chức chương trình … với đoàn … tỉnh A": an
  // event held with the guests is a meeting too.)
  // ("Đến chung vui với tỉnh còn có đoàn …": a roll of those who came names no meeting word.)
  let attendingMemo: boolean | undefined;
  const attending = () => (attendingMemo ??= attendanceRoll(s));
  const cue = meetingAt(s);
  const meeting =
    behalf || cue >= 0 || sideRollCall(s) || delegationsFrom(s) || organises(s) || attending();
  // No meeting word and no host: nothing below can hold, whatever the venue (cheap test first).
  const host = meeting ? undefined : hostIn(s);
  if (host === null) return [];
  const named = venueIn(s);
  // (An event held on the line itself, at a pair of gates or a marker, has no host.)
  if (!named && heldOnTheLine(s)) return [];
  const hosted = named ? null : (host ?? hostIn(s));
  // ("… đã mời lãnh đạo tỉnh B sang thăm, làm việc tại tỉnh A": an invitation, the meeting to come.)
  // ("Ngày 22/7, tại thành phố B, … tỉnh B sẽ tổ chức hội đàm với … tỉnh A", "… chưa thể làm việc
  // tại B": the meeting word's own plan or denial, which a venue clause before it does not undo.)
  if (
    (!hosted && !meeting) ||
    plannedMeeting(s, named, attending() ? cue : -1) ||
    meetingPlanned(s, cue) ||
    heldOnline(s) ||
    enrolling(s)
  )
    return [];
  // (An organiser hands over a work where the work stands: workSite.)
  const own = named?.entry ?? workSite(s)?.entry ?? hosted?.host.entry ?? seat;
  // A sentence naming another place of the venue's country is about another event.
  // "Trên đường về nước, Đoàn …": the delegation has left the article's venue.
  // "Về dự Hội nghị có các đoàn … của 3 tỉnh Việt Nam là A1, A2; 2 tỉnh của Lào là B, C": a roll
  // of those who came names the host country's places among them.
  // (So does a side's roll: "Phía Campuchia có đoàn các tỉnh …; phía nước chủ nhà có …".)
  const roll = attending() || opensSideRoll(s);
  // ("…, năm 2016, đoàn đại biểu cấp cao hai tỉnh đã tổng kết …": a year of its own tells another
  // event than the article's; not the year of the programme an opening carries out, "Thực hiện kế
  // hoạch hợp tác năm 2024, về dự … có …".)
  const inherited =
    frame.venue !== null &&
    // (Or talks the next sentence placed at one side's home: talksPlacedNext, geocode-article.ts.)
    // (A lead under its own dateline, "Sê Kông (TTXVN) - Hội nghị … năm 2024 giữa …", is the
    // article's event, whoever it names and whatever year it gives.)
    (ownDateline(s, frame.venue) ||
      ((roll || speaksOfParty(s) || ctx.talksVenue === frame.venue) &&
        !YEAR_OF_ITS_OWN.test(phraseText(s.tt, clauseStart(s), s.t1)))) &&
    !hasWords(s, 'về', 'nước') &&
    (roll ||
      !s.mentions.some(
        (m) => m.entry.country === frame.venue!.country && m.entry.iso !== frame.venue!.iso,
      ));
  // No venue ever named ("tại hội trường UBND huyện X"): the province the article is written
  // from, unless its own delegation is the one travelling ("hội đàm giữa đoàn A và tỉnh B"). A
  // signing with no venue is the partnership's history ("Hội … tỉnh ký kết … với … tỉnh B năm 2012").
  const homeEntry = ctx.home?.entry;
  const home =
    frame.venue === null &&
    !frame.joint &&
    homeEntry &&
    (speaksOfParty(s) || roll) &&
    (roll || wordAt(s, cue) !== 'ký') &&
    // ("Đoàn của … tỉnh B có …" names who came, whoever the article followed before.)
    (ctx.lastOrigin?.entry !== homeEntry || delegationOf(s)) &&
    // (A roll names the hosts among those present: "có đại diện lãnh đạo … của hai tỉnh A, B";
    // so do guests the hosts join, "… các tỉnh B1, B2 (Lào) cùng lãnh đạo tỉnh A đồng tổ chức".)
    (roll || !s.mentions.some((m) => m.entry === homeEntry && !joinsGuests(s, m))) &&
    // ("tại cửa khẩu X, đoàn công tác của tỉnh … đã bàn giao … cho … tỉnh B": it went out.)
    !ownDelegationBefore(s, cue) &&
    // (Those who chair it are its hosts, at home: "Chủ trì tiếp nhận có … Chỉ huy trưởng … B".)
    !chairsRoll(s)
      ? homeEntry
      : null;
  // "Đoàn thăm và làm việc với lãnh đạo tỉnh B. Ảnh: …" in the paper of the province the
  // article is written from, where no venue was ever named: its own delegation, gone to B.
  const ours = ctx.home;
  if (!own && frame.venue === null && ours && bareDelegation(s))
    return [...new Set(s.mentions.map((m) => m.entry))]
      .filter((e) => e.country !== ours.entry.country)
      .map((e) => ({ from: local(ours), to: [{ entry: e, level: 'local' }], sentence: s }));
  // ("Dự lễ khởi công có Bí thư, Tỉnh trưởng B, …; Thứ trưởng Bộ … Việt Nam …" where the article
  // placed nothing: the province whose leader is on the roll.)
  const venue =
    own ??
    (inherited ? frame.venue : home) ??
    (roll && frame.venue === null
      ? (rollHostProvince(s, phraseText(s.tt, s.t0, s.t1))?.entry ?? null)
      : null);
  if (!venue) return [];
  // "Ban Chỉ huy … tỉnh A đã tổ chức lễ kết nghĩa và ký quy chế … với Ban Chỉ huy … tỉnh B": a
  // twinning or a signing says who signed, not where; its organiser is no host by that alone.
  // (Nor is one that hands aid to another country's provinces: see handsOverAbroad.)
  if (
    !named &&
    !inherited &&
    hosted?.organiser &&
    (signingCeremony(s) ||
      // (Not where the work handed over stands abroad: "tổ chức lễ bàn giao trụ sở … tỉnh B".)
      (venue === hosted.host.entry && handsOverAbroad(s, hosted.host)))
  )
    return [];
  const handedAt = named ? borderGateHandover(s, named) : -1;
  const to: Side[] = [{ entry: venue, level: 'local' }];
  // ("tại thị xã A1, tỉnh B1 và thị xã A2, tỉnh B2, Bộ Chỉ huy … tỉnh A đã lần lượt hội đàm …":
  // one venue after another.)
  if (named && hasWords(s, 'lần', 'lượt'))
    for (const m of s.mentions)
      if (
        m.entry.country === venue.country &&
        m.entry.iso !== venue.iso &&
        atVenue(s, m) &&
        !to.some((t) => t.entry.iso === m.entry.iso)
      )
        to.push(local(m));
  // ("… nhân dân hai tỉnh B1, B2 (Lào) đã … tiễn đưa hài cốt … cho đoàn … tỉnh A": each host listed.)
  if (!named && hosted && venue === hosted.host.entry)
    for (const h of withListed(s, hosted.host))
      if (h.entry.country === venue.country && !to.some((t) => t.entry === h.entry))
        to.push(local(h));
  const out: VisitFinding[] = [];
  const seen = new Set<string>();
  for (const m of s.mentions) {
    if (seen.has(m.entry.id) || m.entry.country === venue.country) continue;
    if (handedAt >= 0 && m.firstToken > handedAt) continue;
    // ("… khu vực tiếp giáp ba tỉnh A, B và C của nước bạn Lào": the neighbours, not guests.)
    if (isDistanceRef(s, listHead(s, m))) continue;
    // The guests of an organised event may be named anyhow ("với các tỉnh A1, A2 (Campuchia)").
    if (!hosted?.organiser && !(roll && rollMember(s, m, venue)) && !isParty(s, m, venue)) continue;
    // ("… và 12 tỉnh tham dự trực tuyến (B1, B2)": those who followed from home.)
    if (attendedOnline(s, m)) continue;
    // ("… đón đoàn các tỉnh B1 (Campuchia), X (Hàn Quốc) và B2, B3 (Lào)": across countries.)
    for (const h of listedAcross(s, m, venue.country)) {
      if (seen.has(h.entry.id) || h.entry.country === venue.country) continue;
      seen.add(h.entry.id);
      out.push({ from: local(h), to, sentence: s, ...(roll && { attended: true as const }) });
    }
  }
  // "Đến dự lễ có …, lãnh đạo thành phố A, …, Bộ Tư lệnh Lục quân Quân đội Hoàng gia Campuchia":
  // a roll that names the hosts' places and a national body of another country.
  // (Not an embassy's staff, at home in the country they are posted to; not where the roll calls
  // the venue's province "tỉnh bạn", the partner seen from elsewhere.)
  const rolled = (
    roll ? rolledNationalBodies(s, false, venue.country === 'VN' ? null : 'VN') : []
  ).filter((c) => c !== venue.country);
  if (
    rolled.length > 0 &&
    !(envoyFirst(phraseText(s.tt, s.t0, s.t1)) && !ambassadorAway(s, venue, gaz)) &&
    !s.mentions.some(
      (m) =>
        m.entry === venue &&
        (wordAt(s, m.headToken - 1) === 'bạn' || wordAt(s, m.headToken + 1) === 'bạn'),
    )
  )
    nationalGuests(rolled, venue, to, s, gaz, out);
  // "Sở … tỉnh A vừa phối hợp với Sở … tỉnh B tổ chức chương trình … tại thành phố C, tỉnh B":
  // the organiser from the other country came to B.
  if (out.length === 0 && named && jointlyOrganised(s))
    for (const m of s.mentions)
      if (
        m.headToken < named.headToken &&
        m.entry.country !== venue.country &&
        !seen.has(m.entry.id)
      ) {
        seen.add(m.entry.id);
        out.push({ from: local(m), to, sentence: s });
      }
  // "Tại thủ đô Vientiane, đồng chí …, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã
  // được … tiếp": a national body of another country than the named venue came to it.
  if (out.length === 0 && (named || (seat && own === seat))) {
    // The body is read from the words after the venue: "Tại thủ đô B, ‹body› …", as the subject;
    // or the guest is a foreign body named anywhere ("… hội kiến … đoàn công tác của Quốc hội Lào").
    const after = unfunded(phraseText(s.tt, named ? named.lastToken + 1 : s.t0, s.t1));
    const at = nationalBodyIndex(after);
    // ("Tại thủ đô Phnom Penh, Đại sứ quán Việt Nam tại Campuchia đã tổ chức buổi gặp mặt …": an
    // embassy in the capital it is posted to has not travelled.)
    const atPost = envoyFirst(after) && venue.id === gaz.capital(venue.country).id;
    // ("… tại B trao tặng tiền ủng hộ Chính phủ … Việt Nam": the gift's receiver, not the subject.)
    const given = at >= 0 && GIVEN_TO.test(after.slice(0, at));
    const subject = at >= 0 && at < 60 && !atPost && !given ? nationalActorNear(after) : null;
    // ("…, nhưng anh X, hiện làm việc tại Văn phòng Quốc hội Lào, …": his employer.)
    const employer = at >= 0 && EMPLOYED_AT.test(after.slice(Math.max(0, at - 32), at));
    const c =
      atPost || employer
        ? null
        : subject && subject !== venue.country
          ? subject
          : (foreignBody(after, venue.country) ??
            (named
              ? (subjectBody(s, venue.country) ?? meetingBetween(s, named, venue.country))
              : null));
    // ("tại thủ đô B, Thủ tướng … đã có cuộc gặp làm việc với Thủ tướng ‹B's country› X và Thủ
    // tướng Lào Y": each leader met there came, but the host.)
    const withAt = after.indexOf(' với ');
    const met = subject ? withAt : -1;
    const also = [
      ...(subject ? listedNationalActors(after) : []),
      ...(met >= 0 ? listedNationalActors(after.slice(met + 5)) : []),
      ...(withAt >= 0 ? delegationsMet(after.slice(withAt + 5)) : []),
      ...coChairCountries(after),
      ...leadersOfCountries(after),
      // ("Hai đoàn … Việt Nam và Lào … tại B", "tại B, hai Đoàn đại biểu … Việt Nam và Lào …".)
      ...leadersOfCountries(
        phraseText(s.tt, s.t0, named ? named.firstToken : s.t1),
        DELEGATIONS_OF,
      ),
      ...leadersOfCountries(after, DELEGATIONS_OF),
    ];
    // "Cuộc gặp thường niên Bộ trưởng Bộ Quốc phòng 3 nước Việt Nam - Lào - Campuchia đã diễn ra
    // tại TP. Kon Tum": the three countries' bodies met there.
    const three = BODIES_OF_THREE.test(phraseText(s.tt, s.t0, s.t1))
      ? (['VN', 'LA', 'KH'] as const)
      : [];
    nationalGuests([c, ...also, ...three], venue, to, s, gaz, out);
    // (The co-organiser came to every place the event was held: "… tại hai tỉnh A và B".)
    const co = out.length === 0 && named ? coOrganiser(s, named, venue.country) : null;
    if (co) {
      const from: Side = { entry: gaz.capital(co), level: 'national' };
      for (const m of withListed(s, named!))
        if (m.entry.country === venue.country) out.push({ from, to: [local(m)], sentence: s });
    }
  }
  // "Thay mặt đoàn đại biểu Trung ương Đoàn … Lào, ông X và đại diện Trung ương Hội … Campuchia,
  // ông Y, cùng khẳng định …" at the article's venue: each speaker's national body came.
  if (behalf && out.length === 0) {
    const lower = phraseText(s.tt, s.t0, s.t1);
    nationalGuests(
      [nationalActorNear(lower), ...listedNationalActors(lower)],
      venue,
      to,
      s,
      gaz,
      out,
    );
  }
  // "Tới dự buổi lễ, về phía Việt Nam có các đồng chí: X, Phó Thủ tướng Chính phủ; …": a side
  // named by its country whose roll holds a national body: that country's leaders came too.
  // (Only at a venue the article names: a country's leaders at a place only presumed are not placed.)
  // (Each side a roll lists: "phía Việt Nam có …; phía Campuchia có ngài …" at a venue in Vietnam.)
  const sides = countrySides(s);
  const side = sides.find((x) => x.country !== venue.country) ?? sides[0];
  if (
    side &&
    (own || inherited) &&
    side.country !== venue.country &&
    !out.some((v) => v.from.level === 'national')
  ) {
    const names = phraseText(s.tt, side.roll, s.t1);
    // (On the side's roll with its provinces, "… cùng lãnh đạo hai tỉnh A1, A2 sang tham dự",
    // where the verb gives only the provinces: attended.)
    if (nationalBodyIndex(names) >= 0 && !envoyFirst(names))
      out.push({
        from: { entry: gaz.capital(side.country), level: 'national' },
        to,
        sentence: s,
        attended: true,
      });
    // "… về phía Việt Nam có đồng chí …, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy …" in
    // a provincial paper: the paper's own province's people.
    else if (
      ctx.home &&
      ctx.home.entry.country === side.country &&
      out.length === 0 &&
      bareProvinceIn(s, side.roll, s.t1)
    )
      out.push({ from: local(ctx.home), to, sentence: s });
  }
  // "Phó Chủ tịch UBND tỉnh … hội đàm với lãnh đạo tỉnh B tại thành phố B" in a provincial
  // paper: the unnamed "tỉnh" before the meeting is the paper's own province, come to B.
  const homeSide = ctx.home;
  const cueAt = meetingAt(s);
  if (
    out.length === 0 &&
    named &&
    homeSide &&
    homeSide.entry.country !== venue.country &&
    cueAt > s.t0 &&
    bareProvinceIn(s, s.t0, cueAt) &&
    !countedProvincesIn(s, s.t0, cueAt)
  )
    out.push({ from: local(homeSide), to, sentence: s });
  // "Tại thủ đô B, đoàn đã …", "Đi cùng đoàn, về phía tỉnh B có …": the delegation the article
  // follows (else the headline's party from another country), at the venue the sentence names.
  if (out.length === 0 && own && speaksOfParty(s)) {
    const headline = ctx.titlePlaces.find((m) => m.entry.country !== own.country);
    const from = ctx.lastOrigin ?? (headline ? local(headline) : null);
    if (from && from.entry.country !== own.country) out.push({ from, to, sentence: s });
  }
  // "Tại cuộc gặp diễn ra ở thành phố B, hai bên …": the two sides of the meeting just told, the
  // one from elsewhere come to B.
  const pair = ctx.lastPair;
  // ("… Tỉnh trưởng tỉnh B đã ký biên bản ghi nhớ …. Phát biểu tại lễ ký kết diễn ra ở A, …": the
  // signing's two sides.)
  if (out.length === 0 && named && pair && (hasWords(s, 'hai', 'bên') || signingHeld(s, named))) {
    const other = pair.find((e) => e.iso !== venue.iso);
    if (other && other.country !== venue.country && pair.some((e) => e.iso === venue.iso))
      out.push({ from: { entry: other, level: 'local' }, to, sentence: s });
  }
  // "Đại diện tỉnh A và các tỉnh B1, B2 đã trao đổi kinh nghiệm … Buổi gặp gỡ được tổ chức tại
  // A …": the event just told was held at A; the sides of it from elsewhere came.
  const cameFromBefore = (attended: boolean) => {
    for (const m of sentenceBefore(s, ctx.mentions))
      if (m.entry.country !== venue.country && !seen.has(m.entry.id)) {
        seen.add(m.entry.id);
        out.push({ from: local(m), to, sentence: s, ...(attended && { attended: true as const }) });
      }
  };
  if (out.length === 0 && named && heldHere(s, named)) cameFromBefore(false);
  // "Dự Cuộc gặp lần này, ngoài lãnh đạo các tỉnh nói trên còn có …": the provinces the sentence
  // before listed were on the roll too.
  if (roll && ABOVE.test(phraseText(s.tt, s.t0, s.t1))) cameFromBefore(true);
  // A venue only presumed (the paper's own province) gives way to a trip the article tells the
  // other way (see geocode-article.ts).
  // (So is an organiser's own province: "Hội … tỉnh A vừa tổ chức tọa đàm … cùng … tỉnh B",
  // then "… trong chuyến thăm … của Hội … tỉnh A tại B".)
  const presumed = (!own && !inherited) || (!named && hosted?.organiser === true);
  return presumed ? out.map((v) => ({ ...v, presumed: true as const })) : out;
}
