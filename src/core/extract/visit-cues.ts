// Travel cues in a sentence: forward ("thăm", "làm việc tại", "đến tỉnh B" …) and reverse ("tiếp",
// "đón" + a guest), with the plans, invitations and denials that make a cue no trip at all.
import type { Mention } from './find-places.ts';
import { countOf, isSeveral } from './count-words.ts';
import { fold as foldWord } from '../normalize.ts';
import type { CountryCode } from '../types.ts';
import {
  countryNamedAt,
  countryWordAt,
  colonBefore,
  commaBefore,
  commaIn,
  commaFrom,
  foldedAt,
  hasWords,
  inAnyAt,
  FoldedWords,
  livesAndWorks,
  listComma,
  LOCATIVE,
  phraseText,
  semicolonBefore,
  semicolonIn,
  TEAM_REACH,
  teamBefore,
  wordAt,
  wordIn,
  DONE,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { isCapitalised } from './tokens.ts';
import { pastLeadTag } from './lead-tags.ts';
import { afterTimeOpening, afterTimeSpan } from './time-opening.ts';
import { nationalBodyIndex } from './actors.ts';
import { attendsAndActs } from './attend-and.ts';
import { attendedInPerson } from './hybrid-roll.ts';
import { plansOnlyTheClose } from './closing-day.ts';
import { TRIBUTE_START, tributeAt } from './tribute.ts';
import { FIELD, fieldTripAt } from './field-trip.ts';
import { CARRIED, volunteerWorkAt } from './volunteer-work.ts';
import { travelTime } from './travel-time.ts';
import { volunteerTripAt } from './volunteer-trip.ts';
import { tripPutOff } from './put-off.ts';
import { captionPairAt, mayPairCaption, NOT_A_DELEGATION, PAIR_JOIN } from './caption-pair.ts';
import { opensProgramme } from './programme.ts';
import { ledDelegationBefore } from './led-delegation.ts';

// Who is cheered with flowers at a show or a match: no place greeted.
const CHEERED = new Set(['các', 'nghệ', 'diễn', 'vận', 'đội', 'những', 'đoàn']);
const GUEST_START = new Set([
  'đoàn',
  // "tiếp Ủy viên Ban Thường vụ, Phó Tỉnh trưởng tỉnh B".
  'ủy',
  'uỷ',
  'ông',
  'bà',
  'đồng',
  'ngài',
  'lãnh',
  'phó',
  'chủ',
  'bí',
  'tỉnh',
  'đại',
  'bộ',
  'thứ',
  'tổng',
  'thủ',
  'thống',
  'các',
  'trưởng',
  // "tiếp Vụ trưởng …", "tiếp Cục trưởng …": the head of a department.
  'vụ',
  'cục',
  'đô',
  'thị',
  // Degrees and ranks before a guest's name ("đón Tiến sỹ …", "tiếp Thiếu tướng …").
  'tiến',
  'giáo',
  'thiếu',
  'thượng',
]);
const GUEST_FILLER = new Set([
  'thân',
  'mật',
  'trọng',
  'thị',
  'chính',
  'thức',
  'nồng',
  'nhiệt',
  // "đón tiếp nồng hậu / chu đáo / long trọng / chân tình / ân cần …".
  'hậu',
  'chu',
  'đáo',
  'long',
  'chân',
  'tình',
  'ân',
  'cần',
  'liệt',
  'và',
  'làm',
  'việc',
  'với',
  'hội',
  'đàm',
  'xã',
  'giao',
  // "tiếp đón và tổ chức hội đàm với đoàn …".
  'tổ',
  'chức',
  // "dành buổi tiếp thân mật cho Chủ tịch UBND tỉnh A".
  'cho',
]);
export const NOT_AFTER_TIEP = new Set([
  'tục',
  'nhận',
  'cận',
  'thu',
  'theo',
  'xúc',
  'đến',
  'tế',
  'sức',
  'nối',
  'tuyến',
  // "tiếp giáp với 33 bản …": bordering, not receiving.
  'giáp',
  // "Tiếp đó, đoàn tới chào …": next, not receiving (nor a meeting word: frame-meeting.ts).
  'đó',
]);
const NOT_AFTER_DON = new Set(['tết', 'năm', 'xuân', 'nhận', 'chào', 'mừng']);
const SENDING = new Set(['gửi', 'chuyển', 'trao', 'dành', 'tặng']);
const SENT_GOODS_REACH = 16;
// What carries words, not people: "lời chúc", "thư", "điện".
export const MESSAGE = new Set(['lời', 'thư', 'điện']);

function mentionStartingAt(s: SentenceView, k: number): Mention | undefined {
  return s.mentions.find((m) => m.headToken === k);
}

export interface Cue {
  kind: 'forward' | 'reverse';
  /** Attending ("dự", "tham dự") is a visit only where a place is introduced by "tại / ở". */
  locatedOnly?: boolean;
  /** A motion verb ("đến", "rời") leads to the place right after it (and those listed with it). */
  motion?: boolean;
  /** First and last token of the cue words. */
  start: number;
  end: number;
  /** Talks with a delegation ("hội đàm với Đoàn …"): its hosts' home is only presumed the venue. */
  talks?: true;
  /** Where the cue's own subject starts ("…, hai Đội K92 và K93 đã quy tập được …"), when known. */
  subject?: number;
  /**
   * Remains searched for or collected: with no place right after "tại / ở", the team went to every
   * province of another country the sentence names after the verbs (see searchArea).
   */
  area?: true;
  /**
   * Talks with a leader ("hội đàm với đồng chí X, Bí thư … B"): a trip to B only for a traveller the
   * article already has abroad in B's country (else B's leader may be the guest).
   */
  abroad?: true;
}

/**
 * "… đã hội đàm với đồng chí X, Bí thư Thành ủy B", "hội kiến ông Y, Tỉnh trưởng tỉnh B": talks with
 * a leader (with a delegation they are metDelegation's). The cue's last token, or null.
 */
function talksWithLeader(s: SentenceView, k: number): number | null {
  const audience = calledOnLeader(s, k) || delegationCalledOn(s, k);
  if (!audience && (wordAt(s, k) !== 'hội' || !['đàm', 'kiến'].includes(wordAt(s, k + 1))))
    return null;
  const g = wordAt(s, k + 2) === 'với' ? k + 3 : k + 2;
  // ("Kết thúc hội đàm, lãnh đạo …": the talks named, then the next clause.)
  if ((PERSON_START.has(wordAt(s, g)) || audience) && !commaBefore(s, g)) return k + 1;
  // "hội đàm lần thứ chín với huyện Y, tỉnh B": the round named, then the hosts' place.
  for (let j = k + 2; j < Math.min(s.t1, k + 2 + ROUND_WORDS); j++) {
    if (commaBefore(s, j) || s.mentions.some((m) => m.firstToken === j)) return null;
    if (wordAt(s, j) !== 'với') continue;
    if (commaBefore(s, j + 1)) return null;
    // ("… với huyện Y, tỉnh B": a district, then its province; "… với Ban Chuyên trách tỉnh B": a
    // body of B.)
    const district = SUB_UNITS.has(wordAt(s, j + 1));
    const body = HOST_BODIES.has(wordAt(s, j + 1));
    const hosts = s.mentions.some(
      (m) =>
        m.headToken === j + 1 ||
        (district && m.headToken > j + 2 && m.headToken <= j + 7) ||
        (body && m.headToken <= j + HOST_BODY_WORDS && !commaIn(s, j + 1, m.headToken)),
    );
    return hosts ? k + 1 : null;
  }
  return null;
}
/**
 * "đoàn đại biểu Thành phố A do … dẫn đầu đã tiếp kiến Chủ tịch Quốc hội Lào": a delegation
 * received in audience by a state's leader, named right after (not "được … tiếp kiến", nor a
 * leader receiving: "Phó Thủ tướng … tiếp kiến đại biểu …").
 */
function calledOnLeader(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'tiếp' || wordAt(s, k + 1) !== 'kiến') return false;
  // ("trong buổi tiếp kiến Phó Thủ tướng …": the audience named, not the delegation's act.)
  if (wordAt(s, k - 1) === 'được' || RECEPTION_NOUN.has(wordAt(s, k - 1))) return false;
  if (delegationStart(s, k) < s.t0) return false;
  return nationalBodyIndex(phraseText(s.tt, k + 2, Math.min(s.t1, k + 2 + AUDIENCE_TITLE))) === 0;
}
// The words of the leader's title after "tiếp kiến" ("Chủ tịch Quốc hội Lào").
const AUDIENCE_TITLE = 5;

/**
 * "Đoàn đại biểu Hội A do … dẫn đầu, đã (có buổi) tiếp kiến đồng chí X, …": a delegation, the
 * clause's subject, calls on a leader named by name (a delegation receives no one). Not "đã được
 * … tiếp kiến", nor "trong / tại buổi tiếp kiến …", the audience named as an occasion.
 */
function delegationCalledOn(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'tiếp' || wordAt(s, k + 1) !== 'kiến') return false;
  if (!PERSON_START.has(wordAt(s, k + 2)) || commaBefore(s, k + 2)) return false;
  let v = k - 1;
  if (wordAt(s, v) === 'buổi' && wordAt(s, v - 1) === 'có') v -= 2;
  else if (RECEPTION_NOUN.has(wordAt(s, v))) return false;
  // ("đã được tiếp kiến …": received. A name's "Được" stands further back.)
  if (wordAt(s, v) === 'được' || wordAt(s, v - 1) === 'được') return false;
  const d = delegationStart(s, k);
  return wordAt(s, d) === 'đoàn' && d < v;
}

// A body of the hosts' province named before it ("Ban Chuyên trách tỉnh B", "Sở Ngoại vụ tỉnh B",
// "Viện KSND tỉnh B", "Tòa án nhân dân tỉnh B", "Cục Hải quan tỉnh B", "UBND tỉnh B").
const HOST_BODIES = new Set([
  'ban',
  'sở',
  'ủy',
  'uỷ',
  'công',
  'bộ',
  'hội',
  'liên',
  'viện',
  'tòa',
  'toà',
  'thanh',
  'cục',
  'ubnd',
  'hđnd',
  'mặt',
  'văn',
]);
const HOST_BODY_WORDS = 7;
// How many words may name the round of talks ("lần thứ chín", "giao ban định kỳ năm 2024").
const ROUND_WORDS = 9;

// First words of a host leader's title after "chào" ("Bí thư", "Chủ tịch", "Tỉnh trưởng", "Đô
// trưởng", "Thủ tướng", "Tổng Bí thư", "Phó …").
const CALLED_ON_TITLES = new Set(['bí', 'chủ', 'tỉnh', 'đô', 'thủ', 'tổng', 'phó']);

// The words a leader met in talks is named by.
const PERSON_START = new Set(['đồng', 'ông', 'bà', 'ngài', 'lãnh']);

const PRESENT = new Set(['có mặt', 'dừng chân']);

/**
 * "đã có mặt tại Cửa khẩu X, tỉnh A để bàn giao … hỗ trợ … tỉnh B": a cue of presence ("có mặt",
 * "dừng chân") that gives way to its errand ("để …"): the place of presence is the trip's end,
 * and the errand's places are none of its stops.
 */
export function presentOnErrand(s: SentenceView, cue: Cue): boolean {
  if (!PRESENT.has(`${wordAt(s, cue.start)} ${wordAt(s, cue.start + 1)}`)) return false;
  for (let k = cue.end + 1; k < s.t1; k++) if (wordAt(s, k) === 'để') return true;
  return false;
}

// From "quà Tết" back to the verb handing it ("tặng hoa và quà Tết"), and on to its receivers.
const GIFT_VERB_REACH = 3;
const GIFT_RECEIVER_REACH = 6;

/**
 * "lãnh đạo hai tỉnh A1 và A2 đã tặng hoa và quà Tết Giáp Thìn cho lãnh đạo tỉnh B": Tết gifts
 * handed (not "gửi", sent) to the leaders or people of a place, who are met where they are. (Not
 * "tặng quà Tết cho (Trưởng) đoàn …", a delegation given gifts at its hosts'.)
 */
function tetGiftHanded(s: SentenceView, k: number): boolean {
  let verb = -1;
  for (let j = k - 1; j >= Math.max(s.t0, k - GIFT_VERB_REACH); j--)
    if (wordAt(s, j) === 'tặng' || wordAt(s, j) === 'trao') verb = j;
  if (verb < 0 || MESSAGE.has(wordAt(s, verb - 1)) || wordAt(s, verb - 1) === 'gửi') return false;
  for (let j = k + 2; j < Math.min(s.t1, k + 2 + GIFT_RECEIVER_REACH); j++)
    if (wordAt(s, j) === 'cho') return !delegationReceives(s, j + 1);
  return false;
}

// How far a receiver's title may run to "đoàn" ("cho Trưởng đoàn đại biểu tỉnh B").
const RECEIVER_TITLE_REACH = 4;

/** "cho đoàn …", "cho Trưởng đoàn …", "cho các thành viên đoàn …": a delegation receives. */
function delegationReceives(s: SentenceView, from: number): boolean {
  for (let j = from; j < Math.min(s.t1, from + RECEIVER_TITLE_REACH); j++)
    if (wordAt(s, j) === 'đoàn') return true;
  return false;
}

/** "nhận (những phần) quà": "nhận" a few words before the gift word at k, in its clause. */
function receivedBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - RECEIVED_GIFT_REACH); b--) {
    if (wordAt(s, b) === 'nhận') return true;
    if (commaBefore(s, b + 1)) return false;
  }
  return false;
}
const RECEIVED_GIFT_REACH = 4;

// How far after "rời" the clause of the departure runs ("rời A, tới B", "rời A, đoàn sẽ đi …").
const DEPARTURE_REACH = 12;

/** "rời A, tới B": the motion verb after a comma further on that names the trip's goal, or -1. */
function departsFor(s: SentenceView, k: number): number {
  for (let j = k + 2; j < Math.min(s.t1, k + DEPARTURE_REACH); j++)
    if (commaBefore(s, j) && ['tới', 'đến', 'sang'].includes(wordAt(s, j))) return j;
  // ("đã rời Thủ đô B bằng đường bộ từ hôm trước (15/8), vượt … 365km để tới C": the goal of
  // the journey, however it went.)
  for (let j = k + 2; j < Math.min(s.t1, k + JOURNEY_REACH); j++)
    if (wordAt(s, j - 1) === 'để' && ['tới', 'đến', 'sang'].includes(wordAt(s, j))) return j;
  return -1;
}

const JOURNEY_REACH = 24;

/** "… để chúc mừng / chúc Tết …" within a few words after token k: a greeting's purpose. */
function greetsAfter(s: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(s.t1 - 1, k + 14); j++)
    if (wordAt(s, j) === 'để' && wordAt(s, j + 1) === 'chúc') return true;
  return false;
}

/**
 * "Đội hình chiến sĩ tình nguyện có 15 ngày hoạt động ở tỉnh B", "đoàn … đã có các hoạt động tại
 * tỉnh B": a delegation or volunteer team at work in B went there ("đi vào hoạt động tại tỉnh B"
 * is a work opened, "doanh nghiệp hoạt động tại" a firm's seat).
 */
function teamAtWork(s: SentenceView, k: number): boolean {
  const at = wordAt(s, k + 2);
  if ((at !== 'tại' && at !== 'ở') || wordAt(s, k - 1) === 'vào') return false;
  for (let j = k - 1; j >= s.t0 && j >= k - AT_WORK_REACH && !commaBefore(s, j + 1); j--) {
    const word = wordAt(s, j);
    if (word === 'đội' && wordAt(s, j + 1) === 'hình') return true;
    if (word === 'tình' && wordAt(s, j + 1) === 'nguyện') return true;
    if (word === 'đoàn' && !NOT_DELEGATION_BEFORE.has(wordAt(s, j - 1))) return true;
  }
  return false;
}
/**
 * "Làm việc với cơ quan chức năng, các công dân khai …": questioned by the authorities, named by
 * no body or place of their own, which is nobody's trip.
 */
function questioned(s: SentenceView, k: number): boolean {
  const body = wordAt(s, k);
  if (body !== 'cơ' && body !== 'lực') return false;
  const unnamed = wordsAt(s, k + 2, ['chức', 'năng']) || wordsAt(s, k + 2, ['điều', 'tra']);
  return unnamed && !mentionStartingAt(s, k + 4);
}

const TRIP_KINDS = new Set(['làm', 'công', 'thăm']);

/** "… tổ chức …" in the clause from token k (up to a semicolon). */
function organisedAfter(s: SentenceView, k: number): boolean {
  for (let j = k; j + 1 < Math.min(s.t1, k + ORGANISED_REACH); j++) {
    if (semicolonBefore(s, j)) return false;
    if (wordsAt(s, j, ['tổ', 'chức'])) return true;
  }
  return false;
}
// From "phối hợp với" to "tổ chức", past the hosts' names ("chính quyền xã X, huyện Y, tỉnh B").
const ORGANISED_REACH = 30;

/** Index of "với" after "trao đổi (kinh nghiệm về …)" at j, the talks' partner next; else -1. */
function talksPartner(s: SentenceView, j: number): number {
  if (!wordsAt(s, j, ['trao', 'đổi']) && !wordsAt(s, j, ['thảo', 'luận'])) return -1;
  for (let k = j + 2; k < Math.min(s.t1, j + TALKS_REACH); k++) {
    if (wordAt(s, k) === 'với') return k;
    if (semicolonBefore(s, k)) return -1;
  }
  return -1;
}
// ("trao đổi kinh nghiệm về công tác quản lý, bảo vệ biên giới với": the topic's words.)
const TALKS_REACH = 14;
const SIGHT = new Set(['điểm', 'khu']);

