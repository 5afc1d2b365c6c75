// Visits: who travelled from where to where. Read sentence by sentence:
//   forward  "Đoàn đại biểu tỉnh A … (đến) thăm / làm việc tại / chúc Tết … tỉnh B, C"
//   reverse  "Lãnh đạo tỉnh B … tiếp / đón Đoàn … tỉnh A"
// A national actor (Tổng Bí thư, Ban Đối ngoại Trung ương …) stands at its capital.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry, LinkEnd } from '../types.ts';
import {
  centralOwner,
  consulCountry,
  countryWords,
  envoyFirst,
  nationalActorCountry,
  nationalActorNear,
  nationalBodyIndex,
} from './actors.ts';
import type { Mention } from './find-places.ts';
import { bareProvinceIn } from './home.ts';
import {
  countryWordAt,
  foldedAt,
  isDistanceRef,
  isSeatOrHome,
  isDateline,
  isSuccessorRemark,
  phraseText,
  semicolonBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import {
  afterInvitation,
  commaBefore,
  delegationStart,
  speaksOfFuture,
  futureInClause,
  planBetween,
  findCues,
  guestWord,
  SUB_UNITS,
  isPlaceWithin,
  subUnitPlace,
  type Cue,
} from './visit-cues.ts';
import { isCapitalised, type TokenizedText } from './tokens.ts';

export interface Side {
  entry: GazetteerEntry;
  level: LinkEnd['level'];
}

export interface VisitFinding {
  from: Side;
  /** Empty when the sentence names a traveller but no destination we can place. */
  to: Side[];
  sentence: SentenceView;
  /** The venue is only presumed to be the paper's own province: no venue was named. */
  presumed?: true;
  /** A national host received with no venue named: presumed to be its capital. */
  atCapital?: true;
}

/** What the article has established so far: who is travelling, and the title's places. */
export interface VisitContext {
  lastOrigin: Side | null;
  /** Where the trip last told went (companions named later go there too). */
  lastTo?: Side[];
  titlePlaces: Mention[];
  /** Every mention of the article, in text order (for the nearest earlier place). */
  mentions: Mention[];
  /** The province the article is written from, if clear (see home.ts). */
  home?: Mention | null;
  /** The venue earlier sentences established (frames.ts), if any. */
  frameVenue?: GazetteerEntry | null;
}

const LOCATIVE = new Set(['tại', 'ở']);
// "đoàn theo quốc lộ 5 lên tỉnh B": a place after these is where the party goes, not its home.
// "qua Cửa khẩu Mộc Bài, thuộc tỉnh Tây Ninh": a place the route passes through is no home either.
const TOWARDS = new Set([
  'lên',
  'xuống',
  'đến',
  'tới',
  'sang',
  'về',
  'qua',
  'ra',
  'thăm',
  'thuộc',
  'ghé',
]);
const LIST_GLUE = new Set([
  'và',
  'cùng',
  'với',
  'tỉnh',
  'thành',
  'phố',
  'tp',
  'thủ',
  'đô',
  'các',
  'là',
]);

/** A mention introduced by "tại / ở" (directly or through its administrative word). */
export function isLocated(s: SentenceView, m: Mention): boolean {
  if (LOCATIVE.has(wordAt(s, m.headToken - 1))) return true;
  // "tại huyện Stoung, tỉnh B": the province a located district lies in.
  if (!commaBefore(s, m.headToken)) return false;
  for (let k = m.headToken - 2; k >= Math.max(s.t0, m.headToken - 6); k--) {
    if (commaBefore(s, k + 1) && k + 1 < m.headToken) return false;
    if (SUB_UNITS.has(wordAt(s, k)) && LOCATIVE.has(wordAt(s, k - 1))) return true;
  }
  return false;
}

const OWNER_WORDS = new Set(['của', 'mà']);

/**
 * "Cảm ơn sự đón tiếp nồng hậu, thân tình của tỉnh B dành cho đoàn trong chuyến thăm", "… sự đón
 * tiếp nồng hậu mà lãnh đạo tỉnh B đã dành cho đoàn": the place whose welcome is thanked is the
 * host, never the traveller.
 */
function isWelcomer(s: SentenceView, m: Mention): boolean {
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

/** A located mention that is a destination: not the seat of a mission or the home of residents. */
function atVenue(s: SentenceView, m: Mention): boolean {
  return (isLocated(s, m) && !isSeatOrHome(s, m.headToken - 1)) || foundingFeted(s, m);
}

/** "dự Lễ kỷ niệm 40 năm Ngày thành lập tỉnh B": a province's founding is feted in it. */
function foundingFeted(s: SentenceView, m: Mention): boolean {
  const k = m.headToken;
  if (wordAt(s, k - 1) !== 'lập' || wordAt(s, k - 2) !== 'thành') return false;
  for (let b = k - 3; b >= Math.max(s.t0, k - 10); b--)
    if (wordAt(s, b) === 'niệm' && wordAt(s, b - 1) === 'kỷ') return true;
  return false;
}

/** "mời đoàn … tỉnh B sang dự": B is invited (a plan), not a destination of this trip. */
function isInvitee(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'mời') return wordAt(s, b - 1) !== 'lời';
  }
  return false;
}

/** A mention inside an invitation ("theo lời mời của UBND tỉnh B"): the host, not the traveller. */
export function isInviter(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 6); b--)
    if (wordAt(s, b) === 'mời') return true;
  return false;
}

