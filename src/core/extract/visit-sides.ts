// The ends of a visit and the tests both readings share: a mention that is the venue, a list of
// homes, an actor who stands at its capital.
import { beforeCompanions } from './companion-clause.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry, LinkEnd } from '../types.ts';
import {
  centralOwner,
  consulateCountry,
  consulCountry,
  COUNTRY_ALT,
  countryWords,
  nationalActorCountry,
} from './actors.ts';
import { countOf, isSeveral } from './count-words.ts';
import type { Mention } from './find-places.ts';
import { leaderOpening } from './foreign-leaders.ts';
import { bareProvinceIn } from './home.ts';
import {
  bracketBefore,
  countryWordAt,
  dashBefore,
  isSeatOrHome,
  listComma,
  LOCATIVE,
  phraseText,
  semicolonBefore,
  TOWARDS,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import type { TokenizedText } from './tokens.ts';
import { commaBefore, SITES, speaksOfFuture, SUB_UNITS } from './visit-cues.ts';

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
  /** Told by the host's reception ("tiếp", "đón"): see atCapital. */
  received?: true;
  /** Known only from a guest's words at the event (frame-speakers.ts): no partner of its own. */
  heard?: true;
  /**
   * Named only on the roll of those present ("Dự hội nghị có đại diện … các tỉnh A, B"): a guest,
   * not a side of what "hai bên" sign.
   */
  attended?: true;
  /**
   * A trip the sentence recalls as the time of a welcome now thanked for ("cảm ơn … sự đón tiếp …
   * trong chuyến thăm … Campuchia từ ngày 28 đến 30/7/2022"): not the trip the article tells.
   */
  recalled?: true;
}

/** What the article has established so far: who is travelling, and the title's places. */
export interface VisitContext {
  lastOrigin: Side | null;
  /**
   * Every home of the traveller last told, where one delegation came from several places ("đại
   * diện 35 doanh nghiệp đến từ A1, A2 và A3 …"): whom a later bare "đoàn" means.
   */
  lastHomes?: Side[];
  /** Where the trip last told went (companions named later go there too). */
  lastTo?: Side[];
  titlePlaces: Mention[];
  /** The foreign state actor the headline opens on, if any (headline-actor.ts). */
  titleActor?: Side | null;
  /** The headline opens on a third country's party (foreign-delegation.ts). */
  titleForeign?: boolean;
  /** The foreign state leader the sentences so far last named with no place (headline-actor.ts). */
  lastActor?: Side | null;
  /** Every mention of the article, in text order (for the nearest earlier place). */
  mentions: Mention[];
  /** The province the article is written from, if clear (see home.ts). */
  home?: Mention | null;
  /** The country the headline places its event in, if one (title-venue.ts). */
  titleVenue?: CountryCode | null;
  /** The headline tells of a call or an online meeting (title-venue.ts). */
  titleRemote?: boolean;
  /** The place the headline opens on as its label ("Ninh Bình: …"): where its story is. */
  titleLabel?: Mention | null;
  /** The venue earlier sentences established (frames.ts), if any. */
  frameVenue?: GazetteerEntry | null;
  /** The lead's venue, named or the destination of the trips it tells (see frameVenue). */
  leadVenue?: GazetteerEntry | null;
  /** The venue the next sentence gives the talks this sentence tells, if so (geocode-article.ts). */
  talksVenue?: GazetteerEntry | null;
  /** The two places of the last visit told between two provinces (traveller first). */
  lastPair?: [GazetteerEntry, GazetteerEntry];
  /** Leaders the article named with title and country, by name (people.ts). */
  people?: ReadonlyMap<string, CountryCode>;
  /** Local leaders the article named with titles ending on their place, by name (people.ts). */
  locals?: ReadonlyMap<string, GazetteerEntry>;
  /** Remains-search teams the article named with their province, by number (team-homes.ts). */
  teams?: ReadonlyMap<string, GazetteerEntry>;
  /** The country of the ambassador the article names (people.ts: envoyCountry). */
  envoy?: CountryCode | null;
  /** The leader the sentences before last named (a key of people or locals): "ông" after it. */
  lastLeader?: string | null;
}

