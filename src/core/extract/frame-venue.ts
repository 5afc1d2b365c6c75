// The venue of an event frame: "Tại tỉnh B, …", a site or address in a province, a host that
// receives (its home is the venue), the article's lead venue.
import { speltBodiesWithin } from './spelt-bodies.ts';
import { pointedVenue } from './presence-clause.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { GazetteerEntry } from '../types.ts';
import { closingClauseBefore } from './closing-day.ts';
import { sidesClauseBefore } from './held-between.ts';
import { COUNTRY_ALT, countryWords } from './actors.ts';
import { isSeveral } from './count-words.ts';
import { wordsBetween } from './place-words.ts';
import { signedDocumentWords } from './signed-between.ts';
import type { Mention } from './find-places.ts';
import { afterOpening, meetingAt } from './frame-meeting.ts';
import { isCapitalised } from './tokens.ts';
import {
  atGate,
  commaIn,
  countryWordAt,
  foldedAt,
  hasWords,
  isDateline,
  openingDateline,
  isSeatOrHome,
  listComma,
  isSuccessorRemark,
  LOCATIVE,
  phraseText,
  semicolonBefore,
  wordAt,
  wordIn,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { commaBefore, futureIndex, SITES, speaksOfFuture, SUB_UNITS } from './visit-cues.ts';
import { isInviter, local, type VisitFinding } from './visit-sides.ts';

/** What the article has established as the place of its main event. */
export interface ArticleFrame {
  venue: GazetteerEntry | null;
  /** The lead tells an event both sides organised ("A cùng B phối hợp tổ chức …"): no host known. */
  joint: boolean;
  /** The article said its event was followed online ("hình thức trực tuyến", "điểm cầu"). */
  online: boolean;
  /** The lead put the headline's event in the future ("… sẽ là nơi diễn ra …"). */
  planned?: true;
}

/** "phường X (tỉnh B) sẽ là nơi diễn ra Lễ hội …": an event still to come at the venue. */
export function heldLater(s: SentenceView, venue: GazetteerEntry): boolean {
  const f = futureIndex(s);
  if (f < 0) return false;
  // ("Lễ hội sẽ diễn ra từ ngày 19 đến 21/12 tại tỉnh B", "… sẽ được tổ chức tại B".)
  const held = [f + 1, f + 2].some(
    (k) => wordsAt(s, k, ['diễn', 'ra']) || wordsAt(s, k, ['tổ', 'chức']),
  );
  return s.mentions.some(
    (m) =>
      m.entry.iso === venue.iso &&
      (wordsAt(s, m.lastToken + 1, ['sẽ', 'là', 'nơi']) ||
        (held &&
          f < m.firstToken &&
          LOCATIVE.has(wordAt(s, m.firstToken - 1)) &&
          plannedMeeting(s, m))),
  );
}

/**
 * "bản A, tỉnh X cùng bản B, tỉnh Y (Lào) đã phối hợp tổ chức Hội nghị …": two countries host,
 * and where is not said ("tại thị trấn Ea Súp, Sở … tỉnh X phối hợp với Sở … tỉnh Y tổ chức …"
 * says it: a town of the paper's own province, as a provincial paper writes).
 */
export function jointlyOrganised(s: SentenceView): boolean {
  const countries = new Set(s.mentions.map((m) => m.entry.country));
  if (countries.size < 2) return false;
  return (
    (hasWords(s, 'tổ', 'chức') &&
      (hasWords(s, 'phối', 'hợp') || hasWords(s, 'đồng', 'tổ') || organisedByBoth(s)) &&
      !atSubUnit(s) &&
      organisersCity(s) === null) ||
    delegationsMeet(s)
  );
}

/** "Tỉnh A và tỉnh B (Lào) đã tổ chức lễ …": a subject of two countries' sides, joined by "và". */
function organisedByBoth(s: SentenceView): boolean {
  let k = s.t0;
  while (k + 1 < s.t1 && !(wordAt(s, k) === 'tổ' && wordAt(s, k + 1) === 'chức')) k++;
  const before = s.mentions.filter((m) => m.lastToken < k);
  const first = before[0];
  const last = before[before.length - 1];
  if (!first || !last || !before.some((m) => m.entry.country !== first.entry.country)) return false;
  // (Not "Cửa khẩu … giữa tỉnh A và tỉnh B đã được khánh thành tại buổi lễ tổ chức …": the
  // subject's words run up to the verb.)
  if (k - last.lastToken > ORGANISED_REACH || wordAt(s, first.headToken - 1) === 'giữa')
    return false;
  for (let j = first.lastToken + 1; j < last.firstToken; j++)
    if (wordAt(s, j) === 'và') return true;
  return false;
}
const ORGANISED_REACH = 6;

/**
 * "Đoàn đại biểu biên giới tỉnh A (Việt Nam) và Đoàn đại biểu biên giới tỉnh B (Lào) đã hội đàm":
 * two delegations of two countries, neither named as the host.
 */
function delegationsMeet(s: SentenceView): boolean {
  const cue = meetingAt(s);
  if (cue < 0 || venueIn(s)) return false;
  let delegations = 0;
  for (let k = s.t0; k < cue; k++)
    if (wordAt(s, k) === 'đoàn' && isCapitalised(s.tt.text, s.tt.tokens[k]!)) delegations++;
  const before = new Set(s.mentions.filter((m) => m.lastToken < cue).map((m) => m.entry.country));
  return delegations >= 2 && before.size >= 2;
}

/**
 * "tại thành phố X" naming the sentence's venue ("Ngày 25-4, tại thành phố Kon Tum, tỉnh Kon Tum
 * và tỉnh B (Lào) đã tổ chức …"): the city's mention, else null. Organisers meeting in one's city
 * hold no joint event on the line: co-hosted.ts.
 */
export function organisersCity(s: SentenceView): Mention | null {
  const venue = venueIn(s);
  if (!venue) return null;
  // (The mention may hold its "thành phố" or follow it.)
  const k = wordsAt(s, venue.firstToken, ['thành', 'phố'])
    ? venue.firstToken
    : venue.firstToken - 2;
  return wordsAt(s, k - 1, ['tại', 'thành', 'phố']) ? venue : null;
}

/** "tại thị trấn X", "tại huyện X": a venue below the provinces, of no named province. */
function atSubUnit(s: SentenceView): boolean {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (wordAt(s, k) !== 'tại') continue;
    const unit = SUB_UNITS.has(wordAt(s, k + 1)) || wordsAt(s, k + 1, ['thị', 'trấn']);
    if (unit && !s.mentions.some((m) => m.headToken === k + 1)) return true;
  }
  return false;
}

/** Sentences (title included) that may set the article's venue: the headline and the lead. */
export const LEAD_SENTENCES = 4;

/**
 * The venue the headline or the lead establishes: the single destination of the visits they
 * tell, else a "tại B" of a meeting sentence.
 */
export function leadVenue(s: SentenceView, visits: VisitFinding[]): GazetteerEntry | null {
  // ("tại thành phố C, tỉnh B": a city, then the province it lies in, are one destination.)
  const dests = new Set(
    visits
      .flatMap((v) =>
        v.to.filter((t, i) => t.level === 'local' && v.to[i - 1]?.entry.parent !== t.entry.id),
      )
      .map((t) => t.entry),
  );
  if (dests.size === 1) return [...dests][0]!;
  if (dests.size > 1) return null;
  const named = venueIn(s);
  if (!named && heldOnTheLine(s)) return null;
  // "nhiều đoàn đại biểu của Campuchia đã đến thăm, chúc Tết lãnh đạo tỉnh Kiên Giang": many
  // delegations, none told as one trip, came to the one place the lead names.
  const toured = manyCameTo(s);
  if (!named && toured) return toured;
  // ("… sẽ lần lượt diễn ra tại tỉnh B": a plan sets no venue for what the article recalls.)
  // ("Đài hữu nghị … ở tỉnh B đã được khánh thành": a work opened where it stands.)
  if (named)
    return ((meetingAt(s) >= 0 || organises(s)) && !plannedMeeting(s, named)) ||
      (passiveWorkSite(s) === named && !speaksOfFuture(s))
      ? named.entry
      : null;
  const mission = missionEvent(s);
  if (mission) return mission;
  const attended = wentToAttend(s);
  if (attended && !speaksOfFuture(s)) return attended.entry;
  const work = workSite(s);
  if (work && !speaksOfFuture(s)) return work.entry;
  const opened = openedEventOf(s) ?? foundingAnniversaryOf(s) ?? congressOf(s);
  if (opened && !speaksOfFuture(s)) return opened.entry;
  const receiving = hostOfVisitors(s);
  if (receiving && !speaksOfFuture(s)) return receiving;
  // "Ngày 25/5, tại Nghĩa trang liệt sĩ huyện X, UBND tỉnh A tổ chức Lễ …": the organiser's
  // province, where the place named is not one of ours (nor a country: "tại Lào").
  const host = hostIn(s);
  if (
    host?.organiser &&
    !abroad(s, host.host) &&
    !speaksOfFuture(s) &&
    !handsOverAbroad(s, host.host)
  )
    return host.host.entry;
  // "Phnom Penh (TTXVN) - Ngày 17/12, Bí thư Thành ủy A đã có cuộc hội đàm với …": the dateline
  // of a Vietnamese agency's bureau abroad, over talks the lead names no other place for (a
  // province's own dateline files trips abroad too: "Kiên Giang (TTXVN) - … đã đến thăm …").
  const dateline = openingDateline(s);
  return dateline &&
    // (Or the dateline's own province pointed back to: "An Giang (TTXVN) - … tại tỉnh miền Nam này".)
    (dateline.entry.country !== 'VN' || pointedVenue(s) || hostsAtDateline(s, dateline)) &&
    meetingAt(s) >= 0 &&
    !speaksOfFuture(s) &&
    // ("Phnôm Pênh (TTXVN) - Khi đến thăm các doanh nghiệp … trên địa bàn, Tỉnh trưởng tỉnh B …":
    // a province of that country the lead names is where it happened; not the dateline city's own.)
    !s.mentions.some(
      (m) =>
        m.entry !== dateline.entry &&
        m.entry.id !== dateline.entry.parent &&
        m.entry.country === dateline.entry.country,
    )
    ? dateline.entry
    : null;
}

