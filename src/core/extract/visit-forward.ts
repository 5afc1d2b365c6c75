// Forward readings: "Đoàn đại biểu tỉnh A … (đến) thăm / làm việc tại … tỉnh B, C".
import { formerPost } from './former-post.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { teamBeforeCue } from './team-homes.ts';
import { countedSent, sendBeforeCount } from './sent-delegations.ts';
import { firmsSeat } from './firm-seats.ts';
import { foreignDelegation } from './foreign-delegation.ts';
import { rolledHomes } from './attendee-roll.ts';
import {
  COUNTRY_ALT,
  countryWords,
  envoyFirst,
  listedNationalActors,
  nationalActorNear,
  nationalBodyIndex,
  STATE_OF,
} from './actors.ts';
import type { Mention } from './find-places.ts';
import { TALLY } from './frame-meeting.ts';
import { listHead } from './frame-parties.ts';
import { bareDistrictAt, bareProvinceIn } from './home.ts';
import { endsOnEnvoy, lastNamedLeader, personCountry } from './people.ts';
import { namedLeaderCountry } from './apposed-leaders.ts';
import { postedConsulCountry } from './envoy-in-person.ts';
import {
  commaAfterList,
  commaFrom,
  countryWordAt,
  isDateline,
  isDistanceRef,
  LOCATIVE,
  phraseText,
  semicolonIn,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { isCapitalised, type TokenizedText } from './tokens.ts';
import {
  afterInvitation,
  commaBefore,
  countedPlaces,
  delegationStart,
  examplesFrom,
  futureInClause,
  futureIndex,
  placeReachedAt,
  unitAfter,
  presentOnErrand,
  searchArea,
  speaksOfFuture,
  subUnitPlace,
  type Cue,
} from './visit-cues.ts';
import {
  clauseEnd,
  countryDestination,
  destinationsAfter,
  escortingHost,
  guestHomes,
  guestVisitingHere,
  listFrom,
  namedCountryPlaces,
  nationalAtHome,
  bareSender,
  ourProvince,
  partnerProvince,
  receivesDelegation,
} from './visit-destinations.ts';
import { unitOfForce, unitStation } from './unit-station.ts';
import { groupSize, partnerGroup } from './visit-groups.ts';
import {
  goneTo,
  actorIn,
  atVenue,
  fallbackOrigin,
  onlyEarlierPlace,
  followedByCountry,
  isInviter,
  locatedSeat,
  isLocated,
  local,
  national,
  withListed,
  type Side,
  type VisitContext,
  type VisitFinding,
} from './visit-sides.ts';
import {
  delegationPlace,
  homesOf,
  invitingHosts,
  isDelegationOf,
  isWelcomer,
  namesOtherBody,
  opensWithTrip,
  secondErrandAt,
  privateTraveller,
  provinceDelegation,
  sendersBefore,
  titledLeader,
  tripOwner,
} from './visit-travellers.ts';

const FRAMING = new Set(['khổ', 'là']);
// How far after the trip's verb its country is read: "chuyến thăm cấp Nhà nước tới Vương quốc
// Campuchia".
// ("chuyến thăm hữu nghị chính thức nước Cộng hòa Dân chủ Nhân dân Lào": the state in full.)
const VISITED_REACH = 14;

/** The last "đoàn" from token `from` before `end`, or `end` when there is none. */
function lastDelegation(s: SentenceView, from: number, end: number): number {
  for (let k = end - 1; k >= from; k--) if (wordAt(s, k) === 'đoàn') return k;
  return end;
}

/** "nhận lời mời của …", "theo lời mời của …" opening the clause at token k. */
const inviterClause = (s: SentenceView, k: number) =>
  wordsAt(s, k + 1, ['lời', 'mời']) && ['nhận', 'theo'].includes(wordAt(s, k));

/**
 * Where the titles from token k end: at a comma, unless another title of the same leader follows
 * it ("của Tổng Bí thư, Chủ tịch nước Lào X": the country is named with the last one).
 */
function titlesEnd(tt: TokenizedText, s: SentenceView, k: number): number {
  let e = k;
  do {
    e++;
    while (e < s.t1 && !commaBefore(s, e)) e++;
  } while (e < s.t1 && nationalBodyIndex(phraseText(tt, e, Math.min(s.t1, e + TITLE_WORDS))) === 0);
  return e;
}
// The words a title is read in ("Chủ tịch nước", "Phó Chủ tịch Quốc hội").
const TITLE_WORDS = 6;

/**
 * "cuộc gặp giữa Bộ trưởng … Campuchia với Thượng tướng X, Chủ tịch Hội … Việt Nam, người đang
 * dẫn đầu đoàn … sang thăm Campuchia": the leader of the delegation is the one named after
 * "với", next to "dẫn đầu", not the host the meeting names first.
 */
function leaderMetWith(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  from: number,
  cueStart: number,
  notTraveller: (m: Mention) => boolean,
): Side | null {
  let led = cueStart - 1;
  while (led > from && !wordsAt(s, led, ['dẫn', 'đầu', 'đoàn'])) led--;
  if (led <= from) return null;
  for (let k = led - 1; k > from; k--)
    if (wordAt(s, k) === 'với') return actorIn(tt, s, gaz, k + 1, led, notTraveller);
  return null;
}

/** A national body of a country other than `c` opens the clause after the one of token k. */
function otherActorAfter(tt: TokenizedText, s: SentenceView, k: number, c: CountryCode): boolean {
  const comma = commaFrom(s, k);
  const next = comma < 0 ? null : nationalActorNear(phraseText(tt, comma, s.t1));
  return next !== null && next !== c;
}

// A delegation named by its kind alone ("đoàn đại biểu cấp cao đã").
const BARE_DELEGATION =
  /^đoàn(?:\s+(?:đại biểu|công tác|cấp cao|tùy tùng))*(?:\s+(?:đã|vừa|cũng|đến|tới|sang|về))*$/u;

export function resolveForward(
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
  const visiting = guestVisitingHere(s, cue, ctx);
  if (visiting) return [{ from: local(visiting.guest), to: [visiting.host], sentence: s }];
  if (privateTraveller(s, cue.start) || touristsBefore(s, from, cue.start)) return [];
  // ("Bốn lần đến Siêm Riệp", a memoir's heading: trips counted right before the verb, none told.)
  if (wordAt(s, cue.start - 1) === 'lần' && TIMES.has(wordAt(s, cue.start - 2))) return [];
  const others = guestHomes(s);
  const dStart = Math.max(delegationStart(s, cue.start), from, cue.subject ?? -1);
  // ("… đã dẫn đầu đoàn đại biểu tỉnh Hải Nam thăm …", "đoàn công tác thành phố X (tỉnh Hồ Nam,
  // Trung Quốc) đã thăm …": a third country's delegation; no place named here is its home.)
  if (foreignDelegation(phraseText(tt, lastDelegation(s, dStart, cue.start), cue.start))) return [];
  // "nhiều đoàn", "12 đoàn", "hàng chục đoàn": a tally of past exchanges, not one trip.
  const counted = wordAt(s, dStart - 1);
  // ("ngày 19/3 đoàn làm việc với …": a date's last number, no count.)
  const prev = s.tt.tokens[dStart - 1];
  const dated =
    dStart - 1 > s.t0 && prev !== undefined && '/.-'.includes(s.tt.text[prev.start - 1] ?? ' ');
  const tally =
    (/^\d+$/.test(counted) && !dated) || ['nhiều', 'hàng', 'chục', 'trăm'].includes(counted);
  if (
    dStart > s.t0 &&
    tally &&
    !countedSent(s, dStart) &&
    // ("5 đoàn công tác của các tỉnh A1, …, A5 đã sang thăm": one delegation of each, named.)
    !oneEach(s, counted, dStart, cue.start) &&
    /^ +$/.test(s.tt.text.slice(s.tt.tokens[dStart - 1]!.end, s.tt.tokens[dStart]!.start))
  )
    return [];
  // "cả ba tỉnh A, B và C đều đã cử đoàn sang thăm …", "Bộ đội Biên phòng tỉnh A đã cử các đoàn
  // sang chúc mừng …": the senders named before "cử".
  const general = counted === 'các' || counted === 'những';
  // ("… đã lập các đoàn công tác sang thăm …": the delegations it formed went.)
  // ("tỉnh A đã cử 2 đoàn đại biểu cấp cao sang …": a count between the verb and "đoàn".)
  const send =
    [dStart - 1, dStart - 2].find(
      (k) => SENDS.has(wordAt(s, k)) && (k === dStart - 1 || general),
    ) ?? sendBeforeCount(s, dStart);
  const sender = send === undefined ? null : (sendersBefore(s, send) ?? behalfOf(s, send));
  // "các đoàn lãnh đạo của 2 nước, các tỉnh sang thăm": delegations in general, none named.
  if (
    general &&
    !sender &&
    !s.mentions.some((m) => m.firstToken > dStart && m.lastToken < cue.start)
  )
    return [];
  // (Hosts who escort guests of a country named before them stay the hosts.)
  // ("lãnh đạo huyện A cùng lãnh đạo các huyện B1, B2 … đã dự hội nghị": two sides, no guests.)
  const escort = wordAt(s, dStart) === 'đoàn' ? escortingHost(s, dStart, cue.start) : null;
  const notTraveller = (m: Mention) =>
    (escort?.guests && escort.host === m) ||
    // ("đại diện 35 công ty lữ hành tại A1, A2 và A3 đã …": the firms' seats, their homes.)
    (isLocated(s, m) && !firmsSeat(s, m)) ||
    // ("Liên hoan diễn ra … tại tỉnh A (Việt Nam) và tỉnh B (Lào), gồm … thăm …": both venues.)
    venueListed(s, m) ||
    isInviter(s, m) ||
    isDateline(s, m) ||
    isWelcomer(s, m) ||
    goneTo(s, m) ||
    leftBehind(s, m) ||
    inChargeOf(s, m);
  const before = s.mentions.filter((m) => m.headToken >= from && m.lastToken < cue.start);
  const listed = countedPlaces(s, cue.end + 1);
  const unit = unitAfter(s, cue.end + 1);
  let dests = cue.motion
    ? listFrom(
        s,
        (placeReachedAt(s, cue.start, unit) ? subUnitPlace(s, unit)?.headToken : undefined) ??
          (listed >= 0 ? listed : examplesFrom(s, cue.end + 1)),
      )
    : destinationsAfter(s, gaz, cue.end, cue.locatedOnly === true, others);
  // "Cũng tại buổi chúc Tết, Tỉnh trưởng tỉnh B nhấn mạnh …": the event's own words end at the
  // comma; the place after it is the main clause's speaker.
  const adverbial = atEvent(s, cue);
  if (adverbial >= 0) dests = dests.filter((m) => m.firstToken < adverbial);
  // "làm việc với lãnh đạo tỉnh về công tác đối ngoại … đối với tỉnh B": the talks' topic.
  // ("quãng đường bộ tới B chỉ khoảng 100 km": a distance, not a trip.)
  if (dests.length === 0 && cue.area) dests = searchArea(s, cue.start, cue.end + 1);
  // ("đến tận nơi những công trình mà A viện trợ cho tỉnh bạn": the subject of a relative clause
  // names who built them, not where the trip went.)
  dests = dests.filter(
    (m) =>
      !topicBetween(s, cue.end + 1, m.headToken) &&
      !isDistanceRef(s, m) &&
      wordAt(s, m.firstToken - 1) !== 'mà',
  );
  // "Tboung Khmum, Kratié rồi Mondulkiri là ba địa phương … mà đoàn … đã lần lượt đến thăm": the
  // places a cleft sentence opens on are where its relative clause's trip went.
  if (dests.length === 0 && wordAt(s, dStart - 1) === 'mà') dests = cleftPlaces(s, dStart - 1);
  const stretch = borderStretch(s, cue, dests);
  if (stretch.size > 0) dests = dests.filter((m) => !stretch.has(m));
  // "thăm tặng quà cho Tỉnh Đoàn B1, B2 và các em học sinh tại trường …, B1": the gifts' recipients,
  // where the clause says where it was done.
  if (dests.some((m) => isLocated(s, m)))
    dests = dests.filter((m) => isLocated(s, m) || !giftedTo(s, m));
  // "Tại tỉnh B, Đoàn … tỉnh A thăm …": a located place before the cue is a destination too.
  // (Not from another semicolon clause: "…; ủng hộ các gia đình tại B; tổ chức cho hội viên thăm
  // lại chiến trường xưa".)
  dests = [...frontedVenues(s, before, cue.start), ...dests];
  // The phrase from "Đoàn" names the traveller; else its leader before it ("Bí thư Tỉnh ủy A dẫn
  // đầu đoàn … thăm"), or the sentence start.
  // ("Bình Thuận là một trong ba tỉnh mà đoàn tới thăm …": the relative clause's subject is the
  // delegation the article follows; the place before "mà" is what the main clause speaks of.)
  const relative = dStart > from && wordAt(s, dStart - 1) === 'mà';
  const later = (from > s.t0 || relative) && ctx.lastOrigin !== null;
  // "Dịp này, hai đoàn Campuchia đã …": the provinces counted, not the country (partnerGroup).
  const byCount = dStart > from && groupSize(counted) > 0 && countryWordAt(s, dStart + 1) > 0;
  // "Trong hai ngày 21 - 22/8 ở Quảng Nam, đoàn đại biểu Lào đã tham quan …" after the article
  // followed Attapeu's delegation: that one, called by its country.
  let origin = byCount
    ? null
    : (followedByCountry(s, dStart, ctx) ??
      ourProvince(s, dStart, cue.start, ctx) ??
      (dStart > from ? actorIn(tt, s, gaz, dStart, cue.start, notTraveller) : null) ??
      leaderMetWith(tt, s, gaz, from, cue.start, notTraveller) ??
      (later
        ? null
        : actorIn(tt, s, gaz, afterInvitation(s, from, cue.start), cue.start, notTraveller)));
  // "X, Phó Trưởng ban … Đảng Nhân dân Cách mạng Lào, đã dẫn Đoàn đại biểu Tạp chí A-lun-may
  // đến …": a central body named without its country is taken for Vietnam's; the leader who led it
  // names his.
  // ("Thủ tướng Lào X cùng đoàn đại biểu cấp cao đã đến thăm tỉnh B": the leader's own party, a
  // delegation named by nothing else.)
  const ledOrJoined =
    wordAt(s, dStart - 1) === 'dẫn' ||
    (wordAt(s, dStart - 1) === 'cùng' && BARE_DELEGATION.test(phraseText(tt, dStart, cue.start)));
  if (
    origin?.level === 'national' &&
    dStart > from &&
    ledOrJoined &&
    countryWords(phraseText(tt, dStart, cue.start)).length === 0
  ) {
    const leader = actorIn(
      tt,
      s,
      gaz,
      afterInvitation(s, from, dStart - 1),
      dStart - 1,
      notTraveller,
    );
    if (
      leader?.level === 'national' &&
      leader.entry.country !== origin.entry.country &&
      countryWords(phraseText(tt, from, dStart - 1)).some((w) => w.country === leader.entry.country)
    )
      origin = leader;
  }
  // "Tổng Lãnh sự Việt Nam tại Pakse X đã đến thăm tỉnh B": the consul, his seat skipped as "tại".
  // (Not to the province of his seat: "… tại Pakse, đã đến chúc Tết lãnh đạo tỉnh Champasak" is
  // a call at his post.)
  if (!origin && !later) {
    const c = postedConsulCountry(phraseText(tt, afterInvitation(s, from, cue.start), cue.start));
    if (c) {
      origin = national(gaz, c);
      dests = dests.filter((m) => !before.some((b) => b.entry.iso === m.entry.iso));
      if (dests.length === 0) return [];
    }
  }
  // "ông Hun Sen đã bay sang Vientiane" after "Thủ tướng Campuchia Hun Sen": the leader by name.
  if (!origin && ctx.people) {
    const c = personCountry(phraseText(tt, Math.max(from, cue.start - 8), cue.start), ctx.people);
    if (c) origin = national(gaz, c);
  }
  // "Phó thủ tướng Bounthong … đã đến thăm …" after "Phó thủ tướng chính phủ Lào, …, ông Bounthong
  // …": an office named with no country is not Vietnam's when its holder's name says otherwise.
  if (origin?.level === 'national' && ctx.people) {
    const subject = phraseText(tt, from, cue.start);
    // (Not two leaders together: "Thủ tướng A và Thủ tướng Hun Sen đã đến …".)
    const one = countryWords(subject).length === 0 && !/\s(?:và|cùng với)\s/u.test(subject);
    const c = one ? namedLeaderCountry(subject, ctx.people) : null;
    if (c && c !== origin.entry.country) origin = national(gaz, c);
  }
  // "Trước đó, ông đã … lần lượt đến thăm, làm việc tại A1, A2" after "ông Khambay Damlath …": the
  // leader last named.
  // (The pronoun opens its clause; "… nhận lời mời sang thăm B" accepts an invitation, no trip yet.)
  const invited = [2, 3].some((d) => wordsAt(s, cue.start - d, ['lời', 'mời']));
  const pronoun = origin || invited ? -1 : pronounSubject(s, from, cue.start);
  if (pronoun >= 0) {
    // (A leader named earlier in the same sentence first: "… Thủ tướng Campuchia Hun Sen …; ông đã …".)
    const leader =
      (ctx.people && ctx.locals
        ? lastNamedLeader(phraseText(tt, s.t0, pronoun), ctx.people, ctx.locals)
        : null) ?? ctx.lastLeader;
    if (leader) {
      const c = ctx.people?.get(leader);
      const e = ctx.locals?.get(leader);
      if (c) origin = national(gaz, c);
      else if (e) origin = { entry: e, level: 'local' };
    }
  }
  // "… bày tỏ vui mừng khi Đại sứ đến thăm B" after "Đại sứ … nước CHDCND Lào": that envoy.
  if (!origin && ctx.envoy && endsOnEnvoy(phraseText(tt, Math.max(from, cue.start - 4), cue.start)))
    origin = national(gaz, ctx.envoy);
  // "Trước đó, ngày 12/8, làm việc với lãnh đạo tỉnh B, Phó Thủ tướng X đánh giá cao …": the
  // clause opens with the verb; its subject follows the clause. (Not "… được đến thăm, làm việc
  // với đồng chí …": one more verb of a series, whose subject came before.)
  if (
    !origin &&
    wordsAt(s, cue.start, ['làm', 'việc', 'với']) &&
    (cue.start === s.t0 || (commaBefore(s, cue.start) && wordAt(s, cue.start - 1) !== 'thăm'))
  )
    origin = subjectAfterClause(tt, s, gaz, cue.end + 1, notTraveller);
  // "Đây là chuyến công tác đầu tiên của lãnh đạo tỉnh A", "đánh giá cao chuyến thăm của đoàn
  // tỉnh A": the trip's owner after "của" is its traveller, never its destination.
  const trip = tripNounBefore(s, cue.start);
  // "các chuyến thăm gần đây của Tổng Bí thư … và Thủ tướng …": trips counted, none told.
  if (trip && TALLY.has(wordAt(s, cue.start - 2))) return [];
  // "Chỉ ít ngày trước chuyến thăm … tới Campuchia của Tổng Bí thư, ngày 23/2, …": a time set by
  // the trip, which the sentence does not tell.
  const noun = trip ? tripNounAt(s, cue.start) : -1;
  if (noun > s.t0 && BEFORE_TRIP.has(wordAt(s, noun - 1))) return [];

  const owned = trip ? tripOwner(tt, s, gaz, cue.end + 1) : null;
  // "chuyến thăm cấp Nhà nước tới Lào của Chủ tịch nước …": capital to capital, whatever
  // provinces the sentence names besides (not "trong khuôn khổ chuyến thăm …", the frame of a
  // trip the sentence tells itself, nor "nhất là chuyến thăm …", one a speaker lists).
  const found = owned?.visited && FRAMING.has(wordAt(s, cue.start - 2)) ? null : owned;
  if (found?.visited && found.side)
    return [{ from: found.side, to: found.visited.map((c) => national(gaz, c)), sentence: s }];
  // "Bí thư Tỉnh ủy A cho rằng chuyến thăm là dịp để …": a host judging a trip the article has
  // told, whose owner it does not name: no trip of the speaker's, and nothing new.
  if (trip && !found && JUDGING.has(wordAt(s, cue.start - 2))) return [];
  // "hai bên đã … thảo luận về: chuyến thăm hữu nghị Vương quốc Campuchia của ông …", "chuẩn bị
  // cho chuyến thăm …": a trip talked of or prepared, still to come.
  if (trip && topicOf(s, cue.start - 1)) return [];
  // "Kết thúc chuyến thăm tỉnh B, đoàn … tỉnh A đã về nước": a trip named by the clause that
  // opens the sentence, its traveller the subject after that clause.
  // (The clause names where the trip went; a main clause that plans tells no trip: "Trong chuyến
  // công tác, Bộ trưởng sẽ … thăm tỉnh B".)
  if (!origin && !found && trip && openingTrip(s, cue) && !speaksOfFuture(s))
    origin = subjectAfterClause(tt, s, gaz, cue.end + 1, notTraveller);
  // ("Kết thúc chuyến thăm, chúc Tết … tại Vương quốc Campuchia, chiều 11-4, đoàn … của tỉnh A đã
  // đến thăm tỉnh B": the delegation that opens the main clause made the trip, never its goal.)
  const opener = !origin && !found && trip ? openingDelegation(s, cue) : null;
  if (opener) {
    origin = local(opener);
    dests = dests.filter((m) => m.entry !== opener.entry);
  }
  const ownerSide = found && (found.side ?? ctx.lastOrigin);
  if (found && ownerSide) {
    origin = ownerSide;
    dests = dests.filter((m) => !found.mentions.includes(m));
    // "Phó Tỉnh trưởng tỉnh B đánh giá cao chuyến thăm của …": the speaker's province hosted it.
    if (dests.length === 0)
      dests = before.filter((m) => m.entry.country !== ownerSide.entry.country && !isInviter(s, m));
  }
  // "Trong khuôn khổ chuyến thăm chính thức Lào, sáng 27/7, Chủ tịch … đã hội kiến …": the trip
  // is named first, its traveller in the main clause after it.
  // Only a national body is read there: the places of the main clause are its objects.
  // ("Cũng trong chuyến thăm, Chính phủ Việt Nam sẽ trao … ở huyện X, tỉnh B": what its main
  // clause plans tells no trip.)
  // ("Đang thăm, làm việc tại Lào, ngày 25/7, Chủ tịch … đã hội đàm …": the verb itself opens the
  // sentence, "đang" for the trip noun, its traveller in the main clause the same way.)
  const ongoing =
    !trip && wordAt(s, cue.start - 1) === 'đang' && cue.start - 1 === afterDateline(s);
  const opens = !origin && (trip || ongoing) && opensWithTrip(s, noun >= 0 ? noun : cue.start - 1);
  // (A trip that names its goal, "Trong khuôn khổ chuyến thăm Campuchia lần này, … sẽ đồng chủ
  // trì …", still stands.)
  const bare = opens && commaBefore(s, cue.end + 1) && !secondErrandAt(s, cue.end + 1);
  if (bare && futureIndex(s) > cue.end) return [];
  if (opens) {
    // "chuyến thăm … tới Lào của Tổng Bí thư Tô Lâm": the traveller after "của" in the trip's
    // own clause; else each clause after it, in turn ("…, chiều 3/12, Thủ tướng …").
    // "chuyến thăm Campuchia … theo lời mời của Chủ tịch …, Chủ tịch Thượng viện Campuchia …,
    // Tổng Bí thư …": the host country's leaders are the inviters, never the travellers.
    // "chuyến thăm chính thức Việt Nam", "chuyến thăm cấp Nhà nước tới Lào": up to its owner.
    let v = cue.end + 1;
    while (
      v < Math.min(s.t1, cue.end + VISITED_REACH) &&
      !commaBefore(s, v) &&
      wordAt(s, v) !== 'của'
    )
      v++;
    const visited = countryWords(phraseText(tt, cue.end + 1, v))[0]?.country;
    const traveller = (c: CountryCode | null) => (c && c !== visited ? c : null);
    let attends = false;
    for (let k = cue.end + 1; k < s.t1 && !commaBefore(s, k); k++) {
      attends ||= wordAt(s, k) === 'dự';
      // "theo lời mời của Thủ tướng …": the inviter, never the traveller.
      if (wordAt(s, k) !== 'của' || wordAt(s, k - 1) === 'mời') continue;
      const c = traveller(nationalActorNear(phraseText(tt, k + 1, titlesEnd(tt, s, k + 1))));
      // ("chuyến sang thăm và dự Đại hội … của Liên minh Phật giáo Lào, Đoàn … Việt Nam đã …": the
      // event's owner, the host, where the main clause names a body of another country.)
      if (c && !(attends && otherActorAfter(tt, s, k, c))) origin = national(gaz, c);
      break;
    }
    // "…, ngày 19/2, Đoàn đại biểu cấp cao tỉnh A do … dẫn đầu": a province's delegation, when
    // no national body comes before it.
    let d = cue.end + 1;
    while (d < s.t1 && wordAt(s, d) !== 'đoàn') d++;
    const own = d < s.t1 ? delegationPlace(s, d) : undefined;
    if (own && nationalBodyIndex(phraseText(tt, cue.end + 1, d)) < 0) origin = local(own);
    // ("…, Đoàn đại biểu cấp cao tỉnh bạn do đồng chí …, Ủy viên Trung ương Đảng Nhân dân Cách mạng
    // Lào, Tỉnh trưởng tỉnh A dẫn đầu": a province's delegation; its leader's party rank is no
    // national trip.)
    const provincial = d < s.t1 && provinceDelegation(s, d);
    let k = cue.end + 1;
    for (let clause = 0; clause < 4 && !origin && !provincial; clause++) {
      while (k < s.t1 && !commaBefore(s, k)) k++;
      if (k >= s.t1) break;
      // ("…, nhận lời mời của Chủ tịch Quốc hội Lào X, sáng 26/9, Chủ tịch Quốc hội …": the
      // inviter's clause, never the traveller's.)
      if (inviterClause(s, k)) {
        k++;
        continue;
      }
      const c = traveller(nationalActorNear(phraseText(tt, k, s.t1)));
      if (c) origin = national(gaz, c);
      k++;
    }
    const leader = origin || received ? null : titledLeader(s, cue.end + 1);
    if (leader) {
      origin = local(leader);
      dests = dests.filter((m) => m.entry.id !== leader.entry.id);
    }
    // ("Trong khuôn khổ chuyến công tác, ngày 27/10, tại Hà Nội, Tổng Bí thư … đã tiếp đoàn …": a
    // trip that names no goal, framing a reception its host holds at home, is the guests'.)
    const home = origin?.entry.country;
    if (bare && received && s.mentions.some((m) => isLocated(s, m) && m.entry.country === home))
      return [];
  }
  if (sender) origin = local(sender);
  // ("…: giai đoạn 2011 - 2019, tỉnh đã 7 lần cử đoàn sang thăm B1, B2, B3": the paper's own
  // province, named by its bare unit word.)
  else if (send !== undefined) origin = bareSender(s, send, ctx) ?? origin;
  // "Trước đó, Đội K53 đã tìm kiếm, cất bốc được … tại tỉnh B": the team the article named with
  // its province ("Đội K53, Bộ Chỉ huy Quân sự tỉnh A") first.
  // ("Ngày 12/1, tại … tỉnh B (Campuchia), dựa trên nguồn tin …, Đội K53 đã quy tập …": the team
  // named after the place travels, not the place.)
  const teamHere = ctx.teams?.size ? teamBeforeCue(s, cue.start, ctx.teams) : null;
  const team =
    !teamHere || (origin && !namedBeforeTeam(s, origin, teamHere.at)) ? null : teamHere.home;
  if (team) origin = { entry: team, level: 'local' };
  else if (!origin && teamHere?.other) return [];
  const firstForeign = (o: Side | null) =>
    dests.find((m) => !o || m.entry.country !== o.entry.country);
  const named = origin !== null;
  if (!origin && namesOtherBody(s, from, cue.start)) return [];
  // "Đoàn ba tỉnh bạn đến Rạch Giá": the partners the article has just named, as many as it says.
  // (Only for a trip told as done: a habit or plan up to the end of its clause rules it out.)
  // ("… đoàn đại biểu cấp cao của 4 tỉnh Nam Lào sang dự" with no place after the cue: crossed
  // over to the province the article is written from, like one province's delegation below.)
  if (!origin && !futureInClause(s, cue.start)) {
    const dest = firstForeign(null)?.entry.country;
    const over = dest ? null : crossedOverTo(s, cue, ctx);
    const group = partnerGroup(
      s,
      byCount ? dStart - 1 : dStart,
      cue.start,
      ctx.mentions,
      dest ?? over?.entry.country,
    );
    if (group.length > 0)
      return group.map((h) => ({
        from: local(h),
        to: over ? [over] : dests.filter((m) => m.entry.country !== h.entry.country).map(local),
        sentence: s,
      }));
  }
  // "chuyến công tác của lãnh đạo tỉnh sang thăm tỉnh B" in a provincial paper: the unnamed
  // "tỉnh" just before the cue is the paper's own province, whoever the article followed last
  // (not "Chủ tịch UBND tỉnh X (phải) nhận quà chúc Tết từ …", a host further back).
  const home = ctx.home;
  const foreign = firstForeign(null)?.entry.country ?? null;
  // ("tỉnh cũng cử đồng chí … sang chúc Tết tỉnh bạn": to the partner, below.)
  if (
    !origin &&
    home &&
    (foreign !== null
      ? home.entry.country !== foreign
      : partnerProvince(s, cue.end + 1, local(home), ctx) !== null) &&
    (bareProvinceIn(s, Math.max(from, cue.start - BARE_REACH), cue.start) ||
      bareDistrictAt(s, dStart)) &&
    !speaksOfFuture(s)
  )
    origin = local(home);
  const presumedTraveller = origin === null;
  // "Ban Tổ chức còn bố trí một đoàn famtrip … đi khảo sát …": a new group, not the one followed.
  if (presumedTraveller && newGroupBefore(s, cue.start)) return [];
  // ("… chuyến đoàn công tác của nước bạn sang tham quan …" in a Vietnamese paper: the partner
  // country's delegation, from the one place of it the article has named.)
  if (presumedTraveller && foreign === null && friendsDelegation(s, cue.start))
    origin = partnerOfHome(ctx, s);
  origin ??= fallbackOrigin(ctx, s, foreign);
  if (!origin) return [];
  // "Nằm trong chương trình thăm và làm việc tại nước CHDCND Lào, …": a trip to the country its
  // clause names; a traveller only presumed from the headline is not of that country.
  // (From the cue itself: "đoàn y tế của hội lên đường sang Campuchia" ends on its "sang".)
  if (presumedTraveller && clauseCountry(tt, s, cue.start) === origin.entry.country) return [];
  const o = origin;
  // "Ảnh: Phó Chủ tịch UBND tỉnh A … làm việc với Phó Tỉnh trưởng tỉnh B" in A's own paper: a
  // leader of the paper's province, not a delegation, photographed with the guest at home.
  if (
    wordAt(s, s.t0) === 'ảnh' &&
    wordAt(s, cue.start) === 'làm' &&
    ctx.home?.entry === o.entry &&
    wordAt(s, dStart) !== 'đoàn'
  )
    return [];
  // "Công an tỉnh A đã có buổi làm việc với đoàn … tỉnh B1, B2 tại phường X" (X in A's country):
  // the delegation came to A.
  const came = [...others].filter((m) => m.firstToken > cue.end);
  // (A national body at home receives at the venue it names, not at its capital.)
  const atHome = nationalAtHome(s, cue, o);
  const hosting = atHome ? 'venue' : receivesDelegation(s, cue, o, ctx, came);
  if (hosting) {
    const guests = [...dests, ...came].filter((m) => m.entry.country !== o.entry.country);
    const host = atHome ? local(atHome) : o;
    // A venue only presumed gives way to one a later sentence names (see geocode-article.ts).
    const presumed = hosting === 'home' ? { presumed: true as const } : {};
    return [...new Set(guests.map((g) => g.entry))].map((e) => ({
      from: { entry: e, level: 'local' },
      to: [host],
      sentence: s,
      ...presumed,
    }));
  }
  // "Đại diện hai tỉnh A và B đã đến dâng hương tại … tỉnh A": a party of both at A's place, where
  // only B travelled. (So at a city of A: "Lãnh đạo hai tỉnh A và B đến thăm Công ty … (Bảo Lộc)".)
  const ownPlace = (d: Mention) =>
    d.entry === o.entry || (d.entry.kind === 'city' && d.entry.iso === o.entry.iso);
  const atOwn = o.level === 'local' ? dests.find(ownPlace) : undefined;
  const partner = atOwn ? bothProvinces(s, dStart, cue.start, o) : null;
  if (atOwn && partner) return [{ from: local(partner), to: [local(atOwn)], sentence: s }];
  let to: Side[] = dests.filter((m) => m.entry.country !== o.entry.country).map(local);
  if (cue.abroad) {
    const there = (t: Side) => ctx.lastTo?.some((l) => l.entry.country === t.entry.country);
    const same = ctx.lastOrigin?.entry.id === o.entry.id;
    // ("Tại B, đoàn tỉnh A đã hội đàm với lãnh đạo hai tỉnh B và C": a venue named is the frames'.)
    const located = s.mentions.some((m) => isLocated(s, m));
    // ("Đoàn đại biểu huyện X, tỉnh A (Lào) vừa có buổi hội đàm với huyện Y, tỉnh B": a
    // delegation's home before the talks; the delegation is the side that travelled.)
    const d = delegationStart(s, cue.start);
    const delegation =
      wordAt(s, d) === 'đoàn' &&
      s.mentions.some((m) => m.entry === o.entry && m.firstToken > d && m.lastToken < cue.start);
    return !located && to.length > 0 && (delegation || (same && to.every(there)))
      ? [{ from: o, to, sentence: s }]
      : [];
  }
  // "Phó Thủ tướng đến thăm tỉnh Kon Tum, ghi nhận … các địa phương láng giềng của Lào": a trip
  // at home names no country abroad as its goal.
  // ("làm việc với lãnh đạo hai tỉnh Gia Lai và Kon Tum về việc … các tỉnh láng giềng của
  // Campuchia": the hosts met at home, named after their leaders.)
  const atHomeHost = dests.find(
    (m) =>
      m.entry.country === o.entry.country &&
      m.headToken > cue.end &&
      (m.headToken <= cue.end + 3 || hostsNamedAfter(s, cue.end + 1, m.headToken)),
  );
  // ("đã có mặt tại Cửa khẩu X, tỉnh A để …": present at a place of its own country.)
  const errand = presentOnErrand(s, cue);
  const domestic =
    atHomeHost !== undefined ||
    dests.some(
      (m) => m.entry.country === o.entry.country && (m.headToken <= cue.end + 3 || errand),
    );
  // ("Làm việc với lãnh đạo tỉnh Gia Lai, Phó Thủ tướng đánh giá cao … với tỉnh Ratanakiri": a
  // place of the clause after the hosts at home is what was said, not a goal.)
  const saidAfter = atHomeHost ? commaFrom(s, atHomeHost.lastToken + 1) : -1;
  if (saidAfter > 0)
    to = to.filter((t) => !dests.some((m) => m.entry === t.entry && m.headToken > saidAfter));
  // "Tỉnh B (đã) đón đoàn tỉnh A sang thăm": the host stands before the delegation.
  // "Đoàn công tác tỉnh A đã cùng đoàn công tác tỉnh B tiến hành khảo sát": a delegation travels
  // too, so it hosts nobody.
  if (to.length === 0 && dStart > from) {
    const hosts = s.mentions.filter(
      (m) =>
        m.headToken >= from &&
        m.lastToken < dStart &&
        m.entry.country !== o.entry.country &&
        !formerPost(s, m) &&
        !isDelegationOf(s, m, from) &&
        !locatedSeat(s, m) &&
        // ("… giữa hai tỉnh A - B, Đoàn đại biểu cấp cao hai tỉnh A - B đã đến …": one of the
        // joint delegation's own homes.)
        !pairedWithin(s, m, o, dStart, cue.start),
    );
    // ("Viêng Chăn (TTXVN) - Nhận lời mời của tỉnh B, đoàn … tỉnh A sang thăm …": the bureau filed
    // the report and the inviter hosts; a dateline hosts only where no other place stands there.)
    const host = hosts.find((m) => !isDateline(s, m)) ?? hosts[0];
    if (host) to = isInviter(s, host) ? invitingHosts(s, host, o) : [local(host)];
  }
  if (to.length === 0 && escort && escort.host.entry.country !== o.entry.country)
    to = [local(escort.host)];
  // "trước khi rời Việt Nam": leaving a country names no place of it as a destination.
  if (to.length === 0 && !cue.locatedOnly && wordAt(s, cue.start) !== 'rời' && !domestic)
    to = namedCountryPlaces(tt, s, o, cue.end + 1, new Set([...others, ...stretch]));
  // "Ảnh: Bộ trưởng … làm việc với ngài …, Bộ trưởng Bộ Du lịch Campuchia" after the guests' trip to
  // a place of the minister's own country: met there, not in the guests' country.
  // ("Thứ trưởng Bộ Quốc phòng Lào tặng hoa chúc mừng Trung tướng …, QĐND Việt Nam" at a ceremony
  // the lead set in a Lao province: the guest greeted there.)
  const metAtHome =
    ['làm', 'chúc'].includes(wordAt(s, cue.start)) &&
    ((ctx.lastTo ?? []).some((t) => t.entry.country === o.entry.country) ||
      ctx.frameVenue?.country === o.entry.country);
  // "Đoàn đang có chuyến thăm, làm việc tại Việt Nam …": a country only, whose capital stands for
  // it unless the article names the places the trip went to (geocode-article.ts).
  let toCountry = false;
  // ("Hiến binh Hoàng gia Campuchia … tham gia diễu binh … tại Việt Nam", "dự hội nghị tại Lào": a
  // national side at an event placed only in a country.)
  const inCountry =
    cue.locatedOnly === true && o.level === 'national' && locatedInCountry(s, cue.end);
  if (
    to.length === 0 &&
    (!cue.locatedOnly || inCountry) &&
    (wordAt(s, cue.start) !== 'rời' || leftAtTripEnd(s, cue.end + 1)) &&
    !metAtHome &&
    !domestic
  ) {
    const end = eventObjectEnd(s, cue);
    to = countryDestination(tt, s, gaz, o, cue.end + 1, end);
    // (A national body met there keeps the capital; one that invited the trip does not; nor does
    // the traveller of "Trong chuyến công tác tại Campuchia, đoàn do Thứ trưởng … dẫn đầu …".)
    const comma = wordAt(s, cue.start - 1) === 'chuyến' ? commaFrom(s, cue.end + 1) : -1;
    // (Nor one named in the trip's purpose: "có mặt tại Việt Nam để tham dự hội thảo giữa Văn
    // phòng Quốc hội …".)
    const phrase = phraseText(tt, cue.end + 1, comma > 0 ? Math.min(comma, end) : end);
    const object = phrase.split(OBJECT_END)[0]!;
    const body = nationalBodyIndex(object);
    const unit = to.length > 0 ? unitOfForce(object) : null;
    // (A unit of a national force stands wherever the article places it, else for its country.)
    toCountry = to.length > 0 && (body < 0 || unit !== null);
    const station = unit ? unitStation(tt.text, ctx.mentions, unit, to[0]!.entry.country) : null;
    if (station) {
      to = [local(station)];
      toCountry = false;
    }
    // "Đoàn … Bộ Tư pháp Lào … đã sang Việt Nam dự hội nghị" where the lead held that meeting in a
    // province: it came to the meeting, not to the capital.
    const lead = ctx.leadVenue;
    // (So did "… với sự tham dự của Phó Thủ tướng X, người đang có chuyến thăm Lào": a guest
    // on a trip to the country, at the lead's event there.)
    if (
      toCountry &&
      lead &&
      lead.country === to[0]!.entry.country &&
      (attendsInCountry(phrase) || attendanceBefore(s, cue.start))
    ) {
      to = [{ entry: lead, level: 'local' }];
      toCountry = false;
    }
  }
  // "Đoàn đại biểu tỉnh A (Lào) đã sang dự …" in a provincial paper: crossed over to its province.
  // So did the owner of a trip its host speaks of ("Bà X bày tỏ niềm vui khi chuyến công tác của
  // đoàn … tỉnh B diễn ra …").
  if (to.length === 0) {
    const over = crossedOverTo(s, cue, ctx, Boolean(found?.side && tripTakesPlace(s, cue)));
    if (over && over.entry.country !== o.entry.country) to = [over];
  }
  // "… dẫn Đoàn đại biểu Tạp chí A-lun-may đến làm việc với tỉnh ta": the paper's own province.
  if (to.length === 0) {
    const ours = ourProvince(s, cue.end + 1, clauseEnd(s, cue.end), ctx);
    if (ours && ours.entry.country !== o.entry.country) to = [ours];
  }
  if (to.length === 0 && !speaksOfFuture(s)) {
    const partner = partnerProvince(s, cue.end + 1, o, ctx);
    if (partner) to = [partner];
  }
  // "… đã sang thăm và làm việc tại cả hai tỉnh": the two provinces abroad the paragraph named.
  if (to.length === 0 && atBothProvinces(s, cue.end + 1) && !speaksOfFuture(s))
    to = twoAbroadBefore(s, ctx.mentions, o).map(local);
  // "Đoàn y bác sĩ tỉnh A sang khám bệnh …" in an article about the one place abroad it names:
  // crossed over to it.
  // (A delegation only: "chuyển sang làm rẫy", "mang sang trao tặng" are no trip of its own.)
  if (
    to.length === 0 &&
    wordAt(s, cue.start) === 'sang' &&
    wordAt(s, dStart) === 'đoàn' &&
    !speaksOfFuture(s)
  ) {
    const only = placeAbroadBefore(s, ctx.mentions, o);
    if (only) to = [local(only)];
  }
  // "Đoàn cán bộ Quân đội Hoàng gia Campuchia … đã đến thăm và làm việc tại Bộ CHQS tỉnh".
  // (Only a national body's: a province's delegation would name its own host.)
  if (to.length === 0 && o.level === 'national' && !speaksOfFuture(s)) to = homeFor(s, cue, o, ctx);
  // ("Ninh Bình: Chủ tịch nước Lào thăm chùa Bái Đính" over "… đã đến thăm và lễ Phật tại Chùa
  // Bái Đính": a site with no place of its own stands where the headline's label says.)
  const label = ctx.titleLabel;
  if (
    to.length === 0 &&
    o.level === 'national' &&
    label &&
    label.entry.country !== o.entry.country &&
    !cue.locatedOnly &&
    !speaksOfFuture(s) &&
    s.mentions.every((m) => m.entry.country === o.entry.country || m === label)
  )
    to = [local(label)];
  // "Nhận lời mời của tỉnh B, ông … đã đến tham dự buổi lễ": the trip goes to its inviter.
  if (to.length === 0 && !speaksOfFuture(s)) {
    // "theo lời mời của Ban Tuyên huấn tỉnh A và B": to each host that invited.
    const inviter = s.mentions.find(
      (m) => isInviter(s, m) && m.entry.country !== o.entry.country && !formerPost(s, m),
    );
    if (inviter) to = invitingHosts(s, inviter, o);
  }
  // "Lãnh đạo tỉnh A chúc Tết." (a caption naming no other place) where the lead set the
  // event's venue in another country: the greeting was made there.
  // So does "một đoàn … của tỉnh A sang tham dự": came over to the event the lead placed; and
  // "ông X, Phó Bí thư Tỉnh ủy A đã dự Đại hội": one of another country than the event's place.
  const venue = ctx.leadVenue;
  if (
    to.length === 0 &&
    venue &&
    venue.country !== o.entry.country &&
    (GREETING.has(wordAt(s, cue.start)) ||
      ((attendsOver(s, cue.start) || wordAt(s, cue.start) === 'dự') && namedBefore(s, o, cue)) ||
      // ("Về phía Việt Nam, Đoàn đại biểu cấp cao Đảng và Nhà nước … đã sang dự lễ kỷ niệm": a
      // national delegation, named by no place, came over to the lead's event.)
      (o.level === 'national' &&
        (attendsOver(s, cue.start) || (cameToAttend(s, cue.start) && bodyNamed(s, o, cue))))) &&
    s.mentions.every((m) => m.entry.country === o.entry.country)
  )
    to = [{ entry: venue, level: 'local' }];
  // ("Ở Lào, đoàn famtrip đã ghé thăm …" after "đại diện … đến từ A1, A2 và A3 …": all of them.)
  const together = !named && o === ctx.lastOrigin && (ctx.lastHomes?.length ?? 0) > 1;
  const homes = named ? homesOf(s, o) : together ? ctx.lastHomes! : [o];
  // "đoàn công tác các tỉnh Tây Bắc và TP. A1 do đồng chí X, Phó Chủ tịch UBND tỉnh A2 làm
  // trưởng đoàn": the leader's province went with the delegation it led.
  if (named && o.level === 'local') {
    const led = leaderPlace(s, dStart, cue.start);
    if (led && led.entry.country === o.entry.country && !homes.some((h) => h.entry === led.entry))
      homes.push(local(led));
    // ("Ông X, Giám đốc Sở … tỉnh A1; bà Y, Giám đốc Sở … tỉnh A2 đến tham dự": each one's province.)
    const first = s.mentions.find((m) => m.entry === o.entry && m.lastToken < cue.start);
    for (const m of first && homes.length === 1 ? rolledHomes(s, first, cue.start) : [])
      if (!homes.some((h) => h.entry === m.entry)) homes.push(local(m));
  }
  const placeholder = toCountry ? { atCapital: true as const } : {};
  const out: VisitFinding[] = homes.map((h) => ({ from: h, to, sentence: s, ...placeholder }));
  // "Bộ trưởng Quốc phòng Lào, Campuchia cùng đoàn Việt Nam đã đến … tỉnh B": who goes with the
  // delegation travels too; so does each country of a joint one ("Đoàn công tác liên hợp của Quốc
  // hội ba nước Việt Nam, Lào và Campuchia … làm việc tại tỉnh B").
  const joint =
    o.level === 'national' && named && dStart < cue.start
      ? listedNationalActors(phraseText(tt, dStart, cue.start)).map((c) => national(gaz, c))
      : [];
  for (const c of [
    ...companionsBefore(tt, s, gaz, from, dStart, notTraveller, cue.start),
    ...joint,
  ])
    if (c.entry.id !== o.entry.id && !out.some((v) => v.from.entry.id === c.entry.id)) {
      const named = dests.filter((m) => m.entry.country !== c.entry.country).map(local);
      let to = named.length > 0 ? named : homeFor(s, cue, c, ctx);
      // ("Đại diện lãnh đạo Bộ Quốc phòng của hai nước Việt Nam, Lào đã tới dự chương trình" at
      // the lead's venue in Sơn La: the other country's side of the pair came to it.)
      if (to.length === 0 && venue && venue.country !== c.entry.country && c.level === 'national')
        if (cameToAttend(s, cue.start)) to = [{ entry: venue, level: 'local' }];
      out.push({ from: c, to, sentence: s });
    }
  return out;
}

/**
 * "(Baonghean.vn) - … đoàn cán bộ Quân đội Hoàng gia Campuchia … đã đến thăm và làm việc tại Bộ
 * CHQS tỉnh": the bare "tỉnh" of the cue's object is the paper's province, where a traveller (or
 * its companion) of another country went.
 */
function homeFor(s: SentenceView, cue: Cue, c: Side, ctx: VisitContext): Side[] {
  const home = ctx.home;
  if (!home || home.entry.country === c.entry.country) return [];
  return bareProvinceIn(s, cue.end + 1, clauseEnd(s, cue.end)) ? [local(home)] : [];
}

/**
 * "tại / ở ‹country›" in the clause after token k, not a post's ("Phó Đại sứ … Lào tại Việt Nam",
 * "phóng viên thường trú tại Lào").
 */
function locatedInCountry(s: SentenceView, k: number): boolean {
  for (let j = k + 1; j + 1 < s.t1 && !commaBefore(s, j); j++) {
    if (!LOCATIVE.has(wordAt(s, j)) || countryWordAt(s, j + 1) <= 0) continue;
    for (let b = j - 1; b >= Math.max(k + 1, j - POST_REACH); b--)
      if (POST_WORDS.has(wordAt(s, b))) return false;
    return true;
  }
  return false;
}
// "đại sứ", "lãnh sự", "thường trú" a few words before the country: where someone is posted.
const POST_WORDS = new Set(['sứ', 'sự', 'trú']);
const POST_REACH = 6;

/**
 * "Kết thúc / Sau / Trong / Nhân chuyến thăm B," opening the sentence: a trip noun, its cue and
 * where it went (a place or a country), all before the clause's comma.
 */
function openingTrip(s: SentenceView, cue: Cue): boolean {
  const noun = tripNounAt(s, cue.start);
  // ("Viêng Chăn (TTXVN) - Nhân chuyến thăm …": the clause opens after the dateline.)
  if (noun < 0 || !TRIP_OPENERS_WORDS.has(phraseText(s.tt, afterDateline(s), noun))) return false;
  const comma = commaFrom(s, cue.end + 1);
  if (comma < 0) return false;
  if (s.mentions.some((m) => m.firstToken > cue.end && m.firstToken < comma)) return true;
  for (let k = cue.end + 1; k < comma; k++) if (countryWordAt(s, k) > 0) return true;
  return false;
}
const TRIP_OPENERS_WORDS = new Set(['kết thúc', 'sau', 'trong', 'nhân', 'qua']);

/**
 * "Kết thúc chuyến thăm, chúc Tết … tại Vương quốc Campuchia, chiều 11-4, đoàn cán bộ … của tỉnh
 * A …": where the opening trip clause (its verbs listed with commas) names no traveller, the
 * place of the delegation that opens the main clause, past at most one short time clause.
 */
function openingDelegation(s: SentenceView, cue: Cue): Mention | null {
  const noun = tripNounAt(s, cue.start);
  if (noun < 0 || !TRIP_OPENERS_WORDS.has(phraseText(s.tt, afterSourceTag(s), noun))) return null;
  // The clause ends at the first comma that no further trip verb follows ("thăm, chúc Tết").
  let k = commaFrom(s, cue.end + 1);
  while (k >= 0 && SERIES_NEXT.has(wordAt(s, k))) k = commaFrom(s, k + 1);
  for (let clause = 0; k >= 0 && clause < 2; clause++) {
    if (wordAt(s, k) === 'đoàn') return delegationPlace(s, k) ?? null;
    // ("chiều 11-4,": a time clause before the subject.)
    const next = commaFrom(s, k + 1);
    if (next < 0 || next - k > TIME_CLAUSE_WORDS) return null;
    k = next;
  }
  return null;
}
/** The first token after a paper's tag opening the sentence ("(GLO)- ", "(PLO) - "), else the dateline's. */
function afterSourceTag(s: SentenceView): number {
  const tag = SOURCE_TAG.exec(s.tt.text.slice(s.span[0], s.span[0] + SOURCE_TAG_CHARS));
  if (!tag) return afterDateline(s);
  let k = s.t0;
  while (k < s.t1 && s.tt.tokens[k]!.start < s.span[0] + tag[0].length) k++;
  return k;
}
const SOURCE_TAG = /^\(\p{Lu}{2,10}\)\s*[-–—]\s*/u;
const SOURCE_TAG_CHARS = 20;
// First words of a trip verb that continues a series after a comma ("thăm, chúc Tết, làm việc").
const SERIES_NEXT = new Set(['chúc', 'làm', 'thăm', 'khảo', 'tặng']);
const TIME_CLAUSE_WORDS = 4;

/**
 * The place in "do ‹leader and titles› dẫn đầu / làm trưởng đoàn" between tokens a and b: the
 * leader's own (not a post "tại B" he holds abroad), else null.
 */
function leaderPlace(s: SentenceView, a: number, b: number): Mention | null {
  let by = -1;
  for (let k = a; k < b; k++) if (wordAt(s, k) === 'do') by = k;
  if (by < 0) return null;
  let end = b;
  while (end > by && LEAD_TAIL.has(wordAt(s, end - 1))) end--;
  const leads =
    wordsAt(s, end - 2, ['dẫn', 'đầu']) || wordsAt(s, end - 3, ['làm', 'trưởng', 'đoàn']);
  if (!leads) return null;
  const m = s.mentions.find((x) => x.firstToken > by && x.lastToken < b);
  return !m || [1, 2].some((d) => LOCATIVE.has(wordAt(s, m.firstToken - d))) ? null : m;
}

// Words between "dẫn đầu" and the trip's verb ("… làm trưởng đoàn đã đến chào xã giao").
const LEAD_TAIL = new Set(['đã', 'vừa', 'đang', 'cũng', 'đến', 'sang', 'tới']);

/** "N đoàn" followed, before the cue, by N places named: one delegation of each, no tally. */
function oneEach(s: SentenceView, counted: string, a: number, b: number): boolean {
  if (!/^\d+$/.test(counted)) return false;
  const named = new Set(
    s.mentions.filter((m) => m.firstToken > a && m.lastToken < b).map((m) => m.entry.iso),
  );
  return named.size > 1 && named.size === Number(counted);
}

/** The first token past a dateline opening the sentence ("Viêng Chăn (TTXVN) - "), else t0. */
function afterDateline(s: SentenceView): number {
  const m = s.mentions[0];
  if (!m || m.firstToken !== s.t0 || !isDateline(s, m)) return s.t0;
  const { text, tokens } = s.tt;
  const dash = /[-–—]/u.exec(text.slice(m.span[1], m.span[1] + DATELINE_TAIL));
  if (!dash) return s.t0;
  const past = m.span[1] + dash.index + 1;
  let k = m.lastToken + 1;
  while (k < s.t1 && tokens[k]!.start < past) k++;
  return k < s.t1 ? k : s.t0;
}
// How far past the place a dateline's dash may stand ("Viêng Chăn (TTXVN) - ").
const DATELINE_TAIL = 30;

/** The subject that opens the clause after token k's: a national body, or a place at its start. */
function subjectAfterClause(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  k: number,
  skip: (m: Mention) => boolean,
): Side | null {
  let e = k;
  while (e < s.t1 && !commaBefore(s, e)) e++;
  if (e >= s.t1) return null;
  // ("…, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố A …": a membership before the title
  // that says whose leader he is.)
  for (let n = 0; n < MEMBERSHIPS && ['ủy', 'uỷ'].includes(wordAt(s, e)); n++) {
    const next = commaFrom(s, e + 1);
    if (wordAt(s, e + 1) !== 'viên' || next < 0 || next > e + MEMBERSHIP_WORDS) break;
    e = next;
  }
  const text = phraseText(tt, e, s.t1);
  // ("…, Trưởng Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào X đánh giá …": a title first.)
  const body = nationalBodyIndex(text);
  if (body === 0 || (body > 0 && body <= TITLE_REACH && !/[,;]/.test(text.slice(0, body)))) {
    const c = nationalActorNear(text);
    return c ? national(gaz, c) : null;
  }
  const m = s.mentions.find((x) => x.firstToken >= e && x.firstToken < e + SUBJECT_REACH);
  return m && !skip(m) ? local(m) : null;
}
const SUBJECT_REACH = 5;
// How many memberships may come before the title, and how long each may be.
const MEMBERSHIPS = 2;
const MEMBERSHIP_WORDS = 12;
// How far a leader's title may run before the national body it belongs to (in characters).
const TITLE_REACH = 40;

/** The actors before "cùng đoàn …": one place, or the countries of a national body's title. */
function companionsBefore(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  from: number,
  dStart: number,
  skip: (m: Mention) => boolean,
  cueStart: number,
): Side[] {
  let k = dStart - 1;
  // "Đại diện Chính phủ Campuchia cùng lãnh đạo các tỉnh A, B … đã sang …": no delegation word;
  // a national body before "cùng" and the first place.
  if (k <= from || wordAt(s, k) !== 'cùng') {
    const first = s.mentions.find((m) => m.firstToken >= from && m.lastToken < cueStart);
    k = -1;
    for (let j = from + 1; first && j < first.firstToken; j++) if (wordAt(s, j) === 'cùng') k = j;
    if (k < 0) return [];
    const lead = actorIn(tt, s, gaz, afterInvitation(s, from, k), k, skip);
    return lead?.level === 'national' ? [lead] : [];
  }
  const a = afterInvitation(s, from, k);
  const lead = actorIn(tt, s, gaz, a, k, skip);
  if (!lead || lead.level !== 'national') return lead ? [lead] : [];
  const phrase = phraseText(tt, a, k);
  // ("… chào xã giao Đại sứ quán Việt Nam tại Lào, đồng chí X … cùng đoàn … đã tới …": a mission
  // at its post, greeted or going along, has made no trip.)
  if (envoyFirst(phrase)) return [];
  const at = nationalBodyIndex(phrase);
  const countries = new Set(countryWords(phrase.slice(Math.max(at, 0))).map((w) => w.country));
  return [
    lead,
    ...[...countries].filter((c) => c !== lead.entry.country).map((c) => national(gaz, c)),
  ];
}

/**
 * Where the words a cue governs end: "Tại các buổi làm việc với lãnh đạo bốn tỉnh, Tổng Lãnh sự …
 * chúc mừng … Lào": a meeting named as an event ends its object at the comma; else the sentence end.
 */
function eventObjectEnd(s: SentenceView, cue: Cue): number {
  if (!EVENT_NOUN.has(wordAt(s, cue.start - 1))) return s.t1;
  const comma = commaFrom(s, cue.end + 1);
  return comma < 0 ? s.t1 : comma;
}

const EVENT_NOUN = new Set(['buổi', 'cuộc']);

/**
 * "Tổng Lãnh sự quán … (cơ quan phụ trách lãnh sự tại A1, A2, A3 và A4)": the places a body is
 * in charge of, named in its description, are none of its homes.
 */
function inChargeOf(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b > Math.max(s.t0, m.headToken - IN_CHARGE_REACH); b--) {
    if (wordAt(s, b) !== 'trách' || wordAt(s, b - 1) !== 'phụ') continue;
    // (Not past the description's end: "(phụ trách A1, A2), đoàn tỉnh B …".)
    return !/[);]/u.test(s.tt.text.slice(s.tt.tokens[b]!.end, m.span[0]));
  }
  return false;
}
// "phụ trách lãnh sự tại A1, A2, A3, A4, A5 và A6": the list may be long.
const IN_CHARGE_REACH = 16;