// "đoàn theo quốc lộ 5 lên tỉnh B": a place after these is where the party goes, not its home.
// "qua Cửa khẩu Mộc Bài, thuộc tỉnh Tây Ninh": a place the route passes through is no home either.
const GOING_TO = new Set([
  'lên',
  'xuống',
  'đến',
  'tới',
  'sang',
  'về',
  'qua',
  'ra',
  'vào',
  'thăm',
  'thuộc',
  'ghé',
]);

/**
 * A place named after a word of going or passing ("lên tỉnh B", "qua …, thuộc tỉnh B"): not the
 * party's home; but "đoàn … huyện X thuộc tỉnh A" names the district's province, its home.
 */
export function goneTo(s: SentenceView, m: Mention): boolean {
  const w = wordAt(s, m.headToken - 1);
  if (!GOING_TO.has(w)) return false;
  if (w !== 'thuộc' || commaBefore(s, m.headToken - 1)) return true;
  for (let b = m.headToken - 2; b >= Math.max(s.t0, m.headToken - DISTRICT_REACH); b--)
    if (wordAt(s, b) === 'huyện') return false;
  return true;
}
// From "huyện" to the province its district lies in ("huyện Bualapha thuộc tỉnh B").
const DISTRICT_REACH = 6;

const LIST_GLUE = new Set([
  'và',
  // "Tboung Khmum, Kratié rồi Mondulkiri": stops in their order.
  'rồi',
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

// From a located place back to the site or unit after "tại": "… Mộc Bài, tỉnh B", and across a
// bracketed province to the far side of a pair of gates.
const SITE_REACH = 6;
const GATE_PAIR_REACH = 12;

/** A mention introduced by "tại / ở" (directly or through its administrative word). */
export function isLocated(s: SentenceView, m: Mention): boolean {
  const at = locativeBefore(s, m);
  if (LOCATIVE.has(wordAt(s, at))) return true;
  // ("… đón đoàn công tác … tại cảng Sihanoukville": at the port of the city it is named after.)
  // (Not a port the talks are about: "… trao đổi về việc bốc dỡ hàng hóa … tại cảng B",
  // "… phát triển các bến cảng tại cảng B".)
  if (wordAt(s, at) === 'cảng' && LOCATIVE.has(wordAt(s, at - 1)) && !portSpokenOf(s, at - 1))
    return true;
  // ("… quy tập được 8 hài cốt trên địa bàn các tỉnh B1, B2 và B3": the ground the work covered.)
  if (wordsAt(s, at - 2, ON_GROUND)) return true;
  // "tại huyện Stoung, tỉnh B": the province a located district lies in; "tại cửa khẩu quốc tế Mộc
  // Bài, tỉnh B", "… Mộc Bài (tỉnh B)": a site's.
  // ("tại Cửa khẩu quốc tế Mộc Bài (tỉnh A) - Bavet": the far side of a pair of gates too.)
  const pair = dashBefore(s, m.headToken);
  if (ownSiteOf(s, m)) return true;
  if (provinceOfLocatedCity(s, m)) return true;
  // ("tại huyện A1 của tỉnh B": the province a located district belongs to, as after a comma.)
  const of = wordAt(s, m.headToken - 1) === 'của';
  if (!pair && !of && !commaBefore(s, m.headToken) && !bracketBefore(s, m.headToken)) return false;
  const reach = pair ? GATE_PAIR_REACH : SITE_REACH;
  // ("tại bản A1, huyện A2, tỉnh B": back over each unit of a chain that opens on "tại".)
  let head = m.headToken;
  for (let hop = 0; hop < UNIT_CHAIN; hop++) {
    let unit = -1;
    for (let k = head - 2; k >= Math.max(s.t0, head - reach); k--) {
      if (commaBefore(s, k + 1) && k + 1 < head) break;
      const w = wordAt(s, k);
      if (!SUB_UNITS.has(w) && !SITES.has(w)) continue;
      // ("… trên địa bàn bản A1 (huyện A2, tỉnh B)": the ground of a chain, as "tại bản A1".)
      // (Not "Đoàn … các đồn biên phòng trên địa bàn huyện A1, tỉnh A đã sang thăm …": a chain
      // its subject's predicate follows names where the travellers are based.)
      if (LOCATIVE.has(wordAt(s, k - 1))) return true;
      if (wordsAt(s, k - 3, ON_GROUND) && !PREDICATE_START.has(wordAt(s, m.lastToken + 1)))
        return true;
      unit = k;
    }
    if (unit < 0) return false;
    // ("tại thị xã A1, tỉnh B1 và thị xã A2, tỉnh B2": a second address joined to a located one.)
    const start = wordAt(s, unit - 1) === 'thị' ? unit - 1 : unit;
    if (wordAt(s, start - 1) === 'và') {
      const first = s.mentions.find((x) => x.lastToken === start - 2);
      return first !== undefined && first !== m && isLocated(s, first);
    }
    if (!commaBefore(s, unit)) return false;
    head = unit;
  }
  return false;
}
/**
 * "tại thành phố Biên Hòa, tỉnh B", "ở TP Pakse, tỉnh B": the province a located city lies in, named
 * right after it past a comma (as "tại huyện X, tỉnh B" is; a city is a mention of its own).
 */
function provinceOfLocatedCity(s: SentenceView, m: Mention): boolean {
  if (m.entry.kind === 'city' || !commaBefore(s, m.headToken)) return false;
  const city = s.mentions.find((x) => x.lastToken === m.headToken - 1);
  // (Not a mission's seat: "Tổng Lãnh sự quán … tại Pakse, tỉnh B" is posted there.)
  return (
    city !== undefined &&
    city.entry.parent === m.entry.id &&
    isLocated(s, city) &&
    !isSeatOrHome(s, locativeBefore(s, city))
  );
}

/**
 * Whether the words just before "tại cảng" at token k speak of talks or of the port's trade
 * (PORT_TOPIC), across a list of ports ("… khai thác bến … tại cảng A, tại cảng B").
 */
function portSpokenOf(s: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(s.t0, k - PORT_TOPIC_REACH); j--)
    if (PORT_TOPIC.some((ws) => wordsAt(s, j, ws))) return true;
  return false;
}
const PORT_TOPIC: readonly (readonly string[])[] = [
  ['trao', 'đổi'],
  ['thảo', 'luận'],
  ['hàng', 'hóa'],
  ['bến'],
  ['khai', 'thác'],
  ['quá', 'cảnh'],
  ['bốc', 'dỡ'],
  ['trung', 'chuyển'],
  ['dự', 'án'],
  ['đầu', 'tư'],
  ['phát', 'triển'],
];
const PORT_TOPIC_REACH = 24;

// How many units a located chain may name before the place ("bản, huyện, tỉnh").
const UNIT_CHAIN = 3;

// First words of a province's own sites named with it ("Nghĩa trang liệt sĩ tỉnh B", "Đài tưởng
// niệm … tỉnh B", "Bảo tàng tỉnh B", "Đền thờ … tỉnh B").
const OWN_SITES = new Set([...SITES, 'đài', 'đền', 'bảo']);
// Words before "tại" that seat a body there ("văn phòng tại", "trụ sở tại", "đặt tại", "nằm tại").
const SEATED = new Set(['phòng', 'sở', 'đặt', 'nằm']);
// From "tỉnh B" back to the site's first word ("Đài tưởng niệm các anh hùng liệt sĩ tỉnh B").
const OWN_SITE_REACH = 9;

/**
 * "dâng hương tại Nghĩa trang liệt sĩ tỉnh B", "tại Đài tưởng niệm các anh hùng liệt sĩ tỉnh B":
 * a province named as the owner of a site introduced by "tại / ở", no comma between.
 */
function ownSiteOf(s: SentenceView, m: Mention): boolean {
  if (m.prefix !== 'tinh' || m.headToken >= m.firstToken) return false;
  // (Not "tại khu vực biên giới giữa hai tỉnh A và B": the ground between several provinces.)
  if (isSeveral(wordAt(s, m.headToken - 1))) return false;
  // ("tại Đền thờ … và Đài tưởng niệm … tỉnh B": the last of two sites joined by "và".)
  let reach = OWN_SITE_REACH;
  for (let k = m.headToken - 1; k > Math.max(s.t0, m.headToken - reach); k--) {
    if (commaBefore(s, k + 1) || wordAt(s, k) === 'giữa') return false;
    if (!OWN_SITES.has(wordAt(s, k))) continue;
    // (Not "… có văn phòng tại Nhà máy … tỉnh B", "đặt tại …": a body's seat, not a stop.)
    if (LOCATIVE.has(wordAt(s, k - 1))) return !SEATED.has(wordAt(s, k - 2));
    if (wordAt(s, k - 1) === 'và' && reach === OWN_SITE_REACH)
      reach = m.headToken - k + OWN_SITE_REACH;
  }
  return false;
}

const ON_GROUND = ['trên', 'địa', 'bàn'];
// Words that open a clause's predicate right after its subject ("… tỉnh A đã sang thăm …").
const PREDICATE_START = new Set(['đã', 'vừa', 'đang', 'sang', 'lên', 'về', 'thăm', 'cùng']);

/**
 * Where "tại / ở" would stand before a mention: right before it, or before a count of provinces
 * ("tìm kiếm 172 mộ tại 3 tỉnh A, B và C", "ở các tỉnh A, B").
 */
export function locativeBefore(s: SentenceView, m: Mention): number {
  const several = isSeveral(wordAt(s, m.headToken - 1)) && wordAt(s, m.headToken) === 'tỉnh';
  return several ? m.headToken - 2 : m.headToken - 1;
}

/** A located mention that is a destination: not the seat of a mission or the home of residents. */
export function atVenue(s: SentenceView, m: Mention): boolean {
  return (isLocated(s, m) && !isSeatOrHome(s, locativeBefore(s, m))) || foundingFeted(s, m);
}

/** A mention located as the seat of a mission or the home of residents ("Tổng Lãnh sự … tại TP B"). */
export function locatedSeat(s: SentenceView, m: Mention): boolean {
  return isLocated(s, m) && isSeatOrHome(s, locativeBefore(s, m));
}

/**
 * "dự Lễ kỷ niệm 40 năm Ngày thành lập tỉnh B": a province's founding is feted in it, as its
 * re-founding ("tái lập") or its liberation ("giải phóng") is.
 */
function foundingFeted(s: SentenceView, m: Mention): boolean {
  const k = m.headToken;
  if (!FOUNDINGS.has(`${wordAt(s, k - 2)} ${wordAt(s, k - 1)}`)) return false;
  for (let b = k - 3; b >= Math.max(s.t0, k - 10); b--)
    if (wordAt(s, b) === 'niệm' && wordAt(s, b - 1) === 'kỷ') return true;
  return false;
}

const FOUNDINGS = new Set(['thành lập', 'tái lập', 'giải phóng']);

/** A mention inside an invitation ("theo lời mời của UBND tỉnh B"): the host, not the traveller. */
export function isInviter(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 6); b--)
    if (wordAt(s, b) === 'mời') return true;
  return false;
}

