// One sentence seen as words (lower case, NFC) with the place mentions inside it, the shape the
// link rules read.
import { fold, modernTones } from '../normalize.ts';
import { COUNTRY_ALT, KHMER_NAMES } from './actors.ts';
import { countOf } from './count-words.ts';
import type { CountryCode, Span } from '../types.ts';
import type { Mention } from './find-places.ts';
import {
  isCapitalised,
  wordOf,
  wordTableGeneration,
  wordTableSize,
  type TokenizedText,
} from './tokens.ts';

export interface SentenceView {
  tt: TokenizedText;
  span: Span;
  /** Index of the sentence's first token and one past its last. */
  t0: number;
  t1: number;
  mentions: Mention[];
  /** The programme of a trip already under way: its "sẽ" tells stops, not a plan (programme.ts). */
  programme?: true;
  /** Memo of meetingAt from t0 (frame-meeting.ts). */
  meeting?: number;
  /** Memo of hasSisterCue (sisters.ts). */
  sisterCue?: boolean;
  /** Memo of venueIn (frame-venue.ts); cleared when `programme` is set, which plans read. */
  venue?: Mention | null;
}

export function sentenceViews(
  tt: TokenizedText,
  sentences: Span[],
  mentions: Mention[],
): SentenceView[] {
  const out: SentenceView[] = [];
  let t = 0;
  let m = 0;
  for (const span of sentences) {
    while (t < tt.tokens.length && tt.tokens[t]!.start < span[0]) t++;
    const t0 = t;
    while (t < tt.tokens.length && tt.tokens[t]!.end <= span[1]) t++;
    const t1 = t;
    while (m < mentions.length && mentions[m]!.span[0] < span[0]) m++;
    const inside: Mention[] = [];
    const from = attributionEnd(tt, t0, t1);
    for (let k = m; k < mentions.length && mentions[k]!.span[1] <= span[1]; k++)
      if (mentions[k]!.firstToken >= from) inside.push(mentions[k]!);
    out.push(newView(tt, span, t0, t1, inside));
  }
  return out;
}

/**
 * A view with every memo field present from the start: views of one shape keep the rules' reads
 * of them (millions a run) monomorphic, where fields added later in varying order made many.
 */
export function newView(
  tt: TokenizedText,
  span: Span,
  t0: number,
  t1: number,
  mentions: Mention[],
): SentenceView {
  return {
    tt,
    span,
    t0,
    t1,
    mentions,
    programme: undefined,
    meeting: undefined,
    sisterCue: undefined,
    venue: undefined,
  };
}

// The outlets a report is credited to ("Theo Báo Hải Dương, …", "Theo TTXVN, …").
const OUTLETS = new Set([
  'báo',
  'tờ',
  'đài',
  'cổng',
  'trang',
  'tạp',
  'thông',
  'ttxvn',
  'vov',
  'kênh',
]);

/**
 * "Theo Báo Hải Dương, tiếp và làm việc với Đoàn có …": the outlet a sentence is credited to is
 * no party to what it tells, though it carries a province's name. The first token after that
 * opening clause, else t0. ("Theo báo cáo, …" is "according to the report".)
 */
export function attributionEnd(tt: TokenizedText, t0: number, t1: number): number {
  if (t1 - t0 < 4 || tt.tokens[t0]!.f !== 'theo') return t0;
  let k = t0 + 1;
  const told =
    wordOf(tt, k) === 'tin' ? 1 : wordOf(tt, k) === 'thông' && wordOf(tt, k + 1) === 'tin' ? 2 : 0;
  if (told > 0) {
    k += told;
    if (k < t1 && (wordOf(tt, k) === 'từ' || wordOf(tt, k) === 'của')) k++;
  }
  if (k >= t1 || !OUTLETS.has(wordOf(tt, k))) return t0;
  // ("Theo thông cáo của Chính quyền tỉnh B" is the party's own word: only "thông tấn" is an outlet.)
  if (wordOf(tt, k) === 'báo' && wordOf(tt, k + 1) === 'cáo') return t0;
  if (wordOf(tt, k) === 'thông' && wordOf(tt, k + 1) !== 'tấn') return t0;
  for (let j = k + 1; j < Math.min(t1, k + 16); j++) if (gapHolds(tt, j, ',')) return j;
  return t0;
}

