// What the draft editor shows of a corrected extraction: place names by id, a readable label per
// link, the place spans to highlight, and the sentences offered as evidence for a new link.
import type { ArticleResult, FoundLink, Span } from '../../core/types.ts';
import { linkKey } from './corrections.ts';

export function placeNames(original: ArticleResult): (id: string) => string {
  const names = new Map(original.places.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

/** "Kon Tum → Attapeu" for a visit, "Attapeu – Kon Tum" for a sister link. */
export function linkLabel(
  l: Pick<FoundLink, 'kind' | 'from' | 'to'>,
  name: (id: string) => string,
): string {
  return `${name(l.from.id)} ${l.kind === 'visit' ? '→' : '–'} ${name(l.to.id)}`;
}

/** The same label from a link key ("visit:a>b", "sister:a|b"), for corrections of a link now gone. */
export function labelOfKey(key: string, name: (id: string) => string): string {
  const m = /^(visit|sister):(.+?)([>|])(.+)$/.exec(key);
  if (!m) return key;
  return `${name(m[2]!)} ${m[3] === '>' ? '→' : '–'} ${name(m[4]!)}`;
}

export function placeSpans(result: ArticleResult): Span[] {
  return result.places.flatMap((p) => p.spans);
}

/** Offsets of the link's evidence inside the article, for highlighting its place names. */
export function evidenceHighlights(l: FoundLink, result: ArticleResult): Span[] {
  const [s, e] = l.evidenceSpan;
  return placeSpans(result)
    .filter(([a, b]) => a >= s && b <= e)
    .map(([a, b]): Span => [a - s, b - s]);
}

/** The sentences that name both places first (the likely evidence), then the others, in order. */
export function evidenceChoices(
  sentences: readonly Span[],
  result: ArticleResult,
  from: string,
  to: string,
): Span[] {
  const spansOf = (id: string) => result.places.find((p) => p.id === id)?.spans ?? [];
  const names = (sp: Span, id: string) => spansOf(id).some(([a, b]) => a >= sp[0] && b <= sp[1]);
  const both = sentences.filter((s) => names(s, from) && names(s, to));
  return [...both, ...sentences.filter((s) => !both.includes(s))];
}

export { linkKey };
