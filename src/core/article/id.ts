// Stable article id: FNV-1a 64 of the normalised title and body, so the same article read from
// two files (or twice under two names) gets the same id, whatever its spacing or Unicode form.
import { cleanSpaces } from '../normalize.ts';

// FNV-1a 64 on two 32-bit halves: h * 0x100000001b3 = h * 0x1b3 + (h << 40). The low half times
// 0x1b3 stays below 2^41, exact in a double; plain numbers, no BigInt, fast on MBs.
function fnv1a64(bytes: Uint8Array): string {
  let lo = 0x84222325;
  let hi = 0xcbf29ce4;
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ bytes[i]!) >>> 0;
    const p = lo * 0x1b3;
    const carry = Math.floor(p / 4294967296);
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
    lo = p >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** 16 hex digits identifying the article by its title and body text. */
export function articleId(title: string, body: string): string {
  const normal = `${cleanSpaces(title)}\n${cleanSpaces(body)}`;
  return fnv1a64(new TextEncoder().encode(normal));
}

/** Exposed for the known-answer test of the hash itself. */
export const fnv1a64Hex = (text: string): string => fnv1a64(new TextEncoder().encode(text));