/** The word at token index k (absolute) in lower case NFC, or '' outside the sentence. */
export function wordAt(s: SentenceView, k: number): string {
  return k < s.t0 || k >= s.t1 ? '' : wordOf(s.tt, k);
}

/** The folded word (no diacritics) at token index k, or ''. Cheap: test it before wordAt. */
export function foldedAt(s: SentenceView, k: number): string {
  return k < s.t0 || k >= s.t1 ? '' : s.tt.tokens[k]!.f;
}

/**
 * A set of folded words the rules test tokens against ("is this word the first of a cue?"). Each
 * set has a bit of its own; a token's bits, for every set at once, are found once per article by
 * one look-up of its folded form, where each test used to look the word up in each set.
 */
export class FoldedWords {
  readonly bit: number;

  constructor(readonly words: ReadonlySet<string>) {
    if (wordSets.length >= MAX_WORD_SETS) throw new Error('FoldedWords: too many word sets');
    this.bit = 1 << wordSets.length;
    wordSets.push(this);
    // Bits remembered before this set existed lack its bit.
    bitsById.fill(0);
    for (const w of words) SHAPES[shapeOf(w)] = 1;
  }

  /** Whether token k (absolute) of the sentence is one of the words; false outside it. */
  at(s: SentenceView, k: number): boolean {
    return k >= s.t0 && k < s.t1 && (tokenBits(s.tt, k) & this.bit) !== 0;
  }
}

/**
 * Whether token k (absolute) of the sentence is in any of the sets whose bits `mask` joins: one
 * look-up where a loop would ask each set in turn (see FoldedWords.at).
 */
export function inAnyAt(s: SentenceView, k: number, mask: number): boolean {
  return k >= s.t0 && k < s.t1 && (tokenBits(s.tt, k) & mask) !== 0;
}

const wordSets: FoldedWords[] = [];
const MAX_WORD_SETS = 30;
// Marks bits[k] as known (0 there means not yet looked up).
const KNOWN = 1 << MAX_WORD_SETS;
// bitsById[id]: the bits of the word with that id in the tokeniser's word table (0: not yet
// known), for the table's generation bitsGeneration.
let bitsById = new Int32Array(1024);
let bitsGeneration = -1;

/** Index of a letter or digit a-z, 0-9 (0-35), else 36. */
function unitClass(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  return c >= 48 && c <= 57 ? c - 22 : 36;
}

/** A word's shape: its length (mod 16) and its first and last code units' classes. */
function shapeOf(f: string): number {
  if (f.length === 0) return 0;
  const first = unitClass(f.charCodeAt(0));
  const last = unitClass(f.charCodeAt(f.length - 1));
  return ((f.length & 15) * 37 + first) * 37 + last;
}

// SHAPES[shape] = 1 when a word of some set has that shape. Most words of a text have a shape no
// word of any set has: they are known to be in none without hashing them for a map look-up.
const SHAPES = new Uint8Array(16 * 37 * 37);

function tokenBits(tt: TokenizedText, k: number): number {
  let b = tt.bits[k]!;
  if (b === 0) {
    const tok = tt.tokens[k]!;
    const f = tok.f;
    if (SHAPES[shapeOf(f)] === 0) return (tt.bits[k] = KNOWN);
    b = tok.id >= 0 ? knownBits(tok.id) : 0;
    if (b === 0) {
      b = KNOWN;
      for (const set of wordSets) if (set.words.has(f)) b |= set.bit;
      if (tok.id >= 0) bitsById[tok.id] = b;
    }
    tt.bits[k] = b;
  }
  return b;
}

/** The bits remembered for word `id`, 0 when not yet known (the cache follows the word table). */
function knownBits(id: number): number {
  if (bitsGeneration !== wordTableGeneration()) {
    bitsGeneration = wordTableGeneration();
    bitsById.fill(0);
  }
  if (id >= bitsById.length) {
    const grown = new Int32Array(Math.max(wordTableSize(), id + 1) * 2);
    grown.set(bitsById);
    bitsById = grown;
  }
  return bitsById[id]!;
}

/** Whether the words (lower case, with diacritics) stand in order from token k. */
export function wordsAt(s: SentenceView, k: number, words: readonly string[]): boolean {
  // A loop, not words.every with a closure: the rules call this at every token of a sentence.
  for (let i = 0; i < words.length; i++) if (wordAt(s, k + i) !== words[i]) return false;
  return true;
}

