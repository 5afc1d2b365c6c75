// The extractor: one cleaned article in, its places and links (with evidence) out.
import type { Gazetteer } from '../gazetteer.ts';
import type {
  ArticleDoc,
  ArticleResult,
  FoundLink,
  FoundPlace,
  GazetteerEntry,
  LinkEnd,
  UnresolvedName,
} from '../types.ts';
import { eventDate, yearClues } from './dates.ts';
import { findPlaces, type Mention } from './find-places.ts';
import { sentenceViews } from './sentence-view.ts';
import { splitSentences } from './sentences.ts';
import { sisterPairs } from './sisters.ts';
import { tokenize } from './tokens.ts';
import { visitsInSentence, type Side, type VisitContext } from './visits.ts';

export interface GeocodeOutput {
  result: ArticleResult;
  unresolved: UnresolvedName[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function toPlaces(mentions: Mention[], gaz: Gazetteer): FoundPlace[] {
  const byId = new Map<string, FoundPlace>();
  for (const m of mentions) {
    const e = m.entry;
    let p = byId.get(e.id);
    if (!p) {
      const succ = gaz.successorOf(e.id);
      p = {
        id: e.id,
        name: e.name,
        country: e.country,
        iso: e.iso,
        kind: e.kind,
        lon: round6(e.coord[0]),
        lat: round6(e.coord[1]),
        spans: [],
        successor: succ ? { id: succ.id, name: succ.name, iso: succ.iso } : null,
      };
      byId.set(e.id, p);
    }
    p.spans.push([m.span[0], m.span[1]]);
  }
  return [...byId.values()];
}

const end = (s: Side): LinkEnd => ({ id: s.entry.id, iso: s.entry.iso, level: s.level });

function addLink(links: Map<string, FoundLink>, link: FoundLink): void {
  const key = `${link.kind}|${link.from.id}|${link.to.id}`;
  const had = links.get(key);
  if (!had) {
    links.set(key, link);
    return;
  }
  // Keep the first evidence; take a date from a later sentence only when the first gave none.
  if (had.date === null && link.date !== null) had.date = link.date;
  // A place named in the text is more precise than a national body standing at the capital.
  if (link.from.level === 'local') had.from = link.from;
  if (link.to.level === 'local') had.to = link.to;
}

function sisterEnds(a: GazetteerEntry, b: GazetteerEntry): [LinkEnd, LinkEnd] {
  const x: LinkEnd = { id: a.id, iso: a.iso, level: 'local' };
  const y: LinkEnd = { id: b.id, iso: b.iso, level: 'local' };
  return a.id < b.id ? [x, y] : [y, x];
}

export function geocodeArticle(doc: ArticleDoc, gaz: Gazetteer): GeocodeOutput {
  const { text } = doc;
  const tt = tokenize(text);
  const { mentions, unresolved } = findPlaces(tt, doc.keep, gaz, doc.date);
  const views = sentenceViews(tt, splitSentences(text, doc.keep), mentions);
  const clues = yearClues(doc.keep.map(([a, b]) => text.slice(a, b)).join('\n'), doc.date);
  const titleSpan = doc.titleSpan ?? views[0]?.span ?? null;
  const ctx: VisitContext = {
    lastOrigin: null,
    titlePlaces: titleSpan
      ? mentions.filter((m) => m.span[0] >= titleSpan[0] && m.span[1] <= titleSpan[1])
      : [],
  };

  const links = new Map<string, FoundLink>();
  for (const view of views) {
    const sentence = text.slice(view.span[0], view.span[1]);
    for (const v of visitsInSentence(tt, view, gaz, ctx)) {
      for (const to of v.to) {
        if (to.entry.id === v.from.entry.id || to.entry.country === v.from.entry.country) continue;
        addLink(links, {
          kind: 'visit',
          from: end(v.from),
          to: end(to),
          date: eventDate(sentence, clues, true),
          evidence: sentence,
          evidenceSpan: [view.span[0], view.span[1]],
        });
      }
    }
    for (const p of sisterPairs(view)) {
      const [from, to] = sisterEnds(p.a, p.b);
      addLink(links, {
        kind: 'sister',
        from,
        to,
        date: eventDate(sentence, clues, false),
        evidence: sentence,
        evidenceSpan: [view.span[0], view.span[1]],
      });
    }
  }

  const warnings = unresolved.map((u) => `unresolved place name "${u.name}" at ${u.span[0]}`);
  return {
    result: {
      file: doc.file,
      id: doc.id,
      title: doc.title,
      date: doc.date,
      url: doc.url,
      places: toPlaces(mentions, gaz),
      links: [...links.values()],
      warnings,
    },
    unresolved,
  };
}