/** "… trong chuyến làm việc / công tác / thăm …" later in the sentence. */
function tripLater(s: SentenceView, from: number): boolean {
  for (let j = from; j < s.t1 - 2; j++)
    if (wordsAt(s, j, ['trong', 'chuyến']) && TRIP_KINDS.has(wordAt(s, j + 2))) return true;
  return false;
}

// How far before "hoạt động" the team may be named ("Đội hình chiến sĩ tình nguyện có 15 ngày").
const AT_WORK_REACH = 12;

/** Travel verbs that always announce a visit. */
function forwardCueAt(s: SentenceView, k: number): number | null {
  const w = wordAt(s, k);
  const next = wordAt(s, k + 1);
  // "đã xuống sân bay quốc tế Phnom Penh, bắt đầu chuyến thăm …", "đến sân bay Wattay (Viêng
  // Chăn)": landed at the airport of the place named after it.
  // ("hai tàu … đã cập cảng thành phố B": so have ships that berthed at its port.)
  const port = w === 'cập' && next === 'cảng';
  if (((w === 'xuống' || MOTION.has(w)) && wordsAt(s, k + 1, ['sân', 'bay'])) || port) {
    const end = port ? k + 1 : wordsAt(s, k + 3, ['quốc', 'tế']) ? k + 4 : k + 2;
    if (mentionStartingAt(s, end + 1) && !isPlanned(s, k)) return end;
  }
  // "gửi lời thăm hỏi đến …", "thư thăm hỏi", "điện thăm hỏi": words sent, nobody travels.
  // ("Bác sĩ … thăm khám cho bà X": a doctor examines a patient; "sang thăm, khám bệnh …" lists
  // the trip's errands, the call first.)
  // ("chuyển tới … lời hỏi thăm": regards passed on; "hỏi thăm" asks after someone.)
  // ("… quốc gia đầu tiên thăm trên cương vị Tổng Bí thư …": the office a visitor holds.)
  if (w === 'thăm')
    return MESSAGE.has(wordAt(s, k - 1)) ||
      wordAt(s, k - 1) === 'hỏi' ||
      (next === 'khám' && !commaBefore(s, k + 1)) ||
      wordsAt(s, k + 1, ['trên', 'cương', 'vị'])
      ? null
      : k;
  // "Ban Trị sự … tỉnh A sang viếng các ngôi chùa Việt ở hai tỉnh B1 và B2": a call paid there,
  // gone to (alone, "viếng Lăng", "viếng nguyên Chủ tịch …", it is the tribute of tribute.ts).
  if (w === 'viếng') return MOTION.has(wordAt(s, k - 1)) ? k : null;
  // ("Ngoài các điểm tham quan ở Sầm Nưa …": a sight to see, named; nobody's visit.)
  if (w === 'tham' && next === 'quan') return SIGHT.has(wordAt(s, k - 1)) ? null : k + 1;
  // "Đoàn … tỉnh A … đã lần lượt tổ chức ký kết với Ban Chuyên trách các tỉnh B1, B2 …": a
  // delegation going round its hosts one after another. (A cue word after it, "lần lượt tới …",
  // "được … lần lượt tiếp", tells the trip itself.)
  if (w === 'lần' && next === 'lượt')
    return wordAt(s, delegationStart(s, k)) === 'đoàn' && !CUE_WORDS.at(s, k + 2) ? k + 1 : null;
  // ("gửi quà và lời chúc tết tới huyện B", "thư chúc tết": words sent, nobody travels.)
  // ("… nhận những phần quà chúc Tết do đoàn tỉnh A mang sang": the gifts' kind, their receivers.)
  if (w === 'chúc' && next === 'tết') {
    if (wordAt(s, k - 1) === 'quà' && !commaBefore(s, k) && receivedBefore(s, k - 1)) return null;
    return MESSAGE.has(wordAt(s, k - 1)) ? null : k + 1;
  }
  if (w === 'quà' && next === 'tết') return tetGiftHanded(s, k) ? k + 1 : null;
  if (w === 'làm' && next === 'việc' && (wordAt(s, k + 2) === 'tại' || wordAt(s, k + 2) === 'với'))
    return livesAndWorks(s, k) || questioned(s, k + 3) ? null : k + 1;
  // "đã có buổi làm việc, trao đổi kinh nghiệm về công tác … với Bộ đội Biên phòng B": the talks
  // named twice, their partner after the second.
  // (The cue runs up to "với", as "làm việc với" does.)
  if (w === 'làm' && next === 'việc' && commaBefore(s, k + 2)) {
    const partner = talksPartner(s, k + 2);
    return partner < 0 || livesAndWorks(s, k) ? null : partner - 1;
  }
  if (w === 'hoạt' && next === 'động') return teamAtWork(s, k) ? k + 1 : null;
  // ("Bên cạnh đó, đoàn đã trao đổi với cơ quan chức năng các tỉnh B1, B2 về …": talks the
  // delegation held with its hosts.)
  if (w === 'trao' && next === 'đổi' && wordAt(s, k + 2) === 'với')
    return wordAt(s, delegationStart(s, k)) === 'đoàn' ? k + 1 : null;
  // "Sáng 17/6, đoàn y, bác sĩ thuộc Hội Từ thiện A phối hợp với chính quyền … tỉnh B tổ chức
  // chương trình khám bệnh …": a delegation holding its programme with its hosts.
  if (w === 'phối' && next === 'hợp' && wordAt(s, k + 2) === 'với')
    return delegationOpening(s) >= 0 && organisedAfter(s, k + 3) ? k + 2 : null;
  // "Đoàn công tác của tỉnh A đã thống nhất với lãnh đạo tỉnh B … trong chuyến làm việc mới
  // đây": what a delegation agreed with its hosts on its trip.
  if (w === 'thống' && next === 'nhất' && wordAt(s, k + 2) === 'với')
    return wordAt(s, delegationStart(s, k)) === 'đoàn' && tripLater(s, k + 3) ? k + 1 : null;
  // "đại diện các tỉnh A1, A2 đã gặp lãnh đạo tỉnh B để chúc mừng năm mới": a greeting call.
  if (w === 'gặp' && next === 'lãnh' && wordAt(s, k + 2) === 'đạo' && greetsAfter(s, k + 3))
    return k;
  // "đoàn đã có mặt tại tỉnh A và tỉnh B": was there; "đoàn dừng chân tại …": stopped there.
  // "Điểm dừng chân đầu tiên mà đoàn chọn là tỉnh Át-ta-pư": the stop, named after "là".
  if (w === 'dừng' && next === 'chân' && wordAt(s, k - 1) === 'điểm') {
    for (let j = k + 2; j < Math.min(s.t1, k + 8) && !commaBefore(s, j); j++)
      if (wordAt(s, j) === 'là') return mentionStartingAt(s, j + 1) ? j : null;
  }
  // ("Có mặt tại hội nghị có đồng chí …": who attended, not where anyone went.)
  // ("đoàn famtrip đã có mặt tại các điểm đến nổi tiếng tại tỉnh B": "các" before a place's
  // word, not an event's.)
  if ((w === 'có' && next === 'mặt') || (w === 'dừng' && next === 'chân'))
    return ['tại', 'ở'].includes(wordAt(s, k + 2)) && !eventAt(s, k + 3) ? k + 1 : null;
  // ("Trong chuyến công tác này, …": the trip told before, only referred to in an opening; it
  // tells no trip of its own, whose sides the clause after it would be misread as.)
  if (w === 'công' && next === 'tác' && ['chuyến', 'đi', 'sang'].includes(wordAt(s, k - 1)))
    return REFERRED.has(wordAt(s, k + 2)) && commaBefore(s, k + 3) ? null : k + 1;
  // ("Nằm trong chương trình công tác của đoàn Bộ … Việt Nam tại B": the delegation's programme there.)
  if (
    w === 'công' &&
    next === 'tác' &&
    wordsAt(s, k - 2, ['chương', 'trình']) &&
    wordsAt(s, k + 2, ['của', 'đoàn'])
  )
    return k + 1;
  // "chuyến công du tới Việt Nam của Thủ tướng …": an official trip abroad.
  if (w === 'công' && next === 'du') return k + 1;
  // "đến chào xã giao ông …, Tỉnh trưởng tỉnh B", "Tại B, đoàn đến chào Đại sứ quán": a call.
  // (A host greeting a delegation is read as a reception: greetedDelegation.)
  if (w === 'chào' && (next === 'xã' || MOTION.has(wordAt(s, k - 1)))) {
    if (next !== 'xã' || wordAt(s, k + 2) !== 'giao') return k;
    return greetedDelegation(s, k) < 0 ? k + 2 : null;
  }
  // "Lãnh đạo A, B, C chào Bí thư Thành ủy D" (a headline): leaders calling on a host's leader.
  // (Not greetings sent: "… gửi lời chào …".)
  if (
    w === 'chào' &&
    CALLED_ON_TITLES.has(next) &&
    !MESSAGE.has(wordAt(s, k - 1)) &&
    wordsAt(s, s.t0, ['lãnh', 'đạo'])
  )
    return k;
  // "Đoàn lãnh đạo thành phố A … chụp ảnh lưu niệm cùng lãnh đạo tỉnh B" (a caption): the
  // delegation, with its hosts.
  // ("Lãnh đạo hai tỉnh A và B chụp ảnh kỷ niệm tại Lễ … huyện X" : where the photo was taken,
  // they were.)
  if (w === 'chụp' && next === 'ảnh') {
    const e =
      ['lưu', 'kỷ', 'kỉ'].includes(wordAt(s, k + 2)) && wordAt(s, k + 3) === 'niệm' ? k + 3 : k + 1;
    const partner = wordAt(s, e + 1);
    // ("… chụp ảnh lưu niệm tại cột mốc 528 với đoàn đại biểu Lào": on the border line itself.)
    if (partner === 'tại' && ['cột', 'mốc'].includes(wordAt(s, e + 2))) return null;
    if (partner === 'tại' && e === k + 3) return e;
    if (
      (partner === 'cùng' || partner === 'với') &&
      wordAt(s, e + 2) !== 'đoàn' &&
      wordAt(s, delegationStart(s, k)) === 'đoàn'
    )
      return e;
    return null;
  }
  // "đã đến chúc mừng Đảng bộ, chính quyền tỉnh B": a greeting call.
  // ("Chủ tịch … tỉnh A tặng hoa chúc mừng năm mới tỉnh B": flowers are handed over in person.)
  // (Not "tặng hoa chúc mừng các nghệ sĩ, diễn viên đoàn B": performers cheered at the show.)
  if (
    w === 'chúc' &&
    next === 'mừng' &&
    (MOTION.has(wordAt(s, k - 1)) ||
      (wordAt(s, k - 1) === 'hoa' && wordAt(s, k - 2) === 'tặng' && !CHEERED.has(wordAt(s, k + 2))))
  )
    return k + 1;
  // Motion verbs count only when a place or a country follows at once.
  if (MOTION.has(w)) {
    // "Trước khi đến B, đoàn …": the trip to B is a time mark here, told where it happens.
    if (wordAt(s, k - 1) === 'khi' && ['trước', 'sau'].includes(wordAt(s, k - 2))) return null;
    // "tháng 9 tới, tỉnh A …", "thời gian tới": "tới" of time is "next", and a place after a
    // comma starts another clause.
    if (
      w === 'tới' &&
      TIME_BEFORE_NEXT.has(wordAt(s, /^\d+$/.test(wordAt(s, k - 1)) ? k - 2 : k - 1))
    )
      return null;
    if (commaBefore(s, k + 1)) return null;
    // "đã rời Thủ đô Phnom Penh, tới tỉnh Kampong Chhnang": where the trip set out from; the
    // cue runs on to the verb that names its goal.
    const goal = w === 'rời' ? departsFor(s, k) : -1;
    // ("Theo chương trình, rời A, đoàn sẽ đi … tới B": a leg still to come.)
    if (w === 'rời' && futureWordIn(s, k + 1, goal >= 0 ? goal : k + DEPARTURE_REACH)) return null;
    if (goal >= 0) return goal;
    // "đường bay thẳng tới B", "đường bay quốc tế sang Lào": a flight route, not a trip.
    if ([k - 1, k - 2, k - 3].some((b) => wordAt(s, b) === 'bay' && wordAt(s, b - 1) === 'đường'))
      return null;
    // "ách tắc trên tuyến đường sang Lào": where a road leads.
    if (roadAt(s, k - 1)) return null;
    // "đường dây dài 50,13km từ biên giới đến B": a line's or a road's course, not a trip; so
    // are the roads and tours "nối sang Lào".
    // ("2 cửa khẩu … thông sang B1, B2": where the gates lead.)
    if (courseTo(s, k) || touristRoute(s, k) || ['nối', 'thông'].includes(wordAt(s, k - 1)))
      return null;
    // ("Từ A sang B chỉ mất một ngày đường": how long the way takes, nobody's trip.)
    if (travelTime(s, k)) return null;
    // ("dòng suối Nậm Lê - chảy từ bản Mò, xã X sang cụm bản Đán bên nước bạn": water's course.)
    if (wordIn(s, Math.max(s.t0, k - FLOW_REACH), k, 'chảy')) return null;
    // ("trên địa bàn tỉnh có 3 cửa khẩu sang Lào": gates that lead there; not "đi qua cửa khẩu
    // sang Lào", a trip through one.)
    if (wordsAt(s, k - 2, ['cửa', 'khẩu']) && !CROSSED_AT.has(wordAt(s, k - 3))) return null;
    // "gửi lời chúc mừng đến tỉnh B" sends words, not people ("di chuyển sang" does move them).
    // ("gửi lời chúc … tới nhân dân A, cũng như tới bốn tỉnh B1 …": the same verb, further back.)
    // ("trao gạo, khẩu trang, nước rửa tay và nhiều vật phẩm khác tới …": a list of goods between.)
    const alsoTo = wordAt(s, k - 1) === 'như' && wordAt(s, k - 2) === 'cũng';
    // ("… chuyển giao kỹ thuật, đồng thời cử đoàn công tác sang B": people sent after the goods.)
    for (let b = k - 1; b >= Math.max(s.t0, alsoTo ? k - 40 : k - SENT_GOODS_REACH); b--) {
      if (wordAt(s, b) === 'cử') break;
      if (SENDING.has(wordAt(s, b)) && !(wordAt(s, b) === 'chuyển' && wordAt(s, b - 1) === 'di'))
        return null;
    }
    if (mentionStartingAt(s, k + 1) || countryWordAt(s, k + 1) > 0) return k;
    if (stateNameAt(s, k + 1)) return k;
    if (countedPlaces(s, k + 1) >= 0) return k;
    const examples = examplesFrom(s, k + 1);
    if (examples > k + 1 && mentionStartingAt(s, examples)) return k;
    // "đoàn … tỉnh A sang với Hủa Phăn": "với" before the goal, for a delegation or leaders
    // ("thu hút du khách đến với B" draws tourists).
    if (TOWARDS_WITH.has(w) && next === 'với' && mentionStartingAt(s, k + 2))
      return delegationInClause(s, k) ? k + 1 : null;
    // "lãnh đạo tỉnh A … đã sang tỉnh bạn / nước bạn Lào …": the partner the article follows
    // (partnerProvince); only people of a delegation or leaders cross over so ("xe tải chở hàng
    // sang nước bạn", "đầu tư sang tỉnh bạn" move goods and money).
    if ((next === 'tỉnh' || next === 'nước') && wordAt(s, k + 2) === 'bạn')
      return delegationInClause(s, k) ? k : null;
    // "Đoàn lãnh đạo … sang xúc tiến thương mại với tỉnh B": crossing over to do something there.
    // "Tỉnh trưởng tỉnh A … đã đến / sang trao huân chương cho … tỉnh B": came to hand it over.
    // ("(thứ hai từ trái sang) trao Huân chương …": a caption's place in the row.)
    if ((w === 'đến' || w === 'tới' || w === 'sang') && HANDING.has(next))
      return ['trái', 'phải'].includes(wordAt(s, k - 1)) ? null : k;
    if (w === 'sang' && ERRANDS.has(wordAt(s, k + 1))) {
      const d = delegationStart(s, k);
      if (wordAt(s, d) === 'đoàn' || leadersOfPlaceBefore(s, k) || sentOver(s, k)) return k;
      // ("… Giám đốc Công an tỉnh A đã dẫn đầu đoàn đại biểu sang dự lễ …": led-delegation.ts.)
      if (ledDelegationBefore(s, k)) return k;
    }
    // ("… đã tổ chức một đoàn tới cứu trợ bà con … ở tỉnh B": a delegation's errand, "đoàn" right
    // before the verb.)
    // ("Hai ngày trước đó, đoàn đã đến khám, chữa bệnh … ở ba huyện …": a tense word between.)
    if (
      (w === 'tới' || w === 'đến') &&
      ERRANDS.has(wordAt(s, k + 1)) &&
      (wordAt(s, k - 1) === 'đoàn' || (TENSE.has(wordAt(s, k - 1)) && wordAt(s, k - 2) === 'đoàn'))
    )
      return k;
    // "đã đến huyện Sa Mạ Khi Xay, tỉnh Attapư": a district, village or ward of a named place;
    // "đã đến trụ sở HĐND tỉnh B": the seat of one of its bodies.
    // ("đã đặt chân đến những bản làng … thuộc hai tỉnh B1 và B2": units counted in general.)
    const unit = unitAfter(s, k + 1);
    if (placeReachedAt(s, k, unit) && subUnitPlace(s, unit)) return k;
  }
  return null;
}

/** An event's word at k ("các buổi lễ", "hội nghị"); "các" before another word is not one. */
function eventAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return EVENT_WORDS.has(w) && (w !== 'các' || EVENT_WORDS.has(wordAt(s, k + 1)));
}

/** Past "những", "các" before a unit ("đến những bản làng …"). */
export const unitAfter = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'những' || wordAt(s, k) === 'các' ? k + 1 : k;