// "đã", "vừa": a deed told as done (with wordIn over the tokens before it).
export const DONE: ReadonlySet<string> = new Set(['đã', 'vừa']);

/** Whether the word, or one of the set (lower case, with diacritics), stands in tokens [a, b). */
export function wordIn(
  s: SentenceView,
  a: number,
  b: number,
  words: string | ReadonlySet<string>,
): boolean {
  for (let k = Math.max(a, s.t0); k < Math.min(b, s.t1); k++) {
    const w = wordAt(s, k);
    if (typeof words === 'string' ? w === words : words.has(w)) return true;
  }
  return false;
}

/** Whether two words (lower case, with diacritics) stand next to each other in the sentence. */
export function hasWords(s: SentenceView, first: string, second: string): boolean {
  const f = foldOfWord(first);
  for (let k = s.t0; k + 1 < s.t1; k++)
    if (foldedAt(s, k) === f && wordAt(s, k) === first && wordAt(s, k + 1) === second) return true;
  return false;
}

// The folds of the first words hasWords is asked for: the rules' own few constants.
const WORD_FOLDS = new Map<string, string>();

function foldOfWord(w: string): string {
  let f = WORD_FOLDS.get(w);
  if (f === undefined) {
    if (WORD_FOLDS.size >= 1000) WORD_FOLDS.clear();
    WORD_FOLDS.set(w, (f = fold(w)));
  }
  return f;
}

/**
 * How many tokens a country's name takes at token k ("Lào", "Campuchia", "Việt Nam"), or 0:
 * "Lào Cai" is a Vietnamese province.
 */
export function countryWordAt(s: SentenceView, k: number): number {
  const c = countryNamedAt(s, k);
  return c === null ? 0 : c === 'VN' ? 2 : syllabledKhmerAt(s, k) ? 3 : 1;
}

const KHMER_COUNTRY = new Set(KHMER_NAMES);

/** The country whose name starts at token k, or null (see countryWordAt). */
export function countryNamedAt(s: SentenceView, k: number): CountryCode | null {
  const w = wordAt(s, k);
  if (w === 'lào') return wordAt(s, k + 1) === 'cai' ? null : 'LA';
  if (KHMER_COUNTRY.has(w) || syllabledKhmerAt(s, k)) return 'KH';
  return w === 'việt' && wordAt(s, k + 1) === 'nam' ? 'VN' : null;
}

/**
 * "Cam-pu-chia" / "Căm-pu-chia", the spelling by syllables some outlets keep ("Bộ trưởng … Cam-pu-chia,
 * đồng chí X …"): three tokens, read as the one-word name.
 */
function syllabledKhmerAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return (w === 'cam' || w === 'căm') && wordAt(s, k + 1) === 'pu' && wordAt(s, k + 2) === 'chia';
}

/** Lower-case NFC text of the original between two token indexes [a, b). */
export function phraseText(tt: TokenizedText, a: number, b: number): string {
  if (b <= a) return '';
  // Many rules ask for the same range (most often a whole sentence): each is lowered once.
  const key = a * (tt.tokens.length + 1) + b;
  const memo = (tt.phrases ??= new Map());
  let lower = memo.get(key);
  if (lower === undefined) memo.set(key, (lower = lowerPhrase(tt, a, b)));
  return lower;
}

function lowerPhrase(tt: TokenizedText, a: number, b: number): string {
  // ("Cộng hoà", "toạ đàm": old tone placement read as the rules' "cộng hòa", "tọa đàm".)
  const lower = modernTones(
    tt.text
      .slice(tt.tokens[a]!.start, tt.tokens[b - 1]!.end)
      .normalize('NFC')
      .toLowerCase(),
  );
  // "Cămpuchia", the older spelling, read as the rules' "campuchia" (same length: offsets hold).
  return lower.includes('căm') ? lower.replace(OLD_KHMER, 'cam$1') : lower;
}
const OLD_KHMER = /căm(-?pu-?chia)/gu;

/**
 * "Kon Tum (cũ), nay thuộc tỉnh Quảng Ngãi", "sáp nhập vào tỉnh Quảng Ngãi", "hợp nhất tỉnh A và
 * tỉnh B": the unit a place became part of is named to situate it, not as a party or a destination.
 */
