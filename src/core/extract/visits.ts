// Visits: who travelled from where to where. Read sentence by sentence:
//   forward  "Đoàn đại biểu tỉnh A … (đến) thăm / làm việc tại / chúc Tết … tỉnh B, C"
//   reverse  "Lãnh đạo tỉnh B … tiếp / đón Đoàn … tỉnh A"
// A national actor (Tổng Bí thư, Ban Đối ngoại Trung ương …) stands at its capital.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode, GazetteerEntry, LinkEnd } from '../types.ts';
import { countryWords, nationalActorCountry, nationalBodyIndex } from './actors.ts';
import type { Mention } from './find-places.ts';
import {
  foldedAt,
  isSuccessorRemark,
  phraseText,
  wordAt,
  type SentenceView,
} from './sentence-view.ts';
import type { TokenizedText } from './tokens.ts';

export interface Side {
  entry: GazetteerEntry;
  level: LinkEnd['level'];
}

export interface VisitFinding {
  from: Side;
  /** Empty when the sentence names a traveller but no destination we can place. */
  to: Side[];
  sentence: SentenceView;
}

/** What the article has established so far: who is travelling, and the title's places. */
export interface VisitContext {
  lastOrigin: Side | null;
  titlePlaces: Mention[];
  /** Every mention of the article, in text order (for the nearest earlier place). */
  mentions: Mention[];
}

const LOCATIVE = new Set(['tại', 'ở']);
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
const NOT_DELEGATION = new Set(['kết', 'viên', 'thể', 'tụ', 'tàu', 'xe']);
const GUEST_START = new Set([
  'đoàn',
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
  'đô',
  'thị',
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
  'và',
  'làm',
  'việc',
  'với',
  'hội',
  'đàm',
  'xã',
  'giao',
]);
const NOT_AFTER_TIEP = new Set([
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
]);
const NOT_AFTER_DON = new Set(['tết', 'năm', 'xuân', 'nhận', 'chào', 'mừng']);
const SENDING = new Set(['gửi', 'chuyển', 'trao', 'dành', 'tặng']);

function mentionStartingAt(s: SentenceView, k: number): Mention | undefined {
  return s.mentions.find((m) => m.headToken === k);
}

function isCountryWordAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return w === 'lào'
    ? wordAt(s, k + 1) !== 'cai'
    : w === 'campuchia' || (w === 'việt' && wordAt(s, k + 1) === 'nam');
}

interface Cue {
  kind: 'forward' | 'reverse';
  /** Attending ("dự", "tham dự") is a visit only where a place is introduced by "tại / ở". */
  locatedOnly?: boolean;
  /** A motion verb ("đến", "rời") leads to the place right after it (and those listed with it). */
  motion?: boolean;
  /** First and last token of the cue words. */
  start: number;
  end: number;
}

/** Travel verbs that always announce a visit. */
function forwardCueAt(s: SentenceView, k: number): number | null {
  const w = wordAt(s, k);
  const next = wordAt(s, k + 1);
  if (w === 'thăm') return k;
  if (w === 'tham' && next === 'quan') return k + 1;
  if (w === 'chúc' && next === 'tết') return k + 1;
  if (w === 'làm' && next === 'việc' && (wordAt(s, k + 2) === 'tại' || wordAt(s, k + 2) === 'với'))
    return k + 1;
  if (w === 'công' && next === 'tác' && ['chuyến', 'đi', 'sang'].includes(wordAt(s, k - 1)))
    return k + 1;
  // Motion verbs count only when a place or a country follows at once.
  if (['đến', 'tới', 'sang', 'rời'].includes(w)) {
    // "gửi lời chúc mừng đến tỉnh B" sends words, not people ("di chuyển sang" does move them).
    for (let b = k - 1; b >= Math.max(s.t0, k - 10); b--) {
      if (SENDING.has(wordAt(s, b)) && !(wordAt(s, b) === 'chuyển' && wordAt(s, b - 1) === 'di'))
        return null;
    }
    if (mentionStartingAt(s, k + 1) || isCountryWordAt(s, k + 1)) return k;
    // "đã đến huyện Sa Mạ Khi Xay, tỉnh Attapư": a district, village or ward of a named place.
    if (SUB_UNITS.has(wordAt(s, k + 1)) && subUnitPlace(s, k + 1)) return k;
  }
  return null;
}