/** "Đoàn …", "lãnh đạo …" in the clause before token k (back to a comma). */
function delegationInClause(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= s.t0; b--) {
    const w = wordAt(s, b);
    if (w === 'đoàn' || (w === 'lãnh' && wordAt(s, b + 1) === 'đạo')) return true;
    // ("Đoàn y, bác sĩ tỉnh A đã đến với tỉnh B": the comma of "y, bác sĩ" ends no clause.)
    if (commaBefore(s, b) && !(w === 'bác' && wordAt(s, b - 1) === 'y')) return false;
  }
  return false;
}

// Arrival words: "đến", "tới", "sang".
export const TOWARDS_WITH = new Set(['đến', 'tới', 'sang']);

/**
 * "sang hai tỉnh Stung Treng và Ratanakiri", "đến các tỉnh Đông Bắc Campuchia là A và B": a
 * count of provinces whose names follow in the same clause. The first name's token, or -1.
 */
export function countedPlaces(s: SentenceView, k: number): number {
  const w = wordAt(s, k);
  if (!isSeveral(w) || wordAt(s, k + 1) !== 'tỉnh') return -1;
  for (let j = k + 1; j < Math.min(s.t1, k + 8); j++) {
    if (commaBefore(s, j)) return -1;
    if (mentionStartingAt(s, j)) return j;
  }
  return -1;
}

/**
 * "Đội K72 cử 42 cán bộ, chiến sĩ sang làm nhiệm vụ …", "Đội quy tập … đã sang tìm kiếm …": a team
 * sends (or is) people who cross over.
 */
function sentOver(s: SentenceView, k: number): boolean {
  if (teamBefore(s, k, SENT_REACH) >= 0) return true;
  for (let b = k - 1; b >= Math.max(s.t0, k - SENT_REACH); b--) {
    // (The people sent are the team's: "cử 42 cán bộ, chiến sĩ", not "cử 2 sinh viên sang học".)
    if (wordAt(s, b) === 'cử')
      for (let j = b + 1; j < Math.min(k, b + 4); j++)
        if (TEAM_MEMBERS.has(wordAt(s, j))) return true;
    // ("Tỉnh B cử ông X, Phó Tỉnh trưởng, sang dự.", "cử Phó Tỉnh trưởng X sang dự": an official
    // sent, named by courtesy or by title right after the verb.)
    if (wordAt(s, b) === 'cử' && SENT_OFFICIAL.has(wordAt(s, b + 1))) return true;
  }
  return false;
}

const TEAM_MEMBERS = new Set(['cán', 'chiến', 'đoàn', 'đội', 'lực']);
const SENT_OFFICIAL = new Set(['ông', 'bà', 'đồng', 'phó', 'đại', 'lãnh']);
// How far before "sang" the sender may stand ("cử 42 cán bộ, chiến sĩ sang").
const SENT_REACH = 8;

/** "lãnh đạo tỉnh Tây Ninh đã sang dự …": the leadership of places crosses over. */
function leadersOfPlaceBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 2; b >= Math.max(s.t0, k - 8); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) !== 'lãnh' || wordAt(s, b + 1) !== 'đạo') continue;
    // "lãnh đạo tỉnh A", "lãnh đạo ba tỉnh bạn": leaders of named or counted places.
    if (mentionStartingAt(s, b + 2)) return true;
    if (wordAt(s, b + 3) === 'tỉnh' && isSeveral(wordAt(s, b + 2))) return true;
  }
  return false;
}

// Words that may stand between a party and its verb ("đoàn đã sang", "tỉnh A cũng tham gia").
export const TENSE = new Set(['đã', 'cũng', 'vừa']);
// "ghé thủ đô Phnôm Pênh": a stop on the way.
const MOTION = new Set(['đến', 'tới', 'sang', 'rời', 'lên', 'ghé']);
const NEED = new Set(['phải', 'cần']);
const GO = new Set(['đi', 'sang', 'đến', 'tới', 'về']);
const HANDING = new Set(['trao', 'tặng']);
// What a delegation crosses over to do ("sang khảo sát", "sang trao quà", "sang hỗ trợ").
const ERRANDS = new Set([
  'xúc',
  'khảo',
  'trao',
  'tặng',
  'hỗ',
  'giúp',
  'kiểm',
  'phối',
  'học',
  'tìm',
  'dự',
  'giao',
  'làm',
  'hội',
  // "sang tập huấn / đào tạo / hướng dẫn / chuyển giao kỹ thuật cho … tỉnh B".
  'tập',
  'đào',
  'hướng',
  'chuyển',
  // "sang khám bệnh, phát thuốc miễn phí cho … người dân huyện X, tỉnh B", "sang giảng dạy".
  'khám',
  'chữa',
  'phẫu',
  'cấp',
  'phát',
  'giảng',
  'xây',
  'tham',
  // "sang động viên, thăm hỏi lực lượng bạn" after a flood.
  'động',
  // "một đoàn tới cứu trợ bà con … ở tỉnh B".
  'cứu',
  // "Đoàn đại biểu tỉnh A đã sang chung vui / chia vui cùng tỉnh bạn".
  'chung',
  'chia',
]);

// "đoàn kết", "đoàn viên", "đoàn thể" … are no delegation.
const NOT_DELEGATION = new Set(['kết', 'viên', 'thể', 'tụ', 'tàu', 'xe']);

/** The start of the delegation phrase before a cue: its last "Đoàn", else the sentence start. */
const NOT_DELEGATION_BEFORE = new Set([
  'trưởng',
  'trường',
  'phó',
  'tỉnh',
  'tập',
  'binh',
  'quân',
  'sư',
  'lữ',
  'tiểu',
  'trung',
]);

export function delegationStart(s: SentenceView, cue: number): number {
  for (let k = cue - 1; k >= s.t0; k--) {
    if (wordAt(s, k) !== 'đoàn') continue;
    if (NOT_DELEGATION.has(wordAt(s, k + 1))) continue;
    // "Trưởng đoàn", "Tỉnh đoàn" (youth union), "Tập đoàn" (a corporation), "Binh đoàn 11",
    // "Sư đoàn" (army units) are no delegation; nor is "làm trường đoàn", a leader's title
    // mistyped as often in real pages.
    if (NOT_DELEGATION_BEFORE.has(wordAt(s, k - 1)) && !headedDelegation(s, k, cue)) continue;
    // "Chủ tịch nước Lào X đã dẫn đầu đoàn đại biểu cấp cao tới dự …": a delegation that names
    // no home of its own is the leader's object; its words start with the leader.
    if (ledBy(s, k, cue)) continue;
    return k;
  }
  return s.t0;
}
/**
 * "… cho đồng chí X, trưởng đoàn công tác thành phố A sang thăm …": the leader's title names his
 * delegation and its place before the cue, whose trip it is.
 */
function headedDelegation(s: SentenceView, k: number, cue: number): boolean {
  if (wordAt(s, k - 1) !== 'trưởng' || !['công', 'đại'].includes(wordAt(s, k + 1))) return false;
  return s.mentions.some(
    (m) => m.firstToken >= k + 3 && m.firstToken <= k + 6 && m.lastToken < cue,
  );
}
function ledBy(s: SentenceView, k: number, cue: number): boolean {
  if (wordAt(s, k - 1) !== 'đầu' || wordAt(s, k - 2) !== 'dẫn' || k - 2 === s.t0) return false;
  if (s.mentions.some((m) => m.firstToken > k && m.firstToken < cue)) return false;
  for (let j = k + 1; j < cue; j++) if (countryWordAt(s, j) > 0) return false;
  return true;
}
const TIME_BEFORE_NEXT = new Set([
  'tháng',
  'năm',
  'tuần',
  'gian',
  'ngày',
  'kỳ',
  'đợt',
  'dịp',
  'quý',
]);

export const SUB_UNITS = new Set([
  'huyện',
  'xã',
  'bản',
  'phường',
  'thị',
  'khu',
  'làng',
  'tận',
  'cụm',
]);

// First words of the sites a meeting is held at ("Cửa khẩu …", "Đồn Biên phòng …", "Nhà khách …").
export const SITES = new Set([
  'cửa',
  'đồn',
  'trụ',
  'nhà',
  'khu',
  'trường',
  'bệnh',
  'nghĩa',
  'cảng',
  'sân',
  // ("tại Cung Văn hóa quốc gia Lào, Thủ đô B": a palace of culture or of friendship.)
  'cung',
]);

// Two-word names of the buildings a delegation goes to ("trụ sở", "văn phòng", "hội trường").
const SEATS = new Set([
  'trụ sở',
  'văn phòng',
  'hội trường',
  'cơ quan',
  'bộ chỉ',
  'bệnh viện',
  'trung tâm',
  'nhà khách',
  'nghĩa trang',
]);
// Sites an arrival ("đến", "tới", "sang") reaches inside a place: "Bộ trưởng … đã đến Đồn Biên
// phòng X, thuộc tỉnh B", "đến Trường Tiểu học X, tỉnh B" (not "nâng cấp lên cửa khẩu quốc tế",
// nor "Rời Cửa khẩu Lao Bảo (A), …", a site left).
const ARRIVAL_SITES = new Set([
  'đồn biên',
  'cửa khẩu',
  'bảo tàng',
  'nhà máy',
  'trường tiểu',
  'trường trung',
  'trường đại',
  'trường phổ',
  'trường mầm',
  'trường hữu',
  // ("… đã tới sân bay quốc tế Wattay, thủ đô Viêng Chăn, bắt đầu thăm Lào".)
  'sân bay',
  // ("đoàn … đã đến các điểm du lịch nổi tiếng tại tỉnh B", "tới các điểm đến, khu di tích … của
  // tỉnh B": a tour's stops inside the place.)
  'điểm đến',
  'điểm du',
  'khu du',
  'khu di',
  'di tích',
]);

// Shrines a motion verb leads to inside a place ("Đoàn tới chùa Long Vân, huyện Pakse, tỉnh B").
const SHRINES = new Set(['chùa', 'đền']);

/** A sub-unit, a building or (after an arrival verb at `verb`) a site of a place starts at k. */
export function placeReachedAt(s: SentenceView, verb: number, k: number): boolean {
  if (isPlaceWithin(s, k)) return true;
  return (
    TOWARDS_WITH.has(wordAt(s, verb)) && ARRIVAL_SITES.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`)
  );
}

/** A sub-unit or a building of a place ("huyện X, tỉnh B", "trụ sở UBND tỉnh B") starts at k. */
export function isPlaceWithin(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return SUB_UNITS.has(w) || SHRINES.has(w) || SEATS.has(`${w} ${wordAt(s, k + 1)}`);
}

/**
 * The place a sub-unit after a motion verb lies in, named within a few words, or at the end of a
 * chain of named units ("cụm bản Lằng Khằng, huyện Bua La Pha, tỉnh Khăm Muộn").
 */
export function subUnitPlace(s: SentenceView, k: number): Mention | undefined {
  const near = s.mentions.find((m) => m.headToken > k && m.headToken <= k + 8);
  if (near) return near;
  // ("những bản làng heo hút của nước bạn Lào thuộc hai tỉnh B1 và B2": the units' province, after
  // "thuộc" or "của".)
  const owner = s.mentions.find((m) => {
    if (m.headToken <= k || m.headToken > k + OWNER_REACH) return false;
    const start = Math.min(m.headToken, m.firstToken);
    const b = isSeveral(wordAt(s, start - 1)) ? start - 2 : start - 1;
    return OWNED_BY.has(wordAt(s, b));
  });
  if (owner) return owner;
  for (let j = k + 1; j < Math.min(s.t1, k + 16); j++) {
    const m = s.mentions.find((x) => x.headToken === j);
    if (m) return m;
    if (!SUB_UNITS.has(wordAt(s, j)) && !isCapitalised(s.tt.text, s.tt.tokens[j]!))
      return undefined;
  }
  return undefined;
}

const OWNED_BY = new Set(['thuộc', 'của']);
const OWNER_REACH = 14;

const RECEPTION_NOUN = new Set(['buổi', 'cuộc', 'lễ']);

/**
 * "UBND tỉnh B … chào xã giao (và làm việc với) Đoàn công tác tỉnh A": the host greets a
 * delegation, which is the one that came; where "đoàn" stands after "chào" at k, or -1. (Not one
 * who went to greet, "đến chào xã giao …", nor a province's standing National Assembly
 * delegation, "Đoàn Đại biểu Quốc hội tỉnh B", greeted at home.)
 */
function greetedDelegation(s: SentenceView, k: number): number {
  if (wordAt(s, k + 1) !== 'xã' || wordAt(s, k + 2) !== 'giao' || MOTION.has(wordAt(s, k - 1)))
    return -1;
  let g = k + 3;
  if (wordsAt(s, g, ['và', 'làm', 'việc', 'với'])) g += 4;
  return wordAt(s, g) === 'đoàn' && !wordsAt(s, g + 1, ['đại', 'biểu', 'quốc', 'hội']) ? g : -1;
}

/** "tiếp / đón / đón tiếp / tiếp đón" (or "tiễn") followed by a guest. */
function reverseCueAt(s: SentenceView, k: number): number | null {
  const w = wordAt(s, k);
  // "lãnh đạo tỉnh B đã tiễn Đoàn … tỉnh A": seeing a guest off, as receiving one, tells A came.
  if (w === 'tiễn') return GUEST_START.has(wordAt(s, k + 1)) ? k : null;
  // "(vui mừng trước) sự hiện diện của đoàn đại biểu …": the host greets guests who came.
  if (w === 'hiện')
    return wordAt(s, k - 1) === 'sự' &&
      wordAt(s, k + 1) === 'diện' &&
      wordAt(s, k + 2) === 'của' &&
      GUEST_START.has(wordAt(s, k + 3))
      ? k + 2
      : null;
  if (w === 'chào') {
    const g = greetedDelegation(s, k);
    return g < 0 ? null : g - 1;
  }
  if (w !== 'tiếp' && w !== 'đón') return null;
  if (wordAt(s, k - 1) === 'trực') return null;
  // "Tại buổi tiếp, …": the reception named as an occasion, its guest not after it.
  if (RECEPTION_NOUN.has(wordAt(s, k - 1)) && commaBefore(s, k + 1)) return null;
  let end = k;
  // ("tiếp kiến": received in audience.)
  const second = wordAt(s, k + 1);
  if (
    (w === 'đón' && second === 'tiếp') ||
    (w === 'tiếp' && (second === 'đón' || second === 'kiến'))
  )
    end = k + 1;
  const after = wordAt(s, end + 1);
  if (w === 'tiếp' && end === k && NOT_AFTER_TIEP.has(after)) return null;
  if (w === 'đón' && end === k && NOT_AFTER_DON.has(after)) return null;
  const g = guestSlot(s, end);
  // "Đoàn … tỉnh A được … lãnh đạo tỉnh B đón tiếp (nồng hậu).": received, the guest before "được".
  // ("… đón tiếp tại trụ sở UBND tỉnh.": where they were received may close the clause; so may
  // when, "… đón tiếp vào ngày 12/3", or a clause of purpose, "… đón tiếp, nhằm …".)
  // ("… đón tiếp và hội đàm thường niên": so may the talks that followed, naming no guest.)
  // ("… đón tiếp nhân dịp Tết cổ truyền Bunpimay": or its occasion.)
  const closed =
    g >= s.t1 ||
    LOCATIVE.has(wordAt(s, g)) ||
    RECEIVED_WHEN.has(wordAt(s, g)) ||
    wordsAt(s, g, ['nhân', 'dịp']) ||
    (TALKS_ENDS.has(wordAt(s, g - 1)) && g > end + 1 && !namesGuestAt(s, g));
  if ((closed || commaBefore(s, g)) && delegationOpening(s) >= 0)
    return passiveBefore(s, k) >= 0 ? end : null;
  return namesGuestAt(s, g) || thankedPlaceBefore(s, k) ? end : null;
}

// The last words of the talks a reception's filler may name ("đón tiếp và hội đàm", "… và làm việc").
const TALKS_ENDS = new Set(['đàm', 'việc']);
const REFERRED = new Set(['này', 'đó', 'ấy']);
const RECEIVED_WHEN = new Set(['vào', 'trong', 'dịp', 'sáng', 'chiều', 'tối', 'trưa', 'ngày']);

/** The first word after a reception cue ending at `end` past its manner words ("nồng hậu"). */
function guestSlot(s: SentenceView, end: number): number {
  let g = end + 1;
  // ("Đại học A tiếp và làm việc với Vụ trưởng … Lào": the guest after the talks' words.)
  if (wordsAt(s, g, ['và', 'làm', 'việc', 'với'])) g += 4;
  while (GUEST_FILLER.has(wordAt(s, g)) && g < end + 8) g++;
  return oneDelegation(s, g);
}

/**
 * "đón một đoàn …", "tiếp hai đoàn đại biểu …": the guest word past the article or a small count
 * (only before "đoàn": "tiếp một số …" is not; "đón 18 đoàn" is a tally, read as one elsewhere).
 */
const oneDelegation = (s: SentenceView, g: number) =>
  FEW.has(wordAt(s, g)) && wordAt(s, g + 1) === 'đoàn' ? g + 1 : g;
const FEW = new Set(['một', 'hai', 'ba', 'bốn']);
/** The words that count delegations before "đoàn" ("các đoàn …", "hai đoàn …"). */
export const DELEGATION_COUNT = new Set([...FEW, 'các']);

function namesGuestAt(s: SentenceView, g: number): boolean {
  return GUEST_START.has(wordAt(s, g)) || RECEIVED_FORCES.has(wordAt(s, g)) || guestsFrom(s, g);
}

/** Whether a guest follows the reception cue ending at `end` (not so in "… đã đón tiếp chu đáo."). */
export function guestAfterCue(s: SentenceView, end: number): boolean {
  return namesGuestAt(s, guestSlot(s, end));
}

/**
 * "… cảm ơn tỉnh A đã đón tiếp chu đáo": thanks to a place for a reception, whose guest is the
 * one thanking (visit-reverse reads it), even with no guest after the cue.
 */
function thankedPlaceBefore(s: SentenceView, k: number): boolean {
  const c = thanksBefore(s, k);
  return c > s.t0 && s.mentions.some((m) => m.firstToken > c + 1 && m.lastToken < k);
}

/** Where "cảm ơn" opens, at most THANKS_REACH words before token k, or -1. */
export function thanksBefore(s: SentenceView, k: number): number {
  for (let c = k - 2; c > s.t0 && k - c <= THANKS_REACH; c--)
    if (wordAt(s, c) === 'cảm' && wordAt(s, c + 1) === 'ơn') return c;
  return -1;
}
// "Bí thư Thành ủy A cảm ơn Thủ tướng Hun Sen đã dành thời gian tiếp": how far the thanks reach.
const THANKS_REACH = 14;

// Talks held with a delegation: its hosts are the other side.
// ("… đã có cuộc gặp với đoàn đại biểu Lào", "gặp gỡ với đoàn …", "tọa đàm với đoàn …".)
const TALKS = new Set([
  'hội đàm',
  'làm việc',
  'hội kiến',
  'cuộc gặp',
  'gặp gỡ',
  // ("buổi gặp mặt giữa lãnh đạo tỉnh A và đoàn tỉnh B", a caption's shape.)
  'gặp mặt',
  'tọa đàm',
  // ("Chủ tịch UBND tỉnh A đã thông tin với đoàn Lào về …", "trao đổi với đoàn …".)
  'thông tin',
  'trao đổi',
]);
const MEETINGS_ONLY = new Set(['cuộc', 'gặp']);
const TALKS_TIME = new Set(['sáng', 'chiều', 'tối', 'trưa', 'ngày']);
// How far after "giữa" the delegation's "với" may come (the hosts listed with their titles).
const BETWEEN_REACH = 24;

/**
 * "Lãnh đạo tỉnh A hội đàm với Đoàn đại biểu tỉnh B", "cuộc hội đàm giữa lãnh đạo tỉnh A với Đoàn
 * … tỉnh B": talks with a delegation, whose hosts are not one (a delegation's own talks, "Đoàn
 * tỉnh A làm việc với …", are its trip). Where the hosts' words end (`host`: from there on they
 * are read back, as before "tiếp") and the "với" before the delegation, or null.
 */
function metDelegation(s: SentenceView, k: number): { host: number; with: number } | null {
  if (!TALKS.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`)) return null;
  // ("buổi làm việc chiều 14/1 giữa …": the time of the talks may stand before "giữa".)
  let g = k + 2;
  if (TALKS_TIME.has(wordAt(s, g))) {
    g++;
    while (g < k + 7 && /^\d+$/.test(wordAt(s, g))) g++;
  }
  const between = wordAt(s, g) === 'giữa';
  let w = between ? g : k + 2;
  // ("UBND tỉnh A đã làm việc, trao đổi kinh nghiệm về … với Đoàn … tỉnh B", "trao đổi kinh
  // nghiệm với đoàn …": the talks' topic, or a second word for them, before "với".)
  if (!between && wordAt(s, w) !== 'với') {
    const partner = talksPartner(s, commaBefore(s, w) ? w : k);
    if (partner > 0) w = partner;
  }
  // ("buổi làm việc giữa lãnh đạo tỉnh A và đoàn công tác tỉnh B", a caption's shape: "và" joins
  // the delegation too, where "đoàn" follows it.)
  if (between)
    while (w < Math.min(s.t1, g + BETWEEN_REACH) && wordAt(s, w) !== 'với' && !andDelegation(s, w))
      w++;
  // ("Phó Tỉnh trưởng tỉnh A … đã gặp gỡ Đoàn đại biểu … tỉnh B": met, the delegation its object.)
  // (Not "gặp gỡ đoàn viên …", the members of a youth union; nor a delegation "đang có chuyến
  // thăm Hà Nội", met where the sentence then places it.)
  const direct =
    !between &&
    wordsAt(s, k, ['gặp', 'gỡ']) &&
    wordAt(s, k + 2) === 'đoàn' &&
    wordAt(s, k + 3) !== 'viên' &&
    !placedElsewhere(s, k);
  if (direct) w = k + 1;
  const joined = direct || wordAt(s, w) === 'với' || (between && andDelegation(s, w));
  if (!joined || !(wordAt(s, w + 1) === 'đoàn' || leaderOfDelegation(s, w + 1))) return null;
  const from = between ? g + 1 : s.t0;
  const to = between ? w : k;
  if (wordIn(s, from, to, 'đoàn')) return null;
  if (venueBefore(s, k)) return null;
  // The hosts are named with their place ("lãnh đạo tỉnh A") or are a body of the state ("Bộ
  // Ngoại giao làm việc với đoàn tỉnh B"); talks "trong buổi làm việc với đoàn …" with no host
  // named leave the trip to the sentence's other words.
  // (A meeting, "cuộc gặp", "gặp gỡ", held by a body of the state names no place: the same day's
  // event may be anywhere.)
  const placed = s.mentions.some((m) => m.firstToken >= from && m.lastToken < to);
  if (
    !placed &&
    (MEETINGS_ONLY.has(wordAt(s, k)) || nationalBodyIndex(phraseText(s.tt, from, to)) < 0)
  )
    return null;
  return { host: to, with: w };
}