export function isSuccessorRemark(s: SentenceView, m: Mention): boolean {
  // "… hợp nhất, Savannakhet mong muốn …": a comma ends the remark.
  const k = m.headToken;
  if (k > s.t0 && gapHolds(s.tt, k, ',;:.')) return false;
  const w1 = wordAt(s, m.headToken - 1);
  const w2 = wordAt(s, m.headToken - 2);
  // ("sau khi hợp nhất với Hà Nam và Nam Định, Ninh Bình …": the units merged into the subject,
  // each of the list.)
  const mergedWith =
    w1 === 'với' && (w2 === 'nhất' || w2 === 'nhập') && MERGING.has(wordAt(s, m.headToken - 3));
  const listedAfter =
    (w1 === 'và' || (m.firstToken > s.t0 && gapHolds(s.tt, m.firstToken, ','))) &&
    s.mentions.some(
      (x) => x.lastToken === m.firstToken - (w1 === 'và' ? 2 : 1) && isSuccessorRemark(s, x),
    );
  return (
    (w2 === 'nay' && (w1 === 'thuộc' || w1 === 'là')) ||
    w1 === 'nhập' ||
    (w2 === 'nhập' && w1 === 'vào') ||
    (w2 === 'hợp' && w1 === 'nhất') ||
    mergedWith ||
    listedAfter
  );
}
const MERGING = new Set(['hợp', 'sáp']);

/** "tại", "ở": the words that set a place as where something is or happens. */
export const LOCATIVE = new Set(['tại', 'ở']);

/** "về", "tới", "đến", "sang": the words of coming to a place or an event ("sang dự", "đến thăm"). */
export const TOWARDS = new Set(['về', 'tới', 'đến', 'sang']);

const DISTANCE_FILLER = new Set(['chỉ', 'khoảng', 'chừng', 'gần', 'hơn', 'dài', 'là', 'mất', 'có']);

/**
 * "nằm cách Thủ đô B khoảng 70 km", "giáp tỉnh B": a place named to measure a distance from or to
 * say what borders a site; nobody goes there.
 */
export function isDistanceRef(s: SentenceView, m: Mention): boolean {
  const k = m.headToken;
  // "quãng đường bộ tới B chỉ khoảng 100 km": a place measured to.
  let d = m.lastToken + 1;
  while (d < m.lastToken + 4 && DISTANCE_FILLER.has(wordAt(s, d))) d++;
  if (/^\d+$/.test(wordAt(s, d)) && wordAt(s, d + 1) === 'km') return true;
  if (wordAt(s, k - 1) === 'cách' && wordAt(s, k - 2) !== 'bằng' && wordAt(s, k + 1) !== 'mạng')
    return true;
  // "… nơi có cột mốc 55, giáp tỉnh B (Campuchia)", "giáp ranh với B": the neighbour of a place.
  let b = m.firstToken - 1;
  if (wordAt(s, b) === 'tỉnh' || wordAt(s, b) === 'huyện') b--;
  // ("tiếp giáp ba tỉnh A, B và C của nước bạn Lào": the neighbours counted.)
  if (wordAt(s, b) === 'các' || countOf(wordAt(s, b)) >= 2) b--;
  const withWord = wordAt(s, b) === 'với';
  if (withWord) b--;
  // ("… có chung đường biên giới với hai tỉnh B1 và B2": the neighbours, again; not "đoàn ba
  // tỉnh Lào có chung đường biên giới: B1, B2 và B3", the guests.)
  if (withWord && wordAt(s, b) === 'giới' && wordAt(s, b - 1) === 'biên') {
    b -= wordAt(s, b - 2) === 'đường' ? 3 : 2;
    return wordAt(s, b) === 'chung' || wordAt(s, b) === 'giáp';
  }
  // ("giáp ranh với B", "ở tỉnh A giáp giới tỉnh B".)
  if (wordAt(s, b) === 'ranh' || wordAt(s, b) === 'giới') b--;
  return wordAt(s, b) === 'giáp';
}

/**
 * "quan hệ hợp tác giữa thành phố với hai tỉnh A và B": m names a side of a relationship spoken of,
 * not a guest or a host of the sentence's trip.
 */
