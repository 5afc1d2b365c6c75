// Finds every mention of a gazetteer place in the kept parts of an article.
import type { Gazetteer } from '../gazetteer.ts';
import { validAt } from '../gazetteer.ts';
import { fold, hasDiacritics, isWhiteSpace, toneKey } from '../normalize.ts';
import type { CountryCode, GazetteerEntry, Span, UnresolvedName } from '../types.ts';
import {
  ADMIN_PREFIXES,
  BATTLE_BEFORE,
  COUNTRY_QUALIFIER,
  DEFAULT_KIND_ORDER,
  opensOnForeignPlace,
  NEW_MARK,
  NON_PLACE_BEFORE,
  OLD_MARK,
  PERSON_NAME_WORDS,
  PREFIX_KIND,
  REGIONS,
  THIRD_COUNTRIES,
} from './lexicon.ts';
import { nameIndexFor, nodeAfterWord, step, type NameVariant } from './name-index.ts';
import { letterScore, matchCapital, matchSpelling, type SpellingMatch } from './spelling.ts';
import { countryTagAfter, inCapsLine, PHRASE_NAMES, provinceFrameInCaps } from './caps-lines.ts';
import { KHMER_ALT } from './actors.ts';
import { borderDistricts } from './districts.ts';
import { subUnitMentions } from './sub-units.ts';
import { gapHolds } from './sentence-view.ts';
import { isSeveral } from './count-words.ts';
import { gapBetween, isCapitalised, wordOf, type Token, type TokenizedText } from './tokens.ts';

export interface Mention {
  entry: GazetteerEntry;
  /** The name itself, [start, end) in the original text. */
  span: Span;
  /** Administrative word before (or starting) the name, folded ("tinh", "thanh pho"), or null. */
  prefix: string | null;
  /** Index of the first and last token of the name. */
  firstToken: number;
  lastToken: number;
  /** Index of the first token of the administrative word before the name, else firstToken. */
  headToken: number;
  /** A ward or commune named like a place: it stands for the unit it lies in (see wardUnit). */
  ward?: true;
}

export interface PlaceFinding {
  mentions: Mention[];
  unresolved: UnresolvedName[];
}

const JOIN_GAP = /^[ \t\u00a0]{0,2}[-\u2010\u2011\u2013'\u2019\u02bc]?[ \t\u00a0]{0,2}$/;
const FOREIGN_LOOSE_MIN = 6;
const BATTLE_KEYS = new Set(['dien bien phu']);
const REGION_SET = new Set(REGIONS);
const KINSHIP = new Set(['em', 'anh', 'chi', 'chau']);
const KINSHIP_WORDS = new Set(['em', 'anh', 'chị', 'cháu']);

// Office words, folded ("đoàn", "ủy", "hội", "đội", "ban", "bộ", "sở" …).
const UNRESOLVED_STOP = new Set(['doan', 'uy', 'hoi', 'doi', 'ban', 'bo', 'so', 'ubnd', 'hdnd']);

/** A space, tab or no-break space: what [ \t\u00a0] matches. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Whether text[from, to) is one space, tab or no-break space (/^[ \t\u00a0]$/ on the slice). */
function oneBlank(text: string, from: number, to: number): boolean {
  return to - from === 1 && isBlank(text.charCodeAt(from));
}

/**
 * Whether the `n` characters before `start` end in a colon and white space: a cheap test that
 * must pass before the photo-credit pattern ("Ảnh: …", which ends so) can match there.
 */
function colonBefore(text: string, start: number, n: number): boolean {
  const from = Math.max(0, start - n);
  let k = start - 1;
  while (k >= from && isWhiteSpace(text.charCodeAt(k))) k--;
  return k >= from && text.charCodeAt(k) === 58;
}

/** Assigns each token the index of the keep range it lies in, or -1. */
function keepIndex(tokens: Token[], keep: Span[]): Int32Array {
  const sorted = [...keep].sort((a, b) => a[0] - b[0]);
  const out = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < sorted.length && sorted[k]![1] <= t.start) k++;
    if (k < sorted.length && sorted[k]![0] <= t.start && t.end <= sorted[k]![1]) out[i] = k;
  }
  return out;
}

interface Ctx {
  tt: TokenizedText;
  keepOf: Int32Array;
  date: string | null;
  gaz: Gazetteer;
}

/** "phường Long An", "P. Thái Bình", "xã Kon Tum": a ward or commune named like a place. */
function afterWardWord(ctx: Ctx, first: number): boolean {
  if (first === 0) return false;
  const { tt } = ctx;
  const prev = tt.tokens[first - 1]!;
  const start = tt.tokens[first]!.start;
  // (Read with its marks: "các địa phương Svay Rieng, …" are places, "phường Long An" a ward.)
  if (prev.f === 'phuong' || prev.f === 'xa') {
    const w = wordOf(tt, first - 1);
    return (w === 'phường' || w === 'xã') && oneBlank(tt.text, prev.end, start);
  }
  return (
    (prev.f === 'p' || prev.f === 'x') &&
    /^\. ?$/.test(tt.text.slice(prev.end, start)) &&
    isCapitalised(tt.text, prev)
  );
}

/**
 * Since 1 July 2025 wards and communes carry the names of merged provinces and their old capitals
 * ("phường Long An" lies in the new Tây Ninh): such a name is a place inside the unit in force,
 * never the old province. Before that date a ward lies in the province of its name.
 */
function wardUnit(ctx: Ctx, e: GazetteerEntry): GazetteerEntry {
  const province = e.kind === 'city' && e.parent ? (ctx.gaz.get(e.parent) ?? e) : e;
  // Undated, a ward named like a province or its old capital is itself the sign of the new map.
  if (ctx.date !== null && ctx.date < '2025-07-01') return province;
  const chain = ctx.gaz.successorChain(province.id);
  return chain[chain.length - 1] ?? province;
}

function joinable(ctx: Ctx, a: number, b: number): boolean {
  const { tokens, text } = ctx.tt;
  if (ctx.keepOf[a] !== ctx.keepOf[b]) return false;
  const from = tokens[a]!.end;
  const to = tokens[b]!.start;
  // The usual case, one plain space, without building the gap string.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  if (to - from > 5) return false;
  const gap = text.slice(from, to);
  if (JOIN_GAP.test(gap)) return true;
  return tokens[a]!.f === 'tp' && /^\. ?$/.test(gap);
}

// Each prefix's words joined by spaces, made once (the answers of prefixBefore, prefixInside).
const PREFIX_KEYS = ADMIN_PREFIXES.map((words) => words.join(' '));

/** Folded admin prefix ending right before token i ("tinh", "thanh pho" …), or null. */
export function prefixBefore(tt: TokenizedText, i: number): string | null {
  for (let p = 0; p < ADMIN_PREFIXES.length; p++) {
    const words = ADMIN_PREFIXES[p]!;
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      if (tt.tokens[first + w]!.f !== words[w]) ok = false;
    }
    if (!ok) continue;
    const gap = tt.text.slice(tt.tokens[i - 1]!.end, tt.tokens[i]!.start);
    if (/^[ \t\u00a0]{1,2}$/.test(gap) || (words[0] === 'tp' && /^\.? ?$/.test(gap))) {
      return PREFIX_KEYS[p]!;
    }
  }
  return partnerProvinceAt(tt, i) ? 'tinh' : null;
}

/**
 * "đến tỉnh bạn Siêm Riệp", "tại tỉnh bạn Phông Sa Lỳ": the partner's province named, read as
 * "tỉnh X" (the words before "tỉnh" are the verb's, as for "tỉnh X").
 */
function partnerProvinceAt(tt: TokenizedText, i: number): boolean {
  if (i < 2 || tt.tokens[i - 1]!.f !== 'ban' || tt.tokens[i - 2]!.f !== 'tinh') return false;
  if (wordOf(tt, i - 1) !== 'bạn' || wordOf(tt, i - 2) !== 'tỉnh') return false;
  // ("các tỉnh bạn Lào khai trương …": the partners' country, not a name; "Lào Cai" is one.)
  const f = tt.tokens[i]!.f;
  if (COUNTRY_STARTS.has(f) && !(f === 'lao' && tt.tokens[i + 1]?.f === 'cai')) return false;
  return (
    /^[ \t\u00a0]{1,2}$/.test(tt.text.slice(tt.tokens[i - 2]!.end, tt.tokens[i - 1]!.start)) &&
    /^[ \t\u00a0]{1,2}$/.test(tt.text.slice(tt.tokens[i - 1]!.end, tt.tokens[i]!.start))
  );
}

// First words of the countries' names, folded ("Lào", "Campuchia", "Việt Nam", "CHDCND Lào",
// "Vương quốc Campuchia", "Cộng hòa …").
const COUNTRY_STARTS = new Set(['lao', 'campuchia', 'cam', 'viet', 'chdcnd', 'vuong', 'cong']);

/** Words of the prefix before token i ("tỉnh bạn": 2), from what prefixBefore found there. */
function prefixWidth(tt: TokenizedText, i: number, prefix: string): number {
  return prefix === 'tinh' && partnerProvinceAt(tt, i) ? 2 : wordsIn(prefix);
}

/** Words of a prefix ("thanh pho": 2), without splitting it. */
function wordsIn(prefix: string): number {
  let n = 1;
  for (let k = 0; k < prefix.length; k++) if (prefix.charCodeAt(k) === 32) n++;
  return n;
}

/** Admin prefix that the matched name itself starts with ("TP Hồ Chí Minh", "Thủ đô Viêng Chăn"). */
function prefixInside(tt: TokenizedText, first: number, last: number): string | null {
  for (let p = 0; p < ADMIN_PREFIXES.length; p++) {
    const words = ADMIN_PREFIXES[p]!;
    if (first + words.length > last) continue;
    if (words.every((w, k) => tt.tokens[first + k]!.f === w)) return PREFIX_KEYS[p]!;
  }
  return null;
}

function prevWord(tt: TokenizedText, i: number, back = 1): string | null {
  return i - back >= 0 ? tt.tokens[i - back]!.f : null;
}

/**
 * "chiến thắng Điện Biên Phủ", also past an epithet ("chiến thắng lịch sử / vĩ đại …") or the
 * campaign's length ("chiến dịch 56 ngày đêm …"): the battle's words before the name at `first`.
 */
