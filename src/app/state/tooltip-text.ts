// The one line a hover tooltip says about a place or an arc. Pure; names in the UI language.
import type { AtlasData } from './atlas-data.ts';
import type { Lang } from './view-state.ts';
import { formatDate, placeName, strings } from '../i18n.ts';

export type Hovered =
  | { kind: 'place'; id: string }
  | { kind: 'link'; id: string }
  /** The arc that stands for the `n` shown links between places `a` and `b` (pair-arcs.ts). */
  | { kind: 'pair'; a: string; b: string; n: number };

export function tooltipText(data: AtlasData, hovered: Hovered, lang: Lang): string {
  const t = strings(lang);
  const nameOf = (id: string) => {
    const p = data.place.get(id);
    return p ? placeName(p.properties, lang) : id;
  };
  if (hovered.kind === 'place') {
    const p = data.place.get(hovered.id)?.properties;
    if (!p) return '';
    const name = p.validTo ? `${nameOf(p.id)} (${t.former})` : nameOf(p.id);
    return `${name} · ${t.linkCount(p.linkCount)}`;
  }
  if (hovered.kind === 'pair')
    return `${nameOf(hovered.a)} – ${nameOf(hovered.b)} · ${t.linkCount(hovered.n)}`;
  const l = data.link.get(hovered.id)?.properties;
  if (!l) return '';
  const a = nameOf(l.from.id);
  const b = nameOf(l.to.id);
  const head = l.kind === 'sister' ? t.sisterOf(a, b) : t.visitOf(a, b);
  const when = l.firstDate
    ? l.lastDate && l.lastDate !== l.firstDate
      ? `${formatDate(l.firstDate, lang)}–${formatDate(l.lastDate, lang)}`
      : formatDate(l.firstDate, lang)
    : t.undated;
  return `${head} · ${when} · ${t.articleCount(l.articles.length)}`;
}
