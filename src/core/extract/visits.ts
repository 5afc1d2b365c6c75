// Visits: who travelled from where to where. Read sentence by sentence:
//   forward  "Đoàn đại biểu tỉnh A … (đến) thăm / làm việc tại / chúc Tết … tỉnh B, C" (visit-forward.ts)
//   reverse  "Lãnh đạo tỉnh B … tiếp / đón Đoàn … tỉnh A" (visit-reverse.ts)
// A national actor (Tổng Bí thư, Ban Đối ngoại Trung ương …) stands at its capital.
import type { Gazetteer } from '../gazetteer.ts';
import { envoyActsFirst } from './actors.ts';
import { countOf } from './count-words.ts';
import { countryCalledBack } from './country-called.ts';
import { metAtDateline } from './dateline-partners.ts';
import { afterOpening } from './frame-meeting.ts';
import { venueIn } from './frame-venue.ts';
import type { Mention } from './find-places.ts';
import {
  countryNamedAt,
  phraseText,
  semicolonBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { organiserHosts } from './organiser-host.ts';
import { coHostedVisits } from './co-hosted.ts';
import { signedWithVisits } from './signed-with.ts';
import { listedSenders } from './senders-listed.ts';
import { itineraryVisits } from './itinerary.ts';
import { invertedTrip } from './inverted-trip.ts';
import { remainsFound } from './remains-found.ts';
import { groupTravellers } from './group-reference.ts';
import { fellowLeaders } from './leaders-together.ts';
import { companions, trailingCompanions } from './companions.ts';
import { studyTrip } from './students.ts';
import { talksAtHome } from './talks-at-home.ts';
import { touristsMay } from './tourists.ts';
import { appositionVisit, reverses } from './visit-apposition.ts';
import type { TokenizedText } from './tokens.ts';
import {
  commaBefore,
  delegationStart,
  findCues,
  futureInClause,
  roadAt,
  TENSE,
  type Cue,
} from './visit-cues.ts';
import { resolveForward, tripNounAt } from './visit-forward.ts';
import { resolveReverse } from './visit-reverse.ts';
import {
  local,
  national,
  travellerNamed,
  type Side,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';

/** "lượng khách …", "400.000 lượt … khách": a sentence counting visitors. */
function visitorCount(s: SentenceView): boolean {
  let guests = false;
  let counted = false;
  for (let k = s.t0; k < s.t1; k++) {
    const w = wordAt(s, k);
    if (w === 'khách') {
      if (['lượng', 'lượt'].includes(wordAt(s, k - 1))) return true;
      guests = true;
    }
    if (w === 'lượt' && /^\d/.test(wordAt(s, k - 1))) counted = true;
  }
  return guests && counted;
}

const nationalOnly = (v: VisitFinding) =>
  v.from.level === 'national' && v.to.every((t) => t.level === 'national');

/**
 * "nhắc lại", "nhớ lại": a speaker recalls a trip of other years; "Năm ngoái, tỉnh A đã cử một
 * đoàn sang …", "trước đây": the article tells one.
 */
export function recalls(s: SentenceView): boolean {
  // ("Năm 2023, …", "Trước đó, tháng 5/2022, …": a trip dated by its own year, another one than
  // the news of the day.)
  if (FRONTED_PAST.test(s.tt.text.slice(s.span[0], s.span[0] + FRONTED_REACH))) return true;
  // (Second word first: most tokens are none of these, and no pair string is built.)
  for (let k = s.t0 + 1; k < s.t1; k++) {
    const second = wordAt(s, k);
    const first = RECALLING.get(second);
    if (first !== undefined && first.includes(wordAt(s, k - 1))) return true;
  }
  return false;
}

// Second word → the first words it follows: "nhắc lại", "nhớ lại", "năm ngoái", "năm trước",
// "trước đây", "hồi năm".
const RECALLING = new Map([
  ['lại', ['nhắc', 'nhớ']],
  ['ngoái', ['năm']],
  ['trước', ['năm']],
  ['đây', ['trước']],
  ['năm', ['hồi']],
]);
// (Its year written: "Trước đó, ngày 16/9, đoàn đã …" is an earlier stop of the same trip.)
const FRONTED_PAST =
  /^(?:trước đó,\s*)?(?:(?:vào|hồi)\s+)?(?:năm|tháng\s+\d{1,2}\s*[/-]|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-])\s*(?:19|20)\d{2}(?!\d)/iu;
const FRONTED_REACH = 40;

/**
 * The homes of the travellers of one trip to a country (or no place yet) whose stops the article
 * tells later ("… đến từ A1, A2 và A3 đã thực hiện chuyến khảo sát … tại Lào và Thái Lan"): each
 * local, of one country.
 */
function homesOfOneTrip(out: readonly VisitFinding[]): Side[] {
  const first = out[0]!;
  const homes: Side[] = [];
  for (const v of out) {
    if (v.from.level !== 'local' || v.from.entry.country !== first.from.entry.country) return [];
    if (v.to.length > 0 && !v.atCapital) return [];
    if (!homes.some((h) => h.entry === v.from.entry)) homes.push(v.from);
  }
  // ("… kể từ khi tỉnh Quảng Ngãi và tỉnh Kon Tum (cũ) hợp nhất": a unit and the one it merged into.)
  const merged = homes.some((h) => homes.some((o) => h.entry.successor?.id === o.entry.id));
  return merged ? [] : homes;
}

/**
 * Whether later sentences' "đoàn" may mean this finding's traveller: not one only presumed (the
 * headline's place) for a sentence that names neither it nor where it went ("Đại biểu dự hội nghị
 * chụp ảnh lưu niệm.").
 */
function followable(s: SentenceView, v: VisitFinding): boolean {
  return v.to.length > 0 || travellerNamed(s, v);
}

/**
 * "… chuyên chở 1.200 suất hàng viện trợ từ TP. A tới B", "vận chuyển hàng … đến B": goods sent
 * on their way, nobody's trip (not "xe chở đoàn đại biểu … tới B").
 */
function goodsCarried(s: SentenceView, cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(s.t0, cue - CARRIED_REACH); k--) {
    const w = wordAt(s, k);
    // (A place's own word is no people: "(Gia Lai) sang B".)
    if (commaBefore(s, k + 1) || (PEOPLE.has(w) && !s.mentions.some((m) => inMention(m, k))))
      return false;
    if (w === 'chở' || (w === 'chuyển' && wordAt(s, k - 1) === 'vận')) return true;
    // ("hàng hóa của tỉnh A xuất sang B", "xuất khẩu sang B": goods sold abroad.)
    if (w === 'xuất' || (w === 'khẩu' && wordAt(s, k - 1) === 'xuất')) return true;
    // ("hàng hóa từ tỉnh A sang B chủ yếu là sắt thép": what trade carries.)
    // (Not people who travel with them: "đoàn của tỉnh A cùng hàng hóa đã sang tới B".)
    if ((w === 'hóa' || w === 'hoá') && wordAt(s, k - 1) === 'hàng')
      return !(['cùng', 'và'].includes(wordAt(s, k - 2)) && peopleBefore(s, k - 2));
    // ("điện … được truyền qua Cửa khẩu X sang B", "bán điện sang B": power sent over a line.)
    if (w === 'truyền' || (w === 'điện' && ['bán', 'cấp'].includes(wordAt(s, k - 1)))) return true;
    // ("Việt Nam hiện có 214 dự án đăng ký đầu tư sang Campuchia": money invested abroad; "chiến
    // dịch lần này mở rộng sang hai tỉnh B1 và B2": a programme extended, no one's trip told.)
    if (
      k === cue - 1 &&
      ((w === 'tư' && wordAt(s, k - 1) === 'đầu') || wordsAt(s, k - 1, ['mở', 'rộng']))
    )
      return true;
    // ("Giống mới … lần lượt được đưa sang B": things brought over, no person named; not "20 cán
    // bộ tỉnh A được đưa sang B", nor "… nông dân tỉnh A vừa được Trung tâm X đưa sang B".)
    const by = w === 'đưa' ? broughtBy(s, k) : -1;
    if (by >= 0) return !peopleBefore(s, by);
    // ("… không để thương lái đưa lợn bệnh sang tỉnh B": what is brought over names no people;
    // "lùa hàng trăm con bò từ phía tỉnh A … sang Việt Nam": cattle herded over.)
    if (w === 'đưa' || w === 'lùa') return true;
    // ("hàng trăm con bò … lội ngang kênh … sang Việt Nam": the herd is what crosses.)
    if (wordAt(s, k - 1) === 'con' && HERDS.has(w)) return true;
  }
  return false;
}