/** A place after token k of a country the hosts' places before it hold, but not one of theirs. */
function placedElsewhere(s: SentenceView, k: number): boolean {
  const hosts = s.mentions.filter((m) => m.lastToken < k);
  return s.mentions.some(
    (m) =>
      m.firstToken > k &&
      hosts.some((h) => h.entry.country === m.entry.country && h.entry.iso !== m.entry.iso),
  );
}

/**
 * "Tại thành phố C, Hội … tỉnh A tổ chức hội đàm với đoàn …", "Bên lề Hội nghị tại Hà Nội, …": a
 * venue named before token k, read by frames; the talks or the keepsake there say nothing of whose
 * home it is.
 */
const venueBefore = (s: SentenceView, k: number) =>
  s.mentions.some((m) => m.headToken < k && LOCATIVE.has(wordAt(s, m.headToken - 1)));

// A keepsake or welcoming flowers handed to a delegation ("tặng quà lưu niệm", "tặng hoa chào mừng"):
// their words, keyed by the gift's noun.
const KEEPSAKES = new Map([
  ['quà', ['lưu', 'niệm']],
  ['hoa', ['chào', 'mừng']],
]);

/**
 * "Lãnh đạo tỉnh A tặng quà lưu niệm (cho) Trưởng đoàn / Đoàn … tỉnh B", "… tặng hoa chào mừng
 * Đoàn … tỉnh B" (a caption's shape): hosts honouring their guests, who came. The cue's last
 * token (before the delegation), else -1. Not a giver that is itself a delegation ("Đoàn … tỉnh A
 * tặng quà lưu niệm cho Đoàn … tỉnh B" names no host), nor a keepsake for leaders.
 */
function keepsakeForDelegation(s: SentenceView, k: number): number {
  if (wordAt(s, k) !== 'tặng') return -1;
  const words = KEEPSAKES.get(wordAt(s, k + 1));
  if (!words) return -1;
  // ("Chủ tịch UBND tỉnh A tặng quà Tết cho Trưởng đoàn …", "… tặng quà đoàn đại biểu tỉnh B": any
  // gift handed to the delegation itself, not only a keepsake, by hosts named with their place; a
  // giver named by title alone leaves the trip to the sentence's other words.)
  let last = k + 3;
  if (!wordsAt(s, k + 2, words)) {
    if (wordAt(s, k + 1) !== 'quà' || !s.mentions.some((m) => m.lastToken < k)) return -1;
    last = wordAt(s, k + 2) === 'tết' ? k + 2 : k + 1;
  }
  const end = wordAt(s, last + 1) === 'cho' ? last + 1 : last;
  const head = wordAt(s, end + 1) === 'trưởng' ? end + 2 : end + 1;
  if (wordAt(s, head) !== 'đoàn' || wordIn(s, s.t0, k, 'đoàn')) return -1;
  // (Youth union members, "đoàn viên", "Đoàn Thanh niên", are no delegation.)
  if (NOT_A_DELEGATION.has(wordAt(s, head + 1))) return -1;
  return venueBefore(s, k) || venueAbroadAfter(s, k) || hasWords(s, 'trực', 'tuyến') ? -1 : end;
}

/**
 * "… tặng quà lưu niệm cho Đoàn … tỉnh B tại Thủ đô Viêng Chăn": a venue after token k that is
 * none of the places named before it, the givers met their guests away from home. (Not "… tại
 * tỉnh A", the givers' own place.)
 */
const venueAbroadAfter = (s: SentenceView, k: number) =>
  s.mentions.some(
    (m) =>
      m.headToken > k &&
      LOCATIVE.has(wordAt(s, m.headToken - 1)) &&
      !s.mentions.some((h) => h.lastToken < k && h.entry.iso === m.entry.iso),
  );

// How the hosts named after a delegation start ("lãnh đạo tỉnh B", "UBND tỉnh B", "Tỉnh ủy B").
const HOSTS_AFTER = new Set(['lãnh', 'ubnd', 'ủy', 'tỉnh ủy', 'thành ủy', 'hđnd']);
// How many of the hosts' words tell whether they are a body of the state.
const HOST_WORDS = 10;

/**
 * "buổi làm việc giữa đoàn công tác tỉnh A và / với lãnh đạo tỉnh B" (a caption's shape, the
 * delegation named first): the delegation met its hosts where they are. The "và / với" before the
 * hosts (a cue whose subject is the delegation and whose goal is the hosts' place), else -1. Not
 * two delegations ("giữa đoàn … A và đoàn … B" names no host).
 */
