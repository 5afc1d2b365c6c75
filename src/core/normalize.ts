// Text normalisation for matching Vietnamese text against the gazetteer.
// Real articles mix NFC and NFD, old and new tone-mark placement (hoà / hòa), hyphenated,
// spaced and joined transliterations (Chăm-pa-sắc / Chăm Pa Sắc / Champasac) and unaccented
// text. We match on a folded form and keep, for every folded character, the offset of the
// original character it came from, so mentions can be highlighted in the original text.

/** Vietnamese tone marks (as combining characters). The other marks (â ă ơ ư) change the vowel. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const foldCache = new Map<string, string>();

function foldOne(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    // Stripping combining marks after NFD leaves the base letter; đ has no decomposition. (Some
    // pages type Đ as the look-alike Ð, U+00D0.)
    f =
      ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð'
        ? 'd'
        : ch
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
    foldCache.set(ch, f);
  }
  return f;
}

// FOLD_TABLE[c] for c < 0x2000: 0 = not yet known, DROP = a combining mark (folds to nothing),
// COMPLEX = folds to several units (ﬁ-like), else the folded code unit itself.
const DROP = 1;
const COMPLEX = 2;
const FOLD_TABLE = new Uint16Array(0x2000);

function tableEntry(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return DROP;
  const f = foldOne(String.fromCharCode(code));
  if (f.length === 0) return DROP;
  if (f.length !== 1) return COMPLEX;
  const u = f.charCodeAt(0);
  return u === DROP || u === COMPLEX || u === 0 ? COMPLEX : u;
}

export interface FoldedText {
  /** Lower-case text without diacritics. */
  folded: string;
  /** starts[i] = offset in the original of the character that produced folded[i]. */
  starts: Int32Array;
  /** ends[i] = offset just past that original character and any combining marks after it. */
  ends: Int32Array;
}

// Scratch space for foldInto, grown as needed and reused: a fresh set of arrays per article was
// most of the memory a long run churned through outside the JS heap (issue 9).
let scratchBuf = new Uint16Array(1024);
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);

function growScratch(size: number): void {
  const b2 = new Uint16Array(size);
  b2.set(scratchBuf);
  scratchBuf = b2;
  const s2 = new Int32Array(size);
  s2.set(scratchStarts);
  scratchStarts = s2;
  const e2 = new Int32Array(size);
  e2.set(scratchEnds);
  scratchEnds = e2;
}

// The last text foldInto folded, and its answer: the cleaner folds an article, the tokeniser
// then asks for the same text (issue 9: the text was folded twice). Given back once, then let
// go: held from one article to the next, an article's text could outlive young-generation
// collections and be promoted (see docs/cli.md, Memory).
let lastText: string | null = null;
let lastFold: FoldedText | null = null;

/**
 * foldWithOffsets into the shared scratch arrays: `starts` and `ends` are views that the next
 * call overwrites, for a caller that reads them at once (tokenize). Asked again for the text it
 * folded last (once), it gives the same answer without folding it again.
 */