/**
 * Where "chuyến" stands before the cue at `start` ("chuyến thăm", "chuyến sang thăm"), or "dịp"
 * after "nhân / trong" ("Nhân dịp sang thăm và chúc Tết tỉnh B, đoàn …"), else -1.
 */
export function tripNounAt(s: SentenceView, start: number): number {
  const b = TO_PARTNER.has(wordAt(s, start - 1)) ? start - 2 : start - 1;
  const w = wordAt(s, b);
  if (w === 'chuyến') return b;
  // "chuyến xe hữu nghị thăm Lào và Campuchia của Đoàn …", "chuyến đi thăm …": the trip named by
  // how it travels, then its verb.
  const how = TRIP_MEANS.find((ws) => wordsAt(s, b - ws.length + 1, ws));
  if (how && wordAt(s, b - how.length) === 'chuyến') return b - how.length;
  return w === 'dịp' && ['nhân', 'trong'].includes(wordAt(s, b - 1)) ? b : -1;
}
// Motion words between the trip noun and its verb ("chuyến sang thăm", "dịp đến thăm").
const TO_PARTNER = new Set(['sang', 'đến', 'tới']);
// How a trip travels, between "chuyến" and its verb ("chuyến xe hữu nghị thăm", "chuyến đi thăm").
const TRIP_MEANS: readonly string[][] = [['xe', 'hữu', 'nghị'], ['xe'], ['đi']];