function delegationMetHosts(s: SentenceView, k: number): number {
  if (!TALKS.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`) || wordAt(s, k + 2) !== 'giữa') return -1;
  // ("… qua hình thức trực tuyến": each side at home.)
  if (wordAt(s, k + 3) !== 'đoàn' || venueBefore(s, k) || hasWords(s, 'trực', 'tuyến')) return -1;
  for (let w = k + 4; w < Math.min(s.t1, k + 3 + BETWEEN_REACH); w++) {
    if (wordAt(s, w) !== 'và' && wordAt(s, w) !== 'với') continue;
    const next = wordAt(s, w + 1);
    const two = `${next} ${wordAt(s, w + 2)}`;
    if (!HOSTS_AFTER.has(next) && !HOSTS_AFTER.has(two)) return -1;
    // (Hosts that are a body of the state, "Ủy ban Trung ương Mặt trận Lào …", stand for their
    // country: the national readings place that trip.)
    const hosts = phraseText(s.tt, w + 1, Math.min(s.t1, w + 1 + HOST_WORDS));
    return nationalBodyIndex(hosts) >= 0 ? -1 : w;
  }
  return -1;
}

/**
 * "Buổi làm việc giữa … A và … B sẽ / dự kiến diễn ra vào …", "… sắp được tổ chức": the talks at
 * token k, a caption's noun phrase, told as still to come by the words after their parties.
 */
function talksToCome(s: SentenceView, k: number): boolean {
  for (let j = k + 2; j + 1 < s.t1 && !commaBefore(s, j); j++)
    if (TO_COME.has(wordAt(s, j)) && HELD.has(wordAt(s, j + 1))) return true;
  return false;
}
// "sẽ", "sắp", "(dự) kiến" before "diễn ra", "được tổ chức", "tổ chức".
const TO_COME = new Set(['sẽ', 'sắp', 'kiến']);
const HELD = new Set(['diễn', 'được', 'tổ']);

/** "và đoàn" at token w: a delegation joined to the hosts by "và". */
const andDelegation = (s: SentenceView, w: number) =>
  wordAt(s, w) === 'và' && wordAt(s, w + 1) === 'đoàn';

/**
 * "… làm việc với ông Y, Phó Chủ tịch … tỉnh B (Lào), cùng đoàn đại biểu …": a leader named first,
 * then the delegation that came with them (or that they head, "trưởng đoàn").
 */
function leaderOfDelegation(s: SentenceView, at: number): boolean {
  // ("làm việc với do ông Y, …": an edit that dropped "đoàn" before "do".)
  const g = wordAt(s, at) === 'do' ? at + 1 : at;
  if (!PERSON_START.has(wordAt(s, g))) return false;
  for (let j = g + 2; j < Math.min(s.t1 - 1, g + LEADER_TITLE_WORDS); j++) {
    const w = wordAt(s, j);
    if ((w === 'cùng' || w === 'và' || w === 'trưởng') && wordAt(s, j + 1) === 'đoàn') return true;
  }
  return false;
}
// How far a leader's name and titles may run before the delegation is named.
const LEADER_TITLE_WORDS = 40;

/** "(vị) khách từ tỉnh B" at token g: guests named by where they came from. */
export function guestsFrom(s: SentenceView, g: number): boolean {
  const k = wordAt(s, g) === 'vị' ? g + 1 : g;
  return wordAt(s, k) === 'khách' && wordAt(s, k + 1) === 'từ';
}

/**
 * The "đoàn" a sentence opens with, or opens with after a short time clause ("Cùng ngày, đoàn …"),
 * else -1.
 */
export function delegationOpening(s: SentenceView): number {
  // ("(Chinhphu.vn) - Đoàn …": past the outlet's tag or the dateline.)
  const t0 = pastLeadTag(s);
  // ("Các đoàn đại biểu tỉnh B1, B2 và B3 đã được … đón tiếp": delegations counted.)
  const counted = (k: number) => (DELEGATION_COUNT.has(wordAt(s, k)) ? k + 1 : k);
  if (wordAt(s, counted(t0)) === 'đoàn') return counted(t0);
  // ("Nhân chuyến sang chúc Tết …, sáng 11/4, đoàn …": past an opening clause, a short time clause;
  // "Nhân kỷ niệm Ngày Quốc khánh nước bạn, đoàn …": right after the opening clause itself.)
  let clause = t0;
  for (let k = t0 + 1; k < Math.min(s.t1, t0 + OPENING_REACH); k++) {
    if (!commaBefore(s, k)) continue;
    if (wordAt(s, counted(k)) === 'đoàn' && (k - clause <= 4 || clause === t0)) return counted(k);
    clause = k;
  }
  return -1;
}
const OPENING_REACH = 30;

/** The nearest "được" before token k, past the sentence's first word ("Đoàn … được … đón"), or -1. */
export function passiveBefore(s: SentenceView, k: number): number {
  for (let b = k - 1; b > s.t0; b--) if (wordAt(s, b) === 'được') return b;
  return -1;
}

// "đón lực lượng của Bộ Chỉ huy Quân sự tỉnh B", "đón cán bộ …": received, they came (their mere
// "hiện diện" on the border is no trip).
const RECEIVED_FORCES = new Set(['lực', 'cán']);

// Courses held for a delegation ("lớp tập huấn", "lớp bồi dưỡng", "khóa đào tạo").
const CLASSES = new Set(['lớp', 'khóa', 'khoá']);
const CLASS_ORGANISED_REACH = 6;
const CLASS_NAME_WORDS = 10;

/**
 * A course word at k that an organiser "tổ chức" a few words before holds "cho đoàn …": the token
 * of "cho", else -1.
 */
function courseFor(s: SentenceView, k: number): number {
  if (!CLASSES.has(wordAt(s, k))) return -1;
  let organised = false;
  for (let b = k - 1; b >= Math.max(s.t0, k - CLASS_ORGANISED_REACH) && !organised; b--)
    organised = wordsAt(s, b, ['tổ', 'chức']);
  if (!organised) return -1;
  for (let j = k + 1; j < Math.min(s.t1 - 1, k + CLASS_NAME_WORDS); j++) {
    if (commaBefore(s, j)) return -1;
    if (wordAt(s, j) === 'cho' && wordAt(s, j + 1) === 'đoàn') return j;
  }
  return -1;
}

// Folded forms of every first cue word: the cheap test before reading diacritics.
const CUE_FOLDED = new Set([
  'gap',
  'lop',
  'khoa',
  'cuoc',
  'toa',
  'phoi',
  'quy',
  'cat',
  'khao',
  // "chuyến tình nguyện" (volunteerTripAt).
  'chuyen',
  'co',
  'chao',
  'len',
  'tham',
  // "sang viếng các ngôi chùa … ở tỉnh B" (a call paid there).
  'vieng',
  'chuc',
  'lam',
  'cong',
  'den',
  'toi',
  'sang',
  'roi',
  'tiep',
  'don',
  'tien',
  'du',
  'dung',
  'ghe',
  'chup',
  'hien',
  'bieu',
  'dem',
  // "lưu diễn tại …" (a troupe on tour), "thi đấu (giao hữu) tại …" (a team playing there).
  'luu',
  'thi',
  'thong',
  'hoi',
  'lan',
  'hoat',
  'trao',
  'tim',
  'xuong',
  'cap',
  'dieu',
  // "tặng hoa và quà Tết cho lãnh đạo tỉnh B" (tetGiftHanded).
  'qua',
  // "tặng quà lưu niệm Trưởng đoàn tỉnh B" (keepsakeForDelegation).
  'tang',
]);
// The same words as a token test by bit (see FoldedWords).
const CUE_WORDS = new FoldedWords(CUE_FOLDED);
// "dự" attends an event only before one of these ("dự án" is a project, "dự kiến" a plan).
export const EVENT_WORDS = new Set([
  'lễ',
  'hội',
  'buổi',
  'chương',
  'đại',
  'kỷ',
  'kỉ',
  'khai',
  'giải',
  'tuần',
  'ngày',
  'liên',
  'cuộc',
  'phiên',
  'diễn',
  'lớp',
  'các',
  'tết',
  'triển',
  'hoạt',
  'sự',
  'chuỗi',
]);
// A cue after these is a plan, an invitation or a denial, not a trip that took place.
const INVITING = new Set(['gửi', 'ngỏ', 'trao', 'chuyển']);
// ("… sắp thăm cấp Nhà nước tới Việt Nam": about to go.)
const FUTURE = new Set(['sẽ', 'sắp', 'kiến', 'không', 'chưa', 'chẳng']);
// In the cue's clause: "sẽ", "sắp", "dự kiến", "kế hoạch", "chuẩn bị" ("đang chuẩn bị đón đoàn B
// sang").
const PLAN = new Set(['sẽ', 'sắp', 'kiến', 'hoạch', 'bị']);
/**
 * "Lãnh đạo tỉnh A muốn (được) sang thăm B", "… có nhu cầu sang học tập tại B" (b the wish's last
 * word): a trip wished for, unless "đã / vừa" after the wish tells it made ("muốn học hỏi nên đã
 * sang …").
 */
function wantedTrip(s: SentenceView, b: number, cue: number): boolean {
  if (wordAt(s, b) === 'cầu' && (wordAt(s, b - 1) !== 'nhu' || wordAt(s, b - 2) !== 'có'))
    return false;
  return !wordIn(s, b + 1, cue, DONE);
}
const WANT = new Set(['muốn', 'cầu']);
/**
 * "chưa thể / không thể (trực tiếp) sang, cử đoàn, dự …" ending at token k: a trip that could not
 * be made. Not what else could not be ("không thể quên sự giúp đỡ … nên đã trở lại thăm", "mưa lũ
 * không thể ngăn bước đoàn"): the trip then went ahead.
 */
export function unableAt(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'thể' || !UNABLE.has(wordAt(s, k - 1))) return false;
  const v = wordsAt(s, k + 1, ['trực', 'tiếp']) ? k + 3 : k + 1;
  return GO.has(wordAt(s, v)) || UNABLE_TRIP.has(wordAt(s, v));
}
const UNABLE = new Set(['chưa', 'không']);
// Besides going: sending, attending, visiting, holding, receiving.
const UNABLE_TRIP = new Set([
  'cử',
  'qua',
  'lên',
  'ra',
  'trở',
  'dự',
  'tham',
  'thăm',
  'tổ',
  'đón',
  'tiếp',
  'gặp',
]);

/** "tỉnh B, nước CHDCND Lào sang …": the comma before k sets a place's country beside it. */
const countryApposed = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'nước' || wordsAt(s, k, ['vương', 'quốc']);

/**
 * "sẽ thăm", "dự kiến thăm", "mời lãnh đạo tỉnh B sang thăm": a plan or an invitation. "Nhận lời
 * mời của …, Đoàn … thăm" is a real trip: there the invitation clause ends with a comma first.
 */
// Last words of trip verbs listed with commas ("thăm, chúc Tết", "làm việc, khảo sát").
const SERIES_VERBS = new Set(['thăm', 'việc', 'giao', 'quan']);

/**
 * "Đoàn sẽ chào xã giao lãnh đạo tỉnh B, làm việc với Sở Ngoại vụ, thăm Khu di tích …": a clause
 * from token k that opens on a verb, with no subject of its own, is the next item of the programme
 * before it, in its mood ("…, đồng thời / sau đó thăm …"; "… sẽ đến Viêng Chăn, bắt đầu chuyến thăm").
 */
function nextItem(s: SentenceView, k: number): boolean {
  // (Not in a trip's programme, "Theo chương trình, … sẽ đến thăm tỉnh B, thăm …", whose items may
  // be the trip under way's own; nor an item with days of its own, a leg of an itinerary
  // announced: "…, thăm chính thức Vương quốc Campuchia từ ngày 27 đến 28/9".)
  if (s.programme || opensProgramme(s)) return false;
  const v = ITEM_LINKS.some((w) => wordsAt(s, k, w)) ? k + 2 : k;
  return ITEM_VERBS.has(wordAt(s, v)) && !daysOfItsOwn(s, v + 1);
}

/** "ngày" and a number in the clause from token k ("trong các ngày 26-27/9", "từ ngày 27 …"). */
function daysOfItsOwn(s: SentenceView, k: number): boolean {
  for (let j = k; j + 1 < s.t1 && !commaBefore(s, j) && !semicolonBefore(s, j); j++)
    if (wordAt(s, j) === 'ngày' && /^\d/.test(wordAt(s, j + 1))) return true;
  return false;
}
const ITEM_LINKS = [
  ['đồng', 'thời'],
  ['sau', 'đó'],
  ['lần', 'lượt'],
];
const ITEM_VERBS = new Set([
  'thăm',
  'làm',
  'chào',
  'hội',
  'dự',
  'tham',
  'khảo',
  'tặng',
  'chúc',
  'gặp',
  'dâng',
  'đặt',
  'trao',
  'ký',
  'bắt',
  'tiếp',
  'giao',
  'kiểm',
  'tìm',
  'đến',
  'sang',
  'tới',
  'đón',
  'qua',
]);

/** "…, nhân dịp / vào dịp / khi …": a clause that dates the one before it, in its mood. */
function occasionClause(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return w === 'khi' || (['nhân', 'vào', 'trong'].includes(w) && wordAt(s, k + 1) === 'dịp');
}

/**
 * "nước Lào", "nước CHDCND Lào", "nước Cộng hòa dân chủ nhân dân Lào", "Vương quốc Campuchia" from
 * token k: a country named with its state's words.
 */
function stateNameAt(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'nước' && !wordsAt(s, k, ['vương', 'quốc'])) return false;
  for (let j = k + 1; j < Math.min(s.t1, k + STATE_NAME_WORDS); j++) {
    if (commaBefore(s, j)) return false;
    if (countryWordAt(s, j) > 0) return true;
    if (!STATE_WORDS.has(wordAt(s, j))) return false;
  }
  return false;
}
// "nước Cộng hòa xã hội chủ nghĩa Việt Nam": the longest, nine words before the country.
const STATE_NAME_WORDS = 11;
const STATE_WORDS = new Set([
  'quốc',
  'cộng',
  'hòa',
  'hoà',
  'dân',
  'chủ',
  'nhân',
  'xã',
  'hội',
  'nghĩa',
  'chdcnd',
  'chxhcn',
]);

export function isPlanned(s: SentenceView, cue: number): boolean {
  if (futureJustBefore(s, cue) || tripPutOff(s, cue)) return true;
  if (plannedSeries(s, cue)) return true;
  // "Đội K72 sẽ cử 42 cán bộ, chiến sĩ sang …": the plan governs the sending.
  for (let c = cue - 1; c >= Math.max(s.t0, cue - SENT_REACH); c--)
    if (wordAt(s, c) === 'cử') {
      if (futureJustBefore(s, c)) return true;
      break;
    }
  if (wishOrHabit(s, cue) || reciprocal(s, cue) || occasionOfPlan(s, cue)) return true;
  if (nextTimeOpening(s, cue)) return true;
  // "Hội dự kiến sẽ tổ chức đoàn sang khảo sát … và thăm tỉnh B": a plan anywhere in the clause.
  // "sẽ cử đoàn sang thăm, chúc Tết …": a comma inside a series of trip verbs keeps the plan.
  // "sẽ ký kết biên bản … giai đoạn 2023 - 2027 vào dịp đoàn tỉnh A sang thăm B": a long clause.
  // ("sẽ chuyển địa bàn, tiếp tục làm nhiệm vụ quy tập tại B": what the plan goes on to.)
  for (let b = cue - 1; b >= Math.max(s.t0, cue - 32); b--) {
    if (
      commaBefore(s, b + 1) &&
      !SERIES_VERBS.has(wordAt(s, b)) &&
      !listComma(s, b + 1) &&
      !occasionClause(s, b + 1) &&
      !nextItem(s, b + 1) &&
      !wordsAt(s, b + 1, ['tiếp', 'tục']) &&
      // ("Đội sẽ tiếp tục xác minh …, sau đó chuyển sang khảo sát … tại tỉnh B": the plan's next step.)
      !wordsAt(s, b + 1, ['sau', 'đó']) &&
      // ("… sẽ sang Việt Nam biểu diễn, với các đêm diễn tại A và B": the trip's programme.)
      wordAt(s, b + 1) !== 'với' &&
      !countryApposed(s, b + 1)
    )
      break;
    if (PLAN.has(wordAt(s, b)) && isPlanWord(s, b)) return true;
    if (WANT.has(wordAt(s, b)) && wantedTrip(s, b, cue)) return true;
    // ("Tiểu khu … tỉnh A chưa thể cử đoàn sang B dự lễ …": a trip that could not be made.)
    if (unableAt(s, b)) return true;
    // "tôi không phải đi xa tới A hay sang Việt Nam nữa": a trip nobody need make.
    if (wordAt(s, b) === 'không' && NEED.has(wordAt(s, b + 1)) && GO.has(wordAt(s, b + 2)))
      return true;
  }
  return invitedTo(s, cue);
}

/**
 * "Trong thời gian tới, đoàn … tỉnh A sang thăm tỉnh B", "Tháng 5 tới, …", "Sắp tới, …", "Tới
 * đây, …": a time still to come opening the sentence dates a trip not yet made (unless "đã" or
 * "vừa" before the cue tells it done).
 */
export function nextTimeOpening(s: SentenceView, cue: number): boolean {
  return timeToComeFrom(s, s.t0, cue) || timeToComeFrom(s, afterReport(s, cue), cue);
}
function timeToComeFrom(s: SentenceView, from: number, cue: number): boolean {
  if (from < 0) return false;
  const end = Math.min(cue, from + NEXT_TIME_WORDS);
  for (let k = from; k < end; k++) {
    const w = wordAt(s, k);
    if (DONE.has(w) || (k > from && commaBefore(s, k))) return false;
    const next =
      (w === 'tới' &&
        TIME_BEFORE_NEXT.has(wordAt(s, /^\d+$/.test(wordAt(s, k - 1)) ? k - 2 : k - 1)) &&
        !rangeTo(s, k)) ||
      (w === 'sắp' && wordAt(s, k + 1) === 'tới') ||
      (w === 'tới' && wordAt(s, k + 1) === 'đây' && k === from);
    if (!next) continue;
    return !wordIn(s, k + 1, cue, DONE);
  }
  return false;
}
// "Trong thời gian tới", "Trong tháng 12 tới": the time phrase's words from the sentence's start.
const NEXT_TIME_WORDS = 6;
// "Từ tháng 5 tới tháng 7 / tới 8/6, …": "tới" (token k) joining a span's ends is no time to come.
function rangeTo(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k + 1);
  return !commaBefore(s, k + 1) && (/^\d/.test(w) || TIME_BEFORE_NEXT.has(w));
}

/**
 * "Ông X cho biết, vào tháng 6 tới, đoàn … tỉnh A sang thăm tỉnh B": the token after a report's
 * verb (and its comma) before the cue, where the reported clause opens; -1 when there is none.
 */
function afterReport(s: SentenceView, cue: number): number {
  for (let k = s.t0 + 1; k < cue - 1; k++) {
    if (!REPORT_VERBS.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`)) continue;
    const next = k + 2;
    return wordAt(s, next) === 'rằng' ? next + 1 : next;
  }
  return -1;
}
const REPORT_VERBS = new Set(['cho biết', 'cho hay', 'thông tin', 'thông báo']);

/**
 * "hai bên thống nhất sẽ ký kết biên bản …, trong chuyến Đoàn … tỉnh A sang thăm … B vào năm
 * 2025": the trip named as the occasion of what the sentence plans.
 */
function occasionOfPlan(s: SentenceView, cue: number): boolean {
  for (let b = cue - 1; b > Math.max(s.t0, cue - OCCASION_REACH); b--) {
    if (wordAt(s, b) !== 'chuyến' || !OCCASION_BEFORE.has(wordAt(s, b - 1))) continue;
    for (let k = b - 2; k >= s.t0; k--) if (wordAt(s, k) === 'sẽ' && isPlanWord(s, k)) return true;
    return false;
  }
  return false;
}
const OCCASION_BEFORE = new Set(['trong', 'nhân', 'dịp']);
// From "trong chuyến" to the trip's verb ("trong chuyến Đoàn Liên đoàn Lao động tỉnh A sang").
const OCCASION_REACH = 14;

/**
 * "… đã mời lãnh đạo tỉnh B sang thăm, làm việc tại tỉnh A", "gửi lời mời lãnh đạo tỉnh B sang
 * thăm …": the words at `cue` are what an invitation asks for, still to come.
 */
export function invitedTo(s: SentenceView, cue: number): boolean {
  let reach = cue - 16;
  for (let b = cue - 1; b >= Math.max(s.t0, reach); b--) {
    // ("mời đoàn … tỉnh B do ông X, Phó Tỉnh trưởng làm trưởng đoàn sang thăm": the guests'
    // leader and titles, commas and all, stand between the invitation and its trip.)
    const by = ledFrom(s, b);
    if (by >= 0) {
      reach -= b - by;
      b = by;
      continue;
    }
    // (One invitation to a series of verbs.)
    if (commaBefore(s, b + 1) && !listComma(s, b + 1) && !SERIES_VERBS.has(wordAt(s, b)))
      return false;
    if (wordAt(s, b) !== 'mời') continue;
    // "Lãnh đạo tỉnh A nhận lời mời (và sẽ) sang thăm B": an invitation accepted, the trip to come;
    // not "… nhận lời mời của tỉnh B đã sang thăm", nor "Nhận lời mời …, đoàn … sang" (the comma).
    // (Nor "Ngày 10/5, đoàn … nhận lời mời … sang thăm B": a day given, the trip reported; a day
    // to come, "Ngày 10/5 tới, …", is read by nextTimeOpening.)
    if (wordsAt(s, b - 2, ['nhận', 'lời'])) return !wordIn(s, b + 1, cue, DONE) && !datedOpening(s);
    return wordAt(s, b - 1) !== 'lời' || INVITING.has(wordAt(s, b - 2));
  }
  return false;
}

/** The sentence opens on its day or a recent time ("Chiều 10/5, …", "Vừa qua, …"). */
function datedOpening(s: SentenceView): boolean {
  const t0 = pastLeadTag(s);
  const end = afterTimeSpan(s, afterTimeOpening(s, t0));
  // ("Ngày 10/5 tới, …", "Sáng mai, …": a day to come.)
  for (let k = t0; k < end; k++) if (TIME_TO_COME.has(wordAt(s, k))) return false;
  return end > t0;
}
const TIME_TO_COME = new Set(['tới', 'sắp', 'mai']);

/** "do ‹leader and titles› dẫn đầu / làm trưởng đoàn" ending at token b: the token of "do", or -1. */
function ledFrom(s: SentenceView, b: number): number {
  if (!wordsAt(s, b - 1, ['dẫn', 'đầu']) && !wordsAt(s, b - 1, ['trưởng', 'đoàn'])) return -1;
  for (let k = b - 2; k >= Math.max(s.t0, b - LEADER_WORDS); k--)
    if (wordAt(s, k) === 'do') return k;
  return -1;
}
// A leader's name and titles ("đồng chí X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng").
const LEADER_WORDS = 40;

/**
 * A plan, denial or mere possibility ("sẽ", "dự kiến", "chưa"; "du khách có thể kết hợp đến thăm
 * B") within five tokens before k.
 */
export function futureJustBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - 5); b--) {
    if (FUTURE.has(wordAt(s, b)) && isPlanWord(s, b)) return true;
    if (WANT.has(wordAt(s, b)) && wantedTrip(s, b, k)) return true;
    if (calledOff(s, b)) return true;
    if (wordAt(s, b) === 'thể' && ['có', 'không'].includes(wordAt(s, b - 1))) return true;
  }
  return passivePlanned(s, k);
}

/**
 * "Đoàn … sẽ được đồng chí X, Bí thư Tỉnh ủy tỉnh B, tiếp": the plan stands before "được", the
 * reception at k after its agent and the agent's titles.
 */
function passivePlanned(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b > Math.max(s.t0, k - PASSIVE_AGENT_WORDS); b--) {
    if (semicolonBefore(s, b + 1)) return false;
    // (The agent's titles after commas are capitalised; a clause of its own is not: "Các dự án sẽ
    // được triển khai, đồng chí X, Bí thư Tỉnh ủy B tiếp đoàn …".)
    if (b + 1 < k && commaBefore(s, b + 1) && !isCapitalised(s.tt.text, s.tt.tokens[b + 1]!))
      return false;
    if (wordAt(s, b) !== 'được') continue;
    const w = wordAt(s, b - 1);
    return (w === 'sẽ' || w === 'sắp') && RECEIVING.has(wordAt(s, k));
  }
  return false;
}
// "được đồng chí X, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương …, tiếp kiến".
const PASSIVE_AGENT_WORDS = 30;
const RECEIVING = new Set(['tiếp', 'đón', 'hội', 'gặp']);

/**
 * "đã hoãn chuyến thăm …", "quyết định hủy chuyến công tác …", "tạm hoãn chuyến sang B": a trip
 * put off or called off, not made.
 */
function calledOff(s: SentenceView, b: number): boolean {
  const w = wordAt(s, b);
  return (w === 'hoãn' || w === 'hủy' || w === 'huỷ') && wordAt(s, b + 1) === 'chuyến';
}

/**
 * "Phó Thủ tướng sẽ đặt vòng hoa, dâng hương tại …; thăm Đơn vị 125 …": a cue opening a clause
 * with no subject of its own, right after a semicolon, is one more item of the plan before it
 * (back through such clauses to the one with a subject).
 */