export function inRelation(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 1; k >= Math.max(s.t0, m.firstToken - 12); k--) {
    if (commaBefore(s, k + 1) && k + 1 < m.firstToken && wordAt(s, k + 1) !== 'và') {
      // (A list's comma stands inside the phrase: "giữa A, B và C".)
      if (!s.mentions.some((x) => x.lastToken === k)) return false;
    }
    if (wordAt(s, k) !== 'giữa') continue;
    if (relationOpens(s, k)) return true;
    // ("Cửa khẩu quốc tế đường bộ và đường sông X giữa tỉnh A … và tỉnh B": the gate's two sides.)
    for (let j = k - 1; j >= Math.max(s.t0, k - GATE_REACH); j--)
      if (wordAt(s, j) === 'khẩu' && wordAt(s, j - 1) === 'cửa') return true;
    return false;
  }
  return false;
}

/**
 * "quan hệ … giữa", or a chain of them ("quan hệ hữu nghị, hợp tác giữa hai nước … và giữa hai
 * tỉnh A – B"): a relationship opens the "giữa" at token k.
 */
function relationOpens(s: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(s.t0, k - RELATION_REACH); j--)
    if (wordAt(s, j) === 'hệ' && wordAt(s, j - 1) === 'quan') return true;
  if (wordAt(s, k - 1) !== 'và') return false;
  for (let j = k - 2; j >= Math.max(s.t0, k - CHAIN_REACH); j--)
    if (wordAt(s, j) === 'giữa') return relationOpens(s, j);
  return false;
}

// From "giữa" back to "quan hệ" over the relationship's kinds ("quan hệ hữu nghị, hợp tác giữa").
const RELATION_REACH = 6;

// From a chained "và giữa" back to the "giữa" it continues (the first pair's names stand between).
const CHAIN_REACH = 12;

// From "giữa" back to the "cửa khẩu" whose name stands between.
const GATE_REACH = 10;

/** True when a comma (or semicolon, colon) separates token k from the token before it. */
export function commaBefore(s: SentenceView, k: number): boolean {
  return k > s.t0 && k < s.t1 && gapHolds(s.tt, k, ',;:');
}

/** "các tỉnh Salavan, Attapeu": the comma before token k stands between two places of a list. */
export function listComma(s: SentenceView, k: number): boolean {
  return s.mentions.some((m) => m.headToken === k) && s.mentions.some((m) => m.lastToken === k - 1);
}

/** The first token from `from` on that a comma (or semicolon, colon) precedes, or -1. */
export function commaFrom(s: SentenceView, from: number): number {
  for (let k = from; k < s.t1; k++) if (commaBefore(s, k)) return k;
  return -1;
}

/**
 * The first comma from token `from` that no place follows ("các tỉnh A, B và C" is one list; "tại
 * buổi chúc Tết, Tỉnh trưởng …" ends at it), or -1.
 */
export function commaAfterList(s: SentenceView, from: number): number {
  for (let c = commaFrom(s, from); c >= 0; c = commaFrom(s, c + 1))
    if (!s.mentions.some((m) => m.firstToken <= c + 1 && m.lastToken >= c)) return c;
  return -1;
}

/** True when a comma (or semicolon, colon) stands between tokens a and b (after a, up to b). */
export function commaIn(s: SentenceView, a: number, b: number): boolean {
  const c = commaFrom(s, a + 1);
  return c >= 0 && c <= b;
}

/** True when a colon separates token k from the token before it ("Tuyến thứ hai: từ …"). */
export function colonBefore(s: SentenceView, k: number): boolean {
  return k > s.t0 && k < s.t1 && gapHolds(s.tt, k, ':');
}

/** True when a semicolon separates token k from the token before it: another statement. */
export function semicolonBefore(s: SentenceView, k: number): boolean {
  return k > s.t0 && k < s.t1 && gapHolds(s.tt, k, ';');
}

/** True when a semicolon stands between tokens a and b (after a, up to b). */
export function semicolonIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (semicolonBefore(s, k)) return true;
  return false;
}

/** "tại / ở cửa khẩu …" at token k: a border gate named as where something happens. */
export function atGate(s: SentenceView, k: number): boolean {
  return LOCATIVE.has(wordAt(s, k)) && wordsAt(s, k + 1, ['cửa', 'khẩu']);
}

