// Text normalisation for matching Vietnamese text against the gazetteer.
// Real articles mix NFC and NFD, old and new tone-mark placement (hoà / hòa), hyphenated,
// spaced and joined transliterations (Chăm-pa-sắc / Chăm Pa Sắc / Champasac) and unaccented
// text. We match on a folded form and keep, for every folded character, the offset of the
// original character it came from, so mentions can be highlighted in the original text.

const COMBINING = /[\u0300-\u036f]/;

/** Vietnamese tone marks (as combining characters). The other marks (â ă ơ ư) change the vowel. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

function foldOne(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  // Stripping combining marks after NFD leaves the base letter.
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface FoldedText {
  /** Lower-case text without diacritics; same length relations as described by `starts`. */
  folded: string;
  /** starts[i] = offset in the original of the character that produced folded[i]. */
  starts: Int32Array;
  /** ends[i] = offset just past that original character and any combining marks after it. */
  ends: Int32Array;
}

/**
 * Folds diacritics and case, keeping an offset map to the original. Combining marks in NFD input
 * produce no folded character; they are counted in the `ends` of the base letter before them.
 */
export function foldWithOffsets(text: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const start = i;
    i += ch.length;
    if (COMBINING.test(ch)) {
      if (ends.length > 0) ends[ends.length - 1] = i;
      continue;
    }
    const f = foldOne(ch);
    for (const c of f) {
      out.push(c);
      starts.push(start);
      ends.push(i);
    }
    if (f.length === 0) {
      // A character that folds to nothing still belongs to the previous span end.
      if (ends.length > 0) ends[ends.length - 1] = i;
    }
  }
  return { folded: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Case- and diacritic-insensitive form: "Thừa Thiên-Huế" → "thua thien-hue". */
export function fold(text: string): string {
  return foldWithOffsets(text).folded;
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
  const words = text.normalize('NFD').toLowerCase().split(/[^\p{L}\p{N}\u0300-\u036f]+/u);
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
  return /[\u0300-\u036fđĐ]/.test(text.normalize('NFD'));
}

/** NFC, and every run of white space (including no-break space) folded to one space. */
export function cleanSpaces(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