function plannedSeries(s: SentenceView, cue: number): boolean {
  // ("…; đồng thời hỗ trợ doanh nghiệp khảo sát … tại B": "đồng thời" carries the plan on.)
  let open = cue;
  while (open > s.t0 && !semicolonBefore(s, open)) open--;
  // ("…; Và chào xã giao lãnh đạo …": the plan's next item, joined on.)
  const carried =
    open < cue &&
    (wordsAt(s, open, ['đồng', 'thời']) || (wordAt(s, open) === 'và' && open + 1 === cue)) &&
    !s.mentions.some((m) => m.firstToken >= open && m.firstToken < cue);
  if (!semicolonBefore(s, open) || (open !== cue && !carried)) return false;
  for (let b = open - 1; b >= s.t0; b--) {
    if (PLAN.has(wordAt(s, b)) && isPlanWord(s, b)) return true;
    if (semicolonBefore(s, b) && isCapitalised(s.tt.text, s.tt.tokens[b]!)) return false;
  }
  return false;
}

/**
 * "lãnh đạo hai tỉnh đều tổ chức thăm, tặng quà, chúc Tết lẫn nhau": visits both ways, in general,
 * not one trip (up to the clause's end, through a series of verbs).
 */
function reciprocal(s: SentenceView, cue: number): boolean {
  for (let k = cue + 1; k < Math.min(s.t1, cue + 12); k++) {
    if (semicolonBefore(s, k)) return false;
    if (wordAt(s, k) === 'nhau' && (wordAt(s, k - 1) === 'lẫn' || wordAt(s, k - 1) === 'qua'))
      return true;
  }
  return false;
}

// Two-word markers of a habit ("hằng năm hai tỉnh trao đổi đoàn"), a wish or proposal ("đề nghị
// tỉnh B cử đoàn sang"), or an agreement about the future ("hai bên thống nhất tổ chức đoàn …").
const WISH_OR_HABIT = new Set([
  'hằng năm',
  'hàng năm',
  'mỗi năm',
  'thường xuyên',
  'định kỳ',
  'luân phiên',
  'đề nghị',
  'mong muốn',
  'đề xuất',
  // "… đã tham mưu cho Tổ công tác … làm việc với …": advice given, the trip it proposes another's
  // (the verb's last word and "cho": not "công tác tham mưu", "Bộ Tổng Tham mưu").
  'mưu cho',
  'hy vọng',
  'hi vọng',
  'sẵn sàng',
  'thống nhất',
  'nhất trí',
  'kêu gọi',
  // "tạo điều kiện để các doanh nghiệp khảo sát …": making trips possible, not making one.
  'điều kiện',
  // "Các anh nhớ quay lại, lần sau đưa cả con cháu sang": a trip of another time.
  'lần sau',
  // "tỉnh A duy trì quan hệ hợp tác với B, … tham gia các hoạt động xã hội tại B": ties kept up.
  'duy trì',
  // "năm nay đến lượt Công an tỉnh A sang làm việc tại B": whose turn it is, not a trip made.
  'đến lượt',
]);

/** A plan, habit, wish or agreement anywhere in the sentence ("… tới, tỉnh sẽ cử đoàn sang A, B"). */
const FUTURE_FOLDED = new Set(
  [
    'se',
    'sap',
    'du',
    'ke',
    'toi',
    'noi',
    'trao',
    'chuan',
    ...[...WISH_OR_HABIT].map((p) => p.split(' ')[0]!),
  ].map(foldWord),
);
const FUTURE_WORDS = new FoldedWords(FUTURE_FOLDED);

export function speaksOfFuture(s: SentenceView): boolean {
  return futureIndex(s) >= 0;
}

/**
 * A plan, wish or habit before the end of token k's semicolon clause: "Hằng năm, …; ngược lại,
 * ba tỉnh bạn sang …" is a habit, but "Năm 2024, lãnh đạo 3 tỉnh bạn đã sang B dự hội đàm; hội
 * đàm năm 2026 sẽ được tổ chức tại C" tells the trip as done.
 */
export function futureInClause(s: SentenceView, k: number): boolean {
  let b = k + 1;
  while (b < s.t1 && !semicolonBefore(s, b)) b++;
  const f = futureIndex(s);
  return f >= 0 && f < b;
}

/** "sẽ", "sắp", "dự kiến", "chuẩn bị" among tokens [a, b): a plain word of the future. */
export function futureWordIn(s: SentenceView, a: number, b: number): boolean {
  for (let j = Math.max(a, s.t0); j < Math.min(b, s.t1); j++) {
    const w = wordAt(s, j);
    if (w === 'sẽ' || w === 'sắp') return true;
    const next = j + 1 < b ? wordAt(s, j + 1) : '';
    if ((w === 'dự' && next === 'kiến') || (w === 'chuẩn' && next === 'bị')) return true;
  }
  return false;
}

/** Where the first word of a plan, wish or habit stands in the sentence, or -1. */
/** "đăng cai", "chủ trì" or "chủ nhà" from token k to the end of its clause. */
function hostsTurn(s: SentenceView, k: number): boolean {
  for (let j = k; j < s.t1 && !commaBefore(s, j) && !semicolonBefore(s, j); j++)
    if (HOSTING.some((w) => wordsAt(s, j, w))) return true;
  return false;
}
const HOSTING = [
  ['đăng', 'cai'],
  ['chủ', 'trì'],
  ['chủ', 'nhà'],
];

export function futureIndex(s: SentenceView): number {
  for (let k = s.t0; k < s.t1; k++) {
    if (!FUTURE_WORDS.at(s, k)) continue;
    const w = wordAt(s, k);
    if (w === 'sẽ' && s.programme) continue;
    // ("Hội nghị diễn ra từ ngày 10/7 và dự kiến kết thúc ngày 15/7 tại B": under way.)
    if (plansOnlyTheClose(s, k)) continue;
    if (w === 'sẽ' || w === 'sắp') return k;
    const pair = `${w} ${wordAt(s, k + 1)}`;
    if (pair === 'định kỳ' && namedRound(s, k + 2)) continue;
    // ("Thực hiện cơ chế hợp tác định kỳ giữa hai nước, ngày 10/01/2019, Hội nghị … đã được tổ
    // chức tại B": the mechanism a meeting held carries out.)
    if (pair === 'định kỳ' && [2, 3, 4].some((d) => wordsAt(s, k - d, ['cơ', 'chế']))) continue;
    // "Lời kêu gọi trên được … đưa ra khi chủ trì cuộc họp …": a call already made, named.
    if (wordAt(s, k - 1) === 'lời') continue;
    // ("cơ chế hội đàm được duy trì giữa …; hội nghị năm 2024 được tổ chức tại B": ties kept up,
    // then one meeting told in a clause of its own.)
    if (pair === 'duy trì' && semicolonIn(s, k, s.t1 - 1)) continue;
    // "Đó là nội dung được thống nhất tại cuộc làm việc …", "các nội dung đã được hai bên thống
    // nhất và ký kết tại hội nghị lần thứ 28": what a meeting agreed, named.
    if (AGREED.has(pair) && agreedAt(s, k)) continue;
    // ("… đã nhất trí ký văn bản thỏa thuận … tại cuộc hội đàm …": agreed, and signed there.)
    if (AGREED.has(pair) && wordAt(s, k - 1) === 'đã' && wordAt(s, k + 2) === 'ký') continue;
    // ("Trường THCS Thống Nhất", "Hội trường Thống Nhất": a name, agreeing nothing.)
    if (AGREED.has(pair) && k > s.t0 && isCapitalised(s.tt.text, s.tt.tokens[k]!)) continue;
    // ("… đã diễn ra Hội đàm … nhằm thống nhất các hoạt động", "… tổ chức hội nghị tại B để nhìn
    // lại kết quả … và thống nhất định hướng …": what the meeting held was for. Not "đã họp để
    // thống nhất các nội dung phục vụ tổ chức Chương trình …", the plans of an event to come.)
    if (
      AGREED.has(pair) &&
      (wordAt(s, k - 1) === 'nhằm' || secondAim(s, k) || namesHeldMeeting(s, k))
    )
      continue;
    if (pair === 'kế hoạch' && planOfNoTrip(s, k + 1)) continue;
    // ("Nằm trong kế hoạch công tác tại …, sáng 10/4, Đoàn … đã có mặt …": the plan a trip
    // carried out, in a clause of its own.)
    if (pair === 'kế hoạch' && wordAt(s, k - 1) === 'trong' && commaFrom(s, k) >= 0) continue;
    // ("Thực hiện Kế hoạch của Chủ tịch UBND huyện A, … tại huyện A đã diễn ra Hội đàm …": the
    // plan a meeting carried out, in a clause of its own.)
    if (pair === 'kế hoạch' && carriedOutPlan(s, k)) continue;
    // ("Năm nay đến lượt tỉnh A đăng cai, Công an tỉnh B đã sang …": whose turn it is to host,
    // not a trip; the trip is told on its own.)
    if (pair === 'đến lượt' && hostsTurn(s, k + 2)) continue;
    if (WISH_OR_HABIT.has(pair) || pair === 'dự kiến' || pair === 'kế hoạch') return k;
    // "ký kết biên bản … với 9 nội dung gồm tiếp tục trao đổi các đoàn … sang thăm": what an
    // agreement covers; "đẩy mạnh các hoạt động trao đổi Đoàn các cấp": exchanges in general.
    if (pair === 'nội dung' && CONTENTS.has(wordAt(s, k + (wordAt(s, k + 2) === 'chính' ? 3 : 2))))
      return k;
    if (pair === 'trao đổi' && exchangedDelegations(s, k + 2)) return k;
    // "ngày 3/11 tới đây": a date still to come.
    if (pair === 'tới đây' && wordAt(s, k - 1) !== 'cho') return k;
    // ("… phối hợp với đoàn nghệ thuật từ A chuẩn bị tổ chức chương trình …": an event to come; not
    // "chuẩn bị cho chuyến thăm", a preparatory trip made.)
    if (pair === 'chuẩn bị' && wordsAt(s, k + 2, ['tổ', 'chức'])) return k;
  }
  return -1;
}

const AGREED = new Set(['thống nhất', 'nhất trí']);

/** "Thực hiện / Triển khai kế hoạch …, …" at token k ("kế"): a plan being carried out, no trip to come. */
function carriedOutPlan(s: SentenceView, k: number): boolean {
  const verb = `${wordAt(s, k - 2)} ${wordAt(s, k - 1)}`;
  return CARRYING_OUT.has(verb) && commaFrom(s, k) >= 0;
}
const CARRYING_OUT = new Set(['thực hiện', 'triển khai']);
const CONTENTS = new Set(['gồm', 'như']);
const exchangedDelegations = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'đoàn' || (wordAt(s, k) === 'các' && wordAt(s, k + 1) === 'đoàn');
const PURPOSE = new Set(['nhằm', 'để']);
const PURPOSE_REACH = 12;

/** "… để nhìn lại … và thống nhất …": the agreeing at k is the second aim of a purpose clause. */
function secondAim(s: SentenceView, k: number): boolean {
  if (alsoAim(s, k)) return true;
  if (wordAt(s, k - 1) !== 'và') return false;
  for (let b = k - 2; b >= Math.max(s.t0, k - PURPOSE_REACH); b--) {
    if (PURPOSE.has(wordAt(s, b))) return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}

/**
 * "… nhằm đánh giá kết quả …, đồng thời bàn bạc, thống nhất phương hướng …": the agreeing at k
 * is the aim "đồng thời" adds to a purpose clause before it, across its commas.
 */
function alsoAim(s: SentenceView, k: number): boolean {
  let also = -1;
  for (let b = k - 1; b >= Math.max(s.t0, k - 4); b--)
    if (wordsAt(s, b, ['đồng', 'thời'])) also = b;
  if (also < 0) return false;
  for (let b = also - 1; b >= Math.max(s.t0, also - 2 * PURPOSE_REACH); b--)
    if (PURPOSE.has(wordAt(s, b))) return true;
  return false;
}

/**
 * "Hội nghị bàn giao …, đồng thời thống nhất việc … được tổ chức ngày 25/12 tại B": what the
 * meeting the sentence opens with was for, that meeting then said to be held.
 */
function namesHeldMeeting(s: SentenceView, k: number): boolean {
  if (!wordsAt(s, s.t0, ['hội', 'nghị']) && !wordsAt(s, s.t0, ['cuộc', 'họp'])) return false;
  for (let a = k + 2; a + 1 < s.t1; a++)
    if (wordsAt(s, a, ['được', 'tổ', 'chức']) || wordsAt(s, a, ['diễn', 'ra'])) return true;
  return false;
}

/** "được (hai bên) thống nhất", "thống nhất (và ký kết) tại …": agreed at a meeting named. */
function agreedAt(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - 3); b--) if (wordAt(s, b) === 'được') return true;
  for (let a = k + 2; a < Math.min(s.t1, k + 6); a++) if (wordAt(s, a) === 'tại') return true;
  // ("… rà soát những nội dung đã thống nhất trong chuyến thăm và làm việc của Đoàn tỉnh A tại
  // tỉnh B": agreed on a trip, which took place.)
  return wordAt(s, k - 1) === 'đã' && agreedOnTrip(s, k + 2);
}

/** "trong chuyến …" at token a: the trip an agreement was reached on. */
function agreedOnTrip(s: SentenceView, a: number): boolean {
  if (wordAt(s, a) !== 'trong' || wordAt(s, a + 1) !== 'chuyến') return false;
  // (Not the trip to come: "trong chuyến thăm tới của …", "… sắp tới", "… dự kiến …".)
  for (let j = a + 2; j < Math.min(s.t1, a + 8); j++) {
    const w = wordAt(s, j);
    if (w === 'của' || w === 'tại') break;
    // ("chuyến thăm tới tỉnh B" is the trip to B; "chuyến thăm tới, …", "… tới của …" one to come.)
    const coming =
      w === 'tới' && (j + 1 >= s.t1 || commaBefore(s, j + 1) || wordAt(s, j + 1) === 'của');
    if (w === 'sắp' || w === 'sẽ' || w === 'dự' || coming) return false;
  }
  return true;
}

/**
 * "hội đàm định kỳ năm 2018", "… định kỳ lần thứ 5", "giao ban định kỳ 6 tháng đầu năm 2024": one
 * round of a regular meeting, dated.
 */
function namedRound(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) === 'lần') return true;
  for (let j = k; j < k + ROUND_PERIOD_WORDS; j++)
    if (wordAt(s, j) === 'năm' && /^\d{4}$/.test(wordAt(s, j + 1))) return true;
  return false;
}
// The words a round's period may take before its year ("6 tháng đầu năm 2024").
const ROUND_PERIOD_WORDS = 5;

// A wish or proposal governs the whole sentence after it ("Ông A đề nghị hai tỉnh tăng cường …;
// tạo điều kiện cho doanh nghiệp B khảo sát … tại C"), past its commas.
const WISH = new Set([
  'đề nghị',
  'mong muốn',
  'đề xuất',
  'hy vọng',
  'hi vọng',
  'kêu gọi',
  // "Chúng tôi rất mong … các nhà đầu tư của tỉnh A đến B": a host's wish.
  'rất mong',
  'mong rằng',
]);
const WISH_SECOND_FOLDED = new Set(
  [...WISH, ...WISH_OR_HABIT].map((p) => foldWord(p.split(' ')[1]!)),
);

// "Hằng năm, vào dịp Tết …, tỉnh A đều cử đoàn sang thăm …": a habit opening the sentence
// governs it past its commas, unless the trip is told as done ("đã", "vừa").
// ("Hội thường xuyên tổ chức kỷ niệm …; thăm hỏi … các gia đình người Campuchia": so does a habit
// right after the subject, over the list of what it does.)
const YEARLY = new Set(['hằng năm', 'hàng năm', 'mỗi năm', 'thường xuyên', 'định kỳ']);

/** A habit or agreement in the cue's clause (back to the last comma), or a wish before it. */
function wishOrHabit(s: SentenceView, cue: number): boolean {
  let clause = true;
  let done = false;
  for (let b = cue - 1; b > s.t0 - 1; b--) {
    // ("Các đoàn của tỉnh A thường xuyên sang thăm, làm việc tại B": one habit, two verbs.)
    if (commaBefore(s, b + 1) && !SERIES_VERBS.has(wordAt(s, b))) clause = false;
    const w = wordAt(s, b);
    if (DONE.has(w)) done = true;
    // The pair's second word, folded, is the cheap test before reading diacritics.
    if (b === s.t0 || !WISH_SECOND_FOLDED.has(foldedAt(s, b))) continue;
    const pair = `${wordAt(s, b - 1)} ${wordAt(s, b)}`;
    if (WISH.has(pair)) return true;
    if (clause && cue - b < 14 && WISH_OR_HABIT.has(pair) && !agreedAtTalks(s, b, cue)) return true;
    // ("…; hằng năm, lãnh đạo hai tỉnh đều trao đổi đoàn chúc Tết": the habit opens its clause.)
    if (!done && YEARLY.has(pair) && (b - 1 <= s.t0 + 3 || semicolonBefore(s, b - 1))) return true;
  }
  return false;
}

/**
 * "Hai bên thống nhất tại buổi làm việc … giữa A với đoàn B": agreed at the talks the cue names,
 * which took place (the pair's last word at b, the talks at cue).
 */
function agreedAtTalks(s: SentenceView, b: number, cue: number): boolean {
  return (
    (wordAt(s, b + 1) === 'tại' || wordAt(s, b + 1) === 'trong') &&
    (wordAt(s, b + 2) === 'buổi' || wordAt(s, b + 2) === 'cuộc') &&
    cue === b + 3
  );
}

/** "Tổng Bí thư dự kiến đến thăm tỉnh B", "sẽ sang B": a plan word between tokens a and b. */
export function planBetween(s: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (PLAN.has(wordAt(s, k)) && isPlanWord(s, k)) return true;
  return false;
}

/**
 * "kế hoạch" (b the word "hoạch") that plans no trip: a body's name ("Bộ / Sở Kế hoạch và Đầu tư"),
 * or a plan a meeting discussed.
 */
