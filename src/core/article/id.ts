// Stable article id: FNV-1a 64 of the normalised title and body, so the same article read from
// two files (or twice under two names) gets the same id, whatever its spacing or Unicode form.
import { cleanSpaces } from '../normalize.ts';

// 64-bit arithmetic on four 16-bit limbs (low first): plain numbers, no BigInt, fast on MBs.
const OFFSET = [0x2325, 0x8422, 0x9ce4, 0xcbf2]; // 0xcbf29ce484222325
// The prime 0x100000001b3 has limbs [0x01b3, 0, 0x0100, 0].

function fnv1a64(bytes: Uint8Array): string {
  let [h0, h1, h2, h3] = OFFSET as [number, number, number, number];
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // h * prime mod 2^64 = h * 0x1b3 + (h << 40)
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** 16 hex digits identifying the article by its title and body text. */
export function articleId(title: string, body: string): string {
  const normal = `${cleanSpaces(title)}\n${cleanSpaces(body)}`;
  return fnv1a64(new TextEncoder().encode(normal));
}

/** Exposed for the known-answer test of the hash itself. */
export const fnv1a64Hex = (text: string): string => fnv1a64(new TextEncoder().encode(text));
