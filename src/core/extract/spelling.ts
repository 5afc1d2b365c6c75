// Names the gazetteer never listed: the press spells Lao and Khmer provinces in more ways than
// any list holds ("Xiengkhuang", "Sa-va-na-khet", "Phôngsalỳ", "Ra Ta Na Ki Ri"). A name that
// stands in a place slot but matches nothing exactly is compared with one country's names on a
// sound key (the letter pairs the press swaps collapse: ph/p, x/s, kh/k, ou/u, y/i, doubled
// letters), by edit distance. Only a close match resolves; the caller reports it for checking.
import type { Gazetteer } from '../gazetteer.ts';
import { fold } from '../normalize.ts';
import type { CountryCode, GazetteerEntry } from '../types.ts';

/** Least similarity (1 − distance / length) for a name to resolve by spelling. */
export const SPELLING_THRESHOLD = 0.8;
/** Shorter keys are too close to ordinary words to guess at. */
const MIN_KEY = 5;
/** Keys shorter than this match only exactly ("Thà Khẹc" is one slip from "Takeo"). */
const MIN_FUZZY_KEY = 6;

const LABIAL = new Set(['b', 'p']);

const SOUND_RULES: [RegExp, string][] = [
  // ("Chhnang" and "Chnang" are one name: the doubled h goes before "ch" is read.)
  [/hh/g, 'h'],
  [/ph/g, 'p'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/[cq]/g, 'k'],
  [/x/g, 's'],
  [/z/g, 's'],
  [/ou/g, 'u'],
  [/w/g, 'u'],
  [/y/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

/** A name's letters: folded, separators gone. */
function letterKey(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '');
}

/** The sound key of a name: its letters, with the letter pairs the press swaps collapsed. */
export function soundKey(name: string): string {
  let k = letterKey(name);
  for (const [re, to] of SOUND_RULES) k = k.replace(re, to);
  return k;
}

// In a long name, a vowel written for another costs half an edit: romanisations of Khmer and Lao
// vowels disagree more than their consonants do ("Seam Reap" for Siem Reap). In a short one it
// is a whole edit: "Khu công" (an industrial park) is no "Kô Kông".
const VOWEL = new Set([97, 101, 105, 111, 117]);
const LONG_KEY = 8;

function substitution(x: number, y: number, vowelSwap: number): number {
  if (x === y) return 0;
  return VOWEL.has(x) && VOWEL.has(y) ? vowelSwap : 1;
}

// distance's rows, reused from call to call (grown when a name is longer).
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let rowC = new Float64Array(64);

/**
 * Edit distance with adjacent transpositions ("Vientaine" for "Vientiane" is one slip), stopping
 * early once it exceeds `max`.
 */
function distance(a: string, b: string, max: number, vowelSwap = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows (two before the current one, for a transposition), reused from call to call: the
  // spelling search runs this against every name of a country.
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Float64Array(width * 2);
    rowB = new Float64Array(width * 2);
    rowC = new Float64Array(width * 2);
  }
  let before = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = substitution(a.charCodeAt(i - 1), b.charCodeAt(j - 1), vowelSwap);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + sub);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
}

/**
 * How alike two names are letter for letter (folded, separators gone), 0 to 1: the sound key
 * makes "Hồ Kỳ Minh" (a person) and "Hồ Chí Minh" one; their letters do not.
 */
export function letterScore(a: string, b: string): number {
  const x = letterKey(a);
  const y = letterKey(b);
  const len = Math.max(x.length, y.length);
  return len === 0 ? 0 : 1 - distance(x, y, len) / len;
}

interface KeyedName {
  key: string;
  name: string;
  entry: GazetteerEntry;
}

export interface SpellingMatch {
  /** Every place bearing the closest name (a name can be shared: Viêng Chăn, city and province). */
  entries: GazetteerEntry[];
  /** The gazetteer spelling it came closest to. */
  name: string;
  score: number;
}

const cache = new WeakMap<Gazetteer, Map<CountryCode, KeyedName[]>>();

function keyedNames(gaz: Gazetteer): Map<CountryCode, KeyedName[]> {
  let byCountry = cache.get(gaz);
  if (!byCountry) {
    byCountry = new Map();
    for (const e of gaz.entries) {
      // Provinces and municipalities only: a guessed city would sit on the wrong dot.
      if (e.kind === 'country' || e.kind === 'city') continue;
      const list = byCountry.get(e.country) ?? [];
      // (Misspelt names stand in a place slot, so the names read only after "tỉnh" count too.)
      for (const name of new Set([e.name, e.nameEn, ...e.aliases, ...(e.prefixOnly ?? [])]))
        list.push({ key: soundKey(name), name, entry: e });
      byCountry.set(e.country, list);
    }
    cache.set(gaz, byCountry);
  }
  return byCountry;
}

