// Guests known by their words: "Phó Tỉnh trưởng tỉnh Kampot … cho biết, …", "Cũng tại buổi chúc
// Tết, Tỉnh trưởng tỉnh Kep … nhấn mạnh …", "Trưởng đoàn công tác, bà …, Đại sứ … Lào …, cảm ơn …"
// in a report of the delegations a province received. A governor or a delegation's head of
// another country than the event's venue, speaking at it, came to it.
import { speltBodyExtra } from './spelt-bodies.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';
import { countryWords, envoyFirst, nationalActorNear, nationalBodyIndex } from './actors.ts';
import type { Mention } from './find-places.ts';
import { PERSON_NAME_WORDS } from './lexicon.ts';
import {
  commaBefore,
  commaFrom,
  countryNamedAt,
  phraseText,
  spanBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import {
  atVenue,
  local,
  national,
  type Side,
  type VisitContext,
  type VisitFinding,
  withListed,
} from './visit-sides.ts';

// The titles a province's leader speaks under (after an optional "Phó").
const TITLES: readonly string[][] = [
  ['tỉnh', 'trưởng'],
  ['thống', 'đốc'],
  ['bí', 'thư'],
  ['chủ', 'tịch'],
];
// "Phát biểu tại buổi lễ, đại diện lãnh đạo tỉnh B cảm ơn …": the province's side, unnamed; heard
// only at a venue the article named ("Lãnh đạo tỉnh B chúc mừng …" may be a letter).
const SIDE_TITLES: readonly string[][] = [...TITLES, ['đại', 'diện'], ['lãnh', 'đạo']];

const SPEECH: readonly string[][] = [
  ['cho', 'biết'],
  ['nhấn', 'mạnh'],
  ['khẳng', 'định'],
  ['bày', 'tỏ'],
  ['phát', 'biểu'],
  ['chia', 'sẻ'],
  ['cảm', 'ơn'],
  ['đánh', 'giá'],
  ['chúc', 'mừng'],
  ['cho', 'rằng'],
  // "Thứ trưởng Bộ Công an, yêu cầu công an tỉnh A …": what a speaker asked of others there.
  ['yêu', 'cầu'],
  // "… đồng chí X, Tỉnh trưởng tỉnh B, đã trao Huân chương cho 10 tập thể": handed over in person.
  ['trao', 'huân'],
  ['trao', 'tặng'],
];

/**
 * A verb of speech at token v; "thông tin" ("Bí thư tỉnh A … thông tin, …") only as a verb, before
 * a comma or "rằng / thêm", never the name of a body ("Sở Thông tin và Truyền thông").
 */
function speechAt(s: SentenceView, v: number): boolean {
  if (SPEECH.some((ws) => wordsAt(s, v, ws))) return true;
  // ("Bộ Thông tin, Văn hóa và Du lịch Lào": a ministry's name, not "thông tin, …" said.)
  return (
    wordsAt(s, v, ['thông', 'tin']) &&
    wordAt(s, v - 1) !== 'bộ' &&
    (commaBefore(s, v + 2) || ['rằng', 'thêm'].includes(wordAt(s, v + 2)))
  );
}

/** The first word of speech in the sentence, or -1. */
export function speechStart(s: SentenceView): number {
  for (let v = s.t0; v < s.t1; v++) if (speechAt(s, v)) return v;
  return -1;
}

const HONORIFICS = new Set(['ông', 'bà', 'ngài']);

// How far the speaker's place may stand from the title ("Tỉnh trưởng tỉnh B"), and the verb from
// the place (the person's name between).
const TITLE_REACH = 3;
const NAME_REACH = 6;
const SPELT_NAME_REACH = 9;

/**
 * The opening "Cũng tại buổi chúc Tết," / "Phát biểu tại buổi tiếp," / "Được sự ủy quyền của …,"
 * ends at its comma.
 */
function clauseStart(s: SentenceView): number {
  const w = wordAt(s, s.t0);
  const opens =
    w === 'tại' ||
    w === 'trong' ||
    // ("Sau lời chúc mừng năm mới gửi đến lãnh đạo tỉnh B, ông X, Phó Tỉnh trưởng tỉnh A mong muốn …".)
    w === 'sau' ||
    (w === 'cũng' && wordAt(s, s.t0 + 1) === 'tại') ||
    wordsAt(s, s.t0, ['phát', 'biểu', 'tại']) ||
    speechOpener(s) ||
    wordsAt(s, s.t0, ['về', 'phía']) ||
    // ("Về phần mình, ông X, Bí thư Tỉnh ủy tỉnh B, bày tỏ …": the reply of the other side.)
    wordsAt(s, s.t0, ['về', 'phần', 'mình']) ||
    // ("Phía Việt Nam, Trung tướng X, …, phát biểu …".)
    (w === 'phía' && countryNamedAt(s, s.t0 + 1) !== null) ||
    // ("Được sự ủy quyền của lãnh đạo … Lào, đồng chí X, Tỉnh trưởng tỉnh B, đã trao …".)
    wordsAt(s, s.t0, ['được', 'sự', 'ủy', 'quyền']) ||
    wordsAt(s, s.t0, ['thừa', 'ủy', 'quyền']) ||
    // ("Thay mặt Chủ tịch nước Lào, đồng chí X, …, Tỉnh trưởng tỉnh B, trao Huân chương …".)
    wordsAt(s, s.t0, ['thay', 'mặt']);
  if (!opens) return s.t0;
  let comma = commaFrom(s, s.t0 + 1);
  // ("Tại thủ đô B, phát biểu tại buổi làm việc với …, ông X …": the speech's own opening next.)
  if (comma > 0 && wordsAt(s, comma, ['phát', 'biểu', 'tại'])) {
    const next = commaFrom(s, comma + 3);
    if (next > 0) comma = next;
  }
  return comma < 0 ? s.t0 : comma;
}

// How many words may name the speech before its comma ("Phát biểu chào mừng đoàn,").
const OPENER_WORDS = 3;
// An opening or a closing names the event whose words may run to the comma ("Phát biểu khai mạc
// Tuần Văn hóa … tại tỉnh B, ông X, … khẳng định").
const OCCASIONS = [
  ['khai', 'mạc'],
  ['bế', 'mạc'],
];

/**
 * "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh A X cho rằng …", "Phát biểu bế mạc, …": a speech
 * named by its occasion, its comma close by (or after the event an opening names), before the
 * speaker.
 */
export function speechOpener(s: SentenceView): boolean {
  if (!wordsAt(s, s.t0, ['phát', 'biểu'])) return false;
  const comma = commaFrom(s, s.t0 + 2);
  if (comma <= s.t0 + 2) return false;
  return comma <= s.t0 + 2 + OPENER_WORDS || OCCASIONS.some((o) => wordsAt(s, s.t0 + 2, o));
}

/**
 * The place of the titled leader the sentence opens with, when a verb of speech follows; with
 * `sides`, also of a province's unnamed representatives.
 */
export function speakerPlace(s: SentenceView, sides = false): Mention | null {
  let k = clauseStart(s);
  // "Ông Yong Sovathana, Phó Tỉnh trưởng tỉnh Takeo, cho rằng …": the name, then the title.
  // ("đồng chí Văn-xay Phêng-xổm-ma, …": a Lao name spelt out syllable by syllable.)
  if (HONORIFICS.has(wordAt(s, k)) || wordsAt(s, k, ['đồng', 'chí'])) {
    const comma = commaFrom(s, k + 1);
    if (comma > 0 && comma <= k + SPELT_NAME_REACH) k = comma;
  }
  // "đồng chí X, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy A, cho biết": the
  // title with a place may come after others.
  for (let segment = 0; segment < TITLE_SEGMENTS; segment++) {
    const t = wordAt(s, k) === 'phó' ? k + 1 : k;
    const title = (sides ? SIDE_TITLES : TITLES).find((x) => wordsAt(s, t, x));
    const placed = title
      ? placeBeforeSpeech(s, t + title.length, TITLES.includes(title))
      : departmentPlace(s, t);
    if (placed) return placed;
    // (Only a membership goes before it, "Ủy viên Bộ Chính trị, …", or a title of the province's
    // own, "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B".)
    if (!title && (!MEMBERSHIP.has(wordAt(s, k)) || wordAt(s, k + 1) !== 'viên')) return null;
    const next = commaFrom(s, k + 1);
    if (next < 0 || next > k + SEGMENT_REACH) return null;
    k = next;
  }
  return null;
}

/**
 * "ông X, Phó Giám đốc Sở Giáo dục và Thể thao tỉnh B bày tỏ …": the head of a province's
 * department, speaking at the article's venue (or, none named, the paper's own province); the
 * department's name runs between the title and the province.
 */
function departmentPlace(s: SentenceView, t: number): Mention | null {
  if (!wordsAt(s, t, ['giám', 'đốc', 'sở'])) return null;
  const m = s.mentions.find((x) => x.firstToken > t + 3);
  if (!m || m.firstToken > t + 3 + DEPARTMENT_WORDS) return null;
  // (Not "Giám đốc Sở Ngoại vụ, ông Y, đại diện tỉnh B": the province one title further on.)
  for (let k = t + 3; k <= m.firstToken; k++) if (commaBefore(s, k)) return null;
  return placeBeforeSpeech(s, m.firstToken, false);
}
// How many words a department's name may take ("Sở Nông nghiệp và Phát triển nông thôn tỉnh": 7).
const DEPARTMENT_WORDS = 8;

// How many comma-set titles may come before the one with the place, and how long each may be.
const TITLE_SEGMENTS = 3;
const MEMBERSHIP = new Set(['ủy', 'uỷ']);
const SEGMENT_REACH = 14;

/**
 * The place right after a title (from token `at`), when a verb of speech follows it; after a
 * leader's own title (`leader`, not "lãnh đạo tỉnh B"), a proposal too.
 */
function placeBeforeSpeech(s: SentenceView, title: number, leader: boolean): Mention | null {
  // ("Phó Bí thư Thường trực Tỉnh ủy B": the standing deputy.)
  const at = wordsAt(s, title, ['thường', 'trực']) ? title + 2 : title;
  const m = s.mentions.find((x) => x.firstToken >= at);
  if (!m || m.firstToken > at + TITLE_REACH + speltBodyExtra(s, at)) return null;
  // ("Tỉnh trưởng tỉnh B của Lào, ông …, nhấn mạnh": the place's country is no part of the name.)
  const of = wordAt(s, m.lastToken + 1) === 'của' ? 1 : 0;
  const named = countryNamedAt(s, m.lastToken + 1 + of);
  const from = m.lastToken + 1 + (named === 'LA' || named === 'KH' ? of + 1 : 0);
  for (let v = from; v < from + NAME_REACH && v < s.t1; v++)
    if (speechAt(s, v) || wordsAt(s, v, WISH) || (leader && proposedAt(s, from, v))) return m;
  return null;
}
/** A proposal at token v made in person: not "đã gửi thư đề nghị", "có văn bản đề nghị". */
function proposedAt(s: SentenceView, from: number, v: number): boolean {
  if (!wordsAt(s, v, PROPOSAL)) return false;
  for (let k = from; k < v; k++) if (WRITTEN.some((ws) => wordsAt(s, k, ws))) return false;
  return true;
}
// "ông X, Phó Tỉnh trưởng tỉnh Kampot mong muốn …": a province's leader voicing a wish there. (A
// national title's wish is as often his government's, said from home.)
const WISH = ['mong', 'muốn'];
// "Ông X, Phó Tỉnh trưởng tỉnh B đề nghị các cơ sở của A …": a governor's proposal made at the
// meeting (not "Lãnh đạo tỉnh B đề nghị …", a side that may have written it; nor a national
// title's, as often his government's from home).
const PROPOSAL = ['đề', 'nghị'];
// ("Ông X, Phó Tỉnh trưởng tỉnh B đã gửi thư đề nghị …": a request sent from home.)
const WRITTEN: readonly string[][] = [
  ['gửi'],
  ['thư'],
  ['văn', 'bản'],
  ['công', 'văn'],
  ['công', 'hàm'],
];

// How far the verb may stand from "Trưởng đoàn" (the person's name and titles between).
const HEAD_REACH = 40;

/**
 * "Trưởng đoàn công tác, bà …, Đại sứ … Lào tại Việt Nam, cảm ơn sự đón tiếp …": the side the
 * delegation's head speaks for, a place named in the titles or else a national body's capital.
 */
function headOfDelegation(s: SentenceView, gaz: Gazetteer): Side | null {
  const k = clauseStart(s);
  if (!wordsAt(s, k, ['trưởng', 'đoàn'])) return null;
  let v = k + 2;
  while (v < Math.min(s.t1, k + HEAD_REACH) && !speechAt(s, v)) v++;
  if (v >= Math.min(s.t1, k + HEAD_REACH)) return null;
  const m = s.mentions.find((x) => x.firstToken > k && x.lastToken < v);
  if (m) return local(m);
  const c = nationalActorNear(phraseText(s.tt, k + 2, v));
  return c ? national(gaz, c) : null;
}

const LETTER = new Set(['thư', 'điện', 'thông']);
const RANKS: readonly string[][] = ['đại', 'thượng', 'trung', 'thiếu'].flatMap((r) => [
  [r, 'tướng'],
  [r, 'tá'],
]);

const ADDRESS = new Set(['ông', 'bà', 'ngài']);
// ("Chủ tịch Hội Hữu nghị Lào - Việt Nam X bày tỏ …": the president of a national society.)
// ("Phó Chủ nhiệm Tổng cục Chính trị …": the head of a general department.)
// ("Chủ nhiệm Ủy ban Văn hóa - Xã hội Quốc hội Lào": the head of one of the assembly's committees.)
const HEAD_TITLE =
  /^(?:phó\s+)?(?:(?:tổng\s+)?giám đốc|chủ tịch(?=\s+hội\s)|chủ nhiệm(?=\s+tổng\s+cục\s)|chủ nhiệm\s+[uủ][yỷ] ban(?:\s+[^\s,]+){1,5}?(?=\s+quốc hội(?![\p{L}])))\s+/u;

// How far the verb of speech may stand from the national title (the person's name between).
const NATIONAL_REACH = 10;
const STANDING = /^phó\s+\p{L}+(?:\s+\p{L}+)?\s+thường\s+trực(?![\p{L}])/u;
// ("Phó Quốc vụ khanh Bộ Nông, Lâm, Ngư nghiệp Campuchia": Cambodia's secretaries of state too.)
// ("Chủ tịch Hội Hữu nghị Lào - Việt Nam": a society named by two countries.)
const MINISTER =
  /^(?:phó\s+)?(?:(?:(?:thứ|bộ)\s+trưởng|quốc vụ khanh)\s+bộ|chủ tịch\s+hội\s+hữu\s+nghị)\s/u;
// How long a title between commas may be ("Phó Chủ nhiệm Tổng cục Chính trị Quân đội …").
const TITLE_WORDS = 16;
// How many more words a ministry's or a society's name may take ("Bộ Kế hoạch và Đầu tư Việt Nam").
const MINISTRY_WORDS = 5;

/**
 * "Phó Thủ tướng Hoàng Trung Hải đánh giá …" opening the clause: the leader's capital (of the
 * country the article named the leader with before, "Thủ tướng Lào Thongloun Sisoulith").
 */
function nationalSpeaker(
  s: SentenceView,
  venue: GazetteerEntry,
  gaz: Gazetteer,
  ctx: VisitContext,
): Side | null {
  // ("Trong thư chúc mừng gửi …, Đại sứ … cảm ơn …": words sent, not said there.)
  if (wordAt(s, s.t0) === 'trong' && LETTER.has(wordAt(s, s.t0 + 1))) return null;
  let k = clauseStart(s);
  // ("Thượng tướng Nguyễn Trường Thắng, Thứ trưởng Bộ Quốc phòng, nhấn mạnh …": a rank and a
  // name before the title; "ông Trần Minh Hùng, Phó Tổng Giám đốc Đài Tiếng nói Việt Nam, khẳng
  // định …": a name after its form of address.)
  let ranked = false;
  if (RANKS.some((r) => wordsAt(s, k, r)) || ADDRESS.has(wordAt(s, k))) {
    const comma = commaFrom(s, k + 2);
    ranked = comma > 0 && comma <= k + NAME_REACH;
    if (ranked) k = comma;
  }
  // ("Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Trần Quốc Phương nhấn mạnh …": a minister's
  // title holds the ministry's long name before his own.)
  const minister = MINISTER.test(phraseText(s.tt, k, Math.min(s.t1, k + 6)));
  // ("Trung tướng X, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, phát biểu …":
  // a long title closed by a comma, the verb right after it.)
  const closed = ranked ? commaFrom(s, k + 1) : -1;
  const long = closed > 0 && closed <= k + TITLE_WORDS && speechAt(s, closed) ? closed + 1 : 0;
  // ("Phó Chủ tịch Thường trực Quốc hội X bày tỏ …": a standing deputy's title, two words more.)
  const standing = STANDING.test(phraseText(s.tt, k, Math.min(s.t1, k + 5))) ? 2 : 0;
  const reach = NATIONAL_REACH + standing + (minister ? MINISTRY_WORDS : 0);
  const end = Math.max(long, Math.min(s.t1, k + reach));
  const phrase = phraseText(s.tt, k, end);
  // ("Phó Tổng Giám đốc Đài Tiếng nói Việt Nam": a head's title before the body's name.)
  if (nationalBodyIndex(phrase.replace(HEAD_TITLE, '')) !== 0) return null;
  for (let v = k + 2; v < end; v++)
    if (speechAt(s, v)) {
      const said = phraseText(s.tt, k, v);
      // ("Đại sứ Việt Nam tại Lào … phát biểu" at a party in Vientiane: the envoy at his post.)
      if (envoyFirst(said) && venue.id === gaz.capital(venue.country).id) return null;
      const known = [...(ctx.people ?? [])].find(([name]) => ` ${said} `.includes(` ${name} `));
      // ("Về phía Campuchia, Phó Thủ tướng Men Sam An cho rằng …": the side names the country.)
      const c = known?.[1] ?? nationalActorNear(said) ?? openingSide(s) ?? ownEnvoy(s, k);
      return c ? national(gaz, c) : null;
    }
  return null;
}

/** "Về phía Campuchia, …": the country of the side the sentence opens on, or null. */
function openingSide(s: SentenceView): CountryCode | null {
  const side = wordsAt(s, s.t0, ['về', 'phía'])
    ? s.t0 + 2
    : wordAt(s, s.t0) === 'phía'
      ? s.t0 + 1
      : -1;
  if (side < 0) return null;
  const comma = commaFrom(s, side);
  if (comma < 0 || comma - s.t0 > SIDE_WORDS) return null;
  return countryWords(phraseText(s.tt, side, comma))[0]?.country ?? null;
}
const SIDE_WORDS = 8;

/**
 * "… đã được an táng tại Nghĩa trang …, huyện X, tỉnh B. Phát biểu tại lễ an táng, ông …": where
 * the sentence before placed the event the speaker spoke at (the last place of its address).
 */
export function spokenEventVenue(
  s: SentenceView,
  mentions: readonly Mention[],
): GazetteerEntry | null {
  if (!wordsAt(s, s.t0, ['phát', 'biểu', 'tại'])) return null;
  let k = s.t0 + 3;
  if (EVENT_HEADS.has(wordAt(s, k))) k++;
  const end = commaFrom(s, k);
  if (end < 0 || end - k > EVENT_WORDS || end === k) return null;
  const event = phraseText(s.tt, k, end);
  const [start] = spanBefore(s.tt.text, s.span[0]);
  const before = s.tt.text.slice(start, s.span[0]).toLowerCase();
  const told = before.indexOf(event);
  const at = told < 0 ? -1 : before.indexOf(' tại ', told + event.length);
  if (at < 0 || at - told > EVENT_GAP) return null;
  let venue: Mention | null = null;
  for (const m of mentions)
    if (
      m.span[0] >= start + at &&
      m.span[1] <= s.span[0] &&
      m.span[0] - (start + at) <= ADDRESS_REACH
    )
      venue = m;
  return venue?.entry ?? null;
}
const EVENT_HEADS = new Set(['lễ', 'buổi']);
// The event's own words ("an táng", "khánh thành"), how far "tại" may stand after them in the
// sentence before, and how far from "tại" its address may run.
const EVENT_WORDS = 4;
const EVENT_GAP = 40;
const ADDRESS_REACH = 90;

/**
 * The speaker's trip to the article's venue, or to the paper's own province when no venue was
 * named and the article follows no delegation of its own (then only presumed).
 */
export function speakerVisits(
  s: SentenceView,
  venue: GazetteerEntry | null,
  ctx: VisitContext,
  gaz: Gazetteer,
  /** The lead's event was held by two countries' sides, where it does not say. */
  joint = false,
): VisitFinding[] {
  // ("Tỉnh trưởng tỉnh B: "Mong muốn hợp tác với tỉnh A …"": a headline quoting a leader says
  // what he said, not where; the body tells who travelled.)
  if (s.mentions.some((m) => ctx.titlePlaces.includes(m))) return [];
  const home = joint ? undefined : ctx.home?.entry;
  // ("Phát biểu tại buổi lễ, ông X, Phó Tỉnh trưởng tỉnh B, …" at a ceremony the article never
  // placed: a work handed over abroad as likely as at home.)
  // ("Về phần mình, Tỉnh trưởng tỉnh B cảm ơn …": a reply in talks the article never placed,
  // often held online.)
  // ("Khánh thành nhà đa năng … tại tỉnh B": the headline placed the event abroad; its speakers
  // spoke there, not in the paper's own province.)
  // ("Lãnh đạo tỉnh A điện đàm với lãnh đạo tỉnh B": a call, each side at home.)
  const presumable =
    !ctx.titleRemote &&
    !wordsAt(s, s.t0, ['phát', 'biểu', 'tại']) &&
    !wordsAt(s, s.t0, ['về', 'phần', 'mình']) &&
    (home === undefined || (ctx.titleVenue ?? home.country) === home.country);
  const at = venue ?? (home && presumable && ctx.lastOrigin?.entry !== home ? home : null);
  if (!at) return [];
  // ("Ông X, Bí thư kiêm Trưởng bản Y, chia sẻ: …": a village head speaks where he lives.)
  if (!venue && villageHead(s)) return [];
  const m = speakerPlace(s, venue !== null);
  // (A national leader speaking only at a venue the article named: "Phát biểu tại lễ khởi công,
  // Phó Thủ tướng X đánh giá …" at a groundbreaking the lead placed in B.)
  const from = m
    ? local(m)
    : (headOfDelegation(s, gaz) ?? (venue ? nationalSpeaker(s, venue, gaz, ctx) : null));
  if (!from || from.entry.country === at.country) return [];
  if (spokeAtHome(s, from.entry.country, at)) return [];
  if (m && unseenSpeaker(s, m, ctx)) return [];
  // (A national leader heard in the host's capital met its national leaders there.)
  const capital = national(gaz, at.country);
  const to: Side =
    from.level === 'national' && capital.entry.id === at.id
      ? capital
      : { entry: at, level: 'local' };
  const visit: VisitFinding = {
    from,
    to: [to],
    sentence: s,
    heard: true,
  };
  const told: VisitFinding = venue ? visit : { ...visit, presumed: true };
  // ("Tại buổi gặp mặt, lãnh đạo các tỉnh B1, B2 bày tỏ …": each province listed spoke there.)
  return m ? withListed(s, m).map((x) => ({ ...told, from: local(x) })) : [told];
}

/**
 * "Ông X, Tỉnh trưởng tỉnh C, cho biết năm nay tỉnh …" opening on the speaker alone, where C is
 * named for the first time: words from a province the article's event never involved are a
 * quote from elsewhere, not a speech at the venue.
 */
function unseenSpeaker(s: SentenceView, m: Mention, ctx: VisitContext): boolean {
  if (clauseStart(s) !== s.t0 || s.mentions.some((o) => o.entry.iso !== m.entry.iso)) return false;
  if (ctx.mentions.some((o) => o.entry.iso === m.entry.iso && o.span[0] < s.span[0])) return false;
  // (Words that turn to the partners or the event are said there: "Phó Tỉnh trưởng tỉnh C … cho
  // biết, … mong muốn cùng tỉnh A …", "… cho rằng hội chợ là dịp tốt …": the event itself.)
  const lower = phraseText(s.tt, s.t0, s.t1);
  return countryWords(lower).length === 0 && !TOWARDS_PARTNERS.test(lower);
}
const TOWARDS_PARTNERS =
  /(?<![\p{L}])(?:hai bên|hai tỉnh|hai địa phương|tỉnh bạn|nước bạn|phía bạn|đoàn|chuyến|hội nghị|hội chợ|hội thảo|diễn đàn|triển lãm|sự kiện|chương trình|giao lưu|dịp|buổi|lễ|hợp tác|cảm ơn|chúc mừng|tại đây)(?![\p{L}])/u;

/**
 * "Phát biểu tại kỳ họp Quốc hội ở thủ đô B, Thủ tướng … khẳng định …": the opening places the
 * speech in a place of the speaker's own country other than the article's venue; he spoke at home.
 */
function spokeAtHome(s: SentenceView, country: CountryCode, venue: GazetteerEntry): boolean {
  const open = clauseStart(s);
  if (open === s.t0) return false;
  return s.mentions.some(
    (m) =>
      m.headToken < open && m.entry.country === country && m.entry.id !== venue.id && atVenue(s, m),
  );
}

/**
 * "Phát biểu tại buổi lễ, Đại sứ Nguyễn Bá Hùng bày tỏ …": a Vietnamese paper names its own
 * country's envoy by title and name alone, the name Vietnamese (a family name it begins with).
 * (The other countries' envoys it names with their country: "Đại sứ Lào tại Việt Nam X".)
 */
function ownEnvoy(s: SentenceView, k: number): CountryCode | null {
  if (!wordsAt(s, k, ['đại', 'sứ']) || wordAt(s, k + 2) === 'quán') return null;
  const n = wordsAt(s, k + 2, FULL_POWERS) ? k + 2 + FULL_POWERS.length : k + 2;
  const name = s.tt.tokens[n];
  if (!name || n >= s.t1) return null;
  const capitalised = /^\p{Lu}/u.test(s.tt.text.slice(name.start, name.end));
  return capitalised && PERSON_NAME_WORDS.has(name.f) ? 'VN' : null;
}
const FULL_POWERS = ['đặc', 'mệnh', 'toàn', 'quyền'];

const VILLAGE = new Set(['bản', 'thôn', 'làng', 'phum', 'ấp']);
// How far into the sentence a speaker's title may name his village.
const VILLAGE_REACH = 16;

/** "Trưởng bản", "Bí thư bản", "Trưởng thôn" among the sentence's first words. */
function villageHead(s: SentenceView): boolean {
  for (let k = s.t0 + 1; k < Math.min(s.t1, s.t0 + VILLAGE_REACH); k++)
    if (VILLAGE.has(wordAt(s, k)) && ['trưởng', 'thư'].includes(wordAt(s, k - 1))) return true;
  return false;
}
