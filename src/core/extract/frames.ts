// Visits read from event frames: where a meeting happens (the venue) and who takes part (the
// parties). Real reports often carry no travel verb between the two: "Tại Văn phòng Hành chính
// tỉnh B, Ủy ban nhân dân tỉnh A tổ chức hội nghị …", "Đoàn đại biểu tỉnh A do … làm Trưởng đoàn.",
// "Cùng sang thăm có đoàn tỉnh C", "… hội đàm với đoàn Hội Phụ nữ các tỉnh C, D và E". Each party
// whose home lies in another country than the venue travelled to it. A sentence without a venue
// of its own takes the article's, when it is about a delegation or a side of the meeting.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import {
  countryWords,
  envoyFirst,
  listedNationalActors,
  nationalActorNear,
  nationalBodyIndex,
} from './actors.ts';
import type { Mention } from './find-places.ts';
import { bareProvinceIn } from './home.ts';
import { fold } from '../normalize.ts';
import { isCapitalised } from './tokens.ts';
import {
  countryWordAt,
  foldedAt,
  FoldedWords,
  hasWords,
  isDateline,
  isSuccessorRemark,
  phraseText,
  wordAt,
  type SentenceView,
  isSeatOrHome,
} from './sentence-view.ts';
import {
  commaBefore,
  futureIndex,
  NOT_AFTER_TIEP,
  speaksOfFuture,
  SUB_UNITS,
} from './visit-cues.ts';
import {
  cameFrom,
  isInviter,
  isLocated,
  local,
  withListed,
  type Side,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';

/** What the article has established as the place of its main event. */
export interface ArticleFrame {
  venue: GazetteerEntry | null;
}

/** Sentences (title included) that may set the article's venue: the headline and the lead. */
export const LEAD_SENTENCES = 4;

/**
 * The venue the headline or the lead establishes: the single destination of the visits they
 * tell, else a "tại B" of a meeting sentence.
 */
export function leadVenue(s: SentenceView, visits: VisitFinding[]): GazetteerEntry | null {
  const dests = new Set(
    visits.flatMap((v) => v.to.filter((t) => t.level === 'local')).map((t) => t.entry),
  );
  if (dests.size === 1) return [...dests][0]!;
  if (dests.size > 1) return null;
  const named = venueIn(s);
  // ("… sẽ lần lượt diễn ra tại tỉnh B": a plan sets no venue for what the article recalls.)
  if (named)
    return (meetingAt(s) >= 0 || organises(s)) && !plannedMeeting(s, named) ? named.entry : null;
  // "Ngày 25/5, tại Nghĩa trang liệt sĩ huyện X, UBND tỉnh A tổ chức Lễ …": the organiser's
  // province, where the place named is not one of ours (nor a country: "tại Lào").
  const host = hostIn(s);
  return host?.organiser && !abroad(s, host.host) && !speaksOfFuture(s) ? host.host.entry : null;
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
    if (countryWordAt(s, k + 1) > 0 && !LIVED.has(wordAt(s, k - 1))) return true;
  }
  return false;
}
const LIVED = new Set(['sinh', 'sống']);

// Words of a meeting or a trip: with a venue and a foreign party, someone travelled.
const MEETING = new Set([
  'hội đàm',
  'hội kiến',
  'hội nghị',
  'làm việc',
  'gặp gỡ',
  'gặp mặt',
  'chào xã',
  'ký kết',
  'giao lưu',
  'trưởng đoàn',
  'dẫn đầu',
  'sang thăm',
  'đến thăm',
  'tới thăm',
  'chúc tết',
  'chúc mừng',
  'tiếp đón',
  'đón tiếp',
  'họp mặt',
  'cuộc họp',
  'cuộc gặp',
  'chủ trì',
  'tọa đàm',
  'hội thảo',
  // Joint exercises of two provinces' forces ("diễn tập chung trên đất B").
  'diễn tập',
  'tham dự',
  // Ceremonies ("trao văn kiện hợp tác", "trước sự chứng kiến của …").
  'trao văn',
  'chứng kiến',
  // "tại tỉnh B, … tổ chức Lễ trao Huân chương … cho Đại tá X, Chỉ huy trưởng BĐBP tỉnh A".
  'lễ trao',
  // Companions of the delegation ("Tham gia đoàn … có lãnh đạo các tỉnh A, B", "Cùng đi có …").
  'tham gia',
  'cùng đi',
  'tháp tùng',
  // Openings and fairs the delegations come to ("khai mạc Hội chợ … tại Thủ đô B"), and the
  // ceremonies of works handed over ("lễ khánh thành và bàn giao Bệnh viện … tại B"; a work
  // "khánh thành tháng 5/2023" is only described).
  'khai mạc',
  'hội chợ',
  'lễ khánh',
  'lễ bàn',
  // Gifts handed over where the sentence says ("tại thủ đô B, đoàn … Hội Phụ nữ A trao quà cho …").
  'trao quà',
  'tặng quà',
]);
const MEETING_ONE = new Set(['tiếp', 'đón', 'dự', 'ký', 'thăm', 'họp']);
const NOT_AFTER_DU = new Set(['án', 'kiến', 'thảo', 'toán', 'báo', 'định', 'trữ', 'phòng']);

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
  // "lực lượng vũ trang (huyện X,) tỉnh A".
  'trang',
  // "Dự lễ có …, đại biểu các tỉnh: B1, B2".
  'biểu',
]);
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
// "12 đoàn", "nhiều đoàn", "các đoàn": a tally of exchanges, not one delegation.
const TALLY = new Set(['nhiều', 'các', 'hàng', 'chục', 'trăm', 'những', 'mấy']);

