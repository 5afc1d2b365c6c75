// Word tokens of an article, found on the folded text and mapped back to the original.
import { foldInto, modernToneWord, type FoldedText } from '../normalize.ts';

export interface Token {
  /** Folded form (lower case, no diacritics). */
  f: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** [start, end) in the folded text. */
  fs: number;
  fe: number;
  /**
   * The folded word's id in the run's word table (see internWord), or -1 for a word too long to
   * be kept there; ids index caches of what a rule asks of a word, kept from one article to the next.
   */
  id: number;
}

export interface TokenizedText {
  text: string;
  /** The folded text (its offset maps are scratch space, read only while tokenising). */
  folded: Pick<FoldedText, 'folded'>;
  tokens: Token[];
  /** Cache: words[k] is token k in lower case NFC, with its diacritics (see wordOf). */
  words: (string | undefined)[];
  /** Cache: bits[k] are the word sets token k's folded form is in, 0 until asked (sentence-view.ts). */
  bits: number[];
  /** Cache of phraseText by token range (sentence-view.ts), made on first use. */
  phrases?: Map<number, string>;
}

const LETTER = /[\p{L}\p{N}]/u;

// WORD[c]: 0 unknown, 1 word character, 2 not; filled on first sight of each code unit.
const WORD = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let w = WORD[code]!;
  if (w === 0)
    w = WORD[code] =
      LETTER.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  return w === 1;
}

// Tables of words for the run. An article's tokens are mostly the same few thousand syllables:
// each is one string for the whole run with an integer id, so tokenising makes no new string per
// token, a set look-up of a word hashes it once in the run (V8 keeps a string's hash), and a
// question about a word (which word sets hold it, where the name trie goes with it) is answered
// once per word, in arrays indexed by id (issue 9: word ids).
const WORD_MAX = 24;
const MAX_WORDS = 1 << 16;
// FNV-1a over code units: the tokeniser and wordOf hash a word on the pass that reads it.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

class WordTable {
  /**
   * Open addressing, two entries a slot: the word's hash and its id + 1 (0: an empty slot), side
   * by side so that a probe reads one cache line. Grown at half full: a run's few thousand words
   * take a table small enough to stay in the cache (a fixed table for MAX_WORDS words missed it).
   */
  private slots = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  words: string[] = [];
  /** Bumped when the table is emptied: ids of an earlier generation mean other words. */
  generation = 0;

  /** Empties the table once it is nearly full (called between articles). */
  resetIfFull(): void {
    if (this.words.length < MAX_WORDS - 4096) return;
    this.slots = new Int32Array(2 << 12);
    this.mask = (1 << 12) - 1;
    this.words = [];
    this.generation++;
  }

  /** The id of s[a, b) (hash h), added on first sight; -1 when the table is full. */
  intern(s: string, a: number, b: number, h: number): number {
    const { slots, mask, words } = this;
    const len = b - a;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]! - 1;
      if (id < 0) return this.add(s, a, b, h, slot);
      if (slots[2 * slot] !== h) continue;
      const w = words[id]!;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = w.charCodeAt(k) === s.charCodeAt(a + k);
      if (same) return id;
    }
  }

  private add(s: string, a: number, b: number, h: number, slot: number): number {
    const id = this.words.length;
    if (id >= MAX_WORDS) return -1;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = id + 1;
    this.words.push(ownCopy(s, a, b));
    if (2 * this.words.length > this.mask) this.grow();
    return id;
  }

  /** Doubles the table, each entry moved to its slot in the larger one. */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let slot = old[k]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k]!;
      slots[2 * slot + 1] = old[k + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Folded words (Token.f, Token.id). */
const FOLDED = new WordTable();
/** Lower-case words as wordOf gives them, when they are written so in the text. */
const LOWER = new WordTable();

/**
 * Bumped whenever the folded-word table is emptied (at MAX_WORDS words, between two articles): a
 * cache indexed by word id is valid only for the generation it was filled in.
 */
export function wordTableGeneration(): number {
  return FOLDED.generation;
}

/** The number of words in the folded-word table: ids are below it. */
export function wordTableSize(): number {
  return FOLDED.words.length;
}

/**
 * s[a, b) as a string of its own: V8 copies a slice shorter than 13 code units, but a longer one
 * is a view into (and would keep alive for the run) the article's whole text.
 */
function ownCopy(s: string, a: number, b: number): string {
  if (b - a < 13) return s.slice(a, b);
  const units: number[] = [];
  for (let k = a; k < b; k++) units.push(s.charCodeAt(k));
  return String.fromCharCode(...units);
}

export function tokenize(text: string): TokenizedText {
  FOLDED.resetIfFull();
  LOWER.resetIfFull();
  const folded = foldInto(text);
  const s = folded.folded;
  const n = s.length;
  const tokens: Token[] = [];
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const fs = i;
    // FNV-1a over the word's code units, on the same pass that finds its end.
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    } while (i < n && isWordCode((c = s.charCodeAt(i))));
    const id = i - fs <= WORD_MAX ? FOLDED.intern(s, fs, i, h) : -1;
    tokens.push({
      f: id >= 0 ? FOLDED.words[id]! : s.slice(fs, i),
      start: folded.starts[fs]!,
      end: folded.ends[i - 1]!,
      fs,
      fe: i,
      id,
    });
  }
  return {
    text,
    folded: { folded: s },
    tokens,
    words: new Array<string | undefined>(tokens.length),
    // A plain array: an Int32Array per article took longer to allocate than to fill.
    bits: new Array<number>(tokens.length).fill(0),
    // (Present from the start, as every field: one shape for every article's tokens.)
    phrases: undefined,
  };
}

