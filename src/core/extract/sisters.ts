// Sister links: twinning and signed cooperation between places of different countries
// ("kết nghĩa", "ký kết hợp tác", "thỏa thuận hợp tác", "biên bản ghi nhớ").
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { fold } from '../normalize.ts';
import {
  commaBefore,
  commaFrom,
  foldedAt,
  FoldedWords,
  isDateline,
  isSuccessorRemark,
  newView,
  phraseText,
  semicolonBefore,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { termCueAt } from './term-cue.ts';
import { venueTwin } from './venue-twin.ts';

// Matched on the sentence's words joined by single spaces (lower case, NFC; both tone placements).
const CUES = [
  'kết nghĩa',
  'ký kết',
  'kí kết',
  'ký thỏa thuận',
  'ký thoả thuận',
  'thỏa thuận hợp tác',
  'thoả thuận hợp tác',
  'biên bản ghi nhớ',
  'bản ghi nhớ',
  'biên bản hợp tác',
  'ký biên bản',
  'văn bản hợp tác',
  'văn bản thỏa thuận',
  'văn bản thoả thuận',
  // "Giao ước thi đua … được thực hiện giữa Ủy ban MTTQ tỉnh A với Ủy ban Mặt trận … tỉnh B": a
  // pact the two sides entered.
  'giao ước thi đua',
  // "hai tỉnh A - B đã ký Hiệp nghị Mậu dịch": a treaty of the two provinces.
  'ký hiệp nghị',
  'kí hiệp nghị',
  'ký hiệp định',
  'kí hiệp định',
  // "lãnh đạo hai bên đã thống nhất và ký cam kết mở cặp cửa khẩu": a signed commitment.
  'ký cam kết',
  'kí cam kết',
  // ("Tỉnh A và tỉnh B ký Kế hoạch hợp tác năm 2023": a plan both sides signed.)
  'ký kế hoạch',
  'kí kế hoạch',
  // "Biên bản Hội nghị … được ký ngày 21/12/2015 … giữa các tỉnh: …".
  'được ký',
  // "Biên bản hội nghị cấp cao hai tỉnh A - B ký ngày 15/6/2017": the record two sides sign.
  'biên bản hội nghị',
  // "Theo bản kế hoạch được hai bên ký hôm thứ Ba, A và B sẽ …".
  'được hai bên ký',
  // "… triển khai … Thỏa thuận giữa hai thủ đô", "A với B đã có nhiều thoả thuận, phối hợp"
  // ("trong đó có nhiều thỏa thuận giữa các tỉnh biên giới" names none).
  'thỏa thuận giữa hai',
  'thoả thuận giữa hai',
  'đã có nhiều thỏa thuận',
  'đã có nhiều thoả thuận',
  // "thành phố A đã thiết lập quan hệ hợp tác với Thủ đô B cùng hai tỉnh C và D".
  'thiết lập quan hệ hợp tác',
  'thiết lập quan hệ hữu nghị',
  // "Từ khi hai tỉnh xác lập quan hệ hợp tác hữu nghị, …".
  'xác lập quan hệ hợp tác',
  // "đánh giá chương trình hợp tác giai đoạn 2006-2010 giữa hai tỉnh": a programme with a term is
  // an agreement made.
  'chương trình hợp tác giai đoạn',
  'chương trình phối hợp giai đoạn',
  // ("Triển khai chương trình hợp tác năm 2017 giữa tỉnh A và tỉnh B": a year's programme too.)
  'chương trình hợp tác năm',
  // ("Thực hiện chương trình hợp tác giữa A với 3 tỉnh … là B1, B2 và B3": a programme carried
  // out is one agreed.)
  'thực hiện chương trình hợp tác',
  // ("Trên cơ sở chương trình hợp tác giữa A - B, …": the programme agreed, acted on.)
  'cơ sở chương trình hợp tác',
  'triển khai chương trình hợp tác',
  // ("Thực hiện Kế hoạch hợp tác văn hóa … giữa tỉnh A và tỉnh B giai đoạn 2024 - 2028": a plan
  // the two agreed, carried out.)
  'thực hiện kế hoạch hợp tác',
  // ("… hai tỉnh sẽ triển khai hiệu quả thỏa thuận về quản lý, bảo vệ biên giới": an agreement
  // carried out is one made.)
  'triển khai thỏa thuận',
  'triển khai thoả thuận',
  'triển khai hiệu quả thỏa thuận',
  'triển khai hiệu quả thoả thuận',
  'triển khai kế hoạch hợp tác',
  // ("… đã cùng nhau triển khai nhiều nội dung của chương trình hợp tác": its parts carried out.)
  'nội dung của chương trình hợp tác',
  // ("Trong khuôn khổ Chương trình hợp tác về y tế giữa hai tỉnh A và B, …": the frame it acts in.)
  'khuôn khổ chương trình hợp tác',
  // "Chính quyền tỉnh đã ký nhiều thỏa thuận với các tỉnh A và B".
  'ký nhiều thỏa thuận',
  'ký nhiều thoả thuận',
  'ký các thỏa thuận',
  'ký các thoả thuận',
  // ("… triển khai có hiệu quả các nội dung hợp tác đã thỏa thuận": cooperation agreed on.)
  'hợp tác đã thỏa thuận',
  'hợp tác đã thoả thuận',
  'hợp tác đã ký',
  // ("… căn cứ vào biên bản hai tỉnh đã ký tại Hội nghị cấp cao năm 2019": what the two signed.)
  // ("cùng với biên bản hội đàm thường niên … giữa tỉnh A với các tỉnh B1, B2, B3": the minutes
  // the provinces sign each year.)
  'biên bản hội đàm',
  // ("… Thỏa thuận giữa Bộ X và Ban Y; văn kiện hợp tác giữa tỉnh A của Việt Nam và tỉnh B của
  // Lào; …": a cooperation document of two sides, among those handed over at a state visit.)
  'văn kiện hợp tác giữa',
  'hai tỉnh đã ký',
  'hai bên đã ký',
  'hai địa phương đã ký',
];

// Folded first word → folded second words of the cues: most sentences have no such pair and
// are skipped at once, without reading diacritics.
const CUE_HEADS = new Map<string, Set<string>>();
for (const c of CUES) {
  const [a, b] = fold(c).split(' ') as [string, string];
  if (!CUE_HEADS.has(a)) CUE_HEADS.set(a, new Set());
  CUE_HEADS.get(a)!.add(b);
}
const CUE_FIRST = new FoldedWords(new Set(CUE_HEADS.keys()));

/** Whether the folded words at k and k + 1 open one of the cues (a cheap test before cueAt). */
function headPairAt(s: SentenceView, k: number): boolean {
  return CUE_FIRST.at(s, k) && CUE_HEADS.get(foldedAt(s, k))!.has(foldedAt(s, k + 1));
}

export function hasSisterCue(s: SentenceView): boolean {
  // (Asked about three times a sentence: the answer is kept on the view, a field, not a map.)
  if (s.sisterCue !== undefined) return s.sisterCue;
  let any = false;
  for (let k = s.t0; k + 1 < s.t1 && !any; k++) any = headPairAt(s, k) || termCueAt(s, k);
  return (s.sisterCue = any && cueWordsIn(s, s.t0, s.t1));
}

const CUE_WORDS = CUES.map((c) => c.split(' '));

/**
 * "ký biên bản bàn giao công trình …": the record of a work handed over, no partnership; so is
 * "nghi thức ký kết bàn giao … các liệt sỹ" (remains handed over).
 */
function handoverRecord(s: SentenceView, k: number): boolean {
  return (
    wordsAt(s, k, ['ký', 'biên', 'bản', 'bàn', 'giao']) ||
    wordsAt(s, k, ['ký', 'kết', 'bàn', 'giao']) ||
    minuted(s, k)
  );
}

/** "nội dung thảo luận được ghi nhận trong biên bản hội nghị": the talks' minutes, no agreement. */
function minuted(s: SentenceView, k: number): boolean {
  if (wordAt(s, k) !== 'biên') return false;
  const b = ['trong', 'vào'].includes(wordAt(s, k - 1)) ? k - 2 : k - 1;
  return wordAt(s, b) === 'nhận' || (wordAt(s, b) === 'lại' && wordAt(s, b - 1) === 'ghi');
}

/** Whether a cue starts at token k and ends before token b. */
function cueAt(s: SentenceView, k: number, b = s.t1): boolean {
  return CUE_WORDS.some((ws) => k + ws.length <= b && wordsAt(s, k, ws));
}

/** The number of words of the longest cue that starts at token k. */
function cueLength(s: SentenceView, k: number): number {
  let n = 0;
  for (const ws of CUE_WORDS) if (ws.length > n && wordsAt(s, k, ws)) n = ws.length;
  return n;
}

/** Whether tokens [a, b) hold one of the cues. */
function cueWordsIn(s: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (termCueAt(s, k) && k + 2 < b) return true;
    else if (
      headPairAt(s, k) &&
      cueAt(s, k, b) &&
      !giftedTwin(s, k) &&
      !handoverRecord(s, k) &&
      !unpairedPlan(s, k) &&
      !unpairedMinutes(s, k) &&
      !unplacedDocument(s, k)
    )
      return true;
  return false;
}

/**
 * "biên bản hội đàm cấp Bộ Tư lệnh …": minutes of talks count only as the two sides' own, "biên bản
 * hội đàm (thường niên …) giữa tỉnh A với …".
 */
function unpairedMinutes(s: SentenceView, k: number): boolean {
  if (!wordsAt(s, k, ['biên', 'bản', 'hội', 'đàm'])) return false;
  for (let j = k + 4; j < Math.min(s.t1, k + MINUTES_PARTIES_REACH); j++)
    if (wordAt(s, j) === 'giữa') return false;
  return true;
}
const MINUTES_PARTIES_REACH = 10;

/**
 * "văn kiện hợp tác giữa Bộ Công an Việt Nam và Bộ An ninh Lào": a document of two bodies that name
 * no place right after "giữa" (not "giữa tỉnh A …", "giữa UBND tỉnh A …").
 */
function unplacedDocument(s: SentenceView, k: number): boolean {
  if (!wordsAt(s, k, ['văn', 'kiện', 'hợp', 'tác', 'giữa'])) return false;
  return !s.mentions.some(
    (m) => m.firstToken >= k + 5 && m.headToken <= k + 5 + DOCUMENT_PARTY_REACH,
  );
}
// How far after "giữa" the first party's place stands ("giữa Bộ Chỉ huy Quân sự tỉnh A").
const DOCUMENT_PARTY_REACH = 6;

/**
 * "thực hiện kế hoạch hợp tác do Hội nghị … đề ra": a plan of a conference, not one two sides
 * agreed "giữa A và B". ("Lãnh đạo tỉnh A và tỉnh B đã ký kết Kế hoạch hợp tác năm 2024": a plan
 * signed has its signers for sides, wherever they stand.)
 */
function unpairedPlan(s: SentenceView, k: number): boolean {
  if (!wordsAt(s, k + 2, ['kế', 'hoạch']) || SIGN_WORDS.has(wordAt(s, k))) return false;
  for (let j = k + 4; j < Math.min(s.t1, k + PLAN_PARTIES_REACH); j++)
    if (wordAt(s, j) === 'giữa') return false;
  return true;
}
const SIGN_WORDS = new Set(['ký', 'kí']);
// How far after the cue a plan names its two sides ("… văn hóa, thể thao và du lịch giữa …").
const PLAN_PARTIES_REACH = 16;

/** "… đã trao tặng quà cho đơn vị kết nghĩa": the twin named as a recipient, no pair of its own. */
function giftedTwin(s: SentenceView, k: number): boolean {
  return wordAt(s, k) === 'kết' && wordsAt(s, k - 2, ['đơn', 'vị']) && wordAt(s, k - 3) === 'cho';
}

// "đề nghị … xây dựng biên bản hợp tác giai đoạn tới", "tiến tới ký kết": an agreement to be made.
const DRAFTING = new Set([
  'xây dựng',
  'tiến tới',
  'hướng tới',
  'chuẩn bị',
  'nghiên cứu',
  'dự thảo',
]);

const TO_SET_UP = new Set(['để', 'sẽ', 'tới']);
const ARTICLES = new Set(['một', 'các', 'những']);

/** Whether every cue of the sentence names an agreement still to be drawn up. */
export function onlyDrafted(s: SentenceView): boolean {
  let any = false;
  // ("biên bản ghi nhớ" holds the cue "bản ghi nhớ": read as one, judged by its first word.)
  let inCue = -1;
  for (let k = s.t0; k < s.t1; k++) {
    if (!headPairAt(s, k) || !cueAt(s, k) || k < inCue) continue;
    inCue = k + cueLength(s, k);
    // "xúc tiến thủ tục để thiết lập quan hệ hợp tác với B": relations still to be set up.
    const toSetUp = wordAt(s, k) === 'thiết' && TO_SET_UP.has(wordAt(s, k - 1));
    // ("định hướng xây dựng một thỏa thuận giữa hai chính phủ": one to be drawn up.)
    const j = ARTICLES.has(wordAt(s, k - 1)) ? k - 1 : k;
    if (
      !toSetUp &&
      !signingToCome(s, k) &&
      !DRAFTING.has(`${wordAt(s, j - 2)} ${wordAt(s, j - 1)}`)
    )
      return false;
    any = true;
  }
  return any;
}

/**
 * "A và B sẽ ký kết …", "dự kiến ký …", "đề xuất kết nghĩa với …", "mong muốn sớm ký kết …", "chưa
 * ký kết …": a signing or a twinning still to come, wished or denied (not "sẽ tiếp tục ký kết …":
 * more of what the two already signed; "tiến tới ký kết chương trình hợp tác giai đoạn 2026-2030"
 * after the term before stays the programme they have).
 */
function signingToCome(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  let j = k;
  // ("sẽ ký kết các biên bản ghi nhớ": the document of such a signing, its verb before it.)
  if (!SIGN_WORDS.has(w) && !(w === 'kết' && wordAt(s, k + 1) === 'nghĩa')) {
    if (ARTICLES.has(wordAt(s, j - 1))) j--;
    if (wordAt(s, j - 1) === 'kết' && SIGN_WORDS.has(wordAt(s, j - 2))) j -= 2;
    else if (SIGN_WORDS.has(wordAt(s, j - 1))) j--;
    else return false;
  }
  const verb = j;
  while (j > s.t0 && verb - j < MAX_FILLERS && SIGNING_FILLERS.has(wordAt(s, j - 1))) j--;
  return (
    NOT_YET_SIGNED.has(wordAt(s, j - 1)) || WISHED.has(`${wordAt(s, j - 2)} ${wordAt(s, j - 1)}`)
  );
}
const NOT_YET_SIGNED = new Set(['sẽ', 'sắp', 'chưa']);
const WISHED = new Set(['dự kiến', 'mong muốn', 'đề xuất', 'đề nghị', 'kiến nghị']);
// Words between the marker and the verb ("sẽ chính thức ký", "mong muốn sớm ký kết").
const SIGNING_FILLERS = new Set(['sớm', 'tiến', 'hành', 'chính', 'thức', 'cùng', 'nhau', 'được']);
const MAX_FILLERS = 3;

/** Where a leading "Sau khi …," / "Kể từ khi …," clause ends (the sentence start if none). */
function afterTimeClause(s: SentenceView): number {
  const w = `${wordAt(s, s.t0)} ${wordAt(s, s.t0 + 1)}`;
  if (w !== 'sau khi' && w !== 'từ khi' && !(w === 'kể từ' && wordAt(s, s.t0 + 2) === 'khi'))
    return s.t0;
  const comma = commaFrom(s, s.t0 + 2);
  return comma < 0 ? s.t0 : comma;
}

/**
 * The places of the semicolon clauses that state the partnership, when those clauses name two
 * countries: "… gồm 8 tỉnh A, B, C …; riêng B là địa phương đã kết nghĩa với D" pairs B and D only.
 * "Sau khi tỉnh A và tỉnh B hợp nhất thành tỉnh B, …": the places of a merger are no partners.
 */
function cueClauseMentions(s: SentenceView): Mention[] {
  const text = s.tt.text;
  const opening = afterTimeClause(s);
  if (opening > s.t0) return s.mentions.filter((m) => m.headToken >= opening);
  if (!text.slice(s.span[0], s.span[1]).includes(';')) return s.mentions;
  const clauses: [number, number][] = [];
  let start = s.t0;
  for (let k = s.t0 + 1; k <= s.t1; k++) {
    if (k === s.t1 || semicolonBefore(s, k)) {
      clauses.push([start, k]);
      start = k;
    }
  }
  const stating = clauses.filter(([a, b]) => cueWordsIn(s, a, b));
  const inCue = s.mentions.filter((m) =>
    stating.some(([a, b]) => m.firstToken >= a && m.lastToken < b),
  );
  return new Set(inCue.map((m) => m.entry.country)).size >= 2 ? inCue : s.mentions;
}

// "A đã kết nghĩa với B", "A là tỉnh kết nghĩa với B", "A là địa phương kết nghĩa với B".
const TWIN_GAP = new Set([
  'đã',
  'là',
  'được',
  'cũng',
  'từng',
  'tỉnh',
  'thành',
  'phố',
  'địa',
  'phương',
]);

/**
 * "…, trong đó có tỉnh A kết nghĩa với tỉnh B": a place right before "kết nghĩa với" and one
 * right after it are the pair, whatever else the sentence lists (unless the first ends a list).
 */
function twinnedPair(s: SentenceView): SisterPair | null {
  for (let k = s.t0 + 1; k + 2 < s.t1; k++) {
    if (wordAt(s, k) !== 'kết' || wordAt(s, k + 1) !== 'nghĩa') continue;
    // "quan hệ kết nghĩa giữa A (cũ) với tỉnh B".
    if (wordAt(s, k + 2) === 'giữa') {
      const a = s.mentions.find((m) => m.headToken === k + 3);
      const i = a ? s.mentions.indexOf(a) : -1;
      const b = s.mentions[i + 1];
      if (a && b && a.entry.country !== b.entry.country) {
        const gap = s.tt.text.slice(a.span[1], b.span[0]);
        if (/^\s*(?:\(\s*cũ\s*\)\s*)?(?:với|và)\s+(?:tỉnh\s+|thành phố\s+)?$/u.test(gap))
          return { a: a.entry, b: b.entry };
      }
      continue;
    }
    // ("A là tỉnh kết nghĩa của B, …": the pair said so; not "đoàn tỉnh kết nghĩa của B".)
    const of = wordAt(s, k + 2) === 'của';
    if (wordAt(s, k + 2) !== 'với' && !of) continue;
    let j = k - 1;
    let is = false;
    for (; j > s.t0 && TWIN_GAP.has(wordAt(s, j)); j--) if (wordAt(s, j) === 'là') is = true;
    if (of && !is) continue;
    const left = s.mentions.find((m) => m.lastToken === j);
    const right = s.mentions.find((m) => m.headToken === k + 3);
    if (!left || !right || left.entry.country === right.entry.country) return null;
    const i = s.mentions.indexOf(left);
    const before = s.mentions[i - 1];
    if (before && /^\s*(?:,|và)\s*$/u.test(s.tt.text.slice(before.span[1], left.span[0])))
      return null;
    return { a: left.entry, b: right.entry };
  }
  return null;
}

/**
 * "giữa các tỉnh: A1, A2 (Lào); B1, B2 (Việt Nam)": a list of signers, two or more of a country
 * after "giữa các tỉnh" (other countries' places, which are no mentions, may open it).
 */
function signedAmong(s: SentenceView, places: Mention[]): boolean {
  for (let k = s.t0; k + 2 < s.t1; k++) {
    if (wordAt(s, k) !== 'giữa' || wordAt(s, k + 1) !== 'các' || wordAt(s, k + 2) !== 'tỉnh')
      continue;
    const listed = places.filter((m) => m.headToken > k);
    const perCountry = new Map<string, number>();
    for (const m of listed)
      perCountry.set(m.entry.country, (perCountry.get(m.entry.country) ?? 0) + 1);
    return perCountry.size >= 2 && [...perCountry.values()].some((n) => n >= 2);
  }
  return false;
}

const LIST_JOINERS = new Set(['cùng', 'với']);

/**
 * Two lists of two countries, one after the other, two or more places in one of them, joined by
 * "cùng" or "với" ("A1 và A2 đã cùng … B1, B2").
 */
function joinedLists(s: SentenceView, places: Mention[]): boolean {
  const cut = places.findIndex((m) => m.entry.country !== places[0]!.entry.country);
  if (cut < 0 || places.slice(cut).some((m) => m.entry.country !== places[cut]!.entry.country))
    return false;
  if (cut < 2 && places.length - cut < 2) return false;
  for (let k = places[cut - 1]!.lastToken + 1; k < places[cut]!.firstToken; k++)
    if (LIST_JOINERS.has(wordAt(s, k))) return true;
  return false;
}

/** "tại Hà Nội": where a signing took place, not a party to it. */
export function isVenue(s: SentenceView, m: Mention): boolean {
  const at = m.headToken - 1;
  const w = wordAt(s, at);
  if (w !== 'tại' && w !== 'ở') return false;
  // "ký biên bản ghi nhớ về việc xây dựng Trường … tại tỉnh B": the province the object stands in
  // is a party ("… tại thành phố C" names where in it, the province stays the party).
  if (m.entry.kind !== 'province') return true;
  for (let k = at - 1; k >= Math.max(s.t0, at - OBJECT_REACH) && !commaBefore(s, k + 1); k--)
    if (OBJECT_SITE.some((ws) => wordsAt(s, k, ws))) return false;
  return true;
}

// ("… về hợp tác xây dựng một trường nội trú dành cho học sinh … tại tỉnh B": a long object.)
const OBJECT_REACH = 22;
const OBJECT_SITE: readonly string[][] = [
  ['về', 'việc'],
  ['xây', 'dựng'],
  ['công', 'trình'],
  ['dự', 'án'],
];

export interface SisterPair {
  a: GazetteerEntry;
  b: GazetteerEntry;
}

/**
 * "đường cao tốc A - B", "Đại lộ Hữu nghị A - B": the ends of a road or a bridge named by them,
 * no parties.
 */
function routeEnds(s: SentenceView): Set<Mention> {
  const out = new Set<Mention>();
  for (const [i, m] of s.mentions.entries()) {
    let road = false;
    for (let k = m.firstToken - 1; k >= Math.max(s.t0, m.firstToken - 3) && !road; k--)
      road = ROUTE.has(wordAt(s, k));
    // ("tuyến vận tải Bangkok - Nakhon Phanom - Thà Khẹc - Hà Tĩnh": a stop after other stops the
    // gazetteer does not know, the route word before the first.)
    road ||= ROUTE_STOPS_BEFORE.test(
      s.tt.text.slice(Math.max(s.span[0], m.span[0] - STOPS_REACH), m.span[0]),
    );
    if (!road) continue;
    out.add(m);
    const next = s.mentions[i + 1];
    if (next && DASH_GAP.test(s.tt.text.slice(m.span[1], next.span[0]))) out.add(next);
  }
  return out;
}
const ROUTE = new Set(['đường', 'lộ', 'tốc', 'tuyến', 'cầu', 'bay']);

/** Whether m is a stop of a road, a bridge or a transport line the sentence names by its ends. */
export function onRoute(s: SentenceView, m: Mention): boolean {
  return routeEnds(s).has(m);
}
// A route word, at most two words of kind ("vận tải", "xe khách"), then named stops each followed
// by a dash, up to the place: "tuyến vận tải Bangkok - Nakhon Phanom - ".
const ROUTE_STOPS_BEFORE =
  /(?<![\p{L}])(?:đường|lộ|tốc|tuyến|cầu|bay)(?:\s+\p{Ll}+){0,2}(?:\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*[-–—])+\s*$/u;
const STOPS_REACH = 120;
// Two names joined by a dash alone: "Kiên Giang - Kampot", "cao tốc A - B".
const DASH_GAP = /^\s*[-–—]\s*$/;

/** Runs of two places or more joined by dashes alone ("A - B", "A - B - C"). */
function dashChains(s: SentenceView): Mention[][] {
  const chains: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of s.mentions) {
    const prev = run[run.length - 1];
    if (prev && DASH_GAP.test(s.tt.text.slice(prev.span[1], m.span[0]))) run.push(m);
    else {
      if (run.length > 1) chains.push(run);
      run = [m];
    }
  }
  if (run.length > 1) chains.push(run);
  return chains;
}