function battleBefore(tt: TokenizedText, first: number): boolean {
  let back = 1;
  const before = wordsBefore(tt, first, 1);
  if (EPITHETS.has(before)) back = 3;
  else if (before === 'ngay dem' && /^\d+$/.test(prevWord(tt, first, 3) ?? '')) back = 4;
  return (
    BATTLE_BEFORE.includes(prevWord(tt, first, back) ?? '') ||
    BATTLE_BEFORE.includes(wordsBefore(tt, first, back))
  );
}

/** The two folded words ending `back` words before token `first`, joined by a space. */
// (A function of its own, not a closure in battleBefore: that ran at every name judged.)
function wordsBefore(tt: TokenizedText, first: number, back: number): string {
  return `${prevWord(tt, first, back + 1) ?? ''} ${prevWord(tt, first, back) ?? ''}`;
}
const EPITHETS = new Set(['lich su', 'vi dai', 'lung lay', 'than ky']);

// Folded words that name works by their own names ("công trình", "dự án", "thủy điện", "nhà máy").
const WORKS = new Set(['cong trinh', 'du an', 'thuy dien', 'nha may']);
const WORKS_REACH = 5;

/** "công trình A 4 và B": the name at `first` follows a numbered work's name in a list of works. */
function worksListBefore(tt: TokenizedText, first: number): boolean {
  const glue = prevWord(tt, first);
  if (glue !== 'va' && commasBetween(tt, first - 1, first) !== 1) return false;
  const num = glue === 'va' ? first - 2 : first - 1;
  if (num < 1 || !startsWithDigit(tt.tokens[num]!.f)) return false;
  for (let k = num - 1; k >= Math.max(1, num - WORKS_REACH); k--)
    if (WORKS.has(`${tt.tokens[k - 1]!.f} ${tt.tokens[k]!.f}`)) return true;
  return false;
}

/**
 * "các huyện A, B và C", "ba huyện A, B, C": the name at token `first` ends a list of districts
 * (or of wards and communes) that the plural says is one ("huyện Minh Hóa, Quảng Bình" places a
 * district in its province).
 */
function listHeadBefore(tt: TokenizedText, first: number): 'district' | 'ward' | null {
  const prev = tt.tokens[first - 1]!;
  const afterAnd = wordOf(tt, first - 1) === 'và';
  if (!afterAnd && !/^\s*,\s*$/u.test(tt.text.slice(prev.end, tt.tokens[first]!.start)))
    return null;
  for (let j = first - (afterAnd ? 2 : 1); j >= Math.max(1, first - 14); j--) {
    if (isCapitalised(tt.text, tt.tokens[j]!)) continue;
    const w = wordOf(tt, j);
    if (w === 'và') continue;
    if (!isSeveral(wordOf(tt, j - 1))) return null;
    // ("các phường Hiệp An và Long Xuyên": wards, however their names read.)
    return w === 'huyện' ? 'district' : w === 'phường' || w === 'xã' ? 'ward' : null;
  }
  return null;
}

/** "Tỉnh ủy / Tỉnh đoàn / Thành đội X": a province's Party, youth or military body before token k. */
function provincialBodyBefore(tt: TokenizedText, k: number): boolean {
  const body = prevWord(tt, k);
  const unit = prevWord(tt, k, 2);
  return body !== null && PROVINCIAL_BODIES.has(body) && (unit === 'tinh' || unit === 'thanh');
}
const PROVINCIAL_BODIES = new Set(['uy', 'doan', 'doi']);

const BYLINE_OFFICE = /(?:VOV|TTXVN|VTV|VNA)[ \t]*[-–][ \t]*$/u;
// Last words of bodies named after their province ("Biên phòng", "Công an", "BĐBP", "UBND").
const BODY_BEFORE = new Set(['phong', 'an', 'bdbp', 'ubnd', 'hdnd', 'chqs']);
// ("Xem bài gốc tại Hà Nội Mới": the capital's daily, capitalised as a name.)
const NEWSPAPER_AFTER = /^[ \t\u00a0]+(?:Times|Post|Daily|Mới)(?![\p{L}])/u;
// ("Sê Kông là một dòng sông quốc tế": a river named like a province, said to be one.)
const SAID_COMMUNE =
  /^[ \t\u00a0]+là[ \t\u00a0]+(?:xã|phường|thị trấn|thôn|bản|huyện|quận|(?:một[ \t\u00a0]+)?(?:(?:dòng|con)[ \t\u00a0]+)?sông)(?![\p{L}])/u;

// Site words written as part of the site's name ("Đền Preah Vihear"); "Đường", "Phố", "Xã" open
// a sentence or a ward's name as often.
// ("Cung Hòa Bình" in Phnom Penh is the Peace Palace; "bên dòng Hậu Giang" is the river.)
const CAPITAL_SITES = new Set(['đền', 'chùa', 'sông', 'dòng', 'đèo', 'cung']);
// "ngã ba", "ngã tư", "ngã năm", folded.
const JUNCTIONS = new Set(['ba', 'tu', 'nam', 'sau', 'bay']);
// Documents' kinds, folded ("Thỏa thuận", "Hiệp định", "Tuyên bố", "Hiệp ước", "Công ước").
const DOCUMENTS = new Set(['thoa thuan', 'hiep dinh', 'tuyen bo', 'hiep uoc', 'cong uoc']);

/**
 * "Công ty Cổ phần Bình Điền - Quảng Trị", "Tập đoàn Hoàng Anh - Gia Lai": a firm's name that runs
 * on past a dash to a province's.
 */
function companyAfterDash(tt: TokenizedText, first: number): boolean {
  if (first < 2 || !/^\s*[-–]\s*$/u.test(gapBetween(tt, tt.tokens[first - 1]!, tt.tokens[first]!)))
    return false;
  let b = first - 1;
  while (b > 0 && first - b <= FIRM_NAME_WORDS && isCapitalised(tt.text, tt.tokens[b]!)) b--;
  const pair = `${prevWord(tt, b + 1, 2) ?? ''} ${tt.tokens[b]!.f}`;
  return b < first - 1 && FIRMS.has(pair);
}
// Words of a firm's own name before the dash ("Bình Điền").
const FIRM_NAME_WORDS = 4;
const FIRMS = new Set(['cong ty', 'co phan', 'tap doan', 'tong cong']);

const keyOf = (key: string | (() => string)) => (typeof key === 'string' ? key : key());

