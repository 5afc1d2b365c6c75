// "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia": a recurring event the two
// countries' defence ministries hold together on both sides of the border, one day in a province
// of each. Each minister's delegation crosses to the other country's province, so every place the
// sentence names as the event's ground receives the other country's national delegation.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import type { Mention } from './find-places.ts';
import {
  commaBefore,
  countryNamedAt,
  hasWords,
  isSuccessorRemark,
  LOCATIVE,
  wordAt,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { speaksOfFuture } from './visit-cues.ts';
import { isLocated, national, type Side, type VisitFinding } from './visit-sides.ts';

const EVENT = ['giao', 'lưu', 'hữu', 'nghị', 'quốc', 'phòng', 'biên', 'giới'];

const UNIT_SHORT = new Set(['h', 'tx', 'tp']);

/** Where the event's name starts in the sentence, or -1. */
function eventAt(s: SentenceView): number {
  if (!hasWords(s, 'quốc', 'phòng')) return -1;
  for (let k = s.t0; k + EVENT.length <= s.t1; k++) if (wordsAt(s, k, EVENT)) return k;
  return -1;
}

/**
 * "Theo chương trình, giao lưu diễn ra trong hai ngày … tại tỉnh A (Việt Nam) và tỉnh B (Campuchia)",
 * "Chương trình kéo dài hai ngày …, diễn ra tại …": the event the article has named before, taken
 * up by its common noun at the head of the sentence and placed where it is held. Where the noun
 * starts, or -1.
 */
function eventTakenUp(s: SentenceView): number {
  if (s.mentions.length === 0) return -1;
  const k = wordsAt(s, s.t0, ['theo', 'chương', 'trình']) ? s.t0 + 3 : s.t0;
  if (!TAKEN_UP.some((w) => wordsAt(s, k, w))) return -1;
  let held = false;
  for (let j = k + 2; j < s.mentions[0]!.firstToken && !held; j++)
    held = wordsAt(s, j, ['diễn', 'ra']) || wordsAt(s, j, ['tổ', 'chức']);
  if (!held || !namedBefore(s) || laterEdition(s, k)) return -1;
  // (Every place a venue: "Chương trình giao lưu văn nghệ … tại tỉnh A, với sự tham gia của đoàn
  // nghệ thuật tỉnh B" is a part of the event with a guest of its own, left to the other rules.)
  let prev: Mention | null = null;
  for (const m of s.mentions) {
    if (!isGround(s, m, prev)) return -1;
    prev = m;
  }
  return k;
}

/**
 * "Giao lưu lần tới / lần thứ 4 được tổ chức … tại …" after the third: an edition still to come,
 * not the one the article tells (an earlier one, "nối tiếp lần thứ nhất, diễn ra hồi …", was held).
 */
function laterEdition(s: SentenceView, k: number): boolean {
  const lower = (a: number, b: number) => s.tt.text.slice(a, b).normalize('NFC').toLowerCase();
  const text = lower(s.tt.tokens[k]!.start, s.mentions[0]!.span[0]);
  if (NEXT_EDITION.test(text)) return true;
  const n = editionOf(text);
  // (The edition the article named: "… biên giới Việt Nam - Lào lần thứ 3".)
  const before = lower(0, s.tt.tokens[s.t0]!.start);
  const at = before.lastIndexOf('giao lưu hữu nghị quốc phòng biên giới');
  const m = at < 0 ? null : editionOf(before.slice(at));
  return n !== null && m !== null && n > m;
}
const NEXT_EDITION = /(?<![\p{L}])(?:lần|kỳ) (?:tới|sau|tiếp theo)(?![\p{L}])/u;
const EDITION =
  /(?<![\p{L}])lần thứ (\d+|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/u;
const EDITION_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** The edition number "lần thứ N" first names in a lower-cased text, or null. */
function editionOf(text: string): number | null {
  const e = EDITION.exec(text)?.[1];
  if (e === undefined) return null;
  return /^\d+$/.test(e) ? Number(e) : e === 'bốn' ? 4 : EDITION_WORDS.indexOf(e) + 1;
}
// The common nouns that take the event up: "chương trình", "giao lưu (lần này)", "sự kiện".
const TAKEN_UP = [
  ['chương', 'trình'],
  ['giao', 'lưu'],
  ['sự', 'kiện'],
];
const EVENT_FOLDED = /giao luu huu nghi quoc phong bien gioi/;

/** Whether the article names the event before sentence s (a title or an earlier sentence). */
function namedBefore(s: SentenceView): boolean {
  const before = s.tt.folded.folded.slice(0, s.tt.tokens[s.t0]!.fs);
  return EVENT_FOLDED.test(before.toLowerCase().replace(/[^a-z0-9]+/g, ' '));
}

/** The countries the event's name pairs ("… biên giới Việt Nam - Lào - Campuchia"), or any words. */
function namedCountries(s: SentenceView, k: number, end = k + 6): Set<CountryCode> {
  const out = new Set<CountryCode>();
  for (let j = k; j < Math.min(s.t1, end); j++) {
    const c = countryNamedAt(s, j);
    if (c) out.add(c);
  }
  return out;
}

/**
 * "tại tỉnh A", "trên địa bàn tỉnh A (Việt Nam) và tỉnh B (Campuchia)": where the event is held,
 * not the villages twinned there ("giữa ấp X, tỉnh A và ấp Y, tỉnh B") nor the land between.
 */
function isGround(s: SentenceView, m: Mention, prev: Mention | null): boolean {
  const b = m.headToken - 1;
  if (isLocated(s, m) || (wordAt(s, b) === 'bàn' && wordAt(s, b - 1) === 'địa')) return true;
  // "tại biên giới tỉnh A (Việt Nam) và B (Campuchia)": held on the border, on each side of it.
  if (wordsAt(s, b - 1, ['biên', 'giới']) && LOCATIVE.has(wordAt(s, b - 2))) return true;
  // "tại khu vực biên giới giữa huyện X, tỉnh A (Việt Nam) và huyện Y, tỉnh B": the border's two
  // sides, each a district of its province.
  if (borderBetween(s, m)) return true;
  // "tại H.Lộc Ninh, tỉnh A": a district, its unit word abbreviated, then the province.
  if (commaBefore(s, m.headToken))
    for (let k = b - 1; k >= Math.max(s.t0, b - 5); k--)
      if (LOCATIVE.has(wordAt(s, k)) && UNIT_SHORT.has(wordAt(s, k + 1))) return true;
  if (prev === null) return false;
  // "tại tỉnh A (nay là tỉnh A2) và tỉnh B (Campuchia)": the old unit's new name, the next venue.
  const gap = m.headToken - prev.lastToken;
  return gap <= 3 || (gap <= 7 && (wordAt(s, b) === 'và' || commaBefore(s, m.headToken)));
}

/** "tại (khu vực) biên giới giữa huyện X, tỉnh A": m is the province of the first side. */
function borderBetween(s: SentenceView, m: Mention): boolean {
  if (!commaBefore(s, m.headToken)) return false;
  for (let k = m.headToken - 2; k >= Math.max(s.t0 + 3, m.headToken - BETWEEN_REACH); k--) {
    if (wordAt(s, k) !== 'giữa' || !wordsAt(s, k - 2, ['biên', 'giới'])) continue;
    const at = wordsAt(s, k - 4, ['khu', 'vực']) ? k - 5 : k - 3;
    return LOCATIVE.has(wordAt(s, at)) && SIDE_UNITS.has(wordAt(s, k + 1));
  }
  return false;
}
// From "giữa" to the province after its district ("giữa huyện Lộc Ninh, tỉnh").
const BETWEEN_REACH = 8;
const SIDE_UNITS = new Set(['huyện', 'xã', 'thị', 'thành', 'quận']);

/**
 * "tại khu vực biên giới chung 3 nước (tỉnh A (Việt Nam), tỉnh B (Lào) và tỉnh C (Campuchia))",
 * "tại khu vực ngã ba biên giới (…)": the meeting point of three countries, glossed by the
 * province of each that meets there. The event is not held in a province of each: it stands on
 * the side the gloss names first, the host's, where the other ministers came.
 */
function heldAtJunction(s: SentenceView): boolean {
  const countries = new Set(s.mentions.map((m) => m.entry.country));
  if (countries.size < 3) return false;
  const first = s.mentions[0]!.firstToken;
  for (let k = Math.max(s.t0, first - JUNCTION_REACH); k < first; k++)
    if (wordsAt(s, k, ['biên', 'giới', 'chung']) || wordsAt(s, k, ['ngã', 'ba'])) return true;
  return false;
}

/**
 * The gloss's province on the host's side: that of the country the sentence says hosts ("do Bộ
 * Quốc phòng Lào chủ trì", "Campuchia đăng cai") where one is named, else the first (the gloss
 * names the three in a fixed order, Vietnam first, whoever hosts).
 */
function junctionHost(s: SentenceView): Mention {
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (!HOSTS.some((ws) => wordsAt(s, k, ws))) continue;
    for (let j = k - 1; j >= Math.max(s.t0, k - HOST_REACH); j--) {
      const c = countryNamedAt(s, j);
      const m = c && s.mentions.find((x) => x.entry.country === c);
      if (m) return m;
    }
  }
  return s.mentions[0]!;
}
const HOSTS = [
  ['chủ', 'trì'],
  ['đăng', 'cai'],
  ['chủ', 'nhà'],
];
// From the host's country to its verb: "Lào chủ trì", "Việt Nam đăng cai".
const HOST_REACH = 3;
// From "biên giới chung" / "ngã ba" to the first province glossing it: "chung 3 nước (tỉnh".
const JUNCTION_REACH = 8;

/** "tỉnh Đồng Nai (Bình Phước cũ)": the unit of today, named for a place of the old one. */
function renamedAs(s: SentenceView, m: Mention): boolean {
  const x = s.mentions.find((o) => o.firstToken > m.lastToken);
  return x !== undefined && x.firstToken - m.lastToken <= 2 && wordAt(s, x.lastToken + 1) === 'cũ';
}

/**
 * "kiểm tra, tổng duyệt công tác chuẩn bị phục vụ cho Chương trình Giao lưu …": where the
 * preparations are named, or -1; the event is still to come.
 */
function preparedFor(s: SentenceView, k: number): number {
  for (let b = k - 1; b >= Math.max(s.t0, k - PREPARED_REACH); b--)
    if (wordsAt(s, b, ['chuẩn', 'bị']) || wordsAt(s, b, ['tổng', 'duyệt'])) return b;
  return -1;
}
// From "chuẩn bị" to the event's name ("chuẩn bị phục vụ cho Chương trình").
const PREPARED_REACH = 7;

export function defenceExchangeVisits(s: SentenceView, gaz: Gazetteer): VisitFinding[] {
  if (s.mentions.length === 0) return [];
  const named = eventAt(s);
  const k = named >= 0 ? named : eventTakenUp(s);
  if (k < 0 || speaksOfFuture(s)) return [];
  // (Preparations inspected: the inspectors' countries, named before the event, crossed over.)
  const prepared = named >= 0 ? preparedFor(s, k) : -1;
  // (Taken up by a common noun, the event pairs the countries of the places it is held in.)
  const countries =
    prepared >= 0
      ? namedCountries(s, s.t0, prepared)
      : named >= 0
        ? namedCountries(s, k + EVENT.length)
        : new Set<CountryCode>();
  if (prepared < 0) for (const m of s.mentions) countries.add(m.entry.country);
  if (countries.size < 2) return [];
  const out: VisitFinding[] = [];
  const seen = new Set<string>();
  let prev: Mention | null = null;
  // (At a junction of three countries, the host's province of its gloss: see junctionHost.)
  const junction = heldAtJunction(s) ? junctionHost(s) : null;
  for (const m of junction ? [junction] : s.mentions) {
    // (The host's province later in the gloss stands where the first would.)
    const ground: boolean = (junction !== null && m !== s.mentions[0]) || isGround(s, m, prev);
    prev = ground ? m : null;
    if (!ground || seen.has(m.entry.id) || isSuccessorRemark(s, m) || renamedAs(s, m)) continue;
    // (The ministries brief the press in the capitals; the event itself is on the border.)
    if (gaz.capital(m.entry.country).id === m.entry.id) continue;
    seen.add(m.entry.id);
    const to: Side[] = [{ entry: m.entry, level: 'local' }];
    for (const c of countries)
      if (c !== m.entry.country) out.push({ from: national(gaz, c), to, sentence: s });
  }
  return out;
}