/** The mention starting at token k and the ones listed right after it ("đến tỉnh A và tỉnh B"). */
function listFrom(s: SentenceView, k: number): Mention[] {
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

function glued(s: SentenceView, a: Mention, b: Mention): boolean {
  let k = a.lastToken + 1;
  // "tỉnh A (nước Cộng hòa Dân chủ Nhân dân Lào) và tỉnh B": A's country, written out.
  const open = s.tt.text.slice(a.span[1], s.tt.tokens[k]?.start ?? a.span[1]);
  if (/^\s*\($/.test(open)) {
    let close = k;
    while (close < b.headToken && !s.tt.text.slice(s.tt.tokens[close]!.end).startsWith(')'))
      close++;
    if (close < b.headToken && COUNTRY_IN.test(phraseText(s.tt, k, close + 1))) k = close + 1;
  }
  for (; k < b.headToken; k++) if (!LIST_GLUE.has(wordAt(s, k))) return false;
  return true;
}
const COUNTRY_IN = /(?<![\p{L}])(?:lào|campuchia|việt nam)(?![\p{L}])/u;

export const local = (m: Mention): Side => ({ entry: m.entry, level: 'local' });

function national(gaz: Gazetteer, c: CountryCode): Side {
  return { entry: gaz.capital(c), level: 'national' };
}

/** A place and the places listed right after it ("hai tỉnh A và B", "các tỉnh A, B, C"). */
export function withListed(s: SentenceView, m: Mention): Mention[] {
  const out = [m];
  for (const x of s.mentions) {
    if (x.headToken <= m.headToken) continue;
    const prev = out[out.length - 1]!;
    if (x.entry.country !== m.entry.country || !glued(s, prev, x)) break;
    out.push(x);
  }
  return out;
}

/** The first of the places listed right before "cử" (a few adverbs apart), if any. */
function sendersBefore(s: SentenceView, send: number): Mention | null {
  const before = s.mentions.filter((m) => m.lastToken < send);
  let i = before.length - 1;
  const last = before[i];
  if (!last || send - last.lastToken > 4) return null;
  for (let k = last.lastToken + 1; k < send; k++) if (!SEND_ADVERBS.has(wordAt(s, k))) return null;
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

/** Every home of a party: "đoàn đại biểu hai tỉnh A và B (Lào)" travels from A and from B. */
function homesOf(s: SentenceView, first: Side): Side[] {
  if (first.level !== 'local') return [first];
  const m = s.mentions.find((x) => x.entry === first.entry);
  if (!m) return [first];
  const homes = withListed(s, m);
  // "Đoàn Bộ Chỉ huy quân sự tỉnh A và Bộ Chỉ huy quân sự tỉnh B (Lào)": a body of each.
  for (const x of s.mentions) {
    const prev = homes[homes.length - 1]!;
    if (x.headToken <= prev.lastToken) continue;
    if (x.entry.country !== m.entry.country || !parallelBody(s, prev, x)) break;
    homes.push(x);
  }
  return homes.map(local);
}

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
  if (wordAt(s, j) !== 'và' || b.headToken - j > 7) return false;
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

/** The place of a delegation that belongs to a central body, named only in its leader's title. */
function leaderTitleOnly(tt: TokenizedText, s: SentenceView, a: number, m: Mention): boolean {
  let del = -1;
  for (let k = a; k < m.headToken; k++) {
    if (wordAt(s, k) === 'đoàn' && del < 0) del = k;
    // Only the words before "do" say who owns the delegation; after it comes the leader's title.
    if (wordAt(s, k) === 'do' && del >= 0) return centralOwner(phraseText(tt, del, k));
  }
  return false;
}

/** The actor of a phrase: its first place, else the national body it names. */
function actorIn(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  a: number,
  b: number,
  skip: (m: Mention) => boolean,
): Side | null {
  const m = s.mentions.find((x) => x.firstToken >= a && x.lastToken < b && !skip(x));
  if (m && leaderTitleOnly(tt, s, a, m)) return national(gaz, m.entry.country);
  if (m) return local(m);
  const c = nationalActorCountry(phraseText(tt, a, b));
  return c ? national(gaz, c) : null;
}

/**
 * The traveller of a sentence that does not name one ("Đoàn cũng đã đến thăm …"): the delegation
 * the article already follows, else the title's place from another country than the destination.
 */
function fallbackOrigin(
  ctx: VisitContext,
  s: SentenceView,
  destCountry: CountryCode | null,
): Side | null {
  if (ctx.lastOrigin) return ctx.lastOrigin;
  const differs = (m: Mention) => destCountry === null || m.entry.country !== destCountry;
  const t = ctx.titlePlaces.find(differs);
  if (t) return local(t);
  // "Bí thư Tỉnh ủy … cùng đoàn công tác của tỉnh đã đến chào xã giao lãnh đạo tỉnh B" in a
  // provincial paper: the unnamed "tỉnh" is the paper's own province.
  const home = ctx.home;
  if (
    home &&
    destCountry !== null &&
    home.entry.country !== destCountry &&
    !speaksOfFuture(s) &&
    bareProvinceIn(s, s.t0, s.t1)
  )
    return local(home);
  // "Tỉnh đoàn Nghệ An tổ chức lễ xuất quân. … 40 đoàn viên đã lên đường thăm …": the place the
  // paragraph was just about.
  const text = s.tt.text;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.span[1] > s.span[0]) continue;
    if (text.slice(m.span[1], s.span[0]).includes('\n')) break;
    if (differs(m)) return local(m);
  }
  return null;
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
function clauseEnd(s: SentenceView, from: number): number {
  for (let k = from + 1; k < s.t1; k++) {
    if (CLAUSE_BREAKS.some((ws) => wordsAt(s, k, ws))) return k;
    // "…; đồng thời thông tin …": a semicolon starts another statement, unless it parts the
    // items of a list a colon opened ("tại các tỉnh như: tỉnh A; tỉnh B và tỉnh C").
    if (semicolonBefore(s, k) && !listOpened(s, from, k)) return k;
  }
  return s.t1;
}

function listOpened(s: SentenceView, from: number, k: number): boolean {
  const text = s.tt.text.slice(s.tt.tokens[from]!.end, s.tt.tokens[k]!.start);
  const colon = text.indexOf(':');
  return colon >= 0 && !text.slice(0, colon).includes(';');
}

/** Destinations named after a cue: the located ones if any, else every place. */
function destinationsAfter(
  s: SentenceView,
  gaz: Gazetteer,
  from: number,
  locatedOnly: boolean,
  /** Places others came from ("đến từ …"): never destinations (see guestHomes). */
  others: ReadonlySet<Mention>,
): Mention[] {
  const stop = clauseEnd(s, from);
  const after = s.mentions.filter(
    (m) =>
      m.firstToken > from &&
      m.lastToken < stop &&
      !isSuccessorRemark(s, m) &&
      !isDistanceRef(s, m) &&
      !isInvitee(s, m) &&
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
  const inner = after.filter((m) => !merged(m) && !others.has(m));
  const located = locatedGroup(s, inner);
  return located.length > 0 || locatedOnly ? located : inner;
}

/**
 * "… làm việc với doanh nghiệp đến từ các tỉnh A, B": the places the other side came from, never
 * where the subject went.
 */
function guestHomes(s: SentenceView): Set<Mention> {
  return new Set(s.mentions.filter((m) => cameFrom(s, m)).flatMap((m) => withListed(s, m)));
}

export function cameFrom(s: SentenceView, m: Mention): boolean {
  for (let k = m.headToken - 1; k >= Math.max(s.t0, m.headToken - CAME_FROM_REACH); k--) {
    const w = wordAt(s, k);
    // "Từ tỉnh B có ngài …" opening a roll call names a party's home too.
    if (w === 'từ') return k === s.t0 || CAME.has(wordAt(s, k - 1));
    if (CAME.has(w) || LOCATIVE.has(w) || w === 'với' || semicolonBefore(s, k)) return false;
  }
  return false;
}
const CAME = new Set(['đến', 'tới', 'sang', 'về']);
// "đến từ các tỉnh A1, A2 của Thái Lan và các tỉnh B1, B2": the list may run long.
const CAME_FROM_REACH = 30;

/** A destination given only as a country ("tại Việt Nam", "tới Lào"): its capital, for national travellers. */
function countryDestination(
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
  const hostIsNationalBody = at >= 0 && at < 40;
  if (origin.level !== 'national' && !hostIsNationalBody) return [];
  // "tới thăm Đại sứ quán Lào tại Việt Nam": a mission in the traveller's own country.
  const seat = hostIsNationalBody ? MISSION_SEAT.exec(text.slice(at)) : null;
  if (seat && countryWords(seat[1]!)[0]?.country === origin.entry.country) return [];
  const c = countryWords(text).find(
    (w) => w.country !== origin.entry.country && !PEOPLE_OF.test(text.slice(0, w.index)),
  );
  return c ? [national(gaz, c.country)] : [];
}

// A mission and the country it sits in: "Đại sứ quán Lào tại Việt Nam".
const MISSION_SEAT =
  /^(?:đại sứ quán|(?:tổng )?lãnh sự quán)[^,.;]{0,40}?\s(?:tại|ở)\s+([^,.;]{1,20})/u;

// "làm việc với các Hội người Campuchia gốc Việt", "dạy tiếng Lào", "tặng quà các cựu quân tình
// nguyện Việt Nam": a people, a language or a group, not the state the trip went to.
const PEOPLE_OF =
  /(?<![\p{L}])(?:người|gốc|tiếng|kiều bào|tình nguyện|chuyên gia|nhân dân|bộ đội|liệt sĩ|sinh viên|học sinh|phụ nữ|thanh niên|doanh nghiệp)\s+$/u;

/**
 * "… hội kiến Tỉnh trưởng tỉnh Xiêng Khoảng nhân chuyến thăm và làm việc tại Lào": the trip is
 * to a country, and the sentence names a place of that country: that place is the destination.
 */
function namedCountryPlaces(
  tt: TokenizedText,
  s: SentenceView,
  origin: Side,
  from: number,
  others: ReadonlySet<Mention>,
): Side[] {
  const country = countryWords(phraseText(tt, from, s.t1)).find(
    (w) => w.country !== origin.entry.country,
  );
  if (!country) return [];
  const stop = clauseEnd(s, from);
  return s.mentions
    .filter(
      (m) =>
        m.entry.country === country.country &&
        !isInviter(s, m) &&
        !others.has(m) &&
        m.lastToken < stop,
    )
    .map(local);
}

const mentionAt = (s: SentenceView, k: number) =>
  s.mentions.some((m) => m.firstToken <= k && m.lastToken >= k);

/** "Đoàn đại biểu cấp cao tỉnh ta …" ("tỉnh Ta Keo" is Takeo): the paper's own province. */
function ourProvince(s: SentenceView, a: number, b: number, ctx: VisitContext): Side | null {
  if (!ctx.home) return null;
  for (let k = Math.max(a, s.t0); k + 1 < b; k++)
    if (wordAt(s, k) === 'tỉnh' && wordAt(s, k + 1) === 'ta' && !mentionAt(s, k + 1))
      return local(ctx.home);
  return null;
}

/** The place a delegation phrase starting at k names as its own ("Đoàn đại biểu cấp cao tỉnh A"). */
function delegationPlace(s: SentenceView, k: number): Mention | undefined {
  const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + 8);
  if (!m) return undefined;
  for (let j = k + 1; j < m.headToken; j++)
    if (!DELEGATION_WORDS.has(wordAt(s, j)) || commaBefore(s, j)) return undefined;
  return commaBefore(s, m.headToken) ? undefined : m;
}
/** m is the place of a delegation phrase ("Đoàn công tác tỉnh A") starting at or after `from`. */
function isDelegationOf(s: SentenceView, m: Mention, from: number): boolean {
  for (let k = m.headToken - 1; k >= Math.max(from, m.headToken - 8); k--)
    if (wordAt(s, k) === 'đoàn') return delegationPlace(s, k) === m;
  return false;
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

/** "A làm việc với đoàn …" where the sentence's venue (or, unnamed, the paper's home) is A's. */
function receivesDelegation(
  s: SentenceView,
  cue: Cue,
  o: Side,
  ctx: VisitContext,
  guests: Mention[],
): boolean {
  if (o.level !== 'local') return false;
  const delegation = wordAt(s, cue.start) === 'làm' && withDelegation(s, cue.end + 1);
  // "UBND tỉnh A làm việc với doanh nghiệp đến từ các tỉnh B1, B2": they came.
  if (!delegation && !guests.some((m) => m.entry.country !== o.entry.country)) return false;
  // "tại trụ sở Chính quyền tỉnh B, Đoàn … A làm việc với Đoàn … tỉnh B": a building of B.
  const venues = s.mentions.filter((m) => atVenue(s, m) || afterTai(s, m));
  return venues.length > 0
    ? venues.every((m) => m.entry.country === o.entry.country)
    : ctx.home?.entry.iso === o.entry.iso;
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
const BUILDING_REACH = 8;

/** A place a few words after "tại" in the same clause ("tại trụ sở Chính quyền tỉnh B"). */
function afterTai(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'tại') return true;
  }
  return false;
}

// "Trong khuôn khổ chuyến thăm …,", "Nhân chuyến công tác …,", "Trong chương trình chuyến thăm …,".
const TRIP_OPENERS = new Set(['khổ', 'nhân', 'trình', 'trong', 'dịp']);

/** Whether the sentence opens with a clause naming the trip, the word "chuyến" at index k. */
function opensWithTrip(s: SentenceView, k: number): boolean {
  if (k - s.t0 > 14) return false;
  for (let b = k - 1; b >= Math.max(s.t0, k - 3); b--)
    if (TRIP_OPENERS.has(wordAt(s, b))) return true;
  return false;
}

// Words of a leader's title right before the place it is held in ("Phó Chủ tịch UBND tỉnh A").
const TITLE_ENDS = new Set(['ubnd', 'hđnd', 'ủy', 'tịch', 'thư', 'trưởng']);

/**
 * "Trong chuyến thăm, bà …, Phó Chủ tịch UBND tỉnh A, Trưởng đoàn … chúc …": after the trip
 * clause, a person with a title held in a place is the traveller (a host would "tiếp" the guests).
 */
function titledLeader(s: SentenceView, from: number): Mention | null {
  let k = from;
  while (k < s.t1 && !commaBefore(s, k)) k++;
  const m = s.mentions.find((x) => x.headToken > k && x.headToken <= k + 14);
  return m && TITLE_ENDS.has(wordAt(s, m.headToken - 1)) ? m : null;
}

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
function namesOtherBody(s: SentenceView, from: number, cue: number): boolean {
  let k = from;
  for (let j = from; j < cue; j++) if (commaBefore(s, j)) k = j;
  if (cue - k <= 2) return false;
  for (let j = from; j < cue; j++) if (foldedAt(s, j) === 'doan') return false;
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

// Only a counted group: "các tỉnh bạn" may mean any of them ("đoàn đầu tiên của các tỉnh bạn").
const GROUP_SIZE: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5 };

// "mỗi năm tỉnh dành …": "năm" is a year there, not five.
const YEARLY = new Set(['mỗi', 'hằng', 'hàng']);

/** "ba tỉnh", "4 tỉnh": how many provinces a group counts, or 0. */
function groupSize(w: string): number {
  return GROUP_SIZE[w] ?? (/^[2-9]$/.test(w) ? Number(w) : 0);
}

/**
 * "Đoàn ba tỉnh bạn", "với 4 tỉnh Nam Lào": the places of another country than `destCountry` the
 * article named just before, as many as the group counts.
 */
export function partnerGroup(
  s: SentenceView,
  a: number,
  b: number,
  mentions: readonly Mention[],
  destCountry: CountryCode | undefined,
): Mention[] {
  let size = 0;
  for (let k = a; k + 1 < b && size === 0; k++)
    if (
      wordAt(s, k + 1) === 'tỉnh' &&
      !YEARLY.has(wordAt(s, k - 1)) &&
      s.mentions.every((m) => m.headToken !== k + 1)
    )
      size = groupSize(wordAt(s, k));
  if (size === 0 || !destCountry) return [];
  const out: Mention[] = [];
  for (let i = mentions.length - 1; i >= 0 && out.length < size; i--) {
    const m = mentions[i]!;
    if (m.span[1] > s.span[0] || m.entry.country === destCountry) continue;
    if (!out.some((o) => o.entry.iso === m.entry.iso)) out.push(m);
  }
  // The count must match the partners named: otherwise the group is not the one just listed.
  if (out.length === size) return out.reverse();
  // "… hội đàm với đoàn ba tỉnh Bắc Lào. Đồng chủ trì có … Tỉnh trưởng tỉnh A1; … A2; … A3": a
  // lead names the group, the next lines its members.
  const next = membersAfter(s, mentions, destCountry, size);
  return next.length === size ? next : [];
}

const MEMBERS_LOOKAHEAD = 800;

/**
 * The places of one country other than `not` named in the lines just after a sentence (at most
 * `max` of them): the members of a group the sentence names only by its count or region.
 */
export function membersAfter(
  s: SentenceView,
  mentions: readonly Mention[],
  not: CountryCode,
  max = Infinity,
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.span[0] < s.span[1] || m.entry.country === not) continue;
    if (m.span[0] > s.span[1] + MEMBERS_LOOKAHEAD || out.length === max) break;
    if (!out.some((o) => o.entry.iso === m.entry.iso)) out.push(m);
  }
  return out.every((m) => m.entry.country === out[0]!.entry.country) ? out : [];
}