const SUB_UNITS = new Set(['huyện', 'xã', 'bản', 'phường', 'thị', 'khu', 'làng', 'tận']);

/** The place a sub-unit after a motion verb lies in, named within a few words. */
function subUnitPlace(s: SentenceView, k: number): Mention | undefined {
  return s.mentions.find((m) => m.headToken > k && m.headToken <= k + 8);
}

/** "tiếp / đón / đón tiếp / tiếp đón" followed by a guest. */
function reverseCueAt(s: SentenceView, k: number): number | null {
  const w = wordAt(s, k);
  if (w !== 'tiếp' && w !== 'đón') return null;
  if (wordAt(s, k - 1) === 'trực') return null;
  let end = k;
  if ((w === 'đón' && wordAt(s, k + 1) === 'tiếp') || (w === 'tiếp' && wordAt(s, k + 1) === 'đón'))
    end = k + 1;
  const after = wordAt(s, end + 1);
  if (w === 'tiếp' && end === k && NOT_AFTER_TIEP.has(after)) return null;
  if (w === 'đón' && end === k && NOT_AFTER_DON.has(after)) return null;
  let g = end + 1;
  while (GUEST_FILLER.has(wordAt(s, g)) && g < end + 7) g++;
  return GUEST_START.has(wordAt(s, g)) ? end : null;
}

