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
    // floor(lo * 0x1b3 / 2^32) for lo read unsigned, from its two 16-bit halves.
    const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    this.hi = (Math.imul(this.hi, 0x1b3) + (lo << 8) + carry) | 0;
    this.lo = Math.imul(lo, 0x1b3);
  }

  /** One code point as UTF-8; a lone surrogate as U+FFFD, as TextEncoder writes it. */
  codePoint(c: number): void {
    if (c < 0x80) this.byte(c);
    else if (c < 0x800) {
      this.byte(0xc0 | (c >> 6));
      this.byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      this.byte(0xe0 | (c >> 12));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    } else {
      this.byte(0xf0 | (c >> 18));
      this.byte(0x80 | ((c >> 12) & 0x3f));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    }
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
    let s = text;
    let a = from;
    let b = to;
    if (hasMark(text, from, to)) {
      s = text.slice(from, to).normalize('NFC');
      a = 0;
      b = s.length;
    }
    for (let i = a; i < b; i++) {
      let c = s.charCodeAt(i);
      if (isSpace(c)) {
        this.pendingSpace = this.started;
        continue;
      }
      if (this.pendingSpace) {
        this.byte(0x20);
        this.pendingSpace = false;
      }
      this.started = true;
      if (c < 0x80) {
        this.byte(c);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = i + 1 < b ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else if (c >= 0xdc00 && c <= 0xdfff) c = 0xfffd;
      this.codePoint(c);
    }
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

/** Whether text[from, to) holds a combining mark: then it needs NFC (a no-op without one). */
function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
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