function resolveForward(
  tt: TokenizedText,
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
  /** Where this cue's own words start: after the previous cue's destinations. */
  from: number,
  /** The sentence also tells a reception ("tiếp", "đón"): its titled leaders are hosts. */
  received: boolean,
): VisitFinding[] {
  const others = guestHomes(s);
  const dStart = Math.max(delegationStart(s, cue.start), from);
  // "nhiều đoàn", "12 đoàn", "hàng chục đoàn": a tally of past exchanges, not one trip.
  const counted = wordAt(s, dStart - 1);
  const tally = /^\d+$/.test(counted) || ['nhiều', 'hàng', 'chục', 'trăm'].includes(counted);
  if (
    dStart > s.t0 &&
    tally &&
    /^ +$/.test(s.tt.text.slice(s.tt.tokens[dStart - 1]!.end, s.tt.tokens[dStart]!.start))
  )
    return [];
  // "các đoàn lãnh đạo của 2 nước, các tỉnh sang thăm": delegations in general, none named.
  if (
    (counted === 'các' || counted === 'những') &&
    !s.mentions.some((m) => m.firstToken > dStart && m.lastToken < cue.start)
  )
    return [];
  const notTraveller = (m: Mention) =>
    isLocated(s, m) ||
    isInviter(s, m) ||
    isDateline(s, m) ||
    isWelcomer(s, m) ||
    TOWARDS.has(wordAt(s, m.headToken - 1));
  const before = s.mentions.filter((m) => m.headToken >= from && m.lastToken < cue.start);
  let dests = cue.motion
    ? listFrom(
        s,
        (isPlaceWithin(s, cue.end + 1) ? subUnitPlace(s, cue.end + 1)?.headToken : undefined) ??
          cue.end + 1,
      )
    : destinationsAfter(s, gaz, cue.end, cue.locatedOnly === true, others);
  // "Tại tỉnh B, Đoàn … tỉnh A thăm …": a located place before the cue is a destination too.
  // (Not from another semicolon clause: "…; ủng hộ các gia đình tại B; tổ chức cho hội viên thăm
  // lại chiến trường xưa".)
  dests = [
    ...before.filter((m) => atVenue(s, m) && !semicolonIn(s, m.lastToken, cue.start)),
    ...dests,
  ];
  // The phrase from "Đoàn" names the traveller; else its leader before it ("Bí thư Tỉnh ủy A dẫn
  // đầu đoàn … thăm"), or the sentence start.
  const later = from > s.t0 && ctx.lastOrigin !== null;
  let origin =
    ourProvince(s, dStart, cue.start, ctx) ??
    (dStart > from ? actorIn(tt, s, gaz, dStart, cue.start, notTraveller) : null) ??
    (later
      ? null
      : actorIn(tt, s, gaz, afterInvitation(s, from, cue.start), cue.start, notTraveller));
  // "Đây là chuyến công tác đầu tiên của lãnh đạo tỉnh A", "đánh giá cao chuyến thăm của đoàn
  // tỉnh A": the trip's owner after "của" is its traveller, never its destination.
  const owner = wordAt(s, cue.start - 1) === 'chuyến' ? tripOwner(tt, s, gaz, cue.end + 1) : null;
  if (owner) {
    origin = owner.side;
    dests = dests.filter((m) => !owner.mentions.includes(m));
    // "Phó Tỉnh trưởng tỉnh B đánh giá cao chuyến thăm của …": the speaker's province hosted it.
    if (dests.length === 0)
      dests = before.filter(
        (m) => m.entry.country !== owner.side.entry.country && !isInviter(s, m),
      );
  }
  // "Trong khuôn khổ chuyến thăm chính thức Lào, sáng 27/7, Chủ tịch … đã hội kiến …": the trip
  // is named first, its traveller in the main clause after it.
  // Only a national body is read there: the places of the main clause are its objects.
  if (!origin && wordAt(s, cue.start - 1) === 'chuyến' && opensWithTrip(s, cue.start - 1)) {
    // "chuyến thăm … tới Lào của Tổng Bí thư Tô Lâm": the traveller after "của" in the trip's
    // own clause; else each clause after it, in turn ("…, chiều 3/12, Thủ tướng …").
    // "chuyến thăm Campuchia … theo lời mời của Chủ tịch …, Chủ tịch Thượng viện Campuchia …,
    // Tổng Bí thư …": the host country's leaders are the inviters, never the travellers.
    // "chuyến thăm chính thức Việt Nam", "chuyến thăm cấp Nhà nước tới Lào": up to its owner.
    let v = cue.end + 1;
    while (v < Math.min(s.t1, cue.end + 7) && !commaBefore(s, v) && wordAt(s, v) !== 'của') v++;
    const visited = countryWords(phraseText(tt, cue.end + 1, v))[0]?.country;
    const traveller = (c: CountryCode | null) => (c && c !== visited ? c : null);
    for (let k = cue.end + 1; k < s.t1 && !commaBefore(s, k); k++) {
      // "theo lời mời của Thủ tướng …": the inviter, never the traveller.
      if (wordAt(s, k) !== 'của' || wordAt(s, k - 1) === 'mời') continue;
      let e = k + 1;
      while (e < s.t1 && !commaBefore(s, e)) e++;
      const c = traveller(nationalActorNear(phraseText(tt, k + 1, e)));
      if (c) origin = national(gaz, c);
      break;
    }
    // "…, ngày 19/2, Đoàn đại biểu cấp cao tỉnh A do … dẫn đầu": a province's delegation, when
    // no national body comes before it.
    let d = cue.end + 1;
    while (d < s.t1 && wordAt(s, d) !== 'đoàn') d++;
    const own = d < s.t1 ? delegationPlace(s, d) : undefined;
    if (own && nationalBodyIndex(phraseText(tt, cue.end + 1, d)) < 0) origin = local(own);
    let k = cue.end + 1;
    for (let clause = 0; clause < 4 && !origin; clause++) {
      while (k < s.t1 && !commaBefore(s, k)) k++;
      if (k >= s.t1) break;
      const c = traveller(nationalActorNear(phraseText(tt, k, s.t1)));
      if (c) origin = national(gaz, c);
      k++;
    }
    const leader = origin || received ? null : titledLeader(s, cue.end + 1);
    if (leader) {
      origin = local(leader);
      dests = dests.filter((m) => m.entry.id !== leader.entry.id);
    }
  }
  // "cả ba tỉnh A, B và C đều đã cử đoàn sang thăm …": the senders named before "cử".
  if (wordAt(s, dStart - 1) === 'cử') {
    const sender = sendersBefore(s, dStart - 1);
    if (sender) origin = local(sender);
  }
  const firstForeign = (o: Side | null) =>
    dests.find((m) => !o || m.entry.country !== o.entry.country);
  const named = origin !== null;
  if (!origin && namesOtherBody(s, from, cue.start)) return [];
  // "Đoàn ba tỉnh bạn đến Rạch Giá": the partners the article has just named, as many as it says.
  // (Only for a trip told as done: a habit or plan up to the end of its clause rules it out.)
  if (!origin && !futureInClause(s, cue.start)) {
    const group = partnerGroup(
      s,
      dStart,
      cue.start,
      ctx.mentions,
      firstForeign(null)?.entry.country,
    );
    if (group.length > 0)
      return group.map((h) => ({
        from: local(h),
        to: dests.filter((m) => m.entry.country !== h.entry.country).map(local),
        sentence: s,
      }));
  }
  origin ??= fallbackOrigin(ctx, s, firstForeign(null)?.entry.country ?? null);
  if (!origin) return [];
  const o = origin;
  // "Công an tỉnh A đã có buổi làm việc với đoàn … tỉnh B1, B2 tại phường X" (X in A's country):
  // the delegation came to A.
  const came = [...others].filter((m) => m.firstToken > cue.end);
  if (receivesDelegation(s, cue, o, ctx, came)) {
    const guests = [...dests, ...came].filter((m) => m.entry.country !== o.entry.country);
    return [...new Set(guests.map((g) => g.entry))].map((e) => ({
      from: { entry: e, level: 'local' },
      to: [o],
      sentence: s,
    }));
  }
  let to: Side[] = dests.filter((m) => m.entry.country !== o.entry.country).map(local);
  // "Tỉnh B (đã) đón đoàn tỉnh A sang thăm": the host stands before the delegation.
  // "Đoàn công tác tỉnh A đã cùng đoàn công tác tỉnh B tiến hành khảo sát": a delegation travels
  // too, so it hosts nobody.
  if (to.length === 0 && dStart > from) {
    const host = s.mentions.find(
      (m) =>
        m.headToken >= from &&
        m.lastToken < dStart &&
        m.entry.country !== o.entry.country &&
        !isDelegationOf(s, m, from),
    );
    if (host) to = isInviter(s, host) ? invitingHosts(s, host, o) : [local(host)];
  }
  // "trước khi rời Việt Nam": leaving a country names no place of it as a destination.
  if (to.length === 0 && !cue.locatedOnly && wordAt(s, cue.start) !== 'rời')
    to = namedCountryPlaces(tt, s, o, cue.end + 1, others);
  // "Ảnh: Bộ trưởng … làm việc với ngài …, Bộ trưởng Bộ Du lịch Campuchia" after the guests' trip to
  // a place of the minister's own country: met there, not in the guests' country.
  const metAtHome =
    wordAt(s, cue.start) === 'làm' &&
    (ctx.lastTo ?? []).some((t) => t.entry.country === o.entry.country);
  if (to.length === 0 && !cue.locatedOnly && wordAt(s, cue.start) !== 'rời' && !metAtHome)
    to = countryDestination(tt, s, gaz, o, cue.end + 1, s.t1);
  // "Đoàn đại biểu tỉnh A (Lào) đã sang dự …" in a provincial paper: crossed over to its province.
  if (to.length === 0 && wordAt(s, cue.start) === 'sang' && ctx.home && !speaksOfFuture(s))
    if (ctx.home.entry.country !== o.entry.country) to = [local(ctx.home)];
  // "… dẫn Đoàn đại biểu Tạp chí A-lun-may đến làm việc với tỉnh ta": the paper's own province.
  if (to.length === 0) {
    const ours = ourProvince(s, cue.end + 1, clauseEnd(s, cue.end), ctx);
    if (ours && ours.entry.country !== o.entry.country) to = [ours];
  }
  // "Nhận lời mời của tỉnh B, ông … đã đến tham dự buổi lễ": the trip goes to its inviter.
  if (to.length === 0 && !speaksOfFuture(s)) {
    // "theo lời mời của Ban Tuyên huấn tỉnh A và B": to each host that invited.
    const inviter = s.mentions.find((m) => isInviter(s, m) && m.entry.country !== o.entry.country);
    if (inviter) to = invitingHosts(s, inviter, o);
  }
  const homes = named ? homesOf(s, o) : [o];
  return homes.map((h) => ({ from: h, to, sentence: s }));
}