// Folded forms of every first cue word: the cheap test before reading diacritics.
const CUE_FOLDED = new Set([
  'khao',
  'tham',
  'chuc',
  'lam',
  'cong',
  'den',
  'toi',
  'sang',
  'roi',
  'tiep',
  'don',
  'du',
]);
// "dự" attends an event only before one of these ("dự án" is a project, "dự kiến" a plan).
const EVENT_WORDS = new Set([
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
const FUTURE = new Set(['sẽ', 'kiến', 'không', 'chưa', 'chẳng']);
const PLAN = new Set(['sẽ', 'kiến', 'hoạch']);

/**
 * "sẽ thăm", "dự kiến thăm", "mời lãnh đạo tỉnh B sang thăm": a plan or an invitation. "Nhận lời
 * mời của …, Đoàn … thăm" is a real trip: there the invitation clause ends with a comma first.
 */
function isPlanned(s: SentenceView, cue: number): boolean {
  for (let b = cue - 1; b >= Math.max(s.t0, cue - 5); b--)
    if (FUTURE.has(wordAt(s, b)) && isPlanWord(s, b)) return true;
  // "Hội dự kiến sẽ tổ chức đoàn sang khảo sát … và thăm tỉnh B": a plan anywhere in the clause.
  for (let b = cue - 1; b >= Math.max(s.t0, cue - 16); b--) {
    if (commaBefore(s, b + 1)) break;
    if (PLAN.has(wordAt(s, b)) && isPlanWord(s, b)) return true;
  }
  for (let b = cue - 1; b >= Math.max(s.t0, cue - 10); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'mời') return wordAt(s, b - 1) !== 'lời';
  }
  return false;
}

/** "kiến" plans only in "dự kiến" ("hội kiến" is a meeting), "hoạch" only in "kế hoạch". */
function isPlanWord(s: SentenceView, b: number): boolean {
  const w = wordAt(s, b);
  if (w === 'kiến') return wordAt(s, b - 1) === 'dự';
  if (w === 'hoạch') return wordAt(s, b - 1) === 'kế';
  return true;
}

/** True when a comma (or semicolon, colon) separates token k from the token before it. */
function commaBefore(s: SentenceView, k: number): boolean {
  if (k <= s.t0 || k >= s.t1) return false;
  const gap = s.tt.text.slice(s.tt.tokens[k - 1]!.end, s.tt.tokens[k]!.start);
  return /[,;:]/.test(gap);
}

/** Where the actor phrase starts: after a leading "Nhận lời mời của …," / "Theo lời mời …," clause. */
function afterInvitation(s: SentenceView, from: number, cue: number): number {
  let at = from;
  for (let k = from; k < cue; k++) {
    if (wordAt(s, k) !== 'mời') continue;
    for (let j = k + 1; j < cue; j++) {
      if (commaBefore(s, j)) {
        at = j;
        break;
      }
    }
  }
  return at;
}

/** The first word of the guest after a reverse cue, past fillers like "thân mật". */
function guestWord(s: SentenceView, cue: Cue): string {
  let g = cue.end + 1;
  while (GUEST_FILLER.has(wordAt(s, g)) && g < cue.end + 7) g++;
  return wordAt(s, g);
}

function findCues(s: SentenceView): Cue[] {
  const cues: Cue[] = [];
  for (let k = s.t0; k < s.t1; k++) {
    if (!CUE_FOLDED.has(foldedAt(s, k))) continue;
    // Surveying ("khảo sát thực tế tại") is a visit where the place is introduced by "tại / ở".
    if (wordAt(s, k) === 'khảo' && wordAt(s, k + 1) === 'sát' && !isPlanned(s, k)) {
      cues.push({ kind: 'forward', start: k, end: k + 1, locatedOnly: true });
      k++;
      continue;
    }
    if (wordAt(s, k) === 'dự') {
      if (EVENT_WORDS.has(wordAt(s, k + 1)))
        cues.push({ kind: 'forward', start: k, end: k, locatedOnly: true });
      continue;
    }
    const f = forwardCueAt(s, k);
    if (f !== null) {
      const motion = ['đến', 'tới', 'sang', 'rời'].includes(wordAt(s, k));
      if (!isPlanned(s, k)) cues.push({ kind: 'forward', start: k, end: f, motion });
      k = f;
      continue;
    }
    const r = reverseCueAt(s, k);
    if (r !== null) {
      if (!isPlanned(s, k)) cues.push({ kind: 'reverse', start: k, end: r });
      k = r;
    }
  }
  return cues;
}

/** A mention introduced by "tại / ở" (directly or through its administrative word). */
function isLocated(s: SentenceView, m: Mention): boolean {
  return LOCATIVE.has(wordAt(s, m.headToken - 1));
}

/** A mention inside an invitation ("theo lời mời của UBND tỉnh B"): the host, not the traveller. */
/** "mời đoàn … tỉnh B sang dự": B is invited (a plan), not a destination of this trip. */
function isInvitee(s: SentenceView, m: Mention): boolean {
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - 8); b--) {
    if (commaBefore(s, b + 1)) return false;
    if (wordAt(s, b) === 'mời') return wordAt(s, b - 1) !== 'lời';
  }
  return false;
}

function isInviter(s: SentenceView, m: Mention): boolean {
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
    if (isLocated(s, m)) out.push(m);
    else if (prev && glued(s, prev, m)) out.push(m);
  }
  return out;
}

function glued(s: SentenceView, a: Mention, b: Mention): boolean {
  for (let k = a.lastToken + 1; k < b.headToken; k++)
    if (!LIST_GLUE.has(wordAt(s, k))) return false;
  return true;
}

const local = (m: Mention): Side => ({ entry: m.entry, level: 'local' });

function national(gaz: Gazetteer, c: CountryCode): Side {
  return { entry: gaz.capital(c), level: 'national' };
}

/** The start of the delegation phrase before a cue: its last "Đoàn", else the sentence start. */
function delegationStart(s: SentenceView, cue: number): number {
  for (let k = cue - 1; k >= s.t0; k--) {
    if (wordAt(s, k) !== 'đoàn') continue;
    if (NOT_DELEGATION.has(wordAt(s, k + 1))) continue;
    if (['trưởng', 'phó', 'tỉnh'].includes(wordAt(s, k - 1))) continue;
    return k;
  }
  return s.t0;
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
];