/**
 * "Quảng Nam (TTXVN) - Đoàn … tỉnh B (Lào) … đã hội đàm với lãnh đạo tỉnh Quảng Nam", "Tam Kỳ
 * (KPL) - …": a province of ours files the report and hosts the talks, named after "với" past a
 * guest of another country.
 */
function hostsAtDateline(s: SentenceView, dateline: Mention): boolean {
  const own = (m: Mention) => m.entry === dateline.entry || m.entry.id === dateline.entry.parent;
  return s.mentions.some(
    (m) =>
      m !== dateline &&
      own(m) &&
      wordIn(s, Math.max(s.t0, m.firstToken - WITH_HOST_REACH), m.firstToken, 'với') &&
      s.mentions.some(
        (g) => g !== dateline && g.lastToken < m.firstToken && g.entry.country !== m.entry.country,
      ),
  );
}
// "với lãnh đạo tỉnh A", "với Ban Thường vụ Tỉnh ủy A": from "với" to the host's place.
const WITH_HOST_REACH = 6;

/**
 * "Sê Kông (TTXVN) - Ngày 24/7, Giám đốc Công an tỉnh A đã hội đàm với …": the sentence opens on
 * the dateline that made its venue, so whoever it names meets there, led by a title or not.
 */
export function ownDateline(s: SentenceView, venue: GazetteerEntry): boolean {
  return openingDateline(s)?.entry === venue;
}

/**
 * "Trong dịp sang tỉnh B dự lễ động thổ …, tôi …": the place someone went to attend an event is
 * where it was held, whoever went.
 */
function wentToAttend(s: SentenceView): Mention | null {
  for (const m of s.mentions) {
    if (!WENT.has(wordAt(s, m.headToken - 1))) continue;
    const after = m.lastToken + 1;
    if (wordAt(s, after) === 'dự' || wordsAt(s, after, ['tham', 'dự'])) return m;
  }
  return null;
}
const WENT = new Set(['sang', 'đến', 'tới']);

/**
 * "Ngày 31/10, UBND tỉnh A đã có buổi làm việc với quan chức và doanh nhân đến từ một số địa
 * phương của Thái Lan và Campuchia": the one place named before the talks hosts visitors who
 * came from elsewhere, at home.
 */