/** The inviter and the hosts listed with it, of another country than the traveller. */
function invitingHosts(s: SentenceView, inviter: Mention, o: Side): Side[] {
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

/**
 * The party after "của" in a trip's own clause ("chuyến thăm … của Đoàn tỉnh A"), if a place
 * names it (national travellers are read only where the sentence opens with the trip, below).
 */
function tripOwner(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  a: number,
): { side: Side; mentions: Mention[] } | null {
  // "của" must belong to the trip's noun phrase ("chuyến thăm chính thức của …"), not to a
  // later one ("chuyến thăm nhằm tìm hiểu kinh nghiệm của tỉnh B").
  let k = a;
  // "Chuyến thăm và làm việc tại Lào của Đoàn …": one trip, named by both its verbs.
  if (wordAt(s, k) === 'và' && wordAt(s, k + 1) === 'làm' && wordAt(s, k + 2) === 'việc') k += 3;
  // "… tại Lào của Đoàn …", "chuyến thăm Campuchia của …": the country the trip went to, then
  // its owner.
  const country = TRIP_PHRASE_ENDS.has(wordAt(s, k)) ? countryWordAt(s, k + 1) : 0;
  const toCountry = country > 0 || countryWordAt(s, k) > 0;
  k += country > 0 ? 1 + country : countryWordAt(s, k);
  const reach = k + 6;
  while (k < Math.min(s.t1, reach) && !commaBefore(s, k) && !TRIP_PHRASE_ENDS.has(wordAt(s, k))) {
    if (wordAt(s, k) === 'của') break;
    k++;
  }
  // "chuyến thăm Campuchia lần này theo lời mời của …": the inviter, not the owner.
  if (wordAt(s, k) !== 'của' || commaBefore(s, k) || wordAt(s, k - 1) === 'mời') return null;
  let e = k + 1;
  while (e < s.t1 && !commaBefore(s, e)) e++;
  // "chuyến thăm của đồng chí X – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A": a person's titles
  // run past commas and end with the person's place.
  const person = PERSON_WORDS.has(wordAt(s, k + 1));
  const titled = person ? s.mentions.find((x) => x.firstToken > k) : undefined;
  if (titled && titled.firstToken - k <= TITLES_REACH && !semicolonIn(s, k, titled.firstToken))
    e = Math.max(e, titled.lastToken + 1);
  const m = s.mentions.find((x) => x.firstToken > k && x.lastToken < e);
  // Only a party named within its own phrase, not a place further on ("của đoàn đại biểu Hội
  // hữu nghị Campuchia - Việt Nam tỉnh Kratie": a body's name is long).
  if (m && (m === titled || m.firstToken - k <= 12) && !isInviter(s, m)) {
    const side = actorIn(tt, s, gaz, k + 1, m.lastToken + 1, () => false);
    if (side) return { side, mentions: withListed(s, m) };
  }
  // "chuyến thăm Campuchia của đoàn đại biểu cấp cao Đoàn Thanh niên Cộng sản Hồ Chí Minh": a
  // national body owns the trip to a country.
  if (!m && toCountry) {
    const c = nationalActorNear(phraseText(tt, k + 1, e));
    if (c) return { side: national(gaz, c), mentions: [] };
  }
  return null;
}

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

const PERSON_WORDS = new Set(['đồng', 'ông', 'bà', 'ngài']);
const TITLES_REACH = 25;

function semicolonIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (semicolonBefore(s, k)) return true;
  return false;
}