/**
 * "(địa phương) thúc đẩy quan hệ … với các tỉnh A1, A2 của Lào và tỉnh B của Campuchia": one list
 * after "với", partners of a side the sentence does not name, not of each other.
 */
function coPartners(s: SentenceView, places: Mention[]): boolean {
  const first = places[0]!;
  let k = first.firstToken - 1;
  while (k > s.t0 && k > first.firstToken - 4 && LIST_WORDS.test(wordAt(s, k))) k--;
  // ("Với tỉnh B, tỉnh A đã ký kết …": a fronted partner, then the subject.)
  if (wordAt(s, k) !== 'với' || k === s.t0 || s.mentions.some((m) => m.lastToken < k)) return false;
  for (let i = 1; i < places.length; i++) {
    const gap = phraseText(s.tt, places[i - 1]!.lastToken + 1, places[i]!.firstToken);
    if (!gap.split(' ').every((w) => w === '' || LIST_WORDS.test(w))) return false;
  }
  return true;
}
const LIST_WORDS = /^(?:các|tỉnh|thành|phố|thủ|đô|của|nước|bạn|và|lào|campuchia|việt|nam|\d+)$/u;

/** "…, và từng bước tiến tới thiết lập quan hệ hợp tác với TP B": a partner still to come. */
function partnerToCome(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 2; k >= Math.max(s.t0, m.firstToken - 12); k--) {
    if (commaBefore(s, k + 1)) return false;
    // ("ký kết biên bản ghi nhớ, tiến tới kết nghĩa giữa A với B": those who signed now.)
    if (wordsAt(s, k, ['tiến', 'tới', 'thiết', 'lập'])) return true;
  }
  return false;
}