/**
 * A trip noun before the cue at `start`, or "chương trình" ("Nằm trong chương trình công tác của
 * đoàn … tại B": a delegation's programme there is its trip).
 */
function tripNounBefore(s: SentenceView, start: number): boolean {
  return tripNounAt(s, start) >= 0 || wordsAt(s, start - 2, ['chương', 'trình']);
}
const STRETCH = /biên giới[^,;.]*(?:đoạn|địa phận)[^,;.]*$/u;
const PAIR_GAP = /^\s*(?:và|,)\s*(?:tỉnh\s+)?$/u;

/**
 * "kiểm tra cột mốc trên tuyến biên giới … đoạn qua địa phận hai tỉnh Gia Lai và Ratanakiri": the
 * provinces of two countries that share a stretch of border, walked from one side, no goal.
 */
function borderStretch(s: SentenceView, cue: Cue, dests: Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const m of dests) {
    if (!STRETCH.test(phraseText(s.tt, cue.end + 1, m.headToken))) continue;
    const next = s.mentions.find((x) => x.headToken > m.lastToken);
    const gap = next ? s.tt.text.slice(m.span[1], next.span[0]) : '';
    if (next && next.entry.country !== m.entry.country && PAIR_GAP.test(gap)) {
      out.add(m);
      out.add(next);
    }
  }
  return out;
}