function resolveReverse(
  tt: TokenizedText,
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
): VisitFinding[] {
  // "đã đón tiếp 18 đoàn khách", "tiếp nhiều đoàn": a tally of a year's exchanges, not one trip.
  const counted = wordAt(s, cue.end + 1);
  if (/^\d+$/.test(counted) || ['nhiều', 'hàng', 'hơn', 'trên', 'gần'].includes(counted)) return [];
  const guestPlaces = s.mentions.filter((m) => m.firstToken > cue.end && !isLocated(s, m));
  // The host's own place ("Chủ tịch UBND tỉnh B") before the venue ("tại thành phố C").
  const hostSide =
    actorIn(tt, s, gaz, s.t0, cue.start, (m) => isLocated(s, m)) ??
    actorIn(tt, s, gaz, s.t0, cue.start, () => false) ??
    (() => {
      // "tiếp ông X, Tổng lãnh sự … tại TP.HCM": where the guest's mission sits, not the venue.
      const loc = s.mentions.find((m) => m.firstToken > cue.end && atVenue(s, m));
      return loc ? local(loc) : null;
    })();
  // "Tiếp Đoàn, ông A, Chủ tịch UBND tỉnh B, …": the host is named after the guest word.
  // "Tiếp và làm việc với Đoàn công tác tỉnh A, tỉnh B có …": the guest named, then the host.
  const named = guestWord(s, cue) === 'đoàn' ? guestPlaces[0] : undefined;
  const traveller = ctx.lastOrigin ?? (named ? local(named) : null);
  if (!hostSide && cue.start - s.t0 <= 1 && traveller) {
    const o = traveller;
    const host = s.mentions.find(
      (m) => m.firstToken > cue.end && m.entry.country !== o.entry.country,
    );
    return host ? [{ from: o, to: [local(host)], sentence: s }] : [];
  }
  // "Chủ tịch UBND tỉnh đã tiếp Đoàn … tỉnh A": the province the article is written from, for a
  // guest the sentence names.
  // "Tại An Giang, Thứ trưởng Bộ Quốc phòng tiếp đoàn Campuchia": a national host received the
  // guests at the place the sentence names, not in the capital.
  const venue =
    hostSide?.level === 'national'
      ? s.mentions.find(
          (m) =>
            m.entry.country === hostSide.entry.country &&
            m.entry.iso !== hostSide.entry.iso &&
            isLocated(s, m),
        )
      : undefined;
  // "Trong hoạt động đầu tiên, Bộ trưởng … chủ trì lễ đón …" after "tại Cửa khẩu Mộc Bài, tỉnh B
  // đã diễn ra …": the venue the article has set, when it lies in the host's country.
  // (Not when the sentence names one, the capital included; at the capital, the host stays national.)
  const placed =
    hostSide?.level === 'national' &&
    s.mentions.some(
      (m) =>
        m.entry.country === hostSide.entry.country &&
        (isLocated(s, m) || m.entry === hostSide.entry),
    );
  const framed =
    hostSide?.level === 'national' &&
    !placed &&
    ctx.frameVenue?.country === hostSide.entry.country &&
    ctx.frameVenue !== hostSide.entry
      ? ctx.frameVenue
      : null;
  const home = ctx.home;
  // (A guest "Tổng lãnh sự Vương quốc Campuchia tại TP.HCM" names a foreign body, no place of it.)
  // The words after the cue in lower case: made once, when first asked for.
  let guestPhraseMemo: string | undefined;
  const guestPhrase = () => (guestPhraseMemo ??= phraseText(tt, cue.end + 1, s.t1));
  const consul = () => consulCountry(guestPhrase());
  const foreignGuest = (c: CountryCode) =>
    guestPlaces.some((m) => m.entry.country !== c) || (consul() ?? c) !== c;
  const host =
    (venue ? local(venue) : framed ? { entry: framed, level: 'local' as const } : hostSide) ??
    (home && bareProvinceIn(s, s.t0, cue.start) && foreignGuest(home.entry.country)
      ? local(home)
      : null);
  if (!host) return [];
  let guestMention = guestPlaces.find((m) => m.entry.country !== host.entry.country);
  let guest: Side | null = guestMention ? local(guestMention) : null;
  if (guestMention && leaderTitleOnly(tt, s, cue.end + 1, guestMention)) {
    guest = national(gaz, guestMention.entry.country);
    guestMention = undefined;
  }
  if (!guestMention) {
    const group = partnerGroup(s, cue.end + 1, s.t1, ctx.mentions, host.entry.country);
    if (group.length > 0) return group.map((g) => ({ from: local(g), to: [host], sentence: s }));
  }
  if (!guest) {
    const c = nationalActorCountry(guestPhrase()) ?? consul();
    if (c && c !== host.entry.country) guest = national(gaz, c);
  }
  // "tiếp Đoàn": the delegation the article follows; "tiếp Đại sứ …", "tiếp ông …" name someone else.
  if (!guest && guestPlaces.length === 0 && guestWord(s, cue) === 'đoàn') {
    guest = fallbackOrigin(ctx, s, host.entry.country);
    // "Bộ trưởng … Lào đã tiếp đoàn" after the trip to province B was told: received in B.
    const there = (ctx.lastTo ?? []).filter((t) => t.entry.country === host.entry.country);
    if (
      guest &&
      host.level === 'national' &&
      there.length > 0 &&
      !s.mentions.some((m) => isLocated(s, m))
    )
      return [{ from: guest, to: there, sentence: s }];
  }
  if (!guest || guest.entry.country === host.entry.country) return [];
  // "Đại sứ Lào … tiếp Chủ tịch UBND TP Hà Nội": an envoy receives at his mission, in the country
  // he is accredited to, which is the guest's as often as not: no trip without a venue.
  if (
    host.level === 'national' &&
    !s.mentions.some((m) => isLocated(s, m)) &&
    envoyFirst(phraseText(tt, s.t0, cue.start))
  )
    return [];
  // "Chủ tịch nước tiếp Đại sứ Lào": an envoy calling on the leaders where it is accredited.
  if (
    !guestMention &&
    guest.level === 'national' &&
    host.level === 'national' &&
    envoyFirst(phraseText(tt, cue.end + 1, s.t1))
  )
    return [];
  // "Trong chuyến thăm Campuchia, tại Thủ đô Phnom Penh, Tổng Bí thư đã tiếp đoàn Hội Hữu nghị
  // Campuchia - Việt Nam": the leader received them in their own country, on his own trip.
  const g = guest;
  if (
    host.level === 'national' &&
    s.mentions.some((m) => m.entry.country === g.entry.country && isLocated(s, m))
  )
    return [];
  const guests = guestMention ? withListed(s, guestMention).map(local) : [guest];
  const atCapital = host.level === 'national' && !placed ? { atCapital: true as const } : {};
  return guests.map((x) => ({ from: x, to: [host], sentence: s, ...atCapital }));
}