// Folded first words of MEETING and MEETING_ONE: the cheap test before reading diacritics.
const MEETING_FOLDED = new Set([...MEETING, ...MEETING_ONE].map((m) => fold(m.split(' ')[0]!)));
const MEETING_WORDS = new FoldedWords(MEETING_FOLDED);

// "Trong khuôn khổ Chương trình giao lưu …,", "Nhân dịp …,": a clause that names the occasion.
const OPENINGS = ['trong khuôn khổ', 'nhân dịp', 'trong chương trình', 'tiếp tục chương trình'];

/** Where the sentence's own clause starts: after an opening clause naming the occasion. */
function afterOpening(s: SentenceView): number {
  // "Nằm trong khuôn khổ …": the same opening after a verb of belonging.
  const skip = wordAt(s, s.t0) === 'nằm' ? 1 : 0;
  const t = s.t0 + skip;
  const lead = `${wordAt(s, t)} ${wordAt(s, t + 1)} ${wordAt(s, t + 2)}`;
  if (!OPENINGS.some((o) => lead.startsWith(o))) return s.t0;
  for (let k = t + 2; k < s.t1; k++) if (commaBefore(s, k)) return k;
  return s.t0;
}

/** The first meeting or trip word of the sentence from token `from`, or -1. */
function meetingAt(s: SentenceView, from = s.t0): number {
  for (let k = from; k < s.t1; k++) {
    if (!MEETING_WORDS.at(s, k)) continue;
    const w = wordAt(s, k);
    // "dự án" is a project, "dự kiến" a plan, "dự thảo" a draft.
    if (w === 'dự' && NOT_AFTER_DU.has(wordAt(s, k + 1))) continue;
    // "tiếp nhận lưu học sinh", "tiếp tục", "trực tiếp", "liên tiếp": no reception.
    if (
      w === 'tiếp' &&
      (NOT_AFTER_TIEP.has(wordAt(s, k + 1)) || NOT_BEFORE_TIEP.has(wordAt(s, k - 1)))
    )
      continue;
    // "doanh nghiệp tham gia một số dự án ở tỉnh B": a stake in a project, not a presence.
    if (w === 'tham' && wordAt(s, k + 1) === 'gia' && joinsProject(s, k + 2)) continue;
    // "bản ghi nhớ … được ký kết vào ngày 26/10/2022 tại tỉnh A": a document's history.
    if (w === 'ký' && wordAt(s, k - 1) === 'được') continue;
    if (MEETING.has(`${w} ${wordAt(s, k + 1)}`) || MEETING_ONE.has(w)) return k;
  }
  return -1;
}

const NOT_BEFORE_TIEP = new Set(['trực', 'gián', 'kế', 'liên']);

/** "(một số | các | nhiều) dự án", "đầu tư" from token k. */
function joinsProject(s: SentenceView, k: number): boolean {
  let at = k;
  if (wordAt(s, at) === 'một' && wordAt(s, at + 1) === 'số') at += 2;
  else if (TALLY.has(wordAt(s, at))) at++;
  const pair = `${wordAt(s, at)} ${wordAt(s, at + 1)}`;
  return pair === 'dự án' || pair === 'đầu tư';
}

// Seats of Vietnam's national bodies, named without their city in the Vietnamese press.
const CAPITAL_SEATS =
  /^(?:nhà quốc hội|phủ chủ tịch|trụ sở trung ương đảng|trụ sở chính phủ)(?!\s*(?:nước\s*)?(?:chdcnd\s*)?(?:lào|campuchia|hoàng gia))/u;