const HERDS = new Set(['bò', 'trâu', 'lợn', 'heo', 'dê']);

/** The "được" of a passive "được (…) đưa" at k, the agent's few words between, or -1. */
function broughtBy(s: SentenceView, k: number): number {
  for (let b = k - 1; b >= Math.max(s.t0, k - AGENT_WORDS); b--) {
    if (wordAt(s, b) === 'được') return b;
    if (commaBefore(s, b + 1)) return -1;
  }
  return -1;
}
const AGENT_WORDS = 8;

const inMention = (m: Mention, k: number) => k >= m.firstToken && k <= m.lastToken;

/** A word for people in the clause before token k. */
function peopleBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - CARRIED_REACH); b--) {
    if (PEOPLE.has(wordAt(s, b))) return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}
const CARRIED_REACH = 14;
// (Last words of people too: "hội viên", "chiến sĩ", "lãnh đạo", "thanh niên", "chuyên gia", "trẻ em".)
const PEOPLE = new Set([
  'đoàn',
  'đại',
  'khách',
  'người',
  'cán',
  'học',
  'viên',
  'sĩ',
  'lãnh',
  'niên',
  'cựu',
  'gia',
  'em',
  // "nông dân", "người dân", "ngư dân".
  'dân',
]);

/**
 * "Tiếp Tỉnh trưởng B đang thăm A, ngày 27/3, Thủ tướng …": a sentence that opens on the
 * reception, its guest's own trip told before the first comma, the host named after it.
 */
function guestsOwnTrip(s: SentenceView, rev: Cue, c: Cue): boolean {
  if (welcomedFromAbroad(s, rev, c) || greetedCameOver(s, rev, c)) return true;
  if (rev.start !== s.t0) return false;
  for (let k = rev.end + 1; k <= c.start; k++) if (commaBefore(s, k)) return false;
  // (The guest is named with their home before the trip: not "Tiếp và làm việc với đoàn có …".)
  return s.mentions.some((m) => m.firstToken > rev.end + 1 && m.lastToken < c.start);
}