/**
 * "Cùng đi có lãnh đạo các bộ, ngành và Chủ tịch UBND tỉnh A; phía B có …": the places of the
 * traveller's country named with the delegation went where it went (the host's side stays home).
 */
function companions(s: SentenceView, ctx: VisitContext): VisitFinding[] {
  const o = ctx.lastOrigin;
  const to = ctx.lastTo;
  if (!o || !to || to.length === 0) return [];
  const opening = `${wordAt(s, s.t0)} ${wordAt(s, s.t0 + 1)}`;
  if (opening !== 'cùng đi' && opening !== 'tháp tùng') return [];
  const out: VisitFinding[] = [];
  for (const m of s.mentions) {
    if (wordAt(s, m.headToken - 1) === 'có' && wordAt(s, m.headToken - 2) === 'phía') break;
    if (commaBefore(s, m.headToken) && wordAt(s, m.headToken) === 'phía') break;
    if (m.entry.country !== o.entry.country || m.entry.iso === o.entry.iso) continue;
    // "Trường Đại học Quy Nhơn" names a school; "UBND tỉnh A" a province's leaders.
    if (m.prefix === null || out.some((v) => v.from.entry.iso === m.entry.iso)) continue;
    out.push({ from: local(m), to, sentence: s });
  }
  return out;
}