/** "tại Nhà Quốc hội", "tại Phủ Chủ tịch": Hà Nội, when no other country is named with it. */
export function seatVenue(s: SentenceView, gaz: Gazetteer): GazetteerEntry | null {
  for (let k = s.t0; k < s.t1; k++) {
    if (foldedAt(s, k) !== 'tai' || wordAt(s, k) !== 'tại') continue;
    if (CAPITAL_SEATS.test(phraseText(s.tt, k + 1, Math.min(s.t1, k + 8))))
      return gaz.capital('VN');
  }
  return null;
}

// What a venue names before the province it lies in ("tại TP Châu Đốc, tỉnh An Giang").
const CONTAINED = new Set([...SUB_UNITS, 'tp', 'thành']);
// First words of the sites a meeting is held at ("Cửa khẩu …", "Đồn Biên phòng …", "Nhà khách …").
const SITES = new Set([
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
]);

/** "trên đất", "trên địa bàn" at token k: the token of their last word, else -1. */
function onGround(s: SentenceView, k: number): number {
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
  // Only an address: the province closes the brackets (or a "(nay là …)" remark follows it).
  return last && /^\s*(?:\(\s*nay\s[^)]*)?$/u.test(text.slice(last.span[1], close)) ? last : null;
}

/**
 * "tại / ở ‹up to eight words› tỉnh B" before any comma: the place the sentence happens in. The
 * "tại" just after the meeting word places it ("giao lưu với đoàn B tại C"), else the nearest one
 * before it; one further on places something else ("đào tạo lưu học sinh tại Trường … ở phường B").
 */
export function venueIn(s: SentenceView): Mention | null {
  const cue = meetingAt(s, afterOpening(s));
  const found: { k: number; m: Mention }[] = [];
  for (let k0 = s.t0; k0 < s.t1; k0++) {
    const f = foldedAt(s, k0);
    if (f !== 'tai' && f !== 'o' && f !== 'tren') continue;
    const w = wordAt(s, k0);
    // "diễn tập chung trên đất Hà Tĩnh", "trên địa bàn tỉnh B": read from the last of those words.
    const k = w === 'trên' ? onGround(s, k0) : k0;
    if (k < 0 || (w !== 'tại' && w !== 'ở' && w !== 'trên')) continue;
    if (isSeatOrHome(s, k)) continue;
    const addressed = addressIn(s, k);
    if (addressed) {
      found.push({ k, m: addressed });
      continue;
    }
    for (const m of s.mentions) {
      if (m.headToken <= k) continue;
      if (m.headToken > k + 8) break;
      // "tại huyện Phu-vông, tỉnh B": a district, then the province it lies in, after one comma.
      let commas = 0;
      for (let j = k + 1; j <= m.headToken; j++) if (commaBefore(s, j)) commas++;
      // "phát biểu tại hội đàm với Công an các tỉnh A, B", "tại buổi hội đàm giữa hai tỉnh A – B":
      // the partners of a meeting, no place.
      // "chuyến thăm tại Lào của Đoàn … tỉnh A": the venue is a country, not the owner's place.
      let partner = countryWordAt(s, k + 1) > 0;
      for (let j = k + 1; j < m.headToken; j++)
        if (wordAt(s, j) === 'với' || wordAt(s, j) === 'giữa') partner = true;
      // "tại Cửa khẩu quốc tế Mộc Bài, tỉnh B, đã diễn ra …": a site, then the province it lies
      // in, set off by commas (not "tại hội nghị, tỉnh B đã …", its subject).
      const site =
        SITES.has(wordAt(s, k + 1)) && (m.lastToken + 1 >= s.t1 || commaBefore(s, m.lastToken + 1));
      const cut =
        partner || commas > 1 || (commas === 1 && !CONTAINED.has(wordAt(s, k + 1)) && !site);
      if (!cut && !isInviter(s, m)) found.push({ k, m });
      break;
    }
  }
  if (cue < 0) return found[0]?.m ?? null;
  // "… diễn ra tại tỉnh B": the event says where it took place, wherever that stands.
  // "… diễn ra sáng nay 12/5, tại TP Vinh", "… đã được tổ chức tại B": a time may stand between.
  const tookPlace = found.find((f) => {
    for (let b = f.k - 2; b >= Math.max(s.t0, f.k - 9); b--) {
      const pair = `${wordAt(s, b)} ${wordAt(s, b + 1)}`;
      if (pair === 'diễn ra' || (pair === 'tổ chức' && wordAt(s, b - 1) === 'được')) return true;
    }
    return false;
  });
  if (tookPlace) return tookPlace.m;
  // "hội đàm với …, hội kiến … và … tại Hà Nội": the place closes a chain of meetings.
  const cues = [cue];
  for (let k = meetingAt(s, cue + 2); k >= 0; k = meetingAt(s, k + 2)) cues.push(k);
  // ("cuộc gặp giữa Thủ tướng A … và người đồng cấp B … tại C": the parties may take longer.)
  const between = [cue + 1, cue + 2, cue + 3].some((k) => wordAt(s, k) === 'giữa');
  const after = found.find(
    (f) =>
      f.k > cue && cues.some((c, i) => f.k > c && f.k <= c + (i === 0 ? (between ? 20 : 9) : 12)),
  );
  if (after) return after.m;
  // "Trong khuôn khổ chương trình làm việc giữa …, sáng 22/8, tại hội trường Tỉnh ủy B, hai
  // tỉnh đã ký kết …": the place opens the clause of a later meeting word.
  const opening = found.find((f) => cues.some((c, i) => i > 0 && f.k < c && c - f.k <= 12));
  if (opening) return opening.m;
  // A "tại" there naming no place we know: the meeting's venue is unknown, not an earlier one.
  // ("… trao quà cho trẻ em nghèo ở Campuchia": a country holds the venue named before.)
  for (let k = cue + 1; k < Math.min(s.t1, cue + 10); k++)
    if ((wordAt(s, k) === 'tại' || wordAt(s, k) === 'ở') && countryWordAt(s, k + 1) === 0)
      return null;
  const before = found.filter((f) => f.k < cue);
  return before[before.length - 1]?.m ?? null;
}