// The words between a meeting verb and the places of its hosts ("với lãnh đạo hai tỉnh A và B").
const HOSTS_GLUE = new Set(['với', 'lãnh', 'đạo', 'hai', 'ba', 'các', 'tỉnh', 'thành', 'phố']);
const HOSTS_REACH = 6;

function hostsNamedAfter(s: SentenceView, a: number, head: number): boolean {
  if (head - a > HOSTS_REACH || wordAt(s, a) !== 'với') return false;
  for (let k = a; k < head; k++) if (!HOSTS_GLUE.has(wordAt(s, k))) return false;
  return true;
}
// Last words of the verbs a speaker judges a trip with ("cho rằng", "đánh giá cao", "khẳng định",
// "nhấn mạnh", "hoan nghênh", "vui mừng") right before "chuyến".
const JUDGING = new Set(['rằng', 'cao', 'giá', 'định', 'mạnh', 'nghênh', 'mừng']);

/** "thảo luận về (:) chuyến …", "chuẩn bị cho chuyến …": the trip noun at k is what is discussed. */
function topicOf(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k - 1);
  if (w !== 'về' && w !== 'cho') return false;
  const verb = `${wordAt(s, k - 3)} ${wordAt(s, k - 2)}`;
  return w === 'về' ? DISCUSSING.has(verb) || wordAt(s, k - 2) === 'bàn' : verb === 'chuẩn bị';
}
const DISCUSSING = new Set(['thảo luận', 'bàn bạc', 'trao đổi', 'chuẩn bị']);
// ("trước chuyến thăm", "trước thềm chuyến thăm": before the trip, not on it.)
const BEFORE_TRIP = new Set(['trước', 'thềm']);
const SENDS = new Set(['cử', 'lập']);

