// The 2025 reorganisation as a view: Vietnam's 63 former units folded into the 34 units in force
// from 1 July 2025. Every place with a successor in the gazetteer (Kon Tum → the new Quảng Ngãi)
// hands its articles and links to it; links that become the same arc merge. What came from
// which former unit is kept, for the panel to say so.
import { linkId } from '../../core/dataset/build.ts';
import type { Gazetteer } from '../../core/gazetteer.ts';
import type { LinkEnd, PlaceProperties, PointFeature } from '../../core/types.ts';
import { assembleDataset, type LinkParts } from './assemble-dataset.ts';
import type { Dataset } from './atlas-data.ts';

export interface FormerUnit {
  id: string;
  name: string;
  nameEn: string;
}

export interface FormerUnits {
  /** Successor place id → the former units folded into it (that the dataset names). */
  of: ReadonlyMap<string, FormerUnit[]>;
  /** Link id → the former units at its ends that it was drawn from. */
  via: ReadonlyMap<string, FormerUnit[]>;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function unitsOf2025(
  dataset: Dataset,
  gaz: Pick<Gazetteer, 'get' | 'successorOf'>,
): { dataset: Dataset; former: FormerUnits } {
  const places = new Map<string, PointFeature<PlaceProperties>>();
  const target = new Map<string, string>();
  const of = new Map<string, FormerUnit[]>();
  const formerById = new Map<string, FormerUnit>();

  for (const f of dataset.places.features) {
    const p = f.properties;
    const succ = gaz.successorOf(p.id);
    const entry = succ ? gaz.get(succ.id) : undefined;
    if (!succ || !entry) {
      const had = places.get(p.id);
      places.set(p.id, had ? withArticles(f, had.properties.articles) : f);
      continue;
    }
    target.set(p.id, succ.id);
    const former = { id: p.id, name: p.name, nameEn: p.nameEn };
    formerById.set(p.id, former);
    of.set(succ.id, [...(of.get(succ.id) ?? []), former]);
    const had = places.get(succ.id);
    const base: PointFeature<PlaceProperties> = had ?? {
      type: 'Feature',
      id: entry.id,
      geometry: { type: 'Point', coordinates: [round6(entry.coord[0]), round6(entry.coord[1])] },
      properties: {
        id: entry.id,
        name: entry.name,
        nameEn: entry.nameEn,
        country: entry.country,
        iso: entry.iso,
        kind: entry.kind,
        parent: entry.parent ?? null,
        validTo: entry.validTo ?? null,
        successor: null,
        articles: [],
        linkCount: 0,
      },
    };
    places.set(succ.id, withArticles(base, p.articles));
  }

  const end = (e: LinkEnd): LinkEnd => {
    const to = target.get(e.id);
    return to ? { id: to, iso: gaz.get(to)!.iso, level: e.level } : e;
  };
  const links = new Map<string, LinkParts>();
  const newLinkId = new Map<string, string>();
  const via = new Map<string, FormerUnit[]>();
  for (const f of dataset.links.features) {
    const p = f.properties;
    let from = end(p.from);
    let to = end(p.to);
    if (from.id === to.id) continue;
    if (p.kind === 'sister' && from.id > to.id) [from, to] = [to, from];
    const id = linkId(p.kind, from.id, to.id);
    newLinkId.set(p.id, id);
    const had = links.get(id);
    if (had) had.refs = [...had.refs, ...p.articles];
    else links.set(id, { id, kind: p.kind, from, to, refs: [...p.articles] });
    const formers = [p.from.id, p.to.id].flatMap((x) => formerById.get(x) ?? []);
    if (formers.length > 0) {
      const list = via.get(id) ?? [];
      for (const u of formers) if (!list.some((x) => x.id === u.id)) list.push(u);
      via.set(id, list);
    }
  }

  const remap = (ids: readonly string[], to: (id: string) => string | undefined) =>
    [...new Set(ids.flatMap((id) => to(id) ?? []))].sort();
  const articles = dataset.articles.articles.map((a) => ({
    ...a,
    places: remap(a.places, (id) => target.get(id) ?? id),
    links: remap(a.links, (id) => newLinkId.get(id)),
  }));
  return {
    dataset: assembleDataset([...places.values()], [...links.values()], articles),
    former: { of, via },
  };
}

function withArticles(
  f: PointFeature<PlaceProperties>,
  more: readonly string[],
): PointFeature<PlaceProperties> {
  const articles = [...new Set([...f.properties.articles, ...more])].sort();
  return { ...f, properties: { ...f.properties, articles } };
}