// Events a host organises for its guests ("UBND tỉnh B tổ chức buổi họp mặt … với các tỉnh A1, A2").
const HOSTED = new Set([
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
]);
const RECEIVING = new Set(['tiếp', 'đón', 'cùng']);

/** "tại TP B, Hội … tổ chức lễ kỷ niệm …": an event someone holds. */
function organises(s: SentenceView): boolean {
  for (let k = s.t0; k + 2 < s.t1; k++)
    if (wordAt(s, k) === 'tổ' && wordAt(s, k + 1) === 'chức' && HOSTED.has(wordAt(s, k + 2)))
      return true;
  return false;
}

/**
 * The host side a sentence names when it gives no "tại": "Đi cùng đoàn / Tiếp đoàn, về phía tỉnh B
 * có …" (the host's escort), or "‹body› tỉnh B tổ chức buổi họp mặt … với …" (the organiser).
 */
function hostIn(s: SentenceView): { host: Mention; organiser: boolean } | null {
  // "Tại Cửa khẩu quốc tế Tịnh Biên, Bộ Chỉ huy BĐBP tỉnh B đã gặp mặt …": a border gate is no
  // place of ours; the side named right after it received the others there.
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (foldedAt(s, k) !== 'tai' || foldedAt(s, k + 1) !== 'cua' || foldedAt(s, k + 2) !== 'khau')
      continue;
    let j = k + 3;
    while (j < s.t1 && !commaBefore(s, j)) j++;
    const m = s.mentions.find((x) => x.headToken >= j && x.headToken <= j + 8);
    if (m) return { host: m, organiser: false };
  }
  for (let k = s.t0 + 1; k < s.t1; k++) {
    if (foldedAt(s, k) !== 'phia' || wordAt(s, k) !== 'phía' || wordAt(s, k - 1) !== 'về') continue;
    const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + 2);
    if (!m) continue;
    for (let b = k - 2; b >= Math.max(s.t0, k - 6); b--)
      if (RECEIVING.has(wordAt(s, b))) return { host: m, organiser: false };
  }
  const first = s.mentions[0];
  if (!first) return null;
  // "Tiếp đoàn có bà A, Phó Tỉnh trưởng tỉnh B, …", "Tiếp và làm việc với đoàn có …": the
  // receivers' roll call names the host.
  const roll = receiversRollCall(s);
  if (roll > 0) {
    // One comma may close the person's name before the title.
    let commas = 0;
    for (let k = roll; k <= first.headToken; k++) if (commaBefore(s, k)) commas++;
    if (commas <= 1 && first.headToken >= roll) return { host: first, organiser: false };
  }
  for (let k = first.lastToken + 1; k < Math.min(s.t1, first.lastToken + 4); k++) {
    if (wordAt(s, k) === 'tổ' && wordAt(s, k + 1) === 'chức' && HOSTED.has(wordAt(s, k + 2)))
      return { host: first, organiser: true };
  }
  return null;
}

