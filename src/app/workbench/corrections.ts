// A reviewer's corrections to one extraction, kept as data: the extractor's original result
// stays untouched and the corrected result is derived by replaying the operations in order, so a
// correction can be undone, exported as a gold file, or re-applied to a new run of the extractor.
import { linkId } from '../../core/dataset/build.ts';
import type { ArticleResult, FoundLink, LinkEnd, LinkKind, Span } from '../../core/types.ts';

export type Correction =
  /** The place was not meant (a person, a street …): it goes, with every link that touches it. */
  | { op: 'removePlace'; place: string }
  | { op: 'removeLink'; link: string }
  /** A visit read the wrong way round: from and to swap. */
  | { op: 'flipLink'; link: string }
  /** A link the extractor missed, between two places it found, backed by a range of the text. */
  | { op: 'addLink'; kind: LinkKind; from: string; to: string; evidence: Span; date: string | null }
  | { op: 'setLinkDate'; link: string; date: string | null }
  /** The article's publication date. */
  | { op: 'setDate'; date: string | null };

/** The key a correction names a link by: the dataset's link id (kind and ends). */
export function linkKey(l: Pick<FoundLink, 'kind' | 'from' | 'to'>): string {
  return linkId(l.kind, l.from.id, l.to.id);
}

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day; what every date here must be. */
export function isLinkDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The corrected result: `original` with the corrections applied in order. Operations that no
 * longer apply (a link already removed, an end that is not a place of the article, a bad date)
 * are skipped, so a list stays valid when the extractor's output changes under it.
 */
export function applyCorrections(
  original: ArticleResult,
  text: string,
  corrections: readonly Correction[],
): ArticleResult {
  let places = original.places;
  let links = original.links;
  let date = original.date;
  for (const c of corrections) {
    switch (c.op) {
      case 'removePlace':
        places = places.filter((p) => p.id !== c.place);
        links = links.filter((l) => l.from.id !== c.place && l.to.id !== c.place);
        break;
      case 'removeLink':
        links = links.filter((l) => linkKey(l) !== c.link);
        break;
      case 'flipLink':
        links = links.map((l) =>
          linkKey(l) === c.link && l.kind === 'visit' ? { ...l, from: l.to, to: l.from } : l,
        );
        links = uniqueLinks(links);
        break;
      case 'setLinkDate':
        if (c.date === null || isLinkDate(c.date))
          links = links.map((l) => (linkKey(l) === c.link ? { ...l, date: c.date } : l));
        break;
      case 'setDate':
        if (c.date === null || isLinkDate(c.date)) date = c.date;
        break;
      case 'addLink': {
        const added = addedLink(c, places, text);
        if (added && !links.some((l) => linkKey(l) === linkKey(added))) links = [...links, added];
        break;
      }
    }
  }
  return { ...original, date, places, links };
}

function addedLink(
  c: Extract<Correction, { op: 'addLink' }>,
  places: ArticleResult['places'],
  text: string,
): FoundLink | null {
  const a = places.find((p) => p.id === c.from);
  const b = places.find((p) => p.id === c.to);
  const [s, e] = c.evidence;
  if (!a || !b || a.id === b.id || !(s >= 0 && e > s && e <= text.length)) return null;
  if (c.date !== null && !isLinkDate(c.date)) return null;
  let from: LinkEnd = { id: a.id, iso: a.iso, level: 'local' };
  let to: LinkEnd = { id: b.id, iso: b.iso, level: 'local' };
  // Sister links are undirected: stored in the canonical (id) order, as the extractor does.
  if (c.kind === 'sister' && from.id > to.id) [from, to] = [to, from];
  return { kind: c.kind, from, to, date: c.date, evidence: text.slice(s, e), evidenceSpan: [s, e] };
}

/** A flip onto a visit that already exists the other way leaves one link, the first. */
function uniqueLinks(links: FoundLink[]): FoundLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = linkKey(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
