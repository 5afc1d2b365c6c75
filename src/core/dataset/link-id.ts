// The stable id of a link, apart from the dataset builder so the explorer can rebuild ids
// (map.json leaves them out) without bundling the builder.
import type { LinkKind } from '../types.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stable id of a link: direction matters for visits, not for sister links. */
export function linkId(kind: LinkKind, fromId: string, toId: string): string {
  if (kind === 'sister') {
    const [a, b] = [fromId, toId].sort(cmp);
    return `sister:${a}|${b}`;
  }
  return `visit:${fromId}>${toId}`;
}