/**
 * "Được sự ủy quyền của Bộ CHQS tỉnh A, Đội 584 … đã lập các đoàn …", "Thay mặt … tỉnh A, …": the
 * body the senders act for, named in an opening clause before token `send`.
 */
function behalfOf(s: SentenceView, send: number): Mention | null {
  for (let k = s.t0; k + 1 < send; k++) {
    const opens =
      wordsAt(s, k, ['thay', 'mặt']) ||
      ((wordAt(s, k) === 'ủy' || wordAt(s, k) === 'uỷ') && wordAt(s, k + 1) === 'quyền');
    if (!opens) continue;
    const comma = commaFrom(s, k + 2);
    const end = comma < 0 || comma > send ? send : comma;
    return s.mentions.find((m) => m.firstToken > k && m.lastToken < end) ?? null;
  }
  return null;
}

/**
 * The places listed at the sentence's start before "là", when a relative "mà" at token `rel`
 * follows them ("A, B rồi C là ba địa phương … mà …"); else none.
 */
function cleftPlaces(s: SentenceView, rel: number): Mention[] {
  const first = s.mentions[0];
  if (!first || first.firstToken > s.t0 + 1) return [];
  const list = listFrom(s, first.headToken);
  const is = list[list.length - 1]!.lastToken + 1;
  return wordAt(s, is) === 'là' && is < rel ? list : [];
}

