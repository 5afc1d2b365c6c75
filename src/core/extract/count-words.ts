// Words that count what follows them ("ba tỉnh", "03 tỉnh", "các đoàn"), shared by every rule
// that reads a group of provinces or delegations.

// A Map, not an object literal: a word of the text such as "constructor" must not find Object's own.
const NUMBER_WORDS = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
]);

/** "ba" → 3, "03" → 3; 0 when `w` (lower case) is no number. */
export function countOf(w: string): number {
  return NUMBER_WORDS.get(w) ?? (/^\d{1,3}$/.test(w) ? Number(w) : 0);
}

const PLURAL_WORDS = new Set(['các', 'những', 'nhiều']);

/** "các", "nhiều", "hai", "4": the word before a noun that makes it several. */
export function isSeveral(w: string): boolean {
  return PLURAL_WORDS.has(w) || countOf(w) >= 2;
}
