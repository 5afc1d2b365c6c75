// An agreement "giữa hai địa phương" (two places counted) after a trip that joined more than two
// places: which two signed is told only by the pair the article opened on.
import type { SisterPair } from './sisters.ts';

// "giữa hai tỉnh", "giữa hai địa phương", "giữa 2 thành phố": the two places that signed counted
// (not "hai bên", two sides that may each be several places; not "với hai tỉnh bạn", "giữa hai
// tỉnh với tỉnh B", one side's places counted).
const TWO_PLACES =
  /(?<![\p{L}])giữa\s+(?:hai|2)\s+(?:tỉnh|địa phương|thành phố)(?![\p{L}])(?!\s+(?:bạn|với|và|cùng)(?![\p{L}]))/u;

const pairKey = (p: SisterPair): string => [p.a.iso, p.b.iso].sort().join('|');

/**
 * "Trong khuôn khổ chuyến thăm tại tỉnh B1, …. … kết quả của chuyến thăm tại các tỉnh B1; B2 và
 * B3. Với việc ký kết Thỏa thuận hợp tác giữa hai địa phương, …": the pair the article opened on
 * (`lead`) if the trip joined it, else none; null when the sentence counts no two places or the
 * trip joined one pair only (the caller's own reading holds).
 */
export function countedPairOfMany<P extends SisterPair>(
  lower: string,
  event: readonly P[],
  lead: P | undefined,
): P[] | null {
  if (event.length < 2 || !TWO_PLACES.test(lower)) return null;
  const keys = new Set(event.map(pairKey));
  if (keys.size < 2) return null;
  return lead && keys.has(pairKey(lead)) ? [lead] : [];
}
