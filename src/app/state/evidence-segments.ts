// Splits an evidence quote into plain and highlighted runs, so components can build text
// nodes and <mark> elements from it (article text is never parsed as HTML).

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Spans are [start, end) offsets into `text`. Spans out of range are clipped, empty ones
 * dropped, overlapping or touching ones merged; the input array is not changed.
 */
export function evidenceSegments(
  text: string,
  spans: readonly (readonly [number, number])[],
): Segment[] {
  const clipped = spans
    .map(
      ([s, e]) =>
        [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const,
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