/**
 * "… vui mừng chào đón lãnh đạo, nghệ sĩ, nghệ nhân A đã sang B": the greeted guests, named with
 * their home, crossed over to B (a trip told as done right after them).
 */
function greetedCameOver(s: SentenceView, rev: Cue, c: Cue): boolean {
  if (!c.motion || c.start <= rev.end || !TENSE.has(wordAt(s, c.start - 1))) return false;
  return s.mentions.some((m) => m.firstToken > rev.end && m.lastToken < c.start - 1);
}

/**
 * "Tham dự lễ đón Tổng Bí thư, Chủ tịch nước Lào … thăm cấp nhà nước tới Việt Nam có …": a
 * welcoming ceremony's guest, named by his country, on his trip to another.
 */
function welcomedFromAbroad(s: SentenceView, rev: Cue, c: Cue): boolean {
  if (wordAt(s, rev.start - 1) !== 'lễ' || !c.motion) return false;
  const goal = countryNamedAt(s, c.end + 1);
  if (goal === null) return false;
  for (let k = rev.end + 1; k < c.start; k++) {
    const own = countryNamedAt(s, k);
    if (own !== null && own !== goal) return true;
  }
  return false;
}

/** Whether token k stands in brackets opened after token a ("… (… k …)"). */
function inBrackets(s: SentenceView, a: number, k: number): boolean {
  const { text, tokens } = s.tt;
  const between = text.slice(tokens[a]!.end, tokens[k]!.start);
  const open = between.lastIndexOf('(');
  return open >= 0 && !between.includes(')', open);
}

/**
 * "… các công dân khai đã tìm việc qua mạng rồi tự nguyện sang Campuchia làm việc tại …", "đối
 * tượng đã sang tỉnh B để mua ma túy": private people crossing, nobody's delegation (not "Đoàn
 * công tác bảo hộ công dân của tỉnh A sang …", where a delegation goes).
 */
function privateTrip(s: SentenceView, cue: number): boolean {
  // ("có người vượt biên trái phép sang Campuchia, tìm đến TP Phnom Penh … để làm …": people who
  // crossed on their own, whatever the clause the trip verb stands in.)
  if (crossedIllegally(s, cue)) return true;
  // ("Nhóm có 7 nam, 4 nữ, sang Campuchia làm việc tại …": a group counted by its people.)
  if (PEOPLE_COUNTED.test(phraseText(s.tt, s.t0, Math.min(cue, s.t0 + 8)))) return true;
  let found = false;
  for (let k = cue - 1; k >= Math.max(s.t0, cue - PRIVATE_REACH); k--) {
    if (commaBefore(s, k + 1) && !countryAfterPlace(s, k + 1) && !thenGoesOn(s, k + 1)) break;
    const w = wordAt(s, k);
    if (w === 'đoàn') return false;
    const kind = TRAVELLER_KINDS.get(w)?.get(wordAt(s, k + 1));
    if (kind === 'official') return false;
    if (kind === 'private' || (kind === 'we' && reporters(s, k)) || arrestedPerson(s, k))
      found = true;
  }
  return found;
}

/**
 * "… đã phát hiện và bắt giữ một người Việt Nam … đang đi từ A về phía B": the person held, whose
 * way the clause goes on to tell, not the unit that held him.
 */
function arrestedPerson(s: SentenceView, k: number): boolean {
  const held =
    (wordAt(s, k) === 'bắt' && wordAt(s, k + 1) === 'giữ') ||
    (wordAt(s, k) === 'phát' && wordAt(s, k + 1) === 'hiện');
  if (!held) return false;
  let p = k + 2;
  if (wordsAt(s, p, ['và', 'bắt', 'giữ'])) p += 3;
  if (wordAt(s, p) === 'một' || countOf(wordAt(s, p)) > 0) p++;
  return wordAt(s, p) === 'người';
}

/**
 * "… các công dân khai đã tìm việc qua mạng, sau đó tự nguyện sang Campuchia …": a comma before
 * "sau đó / rồi / tiếp đó" goes on with the same subject's next act; it ends no clause.
 */
function thenGoesOn(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  if (w === 'rồi') return true;
  return (w === 'sau' || w === 'tiếp') && wordAt(s, k + 1) === 'đó';
}

/**
 * "người dân tỉnh B, Campuchia sang Việt Nam khám bệnh": the comma before a country named after a
 * place ends no clause; it is the place's address.
 */
function countryAfterPlace(s: SentenceView, k: number): boolean {
  return countryNamedAt(s, k) !== null && s.mentions.some((m) => m.lastToken === k - 1);
}

/**
 * "vượt biên" (not "vượt biên giới", which delegations do too) before token k, in a sentence that
 * names no delegation before it.
 */