/** Rejections that depend on the word(s) before the name. */
function badLeftContext(
  ctx: Ctx,
  first: number,
  /**
   * The name's folded words, joined by spaces (asked for only by a few rules): the words, or how
   * to make them (a caller with the words at hand passes them, and makes no closure per name).
   */
  key: string | (() => string),
): 'person' | 'site' | 'battle' | 'ward' | 'gate' | 'district' | null {
  const { tt } = ctx;
  if (first === 0) return null;
  const start = tt.tokens[first]!.start;
  // "Ảnh: Hải Dương", "(Ảnh: Thái Bình)": a photographer's name.
  if (
    colonBefore(tt.text, start, 8) &&
    /(?:^|[\s(|.])[ảẢ]nh\s*:\s*$/u.test(tt.text.slice(Math.max(0, start - 8), start))
  )
    return 'person';
  // "Cảnh Thành/VOV-Viêng Chăn": a byline names the correspondent's office, not a place told of.
  if (BYLINE_OFFICE.test(tt.text.slice(Math.max(0, start - 8), start))) return 'site';
  const prev = tt.tokens[first - 1]!;
  // "các huyện Minh Hóa, Bố Trạch và Quảng Ninh": the last of a list of districts.
  const listed = listHeadBefore(tt, first);
  if (listed) return listed;
  // "hai công trình Sekaman 4 và Sekong": a work listed after a numbered work.
  if (worksListBefore(tt, first)) return 'site';
  if (companyAfterDash(tt, first)) return 'site';
  // ("Đoàn … có các đồng chí: Khăm-muôn Chăn-vi-súc, Phó Chủ tịch …": the first of a roll of names.)
  if (
    prev.f === 'chi' &&
    prevWord(tt, first, 2) === 'dong' &&
    /^\s*:\s*$/u.test(tt.text.slice(prev.end, start))
  )
    return 'person';
  if (!oneBlank(tt.text, prev.end, start)) return null;
  // "Em Phon-xa-vẳn Phi-la-mạ-khot", "chị Sa-la-vẳn": a person addressed by kinship, not a place.
  // ("các cơ quan báo chí Bình Dương": the press of a province; "chí" folds like "chị".)
  // ("đồng chí Khăm-muôn Chăn-vi-súc" is addressed too.)
  if (KINSHIP.has(prev.f)) {
    const w = wordOf(tt, first - 1).toLowerCase();
    if (KINSHIP_WORDS.has(w) || (w === 'chí' && prevWord(tt, first, 2) === 'dong')) return 'person';
  }
  // "Khmer giữa (… gọi là Khmer Kandal)": the middle Khmer, a people named like the province
  // ("đồng bào Khmer Trà Vinh" are the Khmer of a province).
  if (prev.f === 'khmer' && keyOf(key) === 'kandal') return 'site';
  // "Công ty TNHH Hòa Bình Phát", "Công ty CP Thái Bình": a company's name.
  // ("Công ty cổ phần Thái Bình", "Công ty cổ phần Chứng khoán Sài Gòn" too.)
  if (
    prev.f === 'tnhh' ||
    prev.f === 'cp' ||
    (prev.f === 'ty' && prevWord(tt, first, 2) === 'cong') ||
    (prev.f === 'phan' && prevWord(tt, first, 2) === 'co') ||
    (prev.f === 'khoan' && prevWord(tt, first, 2) === 'chung')
  )
    return 'site';
  // The words before first (cheap), then the name's key (a slice and a regex replace).
  if (battleBefore(tt, first) && BATTLE_KEYS.has(keyOf(key))) return 'battle';
  // "cửa khẩu quốc tế Hà Tiên": a border gate named after its town (one named after its
  // province, "cửa khẩu quốc tế Lào Cai", still places the province).
  if (prev.f === 'te' && prevWord(tt, first, 2) === 'quoc' && prevWord(tt, first, 3) === 'khau')
    return 'gate';
  // (A capitalised prefix is no surname: "Thủ Đô PhnomPenh", whose "Đô" folds like "Đỗ"; nor is a
  // capitalised title: "Đô Trưởng Phnom Penh", "Tỉnh Trưởng Svay Rieng", whose "Trưởng" folds like
  // "Trương"; nor a body: "Tỉnh Đoàn Savannakhet", whose "Đoàn" is a surname too.)
  if (
    isCapitalised(tt.text, prev) &&
    PERSON_NAME_WORDS.has(prev.f) &&
    prefixBefore(tt, first) === null &&
    wordOf(tt, first - 1).toLowerCase() !== 'trưởng' &&
    !provincialBodyBefore(tt, first)
  )
    return 'person';
  // ("xóm Kbal Kandal", "đoạn Prek Ta Keo", "xã Tân Khánh Hòa": the last words of a village's,
  // a river reach's or a commune's longer name.)
  // (Not "… địa phương\nTỉnh Hủa Phăn": a line's administrative word after another line's end.)
  if (
    isCapitalised(tt.text, prev) &&
    NAMED_FEATURES.has(prevWord(tt, first, 2) ?? '') &&
    !PREFIX_LAST_WORDS.has(prev.f) &&
    oneBlank(tt.text, tt.tokens[first - 2]!.end, prev.start)
  )
    return 'site';
  // "Đền Preah Vihear", "Sông Mê Kông": a site whose word opens its name, capitalised.
  if (CAPITAL_SITES.has(wordOf(tt, first - 1).toLowerCase())) return 'site';
  // "Ngã ba Hà Giang (biển Hà Tiên)": a junction of rivers or roads, named.
  if (prevWord(tt, first, 2) === 'nga' && JUNCTIONS.has(prev.f)) return 'site';
  // "Thỏa thuận Hà Nội năm 2007", "Tuyên bố Viêng Chăn", "Hiệp định Pa-ri": a document named
  // after the city it was signed in, written as a title.
  if (
    isCapitalised(tt.text, tt.tokens[first - 2] ?? prev) &&
    DOCUMENTS.has(`${prevWord(tt, first, 2) ?? ''} ${prev.f}`)
  )
    return 'site';
  if (!isCapitalised(tt.text, prev)) {
    const word = wordOf(tt, first - 1);
    // ("cửa khẩu Bình Phước (tức cửa khẩu Hoa Lư)": so is a gate named without "quốc tế".)
    if (word === 'khẩu' && prevWord(tt, first, 2) === 'cua') return 'gate';
    if (word === 'phường' || word === 'xã') return 'ward';
    // ("công trình thủy điện Sê Kông", where the article speaks of "sông Sê Kông", or "Nhà máy
    // thủy điện Sê Kông 3", one of its cascade: a dam named after its river; "thủy điện Sơn La"
    // stands in its province.)
    if (
      word === 'điện' &&
      prevWord(tt, first, 2) === 'thuy' &&
      (calledRiver(tt, keyOf(key)) || numberedAfter(tt, first, keyOf(key)))
    )
      return 'site';
    // "Công an huyện Quảng Ninh": a district that shares a province's name, inside some
    // province the name does not tell.
    if (word === 'huyện') return 'district';
    // ("ngôi đền cổ Preah Vihear": an old temple, named; so is an old pagoda.)
    if (word === 'cổ' && OLD_SHRINES.has(prevWord(tt, first, 2) ?? '')) return 'site';
    // ("thành phố B"; "tỉnh đường B", the provincial hall of a Cambodian province.)
    if (NON_PLACE_BEFORE.has(word))
      return (word === 'phố' && prevWord(tt, first, 2) === 'thanh') ||
        (word === 'đường' && prevWord(tt, first, 2) === 'tinh') ||
        (word === 'cầu' && CAU_COMPOUNDS.has(prevWord(tt, first, 2) ?? ''))
        ? null
        : 'site';
  }
  return null;
}

// Folded shrine words "cổ" (old) may follow before the shrine's name.
const OLD_SHRINES = new Set(['den', 'chua']);

/** A number right after the name of folded words `key` from token first ("Sê Kông 3"). */
function numberedAfter(tt: TokenizedText, first: number, key: string): boolean {
  const last = first + key.split(' ').length - 1;
  const next = tt.tokens[last + 1];
  return (
    next !== undefined && /^\d+$/.test(next.f) && gapBetween(tt, tt.tokens[last]!, next) === ' '
  );
}

/** "sông Sê Kông" somewhere in the text: the folded name `key` is also a river's. */
function calledRiver(tt: TokenizedText, key: string): boolean {
  const words = key.split(' ');
  for (let k = 0; k + words.length < tt.tokens.length; k++) {
    if (tt.tokens[k]!.f !== 'song') continue;
    if (words.every((w, j) => tt.tokens[k + 1 + j]!.f === w)) return true;
  }
  return false;
}

// Villages and stretches of water whose names run on (folded).
const NAMED_FEATURES = new Set([
  'xom',
  'thon',
  'phum',
  'ap',
  'doan',
  'nhanh',
  'kenh',
  'rach',
  'xa',
  'phuong',
  'huyen',
]);

// "điểm cầu Hà Nội" (an online meeting's point); "yêu cầu Nghệ An …", "nhu cầu", "toàn cầu",
// "khẩn cầu", "thỉnh cầu": words that end on "cầu", no bridge (folded).
const CAU_COMPOUNDS = new Set(['diem', 'yeu', 'nhu', 'toan', 'khan', 'thinh']);

const isVietnameseProvince = (e: GazetteerEntry) => e.country === 'VN' && e.kind !== 'city';

/** Whether the written form agrees with a gazetteer spelling closely enough. */
function variantFits(
  v: NameVariant,
  surface: string,
  surfaceTone: string,
  surfaceHasDia: boolean,
  keyLen: number,
  tt: TokenizedText,
  first: number,
  outer: string | null,
) {
  if (!surfaceHasDia) return true; // unaccented text or a romanised name
  if (v.toneKey === surfaceTone || (inNameSlot(tt, first, outer) && halfAccented(v.name, surface)))
    return true;
  // Lao and Khmer names are transliterated with shifting diacritics ("Át-tạ-pư" / "Ắt-ta-pư");
  // Vietnamese names are not, and short names collide with words ("kép" ≠ Kep).
  return keyLen >= FOREIGN_LOOSE_MIN && v.entries.every((e) => e.country !== 'VN');
}

/** After a province or body word, or inside a list ("5 tỉnh: Quang Trị, …"). */
function inNameSlot(tt: TokenizedText, first: number, outer: string | null): boolean {
  return (
    outer !== null ||
    BODY_BEFORE.has(tt.tokens[first - 1]?.f ?? '') ||
    provincialBodyBefore(tt, first) ||
    /[:,;][ \t]*$/.test(
      tt.text.slice(Math.max(0, tt.tokens[first]!.start - 3), tt.tokens[first]!.start),
    )
  );
}

/**
 * "Quang Trị", "Quảng Tri": each syllable either as the gazetteer writes it or with no mark at all,
 * as in a text whose diacritics were only partly restored. (Only in a place's slot: "Hải Phong" in
 * a byline is a person.)
 */
function halfAccented(name: string, surface: string): boolean {
  const a = name.split(/[\s-]+/u);
  const b = surface.split(/[\s-]+/u);
  return (
    a.length > 1 &&
    a.length === b.length &&
    b.every((w, i) => !hasDiacritics(w) || toneKey(w) === toneKey(a[i]!))
  );
}

function capitalisationFits(
  ctx: Ctx,
  first: number,
  last: number,
  variants: readonly NameVariant[],
  /** The mention found last, before this name. */
  prev?: Mention,
): boolean {
  const { tt } = ctx;
  if (!isCapitalised(tt.text, tt.tokens[first]!)) return false;
  // A multi-word name needs its last word capitalised too ("hòa bình" / "Hòa bình" are peace).
  // Hyphenated transliterations ("Sa-la-van") keep later syllables in lower case.
  // One token holds no white space; several may be joined without any ("Sa-la-van").
  if (first === last || isCapitalised(tt.text, tt.tokens[last]!)) return true;
  const surface = tt.text.slice(tt.tokens[first]!.start, tt.tokens[last]!.end);
  if (!/\s/.test(surface)) return true;
  // "chính uỷ Biên phòng Quảng trị", "tỉnh Hà tĩnh": a body's or a province word before the name
  // makes a typed-small last syllable a slip, not a phrase.
  if (first > 0 && (prefixBefore(tt, first) !== null || BODY_BEFORE.has(tt.tokens[first - 1]!.f)))
    return true;
  // "tỉnh Bô Ly Khăm xay": a long Lao or Khmer name after its province word, its last syllable
  // written small, is no Vietnamese phrase.
  // ("Tbong Khmum, Svay rieng, Prey veng, Ốt đô miên chay": so does one listed after a province of
  // its country.)
  const foreign = variants.every((v) => v.entries.every((e) => e.country !== 'VN'));
  // ("sang Ốt-đô Miên-chây", "Prê Vi-hia": the last word is itself hyphenated, capitalised on its
  // first syllable only, as a transliteration's later syllables are.)
  if (foreign && lastWordCapitalised(tt, first, last)) return true;
  const listed =
    prev !== undefined &&
    variants.every((v) => v.entries.every((e) => e.country === prev.entry.country)) &&
    /^\s*(?:,|và)\s*$/u.test(tt.text.slice(prev.span[1], tt.tokens[first]!.start));
  return foreign && ((last - first >= 3 && prefixBefore(tt, first) !== null) || listed);
}

/** The last blank-separated word of tokens first..last, hyphen-joined, starts with a capital. */
function lastWordCapitalised(tt: TokenizedText, first: number, last: number): boolean {
  // (Cheap test first: most names end on a word of one token.)
  if (!hyphenJoined(tt, last)) return false;
  let k = last;
  while (k > first && hyphenJoined(tt, k)) k--;
  return k > first && isCapitalised(tt.text, tt.tokens[k]!);
}

function afterText(ctx: Ctx, last: number): string {
  const end = ctx.tt.tokens[last]!.end;
  return ctx.tt.text.slice(end, end + 40);
}

/**
 * "Trường Đại học Vinh", "ĐH Vinh": a university named after its city names the city, which a bare
 * "Vinh" (a given name, "vinh dự") does not.
 */
function universityOf(tt: TokenizedText, first: number): boolean {
  const before = tt.tokens[first - 1]?.f;
  return before === 'dh' || (before === 'hoc' && tt.tokens[first - 2]?.f === 'dai');
}

/**
 * Whether token i opens a list item: the text before it ends on a comma, semicolon, colon or "và"
 * ("Đà Nẵng, Hồ Chí Minh"), not on a word of a longer name ("Bảo tàng Hồ Chí Minh, Hà Nội": the
 * museum, named after the person, beside the city it stands in).
 */
function itemStarts(tt: TokenizedText, i: number): boolean {
  const start = tt.tokens[i]!.start;
  return ITEM_OPENS.test(tt.text.slice(Math.max(0, start - 8), start));
}

// (Or a trip's word before the first item: "đến Hồ Chí Minh, Hà Nội và …".)
const ITEM_OPENS = /(?:[,;:]|(?<![\p{L}])(?:và|đến|tới|sang|tại|ở|về|thăm))\s*$/u;

/** A Lao or Khmer province whose bare name is a Vietnamese word ("Kép"). */
function foreignProvince(v: NameVariant): boolean {
  return v.entries.every((e) => e.kind === 'province' && e.country !== 'VN');
}

/**
 * "gồm Kampốt, Kép, Preah Sihanouk": a name between list commas (or "và") is the list's kind; so
 * is the last of a list ("các tỉnh Koh Kong, Ta Keo, Kampot và Kép của Campuchia") after a
 * province of its country that a comma brought in.
 */
function inNameList(ctx: Ctx, first: number, last: number, v: NameVariant, prev?: Mention) {
  const { text } = ctx.tt;
  const start = ctx.tt.tokens[first]!.start;
  const before = text.slice(Math.max(0, start - 6), start);
  const after = afterText(ctx, last);
  const comma = /,\s*$/u.test(before) || /^\s*,/u.test(after);
  if (comma && /(?:,|\svà)\s*$/u.test(before) && /^\s*(?:,|và\s|[.;])/u.test(after)) return true;
  return (
    prev !== undefined &&
    prev.entry.kind === 'province' &&
    v.entries.every((e) => e.country === prev.entry.country) &&
    /^\s+và\s+$/u.test(text.slice(prev.span[1], start)) &&
    /,\s*$/u.test(text.slice(Math.max(0, prev.span[0] - 4), prev.span[0]))
  );
}

function preferBy<T>(list: T[], pred: (x: T) => boolean): T[] {
  const kept = list.filter(pred);
  return kept.length > 0 ? kept : list;
}

const isPost2025 = (e: GazetteerEntry) => (e.validFrom ?? '') >= '2025-07-01';

/** Chooses one entry among those bearing the matched name. */
export function chooseEntry(
  entries: readonly GazetteerEntry[],
  prefix: string | null,
  after: string,
  date: string | null,
): GazetteerEntry {
  // Most names are one unit's: nothing to choose (the regexes below cost the most).
  if (entries.length === 1) return entries[0]!;
  let list = [...entries];
  const qualifier = COUNTRY_QUALIFIER.find((q) => q.re.test(after));
  if (qualifier) list = preferBy(list, (e) => e.country === qualifier.country);
  const rest = qualifier ? after.replace(/^\s*[(,][^)]*\)?/u, '') : after;
  if (NEW_MARK.test(after) || NEW_MARK.test(rest)) list = preferBy(list, isPost2025);
  else if (OLD_MARK.test(after) || OLD_MARK.test(rest))
    list = preferBy(list, (e) => e.validTo !== undefined);
  else if (date) list = preferBy(list, (e) => validAt(e, date));
  else list = preferBy(list, (e) => !isPost2025(e));
  const order = (prefix && PREFIX_KIND[prefix]) || DEFAULT_KIND_ORDER;
  const rank = (e: GazetteerEntry) => {
    const r = order.indexOf(e.kind);
    return r < 0 ? 99 : r;
  };
  list.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  return list[0]!;
}