const nationalOnly = (v: VisitFinding) =>
  v.from.level === 'national' && v.to.every((t) => t.level === 'national');

/** "nhắc lại", "nhớ lại": a speaker recalls a trip of other years. */
function recalls(s: SentenceView): boolean {
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (wordAt(s, k + 1) === 'lại' && ['nhắc', 'nhớ'].includes(wordAt(s, k))) return true;
  return false;
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
  const rev = cues.find((c) => c.kind === 'reverse');
  // "B tiếp Đoàn A …, nhân dịp Đoàn sang thăm": the reception already tells the visit.
  // Every stop of an itinerary ("đã tới thành phố A, …, sau đó tham quan B").
  // Later stops start after the earlier stop's words; their traveller is the same unless named.
  let from = s.t0;
  const prior = ctx.lastOrigin;
  const forward = cues.filter((c) => c.kind === 'forward' && (!rev || c.start < rev.start));
  // "lượng khách Campuchia đến Việt Nam đạt 400.000 lượt": visitor numbers, not a trip.
  for (const fwd of forward.length > 0 && visitorCount(s) ? [] : forward) {
    const found = resolveForward(tt, s, fwd, gaz, ctx, from, rev !== undefined);
    from = fwd.end + 1;
    if (found.length === 0) continue;
    out.push(...found);
    ctx.lastOrigin = found[0]!.from;
  }
  if (rev) out.push(...resolveReverse(tt, s, rev, gaz, ctx));
  // The traveller named here is the one later sentences mean by "đoàn" (not a guest of years
  // ago that a speaker recalls: "nhắc lại chuyến thăm Bình Dương năm 2019 của đoàn tỉnh Kratie").
  if (out.length > 0 && !(prior && recalls(s))) ctx.lastOrigin = out[0]!.from;
  else if (prior) ctx.lastOrigin = prior;
  const went = out.find((v) => v.to.length > 0);
  if (went) ctx.lastTo = went.to;
  // "Chuyến viếng thăm của Đại sứ nhằm …": an envoy between the two capitals has not travelled.
  const envoy = out.some(nationalOnly) && envoyFirst(phraseText(tt, s.t0, s.t1));
  return out.filter((v) => v.to.length > 0 && !(envoy && nationalOnly(v)));
}