function crossedIllegally(s: SentenceView, k: number): boolean {
  let crossed = false;
  for (let b = k - 1; b >= s.t0; b--) {
    if (wordAt(s, b) === 'đoàn') return false;
    // ("… điều động 4 xe chữa cháy …, khẩn trương làm thủ tục, vượt biên sang tỉnh B hỗ trợ …": a
    // crossing with its formalities done is lawful.)
    if (wordsAt(s, b, ['thủ', 'tục'])) return false;
    crossed ||=
      (wordAt(s, b) === 'vượt' && wordAt(s, b + 1) === 'biên' && wordAt(s, b + 2) !== 'giới') ||
      // ("đối tượng khai nhận đã vận chuyển số ma túy trên từ Lào vào Việt Nam …, khi đến khu vực
      // bản X thì bị bắt giữ": a suspect's way.)
      (wordAt(s, b) === 'đối' && wordAt(s, b + 1) === 'tượng');
  }
  // ("Khi đi đến khu vực bản X thì đối tượng bị … bắt giữ": the suspect named after "thì".)
  for (let b = k + 1; b < s.t1 - 2 && !crossed; b++)
    crossed =
      wordAt(s, b) === 'thì' &&
      wordsAt(s, wordAt(s, b + 1) === 'các' ? b + 2 : b + 1, ['đối', 'tượng']);
  return crossed;
}

/**
 * "chúng tôi" at token k as the reporters on their own journey ("chẳng cản được chúng tôi qua sông
 * … để tới bản …"): not inside quotation marks, where it is the speaker's people ("Hôm nay chúng
 * tôi được qua Việt Nam thăm bà con kết nghĩa"), nor after a noun it tells of ("Cơ quan chúng tôi
 * đến thăm", "đoàn chúng tôi", "nơi mà chúng tôi …": a memoir's delegation).
 */
function reporters(s: SentenceView, k: number): boolean {
  if (WE_AFTER.has(wordAt(s, k - 1))) return false;
  const { text, tokens } = s.tt;
  const at = tokens[k]!.start;
  let open = 0;
  let plain = 0;
  for (let i = text.lastIndexOf('\n', at) + 1; i < at; i++) {
    const c = text[i];
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') plain++;
  }
  return open === 0 && plain % 2 === 0;
}
const WE_AFTER = new Set(['mà', 'đoàn', 'quan', 'nơi', 'điểm']);
// (The clause may tell what they did before they crossed: "… khai đã tìm việc qua mạng xã hội rồi".)
const PRIVATE_REACH = 20;
const PEOPLE_COUNTED =
  /^(?:nhóm|số người|những người)(?:\s(?:này|trên))?\s(?:có|gồm)\s\d+\s(?:nam|nữ|người)(?![\p{L}])/u;

// Two-word names of travellers, by first word (a lookup per word, no string built).
type TravellerKind = 'private' | 'official' | 'we';
const TRAVELLER_KINDS = new Map<string, Map<string, TravellerKind>>();
for (const [pair, kind] of [
  ['công dân', 'private'],
  ['ngư dân', 'private'],
  ['đối tượng', 'private'],
  ['lao động', 'private'],
  ['thương lái', 'private'],
  ['nghi phạm', 'private'],
  ['bị can', 'private'],
  // ("mô hình di chuyển của người dân Lào sang Việt Nam khám chữa bệnh qua cửa khẩu …".)
  ['người dân', 'private'],
  ['bệnh nhân', 'private'],
  ['người bệnh', 'private'],
  // ("Những người này khai sang Phnom Pênh … làm phục vụ", "11 người bị đưa đến làm việc tại …":
  // people the story is about, taken or gone to work.)
  ['người này', 'private'],
  ['bị đưa', 'private'],
  ['bị lừa', 'private'],
  // (The reporters of a travel feature, unless quoted: see quoted.)
  ['chúng tôi', 'we'],
  ['lãnh đạo', 'official'],
  ['cán bộ', 'official'],
  ['chiến sĩ', 'official'],
  // ("Sở / Bộ Lao động …": a department.)
  ['sở lao', 'official'],
  ['bộ lao', 'official'],
] as const) {
  const [first, second] = pair.split(' ') as [string, string];
  const seconds = TRAVELLER_KINDS.get(first) ?? new Map<string, TravellerKind>();
  seconds.set(second, kind);
  TRAVELLER_KINDS.set(first, seconds);
}

/**
 * "… khá nhiều người Việt ở Quảng Bình đã sang Khăm Muộn (Lào) sinh sống": people who moved to a
 * place to live or make a living there, no trip of a delegation.
 */
function settledIn(s: SentenceView, cue: Cue): boolean {
  // ("địa điểm họp chợ cũng dời sang bản X, tỉnh B": moved to stay, a market or a household.)
  if (wordAt(s, cue.start - 1) === 'dời' || wordsAt(s, cue.start - 2, ['di', 'dời'])) return true;
  // ("sang bản Thoọng Pẹ, huyện Căm Cợt, tỉnh Bolikhămxay (Lào) sinh sống": the place may end an
  // address that opens on a village.)
  for (const m of s.mentions) {
    if (m.firstToken > cue.end + ADDRESS_REACH) break;
    if (m.firstToken <= cue.end) continue;
    for (let k = m.lastToken + 1; k <= m.lastToken + SETTLED_REACH && k + 1 < s.t1; k++)
      if (SETTLED.get(wordAt(s, k)) === wordAt(s, k + 1)) return true;
  }
  return false;
}
/** "cộng đồng người Việt Nam đang sinh sống, học tập và làm việc tại B": residents, no trip. */
function livesThere(s: SentenceView, cue: number): boolean {
  for (let b = cue - 1; b >= Math.max(s.t0, cue - RESIDENT_REACH); b--)
    if (SETTLED.get(wordAt(s, b)) === wordAt(s, b + 1)) return true;
  return false;
}
const RESIDENT_REACH = 6;