/** "Trước đó, ông đã …": where a bare "ông" / "bà" opens its clause between tokens a and b, or -1. */
function pronounSubject(s: SentenceView, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const w = wordAt(s, k);
    if (w !== 'ông' && w !== 'bà') continue;
    if (k !== s.t0 && !commaBefore(s, k)) continue;
    // The name would follow at once; a bare pronoun is followed by its verb or an adverb.
    const next = wordAt(s, k + 1);
    if (k + 1 === b || PRONOUN_NEXT.has(next)) return k;
  }
  return -1;
}
const PRONOUN_NEXT = new Set(['đã', 'cũng', 'vừa', 'sau', 'tiếp', 'lần']);

/** "đối với", "về công tác / việc / vấn đề …" between tokens a and b: what is spoken of. */
function topicBetween(s: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (wordAt(s, k) === 'đối' && wordAt(s, k + 1) === 'với') return true;
    if (wordAt(s, k) === 'về' && TOPIC_NOUNS.has(wordAt(s, k + 1))) return true;
  }
  return false;
}

const TOPIC_NOUNS = new Set(['công', 'việc', 'vấn', 'tình', 'quan', 'hợp', 'kết']);
// How close before the cue the traveller's unnamed "tỉnh" stands ("lãnh đạo tỉnh sang thăm").
const BARE_REACH = 3;
const GREETING = new Set(['chúc', 'thăm', 'tặng']);
const AT_EVENT = new Set(['tại', 'trong', 'sau', 'qua']);