export function foldInto(text: string): FoldedText {
  if (text === lastText && lastFold) {
    const again = lastFold;
    lastText = lastFold = null;
    return again;
  }
  const n = text.length;
  // Folding never lengthens ASCII; other characters fold to one letter, rarely more.
  if (scratchBuf.length < n + 8) growScratch(n + 8);
  let buf = scratchBuf;
  let starts = scratchStarts;
  let ends = scratchEnds;
  let k = 0;
  let surrogates = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path: most of any article.
      buf[k] = code >= 65 && code <= 90 ? code + 32 : code;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      i++;
      continue;
    }
    if (code < 0x2000) {
      // Latin letters with marks fold to one letter: a table answers after the first time.
      let t = FOLD_TABLE[code]!;
      if (t === 0) t = FOLD_TABLE[code] = tableEntry(code);
      if (t === DROP) {
        if (k > 0) ends[k - 1] = i + 1;
        i++;
        continue;
      }
      if (t !== COMPLEX) {
        buf[k] = t;
        starts[k] = i;
        ends[k] = i + 1;
        k++;
        i++;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    // Only here can a surrogate reach the buffer (an astral or a lone one, folded to itself).
    if (cp >= 0xd800) surrogates = true;
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    if (cp >= 0x300 && cp <= 0x36f) {
      if (k > 0) ends[k - 1] = i;
      continue;
    }
    const f = foldOne(text.slice(start, i));
    if (f.length === 0) {
      if (k > 0) ends[k - 1] = i;
      continue;
    }
    if (k + f.length >= buf.length) {
      growScratch(buf.length * 2 + f.length);
      buf = scratchBuf;
      starts = scratchStarts;
      ends = scratchEnds;
    }
    for (let j = 0; j < f.length; j++) {
      buf[k] = f.charCodeAt(j);
      starts[k] = start;
      ends[k] = i;
      k++;
    }
  }
  const folded = unitsToString(buf, k, surrogates);
  lastText = text;
  lastFold = { folded, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
  return lastFold;
}

/**
 * The folds of text[a, b) for ranges given in text order, as slices of the text's fold `f`:
 * what fold() of each range gives, when no range starts or ends inside a surrogate pair.
 */
export function foldedRanges(
  f: FoldedText,
  ranges: readonly (readonly [number, number])[],
): string[] {
  const out: string[] = [];
  const { starts } = f;
  let k = 0;
  for (const [a, b] of ranges) {
    // The folded units of the range are those whose character starts in it.
    while (k > 0 && starts[k - 1]! >= a) k--;
    while (k < starts.length && starts[k]! < a) k++;
    const from = k;
    while (k < starts.length && starts[k]! < b) k++;
    out.push(f.folded.slice(from, k));
  }
  return out;
}

/**
 * Folds diacritics and case, keeping an offset map to the original. Combining marks in NFD input
 * produce no folded character; they are counted in the `ends` of the base letter before them.
 */
export function foldWithOffsets(text: string): FoldedText {
  const f = foldInto(text);
  return { folded: f.folded, starts: f.starts.slice(), ends: f.ends.slice() };
}

/** Case- and diacritic-insensitive form: "Thừa Thiên-Huế" → "thua thien-hue". */
export function fold(text: string): string {
  // Same rules as foldWithOffsets, without the offset arrays (cleaning folds every line): the
  // folded code units go into a reused buffer, read into one string at the end.
  const n = text.length;
  if (foldBuf.length < n + 8) foldBuf = new Uint16Array(n * 2 + 8);
  let buf = foldBuf;
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      buf[k++] = code >= 65 && code <= 90 ? code + 32 : code;
      continue;
    }
    let f: string;
    if (code < 0x2000) {
      let t = FOLD_TABLE[code]!;
      if (t === 0) t = FOLD_TABLE[code] = tableEntry(code);
      if (t === DROP) continue;
      if (t !== COMPLEX) {
        buf[k++] = t;
        continue;
      }
      f = foldOne(text[i]!);
    } else {
      const cp = text.codePointAt(i)!;
      if (cp >= 0xd800) surrogates = true;
      if (cp > 0xffff) i++;
      f = foldOne(String.fromCodePoint(cp));
    }
    // Several code units (rare): make room for them and the rest of the text.
    if (k + f.length + (n - i) >= buf.length) {
      const grown = new Uint16Array((k + f.length + n) * 2);
      grown.set(buf.subarray(0, k));
      buf = foldBuf = grown;
    }
    for (let j = 0; j < f.length; j++) buf[k++] = f.charCodeAt(j);
  }
  return unitsToString(buf, k, surrogates);
}

let foldBuf = new Uint16Array(1024);

// Decoding the buffer as UTF-16 copies it in native code: several times faster than
// String.fromCharCode.apply over a whole article (issue 9). The decoder would turn a lone
// surrogate into U+FFFD and is only used on a little-endian machine, where its byte order is
// the Uint16Array's; the BOM it would drop is kept (ignoreBOM).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// Below this many code units the call into the decoder costs more than it saves.
const DECODE_MIN = 64;

/**
 * The string of code units buf[0, k). `surrogates`: whether any may be a surrogate (the folds
 * know, from the characters they read; otherwise the buffer is searched).
 */
export function unitsToString(
  buf: Uint16Array,
  k: number,
  surrogates = hasSurrogate(buf, k),
): string {
  if (k >= DECODE_MIN && LITTLE_ENDIAN && !surrogates) return UTF16.decode(buf.subarray(0, k));
  let out = '';
  const CHUNK = 8192;
  for (let c = 0; c < k; c += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      buf.subarray(c, Math.min(k, c + CHUNK)) as unknown as number[],
    );
  }
  return out;
}

function hasSurrogate(buf: Uint16Array, k: number): boolean {
  for (let i = 0; i < k; i++) if ((buf[i]! & 0xf800) === 0xd800) return true;
  return false;
}

