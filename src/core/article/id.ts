// Stable article id: FNV-1a 64 of the normalised title and body, so the same article read from
// two files (or twice under two names) gets the same id, whatever its spacing or Unicode form.
// The normal form is cleanSpaces (NFC, runs of white space as one space, trimmed) of each, joined
// by "\n", hashed as UTF-8. It is hashed as it is read, without building the normal string or
// its bytes (issue 9: the id was 7 % of the step); same ids as before.

import { isWhiteSpace } from '../normalize.ts';

// FNV-1a 64 on two 32-bit halves: h * 0x100000001b3 = h * 0x1b3 + (h << 40). The halves are
// kept as signed 32-bit integers (read unsigned only by hex()), and the carry of the low half
// times 0x1b3 into the high half is found on 16-bit pieces: integer operations only, no float
// division per byte; plain numbers, no BigInt, fast on MBs.
class Fnv64 {
  lo = 0x84222325 | 0;
  hi = 0xcbf29ce4 | 0;

  byte(b: number): void {
    const lo = this.lo ^ b;
    this.hi = nextHi(lo, this.hi);
    this.lo = Math.imul(lo, 0x1b3);
  }

  private pendingSpace = false;
  private started = false;

  /**
   * Text as cleanSpaces would give it (NFC, white-space runs as one space, trimmed), fed in
   * pieces: a run of white space may span two pieces, and `space()` stands for one between them.
   * Call `endText()` before the next text.
   */
  cleanPiece(text: string): void {
    this.cleanRange(text, 0, text.length);
  }

  /** cleanPiece of text.slice(from, to), without the slice when the range needs no NFC. */
  cleanRange(text: string, from: number, to: number): void {
    // Hashed as it is; if a combining mark turns up, the range is hashed again from its NFC form
    // (most texts have none: one pass over them instead of a search for marks first).
    if (this.hashRange(text, from, to, true)) return;
    const nfc = text.slice(from, to).normalize('NFC');
    this.hashRange(nfc, 0, nfc.length, false);
  }

  /**
   * Hashes s[a, b) as cleanSpaces gives it, if it needs no NFC: false, with the state left as it
   * was, when `stopAtMark` and a combining mark is found.
   */
  private hashRange(s: string, a: number, b: number, stopAtMark: boolean): boolean {
    // The hash state in locals while the loop runs, each byte's step inline: `byte`, which
    // reads and writes the fields for every byte, took about twice as long (issue 9).
    let lo = this.lo;
    let hi = this.hi;
    let pendingSpace = this.pendingSpace;
    let started = this.started;
    for (let i = a; i < b; i++) {
      let c = s.charCodeAt(i);
      // Printable ASCII (most of any text) first: no space, one byte.
      if (c > 0x20 && c < 0x7f) {
        if (pendingSpace) {
          lo ^= 0x20;
          hi = nextHi(lo, hi);
          lo = Math.imul(lo, 0x1b3);
          pendingSpace = false;
        }
        started = true;
        lo ^= c;
        hi = nextHi(lo, hi);
        lo = Math.imul(lo, 0x1b3);
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        lo ^= 0x20;
        hi = nextHi(lo, hi);
        lo = Math.imul(lo, 0x1b3);
        pendingSpace = false;
      }
      started = true;
      if (c < 0x80) {
        lo ^= c;
        hi = nextHi(lo, hi);
        lo = Math.imul(lo, 0x1b3);
        continue;
      }
      if (stopAtMark && c >= 0x300 && c <= 0x36f) return false;
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = i + 1 < b ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else if (c >= 0xdc00 && c <= 0xdfff) c = 0xfffd;
      // UTF-8 (a lone surrogate as U+FFFD, as TextEncoder writes it): the lead byte, then
      // continuation bytes of 6 bits each, highest first.
      const n = c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
      lo ^= n === 1 ? 0xc0 | (c >> 6) : n === 2 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
      hi = nextHi(lo, hi);
      lo = Math.imul(lo, 0x1b3);
      for (let k = n - 1; k >= 0; k--) {
        lo ^= 0x80 | ((c >> (6 * k)) & 0x3f);
        hi = nextHi(lo, hi);
        lo = Math.imul(lo, 0x1b3);
      }
    }
    this.lo = lo;
    this.hi = hi;
    this.pendingSpace = pendingSpace;
    this.started = started;
    return true;
  }

  /** A white-space character between two pieces of one text. */
  space(): void {
    this.pendingSpace = this.started;
  }

  /** Ends a text: white space at its end is trimmed. */
  endText(): void {
    this.pendingSpace = false;
    this.started = false;
  }

  hex(): string {
    const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    return hex(this.hi) + hex(this.lo);
  }
}

/**
 * The high half of the hash after a byte, from `lo` (the low half with the byte xored in) and
 * the high half before: h * 0x100000001b3 = h * 0x1b3 + (h << 40), where the carry of lo * 0x1b3
 * (lo read unsigned) into the high half is found from lo's two 16-bit halves.
 */
function nextHi(lo: number, hi: number): number {
  const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
  return (Math.imul(hi, 0x1b3) + (lo << 8) + carry) | 0;
}

/** JavaScript's \s (what trim removes), plus U+200B, which cleanSpaces also folds. */
function isSpace(c: number): boolean {
  return c === 0x200b || isWhiteSpace(c);
}

/** 16 hex digits identifying the article by its title and body text. */
export function articleId(title: string, body: string): string {
  const h = new Fnv64();
  h.cleanPiece(title);
  h.endText();
  h.byte(0x0a);
  h.cleanPiece(body);
  return h.hex();
}

/**
 * articleId(title, the given spans of text joined by "\n") without building that string: NFC
 * never composes across a line break, so each piece can be normalised on its own.
 */
export function articleIdOfSpans(
  title: string,
  text: string,
  spans: readonly (readonly [number, number])[],
): string {
  const h = new Fnv64();
  h.cleanPiece(title);
  h.endText();
  h.byte(0x0a);
  spans.forEach(([a, b], k) => {
    if (k > 0) h.space();
    h.cleanRange(text, a, b);
  });
  return h.hex();
}

/** Exposed for the known-answer test of the hash itself. */
export function fnv1a64Hex(text: string): string {
  const h = new Fnv64();
  for (const b of new TextEncoder().encode(text)) h.byte(b);
  return h.hex();
}