function planOfNoTrip(s: SentenceView, b: number): boolean {
  // ("Ủy ban Kế hoạch Tài chính …", "Sở Kế hoạch …": a body's name.)
  if (BODY_WORDS.has(wordAt(s, b - 2))) return true;
  if (wordAt(s, b + 1) === 'và' && wordAt(s, b + 2) === 'đầu') return true;
  return planDiscussed(s, b);
}
const BODY_WORDS = new Set(['ban', 'bộ', 'sở', 'vụ', 'cục', 'viện']);

/**
 * "Hội nghị tổng kết …, đồng thời bàn phương hướng, kế hoạch cho năm học 2022-2023, đã được tổ
 * chức tại B": a plan a meeting discussed, its year's work, not a trip still to come (b the word
 * "hoạch"; not "bàn kế hoạch đưa đoàn sang …", where the plan is of a trip).
 */
function planDiscussed(s: SentenceView, b: number): boolean {
  const next = wordAt(s, b + 1);
  if (!PLAN_OF_WORK.has(next) && !commaBefore(s, b + 1) && b + 1 < s.t1) return false;
  // The verb within a few words, across a list ("bàn phương hướng, nhiệm vụ và kế hoạch").
  for (let k = b - 2; k >= Math.max(s.t0, b - 6); k--) {
    const w = wordAt(s, k);
    if (DISCUSSING.has(w) || DISCUSSING.has(`${wordAt(s, k - 1)} ${w}`)) return true;
    if (k + 1 < b - 1 && commaBefore(s, k + 1)) return false;
  }
  return false;
}
const DISCUSSING = new Set(['bàn', 'thảo luận', 'trao đổi', 'thông qua', 'góp ý']);
// What the plan is for: a year, a stage, the work ("kế hoạch cho năm 2024", "kế hoạch công tác").
const PLAN_OF_WORK = new Set(['cho', 'năm', 'giai', 'công', 'hợp', 'phối', 'hoạt', 'thời']);

/** "kiến" plans only in "dự kiến" ("hội kiến" is a meeting), "hoạch" only in "kế hoạch". */
function isPlanWord(s: SentenceView, b: number): boolean {
  const w = wordAt(s, b);
  if (w === 'sẽ' && s.programme) return false;
  if (w === 'kiến') return wordAt(s, b - 1) === 'dự';
  if (w === 'hoạch') return wordAt(s, b - 1) === 'kế' && !planOfNoTrip(s, b);
  if (w === 'bị') return wordAt(s, b - 1) === 'chuẩn';
  if (w === 'không') return !NOT_DENIAL.has(wordAt(s, b + 1));
  return true;
}
// "không khí" (mood), "không gian", "Không quân", "không phận": nouns, no denial ("Trong không khí
// vui tươi đón năm mới, …"). "không chỉ / không những … mà còn", "không quản ngại", "không ngừng":
// what was done, and more ("Đoàn không chỉ đến thăm tỉnh B mà còn …").
const NOT_DENIAL = new Set([
  'khí',
  'gian',
  'quân',
  'phận',
  'chỉ',
  'những',
  'quản',
  'ngại',
  'ngừng',
]);

export { commaBefore } from './sentence-view.ts';

/**
 * Where the actor phrase starts: after a leading "Nhận lời mời của …," / "Theo lời mời …," clause,
 * and after a host's welcome ("B nhiệt liệt chào mừng Tổng Bí thư sang thăm": the guest travels).
 */