/** An opening bracket before token k: "Cửa khẩu quốc tế Mộc Bài (tỉnh B)". */
export function bracketBefore(s: SentenceView, k: number): boolean {
  return k > s.t0 && k < s.t1 && gapHolds(s.tt, k, '(');
}

/** A dash before token k: "cửa khẩu Mộc Bài - Bavet". */
export function dashBefore(s: SentenceView, k: number): boolean {
  return k > s.t0 && k < s.t1 && gapHolds(s.tt, k, '-–');
}

/**
 * Whether the text between tokens k - 1 and k holds one of `marks` (single code units). Read in
 * place, without slicing the gap: most gaps are one space.
 */
export function gapHolds(tt: TokenizedText, k: number, marks: string): boolean {
  const { text, tokens } = tt;
  for (let i = tokens[k - 1]!.end; i < tokens[k]!.start; i++) {
    const c = text.charCodeAt(i);
    for (let j = 0; j < marks.length; j++) if (marks.charCodeAt(j) === c) return true;
  }
  return false;
}

/** The place a sentence opens on as its dateline ("HUẾ - …", "Sê Kông (TTXVN) - …"), if any. */
export function openingDateline(s: SentenceView): Mention | undefined {
  const m = s.mentions[0];
  return m !== undefined && m.firstToken === s.t0 && isDateline(s, m) ? m : undefined;
}

/**
 * "Phnôm Pênh (TTXVN) - …", "PHNÔM PÊNH - …": where the report was filed from; "Báo Cà Mau Sáng
 * 26/4, …": the paper's name. Neither is a party to the event.
 */
export function isDateline(s: SentenceView, m: Mention): boolean {
  const after = s.tt.text.slice(m.span[1], m.span[1] + 30);
  // "PHNÔM PÊNH - Từ ngày 5 đến 8/8, …": a dateline in capitals needs no agency after it.
  if (m.firstToken === s.t0)
    return (
      /^\s*\([^()]{2,24}\)\s*[-–—]/u.test(after) ||
      // ("Viêng Chăn, 12/3 (TTXVN) - …": the wire's day between the place and the agency.)
      (after.startsWith(',') && DATED_WIRE.test(after)) ||
      // ("Điện Biên TV - Tối 29/12, …": the province's broadcaster, filing its report.)
      /^\s*TV\s*[-–—]\s/u.test(after) ||
      (/^\s*[-–—]\s/u.test(after) && isUpperCase(s.tt.text.slice(m.span[0], m.span[1])))
    );
  // "Báo Cà Mau Sáng 26/4, …": the paper's name run into its lead.
  return (
    m.firstToken === s.t0 + 1 &&
    wordAt(s, s.t0) === 'báo' &&
    (/^\s*[-–—:]?\s*(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Vừa qua|Mới đây)(?!\p{L})/u.test(after) ||
      // ("Báo Quảng Trị - Trong khuôn khổ …": the paper's tag and a dash, unless a name follows the
      // dash, a pair "A - B".)
      (/^\s*[-–—]\s+\p{Lu}/u.test(after) && !nameNext(s, m)))
  );
}

/** Whether the sentence's next mention after m starts right past the dash ("Báo A - B"). */
export function nameNext(s: SentenceView, m: Mention): boolean {
  const next = s.mentions[s.mentions.indexOf(m) + 1];
  return next !== undefined && next.span[0] - m.span[1] <= 4;
}

// (Or "Stung Treng, ngày 28/5 (AKP) - …", the day's word written out.)
const DATED_WIRE = /^,\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*\([^()]{2,24}\)\s*[-–—]/u;

function isUpperCase(t: string): boolean {
  return t === t.toUpperCase() && t !== t.toLowerCase();
}

const RESIDING = new Set(['sống', 'cư', 'trú', 'ngụ', 'quê']);
const STATIONED: readonly (readonly string[])[] = [
  ['đóng', 'quân'],
  ['đứng', 'chân'],
  ['đóng', 'chân'],
];

/** "thăm" earlier in the sentence than token k. */
function visitedBefore(s: SentenceView, k: number): boolean {
  for (let j = s.t0; j < k; j++) if (wordAt(s, j) === 'thăm') return true;
  return false;
}