// ("sang Khăm Muộn (Lào) sinh sống": the country in brackets may stand between.)
const SETTLED_REACH = 3;
const ADDRESS_REACH = 10;
const SETTLED = new Map([
  ['sinh', 'sống'],
  ['định', 'cư'],
  ['lập', 'nghiệp'],
  ['mưu', 'sinh'],
  ['lánh', 'nạn'],
  // ("người Việt ở Quảng Bình đã sang Khăm Muộn (Lào) trú ngụ": migrants, no delegation.)
  ['trú', 'ngụ'],
  ['cư', 'trú'],
  // ("Tôi sang Savannakhet làm ăn từ hồi …": a trader's living made there.)
  ['làm', 'ăn'],
  ['buôn', 'bán'],
]);

/**
 * "bày tỏ lòng biết ơn tới B đã cử những chuyên gia sang giúp đỡ …": help sent over the years,
 * thanked for, not a trip of this story; "cảm ơn lãnh đạo B đã tạo thuận lợi để đoàn công tác
 * sang học hỏi …": the thanker's own trip to B, whose traveller the thanks do not name.
 */
function helpThanked(s: SentenceView, cue: number): boolean {
  if (wordAt(s, cue + 1) !== 'giúp' && !facilitated(s, cue)) return false;
  for (let k = cue - 1; k >= Math.max(s.t0 + 1, cue - THANKS_REACH); k--)
    if (wordAt(s, k) === 'ơn' && ['biết', 'cảm'].includes(wordAt(s, k - 1))) return true;
  return false;
}

/** "… thuận lợi (để / cho) đoàn … ‹cue›": a trip the thanked made easy. */
function facilitated(s: SentenceView, cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(s.t0 + 1, cue - FACILITATED_REACH); k--)
    if (wordsAt(s, k - 1, ['thuận', 'lợi'])) return true;
  return false;
}
const FACILITATED_REACH = 6;
const THANKS_REACH = 20;

/**
 * "Theo lộ trình, xe rời bến … để tới B", "Ở đầu A, xe khởi hành lúc 14 giờ …; sau 29 tiếng thì
 * tới B": a vehicle's run opens a clause before the cue, no trip.
 */
function vehicleRuns(s: SentenceView, cue: number): boolean {
  for (let k = cue - 1; k >= s.t0; k--) {
    // ("…; chiều về khởi hành từ A lúc 13 giờ 50 và về đến B lúc 15 giờ 30": a timetable's leg.)
    const opens = k === s.t0 || commaBefore(s, k) || semicolonBefore(s, k);
    if (opens && wordAt(s, k) === 'chiều' && LEGS.has(wordAt(s, k + 1))) return true;
    // ("…, chiếc xe di chuyển đến thị xã B": a vehicle counted by "chiếc".)
    const v = opens && wordAt(s, k) === 'chiếc' ? k + 1 : k;
    if (opens && VEHICLE.has(wordAt(s, v))) {
      let subject = wordAt(s, v) === 'chuyến' && wordAt(s, v + 1) === 'bay' ? v + 2 : v + 1;
      // ("…, chuyến QV318 rời A … và về tới B": a flight named by its number.)
      if (FLIGHT_NUMBER.test(wordAt(s, subject))) subject++;
      let verb = ADVERBS.has(wordAt(s, subject)) ? subject + 1 : subject;
      // ("…, xe tiếp tục hành trình đến thị xã B": the journey goes on.)
      while (verb < subject + 5 && ON_ITS_WAY.has(wordAt(s, verb))) verb++;
      if (VEHICLE_GOES.has(wordAt(s, verb))) return true;
    }
  }
  return flightRuns(s, cue) || routeRuns(s, cue) || routeServes(s, cue) || routeHeading(s, cue);
}

/**
 * "Từ Tboung Khmum đến Kratié": a sub-heading naming a leg by its two ends alone (a place, the cue,
 * a place, nothing else) tells no trip and names no traveller.
 */
function routeHeading(s: SentenceView, cue: number): boolean {
  const [a, b, more] = s.mentions;
  return (
    more === undefined &&
    wordAt(s, s.t0) === 'từ' &&
    a?.firstToken === s.t0 + 1 &&
    a.lastToken + 1 === cue &&
    b?.firstToken === cue + 1 &&
    b.lastToken + 1 === s.t1
  );
}

/**
 * "… đây cũng là con đường ngắn nhất để sang A du lịch": what a road is for, nobody's trip (not
 * "Đoàn theo đường 9 để sang A", a party on it).
 */
function routeServes(s: SentenceView, cue: number): boolean {
  if (wordAt(s, cue - 1) !== 'để') return false;
  for (let k = cue - 2; k >= Math.max(s.t0, cue - ROUTE_PURPOSE_REACH); k--) {
    if (wordAt(s, k) === 'đoàn') return false;
    // ("Con đường bộ nối cửa khẩu A, tỉnh B, băng qua … để tới C": the commas of an address.)
    if (commaBefore(s, k + 1) && !addressComma(s, k + 1)) return false;
    if (wordAt(s, k) === 'đường' && ['con', 'tuyến'].includes(wordAt(s, k - 1))) return true;
  }
  return false;
}
const ROUTE_PURPOSE_REACH = 16;