export function glued(s: SentenceView, a: Mention, b: Mention): boolean {
  let k = a.lastToken + 1;
  // "tỉnh A (nước Cộng hòa Dân chủ Nhân dân Lào) và tỉnh B": A's country, written out; "LHCĐ
  // thành phố A (tỉnh A'), LHCĐ tỉnh B": where A lies.
  const open = s.tt.text.slice(a.span[1], s.tt.tokens[k]?.start ?? a.span[1]);
  if (/^\s*\($/.test(open)) {
    let close = k;
    while (close < b.headToken && !s.tt.text.slice(s.tt.tokens[close]!.end).startsWith(')'))
      close++;
    const inside = phraseText(s.tt, k, close + 1);
    if (close < b.headToken && (COUNTRY_IN.test(inside) || UNIT_WORD.test(inside))) k = close + 1;
  }
  const named: string[] = [];
  for (; k < b.headToken; k++) {
    const w = wordAt(s, k);
    // "tại A và ba tỉnh B, C, D": a count of the provinces that follow.
    if (LIST_GLUE.has(w) || (isSeveral(w) && wordAt(s, k + 1) === 'tỉnh')) continue;
    named.push(w);
  }
  return named.length === 0 || repeatsBody(s, a, named);
}

/** "Công an tỉnh A và Công an tỉnh B": the words between repeat the body named before A. */
function repeatsBody(s: SentenceView, a: Mention, words: readonly string[]): boolean {
  if (words.length > MAX_BODY_WORDS) return false;
  let i = words.length - 1;
  for (let k = a.headToken - 1; k >= s.t0 && i >= 0; k--) {
    const w = wordAt(s, k);
    if (LIST_GLUE.has(w)) continue;
    if (w !== words[i]) return false;
    i--;
  }
  return i < 0;
}

const MAX_BODY_WORDS = 4;

const UNIT_WORD = /^(?:tỉnh|thành phố|tp\.?|thủ đô|huyện|thị xã|quận)\s/iu;

const COUNTRY_IN = new RegExp(String.raw`(?<![\p{L}])(?:${COUNTRY_ALT})(?![\p{L}])`, 'u');

export const local = (m: Mention): Side => ({ entry: m.entry, level: 'local' });

/** The first mention of each place, in order (a place named twice is one destination). */
export function onePerPlace(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entry.id) && seen.add(m.entry.id));
}