/**
 * "A đã thiết lập quan hệ … với 10 địa phương nước ngoài, gồm: B (Lào), C (Campuchia)": the first
 * place, then "với" and the rest: partners of the first, not of each other.
 */
function subjectWithPartners(s: SentenceView, places: readonly Mention[]): boolean {
  for (let k = places[0]!.lastToken + 1; k < places[1]!.firstToken; k++)
    if (wordAt(s, k) === 'với') return true;
  return false;
}

const TWO_PARTNERS = /(?<![\p{L}])hai tỉnh (?:kết nghĩa|bạn)(?![\p{L}])/u;

/**
 * Pairs of places of different countries in a sentence that states a partnership. One place on a
 * side partners with every place of the other countries ("A ký kết với B, C"); otherwise each place
 * pairs with the nearest place of another country.
 */
/**
 * "tỉnh A1 đã trao đổi các thỏa thuận hợp tác với ba tỉnh B1, B2, B3; tỉnh A2 trao đổi thỏa thuận
 * … với sáu tỉnh C1, …": semicolon clauses that each state a partnership of their own places.
 */
function pairClauses(s: SentenceView): SentenceView[] {
  if (!s.tt.text.slice(s.span[0], s.span[1]).includes(';')) return [];
  const out: SentenceView[] = [];
  let start = s.t0;
  for (let k = s.t0 + 1; k <= s.t1; k++) {
    if (k < s.t1 && !semicolonBefore(s, k)) continue;
    const mentions = s.mentions.filter((m) => m.firstToken >= start && m.lastToken < k);
    if (cueWordsIn(s, start, k) && new Set(mentions.map((m) => m.entry.country)).size >= 2)
      out.push(
        newView(s.tt, [s.tt.tokens[start]!.start, s.tt.tokens[k - 1]!.end], start, k, mentions),
      );
    start = k;
  }
  return out.length >= 2 ? out : [];
}