/**
 * "(Cũng) tại (các) buổi chúc Tết …, X …": a cue inside an event named as a time or place; where
 * its words end (the first comma not followed by another place of a list), else -1.
 */
function atEvent(s: SentenceView, cue: Cue): number {
  if (!EVENT_NOUN.has(wordAt(s, cue.start - 1))) return -1;
  const b = wordAt(s, cue.start - 2) === 'các' ? cue.start - 3 : cue.start - 2;
  return AT_EVENT.has(wordAt(s, b)) ? commaAfterList(s, cue.end + 1) : -1;
}

// Words between "rời" and the place left ("rời sân bay A", "rời cửa khẩu X của tỉnh A").
const LEFT_VIA = new Set(['sân', 'bay', 'cảng', 'ga', 'cửa', 'khẩu', 'quốc', 'tế', 'của']);
const LEFT_REACH = 8;

/**
 * "Rời sân bay Savannakhet, Thủ tướng … đã đến …", "Rời cửa khẩu Nong Nokkhien của tỉnh A, chúng
 * tôi …": the place left is no traveller's home (a gate's own name may stand between).
 */
function leftBehind(s: SentenceView, m: Mention): boolean {
  // ("Theo lịch trình, sau Ratanakiri, đoàn tiếp tục đến …": the stop before, as with "rời".)
  if (wordAt(s, m.firstToken - 1) === 'sau' && commaBefore(s, m.lastToken + 1)) return true;
  const capital = (k: number) => k >= s.t0 && isCapitalised(s.tt.text, s.tt.tokens[k]!);
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - LEFT_REACH); b--) {
    if (wordAt(s, b) === 'rời') return true;
    if (commaBefore(s, b + 1)) return false;
    const named = LEFT_VIA.has(wordAt(s, b - 1)) || capital(b - 1);
    if (!LEFT_VIA.has(wordAt(s, b)) && !(capital(b) && named)) return false;
  }
  return false;
}

/** m, or the list it ends, receives gifts ("tặng quà cho Tỉnh Đoàn B1, B2"). */
function giftedTo(s: SentenceView, m: Mention): boolean {
  const head = listHead(s, m);
  for (let k = head.firstToken - 1; k >= Math.max(s.t0, head.firstToken - GIFT_REACH); k--)
    // ("thăm tặng qua cho …": a letter dropped is still a gift.)
    if (wordAt(s, k) === 'cho' && (GIFT.has(wordAt(s, k - 1)) || wordAt(s, k - 2) === 'tặng'))
      return true;
  return false;
}
// From "cho" to the recipient's place ("cho Tỉnh Đoàn", "cho Bộ Chỉ huy Quân sự tỉnh").
const GIFT_REACH = 6;
const GIFT = new Set(['quà', 'tặng', 'vật']);

/** Place m named with the traveller's as a pair ("hai tỉnh A - B") between tokens a and b. */
function pairedWithin(s: SentenceView, m: Mention, o: Side, a: number, b: number): boolean {
  const inside = (x: Mention) => x.firstToken >= a && x.lastToken < b;
  return s.mentions.some(
    (x) =>
      x.entry.id === m.entry.id &&
      inside(x) &&
      s.mentions.some(
        (y) =>
          y.entry.id === o.entry.id &&
          inside(y) &&
          JOINT_GAP.test(s.tt.text.slice(y.span[1], x.span[0])),
      ),
  );
}
const JOINT_GAP = /^\s*[-–]\s*(?:tỉnh\s+)?$/u;

/** "sang dự", "sang tham dự" at token k: crossing over to attend. */
function attendsOver(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'sang') return false;
  return wordAt(s, k + 1) === 'dự' || wordsAt(s, k + 1, ['tham', 'dự']);
}

/**
 * "Đoàn đại biểu Bộ Quốc phòng Lào đã tới dự hội nghị": the cue at k is the "dự" (or "tham dự")
 * of an arrival to attend; at the lead's venue abroad, the national side came to it.
 */
function cameToAttend(s: SentenceView, k: number): boolean {
  return (wordAt(s, k) === 'dự' || wordsAt(s, k, ['tham', 'dự'])) && ARRIVALS.has(wordAt(s, k - 1));
}
const ARRIVALS = new Set(['tới', 'đến']);

/**
 * The national side `o` named by its body and its country before the cue ("Đoàn … Bộ Quốc phòng
 * Lào đã tới"; not "Bà con kiều bào … tới dự", the country's people living there).
 */
function bodyNamed(s: SentenceView, o: Side, cue: Cue): boolean {
  const phrase = phraseText(s.tt, s.t0, cue.start);
  return (
    nationalActorNear(phrase) === o.entry.country &&
    countryWords(phrase).some((w) => w.country === o.entry.country)
  );
}

// "Việt Nam dự …", "nước bạn Lào để tham dự …": the country, then the event it came to attend.
// ("sang nước Cộng hòa dân chủ nhân dân Lào và tham dự Hội nghị …": the state's full name, then
// the errand after "và".)
const ATTEND_IN_COUNTRY =
  /^(?:(?:nước|vương quốc)\s+(?:bạn\s+)?)?(?:(?:cộng hòa|dân chủ|nhân dân|xã hội|chủ nghĩa|chdcnd|chxhcn)\s+)*(?:\p{L}+\s+){1,2}?(?:và\s+)?(?:để\s+)?(?:tham\s+)?dự\s/u;