export function national(gaz: Gazetteer, c: CountryCode): Side {
  return { entry: gaz.capital(c), level: 'national' };
}

/** A place and the places listed right after it ("hai tỉnh A và B", "các tỉnh A, B, C"). */
export function withListed(s: SentenceView, m: Mention): Mention[] {
  const out = [m];
  for (const x of s.mentions) {
    if (x.headToken <= m.headToken) continue;
    const prev = out[out.length - 1]!;
    if (glosses(s, prev, x)) continue;
    if (x.entry.country !== m.entry.country || !glued(s, prev, x)) break;
    out.push(x);
  }
  return out;
}

/**
 * "LHCĐ thành phố Viêng Chăn (tỉnh Viêng Chăn), LHCĐ tỉnh Luông Pha Băng": a place in brackets
 * right after another says where that one lies; no item of the list.
 */
function glosses(s: SentenceView, prev: Mention, x: Mention): boolean {
  const { text, tokens } = s.tt;
  if (x.headToken !== prev.lastToken + 1 || x.entry.country !== prev.entry.country) return false;
  if (!/^\s*\($/u.test(text.slice(prev.span[1], tokens[x.headToken]!.start))) return false;
  return /^\s*\)/u.test(text.slice(x.span[1], x.span[1] + 8));
}