/** Lookup key that also ignores spaces, hyphens and punctuation: "TP.HCM" → "tphcm". */
export function nameKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Key that keeps the vowel marks and tones but ignores where the tone mark is placed and case:
 * "Hoà Bình" and "Hòa Bình" give the same key, "hòa bình" too, "Hoa Binh" does not.
 * Spaces and hyphens are ignored, as in nameKey.
 */
export function toneKey(text: string): string {
  const words = text
    .normalize('NFD')
    .toLowerCase()
    .replace(/ð/g, 'đ')
    .split(/[^\p{L}\p{N}\u0300-\u036f]+/u);
  return words
    .filter((w) => w.length > 0)
    .map((w) => {
      const tones: string[] = [];
      let base = '';
      for (const ch of w) {
        if (TONE_MARKS.has(ch)) tones.push(ch);
        else base += ch;
      }
      return base.normalize('NFC') + tones.sort().join('');
    })
    .join('');
}

/** True when the text carries any Vietnamese diacritic or đ. */
export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036fđĐðÐ]/.test(text.normalize('NFD'));
}

// Old-style tone placement on an open syllable ("hoà", "toạ đàm", "Uỷ ban", the typewriter habit
// many pages keep) against the new style the rules' word lists are written in ("hòa", "tọa", "ủy"):
// the same two letters with the mark moved, so lengths and offsets hold.
const OLD_TONE: Readonly<Record<string, string>> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
// (Not after "q": "quý" is written so in both styles.)
const OLD_TONE_SYLLABLE = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}])/gu;

/** Lower-case text with old-style tone marks moved to the new style ("uỷ ban" → "ủy ban"). */
export function modernTones(lower: string): string {
  // (Scanned by code unit first: most texts hold no such syllable, and the regex, with its
  // look-behind and Unicode classes, cost a per-rule phrase lookup more than the lookup itself.)
  for (let k = 1; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c < 0xe0) continue;
    const p = lower.charCodeAt(k - 1);
    // (An "o" or "u" before the marked vowel, then the pair itself: one of OLD_TONE's.)
    if ((p === 111 || p === 117) && OLD_TONE[lower.slice(k - 1, k + 1)] !== undefined) {
      return lower.replace(OLD_TONE_SYLLABLE, (m) => OLD_TONE[m] ?? m);
    }
  }
  return lower;
}

/** One lower-case word in the new tone style; a word not ending on a marked vowel is itself. */
export function modernToneWord(w: string): string {
  const n = w.length;
  // (à, the lowest of the marked vowels, is U+00E0: most words end below it.)
  if (n < 2 || w.charCodeAt(n - 1) < 0xe0) return w;
  const pair = OLD_TONE[w.slice(n - 2)];
  return pair === undefined || (n > 2 && w[n - 3] === 'q') ? w : w.slice(0, n - 2) + pair;
}

/** NFC, skipped on text without combining marks (costly on long texts, a no-op on most). */
export function toNfc(text: string): string {
  return /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
}

// No-break and other fixed-width spaces, and the invisible marks pages carry (zero-width spaces
// and joiners, soft hyphens, a byte-order mark), as typed text copied from a page holds them.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE_OR_INVISIBLE = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\u00ad\ufeff]/;

/**
 * The text with those spaces as plain spaces and the invisible marks dropped: the rules match
 * words a plain space apart (a page's "tỉnh&nbsp;Savannakhet" is "tỉnh Savannakhet").
 */
export function plainSpaces(text: string): string {
  if (!ODD_SPACE_OR_INVISIBLE.test(text)) return text;
  // (A zero-width space alone between two words is their only space: "tỉnh\u200bSavannakhet".)
  return text.replace(ODD_SPACE, ' ').replace(LONE_ZWSP, ' ').replace(INVISIBLE, '');
}
const LONE_ZWSP = /(?<=[\p{L}\p{N}])\u200b+(?=[\p{L}\p{N}])/gu;

// Em dashes and their look-alikes (figure dash, horizontal bar, minus sign) where a page's editor
// typed the en dash of "Việt Nam – Lào", "Bà Rịa – Vũng Tàu", "ngày 11 – 12/4" or a dateline: the
// rules know "-" and "–". One character for one, so offsets stay.
const LONG_DASH = /[\u2012\u2014\u2015\u2212\ufe58]/g;

/** The text with its long dashes written as en dashes. */
export function plainDashes(text: string): string {
  return text.replace(LONG_DASH, '–');
}