/** The trip's object is a country the traveller came to attend an event in. */
function attendsInCountry(object: string): boolean {
  const m = ATTEND_IN_COUNTRY.exec(object);
  return m !== null && countryWords(m[0]).length > 0;
}

/**
 * "… đã rời Việt Nam, kết thúc chuyến thăm 3 ngày": the country left at the end of the trip the
 * sentence tells is where it went (not "trước khi rời Việt Nam, … thăm B", a stop before leaving).
 */
function leftAtTripEnd(s: SentenceView, k: number): boolean {
  const comma = commaFrom(s, k);
  if (comma < 0 || comma > k + LEFT_PLACE_WORDS) return false;
  const j = wordsAt(s, comma, ['kết', 'thúc']) ? comma + 2 : -1;
  return j > 0 && (wordAt(s, j) === 'chuyến' || wordsAt(s, j, ['tốt', 'đẹp', 'chuyến']));
}
// "rời nước Cộng hòa dân chủ nhân dân Lào,": the longest name of a country left.
const LEFT_PLACE_WORDS = 9;

const TIMES = new Set([
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'nhiều',
  'vài',
  'mấy',
]);

/**
 * "… đã đưa đoàn khách du lịch sang tỉnh B", "đi xe khách từ A sang B": tourists, passengers or a
 * coach, whose journey is nobody's visit (not "đoàn cán bộ … cùng nhiều du khách", a delegation
 * that leads them).
 */
function touristsBefore(s: SentenceView, from: number, cue: number): boolean {
  let tourists = false;
  for (let k = Math.max(from, s.t0); k + 1 < cue; k++) {
    const w = wordAt(s, k);
    const next = wordAt(s, k + 1);
    if (w === 'đoàn' && next !== 'khách') return false;
    if (w === 'khách' && (next === 'du' || next === 'tham')) tourists = true;
    if ((w === 'du' || w === 'hành' || w === 'xe') && next === 'khách') tourists = true;
  }
  return tourists;
}

/** The traveller is a place the sentence names before the cue ("đoàn … của tỉnh A sang dự"). */
function namedBefore(s: SentenceView, o: Side, cue: Cue): boolean {
  return s.mentions.some((m) => m.entry === o.entry && m.lastToken < cue.start);
}

/** "(tại) (cả) hai tỉnh" after the cue (that names no place, or it would have been found). */
function atBothProvinces(s: SentenceView, a: number): boolean {
  let k = ['tại', 'ở'].includes(wordAt(s, a)) ? a + 1 : a;
  if (wordAt(s, k) === 'cả') k++;
  return wordsAt(s, k, ['hai', 'tỉnh']);
}

/** The two places outside the traveller's country the paragraph names before s, else none. */
function twoAbroadBefore(s: SentenceView, mentions: readonly Mention[], o: Side): Mention[] {
  const out: Mention[] = [];
  for (const m of paragraphBefore(s, mentions))
    if (m.entry.country !== o.entry.country && !out.some((x) => x.entry === m.entry)) out.push(m);
  return out.length === 2 ? out : [];
}

/** The mentions of s's paragraph that stand before s. */
function paragraphBefore(s: SentenceView, mentions: readonly Mention[]): Mention[] {
  const start = s.tt.text.lastIndexOf('\n', s.span[0] - 1) + 1;
  return mentions.filter((m) => m.span[0] >= start && m.span[1] <= s.span[0]);
}

/**
 * The one province outside the traveller's country that the paragraph names before the sentence,
 * else that the whole article names ("… có mặt ở điểm khám thuộc huyện X, tỉnh B. … hay tin đoàn
 * … sang khám bệnh …" in an article that names other places abroad too).
 */
function placeAbroadBefore(s: SentenceView, mentions: readonly Mention[], o: Side): Mention | null {
  return onlyPlaceAbroad(paragraphBefore(s, mentions), o) ?? onlyPlaceAbroad(mentions, o);
}

/** The one province the mentions name outside the traveller's country, if they name just one. */
function onlyPlaceAbroad(mentions: readonly Mention[], o: Side): Mention | null {
  let only: Mention | null = null;
  for (const m of mentions) {
    if (m.entry.country === o.entry.country) continue;
    if (only && only.entry.iso !== m.entry.iso) return null;
    only ??= m;
  }
  return only;
}

/**
 * "… đã sang dự …" with no place after the cue: the province the article is written from, which
 * the traveller crossed over to (also when `owned`: a trip its host speaks of).
 */
function crossedOverTo(s: SentenceView, cue: Cue, ctx: VisitContext, owned = false): Side | null {
  if (!(wordAt(s, cue.start) === 'sang' || owned) || !ctx.home || speaksOfFuture(s)) return null;
  // ("… khi hay tin đoàn thanh niên tình nguyện Việt Nam sang Lào" in a paper written from a
  // Vietnamese city: over to the country named, not to the paper's home.)
  const named = clauseCountry(s.tt, s, cue.start);
  return named && named !== ctx.home.entry.country ? null : local(ctx.home);
}

/** "chuyến công tác của đoàn … diễn ra vào …": the trip itself is the clause's subject. */
function tripTakesPlace(s: SentenceView, cue: Cue): boolean {
  for (let k = cue.end + 1; k + 1 < s.t1 && !commaBefore(s, k); k++)
    if (wordsAt(s, k, ['diễn', 'ra'])) return true;
  return false;
}

/** The country the clause from token `from` (up to its comma) says the trip went to, if any. */
function clauseCountry(tt: TokenizedText, s: SentenceView, from: number): CountryCode | undefined {
  const end = commaFrom(s, from);
  const to = TO_COUNTRY.exec(phraseText(tt, from, end < 0 ? s.t1 : end));
  return to ? countryWords(to[1]!)[0]?.country : undefined;
}
const TO_COUNTRY = new RegExp(
  String.raw`(?:^|\s)(?:tại|sang|tới|đến|ở)\s+${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

/**
 * "một đoàn …" before the cue: a group the sentence introduces ("một đoàn khác của tỉnh" is one
 * more of the province's own).
 */
function newGroupBefore(s: SentenceView, cue: number): boolean {
  for (let k = s.t0; k + 1 < cue; k++)
    if (wordsAt(s, k, ['một', 'đoàn']) && wordAt(s, k + 2) !== 'khác') return true;
  return false;
}

/** "hai tỉnh A và B" in tokens [a, b), A the origin: B, when of another country. */
function bothProvinces(s: SentenceView, a: number, b: number, o: Side): Mention | null {
  const i = s.mentions.findIndex(
    (m) =>
      m.firstToken >= a && m.entry === o.entry && wordsAt(s, m.firstToken - 2, ['hai', 'tỉnh']),
  );
  const next = i >= 0 ? s.mentions[i + 1] : undefined;
  if (!next || next.lastToken >= b || next.entry.country === o.entry.country) return null;
  return wordAt(s, next.firstToken - 1) === 'và' && next.firstToken === s.mentions[i]!.lastToken + 2
    ? next
    : null;
}

/** Whether the origin's place is named only before the team word at token `team`. */
function namedBeforeTeam(s: SentenceView, origin: Side, team: number): boolean {
  return (
    origin.level === 'local' &&
    s.mentions.every((m) => m.entry !== origin.entry || m.lastToken < team)
  );
}

/** "… với sự tham dự của …" before token k: the event's guests are being named. */
function attendanceBefore(s: SentenceView, k: number): boolean {
  for (let b = s.t0; b + 3 < k; b++)
    if (wordsAt(s, b, ['sự', 'tham', 'dự', 'của']) || wordsAt(s, b, ['sự', 'có', 'mặt', 'của']))
      return true;
  return false;
}

// Where the words of a trip's goal end: the inviter, or the trip's purpose.
const OBJECT_END = / theo lời mời | để | nhằm /u;

/**
 * The located places before a cue: "Tại tỉnh B, Đoàn … tỉnh A thăm …". Each place of a located
 * list counts ("tại hai tỉnh B1 và B2, đoàn quy tập … tỉnh A đã quy tập được …": the first alone
 * follows "tại").
 */
function frontedVenues(s: SentenceView, before: Mention[], cueStart: number): Mention[] {
  const out: Mention[] = [];
  for (const m of before) {
    if (out.includes(m) || !atVenue(s, m) || semicolonIn(s, m.lastToken, cueStart)) continue;
    // ("tại thành phố C, tỉnh B": the city already stands for its province.)
    if (out.some((o) => o.entry.parent === m.entry.id)) continue;
    for (const x of withListed(s, m)) if (before.includes(x) && !out.includes(x)) out.push(x);
  }
  return out;
}

/**
 * A place listed after the venue of an event held ("diễn ra … tại tỉnh A (Việt Nam) và tỉnh B
 * (Lào)", "được tổ chức tại A và B"): a venue too, no traveller.
 */
function venueListed(s: SentenceView, m: Mention): boolean {
  const head = listHead(s, m);
  if (head === m || !isLocated(s, head)) return false;
  for (let k = head.firstToken - 1; k >= Math.max(s.t0, head.firstToken - HELD_REACH); k--)
    if (wordsAt(s, k, ['diễn', 'ra']) || wordsAt(s, k, ['được', 'tổ', 'chức'])) return true;
  return false;
}
// From "diễn ra" to the venue, past the dates ("diễn ra từ ngày 27 đến 30/9 tại tỉnh A").
const HELD_REACH = 10;

/** "đoàn (công tác) của nước bạn sang …", "đoàn của bạn sang …": the delegation is the partner's. */
function friendsDelegation(s: SentenceView, cue: number): boolean {
  const at = Math.max(s.t0, cue - FRIENDS_REACH);
  for (let k = cue - 1; k > at; k--) {
    if (wordAt(s, k) !== 'bạn') continue;
    const owner = wordAt(s, k - 1) === 'nước' ? k - 2 : k - 1;
    if (wordAt(s, owner) !== 'của') return false;
    for (let d = owner - 1; d >= at; d--) if (wordAt(s, d) === 'đoàn') return true;
    return false;
  }
  return false;
}
const FRIENDS_REACH = 8;

/** The one place of another country than Vietnam's the article has named before s, if one. */
function partnerOfHome(ctx: VisitContext, s: SentenceView): Side | null {
  const only = onlyEarlierPlace(ctx, s, (m) => m.entry.country !== 'VN');
  return only ? { entry: only, level: 'local' } : null;
}