// A national body with its country: "Quốc hội Lào", "Bộ Quốc phòng Campuchia", "Chính phủ Lào".
const BODY_OF_COUNTRY =
  /(?<![\p{L}])(?:quốc hội|nghị viện|thượng viện|chính phủ|thủ tướng|người đồng cấp|chủ tịch nước|tổng bí thư|bộ [\p{L}]+(?: [\p{L}]+)?|mặt trận lào xây dựng đất nước|đảng nhân dân cách mạng)\s+(?:nước\s+)?(?:chdcnd\s+|vương quốc\s+|hoàng gia\s+)?(lào|campuchia|việt nam)(?![\p{L}])/gu;

/**
 * "tại cuộc gặp giữa Thủ tướng Campuchia … và người đồng cấp Lào … tại Phnom Penh": the foreign
 * party of a meeting between two countries' leaders, named before its venue.
 */
function meetingBetween(s: SentenceView, venue: Mention, not: CountryCode): CountryCode | null {
  const before = phraseText(s.tt, s.t0, venue.firstToken);
  const at = before.lastIndexOf('giữa ');
  return at < 0 ? null : foreignBody(before.slice(at), not);
}

/** The country of a foreign national body named in a phrase, other than `not`. */
function foreignBody(lower: string, not: CountryCode): CountryCode | null {
  for (const m of lower.matchAll(BODY_OF_COUNTRY)) {
    const c: CountryCode = m[1] === 'lào' ? 'LA' : m[1] === 'campuchia' ? 'KH' : 'VN';
    if (c !== not) return c;
  }
  if (not !== 'KH' && ROYAL_ARMY.test(lower)) return 'KH';
  // "cuộc họp … giữa hai đoàn đại biểu biên giới Việt Nam - Lào": the two countries' delegations.
  const pair = TWO_DELEGATIONS.exec(lower);
  if (!pair) return null;
  const other = countryWords(pair[0]).find((w) => w.country !== not);
  return other ? other.country : null;
}
const TWO_DELEGATIONS =
  /(?<![\p{L}])giữa\s+(?:hai|2)\s+đoàn[^,.;]{0,40}?\s(?:việt nam|lào|campuchia)\s*[-–]\s*(?:việt nam|lào|campuchia)(?![\p{L}])/u;
// "Bộ Tư lệnh Lục quân, Quân đội Hoàng gia": Cambodia's army, often named without the country.
const ROYAL_ARMY = /(?<![\p{L}])quân đội hoàng gia(?!\s+thái)(?![\p{L}])/u;

/** After "Tiếp (và làm việc với) đoàn có" opening the sentence: the token after "có", else -1. */
function receiversRollCall(s: SentenceView): number {
  if (wordAt(s, s.t0) !== 'tiếp' && wordAt(s, s.t0) !== 'đón') return -1;
  for (let k = s.t0 + 1; k < Math.min(s.t1, s.t0 + 6); k++)
    if (wordAt(s, k) === 'đoàn' && wordAt(s, k + 1) === 'có') return k + 2;
  return -1;
}

// What follows an unnamed "Đoàn" that opens a sentence: what it did, not whose it is.
const BARE_DELEGATION = new Set(['thăm', 'làm', 'hội', 'chào', 'đã', 'dâng', 'trao', 'tặng', 'dự']);

function bareDelegation(s: SentenceView): boolean {
  return wordAt(s, s.t0) === 'đoàn' && BARE_DELEGATION.has(wordAt(s, s.t0 + 1));
}

/**
 * "Về phía nước bạn Lào có … lãnh đạo 7 tỉnh gồm: …, Tỉnh trưởng tỉnh A; …": the roll call of one
 * side of the meeting the article tells, which names who was there without a meeting word.
 */
function sideRollCall(s: SentenceView): boolean {
  const side = sideAt(s, s.t0);
  if (side < 0) return fromRollCall(s) || delegatesRollCall(s);
  return rollAfterSide(s, side, SIDE_ROLL_REACH) >= 0;
}
const SIDE_ROLL_REACH = 12;

/**
 * "Về phía Lào …" at token k, or "Phía bạn Lào …" opening the sentence: the token after "phía",
 * else -1.
 */
function sideAt(s: SentenceView, k: number): number {
  if (wordAt(s, k) === 'về' && wordAt(s, k + 1) === 'phía') return k + 2;
  return k === s.t0 && wordAt(s, k) === 'phía' ? k + 1 : -1;
}