/**
 * The places listed with the first guest, across countries where each part of the list ends on
 * its country in brackets ("đón đoàn chính quyền các tỉnh Orkhon (Mông Cổ), Mondulkiri
 * (Campuchia), Jeollabuk (Hàn Quốc) và Salavan, Champasak (Lào)"); none of the host's country.
 */
export function listedAcross(s: SentenceView, first: Mention, hostCountry: CountryCode): Mention[] {
  const out = withListed(s, first);
  for (;;) {
    const last = out[out.length - 1]!;
    const next = s.mentions.find((m) => m.firstToken > last.lastToken);
    if (!next || next.entry.country === hostCountry) return out;
    if (!BRACKETED_LIST_GAP.test(s.tt.text.slice(last.span[1], next.span[0]))) return out;
    out.push(...withListed(s, next));
  }
}
// A country in brackets after the last item, then "," or "và", and items of other countries each
// with its own bracket ("… (Campuchia), Jeollabuk (Hàn Quốc) và …").
const BRACKETED_LIST_GAP =
  /^\s*\([^()]{2,40}\)\s*(?:,|và)\s*(?:(?:\p{Lu}[\p{L}'’-]*\s*){1,3}\([^()]{2,40}\)\s*(?:,|và)\s*)*$/u;

/** The traveller is named in the sentence itself: a place of its own, or a country's body. */
export function travellerNamed(s: SentenceView, v: VisitFinding): boolean {
  return v.from.level === 'national' || s.mentions.some((m) => m.entry === v.from.entry);
}

/** The places listed up to m with it ("các tỉnh B1, B2, B3", m the last), in text order. */
export function listedUpTo(s: SentenceView, m: Mention): Mention[] {
  const out = [m];
  for (let i = s.mentions.indexOf(m) - 1; i >= 0; i--) {
    const x = s.mentions[i]!;
    if (x.entry.country !== m.entry.country || !glued(s, x, out[0]!)) break;
    out.unshift(x);
  }
  return out;
}

/** The place of a delegation that belongs to a central body, named only in its leader's title. */
export function leaderTitleOnly(
  tt: TokenizedText,
  s: SentenceView,
  a: number,
  m: Mention,
): boolean {
  let del = -1;
  for (let k = a; k < m.headToken; k++) {
    if (wordAt(s, k) === 'đoàn' && del < 0) del = k;
    // Only the words before "do" say who owns the delegation; after it comes the leader's title.
    if (wordAt(s, k) === 'do' && del >= 0)
      return centralOwner(phraseText(tt, del, k)) && !governorOf(s, m);
  }
  return false;
}

/**
 * "… do Ủy viên Trung ương Đảng NDCM Lào, Bí thư, Tỉnh trưởng tỉnh Attapeu làm Trưởng đoàn": a
 * governor leads his own province's delegation, whatever his seat in the Party.
 */
function governorOf(s: SentenceView, m: Mention): boolean {
  // ("Tỉnh trưởng Attapeu", "Tỉnh trưởng tỉnh Attapeu", the "tỉnh" inside the mention or not.)
  const k = wordAt(s, m.firstToken - 1) === 'tỉnh' ? m.firstToken - 1 : m.firstToken;
  return wordsAt(s, k - 2, ['tỉnh', 'trưởng']);
}

/** The actor of a phrase: its first place, else the national body it names. */
export function actorIn(
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
  const said = phraseText(tt, a, b);
  // "đoàn đã gặp gỡ Bộ Quốc phòng Lào, …, đến thăm …": a body met on the way is no traveller.
  const met = MET_BODY.exec(said);
  const bare = met ? said.slice(0, met.index) : said;
  // "Đoàn X, đồng hành có đại diện Liên minh Phật giáo Lào, … đã đến tỉnh B": X's delegation, its
  // companions aside (when X alone names an actor).
  // ("Đoàn Ban Tôn giáo Chính phủ, đồng hành có đại diện Bộ Nội vụ Lào, đã đến tỉnh Quảng Bình":
  // in the lead's own country the companions from abroad are the guests.)
  const lead = beforeCompanions(bare);
  const leadCountry = lead !== bare ? nationalActorCountry(lead) : null;
  const to = s.mentions.find((x) => x.firstToken >= b);
  const phrase = leadCountry && to?.entry.country !== leadCountry ? lead : bare;
  // "đoàn … thanh niên VN đã đến đặt vòng hoa tại Đài tưởng niệm X, anh hùng … của nhân dân Lào":
  // the one named before the place it went to.
  const at = phrase.search(AT_PLACE);
  const c =
    (at > 0 ? nationalActorCountry(phrase.slice(0, at)) : null) ??
    nationalActorCountry(phrase) ??
    consulateCountry(phrase) ??
    // ("Ông X, Tổng Lãnh sự Vương quốc Campuchia tại TP HCM, … đã đến Đồng Nai": the consul,
    // posted in a city the phrase names, travels for his country, not from that city.)
    (POSTED.test(phrase) ? consulCountry(phrase) : null) ??
    // ("Ngày 5/3, Samdech Techo Hun Sen đã đến thăm …": a known leader, titled by nothing else, as
    // the clause's subject.)
    leaderOpening(phrase.slice(phrase.lastIndexOf(',') + 1).trimStart());
  return c ? national(gaz, c) : null;
}

const AT_PLACE = /\s(?:tại|ở)\s/u;
const POSTED = /lãnh sự[^,;]*\stại\s/u;

// (Not the meeting named as an event: "Cuộc hội kiến diễn ra nhân dịp Bộ trưởng X … có mặt tại B".)
const MET_BODY =
  /(?<=\p{L}\s+)(?<!(?:cuộc|buổi)\s+)(?:gặp gỡ|gặp|làm việc với|hội đàm với|hội kiến|chào xã giao)(?=\s)/u;

/**
 * The traveller of a sentence that does not name one ("Đoàn cũng đã đến thăm …"): the delegation
 * the article already follows, else the title's place from another country than the destination.
 */
export function fallbackOrigin(
  ctx: VisitContext,
  s: SentenceView,
  destCountry: CountryCode | null,
): Side | null {
  if (ctx.lastOrigin) return ctx.lastOrigin;
  // ("Đoàn đại biểu tỉnh Hải Nam (Trung Quốc) kết thúc chuyến thăm …": the article follows a third
  // country's party; an unnamed traveller is theirs, from none of the places it names.)
  if (ctx.titleForeign) return null;
  const differs = (m: Mention) => destCountry === null || m.entry.country !== destCountry;
  // ("Phó Chủ tịch nước Lào quan tâm tới quan hệ kết nghĩa A và B", then "Toàn cảnh buổi làm việc
  // với tỉnh A": the leader the headline opens on came, not the partner province it speaks of.)
  const actor = ctx.titleActor;
  // (Not where the sentence calls the guest a province's: "Đoàn đại biểu cấp cao tỉnh bạn đã sang
  // dự lễ kỷ niệm tại tỉnh A" under "Chủ tịch nước Lào gửi thư chúc mừng … kết nghĩa B - A".)
  if (actor && destCountry !== null && actor.entry.country !== destCountry && !provinceGuest(s))
    return actor;
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
  // "Thay mặt lãnh đạo tỉnh A, Giám đốc Sở … . … đoàn công tác đã đi thăm hỏi … (tỉnh B)": the one
  // place of another country the article has named so far (not one a trip set out from: "Rời cửa
  // khẩu X của tỉnh A, chúng tôi …"; nor the end of a road).
  if (destCountry === null) return null;
  const only = onlyEarlierPlace(
    ctx,
    s,
    (m) =>
      differs(m) &&
      !LEFT_BEFORE.test(text.slice(Math.max(0, m.span[0] - 60), m.span[0])) &&
      !ROUTE_END_BEFORE.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0])) &&
      !onCreditedPhoto(text, m),
  );
  if (only) return { entry: only, level: 'local' };
  // ("Đồng chí X, …, Phó Chủ tịch Quốc hội Lào tặng bức tranh kỷ niệm cho A.", then "… A đón tiếp
  // và làm việc với đoàn": where the article names no place of the guest's country, the state
  // leader it named.)
  // (Not a trip still to come: "… sẽ có mặt tại tỉnh B để dự …".)
  const leader = ctx.lastActor;
  return leader && leader.entry.country !== destCountry && !speaksOfFuture(s) ? leader : null;
}

