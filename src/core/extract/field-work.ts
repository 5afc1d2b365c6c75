// Work done in a partner province alongside one of its bodies, told with no travel verb: "Tỉnh
// đoàn A phối hợp với Hội Liên đoàn Thanh niên tỉnh B thực hiện chương trình tình nguyện cho người
// dân nước bạn". Volunteers who hand out gifts to the partner's people went there.
import type { Mention } from './find-places.ts';
import { bareProvinceIn } from './home.ts';
import { countOf } from './count-words.ts';
import type { CountryCode } from '../types.ts';
import {
  atGate,
  commaBefore,
  commaIn,
  countryNamedAt,
  countryWordAt,
  LOCATIVE,
  semicolonIn,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { futureInClause } from './visit-cues.ts';
import {
  isLocated,
  local,
  withListed,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';

const WORK_VERBS = [
  ['tổ', 'chức'],
  ['thực', 'hiện'],
  ['triển', 'khai'],
];
const RECIPIENTS = [
  ['người', 'dân'],
  ['nhân', 'dân'],
  ['bà', 'con'],
  ['học', 'sinh'],
];
// How far after "cho người dân" the recipients' place may be named ("cho người dân các xã X
// (huyện Y), Z thuộc tỉnh B").
const RECIPIENT_REACH = 25;
// "cho khoảng 1.500 người dân": a count before the people.
const RECIPIENT_GAP = 4;

function firstAt(s: SentenceView, from: number, to: number, list: string[][]): number {
  // (The word at k is read once and compared with each entry's first word; only an entry whose
  // first word stands there is read further.)
  for (let k = from; k < to; k++) {
    const w = wordAt(s, k);
    for (let e = 0; e < list.length; e++) {
      const ws = list[e]!;
      if (ws[0] === w && wordsAt(s, k, ws)) return k;
    }
  }
  return -1;
}

const COORDINATED = ['phối', 'hợp', 'với'];

/** The working side's home: a place named before "phối hợp", else the paper's own province. */
function workerHome(s: SentenceView, k: number, ctx: VisitContext): Mention | null {
  const named = s.mentions.find((m) => m.lastToken < k);
  if (named) return named.prefix === null ? null : named;
  return ctx.home && bareProvinceIn(s, s.t0, k) ? ctx.home : null;
}

/**
 * Whether the recipients after token r live in the partner's country: "nước bạn", its name, a
 * place of it, or communes named without any place of the workers' own country.
 */
function recipientsAbroad(s: SentenceView, r: number, home: Mention, partner: Mention): boolean {
  const end = Math.min(s.t1, r + RECIPIENT_REACH);
  let communes = false;
  for (let k = r; k < end; k++) {
    if (wordsAt(s, k, ['nước', 'bạn'])) return true;
    if (countryWordAt(s, k) > 0) return wordAt(s, k) !== 'việt' && home.entry.country === 'VN';
    const m = s.mentions.find((x) => x.firstToken === k);
    if (m) return m.entry.country === partner.entry.country;
    communes ||= wordAt(s, k) === 'xã' || wordAt(s, k) === 'huyện';
  }
  return communes;
}

/** Where "cho ‹people›" starts after token `from` (a count may stand between), else -1. */
function recipientsAt(s: SentenceView, from: number): number {
  for (let c = from; c < s.t1; c++) {
    if (wordAt(s, c) !== 'cho') continue;
    for (let r = c + 1; r <= c + RECIPIENT_GAP && r < s.t1; r++)
      if (RECIPIENTS.some((ws) => wordsAt(s, r, ws))) return r + 2;
  }
  return -1;
}

// Care that is given where the patients are ("khám bệnh", "phát thuốc", "mổ mắt").
const CARE = [
  ['khám', 'bệnh'],
  ['khám', 'chữa'],
  ['phát', 'thuốc'],
  ['cấp', 'thuốc'],
  ['mổ', 'mắt'],
  // ("tổ chức khám, điều trị và mổ mắt không thu phí cho cựu chiến binh … tại B".)
  ['khám', 'điều'],
  // ("các bác sĩ của tỉnh A thăm khám cho người dân huyện X, tỉnh B".)
  ['thăm', 'khám'],
  // ("khám sàng lọc / khám sức khỏe cho 300 trẻ em …", "cứu trợ người dân tỉnh B bị lũ".)
  ['khám', 'sàng'],
  ['khám', 'sức'],
  ['cứu', 'trợ'],
  // Gifts handed to the people themselves ("trao học bổng và bò giống cho người dân bản X (huyện
  // Y, tỉnh B)", "trao quà cho bà con …").
  ['trao', 'quà'],
  ['tặng', 'quà'],
  ['trao', 'học'],
  ['trao', 'tặng'],
];
const PATIENTS = [
  ...RECIPIENTS,
  ['bệnh', 'nhân'],
  ['người', 'bệnh'],
  ['kiều', 'bào'],
  ['người', 'nghèo'],
  ['cựu', 'chiến'],
  // ("trao quà cho 50 hộ nghèo / hộ gia đình … tỉnh B": households, the people themselves.)
  ['hộ', 'nghèo'],
  ['hộ', 'gia'],
];

/**
 * "một đoàn y bác sĩ tình nguyện của tỉnh A cũng đã khám bệnh không lấy tiền cho những bệnh nhân
 * nghèo của hai tỉnh B1 và B2": a delegation that treated patients of another country went there.
 */
// The first word of a body that gives care: "Bộ đội Biên phòng", "Bộ Chỉ huy …", "Bệnh viện",
// "Sở Y tế", "Trung tâm Y tế".
// ("các y, bác sĩ của Hội Từ thiện thành phố A": the carers themselves, named by their body.)
// ("Biên phòng tỉnh A khám bệnh …": the border guard, named short.)
const CARERS = new Set(['bộ', 'bệnh', 'sở', 'trung', 'quân', 'y', 'bác', 'thầy', 'biên']);

// How many words a body's name may take before its place ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh A");
// more, when they run back to the clause's start ("Bệnh viện Quân y 175 và Bệnh viện Mắt TP A").
const BODY_WORDS = 8;
const CLAUSE_BODY_WORDS = 10;

/** Whether the body a mention is the place of gives care: its first word is one of CARERS. */
function carersBody(s: SentenceView, m: Mention): boolean {
  let b = m.firstToken - 1;
  while (b > s.t0 && !commaBefore(s, b) && m.firstToken - b < CLAUSE_BODY_WORDS) {
    if (m.firstToken - b === BODY_WORDS && CARERS.has(wordAt(s, b))) return true;
    // ("… đã phối hợp với Bệnh viện Mắt TP A": a body named after a joining word.)
    if (CARERS.has(wordAt(s, b)) && JOINERS.has(wordAt(s, b - 1))) return true;
    b--;
  }
  return CARERS.has(wordAt(s, b));
}
const JOINERS = new Set(['với', 'và', 'cùng']);

/**
 * "Hơn 30 bác sĩ tình nguyện đến từ thành phố A …", "các y, bác sỹ, kỹ sư … của A tổ chức khám
 * bệnh": doctors before the care at k, then the place they come from or belong to.
 */
function carersFrom(s: SentenceView, k: number): Mention | undefined {
  let doctors = false;
  for (let j = s.t0; j < k && !doctors; j++)
    doctors = wordAt(s, j) === 'bác' && DOCTOR.has(wordAt(s, j + 1));
  if (!doctors) return undefined;
  // ("bác sĩ … của tỉnh A": the word may stand before the place's administrative word.)
  return s.mentions.find((m) => m.lastToken < k && OF_PLACE.has(wordAt(s, m.headToken - 1)));
}
const DOCTOR = new Set(['sĩ', 'sỹ']);
const OF_PLACE = new Set(['của', 'từ']);

// "trao 200 suất quà", "tặng 50 phần quà": gifts counted between the verb and "quà".
const GIFT_UNITS = new Set(['suất', 'phần', 'món', 'túi']);

/** Where "trao / tặng ‹count› (suất) quà" starts, else -1. */
function countedGiftAt(s: SentenceView): number {
  for (let k = s.t0; k + 2 < s.t1; k++) {
    const w = wordAt(s, k);
    if (w !== 'trao' && w !== 'tặng') continue;
    let j = wordAt(s, k + 1) === 'tặng' ? k + 2 : k + 1;
    if (!/^\d[\d.,]*$/.test(wordAt(s, j)) && countOf(wordAt(s, j)) === 0) continue;
    j += GIFT_UNITS.has(wordAt(s, j + 1)) ? 2 : 1;
    if (wordAt(s, j) === 'quà') return k;
  }
  return -1;
}

function careAbroad(s: SentenceView, ctx: VisitContext): VisitFinding[] {
  const cared = firstAt(s, s.t0, s.t1, CARE);
  const k = cared < 0 ? countedGiftAt(s) : cared;
  if (k < 0 || futureInClause(s, k)) return [];
  let d = k - 1;
  while (d >= s.t0 && wordAt(s, d) !== 'đoàn') d--;
  // ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh A phối hợp với … tổ chức khám bệnh …": a force or a
  // hospital of A, the sentence's subject, with no "đoàn".)
  const home =
    d >= s.t0
      ? (s.mentions.find((m) => m.firstToken > d && m.lastToken < k) ??
        followedDelegation(s, d, k, ctx))
      : // (Not the place the care was given at: "tại Bệnh viện … ở thủ đô B, Bệnh viện … A".)
        (s.mentions.find((m) => m.lastToken < k && carersBody(s, m) && !isLocated(s, m)) ??
        carersFrom(s, k));
  if (!home) return caredByAbroad(s, k);
  const foreign = (m: Mention) => m.entry.country !== home.entry.country;
  // "Đoàn … tỉnh A đã tặng quà (cho) Tiểu khu Quân sự tỉnh B": a delegation's gifts to a unit of
  // the other country, handed over there (not "… tại Cửa khẩu X, tỉnh A", on its own side).
  const unit =
    d >= s.t0 && GIFTS.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`) ? giftedUnit(s, k + 2) : null;
  const onOwnSide = s.mentions.some((m) => !foreign(m) && isLocated(s, m));
  if (unit && foreign(unit) && !onOwnSide)
    return [{ from: local(home), to: [local(unit)], sentence: s }];
  // ("tại khu vực cửa khẩu X, huyện Y (tỉnh A), … tỉnh A tổ chức trao tặng lương thực … cho bà
  // con nhân dân các bản … tỉnh B": handed over on the givers' own side; the receivers came.)
  if (onOwnSide && atOwnGate(s)) return [];
  let c = k + 2;
  while (c < s.t1 && wordAt(s, c) !== 'cho') c++;
  // ("cứu trợ người dân tỉnh B": the people right after the care, with no "cho".)
  const who =
    firstAt(s, k + 2, k + 3, PATIENTS) >= 0
      ? k + 2
      : c < s.t1
        ? firstAt(s, c + 1, Math.min(s.t1, c + 1 + RECIPIENT_GAP + 2), PATIENTS)
        : -1;
  // ("Đoàn y, bác sĩ tình nguyện A đã tổ chức đợt khám, chữa bệnh … tại tỉnh B": no patients
  // named, the care placed abroad.)
  if (who < 0) {
    const at = s.mentions.find((m) => m.firstToken > k && foreign(m) && isLocated(s, m));
    return at ? [{ from: local(home), to: [local(at)], sentence: s }] : caredByAbroad(s, k);
  }
  if (patientsCame(s, who)) return [];
  // ("… cùng chính quyền xã X, tỉnh B đã khám bệnh … cho người dân địa phương": the hosts'
  // place, where the patients live.)
  const there =
    s.mentions.find(
      (m) =>
        m.firstToken > who &&
        m.firstToken < who + RECIPIENT_REACH &&
        foreign(m) &&
        !semicolonIn(s, who, m.firstToken),
    ) ??
    (wordsAt(s, who + 2, ['địa', 'phương'])
      ? s.mentions.find((m) => m.firstToken > home.lastToken && m.lastToken < k && foreign(m))
      : undefined) ??
    // ("Tại … ở thủ đô B, Bệnh viện … A đã khám … cho hàng trăm người bệnh nghèo Campuchia": the
    // place of the patients' country where the sentence says it was done.)
    locatedIn(s, patientsCountry(s, who + 2));
  if (!there) return [];
  return [{ from: local(home), to: withListed(s, there).map(local), sentence: s }];
}

/**
 * "… của đoàn y, bác sĩ tình nguyện tỉnh A. …, đoàn đã khám bệnh … cho bà con … tỉnh B": a bare
 * "đoàn" right before the care is the delegation the article follows.
 */
function followedDelegation(
  s: SentenceView,
  d: number,
  k: number,
  ctx: VisitContext,
): Mention | undefined {
  if (k - d > BARE_DELEGATION_REACH) return undefined;
  for (let j = d + 1; j < k; j++) if (!DONE_WORDS.has(wordAt(s, j))) return undefined;
  const from = ctx.lastOrigin;
  if (from)
    return from.level === 'local' ? ctx.mentions.find((m) => m.entry === from.entry) : undefined;
  // (Named by the sentence before, which told no trip: "Đó là kết quả chuyến đi … của đoàn y, bác
  // sĩ tình nguyện tỉnh A.")
  const start = s.tt.tokens[s.t0]!.start;
  let last: Mention | undefined;
  for (const m of ctx.mentions) if (m.span[1] <= start) last = m;
  if (!last || start - last.span[1] > NEAR_CHARS) return undefined;
  const lead = s.tt.text.slice(Math.max(0, last.span[0] - NEAR_CHARS), last.span[0]);
  return DELEGATION_BEFORE.test(lead) ? last : undefined;
}
// How near the delegation's place stands before the sentence, and "đoàn" before the place.
const NEAR_CHARS = 60;
const DELEGATION_BEFORE = /(?<![\p{L}])đoàn(?![\p{L}])[^.;!?\n]*$/iu;
// "đoàn đã khám bệnh", "đoàn cũng đã tổ chức khám bệnh": a word or three between.
const BARE_DELEGATION_REACH = 4;
const DONE_WORDS = new Set(['đã', 'cũng', 'còn', 'vừa', 'tiếp', 'tục', 'tổ', 'chức']);

/**
 * "Gần 700 người dân … tỉnh B (Campuchia) vừa được quân y Bộ đội Biên phòng tỉnh A khám bệnh": the
 * patients first, then "được" and the carers; the carers went to them.
 */
function caredByAbroad(s: SentenceView, k: number): VisitFinding[] {
  let g = k - 1;
  while (g > s.t0 && k - g < PASSIVE_REACH && wordAt(s, g) !== 'được') g--;
  if (wordAt(s, g) !== 'được') return [];
  const home = s.mentions.find((m) => m.firstToken > g && m.lastToken < k);
  const who = firstAt(s, s.t0, g, PATIENTS);
  if (!home || who < 0 || patientsCame(s, who)) return [];
  // (Not "… được bác sĩ Bệnh viện tỉnh A khám bệnh tại bệnh viện": where the carers work.)
  if (s.mentions.some((m) => m.entry.country === home.entry.country && isLocated(s, m))) return [];
  const there = s.mentions.find(
    (m) => m.firstToken > who && m.lastToken < g && m.entry.country !== home.entry.country,
  );
  return there ? [{ from: local(home), to: withListed(s, there).map(local), sentence: s }] : [];
}
// From "được" to the care: the carers' body and its place ("quân y Bộ đội Biên phòng (BĐBP) tỉnh A").
const PASSIVE_REACH = 14;

const GIFTS = new Set(['tặng quà', 'trao quà', 'trao tặng']);

// What patients cross over for ("sang điều trị", "đến khám").
const CAME_FOR = new Set(['điều', 'khám', 'chữa']);

/**
 * "… cho bệnh nhân tỉnh B sang điều trị tại bệnh viện", "… cho bệnh nhân đến từ tỉnh B": the
 * patients after token `who` came over; the carers stayed at home.
 */
function patientsCame(s: SentenceView, who: number): boolean {
  for (let j = who; j + 1 < Math.min(s.t1, who + RECIPIENT_REACH); j++) {
    const w = wordAt(s, j);
    if ((w === 'sang' || w === 'qua' || w === 'đến') && CAME_FOR.has(wordAt(s, j + 1))) return true;
    if (w === 'đến' && wordAt(s, j + 1) === 'từ') return true;
  }
  return false;
}

/** "tại cửa khẩu …", "tại khu vực cửa khẩu …" in the sentence: a gate the act is placed at. */
function atOwnGate(s: SentenceView): boolean {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (atGate(s, k)) return true;
    if (LOCATIVE.has(wordAt(s, k)) && wordsAt(s, k + 1, ['khu', 'vực', 'cửa', 'khẩu'])) return true;
  }
  return false;
}
// The units gifts go to ("Tiểu khu Quân sự", "Bộ Chỉ huy Quân sự", "Đồn Biên phòng", "Trường …").
const UNITS = new Set(['tiểu', 'bộ', 'đồn', 'trường', 'bệnh', 'công', 'đại', 'trung']);
const UNIT_NAME_WORDS = 8;

/** The place of the unit named right after the gift (past "cho"), else null. */
function giftedUnit(s: SentenceView, r: number): Mention | null {
  const at = wordAt(s, r) === 'cho' ? r + 1 : r;
  if (!UNITS.has(wordAt(s, at))) return null;
  return (
    s.mentions.find(
      (m) =>
        m.firstToken > at && m.firstToken <= at + UNIT_NAME_WORDS && !commaIn(s, at, m.firstToken),
    ) ?? null
  );
}

// From the patients' word to the name of their country ("người bệnh nghèo Campuchia").
const PATIENTS_COUNTRY_REACH = 3;

/** The country named within a few words from token k, or null. */
function patientsCountry(s: SentenceView, k: number): CountryCode | null {
  for (let j = k; j < Math.min(s.t1, k + PATIENTS_COUNTRY_REACH); j++) {
    const c = countryNamedAt(s, j);
    if (c) return c;
  }
  return null;
}

/** The place of `country` the sentence puts the action at ("tại B", "ở thủ đô B"). */
function locatedIn(s: SentenceView, country: CountryCode | null): Mention | undefined {
  return country === null
    ? undefined
    : s.mentions.find((m) => m.entry.country === country && isLocated(s, m));
}

export function fieldWork(s: SentenceView, ctx: VisitContext): VisitFinding[] {
  const cared = careAbroad(s, ctx);
  if (cared.length > 0) return cared;
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, COORDINATED)) continue;
    const verb = firstAt(s, k + 3, s.t1, WORK_VERBS);
    if (verb < 0 || futureInClause(s, k)) return [];
    const home = workerHome(s, k, ctx);
    // "cho người dân", "dành cho người dân và học sinh": the people the work was for.
    const r = recipientsAt(s, verb + 2);
    if (!home || r < 0) return [];
    // The partner body's place; else, with "chính quyền sở tại", the recipients' own place.
    const partner =
      s.mentions.find((m) => m.firstToken > k + 2 && m.lastToken < verb) ??
      s.mentions.find((m) => m.firstToken >= r && m.firstToken < r + RECIPIENT_REACH);
    if (!partner || home.entry.country === partner.entry.country) return [];
    if (!recipientsAbroad(s, r, home, partner)) return [];
    return [{ from: local(home), to: [local(partner)], sentence: s }];
  }
  return [];
}