// Text browsers and word processors mark list items with other glyphs than "•" (w3m's "□" and
// "☆" for nested lists, "◦", "▪", "➢"): a page's box of other articles' headlines so dumped is a
// list like any other. One character for one, so offsets stay.
const BULLET_GLYPHS = '□☆★◦○●■▪▫◆◇▸▹►▶‣⁃∙➢➤❖◾◽';
const ANY_BULLET_GLYPH = new RegExp(`[${BULLET_GLYPHS}]`, 'u');
const LINE_BULLET_GLYPH = new RegExp(`^([ \\t]*)[${BULLET_GLYPHS}](?=[ \\t])`, 'gmu');

// (lynx marks a third level "o", indented: "               o [15]‹headline›".)
const INDENTED_O = /^([ \t]{2,})o(?=[ \t])/gmu;

/** The text with each list item's bullet written "•". */
export function plainBullets(text: string): string {
  const glyphs = ANY_BULLET_GLYPH.test(text) ? text.replace(LINE_BULLET_GLYPH, '$1•') : text;
  return glyphs.includes(' o ') ? glyphs.replace(INDENTED_O, '$1•') : glyphs;
}

// Two or three spaces between words, as an editor's slip or a page's "&nbsp; " leaves them.
const SPACE_SLIP = /(?<=\S) {2,3}(?=\S)/g;
// A sentence ends on one of these; a menu or a list of tags does not.
const PROSE_END = /[.!?:;,"”'’)…]\s*$/u;
// A sentence holds a slip or two, never many: runs in every few words set a menu's items or
// tags apart ("Chính trị  Kinh tế  Xã hội"), and wider runs set columns apart. A line that ends
// as no sentence does (a headline, a teaser) is read as slipped only when its runs are rarer.
const WORDS_PER_SLIP = 3;
const WORDS_PER_SLIP_UNENDED = 6;

/**
 * The text with the doubled spaces of each sentence line (and a line's one doubled space) as
 * one: the rules read words a space apart, and a headline printed twice is twice the same only
 * with its spaces alike.
 */
export function singleSpaced(text: string): string {
  if (!text.includes('  ')) return text;
  return text.replace(/[^\n]*  [^\n]*/g, (line) => {
    const slips = line.match(SPACE_SLIP);
    if (!slips) return line;
    const words = line.split(/\s+/).filter((w) => w !== '').length;
    const perSlip = PROSE_END.test(line) ? WORDS_PER_SLIP : WORDS_PER_SLIP_UNENDED;
    const slip = slips.length === 1 || slips.length * perSlip <= words;
    return slip ? line.replace(SPACE_SLIP, ' ') : line;
  });
}

// White space that is not a plain space, U+200B, or a plain space at an end or beside another.
const SPACES_TO_CLEAN = /[^\S ]|\u200b|^ | $| {2}/;

/** NFC, and every run of white space (including no-break space) folded to one space. */
export function cleanSpaces(text: string): string {
  const nfc = toNfc(text);
  // (Most texts are clean already: then every run the replacement finds is one plain space,
  // replaced by itself, and none stands at an end for trim. Rewriting each space cost more
  // than the rest of a page's rendering, issue 9.)
  return SPACES_TO_CLEAN.test(nfc) ? nfc.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : nfc;
}

/** JavaScript's \s (white space and line terminators: what trim and /\s/ take) by code unit. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** text.trim().length, without making the trimmed string (asked of every text node of a page). */
export function trimmedLength(text: string): number {
  let a = 0;
  let b = text.length;
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b - a;
}

/**
 * t without its leading (when `start`) and trailing runs of white space and of the characters
 * in `also`: what /^[\s…]+|[\s…]+$/g replaced by '' gives, without a regex scan of the line.
 */
export function trimRuns(t: string, also: string, start: boolean): string {
  let a = 0;
  let b = t.length;
  if (start) while (a < b && trimmable(t.charCodeAt(a), also)) a++;
  while (b > a && trimmable(t.charCodeAt(b - 1), also)) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** White space, or one of the code units of `also` (no closure, no string per character). */
function trimmable(c: number, also: string): boolean {
  if (isWhiteSpace(c)) return true;
  for (let k = 0; k < also.length; k++) if (also.charCodeAt(k) === c) return true;
  return false;
}

/** Whether text[from, to) holds at least n ASCII digits (every date the step reads is written so). */
export function hasAsciiDigits(text: string, n: number, from = 0, to = text.length): boolean {
  let found = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++found >= n) return true;
  }
  return false;
}
