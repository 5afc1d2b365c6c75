// An agreement "giữa hai địa phương" (two places counted) after a trip that joined more than two
// places: which two signed is told only by the pair the article opened on.
import type { SisterPair } from './sisters.ts';

// "hai tỉnh", "hai địa phương", "2 thành phố": two places counted (not "hai bên", two sides that
// may each be several places).
const TWO_PLACES = /(?<![\p{L}\d])(?:hai|2)\s+(?:tỉnh|địa phương|thành phố)(?![\p{L}])/u;

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