/** "Hadi (24 tuổi, ở bản X, tỉnh B)", "(SN 1985, ở …)": a person's address after his age. */
function agedBefore(s: SentenceView, k: number): boolean {
  if (!commaBefore(s, k)) return false;
  const w = wordAt(s, k - 1);
  return (
    (w === 'tuổi' && /^\d+$/.test(wordAt(s, k - 2))) ||
    (/^\d{4}$/.test(w) && wordAt(s, k - 2) === 'sn')
  );
}

/** "sứ" or "sự" among the words before token k (the cheap test before the pattern). */
function envoyBefore(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - MISSION_REACH); b--) {
    if (foldedAt(s, b) === 'su') return true;
  }
  return false;
}

// "Đại sứ quán nước Cộng hòa Dân chủ Nhân dân Lào": eleven words.
const MISSION_REACH = 11;
const MISSION_OF_COUNTRY = new RegExp(
  String.raw`(?:lãnh sự|đại sứ)(?:\s+quán)?\s+nước\s+(?:cộng hòa dân chủ nhân dân|chdcnd|vương quốc|cộng hòa xã hội chủ nghĩa)\s+(?:${COUNTRY_ALT})\s*$`,
  'u',
);

/**
 * A "tại" (at token k) that says where a mission sits or people live, not where anyone met:
 * "Tổng Lãnh sự quán Lào tại TP Đà Nẵng", "Tổng lãnh sự nước CHDCND Lào tại …", "Đại sứ Việt Nam
 * tại …", "bà con đang sinh sống tại B", "định cư ở B", "phóng viên TTXVN tại B", "liệt sĩ hy
 * sinh tại B", "Hiệp định … ký ngày … tại B".
 */