/** `alternatives`: the other units a bare name could be ("Viêng Chăn": capital or province). */
type Verdict = { mention: Mention; alternatives?: GazetteerEntry[] } | 'block' | 'stop' | null;

// The same names recur across a corpus: their tone keys are worth remembering.
const surfaceMemo = new Map<string, { tone: string; dia: boolean }>();

function surfaceForm(surface: string): { tone: string; dia: boolean } {
  let f = surfaceMemo.get(surface);
  if (!f) {
    if (surfaceMemo.size > 20_000) surfaceMemo.clear();
    f = { tone: toneKey(surface), dia: hasDiacritics(surface) };
    // A copy: the surface is a slice of the article, and as a key it would keep the article alive.
    surfaceMemo.set(surface.split('').join(''), f);
  }
  return f;
}

/** The entries of the variants, each once, in order (read only: one variant's list is shared). */
function entriesOf(variants: NameVariant[]): readonly GazetteerEntry[] {
  // Most names have one variant, whose entries are already distinct (see name-index.ts).
  if (variants.length === 1) return variants[0]!.entries;
  // A handful of entries: a scan costs less than a Set.
  const out: GazetteerEntry[] = [];
  for (const v of variants) for (const e of v.entries) if (!out.includes(e)) out.push(e);
  return out;
}

/** Letters a-z and digits in folded[from, to): the length of the name's key without spaces. */
function alnumCount(folded: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) n++;
  }
  return n;
}

/**
 * "Bác sỹ Nuphit Phonsavan": a bare Lao or Khmer name right after a title and a capitalised
 * romanised word of several syllables (no Vietnamese word is): a person's given name and surname.
 */
function givenNameBefore(
  ctx: Ctx,
  first: number,
  variants: NameVariant[],
  prev: Mention | undefined,
): boolean {
  const { tt } = ctx;
  // (Cheap tests first: most names follow no title two words back.)
  if (first < 2 || !PERSON_TITLES.has(tt.tokens[first - 2]!.f)) return false;
  if (prev?.lastToken === first - 1) return false;
  const before = tt.tokens[first - 1]!;
  const word = tt.text.slice(before.start, before.end);
  return (
    oneBlank(tt.text, before.end, tt.tokens[first]!.start) &&
    /^[A-Z][a-z]+$/.test(word) &&
    (word.match(VOWEL_GROUPS)?.length ?? 0) >= 2 &&
    variants.every((v) => v.entries.every((e) => e.country !== 'VN')) &&
    prefixBefore(tt, first) === null
  );
}
const VOWEL_GROUPS = /[aeiouy]+/g;
const FAMILY_NAME_AFTER = new Set(['ong', 'ba', 'ngai', 'campuchia', 'lao']);

/**
 * "Chủ nhiệm Ủy ban … Quốc hội Campuchia Kep Chuktema", "ông Kep Chuktema": a Khmer or Lao family
 * name that is a province's, after a courtesy title or the country's name, before a romanised
 * given name (one blank, capitalised, unaccented, two vowel groups or more) that starts no place
 * (not "Đô trưởng Vientiane Sinlavong …", the office's place before its holder's name).
 */
function givenNameAfter(ctx: Ctx, first: number, last: number, variants: NameVariant[]): boolean {
  const { tt } = ctx;
  const next = tt.tokens[last + 1];
  if (first < 1 || !FAMILY_NAME_AFTER.has(tt.tokens[first - 1]!.f)) return false;
  if (!next || !oneBlank(tt.text, tt.tokens[last]!.end, next.start)) return false;
  const word = tt.text.slice(next.start, next.end);
  // ("ông Kep Sê Xiêng": after a courtesy title the given name may be written the Vietnamese way,
  // one accented syllable at a time.)
  const romanised = /^[A-Z][a-z]+$/.test(word) && (word.match(VOWEL_GROUPS)?.length ?? 0) >= 2;
  const honoured = HONORIFICS.has(tt.tokens[first - 1]!.f) && /^\p{Lu}\p{Ll}+$/u.test(word);
  // (A romanised word may start a place of its own, an honoured name's syllable "Sê" too.)
  return (
    (honoured || (romanised && nodeAfterWord(nameIndexFor(ctx.gaz), -1, next.f) < 0)) &&
    variants.every((v) => v.entries.every((e) => e.country !== 'VN')) &&
    prefixBefore(tt, first) === null
  );
}
const HONORIFICS = new Set(['ong', 'ba', 'ngai']);

/**
 * "Đô trưởng Kep Chuk Tema": a capital's mayor is named after his title; a place there that is no
 * capital, before a capitalised word, opens his name (not "Đô trưởng Vientiane Sinlavong …").
 */
function mayorNamed(ctx: Ctx, first: number, last: number, variants: NameVariant[]): boolean {
  const { tt } = ctx;
  const next = tt.tokens[last + 1];
  if (first < 2 || tt.tokens[first - 1]!.f !== 'truong' || tt.tokens[first - 2]!.f !== 'do')
    return false;
  return (
    next !== undefined &&
    oneBlank(tt.text, tt.tokens[last]!.end, next.start) &&
    isCapitalised(tt.text, next) &&
    variants.every((v) => v.entries.every((e) => e.kind !== 'municipality'))
  );
}
// Folded last words of the titles a name follows ("bác sĩ", "đồng chí", "Giám đốc", "Chủ tịch").
const PERSON_TITLES = new Set([
  'ong',
  'ba',
  'ngai',
  'si',
  'sy',
  'chi',
  'doc',
  'tich',
  'thu',
  'truong',
]);