/** The first token after `from` that opens another clause, or the sentence end. */
function clauseEnd(s: SentenceView, from: number): number {
  for (let k = from + 1; k < s.t1; k++) {
    if (CLAUSE_BREAKS.some((ws) => ws.every((w, i) => wordAt(s, k + i) === w))) return k;
  }
  return s.t1;
}

/** Destinations named after a cue: the located ones if any, else every place. */
function destinationsAfter(s: SentenceView, from: number, locatedOnly: boolean): Mention[] {
  const stop = clauseEnd(s, from);
  const after = s.mentions.filter(
    (m) =>
      m.firstToken > from && m.lastToken < stop && !isSuccessorRemark(s, m) && !isInvitee(s, m),
  );
  const located = locatedGroup(s, after);
  return located.length > 0 || locatedOnly ? located : after;
}

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
  const hostIsNationalBody = nationalBodyIndex(text) >= 0;
  if (origin.level !== 'national' && !hostIsNationalBody) return [];
  const c = countryWords(text).find((w) => w.country !== origin.entry.country);
  return c ? [national(gaz, c.country)] : [];
}

/**
 * "… hội kiến Tỉnh trưởng tỉnh Xiêng Khoảng nhân chuyến thăm và làm việc tại Lào": the trip is
 * to a country, and the sentence names a place of that country: that place is the destination.
 */
function namedCountryPlaces(
  tt: TokenizedText,
  s: SentenceView,
  origin: Side,
  from: number,
): Side[] {
  const country = countryWords(phraseText(tt, from, s.t1)).find(
    (w) => w.country !== origin.entry.country,
  );
  if (!country) return [];
  return s.mentions
    .filter((m) => m.entry.country === country.country && !isInviter(s, m))
    .map(local);
}

function resolveForward(
  tt: TokenizedText,
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
  /** Where this cue's own words start: after the previous cue's destinations. */
  from: number,
): VisitFinding | null {
  const dStart = Math.max(delegationStart(s, cue.start), from);
  // "nhiều đoàn", "12 đoàn", "hàng chục đoàn": a tally of past exchanges, not one trip.
  const counted = wordAt(s, dStart - 1);
  const tally = /^\d+$/.test(counted) || ['nhiều', 'hàng', 'chục', 'trăm'].includes(counted);
  if (
    dStart > s.t0 &&
    tally &&
    /^ +$/.test(s.tt.text.slice(s.tt.tokens[dStart - 1]!.end, s.tt.tokens[dStart]!.start))
  )
    return null;
  const notTraveller = (m: Mention) => isLocated(s, m) || isInviter(s, m);
  const before = s.mentions.filter((m) => m.headToken >= from && m.lastToken < cue.start);
  let dests = cue.motion
    ? listFrom(
        s,
        (SUB_UNITS.has(wordAt(s, cue.end + 1))
          ? subUnitPlace(s, cue.end + 1)?.headToken
          : undefined) ?? cue.end + 1,
      )
    : destinationsAfter(s, cue.end, cue.locatedOnly === true);
  // "Tại tỉnh B, Đoàn … tỉnh A thăm …": a located place before the cue is a destination too.
  dests = [...before.filter((m) => isLocated(s, m)), ...dests];
  // The phrase from "Đoàn" names the traveller; else its leader before it ("Bí thư Tỉnh ủy A dẫn
  // đầu đoàn … thăm"), or the sentence start.
  const later = from > s.t0 && ctx.lastOrigin !== null;
  let origin =
    (dStart > from ? actorIn(tt, s, gaz, dStart, cue.start, notTraveller) : null) ??
    (later
      ? null
      : actorIn(tt, s, gaz, afterInvitation(s, from, cue.start), cue.start, notTraveller));
  const firstForeign = (o: Side | null) =>
    dests.find((m) => !o || m.entry.country !== o.entry.country);
  origin ??= fallbackOrigin(ctx, s, firstForeign(null)?.entry.country ?? null);
  if (!origin) return null;
  const o = origin;
  let to: Side[] = dests.filter((m) => m.entry.country !== o.entry.country).map(local);
  // "Tỉnh B (đã) đón đoàn tỉnh A sang thăm": the host stands before the delegation.
  if (to.length === 0 && dStart > from) {
    const host = s.mentions.find(
      (m) => m.headToken >= from && m.lastToken < dStart && m.entry.country !== o.entry.country,
    );
    if (host) to = [local(host)];
  }
  if (to.length === 0 && !cue.locatedOnly) to = namedCountryPlaces(tt, s, o, cue.end + 1);
  if (to.length === 0 && !cue.locatedOnly)
    to = countryDestination(tt, s, gaz, o, cue.end + 1, s.t1);
  return { from: o, to, sentence: s };
}

