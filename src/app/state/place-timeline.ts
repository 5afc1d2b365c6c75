// A place's story: every article that ties it to another place, by year (undated last), each
// item naming the tie (visit out, visit in, agreement) and the article it comes from.
import type { AtlasData } from './atlas-data.ts';

export type TieKind = 'visitOut' | 'visitIn' | 'sister';

export interface TimelineItem {
  kind: TieKind;
  linkId: string;
  other: string;
  article: string;
  date: string | null;
}

export interface TimelineYear {
  /** null: the articles do not say when. */
  year: number | null;
  items: TimelineItem[];
}

export function placeTimeline(data: AtlasData, placeId: string): TimelineYear[] {
  const items: TimelineItem[] = [];
  for (const { properties: l } of data.dataset.links.features) {
    const out = l.from.id === placeId;
    if (!out && l.to.id !== placeId) continue;
    const kind: TieKind = l.kind === 'sister' ? 'sister' : out ? 'visitOut' : 'visitIn';
    const other = out ? l.to.id : l.from.id;
    for (const r of l.articles) {
      // An undated tie takes its article's date, so it still finds its year.
      const date = r.date ?? data.article.get(r.article)?.date ?? null;
      items.push({ kind, linkId: l.id, other, article: r.article, date });
    }
  }
  items.sort(
    (a, b) =>
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.other.localeCompare(b.other) ||
      a.article.localeCompare(b.article),
  );
  const years: TimelineYear[] = [];
  for (const it of items) {
    const year = it.date ? Number(it.date.slice(0, 4)) : null;
    const last = years[years.length - 1];
    if (last && last.year === year) last.items.push(it);
    else years.push({ year, items: [it] });
  }
  return years;
}