export function afterInvitation(s: SentenceView, from: number, cue: number): number {
  let at = helpersEnd(s, from, cue);
  for (let k = from; k < cue - 1; k++) {
    const pair = `${wordAt(s, k)} ${wordAt(s, k + 1)}`;
    if (pair === 'chào mừng' || pair === 'hoan nghênh') at = k + 2;
    // "… cảm ơn sự quan tâm của Đảng, Nhà nước Lào …; đồng thời thông báo kết quả chuyến thăm":
    // the thanked host's phrase runs to the end of its semicolon clause.
    if (pair === 'cảm ơn') {
      at = k + 2;
      for (let j = k + 2; j < cue; j++)
        if (semicolonBefore(s, j)) {
          at = j;
          break;
        }
    }
  }
  for (let k = from; k < cue; k++) {
    // "… nhắc lại rằng, dịp Tết vừa qua, lãnh đạo tỉnh A đã sang thăm …": the speaker reports
    // another's trip; its traveller is named after the reporting verb.
    const reports = REPORTING.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`);
    if (wordAt(s, k) !== 'mời' && !reports) continue;
    // "Nhận lời mời của đồng chí X, Ủy viên …, Bí thư Thành ủy … thành phố A, đồng chí Y …": the
    // inviter's titles hold commas and end with the inviter's place; the guest follows that.
    let inviter = reports ? undefined : s.mentions.find((m) => m.firstToken > k);
    let from = inviter && inviter.lastToken < cue ? inviter.lastToken + 1 : k + 1;
    // ("Nhận lời mời của Ngài X, Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Vương quốc Campuchia, Phó Thủ
    // tướng … Việt Nam Y …": titles that name no place end on the inviter's country.)
    // ("Nhận lời mời của Tổng Bí thư … Đảng Nhân dân Cách mạng Lào, Chủ tịch nước CHDCND Lào X,
    // Chủ tịch nước Y …": on the last naming of that country, where the titles run on.)
    if (!reports && from === k + 1) {
      let inviting: CountryCode | null = null;
      for (let j = k + 1; j < cue; j++) {
        const named = countryNamedAt(s, j);
        if (named === null || (inviting !== null && named !== inviting)) continue;
        const c = commaFrom(s, j);
        if (inviting === null && (c < 0 || c >= cue)) break;
        if (c < 0 || c >= cue) continue;
        inviting = named;
        from = j;
      }
    }
    for (let j = from; j < cue; j++) {
      if (!commaBefore(s, j)) continue;
      at = j;
      // "…, Tỉnh trưởng tỉnh B, kiêm Chủ tịch … tỉnh B, ông Y …": another title of the inviter.
      const again: Mention | undefined =
        wordAt(s, j) === 'kiêm' && inviter
          ? s.mentions.find((m) => m.firstToken > j && m.entry === inviter!.entry)
          : undefined;
      if (!again || again.lastToken >= cue) break;
      inviter = again;
      j = again.lastToken;
    }
  }
  return at;
}
const REPORTING = new Set(['nhắc lại', 'cho biết', 'lại rằng', 'biết rằng', 'thông tin']);

/**
 * "Được sự giúp đỡ của Đại sứ quán, Tổng lãnh sự quán … và Tổng Hội …, đoàn đã đến …", "Với sự
 * phối hợp của …, đoàn công tác …": the helpers thanked in an opening clause are no travellers;
 * the actor starts at the comma before the party that went (else `from`).
 */
function helpersEnd(s: SentenceView, from: number, cue: number): number {
  if (!HELP_OPENERS.has(wordAt(s, from)) || wordAt(s, from + 1) !== 'sự') return from;
  let k = from + 2;
  while (k < cue && HELP_WORDS.has(wordAt(s, k))) k++;
  if (k === from + 2 || wordAt(s, k) !== 'của') return from;
  for (let j = k + 1; j < cue; j++)
    if (commaBefore(s, j) && PARTY_WORDS.has(wordAt(s, j))) return j;
  return from;
}
const HELP_OPENERS = new Set(['được', 'với']);
// (Several may be listed: "Được sự hợp tác, giúp đỡ của …".)
const HELP_WORDS = new Set([
  'hợp',
  'tác',
  'giúp',
  'đỡ',
  'hỗ',
  'trợ',
  'phối',
  'tạo',
  'điều',
  'kiện',
]);
const PARTY_WORDS = new Set(['đoàn', 'lãnh', 'ông', 'bà', 'đồng', 'các']);

/** The first word of the guest after a reverse cue, past fillers like "thân mật". */
export function guestWord(s: SentenceView, cue: Cue): string {
  let g = cue.end + 1;
  while (GUEST_FILLER.has(wordAt(s, g)) && g < cue.end + 7) g++;
  return wordAt(s, oneDelegation(s, g));
}

/**
 * "gia đình đưa tôi sang Trung tâm Y tế huyện X để khám và điều trị": a patient taken to a
 * hospital, no delegation (doctors "sang … khám bệnh, cấp thuốc" come as a delegation, "đoàn").
 */
function patientTrip(s: SentenceView, k: number, f: number): boolean {
  const facility = CLINICS.some((ws) => wordsAt(s, f + 1, ws));
  if (!facility || wordIn(s, s.t0, k, 'đoàn')) return false;
  for (let j = f + 2; j < Math.min(s.t1, f + 14); j++)
    if (wordsAt(s, j, ['để', 'khám']) || wordsAt(s, j, ['điều', 'trị'])) return true;
  return false;
}

/**
 * "Khách nước ngoài thường vào Lào sau khi đã thăm chiến trường … ở tỉnh B", "… cho biết nhiều
 * người kết hợp chuyến tham quan A với chuyến đi tới B": tourists at large travel, from no place
 * (no "đoàn" in the sentence before the cue).
 */
function touristsGo(s: SentenceView, k: number): boolean {
  if (wordIn(s, s.t0, k, 'đoàn')) return false;
  // ("Trong đó, 12 người làm việc tại khu casino ở tỉnh B": people counted, at work there.)
  const counted = wordAt(s, k - 2);
  if (wordAt(s, k - 1) === 'người' && (/^\d+$/.test(counted) || countOf(counted) > 0)) return true;
  for (let b = k - 1; b >= Math.max(s.t0, k - TOURISTS_REACH); b--)
    if (TOURISTS.some((ws) => wordsAt(s, b, ws))) return true;
  return false;
}

const TOURISTS_REACH = 20;
const TOURISTS: readonly string[][] = [
  ['du', 'khách'],
  ['khách', 'du', 'lịch'],
  ['khách', 'nước', 'ngoài'],
  ['khách', 'quốc', 'tế'],
  ['nhiều', 'người'],
];

const CLINICS: readonly string[][] = [
  ['bệnh', 'viện'],
  ['trung', 'tâm', 'y', 'tế'],
  ['trạm', 'y', 'tế'],
  ['phòng', 'khám'],
];

// What runs "từ A đến B" without travelling: lines, roads, pipes, measured in kilometres; a
// grid's line in kilovolts ("lưới điện 22 kV từ huyện A đến huyện B").
// ("Mạng lưới thanh niên … từ tỉnh A đã sang tỉnh B": a network of people, no grid; "lưới" only
// before "điện".)
const COURSES = new Set(['km', 'dây', 'ống', 'tuyến', 'lộ', 'tốc', 'cáp', 'kv']);
// Last words of a road's name ("tuyến đường", "quốc lộ", "cao tốc"; "quốc lộ 13" has its number).
const ROAD_ENDS = new Set(['tuyến', 'lộ', 'tốc']);

const CROSSED_AT = new Set(['qua', 'tại', 'từ', 'ở']);
// What a trip does to a distance ("vượt khoảng cách", "vượt qua khoảng cách").
const CROSSED = new Set(['vượt', 'qua']);

/** A road's word at token k ("lên đường / trên đường sang B" is the trip itself). */
export function roadAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return ROAD_ENDS.has(w) || (w === 'đường' && !['lên', 'trên'].includes(wordAt(s, k - 1)));
}

/** "(đường dây | quốc lộ | cao tốc) … (dài N km) từ A đến B": the motion verb at k is a course. */
function courseTo(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - 10); b--) {
    if (commaBefore(s, b + 1)) return false;
    // ("… có tuyến qua cửa khẩu A sang tỉnh B": a road by the gate it goes through.)
    // (Not a party on that road: "Đoàn … theo tuyến đường 14D qua cửa khẩu A sang B".)
    if (wordAt(s, b) === 'qua' && roadAt(s, b - 1)) return !wordIn(s, s.t0, b, 'đoàn');
    if (wordAt(s, b) !== 'từ') continue;
    for (let c = b - 1; c >= Math.max(s.t0, b - 6); c--) {
      const w = wordAt(s, c);
      // ("đường từ cửa khẩu sang Lào tắc nghẽn": the road's course.)
      if (COURSES.has(w) || /^\d+(?:[.,]\d+)?k[mv]$/.test(w) || roadAt(s, c)) return true;
      if (w === 'lưới' && wordAt(s, c + 1) === 'điện') return true;
      // ("Khoảng cách từ A đến B khoảng 300 km": a distance measured, nobody's trip; not "Vượt
      // (qua) khoảng cách xa xôi từ A sang B, đoàn đã …", the trip that crossed it.)
      if (w === 'cách' && wordAt(s, c - 1) === 'khoảng' && !CROSSED.has(wordAt(s, c - 2)))
        return true;
      // ("Tuyến thứ hai: từ A đến B": a route named, then its course after the colon.)
      if (commaBefore(s, c + 1) && !(c + 1 === b && colonBefore(s, b))) return false;
    }
    return false;
  }
  return false;
}

const ROUTE_REACH = 16;
// From "chảy" to the motion verb of the water's course ("chảy từ bản A, xã B sang …").
const FLOW_REACH = 10;

/**
 * "điểm dừng chân của du khách quốc tế trên hành trình dọc dòng Mekong, từ A ngược lên B": a
 * tourists' route, not a delegation's trip (the motion verb at k after "từ" and a place).
 */
function touristRoute(s: SentenceView, k: number): boolean {
  // "du khách muốn đi từ A tới B có thể đi xe buýt … rồi … sang B": the way a tourist may go.
  let modal = false;
  for (let b = k - 1; b > s.t0; b--) {
    if (wordsAt(s, b, ['có', 'thể']) || wordAt(s, b) === 'muốn') modal = true;
    if (modal && wordsAt(s, b - 1, ['du', 'khách'])) return true;
  }
  let from = -1;
  for (let b = k - 1; b >= Math.max(s.t0, k - 8) && from < 0; b--)
    if (wordAt(s, b) === 'từ') from = b;
  if (from < 0) return false;
  for (let b = from - 1; b >= Math.max(s.t0, from - ROUTE_REACH); b--) {
    if (wordAt(s, b) === 'khách' && (wordAt(s, b - 1) === 'du' || wordAt(s, b + 1) === 'du'))
      return true;
    if (wordAt(s, b) === 'tour') return true;
  }
  return false;
}

/**
 * "quy tập được", "cất bốc được", "(tiến hành) tìm kiếm, quy tập tại" at token k, with a team
 * ("Đội K53") as its subject: the last word of the cue, or -1.
 */
function collectedBy(s: SentenceView, k: number): number {
  const pair = `${wordAt(s, k)} ${wordAt(s, k + 1)}`;
  let end = -1;
  // ("Đội K53 tỉnh A đã tìm kiếm được 5 hài cốt tại B": found there, as "quy tập được".)
  if (COLLECTED.has(pair) && wordAt(s, k + 2) === 'được') end = k + 2;
  // ("Đội K53 tỉnh A tiến hành tìm kiếm, quy tập tại 2 tỉnh B1 và B2": where it searched.)
  // ("Đội quy tập … tìm kiếm, cất bốc tại B": the same, in other words.)
  else if (pair === 'tìm kiếm' || pair === 'quy tập' || pair === 'cất bốc') {
    const more = wordsAt(s, k + 2, pair === 'tìm kiếm' ? ['quy', 'tập'] : ['tìm', 'kiếm']);
    const at = more ? k + 4 : k + 2;
    if (wordAt(s, at) === 'tại' || wordAt(s, at) === 'ở' || searchArea(s, k, at).length > 0)
      end = at - 1;
  }
  if (end < 0) return -1;
  // ("17 hài cốt … được Đội quy tập 589 tìm kiếm, cất bốc tại tỉnh B … đã về yên nghỉ": the
  // remains are the subject; where they were found, not a trip the sentence tells. But "Các hài
  // cốt do Đội K73 (Bộ CHQS tỉnh A) tìm kiếm, cất bốc … trên địa bàn các tỉnh B1, B2": a team
  // named with its province, credited with the search it made there.)
  const team = teamBefore(s, k, TEAM_REACH);
  if (team < 0) return -1;
  const passive = PASSIVE_AGENT.has(wordAt(s, team - 1));
  return !passive || s.mentions.some((m) => m.firstToken > team && m.lastToken < k) ? end : -1;
}
const PASSIVE_AGENT = new Set(['được', 'do']);

// "phát", "tìm" folded: the first words of "phát hiện", "tìm thấy", a token's bit tested before
// its words.
const FOUND = new FoldedWords(new Set(['phat', 'tim']));
// ("Đội K53 đã tìm thấy, cất bốc 2 hài cốt … tại B": found, as "phát hiện" says.)
const FOUND_VERBS: readonly string[][] = [
  ['phát', 'hiện'],
  ['tìm', 'thấy'],
];
// How many words ("thêm", a count, "bộ") may stand between "phát hiện" and "hài cốt".
const REMAINS_REACH = 5;

/**
 * "Đội K53 đã phát hiện 3 hài cốt liệt sỹ trên địa bàn … tỉnh B", "… phát hiện, quy tập 4 hài cốt
 * …": a team that found remains was where it found them, as one that collected them (see
 * collectedBy). The team's token (the cue is "phát hiện", k and k + 1), or -1.
 */
function remainsFinder(s: SentenceView, k: number): number {
  if (!FOUND.at(s, k) || !FOUND_VERBS.some((v) => wordsAt(s, k, v))) return -1;
  let remains = false;
  for (let j = k + 2; j < Math.min(s.t1, k + 2 + REMAINS_REACH) && !remains; j++)
    remains = wordAt(s, j) === 'hài' && wordAt(s, j + 1) === 'cốt';
  if (!remains) return -1;
  const team = teamBefore(s, k, TEAM_REACH);
  return team >= 0 && !PASSIVE_AGENT.has(wordAt(s, team - 1)) ? team : -1;
}

/** "thành lập (với nhiệm vụ)" between a team's name and what it collects. */
function foundedFor(s: SentenceView, team: number, k: number): boolean {
  for (let b = Math.max(team, s.t0) + 1; b < k; b++)
    if (wordsAt(s, b, ['thành', 'lập'])) return true;
  return false;
}

/** "sẽ" between a team's name and what it collects. */
function teamPlans(s: SentenceView, team: number, k: number): boolean {
  for (let b = team + 1; b < k; b++) if (wordAt(s, b) === 'sẽ' && isPlanWord(s, b)) return true;
  return false;
}
const COLLECTED = new Set(['quy tập', 'cất bốc', 'tìm kiếm']);
const TEAM_WORDS = new Set(['đội', 'đoàn', 'ban']);

/**
 * "Đoàn quy tập … tỉnh A tìm kiếm, cất bốc ở những vùng sâu … của hai tỉnh B1, B2", "Đội 584 (Bộ
 * CHQS tỉnh A) đã quy tập 15 hài cốt … tại tỉnh B": the places of another country than the team's
 * own (the last place named before the verbs at k) that the sentence names after token `from`,
 * up to a semicolon.
 */
export function searchArea(s: SentenceView, k: number, from: number): Mention[] {
  // ("Đội quy tập …", "hai Đội tìm kiếm, quy tập …": the team's name; "… cất bốc và quy tập của
  // Đội 192": its work, named.)
  if (TEAM_WORDS.has(wordAt(s, k - 1)) || TEAM_WORDS.has(wordAt(s, k - 3))) return [];
  if (wordAt(s, from) === 'của' || wordAt(s, from) === 'và') return [];
  const team = teamBefore(s, k, TEAM_REACH);
  let home: Mention | undefined;
  for (const m of s.mentions) if (m.firstToken > team && m.lastToken < k) home = m;
  if (team < 0 || !home) return [];
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (m.firstToken < from || m.entry.country === home.entry.country) continue;
    if (semicolonIn(s, from, m.firstToken)) break;
    out.push(m);
  }
  return out;
}

/**
 * "trực tuyến", "điểm cầu": a meeting held online, which nobody travelled to (not a link the
 * meeting agreed to build: "đã nhất trí lập một cầu truyền hình trực tuyến nối văn phòng …").
 */
export function heldOnline(s: SentenceView): boolean {
  if (hasWords(s, 'điểm', 'cầu')) return true;
  if (!hasWords(s, 'trực', 'tuyến')) return false;
  // ("… tham dự trực tiếp (A1, A2) và … tham dự trực tuyến (B1, B2)": held in the room as well.)
  if (attendedInPerson(s)) return false;
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (wordAt(s, k) !== 'trực' || wordAt(s, k + 1) !== 'tuyến') continue;
    let built = false;
    // ("Lễ kỷ niệm ngày thành lập … theo hình thức trực tuyến": a founding, nothing built.)
    for (let j = k - 1; j >= Math.max(s.t0, k - BUILT_REACH) && !built; j--)
      built = BUILDS.has(wordAt(s, j)) && wordAt(s, j - 1) !== 'thành';
    if (!built) return true;
  }
  return false;
}
// Verbs that make an online link the thing set up, a few words before "trực tuyến".
const BUILDS = new Set(['lập', 'khánh', 'xây', 'nâng']);
const BUILT_REACH = 8;

/** "đến (ngay) lễ …", "tới buổi …": a motion verb at token k whose goal is an event. */
function eventNext(s: SentenceView, k: number): boolean {
  const e = wordAt(s, k + 1) === 'ngay' ? k + 2 : k + 1;
  // ("đã đến dâng hương và đặt vòng hoa tại Tượng đài … tại tỉnh B": a tribute paid there.)
  // ("đến viếng nguyên Chủ tịch nước … tại B": condolences paid where the mourning is held.)
  const tribute =
    wordsAt(s, e, ['dâng', 'hương']) || wordsAt(s, e, ['đặt', 'vòng']) || wordAt(s, e) === 'viếng';
  return wordAt(s, e) === 'lễ' || wordAt(s, e) === 'buổi' || tribute;
}

/**
 * "Thủ tướng Thoong-xỉn Thăm-ma-vông": a syllable glued by a hyphen is part of a transliterated
 * name, never the verb it is spelt like.
 */
function hyphenated(s: SentenceView, k: number): boolean {
  const { text, tokens } = s.tt;
  const t = tokens[k]!;
  return text[t.start - 1] === '-' || text[t.end] === '-';
}

/**
 * The cue of a team that found or collected remains at token k (its words end at `end`), told
 * where it worked; null for a team's plan.
 */
function teamCue(
  s: SentenceView,
  k: number,
  end: number,
  area: boolean,
  // (The team is the subject: "Kể từ khi Hiệp định giữa Chính phủ A và Chính phủ B … đi vào thực
  // hiện, hai Đội K92 và K93 đã … quy tập được …" names no traveller before it.)
  subject = teamBefore(s, k, TEAM_REACH),
): Cue | null {
  // ("Đội K72 sẽ cử 42 cán bộ, chiến sĩ sang làm nhiệm vụ tìm kiếm tại B": the team's plan.)
  if (isPlanned(s, k) || teamPlans(s, subject, k)) return null;
  // ("Đội quy tập … được thành lập với nhiệm vụ tìm kiếm, quy tập … trên địa bàn 3 tỉnh …": the
  // team's standing mandate since it was founded, no trip told.)
  if (foundedFor(s, subject, k)) return null;
  return {
    kind: 'forward',
    start: k,
    end,
    locatedOnly: true,
    subject,
    ...(area && { area: true as const }),
  };
}

// The words each of findCues' openers needs at its token (tributeAt, fieldTripAt, remainsFinder,
// captionPairAt, then CUE_WORDS): a token in none of the sets opens no cue, and the loop skips it on
// one test.
const CUE_OPENERS =
  TRIBUTE_START.bit | FIELD.bit | CARRIED.bit | FOUND.bit | PAIR_JOIN.bit | CUE_WORDS.bit;

export function findCues(s: SentenceView): Cue[] {
  const cues: Cue[] = [];
  // The last token of a reception that is planned or denied ("sẽ tiếp", "chưa thể đón"), or -1.
  let plannedHost = -1;
  for (let k = s.t0; k < s.t1; k++) {
    if (!inAnyAt(s, k, CUE_OPENERS)) continue;
    // ("Đoàn … tỉnh A dâng hương, đặt vòng hoa tại Đài tưởng niệm … ở tỉnh B": paid there.)
    const tribute = tributeAt(s, k);
    if (tribute >= 0) {
      if (!isPlanned(s, k))
        cues.push({ kind: 'forward', start: k, end: tribute, locatedOnly: true });
      k = tribute;
      continue;
    }
    // ("Đoàn … tỉnh A đi thực tế tại …, tỉnh B": studied there.)
    const field = fieldTripAt(s, k);
    if (field) {
      if (!isPlanned(s, field.start))
        cues.push({ kind: 'forward', start: field.start, end: field.end, locatedOnly: true });
      k = field.end;
      continue;
    }
    // ("Đoàn thanh niên tình nguyện A thực hiện chiến dịch … tại tỉnh B": worked there.)
    const work = volunteerWorkAt(s, k);
    if (work) {
      if (!isPlanned(s, k))
        cues.push({ kind: 'forward', start: work.start, end: work.end, locatedOnly: true });
      k = work.end;
      continue;
    }
    const finder = remainsFinder(s, k);
    if (finder >= 0) {
      const cue = teamCue(s, k, k + 1, true, finder);
      if (cue) cues.push(cue);
      k++;
      continue;
    }
    // ("Lãnh đạo tỉnh A và Đoàn đại biểu tỉnh B tại buổi làm việc": a caption's hosts and guests.)
    const pair = mayPairCaption(s, k) ? captionPairAt(s, k) : null;
    if (pair !== null) {
      if (!isPlanned(s, k)) cues.push({ kind: pair, start: k, end: k });
      continue;
    }
    if (!CUE_WORDS.at(s, k) || hyphenated(s, k) || settlementName(s, k)) continue;
    // ("Chuyến tình nguyện hè … của CLB … tỉnh A tại tỉnh B": the trip's noun, where it was after
    // "tại"; no other cue opens on "chuyến", "chuyển" or "chuyên".)
    if (foldedAt(s, k) === 'chuyen') {
      const errand = volunteerTripAt(s, k);
      if (errand < 0) continue;
      // ("Chuyến tình nguyện … tại tỉnh B sẽ diễn ra / dự kiến kéo dài …": the noun's own verb,
      // after it in its clause, may tell a plan.)
      const comma = commaFrom(s, errand + 1);
      if (!isPlanned(s, k) && !futureWordIn(s, errand + 1, comma < 0 ? s.t1 : comma))
        cues.push({ kind: 'forward', start: k + 1, end: errand, locatedOnly: true });
      k = errand;
      continue;
    }
    // Surveying ("khảo sát thực tế tại") is a visit where the place is introduced by "tại / ở".
    if (wordAt(s, k) === 'khảo' && wordAt(s, k + 1) === 'sát' && !isPlanned(s, k)) {
      cues.push({ kind: 'forward', start: k, end: k + 1, locatedOnly: true });
      k++;
      continue;
    }
    // "Đội K53 … đã quy tập được 9 hài cốt: 1 hài cốt tìm thấy tại tỉnh B1, …": the team that
    // collected remains abroad was where it found them.
    const collected = collectedBy(s, k);
    if (collected >= 0) {
      const cue = teamCue(s, k, collected, wordAt(s, collected) !== 'được');
      if (cue) cues.push(cue);
      k = collected;
      continue;
    }
    // Troops that march in a parade at a place ("diễu hành tại", "diễu binh ở") or through it
    // ("diễu binh, diễu hành qua Quảng trường Ba Đình (Hà Nội)") are there.
    if (wordAt(s, k) === 'diễu' && ['hành', 'binh'].includes(wordAt(s, k + 1))) {
      const at = wordAt(s, k + 2);
      if ((LOCATIVE.has(at) || at === 'qua') && !isPlanned(s, k))
        cues.push({ kind: 'forward', start: k, end: k + 1, locatedOnly: true });
      k++;
      continue;
    }
    // A team that plays at a place ("thi đấu tại", "thi đấu giao hữu ở") is there.
    if (wordsAt(s, k, ['thi', 'đấu'])) {
      const at = wordsAt(s, k + 2, ['giao', 'hữu']) ? k + 4 : k + 2;
      if (LOCATIVE.has(wordAt(s, at)) && !isPlanned(s, k))
        cues.push({ kind: 'forward', start: k, end: at - 1, locatedOnly: true });
      k++;
      continue;
    }
    // A troupe that performs at a place ("biểu diễn tại", "có đêm diễn tại", "lưu diễn tại") is
    // there.
    if (wordAt(s, k + 1) === 'diễn' && ['biểu', 'đêm', 'lưu'].includes(wordAt(s, k))) {
      // ("có những đêm diễn thành công tại tỉnh B", "có đêm diễn đặc sắc tại …": a word of praise
      // between.)
      const praised = PRAISE.some((ws) => wordsAt(s, k + 2, ws)) ? 2 : 0;
      const audience = audienceAfter(s, k + 2);
      if (LOCATIVE.has(wordAt(s, k + 2 + praised)) && !isPlanned(s, k))
        cues.push({ kind: 'forward', start: k, end: k + 1, locatedOnly: true });
      else if (audience >= 0 && !isPlanned(s, k))
        cues.push({ kind: 'forward', start: k, end: audience, motion: true });
      k++;
      continue;
    }
    // "đã đến ngay lễ khởi công … tại huyện X, tỉnh B": came to an event held at a place.
    if ((wordAt(s, k) === 'đến' || wordAt(s, k) === 'tới') && eventNext(s, k)) {
      if (!isPlanned(s, k)) cues.push({ kind: 'forward', start: k, end: k, locatedOnly: true });
      continue;
    }
    if (wordAt(s, k) === 'dự') {
      // ("… dự hội nghị tại 16 điểm cầu ở thủ đô B": online, from where they were.)
      // ("tham dự và đóng góp vào thành công của Hội nghị … tại B": the event after a second act.)
      const attends = EVENT_WORDS.has(wordAt(s, k + 1)) || attendsAndActs(s, k);
      if (attends && !isPlanned(s, k) && !heldOnline(s))
        cues.push({ kind: 'forward', start: k, end: k, locatedOnly: true });
      continue;
    }
    const guests = delegationMetHosts(s, k);
    if (guests >= 0) {
      if (!isPlanned(s, k) && !talksToCome(s, k))
        cues.push({ kind: 'forward', start: guests, end: guests });
      k = guests;
      continue;
    }
    const gift = keepsakeForDelegation(s, k);
    if (gift >= 0) {
      if (!isPlanned(s, k)) cues.push({ kind: 'reverse', start: k, end: gift });
      k = gift;
      continue;
    }
    const met = metDelegation(s, k);
    if (met !== null) {
      if (!isPlanned(s, k) && !talksToCome(s, k))
        cues.push({ kind: 'reverse', start: met.host, end: met.with, talks: true });
      k = met.with;
      continue;
    }
    const talks = talksWithLeader(s, k);
    if (talks !== null) {
      // (An audience with a state's leader is a call in that state, wherever the article was.)
      const abroad = calledOnLeader(s, k) ? {} : { abroad: true as const };
      if (!isPlanned(s, k)) cues.push({ kind: 'forward', start: k, end: talks, ...abroad });
      k = talks;
      continue;
    }
    const f = forwardCueAt(s, k);
    if (f !== null) {
      // An errand ("sang xúc tiến … với tỉnh B") names its place further on, not right after.
      const motion = MOTION.has(wordAt(s, k)) && !ERRANDS.has(wordAt(s, k + 1));
      // "Cùng sang thăm có đoàn tỉnh B": the traveller comes after the verb; frames.ts reads it.
      const travellerAfter = wordAt(s, f + 1) === 'có';
      // ("Rời sân bay A, … đã đến ngay lễ … tại B": the goal is the event's place.)
      const toEvent = f > k && eventNext(s, f);
      // ("B chưa thể tiếp đoàn … tỉnh A sang chúc mừng …": the guests' trip is the reception's.)
      const guestOfPlan = plannedHost >= 0 && delegationStart(s, k) === plannedHost + 1;
      if (!isPlanned(s, k) && !travellerAfter && !patientTrip(s, k, f) && !guestOfPlan)
        cues.push({
          kind: 'forward',
          start: k,
          end: f,
          motion: motion && !toEvent,
          ...(toEvent && { locatedOnly: true }),
        });
      k = f;
      continue;
    }
    // "… đã tổ chức tại Hà Nội lớp tập huấn cho Đoàn cán bộ Mặt trận Lào …": a course held for a
    // delegation, which came to it (read as a reception, the course's words the cue).
    const course = courseFor(s, k);
    if (course >= 0) {
      if (!isPlanned(s, k)) cues.push({ kind: 'reverse', start: k, end: course });
      k = course;
      continue;
    }
    const r = reverseCueAt(s, k);
    if (r !== null) {
      if (!isPlanned(s, k)) cues.push({ kind: 'reverse', start: k, end: r });
      else plannedHost = r;
      k = r;
    }
  }
  return cues.some((c) => c.kind === 'forward')
    ? cues.filter((c) => c.kind !== 'forward' || !touristsGo(s, c.start))
    : cues;
}

/**
 * "Đoàn nghệ thuật Lào biểu diễn phục vụ khán giả tỉnh B", "Đêm biểu diễn của các nghệ sĩ … phục
 * vụ bà con B": a troupe plays for the people of the place named next. The audience's last token
 * (within the clause), or -1.
 */
function audienceAfter(s: SentenceView, from: number): number {
  for (let j = from; j < Math.min(s.t1, from + AUDIENCE_REACH); j++) {
    if (commaBefore(s, j)) return -1;
    if (!wordsAt(s, j, ['phục', 'vụ'])) continue;
    const who = AUDIENCES.find((ws) => wordsAt(s, j + 2, ws));
    return who ? j + 1 + who.length : -1;
  }
  return -1;
}

const AUDIENCE_REACH = 10;
const PRAISE: readonly string[][] = [
  ['thành', 'công'],
  ['đặc', 'sắc'],
  ['ấn', 'tượng'],
  ['sôi', 'động'],
];
const AUDIENCES: readonly string[][] = [
  ['khán', 'giả'],
  ['nhân', 'dân'],
  ['người', 'dân'],
  ['bà', 'con'],
  ['đồng', 'bào'],
  ['công', 'chúng'],
];

/** "bản Thăm Poọng", "xã Đến …": a capitalised cue word names the village the word before calls. */
function settlementName(s: SentenceView, k: number): boolean {
  return SETTLEMENT.has(wordAt(s, k - 1)) && isCapitalised(s.tt.text, s.tt.tokens[k]!);
}
const SETTLEMENT = new Set(['bản', 'xã', 'thôn', 'làng', 'ấp', 'buôn', 'phum', 'huyện', 'phường']);

/**
 * "đến các địa phương có nhiều Việt kiều như thủ đô B1, các tỉnh B2, B3": the places named as
 * examples of where the trip went, after "như"; else the object at k itself.
 */
export function examplesFrom(s: SentenceView, k: number): number {
  if (!SOME.has(wordAt(s, k)) || !PLACES_WORD.some((ws) => wordsAt(s, k + 1, ws))) return k;
  for (let j = k + 2; j < Math.min(s.t1, k + EXAMPLES_REACH); j++) {
    if (commaBefore(s, j)) return k;
    if (wordAt(s, j) === 'như') return j + 1;
  }
  return k;
}
const SOME = new Set(['các', 'nhiều']);
const PLACES_WORD: readonly string[][] = [['địa', 'phương'], ['tỉnh']];
// From "các địa phương" to "như" (what the places have in common between).
const EXAMPLES_REACH = 10;