function judge(
  ctx: Ctx,
  first: number,
  last: number,
  variants: NameVariant[],
  prev?: Mention,
): Verdict {
  const { tt } = ctx;
  for (const v of variants) if (v.block) return 'block';
  const start = tt.tokens[first]!.start;
  const end = tt.tokens[last]!.end;
  const surface = tt.text.slice(start, end);
  const key = () =>
    tt.folded.folded.slice(tt.tokens[first]!.fs, tt.tokens[last]!.fe).replace(/[^a-z0-9]+/g, ' ');
  const left = badLeftContext(ctx, first, key);
  if (left === 'battle') return 'stop';
  if (left === 'gate' && variants.every((v) => v.entries.every((e) => e.kind === 'city')))
    return null;
  // A district named like a Vietnamese province is not it; a Lao or Khmer district is often
  // named after its town, which the gazetteer holds ("huyện Phôn Hồng").
  if (left === 'district' && variants.every((v) => v.entries.every(isVietnameseProvince)))
    return null;
  if (left && left !== 'ward' && left !== 'gate' && left !== 'district') return null;
  if (givenNameBefore(ctx, first, variants, prev) || givenNameAfter(ctx, first, last, variants))
    return null;
  if (mayorNamed(ctx, first, last, variants)) return null;
  const after = afterText(ctx, last);
  // "…", Phon-xa-vẳn nói.': a person speaking ("kể từ" is "since", "nói chung/riêng" "in general").
  if (
    isBlank(after.charCodeAt(0)) &&
    /^[ \t\u00a0]+(?:nói|kể)(?![\p{L}])(?![ \t\u00a0]+(?:từ|chung|riêng)(?![\p{L}]))/u.test(after)
  )
    return null;
  // "tờ Vientiane Times", "báo Phnom Penh Post": a newspaper named after its city ("tỉnh A Mai Văn B"
  // is a title and a person).
  // ("Thái Bình là xã về đích …": a commune named like a province, said to be one.)
  const outer = prefixBefore(tt, first);
  if (NEWSPAPER_AFTER.test(after) || (outer === null && SAID_COMMUNE.test(after))) return null;
  if (!capitalisationFits(ctx, first, last, variants, prev)) return null;
  // ("BIÊN GIỚI HÒA BÌNH, HỮU NGHỊ": in capitals, a phrase as much as a province.)
  if (
    outer === null &&
    PHRASE_NAMES.has(key()) &&
    inCapsLine(tt.text, start) &&
    !countryTagAfter(after) &&
    !provinceFrameInCaps(tt.text, start, after)
  )
    return null;
  // "Xỉ-xổm-phon Khăm-muồn-ty": a name runs on past the place's syllables, hyphen-joined.
  if (outer === null && after.charCodeAt(0) === 45 && /^-\p{Ll}/u.test(after)) return null;
  const { tone, dia } = surfaceForm(surface);
  const keyLen = alnumCount(tt.folded.folded, tt.tokens[first]!.fs, tt.tokens[last]!.fe);
  const prefix = outer ?? prefixInside(tt, first, last);
  const headToken = outer ? first - prefixWidth(tt, first, outer) : first;
  // (Loops, not filters with callbacks: judge runs for every name the trie matches.)
  const tonal: NameVariant[] = [];
  for (const v of variants)
    if (variantFits(v, surface, tone, dia, keyLen, tt, first, outer)) tonal.push(v);
  const fitting: NameVariant[] = [];
  for (const v of tonal)
    if (
      !v.prefixOnly ||
      prefix !== null ||
      universityOf(tt, first) ||
      (foreignProvince(v) && inNameList(ctx, first, last, v, prev))
    )
      fitting.push(v);
  if (fitting.length === 0) return null;
  const chosen = chooseEntry(entriesOf(fitting), prefix, after, ctx.date);
  // "thị trấn Hòa Bình, huyện Tương Dương": a Vietnamese town is never a province.
  if (prefix === 'thi tran' && isVietnameseProvince(chosen)) return null;
  const ward = prefix === null && (left === 'ward' || afterWardWord(ctx, first));
  const entry = ward ? wardUnit(ctx, chosen) : chosen;
  const mention: Mention = {
    entry,
    span: [start, end],
    prefix,
    firstToken: first,
    lastToken: last,
    headToken,
  };
  if (ward) mention.ward = true;
  if (prefix !== null || ward) return { mention };
  const alternatives = entriesOf(tonal).filter((e) => e.iso !== entry.iso);
  return alternatives.length > 0 ? { mention, alternatives } : { mention };
}

/**
 * "Viện trưởng VKSND tỉnh Chăm Pa Sắc Khăm Muộn Phi La Phon Đệt": a bare name right after the
 * title's "tỉnh A", running on into two or more capitalised syllables, is the person's name.
 */
function personAfterPlace(ctx: Ctx, prev: Mention | undefined, m: Mention): boolean {
  if (!prev || prev.prefix === null || m.prefix !== null || m.entry.country === 'VN') return false;
  const { tokens, text } = ctx.tt;
  const space = (a: number) =>
    tokens[a + 1]!.start - tokens[a]!.end === 1 && text[tokens[a]!.end] === ' ';
  if (prev.lastToken !== m.firstToken - 1 || !space(prev.lastToken)) return false;
  let k = m.lastToken + 1;
  while (k < tokens.length && k <= m.lastToken + 2 && space(k - 1)) {
    if (!isCapitalised(text, tokens[k]!)) return false;
    k++;
  }
  return k === m.lastToken + 3;
}

/**
 * A bare name that fits several units ("Viêng Chăn") means the one the article names with its
 * administrative word more often ("tỉnh Viêng Chăn" three times, "Thủ đô Viêng Chăn" once).
 */
function settleBareNames(
  text: string,
  mentions: Mention[],
  bare: Map<Mention, GazetteerEntry[]>,
): void {
  if (bare.size === 0) return;
  const named = new Map<string, number>();
  for (const m of mentions)
    if (m.prefix !== null) named.set(m.entry.iso, (named.get(m.entry.iso) ?? 0) + 1);
  // "lãnh đạo 7 tỉnh: Xiêng Khoảng, Hủa Phăn, Viêng Chăn, …": a list of provinces. (The same bare
  // name elsewhere in the article is that province too: "hai tỉnh kết nghĩa … là Vientiane và
  // Udomxay", then "sinh viên của Vientiane và Udomxay".)
  const listed = new Set<GazetteerEntry>();
  for (const [m, alternatives] of bare) {
    const province = alternatives.find((e) => e.kind === 'province');
    if (m.entry.kind !== 'province' && province && inProvinceList(text, mentions, m))
      listed.add(province);
  }
  for (const [m, alternatives] of bare) {
    const province = alternatives.find((e) => listed.has(e));
    if (province) {
      m.entry = province;
      continue;
    }
    let best = m.entry;
    for (const e of alternatives)
      if ((named.get(e.iso) ?? 0) > (named.get(best.iso) ?? 0)) best = e;
    m.entry = best;
  }
}