function resolveReverse(
  tt: TokenizedText,
  s: SentenceView,
  cue: Cue,
  gaz: Gazetteer,
  ctx: VisitContext,
): VisitFinding | null {
  const guestPlaces = s.mentions.filter((m) => m.firstToken > cue.end && !isLocated(s, m));
  // The host's own place ("Chủ tịch UBND tỉnh B") before the venue ("tại thành phố C").
  const hostSide =
    actorIn(tt, s, gaz, s.t0, cue.start, (m) => isLocated(s, m)) ??
    actorIn(tt, s, gaz, s.t0, cue.start, () => false) ??
    (() => {
      const loc = s.mentions.find((m) => m.firstToken > cue.end && isLocated(s, m));
      return loc ? local(loc) : null;
    })();
  // "Tiếp Đoàn, ông A, Chủ tịch UBND tỉnh B, …": the host is named after the guest word.
  if (!hostSide && cue.start - s.t0 <= 1 && ctx.lastOrigin) {
    const o = ctx.lastOrigin;
    const host = s.mentions.find(
      (m) => m.firstToken > cue.end && m.entry.country !== o.entry.country,
    );
    return host ? { from: o, to: [local(host)], sentence: s } : null;
  }
  if (!hostSide) return null;
  const host = hostSide;
  const guestMention = guestPlaces.find((m) => m.entry.country !== host.entry.country);
  let guest: Side | null = guestMention ? local(guestMention) : null;
  if (!guest) {
    const c = nationalActorCountry(phraseText(tt, cue.end + 1, s.t1));
    if (c && c !== host.entry.country) guest = national(gaz, c);
  }
  // "tiếp Đoàn": the delegation the article follows; "tiếp Đại sứ …", "tiếp ông …" name someone else.
  if (!guest && guestPlaces.length === 0 && guestWord(s, cue) === 'đoàn')
    guest = fallbackOrigin(ctx, s, host.entry.country);
  if (!guest || guest.entry.country === host.entry.country) return null;
  return { from: guest, to: [host], sentence: s };
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
  const rev = cues.find((c) => c.kind === 'reverse');
  // "B tiếp Đoàn A …, nhân dịp Đoàn sang thăm": the reception already tells the visit.
  // Every stop of an itinerary ("đã tới thành phố A, …, sau đó tham quan B").
  // Later stops start after the earlier stop's words; their traveller is the same unless named.
  let from = s.t0;
  for (const fwd of cues.filter((c) => c.kind === 'forward' && (!rev || c.start < rev.start))) {
    const v = resolveForward(tt, s, fwd, gaz, ctx, from);
    from = fwd.end + 1;
    if (!v) continue;
    out.push(v);
    ctx.lastOrigin = v.from;
  }
  if (rev) {
    const v = resolveReverse(tt, s, rev, gaz, ctx);
    if (v) out.push(v);
  }
  // The traveller named here is the one later sentences mean by "đoàn".
  for (const v of out) ctx.lastOrigin = v.from;
  return out.filter((v) => v.to.length > 0);
}