// Lower-case NFC forms of the words seen so far, by their written form: the same few thousand
// words recur in every article, and normalize + toLowerCase cost far more than a lookup.
const WORD_MEMO = new Map<string, string>();
const WORD_MEMO_MAX = 50_000;
// V8 copies slices shorter than 13 code units; a longer key would be a view into (and keep
// alive) the whole article.
const MEMO_KEY_MAX = 12;

/** Token k in lower case NFC, with its diacritics: computed once per article. */
export function wordOf(tt: TokenizedText, k: number): string {
  let w = tt.words[k];
  if (w === undefined) {
    const tok = tt.tokens[k]!;
    w = tt.words[k] = tok.id >= 0 ? cachedWord(tt.text, tok) : wordOfToken(tt.text, tok);
  }
  return w;
}

// ("toạ đàm", "Uỷ ban": the old tone placement read as the word lists' "tọa", "ủy".)
const wordOfToken = (text: string, tok: Token) => modernToneWord(lowerWord(text, tok));

// The last two written forms of each folded word (by its id) and their wordOf, for the run: a
// word is nearly always written as it was the last time, so its lower case is found by comparing
// its characters with that form, without hashing them or lowering them again. Keyed by the exact
// characters, so a form of another word that took the id after the table was emptied only misses.
// (Filled up front: an array written at scattered indexes would fall back to a dictionary.)
const SEEN_FORM = new Array<string | undefined>(2 * MAX_WORDS).fill(undefined);
const SEEN_WORD = new Array<string>(2 * MAX_WORDS).fill('');

function cachedWord(text: string, tok: Token): string {
  const slot = 2 * tok.id;
  for (let e = slot; e < slot + 2; e++) {
    const form = SEEN_FORM[e];
    if (form !== undefined && writtenAs(text, tok, form)) return SEEN_WORD[e]!;
  }
  const w = wordOfToken(text, tok);
  // The newer form first; the one it displaces kept as the second.
  if (SEEN_FORM[slot] !== undefined) {
    SEEN_FORM[slot + 1] = SEEN_FORM[slot];
    SEEN_WORD[slot + 1] = SEEN_WORD[slot]!;
  }
  SEEN_FORM[slot] = ownCopy(text, tok.start, tok.end);
  SEEN_WORD[slot] = w;
  return w;
}

/** Whether the token's characters in the text are those of `form`. */
function writtenAs(text: string, tok: Token, form: string): boolean {
  const n = tok.end - tok.start;
  if (form.length !== n) return false;
  for (let i = 0; i < n; i++)
    if (form.charCodeAt(i) !== text.charCodeAt(tok.start + i)) return false;
  return true;
}

// LOWER_KIND[c] for c < 0x2000: 0 not yet known, 1 a lower-case letter that NFC and lower-casing
// leave as it is whatever stands around it, 2 not such a letter (the word goes the long way).
const LOWER_KIND = new Uint8Array(0x2000);

const ETH = 0xf0;

function lowerKind(code: number): number {
  const ch = String.fromCharCode(code);
  // Latin letters only (Latin-1, Extended-A/B, Extended Additional: precomposed Vietnamese):
  // starters that NFC keeps, with no context-dependent lower case (as Greek final sigma has).
  const latin = code < 0x250 || (code >= 0x1e00 && code <= 0x1eff);
  // (ð, the look-alike some pages type for đ, is read as đ below.)
  return latin && code !== ETH && ch.normalize('NFC') === ch && ch.toLowerCase() === ch ? 1 : 2;
}

function lowerWord(text: string, tok: Token): string {
  // An ASCII word folds to itself in lower case: the folded form is the word. A word of lower-case
  // precomposed letters is itself (most words of a Vietnamese text): the run's one string for it.
  let ascii = true;
  let plain = true;
  // An upper-case ASCII letter, seen on the same pass (read only when the pass went through).
  let upper = false;
  let h = FNV_OFFSET;
  for (let i = tok.start; i < tok.end && plain; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, FNV_PRIME);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper = true;
      continue;
    }
    ascii = false;
    if (c >= 0x2000) plain = false;
    else {
      let kind = LOWER_KIND[c]!;
      if (kind === 0) kind = LOWER_KIND[c] = lowerKind(c);
      plain = kind === 1;
    }
  }
  if (ascii) return tok.f;
  if (plain && !upper) {
    const id = tok.end - tok.start <= WORD_MAX ? LOWER.intern(text, tok.start, tok.end, h) : -1;
    return id >= 0 ? LOWER.words[id]! : text.slice(tok.start, tok.end);
  }
  const raw = text.slice(tok.start, tok.end);
  let w = WORD_MEMO.get(raw);
  if (w === undefined) {
    w = raw.normalize('NFC').toLowerCase();
    if (w.includes('ð')) w = w.replace(/ð/g, 'đ');
    if (raw.length <= MEMO_KEY_MAX) {
      if (WORD_MEMO.size >= WORD_MEMO_MAX) WORD_MEMO.clear();
      WORD_MEMO.set(raw, w);
    }
  }
  return w;
}

/** The original characters between two tokens (what separates them). */
export function gapBetween(t: TokenizedText, a: Token, b: Token): string {
  return t.text.slice(a.end, b.start);
}

/** True when the original token starts with an upper-case letter (or a digit). */
export function isCapitalised(text: string, tok: Token): boolean {
  const code = text.charCodeAt(tok.start);
  // ASCII, most words: no need for a lower-case string to compare with.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let cap = CAPITAL[code]!;
  if (cap === 0) {
    const c = String.fromCharCode(code);
    cap = CAPITAL[code] = c !== c.toLowerCase() ? 1 : 2;
  }
  return cap === 1;
}

// CAPITAL[c]: 0 unknown, 1 a code unit that lower-casing changes, 2 one it leaves as it is.
const CAPITAL = new Uint8Array(0x10000);