// ("các tỉnh phía Bắc Lào là Vientiane, Xaysomboun và …": a region of the country between.)
const PROVINCES_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])tỉnh(?:\s+(?:bạn|kết nghĩa))?(?:\s+(?:phía|miền|vùng)\s+(?:bắc|nam|trung|đông|tây)(?:\s+bộ)?)?(?:\s+(?:của\s+)?(?:lào|${KHMER_ALT}|nước bạn(?:\s+(?:lào|${KHMER_ALT}))?))?(?:\s+của\s+(?:thành phố|tỉnh)(?:\s+\p{L}+){0,2})?(?:\s+(?:là|gồm|như))?\s*:?\s*$`,
  'iu',
);

/** Whether a mention stands in a list whose first item follows "tỉnh" ("các tỉnh A, B, …"). */
function inProvinceList(text: string, mentions: Mention[], m: Mention): boolean {
  const at = mentions.indexOf(m);
  let j = at;
  const joined = (gap: string) => LIST_JOIN.test(gap) || UNREAD_ITEM.test(gap);
  while (j > 0 && joined(text.slice(mentions[j - 1]!.span[1], mentions[j]!.span[0]))) j--;
  const head = mentions[j]!;
  // (The head itself only when a list follows it: "tỉnh bạn là Viêng Chăn và …".)
  const next = mentions[at + 1];
  if (head === m && !(next && LIST_JOIN.test(text.slice(m.span[1], next.span[0])))) return false;
  return (
    (head !== m && head.prefix === 'tinh') ||
    // ("hai tỉnh bạn là Viêng Chăn và Xay-nha-bu-ly", "các tỉnh gồm: …", "hai tỉnh kết nghĩa
    // của thành phố là Vientiane và Udomxay").
    PROVINCES_BEFORE.test(text.slice(Math.max(0, head.span[0] - 48), head.span[0]))
  );
}

const RENAMED_AFTER = /^\s*\(\s*nay\s+(?:là|thuộc)(?![\p{L}])/iu;

const PREFIX_LAST_WORDS = new Set(ADMIN_PREFIXES.map((w) => w[w.length - 1]!));
const ALL_COUNTRIES: CountryCode[] = ['LA', 'KH', 'VN'];
const LIST_JOIN = /^\s*(?:,|;|và|cùng|với)\s*$/u;
// ", Houphuan, ": one item of the list no name was read in.
const UNREAD_ITEM = /^\s*,\s*\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,3}\s*,\s*$/u;

// The longest lower-case syllable a Lao or Khmer name is spelt with ("khăm", "xắc").
const MAX_SYLLABLE = 5;
// Lower-case words that end a name in a slot ("tỉnh Hủa Phăn và …").
const NOT_IN_NAME = new Set([
  'va',
  'cung',
  'voi',
  'cua',
  'da',
  'la',
  'co',
  'tai',
  'o',
  'nuoc',
  've',
  'den',
  'sang',
  'tham',
  'lao',
  'campuchia',
  'viet',
  'nam',
  'thu',
  'tinh',
  'thanh',
  'pho',
  'huyen',
  'do',
  'nhan',
  'dan',
]);

/** What /^\d/ tells of a folded word (an ASCII digit first), read in place. */
function startsWithDigit(f: string): boolean {
  const c = f.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * A name-like run of tokens from i: capitalised words; in loose mode also syllables after a hyphen
 * and lower-case words that are not function words ("Luang Pra bang", "Viêng chăn").
 */
function nameRun(ctx: Ctx, i: number, covered: Uint8Array, loose: boolean): number[] {
  const { tt } = ctx;
  const run: number[] = [];
  for (let j = i; j < tt.tokens.length && run.length < 5; j++) {
    if (covered[j] === 1 || ctx.keepOf[j]! < 0 || startsWithDigit(tt.tokens[j]!.f)) break;
    if (j > i && !joinable(ctx, j - 1, j)) break;
    // "Sa văn la khẹt": a plain "la" is a syllable of a name; "là" (is) ends it.
    // ("Xa-va-na-khét": a hyphen joins the syllables of one name, "va" among them, not "và".)
    // ("Ô-đô-miên-chây": a hyphenated syllable keeps its tone marks, "đô" among them, not "do".)
    // (Read only for a word written small that may end a name: most runs are capitalised.)
    if (!isCapitalised(tt.text, tt.tokens[j]!)) {
      const f = tt.tokens[j]!.f;
      if (!loose || j === i) break;
      const plainLa = f === 'la' && tt.text.slice(tt.tokens[j]!.start, tt.tokens[j]!.end) === f;
      if (NOT_IN_NAME.has(f) && !plainLa && !hyphenJoined(tt, j)) break;
    }
    run.push(j);
  }
  return run;
}

/** Token k is joined to the token before it by a hyphen alone ("Xa-va-na-khét"). */
function hyphenJoined(tt: TokenizedText, k: number): boolean {
  return /^[-\u2010\u2011]$/u.test(gapBetween(tt, tt.tokens[k - 1]!, tt.tokens[k]!));
}

/** The country the words around a slot assign it: a "(Lào)" after it, else a listed neighbour. */
function slotCountries(ctx: Ctx, mentions: Mention[], first: number, last: number): CountryCode[] {
  const q = COUNTRY_QUALIFIER.find((x) => x.re.test(afterText(ctx, last)));
  if (q) return [q.country];
  const { tt } = ctx;
  // LIST_JOIN allows one word between the two: tokens further apart are never joined.
  const joined = (x: number, y: number) =>
    y - x <= 2 && LIST_JOIN.test(tt.text.slice(tt.tokens[x]!.end, tt.tokens[y]!.start));
  const near = mentions.find((m) =>
    m.lastToken < first
      ? joined(m.lastToken, first)
      : m.headToken > last && joined(last, m.headToken),
  );
  return near ? [near.entry.country] : ALL_COUNTRIES;
}

/** A country qualifier ("(Lào)", ", Campuchia") within reach of token i: a slot may end there. */
function qualifierNear(ctx: Ctx, i: number): boolean {
  const end = ctx.tt.tokens[i]!.end;
  const after = ctx.tt.text.slice(end, end + 60);
  return /[(,]\s*(?:CHDCND\s+|Vương quốc\s+)?(?:Lào|Campuchia|Cam-pu-chia|Việt Nam)/u.test(after);
}

/** A list item next to a known place ("Hủa Phăn, Xiengkhuang và Luang Pra bang"). */
function isListSlot(ctx: Ctx, mentions: Mention[], i: number): boolean {
  const { tt } = ctx;
  if (i === 0) return false;
  // Not after ";": "…, Tỉnh trưởng tỉnh A; Khamkhan B, …" lists people with their titles.
  if (commasBetween(tt, i - 1, i) === 1 && placeEndsAt(mentions, i - 1)) return true;
  // Unless ";" parts places only: "gồm: Luông Phra Băng; Bo Kẹo; Xay Nhạ Bu Ly; U Đôm Say".
  if (semicolonAfterPlaces(tt, mentions, i)) return true;
  // "10 tỉnh: Mođunkiri, Strung Treng, Rattanakiri (Campuchia)": a known place follows instead.
  if (listedBefore(ctx, mentions, i)) return true;
  if (countedItem(ctx, mentions, i)) return true;
  if (i < 2) return false;
  const f = tt.tokens[i - 1]!.f;
  if (f !== 'va' && f !== 'cung') return false;
  const commas = commasBetween(tt, i - 2, i - 1);
  return (commas === 0 || commas === 1) && placeEndsAt(mentions, i - 2);
}

/** Token i follows "; " after a place that itself follows "; " after a place. */
function semicolonAfterPlaces(tt: TokenizedText, mentions: readonly Mention[], i: number): boolean {
  // (The gap first: it is read in place, where the place before is searched for among them all.)
  if (!semicolonJust(tt, i)) return false;
  let prev: Mention | undefined;
  for (let k = 0; k < mentions.length && !prev; k++)
    if (mentions[k]!.lastToken === i - 1) prev = mentions[k];
  if (!prev || prev.firstToken < 1) return false;
  return placeEndsAt(mentions, prev.firstToken - 1) && semicolonJust(tt, prev.firstToken);
}

/** Whether token k follows one ";" and blanks only. */
function semicolonJust(tt: TokenizedText, k: number): boolean {
  // (Most gaps hold no ";" at all: the pattern runs only on one that does.)
  return (
    gapHolds(tt, k, ';') &&
    /^\s*;\s*$/.test(tt.text.slice(tt.tokens[k - 1]!.end, tt.tokens[k]!.start))
  );
}

/** Token i follows "và" / "cùng" right after a known place ("A và B"). */
function pairedByAnd(ctx: Ctx, mentions: Mention[], i: number): boolean {
  const f = ctx.tt.tokens[i - 1]?.f;
  return (
    (f === 'va' || f === 'cung') &&
    commasBetween(ctx.tt, i - 2, i - 1) === 0 &&
    placeEndsAt(mentions, i - 2)
  );
}

/**
 * The last name of a slot (read by spelling, or left unresolved after "tỉnh") ends at token
 * `last`, one comma, or "và" / "cùng", before token i.
 */
function itemAfter(tt: TokenizedText, last: number, i: number): boolean {
  if (last === i - 1) return commasBetween(tt, i - 1, i) === 1;
  // ("ba tỉnh Svay Rieng, Tboung Khmun và Srey Veng": the last item after a misspelt one.)
  const f = tt.tokens[i - 1]!.f;
  return last === i - 2 && (f === 'va' || f === 'cung') && commasBetween(tt, i - 2, i - 1) < 2;
}

/**
 * "(tỉnh Kratie 42 hài cốt, Kampong Thơm 5 hài cốt, Tboong Khmum 3 hài cốt)": the capitalised
 * run at token i opens an item counted like the one before it, which opens with a known place.
 */
function countedItem(ctx: Ctx, mentions: Mention[], i: number): boolean {
  const { tt } = ctx;
  if (commasBetween(tt, i - 1, i) !== 1) return false;
  let e = i;
  const counted = (k: number) =>
    k < tt.tokens.length && startsWithDigit(tt.tokens[k]!.f) && commasBetween(tt, k - 1, k) === 0;
  while (
    e + 1 < tt.tokens.length &&
    e - i < 3 &&
    !counted(e + 1) &&
    isCapitalised(tt.text, tt.tokens[e + 1]!)
  )
    e++;
  if (!counted(e + 1)) return false;
  // The item before: a place, its count, and at most three words, all after one comma.
  for (const m of mentions) {
    if (m.lastToken >= i - 1 || m.lastToken < i - 6 || !counted(m.lastToken + 1)) continue;
    let inside = true;
    for (let k = m.lastToken + 2; k < i && inside; k++) inside = commasBetween(tt, k - 1, k) === 0;
    if (inside) return true;
  }
  return false;
}

/** The capitalised run from token i (a name of up to four words) is followed by ", A" or "và A". */
function listedBefore(ctx: Ctx, mentions: Mention[], i: number, depth = 0): boolean {
  const { tt } = ctx;
  const n = tt.tokens.length;
  let e = i;
  // ("ATaPeu, Chăm pắc xắc, Xalavan": an item may go on in lower-case syllables.)
  while (
    e + 1 < n &&
    e - i < 3 &&
    commasBetween(tt, e, e + 1) === 0 &&
    (isCapitalised(tt.text, tt.tokens[e + 1]!) || lowerSyllable(tt, e + 1))
  )
    e++;
  if (e + 2 >= n) return false;
  // ("… là Xieng Khuang, Houphuan, Bolikhamxay, …": one more unread item may stand between.)
  if (commasBetween(tt, e, e + 1) === 1)
    return (
      placeStartsAt(mentions, e + 1) ||
      (depth === 0 &&
        isCapitalised(tt.text, tt.tokens[e + 1]!) &&
        listedBefore(ctx, mentions, e + 1, 1))
    );
  return (
    tt.tokens[e + 1]!.f === 'va' &&
    commasBetween(tt, e, e + 1) === 0 &&
    placeStartsAt(mentions, e + 2)
  );
}

// How far from a list item its fellow items may stand, in tokens.
const LIST_REACH = 24;

/** The places named within a list's reach of token i. */
function placesNear(
  mentions: readonly Mention[],
  spelled: readonly Mention[],
  i: number,
): GazetteerEntry[] {
  const near = new Set<GazetteerEntry>();
  for (const list of [mentions, spelled])
    for (const x of list) if (Math.abs(x.firstToken - i) <= LIST_REACH) near.add(x.entry);
  return [...near];
}

function countriesNear(
  mentions: readonly Mention[],
  spelled: readonly Mention[],
  i: number,
): CountryCode[] {
  return [...new Set(placesNear(mentions, spelled, i).map((e) => e.country))];
}

/** At least two places of the match's country are named within a list's reach of token i. */
function listedWith(
  mentions: readonly Mention[],
  spelled: readonly Mention[],
  i: number,
  m: SpellingMatch,
): boolean {
  const country = m.entries[0]!.country;
  const isos = placesNear(mentions, spelled, i).filter((e) => e.country === country);
  return new Set(isos.map((e) => e.iso)).size >= 2;
}

/** Token k is a short lower-case word no Vietnamese sentence ends a name with ("pắc", "nút"). */
function lowerSyllable(tt: TokenizedText, k: number): boolean {
  const f = tt.tokens[k]!.f;
  return f.length <= MAX_SYLLABLE && !NOT_IN_NAME.has(f) && !startsWithDigit(f);
}

function placeStartsAt(mentions: readonly Mention[], k: number): boolean {
  for (const m of mentions) if (m.firstToken === k) return true;
  return false;
}

/** Whether a mention's last token is token k (asked of a capitalised word's neighbours). */
function placeEndsAt(mentions: readonly Mention[], k: number): boolean {
  for (const m of mentions) if (m.lastToken === k) return true;
  return false;
}

/**
 * "các công ty Phước Hòa Kampong Thom, Bà Rịa Kampong Thom", "Công ty CP cao su Đồng Nai - Kratie":
 * a Vietnamese name glued by one space to a Lao or Khmer province, or joined to it by a dash after
 * a company's words, is a company's (its parent's name, then where it works), no place.
 */
function dropCompanyPrefixes(tt: TokenizedText, mentions: Mention[]): void {
  dropBeforeNext(mentions, (m, next) => {
    if (m.entry.country !== 'VN' || m.prefix !== null || next.prefix !== null) return false;
    if (next.firstToken !== m.lastToken + 1) return false;
    const gap = gapBetween(tt, tt.tokens[m.lastToken]!, tt.tokens[next.firstToken]!);
    // ("Công ty Cổ phần Bia Hà Nội Nghệ An": a brand's place, then where its branch is.)
    if (next.entry.country === 'VN') return gap === ' ' && companyNamed(tt, m.firstToken);
    return gap === ' ' || (DASHED.test(gap) && companyBefore(tt, m.firstToken));
  });
}

/** "Công ty (Cổ phần / TNHH) ‹a word›" ending within a few tokens before token k. */
function companyNamed(tt: TokenizedText, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    const f = tt.tokens[j]!.f;
    const prev = tt.tokens[j - 1]!.f;
    if ((f === 'ty' && prev === 'cong') || (f === 'phan' && prev === 'co') || f === 'tnhh')
      return true;
  }
  return false;
}

/**
 * "sông Nhật Lệ (Quảng Ninh, Quảng Bình)" where the article says "huyện Quảng Ninh": a district
 * named like a province, set before the province it lies in, is no province.
 */
function dropDistrictNamesakes(tt: TokenizedText, mentions: Mention[]): void {
  const { text } = tt;
  let lower: string | undefined;
  dropBeforeNext(mentions, (m, next) => {
    if (m.entry.country !== 'VN' || next.entry.country !== 'VN' || m.entry === next.entry)
      return false;
    if (m.prefix !== null || next.prefix !== null) return false;
    if (text[m.span[0] - 1] !== '(' || text[next.span[1]] !== ')') return false;
    if (!/^,\s*$/u.test(text.slice(m.span[1], next.span[0]))) return false;
    lower ??= text.toLowerCase();
    return lower.includes(`huyện ${text.slice(m.span[0], m.span[1]).toLowerCase()}`);
  });
}

// "(Trung Quốc)", "(Thái Lan)" right after a name: the country it lies in is none of the three.
const THIRD_COUNTRY_TAG = new RegExp(String.raw`^\s*\(\s*(?:${THIRD_COUNTRIES})\s*[),]`, 'iu');
const OWN_TAG = /^\s*\(\s*việt nam\s*[),]/iu;
const TAG_REACH = 30;

/**
 * "Đoàn công tác tỉnh A thăm tỉnh Hà Nam (Trung Quốc)": a Chinese province that reads as a
 * Vietnamese one (Henan). Once the article tags the name with a third country, each of its
 * mentions is that place, unless one is tagged "(Việt Nam)".
 */
function dropThirdCountryNamesakes(text: string, mentions: Mention[]): void {
  let foreign: Set<GazetteerEntry> | null = null;
  for (const m of mentions)
    if (
      m.entry.country === 'VN' &&
      text.charCodeAt(m.span[1] + (text[m.span[1]] === ' ' ? 1 : 0)) === 40 &&
      THIRD_COUNTRY_TAG.test(text.slice(m.span[1], m.span[1] + TAG_REACH))
    )
      (foreign ??= new Set()).add(m.entry);
  if (!foreign) return;
  for (const m of mentions)
    if (foreign.has(m.entry) && OWN_TAG.test(text.slice(m.span[1], m.span[1] + TAG_REACH)))
      foreign.delete(m.entry);
  for (let k = mentions.length - 1; k >= 0; k--)
    if (foreign.has(mentions[k]!.entry)) mentions.splice(k, 1);
}

/** Removes each mention that `drop` condemns, judged with the mention after it. */
function dropBeforeNext(mentions: Mention[], drop: (m: Mention, next: Mention) => boolean): void {
  for (let k = mentions.length - 2; k >= 0; k--)
    if (drop(mentions[k]!, mentions[k + 1]!)) mentions.splice(k, 1);
}

/** Two names joined by a dash alone (spaces allowed): "Đồng Nai - Kratie". */
export const DASHED = /^\s*[-–]\s*$/u;
// The last folded word of a company's kind before its name ("cao su", "công ty", "CP").
const COMPANY_WORDS = new Set(['su', 'ty', 'cp', 'tnhh', 'mtv', 'doan']);

function companyBefore(tt: TokenizedText, k: number): boolean {
  return k > 0 && COMPANY_WORDS.has(tt.tokens[k - 1]!.f);
}

/** Token i follows "tại" or "ở" (as written: "ô", "ơ" fold the same). */
function afterLocative(tt: TokenizedText, i: number): boolean {
  const t = tt.tokens[i - 1]!;
  // "Tỉnh trưởng Kông-pông Xpư": a Lao or Khmer governor's title names the province after it.
  if (t.f === 'truong' && i >= 2 && tt.tokens[i - 2]!.f === 'tinh')
    return tt.text.slice(t.start, t.end).toLowerCase() === 'trưởng';
  if (t.f !== 'tai' && t.f !== 'o') return false;
  const w = tt.text.slice(t.start, t.end).toLowerCase();
  return w === 'tại' || w === 'ở';
}

/**
 * The commas between tokens a and b when nothing but white space stands beside them, else -1:
 * what /^\s*,\s*$/ (1) and /^\s*,?\s*$/ (0 or 1) ask of the gap, read in place.
 */
function commasBetween(tt: TokenizedText, a: number, b: number): number {
  // (No token before the first: "và B" opening the text has no gap to read.)
  if (a < 0 || b >= tt.tokens.length) return -1;
  const { text } = tt;
  let commas = 0;
  for (let k = tt.tokens[a]!.end; k < tt.tokens[b]!.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) commas++;
    else if (!isWhiteSpace(c)) return -1;
  }
  return commas;
}

/**
 * Names standing in a place slot (after "tỉnh", "thành phố", "Thủ đô" …, before "(Lào)", or in a
 * list beside a known province) that the trie did not find: matched by spelling when one country's
 * name is close enough, otherwise reported as unresolved (only after an administrative word).
 */
const PAIRED_COUNTRY = new Set(['lao', 'campuchia', 'viet', 'thai']);

function placeSlots(
  ctx: Ctx,
  mentions: Mention[],
  blocked: [number, number][],
  gaz: Gazetteer,
): { spelled: Mention[]; unresolved: UnresolvedName[] } {
  const { tt } = ctx;
  const covered = coveredScratch(tt.tokens.length);
  for (const m of mentions) covered.fill(1, m.firstToken, m.lastToken + 1);
  for (const [a, b] of blocked) covered.fill(1, a, b + 1);
  const spelled: Mention[] = [];
  const out: UnresolvedName[] = [];
  let unresolvedEnd = -1;
  for (let i = 1; i < tt.tokens.length; i++) {
    if (ctx.keepOf[i]! < 0 || covered[i] === 1 || !isCapitalised(tt.text, tt.tokens[i]!)) continue;
    const prev = tt.tokens[i - 1]!.f;
    const prefix = PREFIX_LAST_WORDS.has(prev) || prev === 'ban' ? prefixBefore(tt, i) : null;
    if (prefix !== null && ['thi xa', 'thi tran', 'dac khu'].includes(prefix)) continue;
    // In capitals every word looks like a name: only a spelling very close to one is read there,
    // or one after a province word and before its country ("TỈNH VIÊN CHĂN (NƯỚC CHDCND LÀO)").
    // (inCapsLine is asked last in each test below: it reads the whole line.)
    // ("TÌNH QUÂN DÂN": "tình", folded like "tỉnh", is no province word.)
    if (
      prefix === 'tinh' &&
      wordOf(tt, i - 1).toLowerCase() === 'tình' &&
      inCapsLine(tt.text, tt.tokens[i]!.start)
    )
      continue;
    // ("Tỉnh Ủy", "Thành Đoàn" capitalised: the body's word, whose name slot is the next word.)
    if (prefix !== null && PROVINCIAL_BODIES.has(tt.tokens[i]!.f)) continue;
    // "3 hài cốt tại Tboong Khmum": a name after "tại / ở" is a slot too, for a Lao or Khmer name
    // that sounds very close (Vietnamese units are all listed).
    const located = prefix === null && afterLocative(tt, i);
    // Cheap tests first: most capitalised words stand in no slot at all.
    // "các tỉnh: Rattanakiri, Strung Treng, Prét Vihear": the item after one read by spelling.
    // ("các tỉnh Kpong Chnua, Kpong Chnang": so is the item after one left unresolved.)
    const lastSpelled = spelled[spelled.length - 1];
    const chained =
      (lastSpelled !== undefined && itemAfter(tt, lastSpelled.lastToken, i)) ||
      (unresolvedEnd >= 0 && itemAfter(tt, unresolvedEnd, i));
    const listed = chained || isListSlot(ctx, mentions, i);
    // "Tỉnh Đoàn A-ta-pư", "Tỉnh ủy Xa-la-van": a province's Party or youth body names its province.
    const body = prefix === null && provincialBodyBefore(tt, i);
    const partner = prefix === 'tinh' && partnerProvinceAt(tt, i);
    if (prefix === null && !located && !listed && !body && !qualifierNear(ctx, i)) continue;
    const run = nameRun(ctx, i, covered, true);
    if (run.length === 0) continue;
    const first = tt.tokens[i]!.f;
    // "Phó Chủ tịch Quốc hội Lê Hòa Bình khẳng định, Việt Nam …": a person, whatever follows.
    const left = badLeftContext(ctx, i, first);
    if (left === 'person' || left === 'site' || left === 'gate') continue;
    // "Ban Tuyên giáo tỉnh" is an office; "Ban-tây Miên-chay", hyphenated, a transliteration; so
    // is "Ban Tia Men Chay" of three words and more among provinces listed.
    const hyphenated =
      run.length > 1 && /-|\u2010|\u2011/.test(gapBetween(tt, tt.tokens[i]!, tt.tokens[i + 1]!));
    // ("xe buýt Lào - Thái Lan": two countries joined by a dash, never one name, though "Lào -
    // Thái" is two letters from Lào Cai.)
    if (hyphenated && PAIRED_COUNTRY.has(first)) continue;
    // ("Bộ Công an" is an office; "tỉnh Bo Li Khăm Say", written without the dot, a Lao name.)
    const office = UNRESOLVED_STOP.has(first) && (first !== 'bo' || wordOf(tt, i) === 'bộ');
    if (office && !hyphenated && !(listed && run.length >= 3)) {
      i = run[run.length - 1]!;
      continue;
    }
    // "UBND tỉnh Tạ Văn A" is an office and a person: such a run must sound very close to a place.
    const personLike = PERSON_NAME_WORDS.has(first);
    const words = run.map((k) => tt.tokens[k]!.f);
    if (REGION_SET.has(words.join(' ')) || REGION_SET.has(words.slice(0, 2).join(' '))) continue;
    // ("thủ đô Bắc Kinh" is one letter from Bắc Ninh; "tỉnh Hải Nam" of China, from Hà Nam.)
    // (The run may go on past the name in small letters: "tỉnh Hải Nam còn cấp …".)
    if (opensOnForeignPlace(words)) continue;
    const qualified =
      body || COUNTRY_QUALIFIER.some((q) => q.re.test(afterText(ctx, run[run.length - 1]!)));
    if (prefix === null && !qualified && !listed && !located) continue;
    const locatedOnly = prefix === null && !qualified && !listed;
    // "huyện Xay Cham Pon (Lào)": the end of a longer name no place matched is no name of its own.
    const tail =
      prefix === null &&
      !body &&
      covered[i - 1] !== 1 &&
      isCapitalised(tt.text, tt.tokens[i - 1]!) &&
      gapBetween(tt, tt.tokens[i - 1]!, tt.tokens[i]!) === ' ';
    // "tỉnh Hà Tây (nay là T.P Hà Nội)": a unit of old that the remark names the successor of;
    // no Lao or Khmer name is meant, whatever it sounds like.
    const renamed = RENAMED_AFTER.test(afterText(ctx, run[run.length - 1]!));
    let hit: Mention | null = null;
    for (let n = run.length; n >= 1 && !hit && !renamed; n--) {
      const last = run[n - 1]!;
      const surface = tt.text.slice(tt.tokens[i]!.start, tt.tokens[last]!.end);
      const countries = slotCountries(ctx, mentions, i, last);
      let m =
        matchSpelling(
          surface,
          locatedOnly ? countries.filter((c) => c !== 'VN') : countries,
          gaz,
        ) ?? (prefix === 'thu do' ? matchCapital(surface, gaz) : null);
      // "đại diện hai tỉnh Dak Lak và Mundulkiri": a pair joined by "và" may cross the border; a
      // name very close to another country's province is read there.
      // ("Nậm Thà, Bát-tam-băng, Phông Xa-ly": a list of two countries' provinces, read on the
      // other country's names when its neighbour's give nothing.)
      if (!m && countries.length === 1) {
        const others = pairedByAnd(ctx, mentions, i)
          ? ALL_COUNTRIES
          : listed
            ? countriesNear(mentions, spelled, i).filter((c) => c !== countries[0])
            : [];
        const across = others.length > 0 ? matchSpelling(surface, others, gaz) : null;
        if (across && across.score >= 0.9) m = across;
      }
      // (A syllable after a hyphen is written small as often as not: "tỉnh Strung-teng".)
      const lowered = run
        .slice(1, n)
        .some((k) => !isCapitalised(tt.text, tt.tokens[k]!) && !hyphenJoined(tt, k));
      // ("Kép, Kampot, Si ha nút, Cô kông": among a country's provinces, syllables the writer
      // left in lower case are still a name.)
      const loweredOk = lowered && listed && m !== null && listedWith(mentions, spelled, i, m);
      // ("Phó Bí thư Tỉnh ủy Xay Sổm Phon": after a body, a leader's name may follow; a name that
      // only sounds like a province's is his.)
      if (
        !m ||
        (m.score < 0.9 &&
          (personLike ||
            (lowered && !loweredOk) ||
            locatedOnly ||
            tail ||
            body ||
            ((prefix === null || !countryTagAfter(afterText(ctx, last))) &&
              inCapsLine(tt.text, tt.tokens[i]!.start))))
      )
        continue;
      // "(huyện Đakrông, Quảng Trị)": Vietnamese units are all listed, so a list item near one of
      // their names is a district or a person, unless it is the name itself ("…, Hồ Chí Minh").
      if (
        prefix === null &&
        !qualified &&
        m.entries.every((e) => e.country === 'VN') &&
        (m.score < 1 || !itemStarts(tt, i))
      )
        continue;
      // ("cặp cửa khẩu phụ Đăk Long (Việt Nam) - Văng Tắt (Lào)": with no administrative word, a
      // Vietnamese name the country tags, its syllables opening on other letters, is a site or a
      // unit; "Đắk Lắk và Đk Nông (Việt Nam)" keeps each syllable's first letter.)
      if (
        prefix === null &&
        m.score < 1 &&
        m.entries.every((e) => e.country === 'VN') &&
        initials(surface) !== initials(m.name)
      )
        continue;
      // ("Phó Chủ tịch UBND thành phố Hồ Kỳ Minh": a person, whose name sounds like a city's.)
      if (personLike && letterScore(surface, m.name) < 0.9) continue;
      // A list item cut short of the next capitalised word is a person's first name.
      const cut = n < run.length && isCapitalised(tt.text, tt.tokens[run[n]!]!);
      // ("Tỉnh trưởng tỉnh bạn Khăm Phăn Xay Nhạ Chắc": so is one after "tỉnh bạn".)
      if (cut && ((prefix === null && !qualified) || partner) && m.score < 0.9) continue;
      const headToken = prefix ? i - prefixWidth(tt, i, prefix) : i;
      hit = {
        entry: chooseEntry(m.entries, prefix, afterText(ctx, last), ctx.date),
        span: [tt.tokens[i]!.start, tt.tokens[last]!.end],
        prefix,
        firstToken: i,
        lastToken: last,
        headToken,
      };
      out.push({
        name: surface,
        span: hit.span,
        match: { id: hit.entry.id, name: m.name, score: m.score },
      });
    }
    if (hit) {
      spelled.push(hit);
      i = hit.lastToken;
      continue;
    }
    if (prefix === null || personLike) continue;
    // Unresolved: the capitalised words after the administrative word, as written.
    const plain = nameRun(ctx, i, covered, false).slice(0, 4);
    if (plain.length === 0) continue;
    const span: Span = [tt.tokens[i]!.start, tt.tokens[plain[plain.length - 1]!]!.end];
    out.push({ name: tt.text.slice(span[0], span[1]), span });
    i = unresolvedEnd = plain[plain.length - 1]!;
  }
  return { spelled, unresolved: out };
}

/** The first letter of each syllable, folded: "Đk Nông" and "Đắk Nông" give "dn". */
function initials(name: string): string {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .map((w) => w.charAt(0))
    .join('');
}

// placeSlots' marks of the tokens a name already covers, reused from one article to the next (a
// typed array per article cost more to allocate than to clear; placeSlots keeps none of it).
let coveredMarks = new Uint8Array(1024);

/** coveredMarks cleared for n tokens, grown when an article has more. */
function coveredScratch(n: number): Uint8Array {
  if (coveredMarks.length < n) coveredMarks = new Uint8Array(n * 2);
  coveredMarks.fill(0, 0, n);
  return coveredMarks;
}

// Scratch space for the names ending along one trie walk (reused: no allocation per token).
const endLast: number[] = [];
const endVariants: NameVariant[][] = [];

/**
 * Every place mention inside the `keep` ranges, left to right, longest name first.
 * `date` (the article's publication date) decides between a unit before and after 2025.
 */
export function findPlaces(
  tt: TokenizedText,
  keep: Span[],
  gaz: Gazetteer,
  date: string | null,
): PlaceFinding {
  const idx = nameIndexFor(gaz);
  const ctx: Ctx = { tt, keepOf: keepIndex(tt.tokens, keep), date, gaz };
  const mentions: Mention[] = [];
  // Phrases that are no place ("Thái Bình Dương"): never a slot for a guessed spelling either.
  const blocked: [number, number][] = [];
  const bare = new Map<Mention, GazetteerEntry[]>();
  const { tokens } = tt;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.keepOf[i]! < 0) continue;
    // Walk the trie across joinable tokens, remembering every complete name on the way.
    let found = 0;
    let node = 0;
    let j = i;
    outer: for (;;) {
      const tok = tokens[j]!;
      if (j === i) {
        // The first word from the root: known per word, not walked per token.
        node = nodeAfterWord(idx, tok.id, tok.f);
        if (node < 0) break;
      } else {
        const f = tok.f;
        for (let c = 0; c < f.length; c++) {
          node = step(idx, node, f.charCodeAt(c));
          if (node < 0) break outer;
        }
      }
      const variants = idx.variants[node];
      if (variants) {
        endLast[found] = j;
        endVariants[found] = variants;
        found++;
      }
      if (j + 1 < tokens.length && joinable(ctx, j, j + 1)) j++;
      else break;
    }
    for (let e = found - 1; e >= 0; e--) {
      const verdict = judge(ctx, i, endLast[e]!, endVariants[e]!, mentions.at(-1));
      if (verdict === null) continue;
      if (verdict === 'block') blocked.push([i, endLast[e]!]);
      else if (verdict !== 'stop' && !personAfterPlace(ctx, mentions.at(-1), verdict.mention)) {
        mentions.push(verdict.mention);
        if (verdict.alternatives) bare.set(verdict.mention, verdict.alternatives);
      }
      i = endLast[e]!;
      break;
    }
  }
  dropCompanyPrefixes(tt, mentions);
  const { spelled, unresolved } = placeSlots(ctx, mentions, blocked, gaz);
  const located = subUnitMentions(
    tt,
    [...mentions, ...spelled],
    (k) => ctx.keepOf[k]! >= 0,
    borderDistricts(gaz, date),
  );
  if (spelled.length > 0 || located.length > 0) {
    mentions.push(...spelled, ...located);
    mentions.sort((a, b) => a.firstToken - b.firstToken);
  }
  // (After the names matched by spelling: "các tỉnh A, Khammounne, Vientiane và B" is one list.)
  settleBareNames(tt.text, mentions, bare);
  dropDistrictNamesakes(tt, mentions);
  dropThirdCountryNamesakes(tt.text, mentions);
  return { mentions, unresolved };
}