/**
 * The place of `countries` whose name sounds closest to `surface`, when it is close enough and
 * clearly closer than any other place; null otherwise. Each country is searched on its own, so a
 * Lao spelling never resolves to a Khmer province by a mix of both.
 */
const memo = new Map<string, SpellingMatch | null>();

export function matchSpelling(
  surface: string,
  countries: readonly CountryCode[],
  gaz: Gazetteer,
): SpellingMatch | null {
  // The same misspellings recur across a corpus; the gazetteer is the built-in one in practice,
  // and a memo keyed without it is cleared whenever another one is asked for.
  const memoKey = `${countries.join(',')}|${surface}`;
  if (memoGaz !== gaz) {
    memo.clear();
    memoGaz = gaz;
  }
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  if (memo.size > 5000) memo.clear();
  const found = closest(surface, countries, gaz);
  memo.set(memoKey, found);
  return found;
}

let memoGaz: Gazetteer | null = null;

function closest(
  surface: string,
  countries: readonly CountryCode[],
  gaz: Gazetteer,
): SpellingMatch | null {
  const names = keyedNames(gaz);
  return closestOf(
    surface,
    countries.map((c) => names.get(c) ?? []),
    SPELLING_THRESHOLD,
  );
}

// After "thủ đô" only the three capitals can stand, so a name two slips from one of them is
// still that capital ("thủ đô Vientanie", two letters moved).
const CAPITAL_THRESHOLD = 0.75;
const capitalNames = new WeakMap<Gazetteer, KeyedName[]>();

/** The national capital whose name sounds closest to `surface`, read more loosely than a province. */
export function matchCapital(surface: string, gaz: Gazetteer): SpellingMatch | null {
  let names = capitalNames.get(gaz);
  if (!names) {
    const caps = new Set((['LA', 'KH', 'VN'] as const).map((c) => gaz.capital(c)));
    names = [...keyedNames(gaz).values()].flat().filter((n) => caps.has(n.entry));
    capitalNames.set(gaz, names);
  }
  return closestOf(surface, [names], CAPITAL_THRESHOLD);
}

function closestOf(
  surface: string,
  lists: readonly KeyedName[][],
  threshold: number,
): SpellingMatch | null {
  const key = soundKey(surface);
  if (key.length < MIN_KEY) return null;
  let best: { key: string; name: string; score: number; entries: GazetteerEntry[] } | null = null;
  let rival = 0;
  for (const list of lists) {
    for (const n of list) {
      const len = Math.max(key.length, n.key.length);
      // (The epsilon: 10 × (1 − 0.8) is 1.999… in floating point, and two slips in ten letters
      // are within the threshold.)
      const max = len < MIN_FUZZY_KEY ? 0 : Math.floor(len * (1 - threshold) + 1e-9);
      // The first sound must agree: "Kiên" is no spelling of "Viên". (Lao ບ and ປ are written b
      // or p: "Polykhamxay" is Bolikhamxay.)
      // (Save a slip of the first letter alone in a long name: "Srey Veng" for Prey Veng; and
      // an opening vowel written for another in one: "Udor Meancheay" for Oddar Meancheay.)
      if (
        key[0] !== n.key[0] &&
        !(LABIAL.has(key[0]!) && LABIAL.has(n.key[0]!)) &&
        !(
          Math.min(key.length, n.key.length) >= LONG_KEY &&
          VOWEL.has(key.charCodeAt(0)) &&
          VOWEL.has(n.key.charCodeAt(0))
        ) &&
        !(key.length >= LONG_KEY && key.length === n.key.length && key.endsWith(n.key.slice(1)))
      )
        continue;
      const long = Math.min(key.length, n.key.length) >= LONG_KEY;
      const d = distance(key, n.key, max, long ? 0.5 : 1);
      if (d > max) continue;
      const score = 1 - d / len;
      if (best && score === best.score && n.key === best.key) {
        if (!best.entries.includes(n.entry)) best.entries.push(n.entry);
      } else if (!best || score > best.score) {
        if (best && !best.entries.includes(n.entry)) rival = Math.max(rival, best.score);
        best = { key: n.key, name: n.name, score, entries: [n.entry] };
      } else if (!best.entries.includes(n.entry)) rival = Math.max(rival, score);
    }
  }
  if (!best || best.score < threshold) return null;
  // Two differently named places equally close: no guess.
  if (rival >= best.score) return null;
  return { entries: best.entries, name: best.name, score: Math.round(best.score * 1000) / 1000 };
}