/** The "có" that opens the roll of a side named from token `side`, within `reach` tokens, or -1. */
function rollAfterSide(s: SentenceView, side: number, reach: number): number {
  for (let j = side; j < Math.min(s.t1, side + reach - 2); j++) if (wordAt(s, j) === 'có') return j;
  return -1;
}

/** "Đại biểu Campuchia gồm đại diện …", "Đoàn Lào có …": the roll of one country's side. */
function delegatesRollCall(s: SentenceView): boolean {
  const head = wordAt(s, s.t0);
  const at = head === 'đại' && wordAt(s, s.t0 + 1) === 'biểu' ? s.t0 + 2 : s.t0 + 1;
  if (head !== 'đại' && head !== 'đoàn') return false;
  const n = countryWordAt(s, at);
  return n > 0 && ['gồm', 'có'].includes(wordAt(s, at + n));
}

/** "Từ tỉnh B có ngài …, Phó Tỉnh trưởng": the roll of one guest province. */
function fromRollCall(s: SentenceView): boolean {
  const m = s.mentions[0];
  if (wordAt(s, s.t0) !== 'từ' || !m || m.headToken !== s.t0 + 1) return false;
  return wordAt(s, withListed(s, m).at(-1)!.lastToken + 1) === 'có';
}

/** "Về dự Hội nghị có …", "Tham dự lễ ký kết có …": the roll of those who attended. */
function attendanceRoll(s: SentenceView): boolean {
  let k = s.t0;
  if (wordAt(s, k) === 'về' || wordAt(s, k) === 'tới' || wordAt(s, k) === 'đến') k++;
  if (wordAt(s, k) === 'tham') k++;
  if (wordAt(s, k) !== 'dự') return false;
  for (let j = k + 1; j < Math.min(s.t1, k + 8); j++) {
    if (commaBefore(s, j)) return false;
    if (wordAt(s, j) === 'có') return true;
  }
  return false;
}

/**
 * "(Tới dự buổi lễ,) về phía Việt Nam có …", "Về phía nước bạn Lào, có …": the country a roll
 * call's side is named by, and where its roll starts.
 */
function countrySide(s: SentenceView): { country: CountryCode; roll: number } | null {
  for (let k = s.t0; k < Math.min(s.t1, s.t0 + 8); k++) {
    const side = sideAt(s, k);
    if (side < 0) continue;
    const j = rollAfterSide(s, side, 8);
    const c = j < 0 ? undefined : countryWords(phraseText(s.tt, side, j))[0]?.country;
    return c ? { country: c, roll: j + 1 } : null;
  }
  return null;
}

/** Whether the sentence speaks of a delegation or a side of the meeting (so it may inherit). */
function speaksOfParty(s: SentenceView): boolean {
  if (fromRollCall(s) || delegatesRollCall(s)) return true;
  for (let k = s.t0; k < s.t1; k++) {
    const f = foldedAt(s, k);
    if (f !== 'doan' && f !== 'phia') continue;
    const w = wordAt(s, k);
    if (w === 'đoàn') {
      const next = wordAt(s, k + 1);
      const prev = wordAt(s, k - 1);
      // "Đoàn Thanh niên", "Tỉnh đoàn", "Đoàn ĐBQH" are standing bodies, not delegations.
      if (
        next === 'thanh' ||
        next === 'tncs' ||
        next === 'đbqh' ||
        prev === 'tỉnh' ||
        prev === 'tập'
      )
        continue;
      // "12 đoàn" is a tally; "Ngày 17-3, đoàn …" a date before the delegation.
      if (!commaBefore(s, k) && (TALLY.has(prev) || /^\d+$/.test(prev))) continue;
      return true;
    }
    if (w === 'phía' && (sideAt(s, k - 1) === k + 1 || sideAt(s, k) === k + 1)) return true;
  }
  return false;
}

