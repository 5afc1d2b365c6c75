// Reverse readings: "Lãnh đạo tỉnh B … tiếp / đón Đoàn … tỉnh A"; the receiver's home is the venue.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import {
  consulCountry,
  COUNTRY_ALT,
  countryWords,
  envoyFirst,
  nationalActorCountry,
  STATE_OF,
} from './actors.ts';
import type { Mention } from './find-places.ts';
import { venueIn } from './frame-venue.ts';
import { frontedReception } from './fronted-reception.ts';
import { bareProvinceIn } from './home.ts';
import { personCountry, personPlace } from './people.ts';
import {
  atGate,
  commaAfterList,
  commaFrom,
  inRelation,
  isDateline,
  LOCATIVE,
  phraseText,
  semicolonIn,
  TOWARDS,
  wordAt,
  wordIn,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import type { TokenizedText } from './tokens.ts';
import {
  commaBefore,
  delegationOpening,
  guestAfterCue,
  guestsFrom,
  guestWord,
  passiveBefore,
  thanksBefore,
  type Cue,
  TOWARDS_WITH,
} from './visit-cues.ts';
import { clauseEnd as clauseClose } from './visit-destinations.ts';
import { isDelegationOf } from './visit-travellers.ts';
import { partnerGroup } from './visit-groups.ts';
import { wordsBetween } from './place-words.ts';
import {
  goneTo,
  actorIn,
  atVenue,
  fallbackOrigin,
  followedByCountry,
  isLocated,
  leaderTitleOnly,
  severalOfFollowed,
  local,
  locatedSeat,
  national,
  type Side,
  type VisitContext,
  type VisitFinding,
  listedAcross,
  listedUpTo,
  withListed,
} from './visit-sides.ts';

/**
 * "Thủ tướng A đón Thủ tướng Campuchia Hun Sen sang thăm khu vực lối mở X, huyện Y, tỉnh B, nơi
 * …": the place the guest was received to visit, in the cue's own clause.
 */
function visitedAfter(s: SentenceView, cue: Cue, m: Mention): boolean {
  let k = cue.end + 1;
  while (k < m.firstToken && wordAt(s, k) !== 'thăm') k++;
  return (k < m.firstToken && m.firstToken < clauseClose(s, k)) || cameTo(s, cue, m);
}

/**
 * "Bộ trưởng … đón đoàn đại biểu Campuchia sang tỉnh B tham gia …": the guests received as they
 * came over to B, the motion word right before it in the cue's own clause.
 */
function cameTo(s: SentenceView, cue: Cue, m: Mention): boolean {
  if (!TOWARDS_WITH.has(wordAt(s, m.headToken - 1))) return false;
  for (let k = cue.end + 1; k < m.headToken; k++) if (commaBefore(s, k)) return false;
  return true;
}

/**
 * "Lễ khai mạc Tuần Văn hóa … Thành phố A tại tỉnh B có sự hiện diện của …": an event the sentence
 * opens with, held at B; the places in its name are no hosts.
 */
function eventVenue(s: SentenceView, cue: Cue, ctx: VisitContext): Side | null {
  const w = wordAt(s, s.t0);
  if (!EVENT_SUBJECTS.has(w) || (w === 'hội' && !EVENT_MEETINGS.has(wordAt(s, s.t0 + 1))))
    return null;
  let venue: Mention | undefined;
  for (const m of s.mentions) if (m.lastToken < cue.start && isLocated(s, m)) venue = m;
  if (venue) return local(venue);
  // "Hội nghị còn đón lãnh đạo các sở … tỉnh A1, A2": the event itself receives, where the lead
  // said it was held (its subject a few words, no place of its own).
  const venueOfLead = ctx.frameVenue;
  // (Not "Buổi lễ có sự hiện diện của ngài …, Đại biện … Lào tại Việt Nam": present, at the post.)
  const receives = wordAt(s, cue.start) === 'đón' || wordAt(s, cue.start) === 'tiếp';
  const comma = commaFrom(s, s.t0 + 1);
  return venueOfLead &&
    receives &&
    cue.start - s.t0 <= EVENT_SUBJECT_WORDS &&
    !s.mentions.some((m) => m.firstToken < cue.start) &&
    (comma < 0 || comma > cue.start)
    ? { entry: venueOfLead, level: 'local' }
    : null;
}
const EVENT_SUBJECT_WORDS = 4;
const EVENT_SUBJECTS = new Set(['lễ', 'buổi', 'chương', 'tuần', 'hội']);
// "Sáng 20/6, nhân dịp dự Lễ kỷ niệm … của Thủ tướng Campuchia, Thủ tướng Phạm Minh Chính đã đón
// …": a sentence that opens on the occasion names whose event it is there; the hosts are the
// clause before the cue.
const OCCASION_OPENERS = new Set([
  'nhân dịp',
  'nhân chuyến',
  'trong chương',
  'trong khuôn',
  'vào dịp',
]);
const TIME_CLAUSE_WORDS = 5;

/** Whether the sentence opens (past a short time clause) on an occasion that ends before `clause`. */
function opensWithOccasion(s: SentenceView, clause: number): boolean {
  let k = s.t0;
  for (let j = s.t0 + 1; j < Math.min(clause, s.t0 + TIME_CLAUSE_WORDS); j++)
    if (commaBefore(s, j)) {
      k = j;
      break;
    }
  // ("trong khuôn khổ Hội chợ … TP.HCM, Bộ trưởng … đã tiếp …": a place named there is the venue,
  // read below.)
  return (
    k < clause &&
    OCCASION_OPENERS.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`) &&
    !s.mentions.some((m) => m.lastToken < clause)
  );
}

// "Hội nghị", "Hội chợ", "Hội thảo", "Hội thi", "Hội diễn", "Hội trại" (not "Hội Nông dân tỉnh A").
const EVENT_MEETINGS = new Set(['nghị', 'chợ', 'thảo', 'thi', 'diễn', 'trại']);

/**
 * "Phân hiệu Đại học Kinh tế TP. Hồ Chí Minh tại Vĩnh Long (UEH Mekong) đã đón tiếp …": a body
 * named after one place and seated "tại" another of the same country receives at its seat.
 */
function branchSeat(s: SentenceView, host: Side, cue: Cue): Side | null {
  if (host.level !== 'local') return null;
  const named = s.mentions.find((m) => m.entry === host.entry && m.lastToken < cue.start);
  if (!named || !LOCATIVE.has(wordAt(s, named.lastToken + 1))) return null;
  const seat = s.mentions.find(
    (m) =>
      m.headToken === named.lastToken + 2 &&
      m.lastToken < cue.start &&
      m.entry !== host.entry &&
      m.entry.country === host.entry.country,
  );
  return seat ? local(seat) : null;
}

export function resolveReverse(
  tt: TokenizedText,
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
): VisitFinding[] {
  const passive = receivedGuest(s, cue, gaz, ctx);
  if (passive) return passive;
  // "Cảm ơn Thứ trưởng đã dành thời gian tiếp, Tổng Lãnh sự … chuyển lời chào … tới …": a guest
  // thanking his host for the reception the article tells elsewhere; the names after it are those
  // his greetings go to, not the guest.
  if (thanksForReception(s, cue)) return [];
  // "đã đón tiếp 18 đoàn khách", "tiếp nhiều đoàn", "đã đón tổng cộng 52 đoàn": a tally of
  // exchanges, not one trip.
  const counted = wordAt(s, cue.end + 1);
  if (
    /^\d+$/.test(counted) ||
    ['nhiều', 'hàng', 'hơn', 'trên', 'gần'].includes(counted) ||
    wordsAt(s, cue.end + 1, ['tổng', 'cộng'])
  )
    return [];
  // "khi tiếp đoàn tại Battambang, Tỉnh trưởng … cho biết tỉnh đã kết nghĩa với … A1, A2": a
  // delegation's guests stand in the cue's own clause, which a comma ends unless a listed place
  // follows it (a person's titles run past commas: "tiếp ông X, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B",
  // "tiếp Ủy viên Ban Thường vụ, Phó Tỉnh trưởng tỉnh A").
  const listEnd = wordAt(s, cue.end + 1) === 'đoàn' ? ledUntil(s, cue.end + 1) : -1;
  const clauseEnd = listEnd < 0 ? s.t1 : listEnd;
  // The words after the cue, in lower case.
  const guestPhrase = phraseText(tt, cue.end + 1, s.t1);
  // "…; tiếp và làm việc với đoàn có Ban Giám đốc Công an tỉnh B": those after "có" are the
  // hosts, the guest the delegation the article follows.
  const receiversAfter = RECEIVERS_AFTER.test(guestPhrase);
  const receivers = receiversAfter
    ? actorIn(tt, s, gaz, cue.end + 1, s.t1, (m) => isLocated(s, m))
    : null;
  const guestPlaces = receivers
    ? []
    : s.mentions.filter(
        (m) =>
          m.firstToken > cue.end &&
          m.firstToken < clauseEnd &&
          !isLocated(s, m) &&
          !inRelation(s, m) &&
          // ("… tiếp xã giao đoàn Campuchia; lễ sơ kết kết nghĩa … (tỉnh B)": the next item of a
          // programme, not the guests' place.)
          !semicolonIn(s, cue.end, m.firstToken),
      );
  // The host's own place ("Chủ tịch UBND tỉnh B") before the venue ("tại thành phố C").
  // "Sau Hà Tĩnh, chuỗi giao lưu sẽ chuyển lên Điện Biên, nơi tỉnh Điện Biên đón các đoàn …": a
  // place named in the cue's own clause hosts, before one named earlier in the sentence (a
  // national host there may still be received at that earlier place: "trong khuôn khổ Hội chợ …
  // TP.HCM, Bộ trưởng … đã tiếp …").
  const clause = lastCommaBefore(s, cue.start);
  const inClause =
    clause > s.t0 ? actorIn(tt, s, gaz, clause, cue.start, (m) => isLocated(s, m)) : null;
  // "Tổng Bí thư … Lào bày tỏ vui mừng khi đồng chí X … chủ trì tiễn Đoàn": the host is in the
  // clause "khi" opens, not the guest who speaks of it.
  const hostFrom = whenClause(s, cue.start);
  const thanks = thanksBefore(s, cue.start);
  const thanked = thanks > s.t0 ? thankedHost(tt, s, gaz, thanks, cue, ctx) : null;
  // "Đồng chí X cảm ơn tỉnh A đã đón tiếp chu đáo": no guest after the cue; the one thanking had
  // the reception (the words after it are his wishes, not guests).
  if (thanked && !guestAfterCue(s, cue.end)) {
    if (thanked.level !== 'local') return [];
    const thankers = thankingGuests(tt, s, gaz, thanks, ctx, thanked.entry.country);
    return thankers.map((g) => ({ from: g, to: [thanked], sentence: s }));
  }
  // ("Viêng Chăn (TTXVN) - Ngày 12/4, tại tỉnh B, Bí thư Tỉnh ủy đã tiếp đoàn …": the bureau's
  // city filed the report; the sentence's own venue holds the reception. A place of another
  // country the opening locates is a topic, "… của doanh nghiệp Lào tại tỉnh A, …": a bureau files
  // from the country the reception was in; "… tiếp đoàn tỉnh A đang thăm và làm việc tại tỉnh B":
  // where the guests are touring, not where they were received, unless it is the dateline's own
  // place.)
  const filed = (m: Mention) => {
    if (!isDateline(s, m)) return false;
    const venueOf = (v: Mention | null): v is Mention =>
      v !== null && v !== m && v.entry.country === m.entry.country;
    const venue = venueIn(s);
    return (
      (venueOf(venue) &&
        (venue.entry === m.entry || !wordIn(s, cue.end + 1, venue.firstToken, 'đang'))) ||
      s.mentions.some((v) => venueOf(v) && v.lastToken < cue.start && isLocated(s, v))
    );
  };
  const hostSide =
    receivers ??
    missionPost(s, cue) ??
    eventVenue(s, cue, ctx) ??
    thanked ??
    (inClause && (inClause.level === 'local' || opensWithOccasion(s, clause)) ? inClause : null) ??
    actorIn(tt, s, gaz, hostFrom, cue.start, (m) => isLocated(s, m) || filed(m)) ??
    actorIn(tt, s, gaz, hostFrom, cue.start, filed) ??
    countryHost(tt, s, gaz, clause, cue) ??
    leaderHost(tt, s, cue, ctx) ??
    (() => {
      // "tiếp ông X, Tổng lãnh sự … tại TP.HCM": where the guest's mission sits, not the venue.
      const loc = s.mentions.find((m) => m.firstToken > cue.end && atVenue(s, m));
      return loc ? local(loc) : null;
    })();
  // "Tiếp ông X, … sang thăm …, Tổng Bí thư Y khẳng định …": the host is the main clause's subject.
  const fronted = hostSide ? null : frontedReception(tt, s, gaz, cue);
  if (fronted) return fronted;
  // "Tiếp Đoàn, ông A, Chủ tịch UBND tỉnh B, …": the host is named after the guest word.
  // "Tiếp và làm việc với Đoàn công tác tỉnh A, tỉnh B có …": the guest named, then the host.
  const named =
    guestWord(s, cue) === 'đoàn' || guestsFrom(s, cue.end + 1) ? guestPlaces[0] : undefined;
  const traveller = ctx.lastOrigin ?? (named ? local(named) : null);
  if (!hostSide && cue.start - s.t0 <= 1 && traveller) {
    const o = traveller;
    const host = s.mentions.find(
      (m) => m.firstToken > cue.end && m.entry.country !== o.entry.country && !inRelation(s, m),
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
            (isLocated(s, m) || visitedAfter(s, cue, m)),
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
  const consul = () => consulCountry(guestPhrase);
  // ("Phó Bí thư Thường trực Tỉnh ủy đã tiếp … Phó Chủ tịch Quốc hội nước CHDCND Lào": a national
  // guest of another country, named by its body.)
  const foreignGuest = (c: CountryCode) =>
    guestPlaces.some((m) => m.entry.country !== c) ||
    (consul() ?? c) !== c ||
    (nationalActorCountry(guestOwnWords(guestPhrase)) ?? c) !== c;
  let host =
    (venue ? local(venue) : framed ? { entry: framed, level: 'local' as const } : hostSide) ??
    // (Not a province the sentence receives: "đón tiếp Đoàn tỉnh B (Lào) cùng Đoàn tỉnh A".)
    (home &&
    bareProvinceIn(s, s.t0, cue.start) &&
    foreignGuest(home.entry.country) &&
    !guestPlaces.some((m) => m.entry === home.entry && isDelegationOf(s, m, cue.end + 1))
      ? local(home)
      : null);
  // "Bí thư Tỉnh ủy đã tiếp Đoàn … do ông X dẫn đầu đến thăm Quảng Ninh": the guests' own words
  // name where they were received.
  host ??= cameToVisit(s, cue) ?? tripToCountry(tt, s, cue, gaz);
  if (!host) return [];
  host = branchSeat(s, host, cue) ?? host;
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
  // "Đón tiếp và làm việc với đoàn có đồng chí X, Đại sứ … tại Lào": those after "có" received
  // the delegation; they are no guests.
  if (!guest && !receiversAfter) {
    const c = nationalActorCountry(guestOwnWords(guestPhrase)) ?? consul();
    // "tiếp đoàn Việt Nam" after "đoàn đại biểu Việt Nam do Bí thư Tỉnh ủy A … dẫn đầu": the
    // provinces' delegation the article follows, called by its country.
    const followed = followedByCountry(s, cue.end + 1, ctx);
    if (followed) guest = followed;
    else if (c && c !== host.entry.country && !severalOfFollowed(s, cue.end + 1, ctx, c))
      guest = national(gaz, c);
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
      return [guest, ...otherDelegations(guestPhrase, [host, guest], gaz)].map((g) => ({
        from: g,
        to: there,
        sentence: s,
      }));
  }
  if (!guest || guest.entry.country === host.entry.country) return [];
  // "… tiếp ông X, tân Tổng Lãnh sự Lào tại Đà Nẵng" in Đà Nẵng: received where he is posted.
  if (
    guest.level === 'national' &&
    s.mentions.some(
      (m) => m.firstToken > cue.end && m.entry.iso === host.entry.iso && locatedSeat(s, m),
    )
  )
    return [];
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
  const guests = guestMention
    ? (
        guestRoll(s, cue, guestMention, host.entry.country) ??
        listedAcross(s, guestMention, host.entry.country)
      ).map(local)
    : [guest, ...otherDelegations(guestPhrase, [host, guest], gaz)];
  // "Bộ trưởng A đón Bộ trưởng B tại cửa khẩu quốc tế Mộc Bài": received at the border, in a
  // province the sentence does not name, not in the capital.
  if (host.level === 'national' && !placed && !framed && atBorderPost(s, cue.end)) return [];
  const atCapital =
    host.level === 'national' && !placed
      ? { atCapital: true as const, received: true as const }
      : {};
  // "Chính quyền … các tỉnh B1, B2, B3 đã đón tiếp đoàn công tác A": each listed province hosted.
  const hostMention =
    host === hostSide && host.level === 'local'
      ? [...s.mentions].reverse().find((m) => m.entry === host.entry && m.lastToken < cue.start)
      : undefined;
  const hosts = hostMention ? listedUpTo(s, hostMention).map(local) : [host];
  return guests.flatMap((x) => hosts.map((h) => ({ from: x, to: [h], sentence: s, ...atCapital })));
}

/** "tại cửa khẩu …", "ở Đồn Biên phòng …" after token k: a border post named as the venue. */
function atBorderPost(s: SentenceView, k: number): boolean {
  for (let j = k + 1; j + 2 < s.t1; j++)
    if (atGate(s, j) || (LOCATIVE.has(wordAt(s, j)) && wordsAt(s, j + 1, ['đồn', 'biên'])))
      return true;
  return false;
}

/**
 * "tiếp đoàn lãnh đạo các địa phương Lào, gồm Đô trưởng A …; Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B
 * … và …": every place of the roll "gồm" opens before the first guest, bar the host's country;
 * null when no "gồm" stands there.
 */
function guestRoll(
  s: SentenceView,
  cue: Cue,
  first: Mention,
  hostCountry: CountryCode,
): Mention[] | null {
  // ("tiếp hai đoàn đại biểu Campuchia: đoàn tỉnh B1 do … và đoàn tỉnh B2 do …": a colon too.)
  const { text, tokens } = s.tt;
  for (let j = cue.end + 1; j < first.firstToken; j++)
    if (wordAt(s, j) === 'gồm' || text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(':'))
      return s.mentions.filter(
        (m) =>
          m.firstToken > j &&
          m.entry.country !== hostCountry &&
          !isLocated(s, m) &&
          !inRelation(s, m),
      );
  return null;
}

/**
 * The guest's own words, up to the trip they are on ("…, Trưởng Ban Đối ngoại Trung ương, nhân
 * chuyến thăm chính thức Campuchia", "…, đang thăm Lào"): the country visited is not the guest's.
 */
function guestOwnWords(lower: string): string {
  const trip = GUEST_TRIP.exec(lower);
  const own = trip ? lower.slice(0, trip.index) : lower;
  // "đón tiếp Bộ trưởng X tại Lào": a guest named by no country, then the venue of the talks.
  const at = own.search(VENUE_AFTER_NAME);
  return at >= 0 && countryWords(own.slice(0, at)).length === 0 ? own.slice(0, at) : own;
}
const VENUE_AFTER_NAME = /\s(?:tại|ở)\s/u;
const GUEST_TRIP =
  /,\s*(?:hiện\s+)?(?:nhân\s+(?:dịp\s+)?chuyến|đang\s+(?:ở\s+|có\s+chuyến\s+)?thăm)/u;

/**
 * "tiếp Đoàn đại biểu cấp cao Campuchia do … dẫn đầu cùng Đoàn đại biểu cấp cao Lào do …": the
 * national delegations received besides the first, each called by its country.
 */
function otherDelegations(lower: string, not: readonly Side[], gaz: Gazetteer): Side[] {
  const seen = new Set(not.map((x) => x.entry.country));
  const out: Side[] = [];
  const own = guestOwnWords(lower);
  for (const m of own.matchAll(DELEGATION_OF_COUNTRY)) {
    const c = countryWords(m[1]!)[0]?.country;
    if (c && !seen.has(c)) out.push(national(gaz, c));
    if (c) seen.add(c);
  }
  // "tiếp Đoàn đại biểu Hội Phụ nữ Lào và Campuchia": one body named for two countries.
  const cut = own.search(GUEST_NAME_END);
  const named = cut < 0 ? own : own.slice(0, cut);
  for (const m of named.matchAll(COUNTRY_PAIR))
    for (const { country } of countryWords(m[0]))
      if (!seen.has(country)) {
        out.push(national(gaz, country));
        seen.add(country);
      }
  return out;
}
const COUNTRY_PAIR = new RegExp(
  String.raw`(?<![\p{L}])(?:${COUNTRY_ALT})\s+và\s+(?:${COUNTRY_ALT})(?![\p{L}])`,
  'gu',
);
// Where the guest's name ends: its leader, its trip, a comma.
const GUEST_NAME_END = /\s(?:do|sang|đến|tới|nhân|đang)\s|,/u;
// ("… và đoàn đại biểu Bộ Quốc phòng Campuchia do …", "… và đoàn đại biểu hữu nghị Campuchia -
// Việt Nam do …": a few words of the body's name may come before its country; not a province's,
// "và đoàn đại biểu tỉnh B (Lào)", nor the leader after "do", nor a trip, "cùng đoàn sang thăm …".)
// (So is a second leader of a state's: "tiếp Bộ trưởng … Campuchia X và Thứ trưởng Bộ Ngoại giao
// Lào Y"; not an envoy, who lives where he is received.)
const DELEGATION_OF_COUNTRY = new RegExp(
  String.raw`(?<![\p{L}])(?:cùng|và) (?:đoàn(?: đại biểu)?(?: cấp cao)?(?: của)?|(?:ngài |ông |bà )?(?:phó )?(?:thủ tướng|bộ trưởng|thứ trưởng|tổng bí thư|chủ tịch quốc hội|chủ tịch nước)(?: cao cấp)?)(?:\s+(?!(?:do|tỉnh|thành|huyện|thủ|tp|thị|xã|các|sang|thăm|đến|tới|về|tại|ở)(?![\p{L}]))\p{L}+){0,4}? ${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'gu',
);

const RECEIVERS_AFTER = /^(?:và\s+)?(?:làm việc\s+)?(?:với\s+)?đoàn\s+có\s/u;

/**
 * "Đoàn công tác tỉnh A được đồng chí …, Chủ tịch HĐND tỉnh B cùng lãnh đạo … đón tiếp.": the
 * guest stands before "được", the host between it and the verb.
 */
function receivedGuest(
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
): VisitFinding[] | null {
  // ("Cùng ngày, đoàn Việt Nam đã được …": a short time clause may open the sentence.)
  const start = delegationOpening(s);
  if (start < 0) return null;
  const by = passiveBefore(s, cue.start);
  if (by < start) return null;
  const guest = s.mentions.find((m) => m.firstToken >= start && m.lastToken < by);
  const named = s.mentions.find(
    (m) => m.firstToken > by && m.lastToken < cue.start && m.entry.country !== guest?.entry.country,
  );
  // ("… đã được đồng chí X - Phó Chủ tịch UBND tỉnh tiếp": the paper's own province.)
  const home = ctx.home;
  const host: Side | null = named
    ? local(named)
    : guest &&
        home &&
        home.entry.country !== guest.entry.country &&
        ownedGuest(s, guest) &&
        bareProvinceIn(s, by + 1, cue.start)
      ? local(home)
      : null;
  // ("Đoàn công tác của tỉnh đã được lãnh đạo tỉnh B đón tiếp" in the paper of A: its own.)
  if (
    !guest &&
    named &&
    home &&
    home.entry.country !== named.entry.country &&
    bareProvinceIn(s, start, by)
  )
    return [{ from: local(home), to: [local(named)], sentence: s }];
  // ("đoàn công tác của ba tỉnh B1, B2 và B3 đã được … tỉnh A tiếp": each listed.)
  if (guest && host)
    return listedAcross(s, guest, host.entry.country)
      .filter((g) => g.lastToken < by)
      .map((g) => ({ from: local(g), to: [host], sentence: s }));
  // "đoàn đại biểu Thành phố A … đã được Chủ tịch Quốc hội Lào X tiếp": a province's delegation
  // received by another country's national leader, in that leader's capital.
  if (guest && !host) {
    const h = nationalActorCountry(phraseText(s.tt, by + 1, cue.start));
    if (!h || h === guest.entry.country) return null;
    const to: Side = { entry: gaz.capital(h), level: 'local' };
    return [{ from: local(guest), to: [to], sentence: s, atCapital: true }];
  }
  // "đoàn Việt Nam đã được đồng chí X, Bí thư Trung ương Đảng … Lào, tiếp": national bodies of
  // two countries, the guest received in the host's capital.
  if (host) return null;
  const g = nationalActorCountry(phraseText(s.tt, start, by));
  const h = nationalActorCountry(phraseText(s.tt, by + 1, cue.start));
  if (!g || !h || g === h) return null;
  return [{ from: national(gaz, g), to: [national(gaz, h)], sentence: s, atCapital: true }];
}

/** A guest place named as the delegation's own, not where it went ("đoàn … lên tỉnh B, …"). */
function ownedGuest(s: SentenceView, m: Mention): boolean {
  return !isLocated(s, m) && !goneTo(s, m);
}

/** The token after "vui mừng khi" before token k (the host's clause), or the sentence start. */
function whenClause(s: SentenceView, k: number): number {
  for (let b = k - 1; b > Math.max(s.t0, k - WHEN_REACH); b--)
    if (wordAt(s, b) === 'khi' && wordAt(s, b - 1) === 'mừng')
      return subjectless(s, b + 1, k) ? s.t0 : b + 1;
  return s.t0;
}

/**
 * "Chủ tịch UBND tỉnh B bày tỏ vui mừng khi (được) đón đoàn tỉnh A": a "khi" clause with no
 * subject of its own before the reception; the one glad is the host.
 */
function subjectless(s: SentenceView, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (wordAt(s, j) !== 'được') return false;
  return true;
}
// From "khi" to the reception ("khi đồng chí X đại diện đồng chí Tổng Bí thư Y chủ trì tiễn").
const WHEN_REACH = 20;

/** The token after the last comma before token k, or the sentence start. */
function lastCommaBefore(s: SentenceView, k: number): number {
  for (let j = k - 1; j > s.t0; j--) if (commaBefore(s, j)) return j;
  return s.t0;
}

// "Vương quốc Campuchia đã vinh dự đón …": a country alone as the host, its capital receiving.
const COUNTRY_AS_HOST = new RegExp(
  String.raw`^${STATE_OF}(?:${COUNTRY_ALT})(?:\s+(?:đã|cũng|vinh|dự|rất|luôn))*\s*$`,
  'u',
);

/**
 * Where the words of a delegation from token k end: at the comma after its list of places, or
 * after "dẫn đầu" when a leader with titles leads it ("đoàn … do đồng chí X, Bí thư Tỉnh ủy,
 * Tỉnh trưởng tỉnh B dẫn đầu, …"); -1 for no comma.
 */
function ledUntil(s: SentenceView, k: number): number {
  const end = commaAfterList(s, k);
  if (end < 0) return end;
  // ("tiếp đoàn lãnh đạo các địa phương Lào, gồm Đô trưởng A …; Tỉnh trưởng tỉnh B …": the comma
  // announces who the delegation is.)
  if (wordAt(s, end) === 'gồm' || wordsAt(s, end, ['bao', 'gồm'])) return -1;
  let by = k + 1;
  while (by < end && wordAt(s, by) !== 'do') by++;
  if (by >= end) return end;
  // ("do … Tỉnh trưởng tỉnh Luông Phra Bang dẫn đầu" as "… tỉnh Attapeu dẫn đầu": the reach counts
  // a place name as one word.)
  for (let j = end; j < s.t1 - 1 && wordsBetween(s, by, j) < LEADER_REACH; j++) {
    if (wordAt(s, j) === 'dẫn' && wordAt(s, j + 1) === 'đầu') return commaFrom(s, j + 2);
    if (wordsAt(s, j, ['làm', 'trưởng', 'đoàn'])) return commaFrom(s, j + 3);
  }
  return end;
}

// The words from "do" to "dẫn đầu" / "làm Trưởng đoàn": a leader's name and titles.
const LEADER_REACH = 30;

/** The place a delegation "đến / sang / tới thăm" after the reception cue, as a host side. */
function cameToVisit(s: SentenceView, cue: Cue): Side | null {
  for (let j = cue.end + 2; j + 1 < s.t1; j++) {
    // ("… Đoàn … đang có chuyến thăm tỉnh B": the trip they are on.)
    const on = wordAt(s, j - 1) === 'chuyến' && wordAt(s, j - 2) === 'có';
    // ("…, nhân dịp đoàn đến Hà Nội tham gia lớp tập huấn": the occasion names where they came.)
    const came =
      TOWARDS.has(wordAt(s, j)) && wordAt(s, j - 1) === 'đoàn' && wordAt(s, j - 2) === 'dịp';
    // ("lễ đón đoàn đại biểu Campuchia tại cửa khẩu …, sang tỉnh B tham gia …": they came over to B.)
    const over =
      wordAt(s, j) === 'sang' ? s.mentions.find((x) => x.headToken === j + 1 && x.prefix) : null;
    if (over) return local(over);
    if (!came && (wordAt(s, j) !== 'thăm' || !(TOWARDS.has(wordAt(s, j - 1)) || on))) continue;
    const m = s.mentions.find((x) => x.headToken > j && x.headToken <= j + 3);
    return m ? local(m) : null;
  }
  return null;
}

/**
 * "Phó Cục trưởng … đã tiếp … đoàn đại biểu cấp cao Hải quan Lào nhân chuyến thăm và làm việc tại
 * Việt Nam", "Trường Cán bộ … tiếp xã giao Đoàn cán bộ … Lào sang tập huấn tại Việt Nam": a host
 * named by no place or country, the guests' trip naming the country they came to; its capital
 * hosted.
 */
function tripToCountry(tt: TokenizedText, s: SentenceView, cue: Cue, gaz: Gazetteer): Side | null {
  const m = TRIP_TO_COUNTRY.exec(phraseText(tt, cue.end + 1, s.t1));
  const c = m ? countryWords(m[1]!)[0]?.country : undefined;
  return c ? national(gaz, c) : null;
}
const TRIP_TO_COUNTRY = new RegExp(
  String.raw`(?:^|\s)(?:(?:nhân(?:\s+dịp)?(?:\s+đoàn)?|đang(?:\s+có)?)\s+(?:chuyến\s+)?(?:sang\s+|đến\s+|tới\s+)?thăm(?:\s+(?:chính thức|hữu nghị|cấp nhà nước|và làm việc|làm việc))*\s+(?:tại\s+|ở\s+|tới\s+)?|sang\s+(?:tập huấn|công tác|làm việc)\s+(?:tại|ở)\s+)${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

/**
 * "Đại sứ quán Việt Nam tại Phnom Penh đã đón tiếp các đoàn …": a mission receives at its post,
 * the place located after it, before the cue.
 */
function missionPost(s: SentenceView, cue: Cue): Side | null {
  for (let k = s.t0; k + 2 < cue.start; k++)
    if (wordAt(s, k + 2) === 'quán' && MISSION.has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`)) {
      const post = s.mentions.find(
        (m) => m.firstToken > k && m.lastToken < cue.start && isLocated(s, m),
      );
      return post ? local(post) : null;
    }
  return null;
}
const MISSION = new Set(['đại sứ', 'lãnh sự']);

/**
 * "Bí thư Thành ủy A cảm ơn Thủ tướng Hun Sen đã dành thời gian tiếp Đoàn": the one thanked for the
 * reception hosted it, not the speaker.
 */
function thankedHost(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  c: number,
  cue: Cue,
  ctx: VisitContext,
): Side | null {
  const place = actorIn(tt, s, gaz, c + 2, cue.start, () => false);
  if (place) return place;
  const phrase = phraseText(tt, c + 2, cue.start);
  const country =
    nationalActorCountry(phrase) ?? (ctx.people ? personCountry(phrase, ctx.people) : null);
  return country ? national(gaz, country) : null;
}

/**
 * Who thanks for a reception, before "cảm ơn": the places named there; else a leader the article
 * named with his place ("đồng chí X cảm ơn …"); and for "Thay mặt các đoàn (đại biểu) Lào", every
 * place of that country the article named before (a few at most: the delegations present).
 */
function thankingGuests(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  c: number,
  ctx: VisitContext,
  hostCountry: CountryCode,
): Side[] {
  const own = s.mentions.filter(
    (m) => m.lastToken < c && m.entry.country !== hostCountry && !isLocated(s, m),
  );
  if (own.length > 0)
    return [...new Set(own.map((m) => m.entry))].map((e) => ({ entry: e, level: 'local' }));
  const phrase = phraseText(tt, s.t0, c);
  const groups = DELEGATIONS_OF.exec(phrase);
  const country = groups ? countryWords(groups[0])[0]?.country : undefined;
  if (country && country !== hostCountry) {
    const earlier: GazetteerEntry[] = [];
    for (const m of ctx.mentions) {
      if (m.span[1] > s.span[0]) break;
      if (m.entry.country === country && !earlier.includes(m.entry)) earlier.push(m.entry);
    }
    if (earlier.length > 1 && earlier.length <= MAX_DELEGATIONS)
      return earlier.map((e) => ({ entry: e, level: 'local' }));
  }
  const e = ctx.locals ? personPlace(phrase, ctx.locals) : null;
  if (e && e.country !== hostCountry) return [{ entry: e, level: 'local' }];
  // "Thứ trưởng Bộ … Lào đã cảm ơn tỉnh B đã đón tiếp": a state's body, from its capital.
  const body = nationalActorCountry(phrase);
  return body && body !== hostCountry ? [national(gaz, body)] : [];
}
const DELEGATIONS_OF = new RegExp(
  String.raw`(?<![\p{L}])các đoàn(?: đại biểu| công tác)? (?:nước )?(?:bạn )?(?:${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);
// The most delegations "các đoàn … Lào" stands for when the article named their places.
const MAX_DELEGATIONS = 5;

/**
 * The cue's "tiếp" closes a clause opening on thanks: "Cảm ơn X đã (dành thời gian) tiếp, …" (the
 * thanks with no speaker before them, which thankedHost leaves alone).
 */
function thanksForReception(s: SentenceView, cue: Cue): boolean {
  if (!commaBefore(s, cue.end + 1)) return false;
  for (let k = cue.start - 1; k >= Math.max(s.t0, cue.start - THANKS_REACH); k--) {
    if (commaBefore(s, k + 1)) return false;
    if (wordsAt(s, k, ['cảm', 'ơn'])) return k === s.t0;
  }
  return false;
}
// How far before the reception its thanks may open ("Cảm ơn Phó Tỉnh trưởng X đã dành thời gian").
const THANKS_REACH = 10;

/** "đồng chí X bày tỏ niềm vui được đón đoàn …": a local leader named earlier with his place. */
function leaderHost(tt: TokenizedText, s: SentenceView, cue: Cue, ctx: VisitContext): Side | null {
  const e = ctx.locals ? personPlace(phraseText(tt, s.t0, cue.start), ctx.locals) : null;
  return e ? { entry: e, level: 'local' } : null;
}

function countryHost(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
  clause: number,
  cue: Cue,
): Side | null {
  const phrase = phraseText(tt, Math.max(s.t0, clause), cue.start);
  if (!COUNTRY_AS_HOST.test(phrase)) return null;
  const c = countryWords(phrase)[0]?.country;
  return c ? national(gaz, c) : null;
}