/** A comma at token k that opens or closes a place's address ("…, tỉnh B, …", "thành phố B"). */
function addressComma(s: SentenceView, k: number): boolean {
  return s.mentions.some(
    (m) => (m.firstToken >= k && m.firstToken <= k + UNIT_WORDS) || m.lastToken === k - 1,
  );
}
const UNIT_WORDS = 2;
const LEGS = new Set(['đi', 'về', 'ngược']);
const FLIGHT_NUMBER = /^[a-z]{1,3}\d{2,4}$/;

/**
 * "mở một tuyến xe buýt nối 3 nước theo tuyến R12, (đi) từ A tới thị xã B rồi sang tỉnh C", "Con
 * đường bộ đi từ cửa khẩu A xuyên qua … để tới B": where a route or road runs, nobody's trip (not
 * "Đoàn đi theo tuyến đường 9 từ A tới B", a party on the road).
 */
function routeRuns(s: SentenceView, cue: number): boolean {
  let runs = false;
  for (let k = cue - 1; k >= Math.max(s.t0, cue - ROUTE_REACH); k--) {
    const w = wordAt(s, k);
    if (w === 'đoàn') return false;
    // ("…, (đi / chạy) từ A tới B": the route's two ends.)
    if (w === 'từ') runs = true;
    if (!roadAt(s, k)) continue;
    if (!runs) return false;
    // (The party on the road names itself before the route: "Đoàn … đi theo tuyến …".)
    for (let j = k - 1; j >= s.t0 && !commaBefore(s, j + 1); j--)
      if (wordAt(s, j) === 'đoàn') return false;
    return true;
  }
  return false;
}
const ROUTE_REACH = 24;

/**
 * "các chuyến bay mới từ thành phố A đến B sẽ …", "Chuyến bay … đến B lúc 12 giờ": flights in the
 * clause before the cue, nobody's trip; not "Đoàn đã đáp chuyến bay từ A đến B", a party that flew.
 */
function flightRuns(s: SentenceView, cue: number): boolean {
  const k = tripWordBefore(s, cue);
  if (k < 0 || wordAt(s, k + 1) !== 'bay') return false;
  return !BOARDED.has(wordAt(s, k - 1)) && !peopleBefore(s, k);
}
const BOARDED = new Set(['đáp', 'đi', 'bằng', 'trên', 'theo', 'chung', 'cùng']);

/**
 * "là điểm xuất phát cho những chuyến tham quan … từ A đến các tỉnh B1, B2", "các chuyến bay mới":
 * trips in general, several and nobody's, right before the cue; "ngày càng nhiều du khách và đoàn
 * doanh nghiệp … tìm đến B": travellers told as a growing number, a trend.
 */
function tripsInGeneral(s: SentenceView, cue: number): boolean {
  // (Across the commas of a list of what the trips are for: "tham quan, dã ngoại, thưởng ngoạn".)
  for (let k = cue - 1; k >= Math.max(s.t0 + 1, cue - GENERAL_REACH); k--) {
    if (semicolonBefore(s, k + 1)) return false;
    if (wordAt(s, k) === 'chuyến') return SEVERAL.has(wordAt(s, k - 1));
    if (wordsAt(s, k, ['ngày', 'càng', 'nhiều'])) return true;
  }
  return false;
}
const GENERAL_REACH = 24;
const SEVERAL = new Set(['các', 'những', 'nhiều']);

/** "chuyến" in the cue's clause, a few words before it (the cue itself may follow it: "chuyến thăm"). */
function tripWordBefore(s: SentenceView, cue: number): number {
  // (Places' names do not count against the reach: "chuyến bay … từ Hà Nội, Thành phố Hồ Chí
  // Minh, Đà Nẵng đến B", a list's commas between.)
  let words = 0;
  for (let k = cue - 1; k >= s.t0 + 1 && words < TRIP_REACH; k--) {
    if (wordAt(s, k) === 'chuyến') return k;
    const named = s.mentions.find((m) => m.firstToken <= k && k <= m.lastToken);
    if (commaBefore(s, k) && named?.headToken !== k) return -1;
    if (!named) words++;
  }
  return -1;
}
const TRIP_REACH = 10;
const ADVERBS = new Set(['cũng', 'đã', 'sẽ', 'vẫn']);
const VEHICLE = new Set(['xe', 'tàu', 'chuyến']);
const ON_ITS_WAY = new Set(['tiếp', 'tục', 'hành', 'lộ', 'trình']);
const VEHICLE_GOES = new Set(['rời', 'chạy', 'khởi', 'xuất', 'tới', 'đến', 'sang', 'cất', 'di']);

/**
 * "… trải từ tỉnh A ở phía bắc đến B ở phía nam": a border's or a land's extent, its ends placed by
 * compass points, no trip.
 */