function listHead(s: SentenceView, m: Mention): Mention {
  let head = m;
  for (let i = s.mentions.indexOf(m) - 1; i >= 0; i--) {
    const prev = s.mentions[i]!;
    if (!withListed(s, prev).includes(head)) break;
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

const COUNT = /^(?:\d+|hai|ba|bốn|năm|sáu)$/u;

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
  if (foldedAt(s, k) === 'tinh' && COUNT.test(wordAt(s, k - 1))) return true;
  return wordAt(s, k - 1) === 'tỉnh' && COUNT.test(wordAt(s, k - 2));
}

// "giữa lực lượng vũ trang các huyện A1, A2, tỉnh A; B1, tỉnh B … và C1, tỉnh C": long lists.
const BETWEEN_REACH = 40;

function isParty(s: SentenceView, m: Mention, venue: GazetteerEntry): boolean {
  if (m.entry.id === venue.id) return false;
  if (isLocated(s, m) || isSuccessorRemark(s, m) || isInviter(s, m) || isDateline(s, m))
    return false;
  // A list is judged by its first member ("sang Kandal, Takeo": both are destinations).
  const head = listHead(s, m);
  if (cameFrom(s, head)) return true;
  if (NOT_PARTY_BEFORE.has(wordAt(s, head.headToken - 1))) return false;
  // "UBND tỉnh B đã ký biên bản ghi nhớ … với ba tỉnh A1, A2 và A3": the partners who came to sign.
  for (let b = head.headToken - 1; b >= Math.max(s.t0, head.headToken - 14); b--)
    if (wordAt(s, b) === 'với' && [...Array(14).keys()].some((d) => wordAt(s, b - d) === 'ký'))
      return true;
  // "tỉnh A cũng cử đoàn cán bộ tham dự hội nghị": the place that sends a delegation.
  for (let k = m.lastToken + 1; k <= m.lastToken + 3; k++) if (wordAt(s, k) === 'cử') return true;
  // "Hội đàm cấp cao 03 tỉnh: A - B - C", "hội nghị ba tỉnh A, B, C": the sides counted, then named.
  if (countedSides(s, m)) return true;
  // "Hội nghị cấp cao giữa 2 tỉnh A – B", "giữa 3 tỉnh A (Việt Nam), C (Thái Lan) và B (Lào)".
  for (let b = head.headToken - 1; b >= Math.max(s.t0, head.headToken - BETWEEN_REACH); b--)
    if (wordAt(s, b) === 'giữa') return true;
  // The side must be named as a party within a few words ("Đoàn đại biểu tỉnh A", "về phía A");
  // "huyện X, tỉnh A": a district of A stands between.
  const unit = districtBefore(s, m);
  for (let b = unit - 1; b >= Math.max(s.t0, unit - 9); b--) {
    if (PARTY_HEAD.has(wordAt(s, b)) || isSchool(s, b)) return true;
    if (commaBefore(s, b + 1) && b + 1 < unit) break;
  }
  return m.headToken === s.t0 || PARTY_HEAD.has(wordAt(s, m.headToken - 1));
}

/**
 * A plan, wish or habit before the named venue ("Hội nghị lần tới sẽ được tổ chức tại B", "đề
 * nghị … để lãnh đạo tỉnh A sang thăm … tại B"), or anywhere when no venue is named; one after the
 * venue's clause ("tại B, … đã chủ trì cuộc gặp …, đề nghị …") leaves the meeting told as done.
 */
function plannedMeeting(s: SentenceView, venue: Mention | null): boolean {
  const f = futureIndex(s);
  if (f < 0) return false;
  if (!venue || f < venue.headToken) return true;
  for (let k = venue.lastToken + 1; k <= f; k++) if (commaBefore(s, k)) return false;
  return true;
}

/** "Phó Chủ tịch nước Lào đã hội đàm với … tại Hà Nội": a national body as the subject. */
function subjectBody(s: SentenceView): CountryCode | null {
  const open = afterOpening(s);
  const cue = meetingAt(s, open);
  return cue > open ? nationalActorNear(phraseText(s.tt, open, cue)) : null;
}

/** Visits a sentence tells through its venue and its parties (see the file comment). */
export function frameVisits(
  s: SentenceView,
  frame: ArticleFrame,
  ctx: VisitContext,
  gaz: Gazetteer,
): VisitFinding[] {
  const seat = seatVenue(s, gaz);
  // "Về phía Lào, có bà …, Chủ tịch Hội LHPN Lào": a side named by its country alone.
  if (s.mentions.length === 0 && !seat && !countrySide(s)) return [];
  const meeting = meetingAt(s) >= 0 || sideRollCall(s);
  // No meeting word and no host: nothing below can hold, whatever the venue (cheap test first).
  const host = meeting ? undefined : hostIn(s);
  if (host === null) return [];
  const named = venueIn(s);
  const hosted = named ? null : (host ?? hostIn(s));
  // "hội đàm trực tuyến": a meeting nobody travelled to.
  if ((!hosted && !meeting) || plannedMeeting(s, named) || hasWords(s, 'trực', 'tuyến')) return [];
  const own = named?.entry ?? hosted?.host.entry ?? seat;
  // A sentence naming another place of the venue's country is about another event.
  // "Trên đường về nước, Đoàn …": the delegation has left the article's venue.
  // "Về dự Hội nghị có các đoàn … của 3 tỉnh Việt Nam là A1, A2; 2 tỉnh của Lào là B, C": a roll
  // of those who came names the host country's places among them.
  const roll = attendanceRoll(s);
  const inherited =
    frame.venue !== null &&
    (roll || speaksOfParty(s)) &&
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
    homeEntry &&
    speaksOfParty(s) &&
    wordAt(s, meetingAt(s)) !== 'ký' &&
    ctx.lastOrigin?.entry !== homeEntry &&
    !s.mentions.some((m) => m.entry === homeEntry)
      ? homeEntry
      : null;
  // "Đoàn thăm và làm việc với lãnh đạo tỉnh B. Ảnh: …" in the paper of the province the
  // article is written from, where no venue was ever named: its own delegation, gone to B.
  const ours = ctx.home;
  if (!own && frame.venue === null && ours && bareDelegation(s))
    return [...new Set(s.mentions.map((m) => m.entry))]
      .filter((e) => e.country !== ours.entry.country)
      .map((e) => ({ from: local(ours), to: [{ entry: e, level: 'local' }], sentence: s }));
  const venue = own ?? (inherited ? frame.venue : home);
  if (!venue) return [];
  const to: Side[] = [{ entry: venue, level: 'local' }];
  const out: VisitFinding[] = [];
  const seen = new Set<string>();
  for (const m of s.mentions) {
    if (seen.has(m.entry.id) || m.entry.country === venue.country) continue;
    // The guests of an organised event may be named anyhow ("với các tỉnh A1, A2 (Campuchia)").
    if (!hosted?.organiser && !isParty(s, m, venue)) continue;
    for (const h of withListed(s, m)) {
      if (seen.has(h.entry.id) || h.entry.country === venue.country) continue;
      seen.add(h.entry.id);
      out.push({ from: local(h), to, sentence: s });
    }
  }
  // "Tại thủ đô Vientiane, đồng chí …, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã
  // được … tiếp": a national body of another country than the named venue came to it.
  if (out.length === 0 && (named || (seat && own === seat))) {
    // The body is read from the words after the venue: "Tại thủ đô B, ‹body› …", as the subject;
    // or the guest is a foreign body named anywhere ("… hội kiến … đoàn công tác của Quốc hội Lào").
    const after = phraseText(s.tt, named ? named.lastToken + 1 : s.t0, s.t1);
    const at = nationalBodyIndex(after);
    const subject = at >= 0 && at < 60 ? nationalActorNear(after) : null;
    const c =
      subject && subject !== venue.country
        ? subject
        : (foreignBody(after, venue.country) ??
          (named ? (subjectBody(s) ?? meetingBetween(s, named, venue.country)) : null));
    const also = subject ? listedNationalActors(after) : [];
    for (const x of [c, ...also])
      if (x && x !== venue.country && !out.some((v) => v.from.entry.country === x))
        out.push({ from: { entry: gaz.capital(x), level: 'national' }, to, sentence: s });
  }
  // "Tới dự buổi lễ, về phía Việt Nam có các đồng chí: X, Phó Thủ tướng Chính phủ; …": a side
  // named by its country whose roll holds a national body: that country's leaders came too.
  // (Only at a venue the article names: a country's leaders at a place only presumed are not placed.)
  const side = countrySide(s);
  if (
    side &&
    (own || inherited) &&
    side.country !== venue.country &&
    !out.some((v) => v.from.level === 'national')
  ) {
    const names = phraseText(s.tt, side.roll, s.t1);
    if (nationalBodyIndex(names) >= 0 && !envoyFirst(names))
      out.push({ from: { entry: gaz.capital(side.country), level: 'national' }, to, sentence: s });
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
    bareProvinceIn(s, s.t0, cueAt)
  )
    out.push({ from: local(homeSide), to, sentence: s });
  // "Tại thủ đô B, đoàn đã …", "Đi cùng đoàn, về phía tỉnh B có …": the delegation the article
  // follows (else the headline's party from another country), at the venue the sentence names.
  if (out.length === 0 && own && speaksOfParty(s)) {
    const headline = ctx.titlePlaces.find((m) => m.entry.country !== own.country);
    const from = ctx.lastOrigin ?? (headline ? local(headline) : null);
    if (from && from.entry.country !== own.country) out.push({ from, to, sentence: s });
  }
  // A venue only presumed (the paper's own province) gives way to a trip the article tells the
  // other way (see geocode-article.ts).
  return !own && !inherited ? out.map((v) => ({ ...v, presumed: true as const })) : out;
}