function hostOfVisitors(s: SentenceView): GazetteerEntry | null {
  for (let k = s.t0 + 1; k + 1 < s.t1; k++) {
    if (!RECEIVES_AT_HOME.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`)) continue;
    const before = s.mentions.filter((m) => m.lastToken < k);
    if (before.length !== 1 || isDateline(s, before[0]!)) return null;
    for (let j = k + 2; j + 1 < s.t1 && !commaBefore(s, j); j++)
      if (wordsAt(s, j, ['đến', 'từ'])) return before[0]!.entry;
    return null;
  }
  return null;
}
const RECEIVES_AT_HOME = new Set(['làm việc', 'tiếp đón', 'đón tiếp', 'gặp gỡ', 'hội đàm']);

/**
 * "Bộ Chỉ huy … tỉnh A đã tổ chức trao 12 tấn gạo hỗ trợ … các tỉnh B1, B2 (Lào)": aid handed to
 * another country's provinces, at the border or over there as often as at home.
 */
export function handsOverAbroad(s: SentenceView, organiser: Mention): boolean {
  for (let k = s.t0; k < s.t1 - 2; k++) {
    if (!wordsAt(s, k, ['tổ', 'chức'])) continue;
    // ("… đã tổ chức lễ bàn giao công trình … cho … tỉnh B": the rite's "lễ" before the handing.)
    const aid = wordAt(s, k + 2) === 'lễ' ? k + 3 : k + 2;
    if (!handsAidAt(s, aid)) continue;
    const abroad = s.mentions.filter(
      (m) => m.firstToken > k && m.entry.country !== organiser.entry.country,
    );
    // (Not where the recipients' delegation attends: "… với sự tham dự của Đoàn đại biểu tỉnh B".)
    return abroad.length > 0 && !abroad.some((m) => delegationNamed(s, k, m));
  }
  return false;
}

/** "Đoàn (đại biểu …) tỉnh B" a few words before m, after token k: B's delegation is there. */
function delegationNamed(s: SentenceView, k: number, m: Mention): boolean {
  for (let j = m.headToken - 1; j > Math.max(k, m.headToken - DELEGATION_REACH); j--)
    if (wordAt(s, j) === 'đoàn' && wordAt(s, j + 1) !== 'thanh') return true;
  return false;
}
const DELEGATION_REACH = 6;

/** "trao", "tặng", "bàn giao", "chuyển giao" at token k: aid handed over. */
function handsAidAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return (
    w === 'trao' || w === 'tặng' || ((w === 'bàn' || w === 'chuyển') && wordAt(s, k + 1) === 'giao')
  );
}

/**
 * "Tại Cửa khẩu quốc tế La Lay (A), lực lượng … đã trao cho … hai tỉnh B1 và B2 …": aid handed
 * over at a border gate, which the recipients reach from their side of the line; the token of the
 * handing over, after which no place is a party sure to have come to A, or -1.
 */
export function borderGateHandover(s: SentenceView, venue: Mention): number {
  let gate = false;
  for (let j = s.t0; j < venue.headToken && !gate; j++) gate = atGate(s, j);
  const act = gate ? meetingAt(s) : -1;
  return act >= 0 && handsAidAt(s, act) ? act : -1;
}

const OPENED_REACH = 14;

/**
 * "Ban Chỉ đạo … đã khai mạc cuộc diễn tập khu vực phòng thủ tỉnh B": an event opened that bears
 * the name of the one place the sentence names is held there.
 */
function openedEventOf(s: SentenceView): Mention | null {
  if (s.mentions.length === 0 || !namesOnePlace(s)) return null;
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (!wordsAt(s, k, ['khai', 'mạc'])) continue;
    const m = s.mentions.find((x) => x.firstToken > k + 1 && x.firstToken <= k + OPENED_REACH);
    if (!m) return null;
    for (let j = k + 2; j < m.firstToken; j++) if (commaBefore(s, j)) return null;
    // ("Khai mạc Tuần Văn hóa … TP Hồ Chí Minh tại Lào": held where the sentence says.)
    for (let j = k + 2; j < s.t1; j++) if (LOCATIVE.has(wordAt(s, j))) return null;
    return m;
  }
  return null;
}

/**
 * "Đại hội Hội hữu nghị Việt Nam - Lào tỉnh A nhiệm kỳ 2016-2021, diễn ra ngày 6/10, …": a
 * province's congress, opening the sentence with the place it belongs to, was held there (a
 * congress, unlike a conference, belongs to one body; a venue named in the sentence wins).
 */
function congressOf(s: SentenceView): Mention | null {
  const k = afterOpening(s);
  if (!wordsAt(s, k, ['đại', 'hội']) || wordIn(s, s.t0, s.t1, 'tại') || wordIn(s, s.t0, s.t1, 'ở'))
    return null;
  const m = s.mentions[0];
  if (!m || m.firstToken <= k + 1 || m.firstToken > k + CONGRESS_REACH) return null;
  for (let j = k + 2; j <= m.firstToken; j++) if (commaBefore(s, j)) return null;
  // (Told as held: a headline naming the congress leaves its venue to the body.)
  const held = hasWords(s, 'diễn', 'ra') || hasWords(s, 'khai', 'mạc') || hasWords(s, 'tổ', 'chức');
  return held && !speaksOfFuture(s) ? m : null;
}
const CONGRESS_REACH = 12;

/**
 * "Tối 10/10, tại Lễ kỷ niệm 130 năm thành lập tỉnh (…), tỉnh Sơn La vinh dự được …": a
 * province's founding anniversary, told of the one place the sentence names, is held there.
 */
function foundingAnniversaryOf(s: SentenceView): Mention | null {
  if (s.mentions.length === 0 || !namesOnePlace(s)) return null;
  for (let k = s.t0 + 1; k + 2 < s.t1; k++) {
    if (!wordsAt(s, k, ['thành', 'lập']) || !FOUNDED_UNITS.has(wordAt(s, k + 2))) continue;
    for (let j = k - 1; j >= Math.max(s.t0, k - ANNIVERSARY_REACH); j--)
      if (wordsAt(s, j, ['kỷ', 'niệm']) || wordsAt(s, j, ['kỉ', 'niệm'])) return s.mentions[0]!;
  }
  return null;
}
const FOUNDED_UNITS = new Set(['tỉnh', 'thành']);
// "kỷ niệm 130 năm ngày thành lập": the anniversary a few words before the founding.
const ANNIVERSARY_REACH = 6;

const HANDOVER = new Set(['bàn', 'khánh', 'khởi', 'động']);
const WORKS = new Set([
  'trụ',
  'công',
  'trường',
  'nhà',
  'bệnh',
  'trạm',
  'cầu',
  'đường',
  'đài',
  'chợ',
]);
const WORK_REACH = 18;

/**
 * "Công an tỉnh A tổ chức lễ bàn giao trụ sở làm việc của Công an bản X, huyện Y, tỉnh B": a work
 * handed over (or opened, or begun) where it stands, the place its address ends on.
 */
export function workSite(s: SentenceView): Mention | null {
  const keys = keysHandedOver(s);
  if (keys) return keys;
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (wordAt(s, k) !== 'lễ' || !HANDOVER.has(wordAt(s, k + 1))) continue;
    // ("lễ khánh thành dự án xây dựng Bệnh xá … thuộc Bộ Chỉ huy Quân sự tỉnh B": the project's work.)
    let w0 = k + 3;
    if (wordsAt(s, w0, ['dự', 'án'])) w0 += 2;
    if (wordsAt(s, w0, ['xây', 'dựng'])) w0 += 2;
    // ("lễ khởi công xây dựng một nhà máy thủy điện tại tỉnh B": a work not yet named.)
    if (wordAt(s, w0) === 'một') w0++;
    if (!WORKS.has(wordAt(s, w0))) return null;
    let owned = false;
    for (let j = w0 + 1; j < Math.min(s.t1, w0 + WORK_REACH - 3); j++) {
      const w = wordAt(s, j);
      if (w === 'của' || w === 'tại' || w === 'ở' || w === 'thuộc') owned = true;
      if (w === 'cho') return null;
      const m = s.mentions.find((x) => x.headToken === j);
      // ("lễ khởi công Đài phát thanh tỉnh B": the province's own work, the only place named.)
      if (m) return owned || alone(s, m) || addressed(s, w0, m) ? (withAddress(s, m) ?? m) : null;
    }
    return null;
  }
  return null;
}

/**
 * "… đã trao chìa khóa công trình Trường Chính trị - Hành chính tỉnh B cho chính quyền tỉnh bạn":
 * the keys of a work named after the province it stands in, handed over there.
 */
function keysHandedOver(s: SentenceView): Mention | null {
  for (let k = s.t0; k + 3 < s.t1; k++) {
    if (!wordsAt(s, k, ['trao', 'chìa', 'khóa']) && !wordsAt(s, k, ['trao', 'chìa', 'khoá']))
      continue;
    let w0 = k + 3;
    if (wordsAt(s, w0, ['công', 'trình'])) w0 += 2;
    if (!WORKS.has(wordAt(s, w0))) return null;
    for (let j = w0 + 1; j < Math.min(s.t1, w0 + WORK_REACH); j++) {
      if (wordAt(s, j) === 'cho') return null;
      const m = s.mentions.find((x) => x.headToken === j);
      if (m) return m.prefix !== null ? m : null;
    }
    return null;
  }
  return null;
}

/**
 * "Ngày 4/1, Đài hữu nghị … ở tỉnh B, Campuchia đã được khánh thành": a work whose address is told
 * before it is said to be opened (handed over, begun).
 */
function passiveWorkSite(s: SentenceView): Mention | null {
  for (let k = s.t0 + 1; k + 1 < s.t1; k++) {
    if (wordAt(s, k) !== 'được' || !HANDOVER.has(wordAt(s, k + 1))) continue;
    const m = s.mentions.filter((x) => x.lastToken < k).pop();
    if (!m || !LOCATIVE.has(wordAt(s, m.headToken - 1))) return null;
    // The work opens the clause its address is in.
    return WORKS.has(wordAt(s, clauseOpening(s, m.headToken))) ? m : null;
  }
  return null;
}

/** The first word after the last comma before token k (or the sentence's first). */
function clauseOpening(s: SentenceView, k: number): number {
  for (let b = k; b > s.t0; b--) if (commaBefore(s, b)) return b;
  return s.t0;
}

/**
 * "lễ bàn giao trụ sở làm việc Công an bản X, huyện Y, tỉnh B": the work's address, opened by a
 * village or district of B, with no "của" to say whose.
 */
function addressed(s: SentenceView, w0: number, m: Mention): boolean {
  if (!SUB_UNITS.has(wordAt(s, m.headToken))) return false;
  // ("… trường học do huyện X, tỉnh A tài trợ": the giver's address, not the work's.)
  for (let j = w0 + 1; j < m.headToken; j++)
    if (wordAt(s, j) === 'do' || wordAt(s, j) === 'với') return false;
  return true;
}

/** m is a province the sentence names alone, right after "tỉnh". */
function alone(s: SentenceView, m: Mention): boolean {
  return wordAt(s, m.firstToken - 1) === 'tỉnh' && namesOnePlace(s);
}

/** Every place the sentence names is the same unit. */
function namesOnePlace(s: SentenceView): boolean {
  return s.mentions.every((x) => x.entry === s.mentions[0]!.entry);
}

/** The last unit of an address that starts with m ("bản X, huyện Y, tỉnh B"). */
function withAddress(s: SentenceView, m: Mention): Mention | null {
  let last = m;
  for (const x of s.mentions)
    if (
      x.headToken > last.lastToken &&
      x.headToken <= last.lastToken + 2 &&
      commaBefore(s, x.headToken)
    )
      last = x;
  return last;
}

/** "… được tổ chức (ngay) tại B", "… diễn ra tại B": an event and where it was held. */
export function heldAt(s: SentenceView): boolean {
  for (let k = s.t0; k + 2 < s.t1; k++) {
    const held =
      (wordAt(s, k) === 'được' && wordAt(s, k + 1) === 'tổ' && wordAt(s, k + 2) === 'chức') ||
      (wordAt(s, k) === 'diễn' && wordAt(s, k + 1) === 'ra');
    if (!held) continue;
    let next = wordAt(s, k + 2) === 'chức' ? k + 3 : k + 2;
    if (wordAt(s, next) === 'ngay') next++;
    // ("… cũng được tổ chức trong cùng ngày tại B": the day, then the place.)
    else if (wordsAt(s, next, ['trong', 'cùng', 'ngày'])) next += 3;
    else if (wordsAt(s, next, ['cùng', 'ngày'])) next += 2;
    // ("… được tổ chức ngày 3/6 tại TP B", "… diễn ra vào sáng 12/3 ở B": the day, then the place.)
    else next = pastDay(s, next);
    if (wordAt(s, next) === 'tại' || wordAt(s, next) === 'ở') return true;
  }
  return false;
}

const DAY_WORDS = new Set(['vào', 'sáng', 'chiều', 'tối', 'trưa', 'ngày', 'hôm', 'tháng', 'năm']);
const DAY_REACH = 7;

/** Token k, or the token past the day that opens at k ("vào sáng ngày 3/6/2019"). */
function pastDay(s: SentenceView, k: number): number {
  let j = k;
  let digits = false;
  while (j < Math.min(s.t1, k + DAY_REACH)) {
    const w = wordAt(s, j);
    if (/^\d{1,4}$/.test(w)) digits = true;
    else if (!DAY_WORDS.has(w)) break;
    j++;
  }
  return digits ? j : k;
}

/**
 * "Tổng Lãnh sự quán Việt Nam tại tỉnh B đứng ra tổ chức Diễn đàn …": an event a mission holds, in
 * the place it is posted to.
 */
function missionEvent(s: SentenceView): GazetteerEntry | null {
  for (let k = s.t0 + 1; k + 1 < s.t1; k++) {
    if (wordAt(s, k) !== 'tại') continue;
    const mission = [1, 2, 3].some(
      (d) => wordAt(s, k - d) === 'quán' && ['sứ', 'sự'].includes(wordAt(s, k - d - 1)),
    );
    if (!mission) continue;
    const seat = s.mentions.find((m) => m.headToken > k && m.headToken <= k + 2);
    if (!seat || speaksOfFuture(s)) return null;
    for (let j = seat.lastToken + 1; j + 1 < s.t1; j++) if (organisesAt(s, j)) return seat.entry;
    return null;
  }
  return null;
}

/** The one place of a lead that opens on "nhiều đoàn / các đoàn … đến thăm", told as done. */
function manyCameTo(s: SentenceView): GazetteerEntry | null {
  const places = new Set(s.mentions.map((m) => m.entry));
  if (places.size !== 1 || speaksOfFuture(s)) return null;
  for (let k = s.t0; k + 1 < s.t1; k++) {
    // ("5 đoàn công tác của các tỉnh nước bạn Lào đã sang thăm, chúc Tết … tỉnh B" too; and "nhiều
    // tỉnh của Vương quốc Campuchia tổ chức đoàn công tác … sang chúc Tết … tỉnh B".)
    if (!MANY_OF.has(wordAt(s, k + 1)) || !isSeveral(wordAt(s, k))) continue;
    for (let j = k + 2; j + 1 < s.t1; j++)
      if (TOURED.has(`${wordAt(s, j)} ${wordAt(s, j + 1)}`))
        return s.mentions[0]!.headToken > j ? s.mentions[0]!.entry : null;
    return null;
  }
  return null;
}
const TOURED = new Set(['đến thăm', 'sang thăm', 'tới thăm', 'chúc tết']);
const MANY_OF = new Set(['đoàn', 'tỉnh']);

const NEWS_BEFORE_IS = new Set(['vừa', 'đã', 'cũng']);

// From "là nơi" to the event's verb, past its organisers.
const HELD_HERE_REACH = 36;

// "hôm qua (29/8)", "sáng nay", "ngày 5/3": a day between the place and "là nơi".
const DAY_BETWEEN = /^(?:hôm|qua|nay|sáng|chiều|tối|ngày|\d{1,4})$/u;
const DAY_BEFORE_IS = 6;

/** "B (Campuchia) là nơi diễn ra …", "B là nơi tổ chức …": B, then "là nơi" and the event. */
function placeOfEvent(s: SentenceView, m: Mention): boolean {
  let k = m.lastToken + 1;
  // "(Campuchia)", "(tỉnh B – Lào)": the country written after the place.
  // ("tỉnh B của nước bạn Lào là nơi …": the same, in words.)
  let of = k;
  if (wordAt(s, of) === 'của') of++;
  if (of > k && wordAt(s, of) === 'nước') of += wordAt(s, of + 1) === 'bạn' ? 2 : 1;
  const n = countryWordAt(s, of);
  if (of > k && n > 0) k = of + n;
  else if (n > 0 && /^\s*[(,–-]\s*$/.test(s.tt.text.slice(m.span[1], s.tt.tokens[k]!.start)))
    k += n;
  // ("Tỉnh B (Lào) vừa là nơi tổ chức …": the news word before; "B hôm qua (29/8) là nơi …":
  // the day.)
  if (NEWS_BEFORE_IS.has(wordAt(s, k))) k++;
  for (const end = k + DAY_BEFORE_IS; k < end && DAY_BETWEEN.test(wordAt(s, k));) k++;
  if (!wordsAt(s, k, ['là', 'nơi'])) return false;
  // ("huyện X (tỉnh B – Lào) là nơi đăng cai hội nghị …": the host of the meeting.)
  // ("… vừa là nơi Ban Đối ngoại … và Ban Đối ngoại … Lào, cùng với Tỉnh ủy A, phối hợp tổ chức
  // Giải …": the organisers may stand between.)
  for (let j = k + 2; j + 1 < Math.min(s.t1, k + 2 + HELD_HERE_REACH); j++) {
    const then = `${wordAt(s, j)} ${wordAt(s, j + 1)}`;
    if (then === 'diễn ra' || then === 'tổ chức' || then === 'đăng cai') return true;
  }
  return false;
}

/**
 * "tại Lào, Hội … tỉnh A tổ chức …", "tỉnh A tổ chức Lễ … tại Campuchia": an event placed in a
 * country, before the organiser or in its own clause.
 */
function abroad(s: SentenceView, organiser: Mention): boolean {
  let end = organiser.lastToken + 1;
  while (end < s.t1 && !commaBefore(s, end)) end++;
  for (let k = s.t0; k + 1 < end; k++) {
    if (wordAt(s, k) !== 'tại' && wordAt(s, k) !== 'ở') continue;
    // "liệt sĩ hy sinh tại Campuchia", "bà con sinh sống ở Lào": where people died or live.
    // ("hy sinh qua các thời kỳ (chiến tranh) tại Lào": a few words may stand between.)
    // ("Đại sứ quán Lào tại Việt Nam cùng trường … (tỉnh A) đã tổ chức …": an envoy's post.)
    if (countryWordAt(s, k + 1) > 0 && !wordIn(s, k - LIVED_REACH, k, LIVED) && !isSeatOrHome(s, k))
      return true;
  }
  return false;
}

// ("16 hài cốt liệt sĩ quy tập tại Lào", "cất bốc tại Campuchia": where remains were found.)
const LIVED = new Set(['sinh', 'sống', 'tập', 'bốc']);
const LIVED_REACH = 8;

// Seats of national bodies, named without their city: Vietnam's, unless another country is named
// with them ("Trụ sở Trung ương Đảng Nhân dân Cách mạng Lào" is in Vientiane).
const CAPITAL_SEATS = /^(?:nhà quốc hội|phủ chủ tịch|trụ sở trung ương đảng|trụ sở chính phủ)/u;
const SEAT_COUNTRY = /(?<![\p{L}])(?:(lào)|campuchia|hoàng gia)(?![\p{L}])/u;

/** "tại Nhà Quốc hội", "tại Phủ Chủ tịch": the capital of the country whose seat it is. */
export function seatVenue(s: SentenceView, gaz: Gazetteer): GazetteerEntry | null {
  for (let k = s.t0; k < s.t1; k++) {
    if (foldedAt(s, k) !== 'tai' || wordAt(s, k) !== 'tại') continue;
    if (!CAPITAL_SEATS.test(phraseText(s.tt, k + 1, Math.min(s.t1, k + 6)))) continue;
    const other = SEAT_COUNTRY.exec(phraseText(s.tt, k + 1, Math.min(s.t1, k + 12)));
    return gaz.capital(!other ? 'VN' : other[1] ? 'LA' : 'KH');
  }
  return null;
}

// What a venue names before the province it lies in ("tại TP Châu Đốc, tỉnh An Giang").
const CONTAINED = new Set([...SUB_UNITS, 'tp', 'thành']);

// "tại Công viên Voi Sắt, thành phố Senmonorom, tỉnh B", "tại Quảng trường …, thành phố B".
// ("tại Bảo tàng …, Hà Nội", "tại khách sạn …, tỉnh B": a building, then the city it stands in.)
const SITE_PAIRS: readonly string[][] = [
  ['công', 'viên'],
  ['quảng', 'trường'],
  ['bảo', 'tàng'],
  ['khách', 'sạn'],
];

/** "trên đất", "trên địa bàn" at token k: the token of their last word, else -1. */
function onGround(s: SentenceView, k: number): number {
  // ("thông báo tình hình kinh tế - xã hội … trên địa bàn tỉnh B": B's situation, no venue.)
  for (let b = k - 1; b >= Math.max(s.t0, k - 10); b--)
    if (wordAt(s, b) === 'tình' && wordAt(s, b + 1) === 'hình') return -1;
  if (wordAt(s, k + 1) === 'đất') return k + 1;
  return wordAt(s, k + 1) === 'địa' && wordAt(s, k + 2) === 'bàn' ? k + 2 : -1;
}

/**
 * "tại Đồn Biên phòng Cửa khẩu Tân Nam (ấp …, xã …, tỉnh B)": a building named after "tại", then
 * its address in brackets, ending with the province.
 */
function addressIn(s: SentenceView, k: number): Mention | null {
  const text = s.tt.text;
  const from = s.tt.tokens[k]!.end;
  const reach = s.tt.tokens[Math.min(s.t1, k + 12) - 1]!.end;
  const open = text.indexOf('(', from);
  if (open < 0 || open > reach || /[,;]/.test(text.slice(from, open))) return null;
  const close = text.indexOf(')', open);
  if (close < 0) return null;
  const inside = s.mentions.filter(
    (m) => m.span[0] > open && m.span[1] <= close && !isSuccessorRemark(s, m),
  );
  const last = inside[inside.length - 1];
  // ("tại Ngày hội có đồng bào 2 tỉnh phía Việt Nam (A, B) và …": two provinces are a list of
  // those present, no address.)
  if (inside.some((m) => m.entry !== last?.entry)) return null;
  // Only an address: the province closes the brackets (or its country, "tỉnh B – Lào", or a
  // "(nay là …)" remark follows it).
  return last && ADDRESS_END.test(text.slice(last.span[1], close)) ? last : null;
}
const ADDRESS_END = new RegExp(
  String.raw`^\s*(?:[-–,]\s*(?:nước\s+)?(?:${COUNTRY_ALT})\s*)?(?:\(\s*nay\s[^)]*)?$`,
  'iu',
);

/** The words of a building ("hội trường lớn của trụ sở chính quyền") between tokens a and b. */
function buildingWords(s: SentenceView, a: number, b: number): number {
  let n = 0;
  for (let j = a + 1; j < b; j++) if (BUILDING.has(wordAt(s, j))) n++;
  return n;
}
// ("tại khu vực Cửa khẩu quốc tế X, tỉnh B": the area's words do not lengthen it either.)
const BUILDING = new Set([
  'hội',
  'trụ',
  'sở',
  'lớn',
  'chính',
  'quyền',
  'văn',
  'phòng',
  'khu',
  'vực',
]);

/** How many tokens strictly between a and b stand inside brackets. */
function bracketed(s: SentenceView, a: number, b: number): number {
  return bracketRuns(s, a, b).reduce((n, r) => n + r.tokens, 0);
}

/**
 * How many tokens strictly between a and b stand inside brackets that hold a place: a person's
 * address ("… bắt giữ X (SN 1972, trú huyện Y, tỉnh A) tại bản Z, …") does not lengthen the way to
 * the venue; a bracketed word of the event's name ("năm 2566 (Phật lịch)") does.
 */
function addresses(s: SentenceView, a: number, b: number): number {
  return bracketRuns(s, a, b).reduce((n, r) => n + (r.place ? r.tokens : 0), 0);
}

/** The runs of tokens strictly between a and b that stand inside brackets, and whether a place starts in each. */
function bracketRuns(s: SentenceView, a: number, b: number): { tokens: number; place: boolean }[] {
  const { text, tokens } = s.tt;
  const runs: { tokens: number; place: boolean }[] = [];
  let depth = 0;
  for (let j = a + 1; j < b; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    const open = depth > 0;
    for (const ch of gap) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth <= 0) continue;
    if (!open || runs.length === 0) runs.push({ tokens: 0, place: false });
    const run = runs[runs.length - 1]!;
    run.tokens++;
    run.place ||= s.mentions.some((m) => m.firstToken === j);
  }
  return runs;
}

/**
 * "tại / ở ‹up to eight words› tỉnh B" before any comma: the place the sentence happens in. The
 * "tại" just after the meeting word places it ("giao lưu với đoàn B tại C"), else the nearest one
 * before it; one further on places something else ("đào tạo lưu học sinh tại Trường … ở phường B").
 */
/**
 * "… người đang có chuyến thăm và làm việc tại địa phương Việt Nam (này)": the one place of that
 * country the sentence names (a translation's "this Vietnamese locality").
 */
function localityOf(s: SentenceView, k: number): Mention | null {
  if (wordAt(s, k + 1) !== 'địa' || wordAt(s, k + 2) !== 'phương') return null;
  const n = countryWordAt(s, k + 3);
  if (n <= 0) return null;
  const country = countryWords(phraseText(s.tt, k + 3, k + 3 + n))[0]?.country;
  const named = s.mentions.filter((m) => m.entry.country === country && m.headToken < k);
  return named.length > 0 && named.every((m) => m.entry === named[0]!.entry) ? named[0]! : null;
}

// "khai mạc Đại hội lần thứ IV, nhiệm kỳ 2013-2018, tại …", "Diễn đàn Thanh niên Khu vực Tam giác
// phát triển ở tỉnh B": an event's number, term and proper name lengthen its name, not the
// distance to its venue.
const TERM_WORDS = new Set(['lần', 'thứ', 'nhiệm', 'kỳ', 'khóa', 'khoá']);

/**
 * "Đoàn … tỉnh A đã thực hiện nhiều hoạt động tại xã X (A) và tại huyện Y, tỉnh B (Lào)": of two
 * venues chained by "và tại", the one abroad from the party named before the meeting word.
 */
function abroadInChain(
  s: SentenceView,
  found: readonly { k: number; m: Mention }[],
  first: { k: number; m: Mention },
  cue: number,
): Mention | null {
  const home = s.mentions.find((m) => m.lastToken < cue)?.entry.country;
  if (home !== first.m.entry.country) return null;
  const next = found.find(
    (f) => f.k > first.k && wordAt(s, f.k - 1) === 'và' && f.m.entry.country !== home,
  );
  return next?.m ?? null;
}

/**
 * From token k ("tại") to the sentence's end stand places and country words, and at most two
 * other words ("thành phố", "Cửa khẩu").
 */
function endsSentence(s: SentenceView, k: number): boolean {
  let other = 0;
  for (let j = k + 1; j < s.t1 && other <= MAX_OTHER_WORDS; j++) {
    const m = s.mentions.find((x) => x.headToken <= j && j <= x.lastToken);
    const country = countryWordAt(s, j);
    if (m) j = m.lastToken;
    else if (country > 0) j += country - 1;
    else other++;
  }
  return other <= MAX_OTHER_WORDS;
}

const MAX_OTHER_WORDS = 2;

/**
 * "trao tặng 200 bao gạo cho bà con người Việt có hoàn cảnh khó khăn tại huyện X, tỉnh B": the
 * words naming who a gift went to, between "cho" and the place it was handed over (at most
 * RECIPIENT_WORDS of them).
 */
function recipients(s: SentenceView, a: number, b: number): number {
  for (let k = a + 2; k < b; k++)
    if (wordAt(s, k) === 'cho') return Math.min(b - k - 1, RECIPIENT_WORDS);
  return 0;
}
const RECIPIENT_WORDS = 10;

/**
 * How many tokens between the meeting word at a and token b are the event's number or term ("lần
 * thứ IV", "nhiệm kỳ 2013-2018") or the capitalised words of its name right after the word.
 */
function uncounted(s: SentenceView, a: number, b: number): number {
  let n = 0;
  let k = a + 2;
  while (
    k < b &&
    isCapitalised(s.tt.text, s.tt.tokens[k]!) &&
    s.mentions.every((m) => m.firstToken !== k)
  )
    k++;
  n += k - (a + 2);
  for (; k < b; k++) {
    const w = wordAt(s, k);
    if (TERM_WORDS.has(w) || /^(?:\d+|[ivxl]+)$/.test(w)) n++;
  }
  return n;
}

/**
 * "tại bản A Viên, cụm bản La Cồ, huyện Sê Pôn, tỉnh B (Lào), ‹subject› …": an address of units
 * inside units, each after a comma, that ends on the province (more words, and commas, than a
 * venue is otherwise allowed).
 */
function unitChainEnd(s: SentenceView, k: number): Mention | null {
  const unitAt = (j: number) => SUB_UNITS.has(wordAt(s, j)) || wordAt(s, j) === 'cụm';
  // ("tại Trạm cửa khẩu phụ Nậm Lạnh, huyện Sốp Cộp, tỉnh B": a site may open the chain.)
  if (!unitAt(k + 1) && !SITES.has(wordAt(s, k + 1)) && wordAt(s, k + 1) !== 'trạm') return null;
  for (let j = k + 2, segments = 1; j < Math.min(s.t1, k + CHAIN_REACH); j++) {
    if (!commaBefore(s, j)) continue;
    // ("huyện Sê Pôn" is read as its province too: a unit of the chain, not its end.)
    const m = s.mentions.find((x) => x.headToken === j && CHAIN_END.has(x.prefix ?? ''));
    if (m) return segments >= 2 ? m : null;
    if (!unitAt(j)) return null;
    segments++;
  }
  return null;
}

/**
 * "Cùng góp mặt tại lễ hội năm nay có đoàn … tỉnh A": the event's own words after "tại", then
 * the roll of those present, not where it was held.
 */
function rollAfter(s: SentenceView, k: number): boolean {
  for (let j = k + 1; j < Math.min(s.t1, k + ROLL_OPENS); j++) {
    if (s.mentions.some((m) => m.headToken === j) || commaBefore(s, j)) return false;
    if (wordAt(s, j) === 'có') return true;
  }
  return false;
}
// From "tại" to the "có" that opens a roll: "tại buổi lễ khai mạc năm nay có".
const ROLL_OPENS = 8;

const CHAIN_REACH = 20;
// The units a chain ends on: a province, or a capital ("…, huyện Xaythany, thủ đô Viêng Chăn").
const CHAIN_END = new Set(['tinh', 'thu do']);
// From "diễn ra" / "tổ chức" to "tại": "Diễn ra từ ngày 09 đến 14/10/2023 tại B" (a span of days).
const TOOK_PLACE_REACH = 12;
// "hai tỉnh", "hai thành phố", "hai địa phương", "hai bên": the pair of a meeting, counted.
const PAIRED_UNITS = new Set(['tỉnh', 'thành', 'địa', 'bên']);

/**
 * "tại cửa khẩu Thanh Thủy (A) - Nặm On (B)": a pair of gates facing each other across the line,
 * each named with its province; the event stands on the border, in neither.
 */
function gatePair(s: SentenceView, k: number, m: Mention): boolean {
  if (!atGate(s, k)) return false;
  const { text, tokens } = s.tt;
  return s.mentions.some(
    (n) =>
      n.firstToken > m.lastToken &&
      n.firstToken <= m.lastToken + GATE_PAIR_REACH &&
      n.entry.country !== m.entry.country &&
      FACING_GATE.test(text.slice(tokens[m.lastToken]!.end, tokens[n.firstToken]!.start)),
  );
}
/**
 * "tại (khu vực) cặp cửa khẩu …", "tại khu vực cột mốc 591, Đồn Biên phòng … (tỉnh A) phối hợp
 * với … (tỉnh B) …": the locative at k names a place on the border line itself.
 */
function onTheLine(s: SentenceView, k: number): boolean {
  const g = wordsAt(s, k + 1, ['khu', 'vực']) ? k + 2 : k;
  return wordsAt(s, g + 1, ['cặp', 'cửa', 'khẩu']) || wordsAt(s, g + 1, ['cột', 'mốc']);
}

// "(A) - Nặm On (B)": the facing gate's name and its province's bracket.
const GATE_PAIR_REACH = 8;
// The spaced dash right after the first gate's province (and its bracket): not "(A) ngày 20-4".
const FACING_GATE = /^(?:[^()]*\))?\s*[-–]\s/u;

/**
 * "Quyết định … đã được công bố ngày 12/7 tại khu vực cặp cửa khẩu này", "tại cửa khẩu X (A) - Y
 * (B)", "tại khu vực cột mốc 591": an event held on the border line, hosted by neither side.
 */
export function heldOnTheLine(s: SentenceView): boolean {
  for (let k = s.t0; k < s.t1; k++) {
    if (!LOCATIVE.has(wordAt(s, k))) continue;
    if (onTheLine(s, k)) return true;
    const m = s.mentions.find((x) => x.firstToken > k && x.firstToken <= k + GATE_PAIR_REACH);
    if (m && gatePair(s, k, m)) return true;
  }
  return false;
}

export function venueIn(s: SentenceView): Mention | null {
  // (Asked by several rules of a sentence: read once, kept on the view.)
  // (readVenue returns one of the sentence's own mentions: half the sentences name none.)
  if (s.venue === undefined) s.venue = s.mentions.length === 0 ? null : readVenue(s);
  return s.venue;
}

/** @internal The venue venueIn reads, without its memo or its gate (for tests). */
export function readVenue(s: SentenceView): Mention | null {
  const cue = meetingAt(s, afterOpening(s));
  const found: { k: number; m: Mention }[] = [];
  for (let k0 = s.t0; k0 < s.t1; k0++) {
    const f = foldedAt(s, k0);
    if (f !== 'tai' && f !== 'o' && f !== 'tren') continue;
    const w = wordAt(s, k0);
    // "diễn tập chung trên đất Hà Tĩnh", "trên địa bàn tỉnh B": read from the last of those words.
    const k = w === 'trên' ? onGround(s, k0) : k0;
    if (k < 0 || (w !== 'tại' && w !== 'ở' && w !== 'trên')) continue;
    if (isSeatOrHome(s, k) || rollAfter(s, k) || insideQuotes(s, k) || onTheLine(s, k)) continue;
    const addressed = addressIn(s, k) ?? localityOf(s, k);
    if (addressed && gatePair(s, k, addressed)) continue;
    if (addressed) {
      found.push({ k, m: addressed });
      continue;
    }
    const chained = unitChainEnd(s, k);
    if (chained) {
      found.push({ k, m: chained });
      continue;
    }
    for (const m of s.mentions) {
      if (m.headToken <= k) continue;
      // ("tại Khu kinh tế cửa khẩu Vĩnh Xương (thị xã Tân Châu), tỉnh B": a bracketed remark does
      // not lengthen the way to the province.)
      // ("tại hội trường lớn của trụ sở chính quyền tỉnh B": a building's words do not either.)
      if (m.headToken > k + 8 + bracketed(s, k, m.headToken) + buildingWords(s, k, m.headToken))
        break;
      // ("tại gian hàng “Hà Nội - Việt Nam” ở Hội chợ …": a quoted name is a booth's, no venue.)
      if (insideQuotes(s, m.firstToken)) break;
      // "tại huyện Phu-vông, tỉnh B": a district, then the province it lies in, after one comma.
      let commas = 0;
      for (let j = k + 1; j <= m.headToken; j++) if (commaBefore(s, j)) commas++;
      // "phát biểu tại hội đàm với Công an các tỉnh A, B", "tại buổi hội đàm giữa hai tỉnh A – B":
      // the partners of a meeting, no place.
      // "chuyến thăm tại Lào của Đoàn … tỉnh A": the venue is a country, not the owner's place.
      // ("an ninh trật tự ở hai bên đường biên giới của tỉnh A": the border land, no meeting's venue.)
      let partner =
        countryWordAt(s, k + 1) > 0 || borderLand(s, k + 1, m.headToken) || gatePair(s, k, m);
      // ("Tỉnh A ở đồng bằng sông Cửu Long và tỉnh B của Lào vừa ký …": B is the second subject,
      // not where the first lies.)
      // ("tại hội đàm cấp cao hai tỉnh A - B": the pair that met, counted; not "tại hai tỉnh A
      // và B", both the venues.)
      for (let j = k + 1; j < m.headToken; j++)
        if (
          wordAt(s, j) === 'với' ||
          wordAt(s, j) === 'giữa' ||
          wordAt(s, j) === 'và' ||
          (j > k + 1 && wordAt(s, j) === 'hai' && PAIRED_UNITS.has(wordAt(s, j + 1)))
        )
          partner = true;
      // "tại Cửa khẩu quốc tế Mộc Bài, tỉnh B, đã diễn ra …": a site, then the province it lies
      // in, set off by commas (not "tại hội nghị, tỉnh B đã …", its subject).
      const site =
        (SITES.has(wordAt(s, k + 1)) || SITE_PAIRS.some((p) => wordsAt(s, k + 1, p))) &&
        (m.lastToken + 1 >= s.t1 || commaBefore(s, m.lastToken + 1));
      const cut =
        partner || commas > 1 || (commas === 1 && !CONTAINED.has(wordAt(s, k + 1)) && !site);
      if (!cut && !isInviter(s, m)) found.push({ k, m });
      break;
    }
  }
  // "thành phố B (Campuchia) là nơi diễn ra Hội trại …": the place the event was held.
  const heldIn = s.mentions.find((m) => placeOfEvent(s, m));
  if (heldIn) return heldIn;
  if (cue < 0) return found[0]?.m ?? null;
  // "… diễn ra tại tỉnh B": the event says where it took place, wherever that stands.
  // "… diễn ra sáng nay 12/5, tại TP Vinh", "… đã được tổ chức tại B": a time may stand between.
  const tookPlace = found.find((f) => {
    // ("diễn ra từ ngày 10/7 và dự kiến kết thúc ngày 15/7 tại B": the closing day between.)
    // ("diễn ra giữa Bộ … Lào và Đài … Việt Nam vào ngày 30/1, tại B": the sides between.)
    const reach = TOOK_PLACE_REACH + closingClauseBefore(s, f.k) + sidesClauseBefore(s, f.k);
    for (let b = f.k - 2; b >= Math.max(s.t0, f.k - reach); b--) {
      const pair = `${wordAt(s, b)} ${wordAt(s, b + 1)}`;
      // ("…, tổ chức ngày 5-4-2017 tại B": the event's own clause, set off by a comma.)
      // ("đợt tình nguyện do Tỉnh đoàn A phối hợp … tổ chức tại B": held by its organiser there.)
      // ("Hội nghị lần thứ hai đã được tiến hành ngày 29/9/2005 tại B": so is one carried out.)
      // ("Hội nghị … giữa tỉnh A và tỉnh B đã bế mạc tại tỉnh A": closed, or opened, where held.)
      if (
        pair === 'diễn ra' ||
        pair === 'bế mạc' ||
        pair === 'khai mạc' ||
        (pair === 'tiến hành' && wordAt(s, b - 1) === 'được') ||
        (pair === 'tổ chức' &&
          (wordAt(s, b - 1) === 'được' || commaBefore(s, b) || organiserBefore(s, b)))
      )
        return true;
    }
    return false;
  });
  if (tookPlace) return tookPlace.m;
  // "hội đàm với …, hội kiến … và … tại Hà Nội": the place closes a chain of meetings.
  const cues = [cue];
  for (let k = meetingAt(s, cue + 2); k >= 0; k = meetingAt(s, k + 2)) cues.push(k);
  // ("cuộc gặp giữa Thủ tướng A … và người đồng cấp B … tại C": the parties may take longer.)
  // ("Lễ ký kết biên bản ghi nhớ hợp tác … giữa A và B, ngày 8/4 tại C": the document's name first.)
  const signed = Math.max(0, signedDocumentWords(s, cue));
  const between = [cue + 1, cue + 2, cue + 3].some((k) => wordAt(s, k) === 'giữa') || signed > 0;
  // ("tổ chức Hội nghị “Các giải pháp … cho các tỉnh của nước CHDCND Lào” tại B": the meeting's
  // quoted name does not count.)
  const named0 = quotedNameEnd(s, cue);
  // ("đã tổ chức hoạt động giao lưu văn hóa, trao đổi kinh nghiệm và thiện nguyện tại huyện X
  // của tỉnh B": what is organised may be a list of activities.)
  const organised = organisedNear(s, [cue - 4, cue - 3, cue - 2]);
  const listed = (k: number) => organised && activityList(s, cue, k);
  // ("… đã cùng tiếp kiến đại biểu đến từ các địa phương của hai nước, tại thành phố A, tỉnh B.":
  // a place set off at the sentence's end closes the meeting's clause, however long its guests.)
  const closing = (k: number) => commaBefore(s, k) && endsSentence(s, k);
  const after = found.find(
    (f) =>
      f.k > cue &&
      cues.some(
        (c, i) =>
          f.k > c &&
          f.k - uncounted(s, c, f.k) - addresses(s, c, f.k) - recipients(s, c, f.k) <=
            (i === 0 ? named0 : c) +
              (i === 0 ? (between || listed(f.k) || closing(f.k) ? 20 + signed : 9) : 12),
      ),
  );
  if (after) return abroadInChain(s, found, after, cue) ?? after.m;
  // "Trong khuôn khổ chương trình làm việc giữa …, sáng 22/8, tại hội trường Tỉnh ủy B, hai
  // tỉnh đã ký kết …": the place opens the clause of a later meeting word.
  const opening = found.find((f) => cues.some((c, i) => i > 0 && f.k < c && c - f.k <= 12));
  if (opening) return opening.m;
  // A "tại" there naming no place we know: the meeting's venue is unknown, not an earlier one.
  // ("… trao quà cho trẻ em nghèo ở Campuchia": a country holds the venue named before.)
  for (let k = cue + 1; k < Math.min(s.t1, cue + 10); k++)
    if (
      (wordAt(s, k) === 'tại' || wordAt(s, k) === 'ở') &&
      countryWordAt(s, k + 1) === 0 &&
      !isSeatOrHome(s, k)
    )
      return null;
  const before = found.filter((f) => f.k < cue);
  if (before.length > 0) return before[before.length - 1]!.m;
  // "A và B vừa ký biên bản ghi nhớ về hợp tác kinh tế, xã hội hai chiều tại thành phố A": the
  // one place the sentence ends on, after the signing's long object.
  // (Only where the signers of both countries are named before it: "… ký hợp đồng với một doanh
  // nghiệp đóng tại tỉnh B" names where a firm sits.)
  // (So does a ceremony both sides hold: "UBND tỉnh A cùng … tỉnh B tổ chức lễ đón nhận Huân
  // chương … của nước … Lào tại TP C".)
  const last = found[found.length - 1];
  const signers = new Set(s.mentions.filter((m) => m.lastToken < cue).map((m) => m.entry.country));
  const held = organisedNear(s, [cue - 3, cue - 2, cue]);
  if ((wordAt(s, cue) !== 'ký' && !held) || signers.size < 2 || found.length !== 1 || !last)
    return null;
  for (let k = cue + 1; k <= last.k; k++) if (semicolonBefore(s, k)) return null;
  return last.m;
}

/** Whether "tổ chức" stands at one of the tokens given (around a meeting word). */
function organisedNear(s: SentenceView, at: readonly number[]): boolean {
  return at.some((b) => wordsAt(s, b, ['tổ', 'chức']));
}

/** "giao lưu văn hóa, trao đổi kinh nghiệm và thiện nguyện" from a to b: a list, no place in it. */
function activityList(s: SentenceView, a: number, b: number): boolean {
  if (s.mentions.some((m) => m.headToken > a && m.headToken < b)) return false;
  for (let k = a + 1; k < b; k++) if (commaBefore(s, k) || wordAt(s, k) === 'và') return true;
  return false;
}

// Events a host organises for its guests ("UBND tỉnh B tổ chức buổi họp mặt … với các tỉnh A1, A2").
const HOSTED = new Set([
  // "tổ chức thi đấu thể thao, giao lưu … với …", "tổ chức giải bóng đá …".
  'thi',
  // "đăng cai cuộc họp song phương …".
  'cuộc',
  'giải',
  'buổi',
  'họp',
  'hội',
  'lễ',
  'gặp',
  'chiêu',
  'tọa',
  'giao',
  'chương',
  'tiệc',
  // "tổ chức trao quà …": a handover where the gifts are given.
  'trao',
  // "tổ chức Diễn đàn Doanh nghiệp …", "Triển lãm …", "Liên hoan …", "Tuần Văn hóa …".
  'diễn',
  'triển',
  'liên',
  'tuần',
  // "tổ chức đêm giao lưu …", "đêm văn nghệ".
  'đêm',
]);

const RECEIVING = new Set(['tiếp', 'đón', 'cùng']);

/** "tại TP B, Hội … tổ chức lễ kỷ niệm …": an event someone holds. */
export function organises(s: SentenceView): boolean {
  // ("Ngày hội … được tổ chức từ ngày 17 đến 19-5 tại huyện X, tỉnh B": held there.)
  // ("Sáng 21/5, tại tỉnh B diễn ra lễ truy điệu …": an event that took place, no organiser named.)
  // ("… tại tỉnh B đã được tổ chức.": the words may end the sentence.)
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (
      organisesAt(s, k) ||
      (wordsAt(s, k, ['tổ', 'chức']) && (wordAt(s, k - 1) === 'được' || closesDoClause(s, k))) ||
      (wordsAt(s, k, ['diễn', 'ra']) &&
        (isHosted(s, afterManner(s, k + 2)) || ceremonyHeldAt(s, k)))
    )
      return true;
  return false;
}

/**
 * "Lễ kỷ niệm … diễn ra tại tỉnh B", "Lễ mít tinh … đã diễn ra sáng 5/3 tại B": a ceremony (not
 * any event: "Hội nghị" is a meeting already) said to take place at a place.
 */
function ceremonyHeldAt(s: SentenceView, k: number): boolean {
  let ceremony = false;
  for (let b = clauseOpening(s, k); b < k; b++)
    ceremony ||= wordAt(s, b) === 'lễ' || wordsAt(s, b, ['mít', 'tinh']);
  return ceremony && wordIn(s, k + 2, k + 2 + HELD_AT_REACH, LOCATIVE);
}
// From "diễn ra" to "tại" ("diễn ra sáng 5/3 tại …", "diễn ra trọng thể vào ngày 12/3 tại …").
const HELD_AT_REACH = 8;

/**
 * The host side a sentence names when it gives no "tại": "Đi cùng đoàn / Tiếp đoàn, về phía tỉnh B
 * có …" (the host's escort), or "‹body› tỉnh B tổ chức buổi họp mặt … với …" (the organiser).
 */
export function hostIn(s: SentenceView): { host: Mention; organiser: boolean } | null {
  // "Tại Cửa khẩu quốc tế Tịnh Biên, Bộ Chỉ huy BĐBP tỉnh B đã gặp mặt …": a border gate is no
  // place of ours; the side named right after it received the others there.
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (foldedAt(s, k) !== 'tai' || foldedAt(s, k + 1) !== 'cua' || foldedAt(s, k + 2) !== 'khau')
      continue;
    let j = k + 3;
    while (j < s.t1 && !commaBefore(s, j)) j++;
    const m = s.mentions.find((x) => x.headToken >= j && x.headToken <= j + 8);
    // ("tại Cửa khẩu quốc tế X, đoàn công tác tỉnh A đã trao tặng … tỉnh B": a delegation came to
    // the gate, as the other side did; neither received the other.)
    if (m && wordAt(s, j) === 'đoàn') return null;
    if (m) return { host: m, organiser: false };
  }
  for (let k = s.t0 + 1; k < s.t1; k++) {
    if (foldedAt(s, k) !== 'phia' || wordAt(s, k) !== 'phía' || wordAt(s, k - 1) !== 'về') continue;
    const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + 2);
    if (!m) continue;
    // ("Đón nhận phần quà, về phía tỉnh B có …": B received a gift, not guests.)
    for (let b = k - 2; b >= Math.max(s.t0, k - 6); b--)
      if (RECEIVING.has(wordAt(s, b)) && wordAt(s, b + 1) !== 'nhận')
        return { host: m, organiser: false };
  }
  // ("Tây Ninh (TTXVN) - Ngày 6/9, Bộ Chỉ huy … tỉnh A chủ trì …": past the dateline.)
  let first = s.mentions.find((m) => !isDateline(s, m));
  if (!first) return null;
  // ("huyện Mường Tè, tỉnh B đã long trọng khai mạc …": a district, then its province, is one.)
  const next = s.mentions[s.mentions.indexOf(first) + 1];
  if (next?.entry === first.entry && next.headToken === first.lastToken + 1) first = next;
  // "Tiếp đoàn có bà A, Phó Tỉnh trưởng tỉnh B, …", "Tiếp và làm việc với đoàn có …": the
  // receivers' roll call names the host.
  const roll = receiversRollCall(s);
  if (roll > 0) {
    // One comma may close the person's name before the title.
    let commas = 0;
    for (let k = roll; k <= first.headToken; k++) if (commaBefore(s, k)) commas++;
    if (commas <= 1 && first.headToken >= roll) return { host: first, organiser: false };
  }
  if (chairs(s, first)) return { host: first, organiser: true };
  // "Liên hiệp các tổ chức hữu nghị tỉnh A và Hội hữu nghị Việt Nam - Lào tỉnh đã tổ chức …": a
  // co-organiser of the same province ("… tỉnh", unnamed) stands before the verb.
  const from = sameProvinceBodyAfter(s, first);
  for (let k = from + 1; k < s.t1; k++) {
    // (Words, a place name counting as one: "A- Hủa Phăn tổ chức …" and "A- Bô Ly Khăm Xay tổ
    // chức …" are one shape.)
    const words = wordsBetween(s, from + 1, k + 1);
    if (words >= 8) break;
    if (organisesAt(s, k) || organisedBy(s, first, k) || chairsEventAt(s, k, first))
      return jointWith(s, first) ? null : { host: first, organiser: true };
    // "tỉnh B (Lào) đã long trọng tổ chức lễ …": manner words may stand before the verb.
    if (words >= 3 && !BEFORE_ORGANISING.has(wordAt(s, k))) break;
  }
  return null;
}

const near = (a: Mention, b: Mention) =>
  b.firstToken > a.lastToken && b.firstToken <= a.lastToken + 3;

/** The last token of "và ‹body› tỉnh" right after the mention (a body of its province), else its own. */
function sameProvinceBodyAfter(s: SentenceView, m: Mention): number {
  if (wordAt(s, m.lastToken + 1) !== 'và') return m.lastToken;
  for (let k = m.lastToken + 2; k < Math.min(s.t1, m.lastToken + 14); k++) {
    // "BĐBP tỉnh A và Ban CHQS huyện X, tỉnh A đã tổ chức …": a body of a district of A.
    let x = s.mentions.find((o) => o.headToken === k);
    if (x && x.entry !== m.entry) return m.lastToken;
    // ("huyện X, tỉnh A": the district, then the province it lies in.)
    for (let y = x; y && y.entry === m.entry; y = s.mentions.find((o) => near(y!, o))) x = y;
    if (x) return x.lastToken;
    if (commaBefore(s, k) && !wordIn(s, m.lastToken + 2, k, SUB_UNITS)) return m.lastToken;
    if (wordAt(s, k) === 'tỉnh' && ['đã', 'vừa', 'cùng', 'phối'].includes(wordAt(s, k + 1)))
      return k;
  }
  return m.lastToken;
}
/** "do ‹organiser› (phối hợp …)" ends right before token b, in the same clause. */
function organiserBefore(s: SentenceView, b: number): boolean {
  // ("do UBND tỉnh A cùng … 2 tỉnh B1, B2 (Lào) phối hợp tổ chức": a list's comma is inside.)
  const j = doBefore(s, b, true);
  return j >= 0 && s.mentions.some((m) => m.headToken > j && m.headToken < b);
}
const ORGANISER_WORDS = 24;

/**
 * "…, chương trình do T.Ư Đoàn … phối hợp với T.Ư Đoàn … Lào đứng ra tổ chức.": "tổ chức" ends the
 * sentence, its organisers named after "do" (no place needed).
 */
function closesDoClause(s: SentenceView, k: number): boolean {
  return k + 2 >= s.t1 && doBefore(s, k, false) >= 0;
}

/**
 * The "do" (or the passive's "được") that names the organisers before token b, in the same clause
 * (a list's commas inside it when `lists`), or -1.
 */
function doBefore(s: SentenceView, b: number, lists: boolean): number {
  for (let j = b - 1; j >= Math.max(s.t0, b - ORGANISER_WORDS); j--) {
    if (commaBefore(s, j + 1) && !(lists && listComma(s, j + 1))) return -1;
    // ("lễ … đã được tỉnh A cùng tỉnh B phối hợp tổ chức tại B": the passive names them the same.)
    if (wordAt(s, j) === 'do' || (wordAt(s, j) === 'được' && j < b - 1)) return j;
  }
  return -1;
}

/** "tổ chức lễ / hội nghị / thi đấu …" at token k: an event organised. */
function organisesAt(s: SentenceView, k: number): boolean {
  // "tỉnh B đã khai mạc Ngày hội …": the opening of an event it holds; "tỉnh B đăng cai cuộc họp
  // …": it hosts it; "phía B đã long trọng làm lễ mừng …": a ceremony held.
  if (wordsAt(s, k, ['làm', 'lễ'])) return true;
  // ("tại B, Tổng cục Du lịch … đã phối hợp cùng … khởi động chương trình xúc tiến …": launched.)
  if (
    !wordsAt(s, k, ['tổ', 'chức']) &&
    !wordsAt(s, k, ['khai', 'mạc']) &&
    !wordsAt(s, k, ['đăng', 'cai']) &&
    !wordsAt(s, k, ['khởi', 'động'])
  )
    return false;
  return isHosted(s, afterManner(s, k + 2));
}

/**
 * "Bộ Chỉ huy BĐBP tỉnh A chủ trì hội nghị … với lực lượng … của các tỉnh B, C": the chair of a
 * meeting its guests came to (not "đồng chủ trì", two chairs, nor one of another side before it).
 */
function chairsEventAt(s: SentenceView, k: number, first: Mention): boolean {
  if (!wordsAt(s, k, ['chủ', 'trì']) || wordAt(s, k - 1) === 'đồng') return false;
  return (
    isHosted(s, afterManner(s, k + 2)) &&
    s.mentions.every((m) => m.headToken > k || m.entry.country === first.entry.country)
  );
}

/** "(tổ chức | diễn ra) trọng thể lễ …", "long trọng Lễ …": past a manner before the event. */
function afterManner(s: SentenceView, j: number): number {
  return MANNER.has(`${wordAt(s, j)} ${wordAt(s, j + 1)}`) ? j + 2 : j;
}

/**
 * "(hai bên) (đường / tuyến) biên giới" between tokens a and b (not "khu vực / vùng biên giới
 * tỉnh A", a stretch of A's own land).
 */
function borderLand(s: SentenceView, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++)
    if (wordsAt(s, k, ['biên', 'giới']))
      // ("tại tỉnh biên giới Tây Ninh": a border province, named.)
      return (
        !(stretchOf(s, k) && ownedBy(s, k + 2, b)) &&
        !(UNIT_WORDS.has(wordAt(s, k - 1)) && k + 2 === b)
      );
  return false;
}
const UNIT_WORDS = new Set(['tỉnh', 'huyện']);

/** "khu vực biên giới", "vùng biên giới" at the "biên" at token k. */
function stretchOf(s: SentenceView, k: number): boolean {
  return wordsAt(s, k - 2, ['khu', 'vực']) || wordAt(s, k - 1) === 'vùng';
}

/**
 * Only "(của) tỉnh" from token a to the place at b ("… biên giới của tỉnh A"), and no second side
 * after it ("… biên giới tỉnh A (cũ) của Việt Nam và tỉnh B của Campuchia").
 */
function ownedBy(s: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (wordAt(s, k) !== 'của' && wordAt(s, k) !== 'tỉnh') return false;
  const m = s.mentions.find((x) => x.headToken === b);
  return !m || !s.mentions.some((x) => x.headToken > b && x.entry.country !== m.entry.country);
}

/** "ra mắt cuốn sách "Người Mường ở bản X"": a title in quotes, no venue of the sentence. */
function insideQuotes(s: SentenceView, k: number): boolean {
  const before = s.tt.text.slice(s.span[0], s.tt.tokens[k]!.start);
  const straight = before.split('"').length - 1;
  const open = before.split('“').length - 1;
  const close = before.split('”').length - 1;
  return straight % 2 === 1 || open > close;
}

/**
 * The last token of a quoted name that follows the meeting word at `cue` ("Hội nghị “…”"), or
 * `cue` when none does.
 */
function quotedNameEnd(s: SentenceView, cue: number): number {
  const text = s.tt.text;
  const from = s.tt.tokens[Math.min(cue + 1, s.t1 - 1)]!.end;
  const open = text.slice(from, from + 4).search(/["“]/u);
  if (open < 0) return cue;
  const close = text.slice(from + open + 1, s.tt.tokens[s.t1 - 1]!.end).search(/["”]/u);
  if (close < 0) return cue;
  const at = from + open + 1 + close;
  let k = cue;
  while (k + 1 < s.t1 && s.tt.tokens[k + 1]!.end <= at) k++;
  return k;
}

/** "Ngày hội do Bộ … cùng UBND tỉnh A tổ chức": A named after "do", the verb at token k. */
function organisedBy(s: SentenceView, organiser: Mention, k: number): boolean {
  if (!wordsAt(s, k, ['tổ', 'chức']) || k !== organiser.lastToken + 1) return false;
  // ("… cùng Ủy ban nhân dân tỉnh A tổ chức": the spelt-out committee reaches as far as "UBND".)
  const reach = 10 + speltBodiesWithin(s, organiser.firstToken - 13, organiser.firstToken);
  for (let b = organiser.firstToken - 1; b >= Math.max(s.t0, organiser.firstToken - reach); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'do') return true;
  }
  return false;
}

/** An event's head word at token k ("lễ", "hội", "giải", "Ngày hội"). */
function isHosted(s: SentenceView, k: number): boolean {
  // ("tổ chức hoạt động thi đấu thể thao, giao lưu … với công an các tỉnh B1, B2": the activity
  // "hoạt động" names is the event; not "các hoạt động", exchanges in general, nor "hoạt động giao
  // thương / liên vận / trao đổi hàng hóa", trade that moves no delegation.)
  if (wordsAt(s, k, ['hoạt', 'động']))
    return ACTIVITY_EVENTS.has(`${wordAt(s, k + 2)} ${wordAt(s, k + 3)}`);
  return HOSTED.has(wordAt(s, k)) || (wordAt(s, k) === 'ngày' && wordAt(s, k + 1) === 'hội');
}

// The events "hoạt động" may name ("tổ chức hoạt động thi đấu / giao lưu / hội thao …").
const ACTIVITY_EVENTS = new Set([
  'thi đấu',
  'giao lưu',
  'hội thao',
  'hội thi',
  'hội diễn',
  'liên hoan',
  'trao quà',
  'trao tặng',
  'tọa đàm',
  'gặp mặt',
  'họp mặt',
  'diễn đàn',
  'triển lãm',
  'ngày hội',
]);

const MANNER = new Set(['trọng thể', 'long trọng', 'trang trọng', 'thành công']);

/**
 * "Công an tỉnh A làm đơn vị chủ trì, cùng Công an tỉnh B và Công an tỉnh C tổ chức thi đấu …":
 * the chair hosts the event its own country's partners organise with it.
 */
function chairs(s: SentenceView, first: Mention): boolean {
  let k = first.lastToken + 1;
  if (wordsAt(s, k, ['làm', 'đơn', 'vị'])) k += 3;
  if (!wordsAt(s, k, ['chủ', 'trì'])) return false;
  for (let j = k + 2; j + 2 < Math.min(s.t1, k + 30); j++)
    if (organisesAt(s, j))
      return s.mentions.every(
        (m) => m.headToken < k || m.headToken > j || m.entry.country === first.entry.country,
      );
  return false;
}

/**
 * "khóm A, thị trấn B, Hướng Hóa-Việt Nam và Bản C, Sê Pôn, Savannakhet-Lào đã tổ chức Lễ kết
 * nghĩa": a side of another country joined to the organiser by "và" before it; both host.
 */
function jointWith(s: SentenceView, first: Mention): boolean {
  let and = false;
  for (let k = first.headToken - 1; k >= Math.max(s.t0, first.headToken - 16); k--) {
    if (wordAt(s, k) === 'và') and = true;
    const n = and ? countryWordAt(s, k) : 0;
    if (n > 0 && countryWords(phraseText(s.tt, k, k + n))[0]?.country !== first.entry.country)
      return true;
  }
  return false;
}

// ("UBND tỉnh A đã phối hợp tổ chức đêm giao lưu …": co-organised with bodies it does not name.)
const BEFORE_ORGANISING = new Set([
  'phối',
  'hợp',
  'đã',
  'vừa',
  'long',
  'trang',
  'trọng',
  'thể',
  'chính',
  'thức',
  'cũng',
]);

/** After "Tiếp (và làm việc với) đoàn có" opening the sentence: the token after "có", else -1. */
function receiversRollCall(s: SentenceView): number {
  if (wordAt(s, s.t0) !== 'tiếp' && wordAt(s, s.t0) !== 'đón') return -1;
  for (let k = s.t0 + 1; k < Math.min(s.t1, s.t0 + 6); k++)
    if (wordAt(s, k) === 'đoàn' && wordAt(s, k + 1) === 'có') return k + 2;
  return -1;
}

/**
 * A plan, wish or habit before the named venue ("Hội nghị lần tới sẽ được tổ chức tại B", "đề
 * nghị … để lãnh đạo tỉnh A sang thăm … tại B"), or anywhere when no venue is named; one after the
 * venue's clause ("tại B, … đã chủ trì cuộc gặp …, đề nghị …") leaves the meeting told as done.
 */
export function plannedMeeting(s: SentenceView, venue: Mention | null, cue = -1): boolean {
  const f = futureIndex(s);
  if (f < 0) return false;
  // ("Có mặt tại buổi lễ, ông X …, bày tỏ …, đồng thời khẳng định mong muốn …": a wish voiced at
  // the meeting, clauses after its words; `cue` is given for a roll of those present only.)
  if (!venue && cue >= 0 && f > cue + 1 && commaIn(s, cue + 1, f)) return false;
  if (!venue) return true;
  if (f < venue.headToken) return !signedThere(s, f, venue.headToken);
  for (let k = venue.lastToken + 1; k <= f; k++) if (commaBefore(s, k)) return false;
  return true;
}

/**
 * "… sẽ đẩy mạnh hợp tác theo biên bản ghi nhớ được hai bên ký kết tại hội nghị tổ chức ở tỉnh B
 * ngày 2/4": a signing told in the passive between the plan and the venue was done there.
 */
function signedThere(s: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++)
    if (wordAt(s, k) === 'được')
      for (let j = k + 1; j <= k + SIGNERS_REACH && j < b; j++)
        if (wordAt(s, j) === 'ký' || wordAt(s, j) === 'kí') return true;
  return false;
}
// "được ký", "được hai bên ký", "được lãnh đạo hai tỉnh ký".
const SIGNERS_REACH = 5;
