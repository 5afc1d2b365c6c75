// Word tokens of an article, found on the folded text and mapped back to the original.
import { foldInto, type FoldedText } from '../normalize.ts';

export interface Token {
  /** Folded form (lower case, no diacritics). */
  f: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** [start, end) in the folded text. */
  fs: number;
  fe: number;
}

export interface TokenizedText {
  text: string;
  /** The folded text (its offset maps are scratch space, read only while tokenising). */
  folded: Pick<FoldedText, 'folded'>;
  tokens: Token[];
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

export function tokenize(text: string): TokenizedText {
  const folded = foldInto(text);
  const s = folded.folded;
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const fs = i;
    while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
    tokens.push({
      f: s.slice(fs, i),
      start: folded.starts[fs]!,
      end: folded.ends[i - 1]!,
      fs,
      fe: i,
    });
  }
  return { text, folded: { folded: s }, tokens };
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
  const c = text[tok.start]!;
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
}