function compassSpan(s: SentenceView, cue: Cue): boolean {
  const text = s.tt.text;
  const after = s.mentions.find((m) => m.firstToken > cue.end);
  const before = [...s.mentions].reverse().find((m) => m.lastToken < cue.start);
  return [after, before].some(
    (m) => m !== undefined && COMPASS_AFTER.test(text.slice(m.span[1], m.span[1] + 24)),
  );
}
const COMPASS_AFTER = /^\s*(?:ở\s+)?(?:phía|cực)\s+(?:bắc|nam|đông|tây)(?![\p{L}])/iu;

/** "tại / trong buổi chúc …" at token k: the occasion named, not a greeting made. */
const greetingOccasion = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'chúc' && wordAt(s, k - 1) === 'buổi' && OCCASION_AT.has(wordAt(s, k - 2));
const OCCASION_AT = new Set(['tại', 'trong']);

/** The token after an opening clause "Nhân dịp …," that names an anniversary, or s.t0. */
function occasionEnd(s: SentenceView): number {
  if (!wordsAt(s, s.t0, ['nhân', 'dịp'])) return s.t0;
  const end = afterOpening(s);
  return end > s.t0 && /(?:kỷ niệm|thành lập)/u.test(phraseText(s.tt, s.t0, end)) ? end : s.t0;
}