export function sisterPairs(s: SentenceView): SisterPair[] {
  if (!hasSisterCue(s) || onlyDrafted(s)) return [];
  const clauses = pairClauses(s);
  if (clauses.length > 0) {
    const pairs: SisterPair[] = [];
    for (const p of clauses.flatMap(sisterPairs))
      if (!pairs.some((q) => q.a === p.a && q.b === p.b)) pairs.push(p);
    return pairs;
  }
  const tight = twinnedPair(s) ?? venueTwin(s);
  if (tight) return [tight];
  const roads = routeEnds(s);
  const unique: Mention[] = [];
  for (const m of cueClauseMentions(s)) {
    // ("Hà Nội (TTXVN) - …": where the report was filed is no party.)
    if (isSuccessorRemark(s, m) || isVenue(s, m) || isDateline(s, m) || roads.has(m)) continue;
    if (partnerToCome(s, m)) continue;
    if (!unique.some((u) => u.entry.id === m.entry.id)) unique.push(m);
  }
  const countries = new Set(unique.map((m) => m.entry.country));
  if (countries.size < 2 || coPartners(s, unique)) return [];
  const pairs: SisterPair[] = [];
  const add = (a: GazetteerEntry, b: GazetteerEntry) => {
    if (!pairs.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a)))
      pairs.push({ a, b });
  };
  // "Kiên Giang - Kampot, An Giang - Takeo": pairs written with a dash are the pairs; a chain of
  // three ("ba tỉnh Quảng Trị - Savannakhet - Salavan") is one group, every pair of it.
  for (const chain of dashChains(s)) {
    if (roads.has(chain[0]!)) continue;
    for (let i = 0; i < chain.length; i++)
      for (let j = i + 1; j < chain.length; j++)
        if (chain.length > 2 || j === i + 1)
          if (chain[i]!.entry.country !== chain[j]!.entry.country)
            add(chain[i]!.entry, chain[j]!.entry);
  }
  if (pairs.length > 0) return pairs;
  // "3 tỉnh A (Việt Nam), B (Lào) và C (Campuchia) ký kết": one place of each country, every pair.
  // (Not "… lãnh đạo tỉnh B (Campuchia) cùng lãnh đạo tỉnh C (Lào); … cảm ơn … hai tỉnh kết
  // nghĩa": two partners of the Vietnamese province, not of each other.)
  if (countries.size === 3 && unique.length === 3 && !subjectWithPartners(s, unique)) {
    const two = TWO_PARTNERS.test(phraseText(s.tt, s.t0, s.t1));
    for (const a of unique)
      for (const b of unique)
        if (a !== b && (!two || a.entry.country === 'VN')) add(a.entry, b.entry);
    return pairs;
  }
  // "… được ký giữa các tỉnh: A1, A2 (Lào); B1, B2, B3 (Việt Nam)": one document, every pair;
  // "A1 và A2 đã cùng 4 tỉnh Nam Lào gồm B1, B2, B3 và B4 triển khai các bản ghi nhớ": one side's
  // list joined to the other's, every pair.
  if (signedAmong(s, unique) || joinedLists(s, unique)) {
    for (const a of unique)
      for (const b of unique) if (a.entry.country < b.entry.country) add(a.entry, b.entry);
    return pairs;
  }
  for (const c of countries) {
    const side = unique.filter((m) => m.entry.country === c);
    if (side.length !== 1) continue;
    for (const other of unique) if (other.entry.country !== c) add(side[0]!.entry, other.entry);
    return pairs;
  }
  for (const m of unique) {
    let best: Mention | null = null;
    for (const o of unique) {
      if (o.entry.country === m.entry.country) continue;
      if (!best || Math.abs(o.firstToken - m.firstToken) < Math.abs(best.firstToken - m.firstToken))
        best = o;
    }
    if (best) add(m.entry, best.entry);
  }
  return pairs;
}