export function isSeatOrHome(s: SentenceView, k: number): boolean {
  if (RESIDING.has(wordAt(s, k - 1)) || restsFrom(s, k) || signedOn(s, k) || agedBefore(s, k))
    return true;
  // ("Đồn Biên phòng X, đơn vị đóng quân tại huyện Y thuộc …": where a unit is stationed, its home.)
  // (Not where veterans once were, "từng đóng quân tại B", nor a visited unit's station, "đến thăm
  // Đại đội 4, đơn vị đóng chân tại B".)
  if (
    STATIONED.some((w) => wordsAt(s, k - 2, w)) &&
    wordAt(s, k - 3) !== 'từng' &&
    !visitedBefore(s, k)
  )
    return true;
  // ("Trưởng cơ quan Thường trực Ban Tuyên giáo Trung ương tại Đà Nẵng": a central body's office
  // seated in B, in a guest's title.)
  if (wordsAt(s, k - 2, ['trung', 'ương'])) return true;
  if (wordAt(s, k - 1) === 'việc' && wordAt(s, k - 2) === 'làm' && livesAndWorks(s, k - 2))
    return true;
  // ("Tổng Lãnh sự nước Cộng hòa Dân chủ Nhân dân Lào tại B", "Đại sứ quán nước CHDCND Lào tại
  // B": the envoy's post, after the country's long name.)
  if (
    envoyBefore(s, k) &&
    MISSION_OF_COUNTRY.test(phraseText(s.tt, Math.max(s.t0, k - MISSION_REACH), k))
  )
    return true;
  for (let b = k - 1; b >= Math.max(s.t0, k - 5); b--) {
    const w = wordAt(s, b);
    if (w === 'quán' || (w === 'sự' && wordAt(s, b - 1) === 'lãnh'))
      return !calledOn(s, b - (w === 'quán' ? 2 : 1));
    if (w === 'sứ' && wordAt(s, b - 1) === 'đại') return !calledOn(s, b - 1);
    // "Theo phóng viên TTXVN tại Phnom Penh": where the paper's correspondent is based.
    if ((w === 'viên' && wordAt(s, b - 1) === 'phóng') || w === 'pv') return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}

/** "Hiệp định … ký ngày 28/8/2000 tại thủ đô B": where a document was signed, not an event's venue. */
function signedOn(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b > Math.max(s.t0, k - 8); b--) {
    if (wordAt(s, b) === 'ngày' && ['ký', 'kí'].includes(wordAt(s, b - 1))) return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}

/**
 * "liệt sĩ hy sinh tại tỉnh B", "hài cốt … cất bốc / quy tập tại B": where soldiers fell or their
 * remains were found, not where the ceremony that honours them is held.
 */
function restsFrom(s: SentenceView, k: number): boolean {
  const pair = `${wordAt(s, k - 2)} ${wordAt(s, k - 1)}`;
  // ("Đội K73 tỉnh A đã quy tập ở tỉnh B": the team that collected them worked there.)
  if (pair === 'cất bốc' || pair === 'quy tập') return teamBefore(s, k - 2, TEAM_REACH) < 0;
  // ("doanh nghiệp đang đầu tư tại các tỉnh B1, B2": where the firms' money is.)
  // ("liệt sĩ … ngã xuống tại hai tỉnh B1 và B2": fell there, as "hy sinh", also spelt "hi sinh".)
  return pair === 'hy sinh' || pair === 'hi sinh' || pair === 'ngã xuống' || pair === 'đầu tư';
}

/** The "Đội" of a named team ("Đội K53", "Đoàn quy tập …") within `reach` tokens before k, or -1. */
export function teamBefore(s: SentenceView, k: number, reach: number): number {
  for (let b = k - 1; b >= Math.max(s.t0, k - reach); b--) {
    const w = wordAt(s, b);
    const team = w === 'đội' || (w === 'đoàn' && wordsAt(s, b + 1, ['quy', 'tập']));
    if (team && (isCapitalised(s.tt.text, s.tt.tokens[b]!) || teamAgain(s, b))) return b;
  }
  return -1;
}
// ("Đội quy tập hài cốt liệt sĩ thuộc Bộ Chỉ huy Quân sự tỉnh A đã tìm kiếm …": a long name.)
export const TEAM_REACH = 24;

// What a team does when the article names it again as "đội", in lower case.
const TEAM_DOES = new Set(['quy', 'đã', 'tìm', 'cất', 'tiếp', 'vừa', 'đang', 'cũng', 'còn']);

/**
 * "Cụ thể, đội quy tập được 5 bộ hài cốt tại tỉnh B": the team the article named, again, as the
 * subject of its clause (not "đội ngũ", "đội bóng", nor "bộ đội" within a clause).
 */
function teamAgain(s: SentenceView, b: number): boolean {
  return (b === s.t0 || commaBefore(s, b)) && TEAM_DOES.has(wordAt(s, b + 1));
}

/**
 * The "làm" at token k is in "đang sinh sống, làm việc tại B" / "sinh sống và làm việc tại B":
 * where people live and work, not a delegation's working visit.
 */
export function livesAndWorks(s: SentenceView, k: number): boolean {
  // ("Anh X, cựu sinh viên …, hiện đang làm việc tại Sở … tỉnh B": where he is employed now.)
  // ("Hiện em đang làm việc tại Bệnh viện …": the same, with its subject between.)
  // ("…, hiện làm việc tại Văn phòng Quốc hội Lào": the same without "đang".)
  if (wordAt(s, k - 1) === 'hiện') return true;
  if (wordAt(s, k - 1) === 'đang')
    for (let d = 2; d <= 4; d++) if (wordAt(s, k - d) === 'hiện') return true;
  const b = wordAt(s, k - 1) === 'và' ? k - 2 : commaBefore(s, k) ? k - 1 : -1;
  // ("sinh viên Lào đang học tập và làm việc tại B": where students study, their stay.)
  return b >= s.t0 && (RESIDING.has(wordAt(s, b)) || wordsAt(s, b - 1, ['học', 'tập']));
}

// "đến thăm Đại sứ quán Việt Nam tại Lào ở Thủ đô Viêng Chăn": a mission called on is met where
// it sits, and that is where the delegation went.
// ("phối hợp với Tổng Lãnh sự quán … tại B" works with it from afar; "làm việc với" calls on it.)
const CALLED_ON = new Set(['thăm', 'chào', 'giao', 'đến', 'tới', 'ghé']);

/** Whether the mission named from token `start` ("Đại sứ quán …", "Tổng Lãnh sự …") is called on. */
function calledOn(s: SentenceView, start: number): boolean {
  const at = wordAt(s, start - 1) === 'tổng' ? start - 1 : start;
  const w = wordAt(s, at - 1);
  return CALLED_ON.has(w) || (w === 'với' && wordAt(s, at - 2) === 'việc');
}

/** The span of the sentence before the one starting at `at` (from the full stop or line end). */
export function spanBefore(text: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && /[\s.!?]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  return [start, end];
}