/** The sentence calls a side "tỉnh bạn" / "địa phương bạn": a partner province, not a nation. */
function provinceGuest(s: SentenceView): boolean {
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (
      (wordAt(s, k) === 'tỉnh' || wordsAt(s, k - 1, ['địa', 'phương'])) &&
      wordAt(s, k + 1) === 'bạn'
    )
      return true;
  return false;
}

/** The one place the article named before sentence s among the mentions `keep` takes, else null. */
export function onlyEarlierPlace(
  ctx: VisitContext,
  s: SentenceView,
  keep: (m: Mention) => boolean,
): GazetteerEntry | null {
  let only: GazetteerEntry | null = null;
  for (const m of ctx.mentions) {
    if (m.span[1] > s.span[0]) break;
    if (!keep(m)) continue;
    if (only && only.id !== m.entry.id) return null;
    only = m.entry;
  }
  return only;
}

const LEFT_BEFORE = /(?:^|[\s(])[Rr]ời\s[^,.;:\n]*$/u;
// ("khi cầu Hữu nghị 6 nối tỉnh Salavan (Lào) với tỉnh …": where a bridge or a road leads.)
const ROUTE_END_BEFORE = /(?:^|\s)nối\s+(?:liền\s+)?(?:tỉnh\s+|thành phố\s+)?$/u;

export function cameFrom(s: SentenceView, m: Mention): boolean {
  for (let k = m.headToken - 1; k >= Math.max(s.t0, m.headToken - CAME_FROM_REACH); k--) {
    // ("Từ ngày 8 - 10/11, Đoàn đại biểu tỉnh A đã thăm …": a time clause, closed by its comma.)
    if (commaBefore(s, k + 1) && !listComma(s, k + 1)) return false;
    const w = wordAt(s, k);
    // "Từ tỉnh B có ngài …" opening a roll call names a party's home too.
    if (w === 'từ') return k === s.t0 || TOWARDS.has(wordAt(s, k - 1));
    if (TOWARDS.has(w) || LOCATIVE.has(w) || w === 'với' || semicolonBefore(s, k)) return false;
  }
  return false;
}

// "đến từ các tỉnh A1, A2 của Thái Lan và các tỉnh B1, B2": the list may run long.
const CAME_FROM_REACH = 30;

const DELEGATION_KINDS: readonly string[][] = [
  ['đại', 'biểu'],
  ['công', 'tác'],
  ['cán', 'bộ'],
  // ("đoàn lãnh đạo Lào" after "đoàn … tỉnh A (Lào)": the same followed delegation.)
  ['lãnh', 'đạo'],
];

/** The width of a delegation's kind at token k ("đại biểu", "công tác", "lãnh đạo"), else 0. */
export function delegationKindAt(s: SentenceView, k: number): number {
  return DELEGATION_KINDS.find((ws) => wordsAt(s, k, ws))?.length ?? 0;
}

/**
 * "đoàn (đại biểu | công tác) Lào" from token k, a delegation called by its country alone: the
 * local one of that country the article follows, when it follows one ("tiếp đoàn Việt Nam" after
 * "đoàn … do Bí thư Tỉnh ủy A … dẫn đầu"); else null.
 */
export function followedByCountry(s: SentenceView, k: number, ctx: VisitContext): Side | null {
  const o = ctx.lastOrigin;
  if (o?.level !== 'local' || wordAt(s, k) !== 'đoàn') return null;
  // "các đoàn Campuchia", "hai đoàn Lào", "một đoàn đại biểu Campuchia": one of several, not the
  // one followed.
  if (isSeveral(wordAt(s, k - 1)) || countOf(wordAt(s, k - 1)) === 1) return null;
  let at = k + 1 + delegationKindAt(s, k + 1);
  // "đoàn đại biểu thanh niên Lào": the followed delegation, called by its members and country.
  at += MEMBERS.find((ws) => wordsAt(s, at, ws))?.length ?? 0;
  const n = countryWordAt(s, at);
  if (n === 0 || countryWords(phraseText(s.tt, at, at + n))[0]?.country !== o.entry.country)
    return null;
  return o;
}

/**
 * "tiếp đón các đoàn công tác Campuchia" after the trip of a province of Cambodia was told: its
 * several groups, called by their country, not the state's delegation.
 */
export function severalOfFollowed(
  s: SentenceView,
  k: number,
  ctx: VisitContext,
  c: CountryCode,
): boolean {
  const o = ctx.lastOrigin;
  return (
    o?.level === 'local' &&
    o.entry.country === c &&
    isSeveral(wordAt(s, k)) &&
    wordAt(s, k + 1) === 'đoàn'
  );
}

const MEMBERS: readonly string[][] = [
  ['thanh', 'niên'],
  ['phụ', 'nữ'],
  ['cựu', 'chiến', 'binh'],
];

// "Công nhân thu hoạch mủ cao su tại tỉnh A. Ảnh: …": a stock photo's caption, credited.
const PHOTO_CREDIT = /(?:^|[\s.(])(?:Ảnh|Nguồn ảnh)\s*:/u;

/** m stands on a line that credits a photo: a caption, which tells no one's trip by itself. */
function onCreditedPhoto(text: string, m: Mention): boolean {
  const start = text.lastIndexOf('\n', m.span[0]) + 1;
  const end = text.indexOf('\n', m.span[1]);
  return PHOTO_CREDIT.test(text.slice(start, end < 0 ? text.length : end));
}
