// The extractor: one cleaned article in, its places and links (with evidence) out.
import { modernTones } from '../normalize.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type {
  ArticleDoc,
  ArticleResult,
  CountryCode,
  FoundLink,
  FoundPlace,
  GazetteerEntry,
  LinkEnd,
  UnresolvedName,
} from '../types.ts';
import {
  consulCountry,
  COUNTRY_ALT,
  countryWords,
  envoyActsFirst,
  missionAtPost,
  namesForeignCountry,
} from './actors.ts';
import { withArticleLeaders } from './foreign-leaders.ts';
import { soleTitleCountries } from './bare-titles.ts';
import { mayNameForeignSide } from './foreign-side.ts';
import { digestItems, itemDoc } from './digest-items.ts';
import { consulSeats } from './consul-seats.ts';
import { ambassadorInPerson } from './envoy-in-person.ts';
import { CrossPairs } from './cross-pairs.ts';
import { datelineMentions } from './lead-tags.ts';
import { rolledHostsPlace } from './roll-hosts.ts';
import { formerUnits } from './former-units.ts';
import { DateTrail, type SentenceDates } from './date-trail.ts';
import { eventDate } from './dates.ts';
import { metAuthoritiesVisits } from './met-authorities.ts';
import { eventYear } from './year-dates.ts';
import { findPlaces, type Mention, type PlaceFinding } from './find-places.ts';
import { withPartnerReferences } from './partner-references.ts';
import { fieldWork } from './field-work.ts';
import { jointSearch } from './joint-search.ts';
import { handedBack, mayHandBack } from './handed-back.ts';
import { armyMedics, mayTellArmyMedics } from './army-medics.ts';
import { countedPairOfMany } from './counted-pair.ts';
import { embassyEventVisits } from './embassy-events.ts';
import { handedOverAbroad } from './handover-abroad.ts';
import { journeyStops, otherStops } from './journey-stops.ts';
import { welcomedGuests } from './welcomed-guests.ts';
import { articleHome, bareProvinceIn, outletHome, siteHome } from './home.ts';
import { envoyCountry, lastNamedLeader, titledLocals, titledPeople } from './people.ts';
import { apposedLeaders } from './apposed-leaders.ts';
import {
  heldAt,
  heldLater,
  heldOnTheLine,
  jointlyOrganised,
  leadVenue,
  LEAD_SENTENCES,
  venueIn,
  type ArticleFrame,
} from './frame-venue.ts';
import { speakerVisits, speechStart, spokenEventVenue } from './frame-speakers.ts';
import { frameVisits } from './frames.ts';
import { leadersOnTrip } from './leaders-on-trip.ts';
import { thankedTripVisits } from './thanked-trip.ts';
import { titleLabel, titleRemote, titleVenueCountry } from './title-venue.ts';
import { routeForAnyone } from './tourists.ts';
import { namedDestinationVisits } from './named-destination.ts';
import { opensProgramme, tellsTripUnderWay } from './programme.ts';
import { hasWords, sentenceViews, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { attendanceRoll } from './frame-parties.ts';
import { splitSentences } from './sentences.ts';
import { namesNationalAgreement, signedByNationalSides } from './national-agreements.ts';
import { headlineDelegations } from './headline-delegation.ts';
import { foreignDelegation, foreignSubject } from './foreign-delegation.ts';
import { headlineActor, sentenceActor } from './headline-actor.ts';
import {
  hasSisterCue,
  isVenue,
  onlyDrafted,
  onRoute,
  sisterPairs,
  type SisterPair,
} from './sisters.ts';
import { teamHomes } from './team-homes.ts';
import { twinsLocalUnits } from './village-twins.ts';
import { UntoldTrips } from './untold-trips.ts';
import { LastActor } from './last-actor.ts';
import { ArticleContext } from './article-context.ts';
import { stopDay } from './stop-days.ts';
import { tokenize, type TokenizedText } from './tokens.ts';
import { countOf } from './count-words.ts';
import { inRegionNamed, membersAfter, partnerGroup } from './visit-groups.ts';
import {
  isLocated,
  travellerNamed,
  type Side,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';
import { recalls, visitsInSentence } from './visits.ts';
import { heldOnline, speaksOfFuture } from './visit-cues.ts';
import { meetingAt } from './frame-meeting.ts';

export interface GeocodeOutput {
  result: ArticleResult;
  unresolved: UnresolvedName[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function toPlaces(mentions: Mention[], gaz: Gazetteer): FoundPlace[] {
  const byId = new Map<string, FoundPlace>();
  // A ward named like a place locates the meeting; it makes its unit a place of the article only
  // when the article also names the unit.
  const named = new Set(mentions.filter((m) => !m.ward).map((m) => m.entry.id));
  for (const m of mentions) {
    if (m.ward && !named.has(m.entry.id)) continue;
    const e = m.entry;
    let p = byId.get(e.id);
    if (!p) {
      const succ = gaz.successorOf(e.id);
      p = {
        id: e.id,
        name: e.name,
        country: e.country,
        iso: e.iso,
        kind: e.kind,
        lon: round6(e.coord[0]),
        lat: round6(e.coord[1]),
        spans: [],
        successor: succ ? { id: succ.id, name: succ.name, iso: succ.iso } : null,
      };
      byId.set(e.id, p);
    }
    p.spans.push([m.span[0], m.span[1]]);
  }
  return [...byId.values()];
}

const end = (s: Side): LinkEnd => ({ id: s.entry.id, iso: s.entry.iso, level: s.level });

/**
 * Keeps `key` in `set` while every finding of that link holds: the first adds it when it does, any
 * that does not takes it out for good.
 */
function onlyIfEvery(set: Set<string>, key: string, holds: boolean, known: boolean): void {
  if (!holds) set.delete(key);
  else if (!known) set.add(key);
}

/** What is known of each link found so far: how sure its date is, whether its quote names it. */
interface LinkBook {
  dateRanks: Map<string, number>;
  /** Links whose quote names a group, not both ends ("… với các tỉnh Bắc Lào"). */
  indirect: Set<string>;
  /** Visits whose every finding only presumed the venue (frames.ts). */
  presumed: Set<string>;
  /** Visits to a national host whose every finding only presumed its capital as the venue. */
  atCapital: Set<string>;
  /** Of those, the ones told by the host's reception ("Chủ tịch nước … tiếp Phó thủ tướng …"). */
  receivedAtCapital: Set<string>;
  /** Visits every finding of which recalled an earlier trip in thanks (thanked-trip.ts). */
  recalled: Set<string>;
}

/**
 * Adds a link, merged with one already found between the same two units: ends are compared by
 * ISO code, so a visit "to Phonsavan" and "to Xiêng Khoảng" are one arc, drawn to the province.
 */
function addLink(
  links: Map<string, FoundLink>,
  link: FoundLink,
  gaz: Gazetteer,
  book: LinkBook,
  dateRank = 3,
  direct = true,
): void {
  const { dateRanks } = book;
  const key = `${link.kind}|${link.from.iso}|${link.to.iso}`;
  const had = links.get(key);
  if (!had) {
    links.set(key, link);
    dateRanks.set(key, link.date === null ? -1 : dateRank);
    if (!direct) book.indirect.add(key);
    return;
  }
  // A quote naming both ends backs the link better than one naming their group.
  if (direct && book.indirect.delete(key)) {
    had.evidence = link.evidence;
    had.evidenceSpan = link.evidenceSpan;
  }
  // Keep the first evidence; take a later sentence's date when the first gave none, or only an
  // article-wide guess ("Đoàn … chúc Tết tỉnh B" in the headline, "Chiều 20/1, …" in the lead).
  // "Từ ngày 6 đến 10/10, … sang … hai tỉnh A và B" then "Ngày 9/10, đoàn … sang tỉnh B": the day
  // within the month already known.
  const finer =
    dateRank === dateRanks.get(key) &&
    had.date !== null &&
    link.date !== null &&
    link.date.length > had.date.length &&
    link.date.startsWith(had.date);
  // ("Sáng 8/11, Thủ tướng … tới Phnom Penh" then "Chuyến thăm … diễn ra trong hai ngày
  // 08-09/11/2022": the month of the range holds the day already known.)
  const coarser =
    had.date !== null &&
    link.date !== null &&
    had.date.length > link.date.length &&
    had.date.startsWith(link.date);
  if (link.date !== null && !coarser && (dateRank > dateRanks.get(key)! || finer)) {
    had.date = link.date;
    dateRanks.set(key, dateRank);
  }
  had.from = preciser(had.from, link.from, gaz);
  had.to = preciser(had.to, link.to, gaz);
}

/**
 * Of two ends in one unit: a place named in the text over a national body standing at the
 * capital, and the province-level unit over one of its cities.
 */
function preciser(a: LinkEnd, b: LinkEnd, gaz: Gazetteer): LinkEnd {
  if (a.level !== b.level) return a.level === 'local' ? a : b;
  const city = (e: LinkEnd) => gaz.get(e.id)?.kind === 'city';
  return city(a) && !city(b) ? b : a;
}

function sisterEnds(a: GazetteerEntry, b: GazetteerEntry): [LinkEnd, LinkEnd] {
  const x: LinkEnd = { id: a.id, iso: a.iso, level: 'local' };
  const y: LinkEnd = { id: b.id, iso: b.iso, level: 'local' };
  return a.id < b.id ? [x, y] : [y, x];
}

// Openings of a sentence that goes on with the trip just told ("Sau đó, Đoàn đã đến thăm …").
const CONTINUATION =
  /^(?:sau đó|tiếp đó|tiếp theo|cùng ngày|cũng trong|trong chuyến|nhân chuyến|dịp này|nhân dịp này|trong thời gian)/u;
// Words that place a trip before the article's event ("Trước đó", "nhắc lại", "năm ngoái").
// ("hồi" of time comes before one: "hồi tháng 6/2019"; "huyện Ngọc Hồi" is a place.)
const EARLIER =
  /(?<![\p{L}])(?:trước đó|nhắc lại|năm ngoái|năm trước|trước đây|từng|hồi (?:tháng|năm|đầu|cuối|giữa|đó|ấy)|vừa qua|nhiệm kỳ)(?![\p{L}])/iu;

/** Two links dated in different months (the first to the month at least): two trips, not one. */
function monthsDiffer(a: FoundLink | undefined, b: FoundLink | undefined): boolean {
  const month = a?.date?.slice(0, 7);
  const other = b?.date?.slice(0, 7);
  return month !== undefined && other !== undefined && month.length === 7 && other !== month;
}

/**
 * A trip told as earlier than the article's event: "vừa qua" only in someone's words ("… cho biết
 * vừa qua Thủ tướng có chuyến thăm …"); "Chủ tịch nước vừa qua đã có chuyến thăm … tới B" is the
 * news itself.
 */
function recalledTrip(evidence: string): boolean {
  const said = evidence.search(SAID_BEFORE);
  for (const e of evidence.matchAll(EVERY_EARLIER))
    if (e[0].toLowerCase() !== 'vừa qua' || (said >= 0 && said < e.index)) return true;
  return false;
}
const EVERY_EARLIER = new RegExp(EARLIER.source, 'giu');
const SAID_BEFORE =
  /(?<![\p{L}])(?:cho biết|nhắc lại|nhắc tới|nhắc đến|chia sẻ|nhấn mạnh|khẳng định|nói)(?![\p{L}])/iu;
// A period's trips summed up by a sentence that opens on the period ("Trong giai đoạn này, A đã
// tổ chức nhiều đoàn … sang thăm …", "Thời gian qua, …") or counts them ("nhiều đoàn"): none of
// them the day of the article's event. (Not "… giúp đỡ … trong những năm qua" said at the event.)
const SUMMED_UP =
  /^(?:trong\s+)?(?:giai đoạn (?:này|qua|vừa qua|trước)|thời gian qua|(?:những|nhiều|các) năm qua)(?![\p{L}])|(?<![\p{L}])nhiều đoàn(?![\p{L}])/iu;
// Of those, the words that tell of another trip than the article's ("nhắc lại chuyến thăm … hồi
// tháng 11/2023"), not of a past in the sentence ("nơi Trung đoàn từng đóng quân"); and a
// congress's account of the term behind it ("Trong nhiệm kỳ trước, Hội đã … giúp các gia đình
// … ở B; đưa hội viên trở lại thăm chiến trường xưa").
// ("(trước đây thuộc tỉnh A)", "trước đây là …": what a place was, not an earlier event.)
const RECALLED =
  /(?<![\p{L}])(?:nhắc lại|năm ngoái|năm trước|trước đây(?!\s+(?:thuộc|là)(?![\p{L}]))|hồi (?:tháng|năm|đầu|cuối|giữa|đó|ấy)|nhiệm kỳ (?:trước|qua))(?![\p{L}])/iu;
// A sentence of fewer words naming no place is a caption or a credit, not part of the lead.
const CAPTION_WORDS = 12;

const PAST_OPENING = /^(?:trước đó|trước đây)/u;
const ANNIVERSARY_HEADLINE = /(?<![\p{L}])kỷ niệm(?![\p{L}])/u;
// "Năm 2024, lãnh đạo … đã sang …": a year of its own, which the lead's date would contradict.
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
// ("… đánh giá tình hình kể từ Hội nghị lần thứ 8 năm 2014": a year the period starts from.)
const SINCE = /(?<![\p{L}])kể từ[^,;.]*/giu;
// "Chiều cùng ngày, …": the very day of the trip just told.
const SAME_DAY = /^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?cùng ngày/u;
const UNDER_AGREEMENT =
  /^(?:theo|thực hiện|triển khai)\s+(?:nội dung\s+)?(?:các\s+)?(?:bản\s+|biên bản\s+)?(?:thỏa thuận|ghi nhớ|hiệp định)/u;
// "hy vọng hai bên sẽ … triển khai Biên bản ghi nhớ giữa hai tỉnh": the plan acts on an agreement
// already made (not one "sẽ ký kết" first).
// (Not "sẽ xây dựng và triển khai thỏa thuận hợp tác giai đoạn mới": one still to be drawn up.)
const IMPLEMENTS =
  /(?<![\p{L}])(?<!(?:xây dựng|soạn thảo|ký kết|ký|kí) và )(?:triển khai|thực hiện)(?:\s+(?:có\s+)?hiệu quả)?\s+(?:nội dung\s+)?(?:các\s+)?(?:(?:bản|biên bản|văn bản)\s+(?:ghi nhớ|thỏa thuận|hợp tác)|thỏa thuận|thoả thuận)/u;
const TO_SIGN = /(?<![\p{L}])(?:sẽ|dự kiến)\s+(?:\p{L}+\s+){0,3}(?:ký|kí)(?![\p{L}])/u;
const DONE = /(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u;
const ESTABLISHES = /(?<![\p{L}])(?:thiết lập|kết nghĩa)(?![\p{L}])/u;
const PLANNED_SIGNING =
  /(?<![\p{L}])(?:sẽ|dự kiến|sắp)\s+(?:\p{L}+\s+){0,4}(?:lễ\s+)?(?:ký|kí)(?![\p{L}])/u;
const TO_COME = /(?<![\p{L}])(?:sẽ|dự kiến)(?![\p{L}])/u;
// "Tổng Lãnh sự Souphanh … tặng hoa" (a caption naming the consul by title alone; not "Tổng Lãnh
// sự quán", the mission a President calls on).
const EMBASSY_HOLDS =
  /(?<![\p{L}])đại sứ quán(?:\s+[^\s,.;]+){1,16}?\s+(?:đã\s+)?(?:long trọng\s+)?tổ chức(?![\p{L}])/u;
const CONSUL_WORD = /(?<![\p{L}])lãnh sự(?!\s+quán)(?![\p{L}])/u;
const CONSULATE_HOLDS =
  /^(?:[^,.;]{0,40}?,\s*)?(?:tổng\s+)?lãnh sự quán(?:\s+[^\s,.;]+){1,12}?\s+(?:đã\s+)?(?:long trọng\s+)?tổ chức(?![\p{L}])/u;
const PROPOSED =
  /(?<![\p{L}])(?:đề nghị|đề xuất|kiến nghị|nghiên cứu)(?![\p{L}])[^.;]{0,40}?(?:kết nghĩa|ký kết|thiết lập)/u;
// A sentence that opens on the meeting just told ("Hội đàm nhằm …", "Tại buổi làm việc, …").
const EVENT_OPENING =
  /^(?:hội đàm|hội nghị|(?:buổi|cuộc) (?:làm việc|hội đàm|tiếp|gặp)|tại (?:buổi|hội nghị|hội đàm|lễ))(?![\p{L}])/u;
// Signers other than the provinces ("các doanh nghiệp lữ hành hai nước đã ký …").
const OTHER_SIGNERS = /(?<![\p{L}])(?:doanh nghiệp|công ty|hai nước|trường|bệnh viện)(?![\p{L}])/u;
// "… thỏa thuận hợp tác đã ký giữa hai tỉnh": the partners are the two places the article follows.
// ("hai bên biên giới" is both sides of the border, not the two parties.)
const BOTH_SIDES =
  /(?<![\p{L}\d])(?:hai|2)\s+(?:tỉnh|địa phương|thành phố|hội|tổ chức|bên(?!\s+biên giới))(?![\p{L}])/u;
const TWINNING_MARKED = /kỷ niệm \d+ năm (?:ngày )?(?:quan hệ )?kết nghĩa/u;
// "hai nước triển khai Thỏa thuận …", "hai nước đã ký …": the two countries the subject.
const COUNTRIES_ACT =
  /(?<![\p{L}])hai nước (?:(?:đã|vừa|cùng) )?(?:ký|kí|triển khai|thực hiện)(?![\p{L}])/u;
const COUNTRIES_SIGNED =
  /(?<![\p{L}])(?:chính phủ|nhà nước) hai nước(?:\s+\p{L}+){0,2}\s+(?:đã\s+)?(?:ký|kí)/u;
// "đề nghị ba nước … thực hiện các thỏa thuận hợp tác đã ký kết": the countries' agreements.
const COUNTRIES_AGREED =
  /(?<![\p{L}])(?:hai|ba) nước[^.;:]{0,60}?(?:thỏa thuận|hiệp định|văn kiện)[^.;:]{0,30}?(?:đã\s+)?(?:ký|kí)/u;
// "giữa các tỉnh Việt Nam và Campuchia", "các địa phương biên giới hai nước": provinces of both
// countries as a whole.
const COUNTRIES_PROVINCES = new RegExp(
  String.raw`(?<![\p{L}])các (?:tỉnh|địa phương)(?: biên giới| giáp biên)? (?:của )?(?:hai nước|ba nước|(?:${COUNTRY_ALT}) (?:và|với|-) (?:các (?:tỉnh|địa phương) )?(?:của )?(?:${COUNTRY_ALT}))(?![\p{L}])`,
  'u',
);
// "lãnh đạo ba tỉnh bạn Lào": a counted group of provinces.
const BEFORE_TINH = /(?<![\p{L}\d])(\p{L}+|\d+)\s+tỉnh(?![\p{L}])/gu;

/** The first count of three or more provinces ("ba tỉnh", "4 tỉnh"), or 0. */
function firstCount(lower: string): number {
  for (const m of lower.matchAll(BEFORE_TINH)) {
    const n = countOf(m[1]!);
    if (n >= 3) return n;
  }
  return 0;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * A visit's date and how surely it belongs to it: the sentence's own (3), its paragraph's (2), the
 * trip just told (1), an article-wide clue (0).
 */
function visitDate(
  sentence: string,
  lowerSentence: () => string,
  dates: SentenceDates,
  trail: DateTrail,
): { date: string | null; rank: number } {
  if (dates.own) return { date: dates.own, rank: 3 };
  // ("Năm 2023, đoàn … đã sang …": its own year over the paragraph's date, but surer than none.)
  const year = eventYear(sentence, trail.clues);
  if (year) return { date: year, rank: 1 };
  const lower = lowerSentence();
  if (trail.lastVisitDay && SAME_DAY.test(lower)) return { date: trail.lastVisitDay, rank: 2 };
  if (dates.inherited) return { date: dates.inherited, rank: 2 };
  const last = trail.lastVisitDate;
  if (last && CONTINUATION.test(lower)) return { date: last.slice(0, 7), rank: 1 };
  return { date: eventDate(sentence, trail.clues, true), rank: 0 };
}

// "ba tỉnh", "các tỉnh bạn", "lãnh đạo từng tỉnh bạn", "12 tỉnh": the partners the article follows.
const GROUP =
  /(?<![\p{L}])(?:(?:ba|bốn|năm|sáu|các|từng|\d+)\s+tỉnh(?:\s+bạn)?|tỉnh\s+bạn)(?![\p{L}])/u;

// ("giữa tỉnh A với một số tỉnh Bắc Lào": some provinces, which the sentence leaves unsaid.)
const SOME_PROVINCES = /(?<![\p{L}])một số\s+(?:tỉnh|địa phương)(?![\p{L}])/u;

// "các tỉnh, thành phố", "các tỉnh và thành phố": provinces and cities of a kind, a category.
const KIND_OF_PLACES = /^\S+\s+tỉnh(?:\s*,|\s+và|\s*\/)\s*thành(?:\s+phố)?(?![\p{L}])/u;

// "các tỉnh nước bạn Lào", "4 tỉnh Nam Lào", "ba tỉnh của Campuchia": the country a group names
// (none for "các tỉnh của Lào và Campuchia", a group of both).
const GROUP_COUNTRY =
  /^(?:\s+(?:bạn|nước|của|bắc|nam|trung|đông|tây|vương quốc|chdcnd)){0,3}\s+(lào|campuchia|cam-pu-chia|căm-pu-chia)(?![\p{L}])(?!\s*(?:,|và)\s*(?:lào|campuchia|cam-pu-chia|căm-pu-chia|việt nam)(?![\p{L}]))/u;

/** The country named right after a group word ("các tỉnh nước bạn Lào" → LA), or null. */
function countryAfterGroup(lower: string, group: RegExpExecArray): 'LA' | 'KH' | null {
  const m = GROUP_COUNTRY.exec(lower.slice(group.index + group[0].length));
  return m ? (m[1] === 'lào' ? 'LA' : 'KH') : null;
}

/** The group of partner provinces a sentence signs with ("các tỉnh", "ba tỉnh bạn"), else null. */
function partnerGroupWord(lower: string): RegExpExecArray | null {
  return SOME_PROVINCES.test(lower) ? null : GROUP.exec(lower);
}

// "các tỉnh đồng bằng sông Cửu Long", "các tỉnh miền Trung": a region's provinces, no partners.
const REGION_GROUP =
  /(?<![\p{L}])các\s+tỉnh\s+(?:đồng bằng|miền|tây nguyên|duyên hải|nam bộ|bắc bộ|trung bộ|tây bắc|đông bắc|tây nam)(?![\p{L}])/u;

/**
 * "các tỉnh Tây Nguyên và các tỉnh Nam Lào như A1, A2 … đã thiết lập quan hệ hợp tác": where the
 * places named are all of one country and a Vietnamese region is a side, no pair of places signed.
 */
function otherSideIsRegion(named: readonly GazetteerEntry[], lower: string): boolean {
  return (
    named.length > 0 &&
    named.every((e) => e.country === named[0]!.country) &&
    VN_REGION_GROUP.test(lower)
  );
}
// "các tỉnh Tây Nguyên", "các địa phương vùng Tây Bắc": a Vietnamese region's provinces as a whole
// (no side of a Lao or Khmer place's; beside Vietnamese places, "thỏa thuận … giữa TP. Hồ Chí
// Minh với 8 tỉnh Tây Bắc" is Vietnam's own).
const VN_REGION_GROUP =
  /(?<![\p{L}])(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:tỉnh|địa phương)(?: khu vực| vùng)? (?:tây nguyên|tây bắc|đồng bằng sông cửu long|miền trung|miền tây|nam bộ|bắc trung bộ|duyên hải miền trung)(?![\p{L}])/u;
const SIGNED = /(?<![\p{L}])(?:ký|kí)(?![\p{L}])/u;
// The most places an unnamed group of provinces stands for ("các tỉnh giáp biên").
const MAX_GROUP = 6;

/** The headline's two places, when it names one of each of two countries. */
function headlinePair(title: readonly Mention[]): SisterPair | null {
  const entries = [...new Map(title.map((m) => [m.entry.iso, m.entry])).values()];
  return entries.length === 2 && entries[0]!.country !== entries[1]!.country
    ? { a: entries[0]!, b: entries[1]! }
    : null;
}

/** The place of a country the article's visits turn around most (its home province). */
function hub(
  partners: readonly SisterPair[],
  not?: GazetteerEntry['country'],
): GazetteerEntry | null {
  const count = new Map<GazetteerEntry, number>();
  for (const p of partners)
    for (const e of [p.a, p.b]) if (e.country !== not) count.set(e, (count.get(e) ?? 0) + 1);
  let best: GazetteerEntry | null = null;
  for (const [e, n] of count) if (!best || n > count.get(best)!) best = e;
  return best;
}

/** "Đoàn … do ‹leader of province A› dẫn đầu / làm trưởng đoàn": A, when it is the only place. */
function ledDelegation(view: SentenceView): GazetteerEntry | null {
  if (wordAt(view, view.t0) !== 'đoàn' || !hasWords(view, 'dẫn', 'đầu')) return null;
  const places = new Set(view.mentions.map((m) => m.entry));
  return places.size === 1 ? [...places][0]! : null;
}

/** "Theo đó, đoàn Caravan khởi hành từ Hà Nội …": where the delegation set out from. */
function setsOutFrom(view: SentenceView): GazetteerEntry | null {
  for (let k = view.t0 + 1; k + 3 < view.t1; k++) {
    if (!wordsAt(view, k, ['khởi', 'hành']) && !wordsAt(view, k, ['xuất', 'phát'])) continue;
    const m = wordAt(view, k + 2) === 'từ' && view.mentions.find((x) => x.headToken === k + 3);
    if (!m) return null;
    for (let b = k - 1; b >= Math.max(view.t0, k - SET_OUT_REACH); b--)
      if (wordAt(view, b) === 'đoàn') return m.entry;
    return null;
  }
  return null;
}
// How far before "khởi hành" the delegation may be named ("đoàn xe Caravan hữu nghị khởi hành").
const SET_OUT_REACH = 6;

/** Whether two pairs join the same two places, in either order. */
const samePair = (p: SisterPair, q: SisterPair): boolean =>
  (p.a.iso === q.a.iso && p.b.iso === q.b.iso) || (p.a.iso === q.b.iso && p.b.iso === q.a.iso);

/** The pairs, each pair of places once (the first told). */
function distinctPairs<P extends SisterPair>(pairs: readonly P[]): P[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const key = [p.a.iso, p.b.iso].sort().join('|');
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The one pair of places of two countries that the mentions up to `end` name, if only one. */
function onlyPairUpTo(mentions: readonly Mention[], end: number): SisterPair[] {
  const byIso = new Map<string, GazetteerEntry>();
  for (const m of mentions) {
    if (m.span[1] > end) break;
    const known = byIso.get(m.entry.iso);
    if (!known || (known.kind !== 'province' && m.entry.kind === 'province'))
      byIso.set(m.entry.iso, m.entry);
  }
  const [a, b, ...rest] = [...byIso.values()];
  return a && b && rest.length === 0 && a.country !== b.country ? [{ a, b }] : [];
}

/** A signing headline that names no place and no signing to come ("Địa phương … ký kết hợp tác"). */
function headlineSignsUnnamed(title: SentenceView, text: string): boolean {
  if (title.mentions.length > 0 || !hasSisterCue(title)) return false;
  const lower = text.slice(title.span[0], title.span[1]).toLowerCase();
  return (
    SIGNED.test(lower) &&
    !TO_COME.test(lower) &&
    !STATES_SIGN.test(lower) &&
    countryWords(lower).length >= 2
  );
}
// The states themselves signing ("Việt Nam và Campuchia ký 7 văn bản thỏa thuận"), no place (not
// "Địa phương của Việt Nam và Campuchia ký kết …").
const STATES_SIGN = new RegExp(
  String.raw`(?<![\p{L}])(?<!của\s)(?:${COUNTRY_ALT})\s*(?:và|với|-|–)\s*(?:${COUNTRY_ALT})\s+(?:đã\s+|vừa\s+)?(?:ký|kí)(?![\p{L}])`,
  'u',
);

/** The one pair, or the one place with each of the other country's, the mentions name. */
function pairOrEach(mentions: readonly Mention[], end: number): SisterPair[] {
  const only = onlyPairUpTo(mentions, end);
  return only.length > 0 ? only : oneWithEach(mentions, end);
}

/** One place of one country with each of the two to four of the other, all the article named so far. */
function oneWithEach(mentions: readonly Mention[], end: number): SisterPair[] {
  const byIso = new Map<string, GazetteerEntry>();
  for (const m of mentions) {
    if (m.span[1] > end) break;
    if (m.entry.kind === 'province' || !byIso.has(m.entry.iso)) byIso.set(m.entry.iso, m.entry);
  }
  const entries = [...byIso.values()];
  const one = entries.filter((e) => e.country === entries[0]?.country);
  const rest = entries.filter((e) => e.country !== entries[0]?.country);
  const [single, many] =
    one.length === 1 ? [one[0]!, rest] : rest.length === 1 ? [rest[0]!, one] : [];
  if (!single || !many || many.length < 2 || many.length > MAX_EACH) return [];
  if (many.some((e) => e.country !== many[0]!.country)) return [];
  return many.map((b) => ({ a: single, b }));
}
const MAX_EACH = 4;
// "giữa các bên": the parties of a signing, however many.
const ALL_PARTIES = /(?<![\p{L}])giữa các bên(?![\p{L}])/u;

/** The first two places the article names, when one sentence names them and they are two countries'. */
function leadPair(text: string, mentions: readonly Mention[], end: number): SisterPair[] {
  // (When no sentence has its pair meet or deal, "Ngày 10/4, tỉnh A và tỉnh B tổ chức Hội nghị sơ
  // kết …", the first pair is still the lead's.)
  let first: SisterPair[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions.find((m, j) => j > i && m.entry.iso !== a.entry.iso);
    if (!b || b.span[1] > end || a.entry.country === b.entry.country) return first;
    if (sentenceBreak(text, a.span[1], b.span[0])) return first;
    // ("Sông Mê Kông chảy qua các tỉnh B1, B2 …" before the lead: a background line pairs no
    // sides; the lead that has them meet comes next.)
    if (pairedInExchange(text, a, b)) return [{ a: a.entry, b: b.entry }];
    if (i === 0) first = [{ a: a.entry, b: b.entry }];
    const next = mentions.findIndex((m, j) => j > i && sentenceBreak(text, a.span[1], m.span[0]));
    if (next < 0) return first;
    i = next - 1;
  }
  return first;
}

const sentenceBreak = (text: string, from: number, to: number) =>
  /[.!?](?:\s|$)/u.test(text.slice(from, to));

// Words that have two places meet or deal with each other ("Lãnh đạo tỉnh A và tỉnh B đã hội đàm").
const EXCHANGE =
  /(?<![\p{L}])(?:hội đàm|hội kiến|làm việc|hợp tác|ký|kí|kết nghĩa|thăm|tiếp|giữa|quan hệ|hữu nghị|giao lưu|đón|gặp|trao đổi|phối hợp)(?![\p{L}])/u;

/** Whether the sentence that names a and b has them meet or deal ("đã hội đàm", "giữa A và B"). */
function pairedInExchange(text: string, a: Mention, b: Mention): boolean {
  const from = Math.max(0, ...['. ', '.\n', '\n'].map((d) => text.lastIndexOf(d, a.span[0]) + 1));
  const stop = text.slice(b.span[1]).search(/[.!?](?:\s|$)|\n/u);
  const to = stop < 0 ? text.length : b.span[1] + stop;
  return EXCHANGE.test(text.slice(from, to).normalize('NFC').toLowerCase());
}

// "một thỏa thuận hợp tác toàn diện đã được ký với tỉnh B": signed, in the passive, by the
// province the paper is written from.
const SIGNED_WITH = /(?<![\p{L}])được ký(?: kết)? với(?![\p{L}])/u;

/** A pair of places a visit joined, with the sentence that told it (one event may join several). */
type EventPair = SisterPair & { sentence: number; attended?: true };

/**
 * Sister pairs of a sentence; when it signs with partners it does not name ("hai tỉnh", "Bình
 * Phước và ba tỉnh đã ký", "tỉnh đã cùng ba tỉnh A, B và C ký kết"), the pairs the article's visits
 * made: with the places named, or around the article's home province.
 */
function sistersOf(
  view: SentenceView,
  text: string,
  /** The sentence in lower case NFC (the reader's own memo). */
  lowerSentence: () => string,
  partners: readonly EventPair[],
  /** Every mention of the article, in text order. */
  mentions: readonly Mention[],
  /** The last sister pair a sentence named both places of. */
  sistered: SisterPair | null,
  /** The province the article is written from. */
  home: GazetteerEntry | null,
): SisterPair[] {
  const pairs = sisterPairs(view);
  // ("… dự kiến sẽ chứng kiến lễ ký Biên bản thiết lập quan hệ hợp tác giữa thành phố A và thành
  // phố B": a signing still to come.)
  // (Not an addendum to an agreement the two already have: "sẽ sang dự Lễ ký kết phụ lục bổ sung
  // vào Thỏa thuận hợp tác giai đoạn 2021-2025".)
  if (pairs.length > 0) {
    const lower = lowerSentence();
    const toBeSigned = PLANNED_SIGNING.test(lower) && !DONE.test(lower) && ESTABLISHES.test(lower);
    return toBeSigned ? [] : pairs;
  }
  // ("Hai Sở cũng đã thảo luận các nội dung dự thảo Bản ghi nhớ về hợp tác" after a visit: a
  // draft, signed by no one yet, so the visit's two places are no partners by it.)
  if (!hasSisterCue(view) || onlyDrafted(view)) return pairs;
  const lower = lowerSentence();
  // "Theo nội dung thỏa thuận, hai tỉnh thống nhất …" after a sentence that named the pair: that
  // pair, not the places of the last trip (which may be where the signing took place).
  if (sistered && BOTH_SIDES.test(lower) && view.mentions.length === 0) return [sistered];
  const named = [...new Set(view.mentions.map((m) => m.entry))];
  if (otherSideIsRegion(named, lower)) return [];
  // "Hội Phụ nữ tỉnh ký kết thỏa thuận hợp tác với Hội Phụ nữ tỉnh B": the bare "tỉnh" before the
  // partner is the province the paper is written from.
  const c0 = named[0]?.country;
  if (
    home &&
    c0 &&
    c0 !== home.country &&
    named.every((e) => e.country === c0) &&
    !TO_COME.test(lower) &&
    (bareProvinceIn(view, view.t0, view.mentions[0]!.firstToken) || SIGNED_WITH.test(lower))
  )
    return named.map((e) => ({ a: home, b: e }));
  if (partners.length === 0) {
    // "Tỉnh đã ký kết … với các tỉnh A, B và C" before any visit was told: the province the
    // article was just speaking of is the side that signed.
    // "Bà …, Chủ tịch Hội … tỉnh A, cho biết hai hội vừa ký lại biên bản ghi nhớ" where the article
    // so far named one place of each side: those two signed.
    // ("… từ khi hai nước triển khai “Thỏa thuận Hà Nội năm 2007”, … giữa hai bên": the countries
    // act on their own agreement; the "hai bên" of its aims are no signers.)
    const both =
      (BOTH_SIDES.test(lower) || ALL_PARTIES.test(lower)) &&
      !TO_COME.test(lower) &&
      !COUNTRIES_ACT.test(lower);
    // ("… Bản ghi nhớ hai Bên ký kết tại Thủ đô B": where it was signed is no side of it.)
    const signedAt = both ? new Set(view.mentions.filter((m) => isVenue(view, m))) : null;
    const only = signedAt
      ? onlyPairUpTo(
          mentions.filter((m) => !signedAt.has(m)),
          view.span[1],
        )
      : [];
    if (only.length > 0) return only;
    // ("Ký biên bản ghi nhớ … giữa các bên." after "tỉnh A … với Đoàn … các tỉnh B1, B2": one
    // place of one country and the few of the other that the article has named.)
    // ("hai bên" may be two of the places named, the other ones guests: only "các bên" counts more.)
    const each =
      signedAt && ALL_PARTIES.test(lower)
        ? oneWithEach(
            mentions.filter((m) => !signedAt.has(m)),
            view.span[1],
          )
        : [];
    if (each.length > 0 && named.length === 0) return each;
    // ("Lãnh đạo tỉnh A và tỉnh B (Lào) đã hội đàm …" opening an article that names a third
    // province later: "hai bên đã ký kết thỏa thuận hợp tác" are the two the lead paired.)
    if (named.length === 0) return signedAt ? leadPair(text, mentions, view.span[0]) : [];
    const c = named[0]!.country;
    const group = partnerGroupWord(lower);
    if (named.some((e) => e.country !== c) || !group) return [];
    const earlier: GazetteerEntry[] = [];
    // ("với các tỉnh nước bạn Lào": the Khmer provinces a paragraph before named are no members.)
    const of = countryAfterGroup(lower, group);
    // ("… giữa tỉnh với các địa phương kết nghĩa …" after "Tỉnh B nằm liền kề Thủ đô C": the bare
    // "tỉnh" is the province named last, not the capital named beside it.)
    let province: GazetteerEntry | undefined;
    for (const m of mentions) {
      if (m.span[1] > view.span[0]) break;
      if (of && m.entry.country !== of) continue;
      if (m.entry.country !== c && !earlier.includes(m.entry)) earlier.push(m.entry);
      if (m.entry.country !== c && m.prefix === 'tinh') province = m.entry;
    }
    // "Bình Phước đã ký … với các tỉnh giáp biên của Campuchia" after "ba tỉnh … là A, B và C":
    // a plural group that signed is the few places of one country the article named, all of them
    // ("cảm ơn các tỉnh kết nghĩa" thanks partners it does not name).
    const plural = !group[0].startsWith('tỉnh') && SIGNED.test(lower);
    const one = earlier.every((e) => e.country === earlier[0]!.country);
    const region = inRegionNamed(lower, group, earlier);
    if (plural && one && earlier.length > 1 && region.length <= MAX_GROUP)
      return named.flatMap((e) => region.map((b) => ({ a: e, b })));
    // ("… ký kết quy chế phối hợp với các tỉnh giáp biên phía Campuchia" where one was named: a
    // group is not that one.)
    const bare = province && bareProvinceIn(view, view.t0, view.t1) ? province : undefined;
    const home = bare ?? earlier[earlier.length - 1];
    const groupEnd = view.span[0] + group.index + group[0].length;
    const namesIt = view.mentions.some(
      (m) => m.span[0] >= groupEnd && /^\s*$/.test(text.slice(groupEnd, m.span[0])),
    );
    // ("lưu học sinh Lào của các tỉnh, thành phố có hợp tác, kết nghĩa": a kind of place, "các
    // tỉnh, thành phố" that have ties, is no partner the article named.)
    if (!namesIt && KIND_OF_PLACES.test(lower.slice(group.index))) return [];
    if (home && (namesIt || !plural || earlier.length > 1))
      return named.map((e) => ({ a: e, b: home }));
    // "tỉnh A và đoàn … các tỉnh Bắc Lào … ký kết biên bản hợp tác. Các đồng chí …, Tỉnh trưởng
    // tỉnh B1; …": the group's members are named in the lines that follow.
    const members = membersAfter(view, mentions, c);
    return named.flatMap((e) => members.map((m) => ({ a: e, b: m.entry })));
  }
  // "Tại tỉnh B, tiếp đoàn, trao đổi và ký biên bản thỏa thuận có ông X": the stop of the trip
  // told where its delegation signed with its hosts.
  const stop = view.mentions[0];
  if (
    named.length === 1 &&
    stop &&
    stop.firstToken <= view.t0 + 2 &&
    isLocated(view, stop) &&
    SIGNED.test(lower) &&
    !TO_COME.test(lower)
  ) {
    const pair = partners.find((x) => x.b === stop.entry);
    if (pair) return [pair];
  }
  // "hai bên thống nhất sẽ nghiên cứu ký kết …": a signing to come, unless one is already done
  // ("Theo thỏa thuận hợp tác giai đoạn 2019-2020, hai bên sẽ …": the agreement it acts on).
  if (
    TO_COME.test(lower) &&
    !DONE.test(lower) &&
    !UNDER_AGREEMENT.test(lower) &&
    !(IMPLEMENTS.test(lower) && !TO_SIGN.test(lower))
  )
    return [];
  // "đề nghị tỉnh nghiên cứu thiết lập quan hệ, kết nghĩa thêm với 1-2 tỉnh của Lào": a proposal.
  if (PROPOSED.test(lower) && !DONE.test(lower)) return [];
  // "lãnh đạo tỉnh A hội đàm với lãnh đạo ba tỉnh bạn Lào …; hai bên … ký biên bản": as many
  // partners as the article's visits gave A.
  const iso = named[0]?.iso;
  const counted = named.every((e) => e.iso === iso) ? firstCount(lower) : 0;
  if (iso && counted >= 3) {
    const around = distinctPairs(partners.filter((p) => p.a.iso === iso || p.b.iso === iso));
    if (around.length === counted) return around;
  }
  // "hai bên" after a joint delegation ("Đoàn … thành phố A và tỉnh B" at C): each pair of it.
  // ("Dự hội nghị có đại diện … các tỉnh A1, A2 …; … hai bên ký kết": those present on a roll
  // are guests, not the sides that sign.)
  let last = partners.length - 1;
  while (last >= 0 && partners[last]!.attended) last--;
  const event = last < 0 ? [] : partners.filter((p) => p.sentence === partners[last]!.sentence);
  // ("… ký Thỏa thuận giữa hai tỉnh tại thủ đô C": where it was signed is no party.)
  const ofEvent = view.mentions.every(
    (m) =>
      isLocated(view, m) || event.some((p) => m.entry.iso === p.a.iso || m.entry.iso === p.b.iso),
  );
  // ("… thực hiện các hiệp định mà Chính phủ hai nước đã ký kết": the countries signed.)
  // ("… có mặt tại B để dự lễ kỷ niệm 30 năm quan hệ kết nghĩa giữa địa phương phía Bắc Việt Nam
  // với thủ đô của nước bạn": the twins of the anniversary are the trip's two ends.)
  // ("Ký biên bản ghi nhớ … giữa các bên": every pair of the event, as "hai bên".)
  const sides = BOTH_SIDES.test(lower) || ALL_PARTIES.test(lower) || TWINNING_MARKED.test(lower);
  // ("… kết quả của chuyến thăm tại các tỉnh B1; B2 và B3. Với việc ký kết Thỏa thuận hợp tác giữa
  // hai địa phương": two places counted, more pairs joined: the pair the article opened on; not
  // where the sentence names two provinces itself, "đoàn tỉnh A … tại tỉnh B; hai tỉnh …".)
  if (sides && ofEvent && !COUNTRIES_SIGNED.test(lower)) {
    const own = new Set(named.map((e) => e.iso)).size >= 2;
    return (own ? null : countedPairOfMany(lower, event, partners[0])) ?? event;
  }
  // "Hội đàm nhằm đánh giá … và ký kết văn bản thỏa thuận …": the meeting just told signed it.
  if (named.length === 0 && EVENT_OPENING.test(lower)) return event;
  // "… triển khai biên bản hợp tác đã ký kết năm 2019" in an article about one pair: that pair's.
  if (
    named.length === 0 &&
    DONE.test(lower) &&
    !TO_COME.test(lower) &&
    !OTHER_SIGNERS.test(lower)
  ) {
    if (distinctPairs(partners).length === 1) return [partners[0]!];
  }
  // "… với các tỉnh A, B và C; hằng năm hai bên …": the group, not the pair, signed.
  const groupWord = partnerGroupWord(lower);
  if (!groupWord) return [];
  const countries = new Set(named.map((e) => e.country));
  if (countries.size === 1) {
    const c = named[0]!.country;
    const paired = partners.filter((p) =>
      named.some((e) => e.iso === p.a.iso || e.iso === p.b.iso),
    );
    // ("Bình Định và các tỉnh Nam Lào đã … ký" after guests of central Laos too: the region's.)
    const partner = (p: EventPair) => (p.a.country === c ? p.b : p.a);
    const kept = inRegionNamed(lower, groupWord, paired.map(partner));
    const inPairs = paired.filter((p) => kept.includes(partner(p)));
    // "Bình Phước và ba tỉnh đã ký": the named side with each partner it visited or received.
    if (inPairs.length > 1) return inPairs;
    // "giữa tỉnh A với 4 tỉnh Nam Lào": the four the article has named.
    const group = named.length === 1 ? partnerGroup(view, view.t0, view.t1, mentions, c) : [];
    if (group.length > 1) return group.map((m) => ({ a: named[0]!, b: m.entry }));
    // ("Chương trình hợp tác … giữa TP. A và 8 tỉnh Tây Bắc gồm A1, …, A8": both sides named, of
    // one country: cooperation at home, no partner of the other.)
    if (bothSidesNamed(view, lower, groupWord)) return [];
    // "tỉnh đã cùng ba tỉnh A, B và C ký kết": the named side of one country, the home of the other.
    const home = hub(partners, c);
    return home ? named.map((e) => ({ a: e, b: home })) : [];
  }
  // ("đề nghị ba nước … thực hiện các thỏa thuận hợp tác đã ký kết, … vào 13 tỉnh": the
  // countries' agreements, for all their provinces.)
  // ("Kết nghĩa giữa các tỉnh Việt Nam và Campuchia": the countries' provinces at large.)
  if (named.length === 0 && (COUNTRIES_AGREED.test(lower) || COUNTRIES_PROVINCES.test(lower)))
    return [];
  // "lãnh đạo từng tỉnh bạn đã ký": every pair around the article's home. (Not "Việc kết nghĩa
  // giữa các tỉnh đồng bằng sông Cửu Long …": a region's provinces, their partners to come.)
  if (named.length === 0 && !REGION_GROUP.test(lower)) {
    const home = hub(partners);
    return home ? partners.filter((p) => p.a === home || p.b === home) : [];
  }
  return [];
}

/** "giữa ‹place› và ‹group› (gồm) ‹places›": places named on both sides of the group word. */
function bothSidesNamed(view: SentenceView, lower: string, group: RegExpExecArray): boolean {
  const between = lower.lastIndexOf('giữa', group.index);
  if (between < 0) return false;
  const at = (m: Mention) => m.span[0] - view.span[0];
  const groupEnd = group.index + group[0].length;
  return (
    view.mentions.some((m) => at(m) > between && at(m) < group.index) &&
    view.mentions.some((m) => at(m) >= groupEnd)
  );
}

/** "tổ chức tại B hồi tháng 11-2009": B named as the venue of an earlier event. */
function heldBefore(s: SentenceView, t: Side): boolean {
  return s.mentions.some((m) => m.entry.id === t.entry.id && wordAt(s, m.lastToken + 1) === 'hồi');
}

/**
 * Frames fill what the travel verbs left untold; they never turn a verb's reading around (no
 * frame visit from a place a verb made a destination, or to one it made a home or gave a
 * traveller already).
 */
function untoldFrameVisits(told: VisitFinding[], framed: VisitFinding[]): VisitFinding[] {
  if (framed.length === 0 || told.length === 0) return framed;
  const homes = new Set(told.map((v) => v.from.entry.id));
  const dests = new Set(told.flatMap((v) => v.to.map((t) => t.entry.id)));
  // A place the verbs already gave a traveller is not given a second one by the frame; a
  // national body of a country no verb gave a traveller may join them ("Bộ trưởng Quốc phòng Lào
  // và Bộ trưởng Quốc phòng Campuchia dự … tại B").
  // (Nor a guest on a roll of those who came: "Tới dự có các đoàn … tỉnh A1, A2 sang dự lễ; đoàn
  // … tỉnh B (Campuchia); …" lists every guest, the verb only the first of them.)
  const joins = (v: VisitFinding) =>
    (v.from.level === 'national' &&
      !told.some((t) => t.from.entry.country === v.from.entry.country)) ||
    v.attended === true;
  return framed.filter(
    (v) =>
      !dests.has(v.from.entry.id) &&
      v.to.every((t) => !homes.has(t.entry.id) && (!dests.has(t.entry.id) || joins(v))),
  );
}

// "Tag: Tết Bunpimay - Tin tức mới nhất" heading the page, before any place is named: a listing of
// other outlets' stories, each about its own province, and none the page's home.
const LISTING_HEAD = /(?:^|\n)[ \t]*(?:tags?|từ khóa|chủ đề)[ \t]*:/iu;

export function geocodeArticle(doc: ArticleDoc, gaz: Gazetteer): GeocodeOutput {
  const items = digestItems(doc);
  if (!items) return geocodeStory(doc, gaz);
  const home = pageHome(doc, gaz);
  return joinItems(
    doc,
    items.map((item) => shifted(geocodeStory(itemDoc(doc, item), gaz, true, home), item.title[0])),
    gaz,
  );
}

/**
 * "Điểm tin Bạc Liêu ngày 11/4: Hai đoàn của tỉnh chúc Tết …": the one Vietnamese province a
 * digest's own headline names, the home of every item that names none ("một đoàn khác của tỉnh").
 */
function pageHome(doc: ArticleDoc, gaz: Gazetteer): Mention | null {
  if (!doc.titleSpan) return null;
  const tt = tokenize(doc.text.slice(0, doc.titleSpan[1]));
  const found = findPlaces(tt, [doc.titleSpan], gaz, doc.date).mentions;
  const ours = found.filter((m) => m.entry.country === 'VN' && m.entry.kind !== 'country');
  const isos = new Set(ours.map((m) => m.entry.iso));
  if (isos.size !== 1) return null;
  // (Its offsets are the page's: only its place is read, never where it stands.)
  return ours[0]!;
}

/** An item's findings with its offsets moved to the page's. */
function shifted(out: GeocodeOutput, by: number): GeocodeOutput {
  const move = ([a, b]: [number, number]): [number, number] => [a + by, b + by];
  const unresolved = out.unresolved.map((u) => ({ ...u, span: move(u.span) }));
  return {
    result: {
      ...out.result,
      places: out.result.places.map((p) => ({ ...p, spans: p.spans.map(move) })),
      links: out.result.links.map((l) => ({ ...l, evidenceSpan: move(l.evidenceSpan) })),
      warnings: unresolved.map(unresolvedWarning),
    },
    unresolved,
  };
}

const unresolvedWarning = (u: UnresolvedName) =>
  `unresolved place name "${u.name}" at ${u.span[0]}`;

/**
 * The findings of a page's items as the page's: places by first mention; a link two items tell
 * (the page's headline sums up its items) once, with the first date and the preciser ends.
 */
function joinItems(doc: ArticleDoc, outs: GeocodeOutput[], gaz: Gazetteer): GeocodeOutput {
  const places = new Map<string, FoundPlace>();
  const links = new Map<string, FoundLink>();
  for (const { result } of outs) {
    for (const p of result.places) {
      const seen = places.get(p.id);
      if (seen) seen.spans = [...seen.spans, ...p.spans].sort((x, y) => x[0] - y[0]);
      else places.set(p.id, { ...p, spans: [...p.spans] });
    }
    for (const l of result.links) {
      const key = `${l.kind}|${l.from.iso}|${l.to.iso}`;
      const had = links.get(key);
      if (!had) {
        links.set(key, { ...l });
        continue;
      }
      had.date ??= l.date;
      had.from = preciser(had.from, l.from, gaz);
      had.to = preciser(had.to, l.to, gaz);
    }
  }
  return outputOf(
    doc,
    [...places.values()].sort((x, y) => x.spans[0]![0] - y.spans[0]![0]),
    [...links.values()],
    outs.flatMap((o) => o.unresolved),
    outs.flatMap((o) => o.result.warnings),
  );
}

/** The article's result: its own fields, then what was found in it. */
function outputOf(
  doc: ArticleDoc,
  places: FoundPlace[],
  links: FoundLink[],
  unresolved: UnresolvedName[],
  warnings = unresolved.map(unresolvedWarning),
): GeocodeOutput {
  const { file, id, title, date, url } = doc;
  return { result: { file, id, title, date, url, places, links, warnings }, unresolved };
}

/** @internal (exported for the gate's test) A one-story article read by every rule. */
export const geocodeUngated = (doc: ArticleDoc, gaz: Gazetteer) => geocodeStory(doc, gaz, false);

/** One story: the whole article, or one item of a digest page. */
function geocodeStory(
  doc: ArticleDoc,
  gaz: Gazetteer,
  gated = true,
  pageHome: Mention | null = null,
): GeocodeOutput {
  const tt = tokenize(doc.text);
  const found = findPlaces(tt, doc.keep, gaz, doc.date);
  if (gated && !mayNameForeignSide(found.mentions, doc.text))
    return outputOf(doc, toPlaces(found.mentions, gaz), [], found.unresolved);
  const people = titledPeople(doc.text);
  // ("Phó thủ tướng chính phủ Lào, …, ông X": a leader given his country by apposition.)
  for (const [name, c] of apposedLeaders(doc.text)) if (!people.has(name)) people.set(name, c);
  const titles = soleTitleCountries(doc.text, people);
  return withArticleLeaders(people, titles, () =>
    readArticle(doc, gaz, people, tt, found, pageHome),
  );
}

/**
 * A national side that is only its mission, met in the capital where it is posted (missionAtPost;
 * an envoy who goes out to a province of that country does travel).
 */
function atOwnPost(v: VisitFinding, lower: string, gaz: Gazetteer): boolean {
  if (v.from.level !== 'national' || !lower.includes(' tại ')) return false;
  const posted = missionAtPost(lower);
  return (
    posted !== null &&
    posted.home === v.from.entry.country &&
    v.to.every((t) => t.entry.id === gaz.capital(posted.post).id)
  );
}

const CALL_ON_HOST =
  /(?<![\p{L}])(?:chào xã giao|chào từ biệt|hội kiến|hội đàm|làm việc với)(?![\p{L}])/u;

// "QĐND - Ngày 14/11, …": the army's national paper opening its lead, written from no province.
const NATIONAL_PAPER_TAG = /^\(?QĐND(?: Online)?\)?\s*[-–]/mu;

// A trip to a country, to attend an event there ("có mặt tại Lào để tham dự …").
const ATTENDS_ABROAD =
  /(?<![\p{L}])(?:tại|sang|đến|tới|ở)\s+(?:nước\s+(?:bạn\s+)?)?(lào|campuchia|việt nam)\s+(?:để\s+)?(?:tham\s+)?dự(?![\p{L}])/u;
// How many sentences after a roll may name its event's venue.
const VENUE_AHEAD = 2;

/** The places the article's sentences name as their venues ("… tại Hà Nội"), by ISO code. */
function venuesNamed(views: readonly SentenceView[]): Set<string> {
  const out = new Set<string>();
  for (const v of views) {
    const venue = venueIn(v);
    if (venue) out.add(venue.entry.iso);
  }
  return out;
}

/** "… diễn ra tại B" in one of the next sentences, B of the given country, else null. */
function heldAhead(
  views: readonly SentenceView[],
  i: number,
  country: CountryCode,
): GazetteerEntry | null {
  for (let j = i + 1; j < Math.min(views.length, i + 1 + VENUE_AHEAD); j++) {
    const v = views[j]!;
    if (!heldAt(v) || speaksOfFuture(v)) continue;
    const venue = venueIn(v);
    if (venue && venue.entry.country === country) return venue.entry;
  }
  return null;
}

/**
 * "Lãnh đạo ba tỉnh A1, A2 và A3 (Lào) đã có buổi hội đàm với lãnh đạo tỉnh B.", then "Buổi hội
 * đàm được tổ chức ngày 3/6 tại TP C.": talks between two countries' places that name no venue,
 * placed by the next sentence at the home of one of their sides.
 */
function talksPlacedNext(views: readonly SentenceView[], i: number): GazetteerEntry | null {
  const view = views[i]!;
  const next = views[i + 1];
  if (!next || next.mentions.length === 0 || view.mentions.length < 2) return null;
  if (new Set(view.mentions.map((m) => m.entry.country)).size < 2) return null;
  if (meetingAt(view) < 0 || venueIn(view) !== null || speaksOfFuture(view)) return null;
  if (!heldAt(next) || speaksOfFuture(next)) return null;
  const venue = venueIn(next);
  if (!venue || !view.mentions.some((m) => m.entry.iso === venue.entry.iso)) return null;
  return venue.entry;
}

/** The one other place of the venue's country every visit told goes to, else null. */
function movedTo(told: readonly VisitFinding[], venue: GazetteerEntry): GazetteerEntry | null {
  let stop: GazetteerEntry | null = null;
  for (const v of told)
    for (const t of v.to) {
      if (t.level !== 'local' || t.entry.country !== venue.country) return null;
      if (stop !== null && stop !== t.entry) return null;
      stop = t.entry;
    }
  return stop !== null && stop.iso !== venue.iso ? stop : null;
}

/** "gửi điện", "gửi thư", "Điện thăm hỏi", "thư chúc mừng": a message sent. */
function sendsMessage(s: SentenceView): boolean {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    const w = wordAt(s, k);
    if (w === 'gửi' && MESSAGES.has(wordAt(s, k + 1))) return true;
    if (MESSAGES.has(w) && MESSAGE_KINDS.has(`${wordAt(s, k + 1)} ${wordAt(s, k + 2)}`))
      return true;
  }
  return false;
}
/**
 * "Phía Campuchia bàn giao số công dân này thông qua Đồn Công an Cửa khẩu … (tỉnh B)": people or
 * goods handed across the border through a post, each side at its own.
 */
function handedAcross(s: SentenceView): boolean {
  for (let k = s.t0; k + 2 < s.t1; k++)
    if (wordsAt(s, k, ['thông', 'qua']) && BORDER_POSTS.has(wordAt(s, k + 2)))
      for (let b = k - 1; b >= Math.max(s.t0, k - HANDED_REACH); b--)
        if (HANDING_OVER.some((ws) => wordsAt(s, b, ws))) return true;
  return false;
}
const BORDER_POSTS = new Set(['đồn', 'cửa', 'trạm', 'chốt']);
const HANDING_OVER: readonly string[][] = [
  ['bàn', 'giao'],
  ['trao', 'trả'],
  ['tiếp', 'nhận'],
];
// From "bàn giao" to "thông qua": what was handed over, and to whom.
const HANDED_REACH = 10;

const MESSAGES = new Set(['điện', 'thư']);
const MESSAGE_KINDS = new Set(['thăm hỏi', 'chia buồn', 'chúc mừng']);

/** The venue one of the next sentences names for an event held now, else null. */
function venueAhead(views: readonly SentenceView[], i: number): GazetteerEntry | null {
  for (let j = i + 1; j < Math.min(views.length, i + 1 + VENUE_AHEAD); j++) {
    const v = views[j]!;
    const sentence = v.tt.text.slice(v.span[0], v.span[1]);
    if (RECALLED.test(sentence) || YEAR.test(sentence)) continue;
    if (PAST_OPENING.test(sentence.toLowerCase())) continue;
    const venue = leadVenue(v, []);
    if (venue) return venue;
  }
  return null;
}

function readArticle(
  doc: ArticleDoc,
  gaz: Gazetteer,
  people: ReadonlyMap<string, CountryCode>,
  tt: TokenizedText,
  found: PlaceFinding,
  pageHome: Mention | null,
): GeocodeOutput {
  const { text } = doc;
  const { unresolved } = found;
  const mentions = withPartnerReferences(tt, found.mentions, doc.keep, gaz);
  const views = sentenceViews(tt, splitSentences(text, doc.keep), mentions);
  const titleSpan = doc.titleSpan ?? views[0]?.span ?? null;
  const titleView = titleSpan ? views.find((v) => v.span[0] === titleSpan[0]) : undefined;
  const titlePlaces = titleSpan
    ? mentions.filter((m) => m.span[0] >= titleSpan[0] && m.span[1] <= titleSpan[1])
    : [];
  const actors = new LastActor();
  const ctx = new ArticleContext(
    actors,
    mentions,
    titlePlaces,
    people,
    titledLocals(text, mentions),
    envoyCountry(text),
  );
  ctx.home =
    (!LISTING_HEAD.test(text.slice(0, mentions[0]?.span[0] ?? 0)) &&
      !NATIONAL_PAPER_TAG.test(text) &&
      articleHome(
        mentions,
        text,
        titleSpan,
        titleView !== undefined && bareProvinceIn(titleView, titleView.t0, titleView.t1),
      )) ||
    outletHome(mentions, [text, doc.url]) ||
    siteHome(mentions, doc.site) ||
    (pageHome && (mentions.find((m) => m.entry.iso === pageHome.entry.iso) ?? pageHome));
  ctx.teams = teamHomes(text, mentions, ctx.home?.entry ?? null);
  if (titleSpan) {
    const title = text.slice(titleSpan[0], titleSpan[1]);
    ctx.titleRemote = titleRemote(title);
    ctx.titleVenue = titleVenueCountry(title, titleSpan[0], ctx.titlePlaces);
    ctx.titleActor = headlineActor(title, titleSpan[0], ctx.titlePlaces, gaz);
    const opening = ctx.titlePlaces[0]?.span[0] ?? titleSpan[1];
    ctx.titleForeign = foreignDelegation(text.slice(titleSpan[0], opening));
    ctx.titleLabel = titleLabel(text, titleSpan[0], ctx.titlePlaces);
  }

  const links = new Map<string, FoundLink>();
  const book: LinkBook = {
    dateRanks: new Map(),
    indirect: new Set(),
    presumed: new Set(),
    atCapital: new Set(),
    receivedAtCapital: new Set(),
    recalled: new Set(),
  };
  const headline = new Set(ctx.titlePlaces.map((m) => m.entry.iso));
  const ofHeadline = (a: Side, b: Side) => headline.has(a.entry.iso) || headline.has(b.entry.iso);
  const trail = new DateTrail(text, doc.keep, doc.date);
  const partners: EventPair[] = [];
  // (`planned` declared from the start: one shape for every article's frame, see article-context.ts.)
  const frame: ArticleFrame = { venue: null, joint: false, online: false, planned: undefined };
  let venueNamed = false;
  const crossed = new CrossPairs();
  let sistered: SisterPair | null = null;
  let lead = 0; // sentences of the headline and lead read so far
  const seats = consulSeats(text, mentions);
  // "… phường Long An, …, trước đây thuộc … tỉnh Long An (cũ)" beside its successor: where a
  // place used to lie, no side of what the article's signers agreed.
  const former = formerUnits(text, mentions);
  // ("HÀ NỘI (TTXVN) – … Hai bên nhất trí …": where the report was filed is no signer either.)
  const filedFrom = datelineMentions(views);
  const current = mentions.filter((m) => !former.has(m) && !filedFrom.has(m));
  let underWay = false;
  let ministerial = false;
  const untold = new UntoldTrips();
  const journeys: { stops: Mention[]; evidence: string; span: [number, number] }[] = [];
  // The day each visit ("FROM|TO") was given by a sentence of its own.
  const ownDated = new Map<string, string>();
  // Whether the headline signs with places it does not name (read at the first body sentence that
  // names places; null until then).
  let unnamedSigners: boolean | null = null;
  for (let i = 0; i < views.length; i++) {
    const view = views[i]!;
    if (underWay && opensProgramme(view)) {
      view.programme = true;
      // (A look ahead may have read this sentence's venue before: read it again, as a programme.)
      view.venue = undefined;
    }
    underWay ||= tellsTripUnderWay(view);
    const sentence = text.slice(view.span[0], view.span[1]);
    // The sentence in lower case, for the rules that read it whole: built once, and only when asked.
    let lower: string | undefined;
    const lowerSentence = () => (lower ??= modernTones(sentence.normalize('NFC').toLowerCase()));
    const dates = trail.next(view, i);
    const stops = journeyStops(view);
    if (stops.length > 0) journeys.push({ stops, evidence: sentence, span: view.span });
    // "Trước đó, hội nghị năm 2024 được tổ chức tại tỉnh B": another year's venue, not the article's.
    // Read only for a lead sentence or one that tells a trip (most sentences are neither).
    let recalledMemo: boolean | undefined;
    const recalled = () => (recalledMemo ??= RECALLED.test(sentence));
    let pastMemo: boolean | undefined;
    const past = () => (pastMemo ??= PAST_OPENING.test(sentence.toLowerCase()));
    // "Trước đó, sáng 12/3, Tổng Bí thư … chủ trì lễ đón …": an earlier event, elsewhere.
    ctx.leadVenue = frame.venue && !past() ? frame.venue : null;
    ctx.frameVenue = venueNamed ? ctx.leadVenue : null;
    // "Đoàn … đang có mặt tại Lào để tham dự Liên hoan …", then "Liên hoan diễn ra tại tỉnh B":
    // the event the trip came to attend, placed by the next sentences.
    if (frame.venue === null && !frame.planned && sentence.includes('dự')) {
      const abroad = ATTENDS_ABROAD.exec(lowerSentence());
      if (abroad) ctx.leadVenue = heldAhead(views, i, countryWords(abroad[1]!)[0]!.country);
    }
    const placedNext =
      frame.venue === null && !frame.planned && lead < LEAD_SENTENCES && !past()
        ? talksPlacedNext(views, i)
        : null;
    if (placedNext) ctx.frameVenue = ctx.leadVenue = placedNext;
    ctx.talksVenue = placedNext;
    const said = visitsInSentence(tt, view, gaz, ctx);
    // ("… đoàn cán bộ Đại sứ quán Việt Nam tại Lào … đã đến dâng hoa …, thăm Bảo tàng … tại thủ đô
    // Viêng Chăn": a mission in the city of its post has gone nowhere; a call it pays on the
    // city's leaders, "đã đến chào xã giao Đô trưởng …", is told as the envoy's visit.)
    // (An embassy's event in a province goes with the work done there: embassy-events.ts.)
    const worked =
      said.length > 0
        ? said
        : [
            ...embassyEventVisits(view, gaz),
            // (Field work takes a side from the sentence's places: the carers' home or the partner.)
            ...(view.mentions.length > 0 ? fieldWork(view, ctx) : []),
            ...jointSearch(view),
            // ("Tại cuộc gặp với lãnh đạo tỉnh B, Phó Chủ tịch nước Lào …": met-authorities.ts.)
            ...metAuthoritiesVisits(tt, view, gaz),
          ];
    // (Army medics with no province of their own: army-medics.ts; gated on "quân" and "khám".)
    if (worked.length === 0 && mayTellArmyMedics(lowerSentence()))
      worked.push(...armyMedics(view, gaz));
    // (People handed back across the border: handed-back.ts; gated on "tiếp nhận", "trao trả".)
    if (worked.length === 0 && mayHandBack(lowerSentence())) worked.push(...handedBack(view));
    const handed =
      worked.length > 0
        ? worked
        : handedOverAbroad(view, gaz, ctx.home ?? null, ctx.leadVenue ?? null);
    // (A welcome names its guests right after "chào mừng": a sentence without the words has none.)
    const found =
      handed.length > 0 || !hasWords(view, 'chào', 'mừng') ? handed : welcomedGuests(view, gaz);
    const told =
      found.length > 0 && !CALL_ON_HOST.test(lowerSentence())
        ? found.filter((v) => !atOwnPost(v, lowerSentence(), gaz))
        : found;
    // ("Đại sứ … dẫn đầu Đoàn cán bộ Đại sứ quán … tới trụ sở Bộ Ngoại giao Lào …", then "… trân
    // trọng tiếp đoàn": the mission the article follows is at its post; no delegation came.)
    if (told.length < found.length && found.some((v) => v.from === ctx.lastOrigin))
      ctx.lastOrigin = null;
    const inLead = lead < LEAD_SENTENCES;
    // ("Chiều cùng ngày, tại trụ sở UBND tỉnh, lãnh đạo tỉnh B2 đã tiếp đoàn …" after the lead's
    // visit to B1: the story has moved on to its second stop, where the next sentences are.)
    if (frame.venue !== null && !inLead && !past() && !recalled()) {
      const stop = movedTo(told, frame.venue);
      if (stop) frame.venue = stop;
    }
    untold.read({
      start: view.span[0],
      sentence,
      lower: lowerSentence,
      told: told.length,
      title: view === titleView,
      lead: inLead,
      short: view.t1 - view.t0 < CAPTION_WORDS,
      pairs:
        told.length > 0
          ? told.flatMap((v) => v.to.map((t) => `${v.from.entry.iso}|${t.entry.iso}`))
          : undefined,
    });
    // (A short caption naming no place, "Hai bên ký kết Biên bản ghi nhớ. (Ảnh: …)", does not
    // push the lead out of the sentences that may set the venue.)
    if (view.mentions.length > 0 || view.t1 - view.t0 >= CAPTION_WORDS) lead++;
    if (inLead && (jointlyOrganised(view) || heldOnTheLine(view))) frame.joint = true;
    // (Past the lead, an event said to be held somewhere sets the venue the lead left unnamed:
    // "Ngày 16/1/2018, lễ khởi công chợ được tổ chức ngay tại xã Da, …, tỉnh B. Dự lễ, …".)
    // ("Điện Biên đăng cai Lễ hội …", then "…, phường X (tỉnh B) sẽ là nơi diễn ra Lễ hội …": the
    // event the headline named is still to come; who is to attend it has not travelled.)
    if (inLead && frame.venue !== null && view !== titleView && heldLater(view, frame.venue)) {
      frame.venue = null;
      frame.planned = true;
    }
    if (
      frame.venue === null &&
      !frame.planned &&
      (inLead || heldAt(view)) &&
      !recalled() &&
      !past() &&
      // ("Quang cảnh buổi hội đàm trực tuyến, hình ảnh ghi tại điểm cầu B": one end of a call.)
      !heldOnline(view)
    ) {
      frame.venue = leadVenue(view, told);
      // A venue the lead names for its event, not the destination of a trip it tells (a state
      // visit's headline names one stop of several).
      venueNamed = frame.venue !== null && !told.some((v) => v.to.some((t) => t.level === 'local'));
    }
    // ("Dự Hội nghị có … Campuchia và … Lào." before the article says where: "Ảnh: … tại phiên
    // khai mạc Hội nghị ở Phnôm Pênh."): the venue the next sentences give the same event.
    // (Or the one place whose departments the roll names: "…; đại diện các sở, ban, ngành của Thủ
    // đô Vientiane".)
    const ahead =
      frame.venue !== null || frame.planned
        ? null
        : attendanceRoll(view)
          ? (venueAhead(views, i) ?? (past() ? null : rolledHostsPlace(view)))
          : placedNext;
    if (ahead) ctx.frameVenue = ctx.leadVenue = ahead;
    let inFrame = frameVisits(view, ahead ? { ...frame, venue: ahead } : frame, ctx, gaz);
    // (Those who are to attend an event still to come, named where the sentence names no venue.)
    if (frame.planned && inFrame.length > 0 && venueIn(view) === null) inFrame = [];
    // ("… đã hội đàm theo hình thức trực tuyến", then "Phía B, tham dự hội đàm có …": each side
    // attended from home.)
    if (frame.online && frame.venue === null && inFrame.length > 0 && venueIn(view) === null)
      inFrame = [];
    // ("Hay tin mưa lũ trên địa bàn tỉnh B, Tỉnh trưởng tỉnh A đã gửi điện thăm hỏi …", "… ở tỉnh
    // B, …, Tổng Bí thư … đã có Điện thăm hỏi gửi …": a telegram or a letter sent, its sender at
    // home.)
    if (inFrame.length > 0 && (sendsMessage(view) || handedAcross(view))) inFrame = [];
    // ("… kết quả đạt được kể từ hội nghị lần thứ 13 tổ chức tại B hồi tháng 11-2009": an earlier
    // meeting's venue, where the sentence does not say this event's parties went.)
    if (inFrame.length > 0)
      inFrame = inFrame.filter(
        (v) =>
          (!v.to.some((t) => heldBefore(view, t)) || travellerNamed(view, v)) &&
          !atOwnPost(v, lowerSentence(), gaz),
      );
    // (The speaker test is cheap; the recall tests run only on the sentences it passes.)
    // ("Theo dõi buổi lễ qua hình thức trực tuyến tại thủ đô B có Thủ tướng …", then "Thủ tướng …
    // cho biết …": a leader heard at a ceremony followed online spoke from where he was.)
    if (!frame.online && heldOnline(view)) frame.online = true;
    if (inFrame.length === 0 && told.length === 0 && !frame.online) {
      const venue = spokenEventVenue(view, mentions) ?? frame.venue;
      const heard = speakerVisits(view, venue, ctx, gaz, frame.joint);
      // ("… bày tỏ trân trọng sự ủng hộ … trong cuộc đấu tranh … trước đây": what is recalled in
      // the words said, not the event they were said at.)
      if (heard.length > 0 && !past()) {
        const said = speechStart(view);
        const opening = said < 0 ? sentence : text.slice(view.span[0], tt.tokens[said]!.start);
        if (!RECALLED.test(opening)) inFrame = heard;
      }
    }
    if (told.length === 0 && inFrame.length === 0) inFrame = leadersOnTrip(view, gaz);
    if (told.length === 0 && inFrame.length === 0) inFrame = thankedTripVisits(view, gaz);
    if (told.length === 0 && inFrame.length === 0) inFrame = namedDestinationVisits(view, mentions);
    const framed = untoldFrameVisits(told, inFrame);
    // "Tại tỉnh B, Đoàn đại biểu tổ chức Hội nghị … giữa thanh niên tỉnh A và …": the delegation
    // later sentences call "Đoàn" is the one the frame found travelling.
    if (told.length === 0 && framed.length > 0 && ctx.lastOrigin === null)
      ctx.lastOrigin = framed[0]!.from;
    // "Đoàn đại biểu Việt Nam do ông …, Chủ tịch UBND tỉnh A dẫn đầu.": the delegation the
    // article follows, though the sentence tells no trip.
    if (told.length === 0 && framed.length === 0 && ctx.lastOrigin === null) {
      const led = ledDelegation(view) ?? setsOutFrom(view);
      if (led) ctx.lastOrigin = { entry: led, level: 'local' };
    }
    const pairsHere: [string, string][] = [];
    // ("Khách từ A muốn đến tỉnh B hiện có thể đi xe buýt …": a route for anyone, no trip.)
    const kept = routeForAnyone(view) ? [] : framed.length === 0 ? told : [...told, ...framed];
    for (const v of kept) {
      for (const to of v.to) {
        if (to.entry.id === v.from.entry.id || to.entry.country === v.from.entry.country) continue;
        // "Tại đây, Chủ tịch Quốc hội đã tiếp Tỉnh trưởng tỉnh B" on the leader's trip to B: a
        // call during the visit, not a trip of B's to the capital.
        if (
          to.level === 'national' &&
          v.from.level === 'local' &&
          links.has(`visit|${to.entry.iso}|${v.from.entry.iso}`)
        )
          continue;
        // "Bí thư Thành ủy B tiếp Tổng Lãnh sự Lào …" where the consul is posted to B.
        // (Nor a call on "lãnh đạo thành phố" read as one on the host country's capital.)
        const posts = seats.get(v.from.entry.country);
        if (
          v.from.level === 'national' &&
          posts !== undefined &&
          (posts.has(to.entry) || (to.level === 'national' && posts.size > 0)) &&
          CONSUL_WORD.test(lowerSentence()) &&
          (consulCountry(lowerSentence()) ?? v.from.entry.country) === v.from.entry.country &&
          // ("… Đại sứ Việt Nam tại Lào Y, Tổng lãnh sự Việt Nam tại B Z": the envoy travelled.)
          !ambassadorInPerson(lowerSentence(), v.from.entry.country)
        )
          continue;
        // "Đại sứ quán Lào tổ chức đón Tết Bunpimay tại Hà Nội": a mission's own event in the
        // capital it sits in.
        if (
          v.from.level === 'national' &&
          to.entry.id === gaz.capital(to.entry.country).id &&
          EMBASSY_HOLDS.test(lowerSentence()) &&
          envoyActsFirst(lowerSentence())
        )
          continue;
        // ("Tổng Lãnh sự quán Việt Nam tại Pakse tổ chức dâng hương tại Đài tưởng niệm ở tỉnh
        // Champasak": a consulate's own event in the province its city lies in, as for an embassy.)
        if (
          v.from.level === 'national' &&
          posts !== undefined &&
          [...posts].some((e) => e.iso === to.entry.iso) &&
          CONSULATE_HOLDS.test(lowerSentence())
        )
          continue;
        pairsHere.push([v.from.entry.iso, to.entry.iso]);
        let { date, rank } = visitDate(sentence, lowerSentence, dates, trail);
        // "làm việc với … thủ đô A vào ngày 26/5 và với … tỉnh B vào ngày 29/5": each stop's day.
        if (rank === 3) date = stopDay(view, to.entry, trail) ?? date;
        // A trip of the headline's parties that only an article-wide clue dates, told as news: the
        // lead's date ("Trước thềm Tết Chôl Chnăm Thmây, từ ngày 24 đến 27/3, …" is March).
        // So is the headline's own trip between capitals ("Chủ tịch Quốc hội tiếp Đoàn Hội Phụ nữ
        // Lào và Campuchia"; not "kỷ niệm 43 năm ngày … sang Việt Nam", an old one), a guest known
        // by its words at the event (frame-speakers.ts), and a delegation
        // that came to the venue the lead set ("Từ Việt Nam, các đoàn của A, B đã sang C dự …").
        const atLeadVenue = frame.venue !== null && to.entry.iso === frame.venue.iso;
        const newsHeadline = () =>
          view === titleView && !ANNIVERSARY_HEADLINE.test(lowerSentence());
        if (
          rank === 0 &&
          (ofHeadline(v.from, to) || newsHeadline() || v.heard || atLeadVenue) &&
          !EARLIER.test(sentence) &&
          !SUMMED_UP.test(sentence) &&
          !YEAR.test(sentence.replace(SINCE, ''))
        )
          date = trail.leadDay ?? date;
        // A trip a speaker recalls is not the one "Dịp này, đoàn …" goes on with.
        // ("Trong chuyến thăm của Tỉnh trưởng tỉnh B đến A vào ngày 2/2/2024, …", then "Đoàn cán
        // bộ tỉnh A … tham gia" B's fair: the day the trip the other way gave dates none of this.)
        const back = `${to.entry.iso}|${v.from.entry.iso}`;
        // (A day, not a month both trips may share: "tháng 4/2011, đoàn A sang B …; đoàn B thăm A".)
        if (rank < 3 && date?.length === 10 && ownDated.get(back) === date) date = null;
        if (rank === 3 && date?.length === 10)
          ownDated.set(`${v.from.entry.iso}|${to.entry.iso}`, date);
        if (date && !recalled()) trail.lastVisitDate = date;
        if (date?.length === 10 && !recalled()) trail.lastVisitDay = date;
        // (A guest known only by its words is no partner: "… với các tỉnh giáp biên" means all
        // the places the article names, not the one that spoke.)
        if (v.from.level === 'local' && to.level === 'local' && !v.heard) {
          const p: EventPair = { a: v.from.entry, b: to.entry, sentence: i };
          if (v.attended) p.attended = true;
          const had = partners.findIndex((x) => x.a.iso === p.a.iso && x.b.iso === p.b.iso);
          // (A pair told as a trip stays one when a roll of the same event names it again.)
          if (had >= 0 && !partners[had]!.attended) delete p.attended;
          if (had >= 0) partners.splice(had, 1);
          partners.push(p);
          ctx.lastPair = [p.a, p.b];
          // ("A và B đã ký kết … . Chiều 12/3, lãnh đạo A tiếp đoàn C. Tại buổi tiếp, hai bên đã ký
          // kết …": the sides are those of the meeting told since, not the pair signed before.)
          if (sistered && !p.attended && !samePair(sistered, p)) sistered = null;
        }
        const link: FoundLink = {
          kind: 'visit',
          from: end(v.from),
          to: end(to),
          date,
          evidence: sentence,
          evidenceSpan: [view.span[0], view.span[1]],
        };
        const key = `visit|${link.from.iso}|${link.to.iso}`;
        const known = links.has(key);
        onlyIfEvery(book.presumed, key, v.presumed === true, known);
        // (An earlier reception, "Trước đó, … chủ trì lễ đón …", was elsewhere than the event.)
        onlyIfEvery(book.atCapital, key, v.atCapital === true && !past(), known);
        // ("Trước đó, …, Tổng Bí thư … đã tiếp Đoàn … đến chào" on his state visit: earlier, but
        // abroad all the same.)
        onlyIfEvery(book.receivedAtCapital, key, v.received === true, known);
        onlyIfEvery(book.recalled, key, v.recalled === true, known);
        // "Trước đó, tháng 5/2024, đoàn tỉnh B đã sang thăm A" after the news of B's trip to A: the
        // same pair's earlier trip dates nothing the article already dated.
        // ("Trước đó, sáng 2/4, tại tỉnh B, …" after "Trong hai ngày 2 và 3/4, …": a day of the
        // trip already dated still refines it.)
        // ("Ngày 18/8 cùng năm" after "Ngày 16/4/2013" in a 2023 article: a date years before the
        // one the link has is another trip too.)
        const had = known ? links.get(key)!.date : null;
        const earlierTrip =
          had !== null &&
          !date?.startsWith(had) &&
          (past() || recalled() || (date !== null && yearOf(had) - yearOf(date) >= 2));
        // A trip dated by its year alone is another one than the pair's trip already told, even
        // one the article left undated ("Năm 2022, đoàn tỉnh B đã sang …" after "Đoàn tỉnh B
        // thăm tỉnh A"): it dates only a pair it tells first.
        if (known && date?.length === 4) link.date = null;
        addLink(links, link, gaz, book, earlierTrip ? Math.min(rank, 0) : rank);
      }
    }
    // (An earlier trip, "Trước đó, năm 2022, đại diện các tỉnh A1, A2 … đã sang tỉnh B1 làm việc với
    // các tỉnh B1 và B2", is not the group the article follows.)
    // ("Năm 2022, đoàn A1, A2 đã sang B1 làm việc với B1, B2": a trip of its own year, no group of
    // the trip the article tells.)
    crossed.addSentence(
      pairsHere.length > 0 && (past() || recalled() || recalls(view)) ? [] : pairsHere,
    );
    // (The actor's country is one countryWords finds in the sentence: most sentences name neither
    // partner, and reading the national bodies is the dearer test. Few rules ask for the actor:
    // it is read only when one does, last-actor.ts.)
    if (namesForeignCountry(lowerSentence())) {
      const places = view.mentions;
      actors.add(() => sentenceActor(lowerSentence, places, gaz));
    }
    // (Most sentences name no titled leader: the look-up runs only where the article has some.)
    if ((ctx.people!.size > 0 || ctx.locals!.size > 0) && /(?:^|\s)(?:ông|bà)\s/iu.test(sentence))
      ctx.lastLeader = lastNamedLeader(lowerSentence(), ctx.people!, ctx.locals!) ?? ctx.lastLeader;
    // "Triển khai Bản ghi nhớ hợp tác giữa Bộ Công an Việt Nam và Bộ Công an Lào, Công an tỉnh A …
    // các bản … thuộc hai tỉnh B1 và B2": an agreement the ministries signed; and "Để Bản ghi nhớ
    // được triển khai hiệu quả, …" after it: the same agreement, no province's.
    const signed = namesNationalAgreement(view, lowerSentence);
    ministerial ||= signed;
    const sisters: SisterPair[] =
      (signed && hasSisterCue(view)) ||
      (ministerial && view.mentions.length === 0) ||
      (hasSisterCue(view) && signedByNationalSides(view, lowerSentence)) ||
      foreignSubject(view)
        ? []
        : sistersOf(
            view,
            text,
            lowerSentence,
            partners,
            current,
            sistered,
            ctx.home?.entry ?? null,
          );
    // "Trước đó, … hai địa phương đã ký kết thỏa thuận hợp tác …" where no trip was told: the two
    // places of the headline.
    if (sisters.length === 0 && partners.length === 0 && view.mentions.length === 0) {
      const pair = headlinePair(ctx.titlePlaces);
      if (pair && hasSisterCue(view) && BOTH_SIDES.test(lowerSentence())) sisters.push(pair);
    }
    // "bản A làm lễ kết nghĩa với bản B" in an article that has named one province of each side
    // so far: the villages' provinces are those two.
    if (sisters.length === 0 && hasSisterCue(view) && twinsLocalUnits(lowerSentence()))
      sisters.push(...onlyPairUpTo(current, view.span[1]));
    // "Địa phương của Việt Nam và Campuchia ký kết hợp tác" over "…, ba tỉnh A (Việt Nam), B1 và B2
    // (Campuchia) đã …": a headline's signing between places it leaves unnamed, the first body
    // sentence to name places naming them.
    if (unnamedSigners === null && view !== titleView && view.mentions.length > 0) {
      unnamedSigners = titleView ? headlineSignsUnnamed(titleView, text) : false;
      // (Not the stops of a line the signers ask to open: "mở tuyến vận tải Bangkok - … - A - B".)
      if (unnamedSigners && sisters.length === 0)
        sisters.push(
          ...pairOrEach(
            view.mentions.filter((m) => !onRoute(view, m)),
            view.span[1],
          ),
        );
    }
    for (const p of sisters) {
      const [from, to] = sisterEnds(p.a, p.b);
      const named = (iso: string) => view.mentions.some((m) => m.entry.iso === iso);
      if (named(from.iso) && named(to.iso)) sistered = p;
      // "A và B đã ký …. Văn bản được ký trong buổi hội đàm giữa hai bên tại B": the two sides
      // of the signing, where no trip was told.
      if (sisters.length === 1 && sistered === p && pairsHere.length === 0)
        ctx.lastPair = [p.a, p.b];
      addLink(
        links,
        {
          kind: 'sister',
          from,
          to,
          date: dates.own,
          evidence: sentence,
          evidenceSpan: [view.span[0], view.span[1]],
        },
        gaz,
        book,
        3,
        named(from.iso) && named(to.iso),
      );
    }
  }

  // ("… hành trình qua 3 tỉnh A, B và C", where the article tells the trip to C: to A and B too.)
  for (const j of journeys)
    for (const link of otherStops(links, j.stops, j.evidence, j.span))
      addLink(links, link, gaz, book, 0);
  for (const k of crossed.contradicted()) links.delete(`visit|${k.replace('>', '|')}`);
  untold.prune(links, text, titleSpan);
  if (titleSpan)
    for (const k of headlineDelegations(links, titleSpan[1], recalledTrip)) links.delete(k);
  // "Về phía tỉnh B, … làm trưởng đoàn" read at the paper's own province A, where the article
  // then says A's delegation went to B: the roll calls were of B's meeting.
  // (Not where the trip the other way is of another month: "Trước đó, tháng 3/2023, đoàn … tỉnh A
  // đã sang B …" after B's guests at A's ceremony of December, two events.)
  for (const k of book.presumed) {
    const [, from, to] = k.split('|');
    const back = `visit|${to}|${from}`;
    if (links.has(back) && !book.presumed.has(back) && !monthsDiffer(links.get(k), links.get(back)))
      links.delete(k);
  }
  // "… chủ trì lễ đón Bộ trưởng …" (no venue) in an article that then places the same guest at a
  // province of the host's country: received there, not in the capital.
  // (Read once, and only for an article with such a link.)
  let venues: Set<string> | undefined;
  for (const k of new Set([...book.atCapital, ...book.receivedAtCapital])) {
    const [, from, to] = k.split('|') as [string, string, string];
    const placed = book.atCapital.has(k);
    const country = to.slice(0, 2);
    // ("… đồng thời tiếp Phó thủ tướng Campuchia" on the President's state visit to Cambodia: a
    // host received abroad, on the trip the article tells.)
    const abroad = book.receivedAtCapital.has(k) ? from.slice(0, 2) : null;
    // (Not a trip of another month: "hồi tháng 2/2019, Campuchia đã đón Tổng Bí thư …; đến tháng
    // 10/2019, Thủ tướng Hun Sen thăm Hà Nội" are two state visits.)
    const self = links.get(k);
    // ("… tại cuộc hội đàm với … chiều thứ Năm tại Hà Nội": the capital named as a venue of the
    // same trip, which went on to the provinces.)
    if (placed && (venues ??= venuesNamed(views)).has(to)) continue;
    const elsewhere = [...links].some(([other, link]) => {
      const [kind, f, t] = other.split('|') as [string, string, string];
      // (Nor the trip a thanks recalls: "… cảm ơn … sự đón tiếp … trong chuyến thăm … Campuchia
      // từ ngày 28 đến 30/7/2022" beside a reception of today at home.)
      if (kind !== 'visit' || book.recalled.has(other)) return false;
      if (monthsDiffer(self, link)) return false;
      return (
        (placed && f === from && t !== to && t.startsWith(country)) ||
        // ("… cho biết vừa qua Tổng Bí thư … có chuyến thăm cấp Nhà nước tới Lào": an earlier trip
        // the other way, not the host's own trip the reception took place on.)
        (f === to && abroad !== null && t.startsWith(abroad) && !recalledTrip(link.evidence))
      );
    });
    if (elsewhere) links.delete(k);
  }
  return outputOf(doc, toPlaces(found.mentions, gaz), [...links.values()], unresolved);
}