/** Every visit told in one sentence (at most one forward and one reverse reading). */
export function visitsInSentence(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  ctx: VisitContext,
): VisitFinding[] {
  const out: VisitFinding[] = [];
  const cues = findCues(s);
  const along = companions(s, ctx);
  if (along.length > 0) return along;
  const hosted = talksAtHome(s, gaz);
  if (hosted) return hosted;
  // ("Đoàn … xuất phát từ A, qua … B1, B2 (Lào) …": itinerary.ts.)
  const journey = itineraryVisits(s);
  if (journey.length > 0) return journey;
  const inverted = invertedTrip(s, gaz);
  if (inverted.length > 0) return inverted;
  // (With no cue, the readings below find nothing and leave ctx as it was: only the organiser's
  // reading is left. Most sentences have none.)
  if (cues.length === 0) return remainsOrOrganised(s, gaz, ctx);
  const rev = cues.find((c) => c.kind === 'reverse');
  // "B tiếp Đoàn A …, nhân dịp Đoàn sang thăm": the reception already tells the visit.
  // Every stop of an itinerary ("đã tới thành phố A, …, sau đó tham quan B").
  // Later stops start after the earlier stop's words; their traveller is the same unless named.
  // ("Nhân dịp 65 năm Ngày thành lập Quân đội Nhân dân Lào, tối 8/1, các nghệ sĩ … Việt Nam đã
  // có đêm diễn …": the body whose anniversary is the occasion is no traveller.)
  const occasion = occasionEnd(s);
  let from = cues.some((c) => c.start < occasion) ? s.t0 : occasion;
  const opened = wordsAt(s, s.t0, ['nhân', 'dịp']) ? afterOpening(s) : s.t0;
  const prior = ctx.lastOrigin;
  const priorTo = ctx.lastTo;
  // ("… đón đoàn … sang thăm … tỉnh B (B là một trong ba tỉnh mà đoàn tới thăm …, gồm B1, B2 –
  // pv)": an editor's note in brackets after the reception tells the trip on its own.)
  // ("Tiếp đoàn, Tỉnh trưởng tỉnh B chào mừng đoàn … tỉnh A sang thăm": a reception opening the
  // sentence on a bare "đoàn" names no guest; a trip told after it by its own "đoàn" does.)
  const bare =
    rev !== undefined &&
    rev.start === s.t0 &&
    wordAt(s, rev.end + 1) === 'đoàn' &&
    commaBefore(s, rev.end + 2);
  // ("Tiếp đoàn, ông X …; nhắc lại chuyến thăm tỉnh A của Đoàn … tỉnh B hồi tháng 2": a trip
  // noun names its own traveller after "của".)
  const forward = cues.filter(
    (c) =>
      c.kind === 'forward' &&
      (!rev ||
        (bare && (delegationStart(s, c.start) > rev.end + 1 || toldTrip(s, c))) ||
        c.start < rev.start ||
        inBrackets(s, rev.end, c.start) ||
        guestsOwnTrip(s, rev, c)),
  );
  // "… làm việc với ông X, Bộ trưởng … Campuchia, hiện đang ở thăm Việt Nam": the guest's trip,
  // which no reading of the main clause may turn round.
  const asides: VisitFinding[] = [];
  // "lượng khách Campuchia đến Việt Nam đạt 400.000 lượt": visitor numbers, not a trip.
  for (const fwd of forward.length > 0 && visitorCount(s) ? [] : forward) {
    if (studyTrip(s, fwd.end) || helpThanked(s, fwd.start)) continue;
    if (fwd.motion && (goodsCarried(s, fwd.start) || vehicleRuns(s, fwd.start))) continue;
    if (fwd.motion && (compassSpan(s, fwd) || settledIn(s, fwd))) continue;
    if (tripsInGeneral(s, fwd.start) || privateTrip(s, fwd.start)) continue;
    // ("khách đi từ A sang B có thể …": a route any traveller may take; tourists.ts.)
    if (touristsMay(s, fwd.start)) continue;
    if (livesThere(s, fwd.start)) continue;
    // "Cũng tại buổi chúc Tết, Tỉnh trưởng tỉnh B nhấn mạnh …": the occasion, named; no trip told.
    // ("Tại buổi làm việc với tỉnh B, …" does tell the talks.)
    if (greetingOccasion(s, fwd.start)) continue;
    // ("9 tỉnh đã cử đoàn tới dự, gồm: A, B, … và chủ nhà C": the list names the senders.)
    const senders = listedSenders(s, fwd, ctx.leadVenue);
    if (senders) {
      out.push(...senders);
      from = fwd.end + 1;
      continue;
    }
    const aside = appositionVisit(s, gaz, fwd);
    if (aside) {
      asides.push(aside);
      from = fwd.end + 1;
      continue;
    }
    const subjectFrom = from;
    const read = resolveForward(tt, s, fwd, gaz, ctx, from, rev !== undefined);
    // ("Nhân dịp sang nước bạn Lào tham dự Gặp gỡ … thanh niên Việt Nam - Lào, Đoàn … đã đến chào
    // xã giao lãnh đạo tỉnh B": where the whole sentence gives no trip, the opening told only the
    // occasion; the traveller is named after its comma.)
    const found =
      read.length === 0 && fwd.start >= opened && opened > from
        ? resolveForward(tt, s, fwd, gaz, ctx, opened, rev !== undefined)
        : read;
    // ("Nhân dịp tham dự Tuần Văn hóa A tại B, đồng chí X, … tỉnh C … đã đến chào xã giao …": a
    // cue in the opening clause; the main clause names its own traveller after the comma.)
    from = Math.max(fwd.end + 1, fwd.start < opened ? opened : 0);
    // ("Đoàn … của cả ba tỉnh đã sang A": a group counted, named before: group-reference.ts.)
    const group = found.every((v) => v.to.length === 0)
      ? groupTravellers(s, fwd, ctx.mentions)
      : [];
    if (group.length > 0) {
      out.push(...group);
      continue;
    }
    // ("Lãnh đạo huyện A chụp ảnh lưu niệm cùng đoàn …" where no place of the photo is named: the
    // hosts with their guests, no traveller for later sentences.)
    if (found.length === 0 || (wordAt(s, fwd.start) === 'chụp' && found[0]!.to.length === 0))
      continue;
    out.push(
      ...found,
      ...fellowLeaders(gaz, phraseText(tt, subjectFrom, fwd.start), found),
      ...trailingCompanions(s, fwd, found),
    );
    if (followable(s, found[0]!)) ctx.lastOrigin = found[0]!.from;
  }
  if (asides.length > 0) {
    const kept = out.filter((v) => !asides.some((a) => reverses(v, a)));
    out.splice(0, out.length, ...kept, ...asides);
  }
  // (Talks with a delegation, where the sentence names no venue: the hosts' home is presumed,
  // and gives way to a trip the article tells the other way; see geocode-article.ts.)
  // ("… trong buổi làm việc với đoàn … tỉnh A …, diễn ra tại B ngày 15/9": the sentence says where.)
  if (rev) {
    const at = rev.talks ? venueIn(s) : null;
    for (const v of resolveReverse(tt, s, rev, gaz, ctx))
      out.push(
        rev.talks && !v.to.some((t) => t.entry === at?.entry) ? { ...v, presumed: true } : v,
      );
  }
  out.splice(0, out.length, ...metAtDateline(s, countryCalledBack(s, out, prior, priorTo)));
  // The traveller named here is the one later sentences mean by "đoàn" (not a guest of years
  // ago that a speaker recalls: "nhắc lại chuyến thăm Bình Dương năm 2019 của đoàn tỉnh Kratie").
  if (out.length > 0 && !(prior && recalls(s)) && followable(s, out[0]!)) {
    ctx.lastOrigin = out[0]!.from;
    ctx.lastHomes = homesOfOneTrip(out);
  } else if (prior) ctx.lastOrigin = prior;
  const went = out.find((v) => v.to.length > 0);
  if (went) ctx.lastTo = went.to;
  // "Chuyến viếng thăm của Đại sứ nhằm …": an envoy between the two capitals has not travelled.
  const envoy = out.some(nationalOnly) && envoyActsFirst(phraseText(tt, s.t0, s.t1));
  const found = out.filter((v) => v.to.length > 0 && !(envoy && nationalOnly(v)));
  return found.length === 0 && !rev ? remainsOrOrganised(s, gaz, ctx) : found;
}

/** A trip noun's cue ("chuyến thăm … của Đoàn …") in a clause that speaks of no plan. */
const toldTrip = (s: SentenceView, c: Cue) =>
  tripNounAt(s, c.start) >= 0 && !futureInClause(s, c.start);

/** Where no cue tells a trip: remains counted where a team found them, else an organiser's reading. */
function remainsOrOrganised(s: SentenceView, gaz: Gazetteer, ctx: VisitContext): VisitFinding[] {
  const remains = remainsFound(s, ctx.teams);
  return remains.length > 0 ? remains : organisedOnly(s, gaz);
}

// "Đoàn tỉnh A tham gia chương trình … do Tỉnh đoàn B tổ chức": no trip word, the organiser hosts.
function organisedOnly(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  const organised = organiserHosts(s);
  if (organised) return [organised];
  const hosted = coHostedVisits(s);
  // ("A đã ký kết … với B tại C": the signing, told from one side.)
  return hosted.length > 0 ? hosted : signedWithVisits(s, gaz);
}
