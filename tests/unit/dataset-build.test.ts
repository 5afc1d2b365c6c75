import { describe, expect, it } from 'vitest';
import { buildDataset, createDatasetBuilder } from '../../src/core/dataset/build.ts';
import { validateDataset } from '../../src/core/dataset/validate.ts';
import { createGazetteer } from '../../src/core/gazetteer.ts';
import type { ArticleResult, FoundLink, FoundPlace, GazetteerEntry } from '../../src/core/types.ts';

const entry = (
  e: Partial<GazetteerEntry> &
    Pick<GazetteerEntry, 'id' | 'kind' | 'country' | 'iso' | 'name' | 'coord'>,
) => ({ nameEn: e.name, aliases: [], ...e }) as GazetteerEntry;

const gaz = createGazetteer([
  entry({
    id: 'vn',
    kind: 'country',
    country: 'VN',
    iso: 'VN',
    name: 'Việt Nam',
    coord: [105.85, 21.03],
    capital: 'vn:ha-noi',
  }),
  entry({
    id: 'la',
    kind: 'country',
    country: 'LA',
    iso: 'LA',
    name: 'Lào',
    coord: [102.6, 17.97],
    capital: 'la:vientiane-capital',
  }),
  entry({
    id: 'vn:ha-noi',
    kind: 'municipality',
    country: 'VN',
    iso: 'VN-HN',
    name: 'Hà Nội',
    nameEn: 'Hanoi',
    coord: [105.85, 21.03],
  }),
  entry({
    id: 'la:vientiane-capital',
    kind: 'municipality',
    country: 'LA',
    iso: 'LA-VT',
    name: 'Thủ đô Viêng Chăn',
    nameEn: 'Vientiane Capital',
    coord: [102.6, 17.97],
  }),
  entry({
    id: 'vn:kon-tum',
    kind: 'province',
    country: 'VN',
    iso: 'VN-28',
    name: 'Kon Tum',
    coord: [108.0, 14.35],
    validTo: '2025-06-30',
    successor: { id: 'vn:quang-ngai-2025', date: '2025-07-01' },
  }),
  entry({
    id: 'vn:quang-ngai-2025',
    kind: 'province',
    country: 'VN',
    iso: 'VN-29',
    name: 'Quảng Ngãi',
    coord: [108.79, 15.12],
    validFrom: '2025-07-01',
  }),
  entry({
    id: 'la:attapeu',
    kind: 'province',
    country: 'LA',
    iso: 'LA-AT',
    name: 'Attapeu',
    coord: [106.83, 14.8],
  }),
  entry({
    id: 'la:sekong',
    kind: 'province',
    country: 'LA',
    iso: 'LA-XE',
    name: 'Sê Kông',
    nameEn: 'Sekong',
    coord: [106.73, 15.35],
  }),
  entry({
    id: 'la:champasak',
    kind: 'province',
    country: 'LA',
    iso: 'LA-CH',
    name: 'Chăm Pa Sắc',
    nameEn: 'Champasak',
    coord: [105.78, 15.12],
  }),
  entry({
    id: 'la:pakse',
    kind: 'city',
    country: 'LA',
    iso: 'LA-CH',
    name: 'Pắc Xế',
    nameEn: 'Pakse',
    coord: [105.7812345678, 15.12],
    parent: 'la:champasak',
  }),
]);

/** A found place whose spans are every occurrence of `surface` in `text`. */
function place(text: string, id: string, surface: string): FoundPlace {
  const e = gaz.get(id)!;
  const spans: [number, number][] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
    spans.push([i, i + surface.length]);
  return {
    id,
    name: e.name,
    country: e.country,
    iso: e.iso,
    kind: e.kind,
    lon: e.coord[0],
    lat: e.coord[1],
    spans,
    successor: null,
  };
}

function link(
  text: string,
  kind: FoundLink['kind'],
  from: string,
  to: string,
  evidence: string,
  date: string | null = null,
  fromLevel: 'local' | 'national' = 'local',
): FoundLink {
  const s = text.indexOf(evidence);
  return {
    kind,
    from: { id: from, iso: gaz.get(from)!.iso, level: fromLevel },
    to: { id: to, iso: gaz.get(to)!.iso, level: 'local' },
    date,
    evidence,
    evidenceSpan: [s, s + evidence.length],
  };
}

const t1 =
  'Kon Tum thăm Lào\nĐoàn tỉnh Kon Tum thăm tỉnh Attapeu và tỉnh Sê Kông. Hai tỉnh Kon Tum và Attapeu ký kết hợp tác.';
const a1: ArticleResult = {
  file: 'a1.txt',
  id: 'a1',
  title: 'Kon Tum thăm Lào',
  date: '2024-03-12',
  url: 'https://example.org/a1',
  places: [
    place(t1, 'vn:kon-tum', 'Kon Tum'),
    place(t1, 'la:attapeu', 'Attapeu'),
    place(t1, 'la:sekong', 'Sê Kông'),
  ],
  links: [
    link(
      t1,
      'visit',
      'vn:kon-tum',
      'la:attapeu',
      'Đoàn tỉnh Kon Tum thăm tỉnh Attapeu và tỉnh Sê Kông.',
      '2024-03',
    ),
    link(
      t1,
      'visit',
      'vn:kon-tum',
      'la:sekong',
      'Đoàn tỉnh Kon Tum thăm tỉnh Attapeu và tỉnh Sê Kông.',
      '2024-03',
    ),
    link(t1, 'sister', 'vn:kon-tum', 'la:attapeu', 'Hai tỉnh Kon Tum và Attapeu ký kết hợp tác.'),
  ],
  warnings: [],
};
const t2 =
  'Attapeu chúc Tết Kon Tum\nĐoàn tỉnh Attapeu đến chúc Tết tỉnh Kon Tum. Trước đó đoàn Kon Tum đã thăm Attapeu. Đoàn ghé Pắc Xế.';
const a2: ArticleResult = {
  file: 'a2.txt',
  id: 'a2',
  title: 'Attapeu chúc Tết Kon Tum',
  date: '2023-01-15',
  url: 'javascript:alert(1)',
  places: [
    place(t2, 'la:attapeu', 'Attapeu'),
    place(t2, 'vn:kon-tum', 'Kon Tum'),
    place(t2, 'la:pakse', 'Pắc Xế'),
  ],
  links: [
    link(
      t2,
      'visit',
      'la:attapeu',
      'vn:kon-tum',
      'Đoàn tỉnh Attapeu đến chúc Tết tỉnh Kon Tum.',
      '2023-01-14',
    ),
    link(
      t2,
      'visit',
      'vn:kon-tum',
      'la:attapeu',
      'Trước đó đoàn Kon Tum đã thăm Attapeu.',
      '2022-04',
    ),
  ],
  warnings: [],
};
const t3 = 'Tổng Bí thư thăm Lào\nTổng Bí thư đã tới Thủ đô Viêng Chăn.';
const a3: ArticleResult = {
  file: 'a3.txt',
  id: 'a3',
  title: 'Tổng Bí thư thăm Lào',
  date: null,
  url: null,
  places: [place(t3, 'la:vientiane-capital', 'Thủ đô Viêng Chăn')],
  links: [
    link(
      t3,
      'visit',
      'vn:ha-noi',
      'la:vientiane-capital',
      'Tổng Bí thư đã tới Thủ đô Viêng Chăn.',
      null,
      'national',
    ),
  ],
  warnings: [],
};

const byId = <T extends { properties: { id: string } }>(list: T[], id: string) =>
  list.find((f) => f.properties.id === id)!;

describe('buildDataset', () => {
  const ds = buildDataset([a1, a2, a3], gaz);

  it('produces files that pass validateDataset', () => {
    const r = validateDataset(JSON.parse(JSON.stringify(ds)));
    expect(r.ok ? r.warnings : r.errors).toEqual([]);
  });

  it('merges the same visit from two articles into one arc with sorted distinct dates', () => {
    const l = byId(ds.links.features, 'visit:vn:kon-tum>la:attapeu').properties;
    expect(l.articles.map((a) => a.article)).toEqual(['a1', 'a2']);
    expect(l.dates).toEqual(['2022-04', '2024-03']);
    expect([l.firstDate, l.lastDate]).toEqual(['2022-04', '2024-03']);
    expect(l.pair).toBe('LA-VN');
  });

  it('keeps visits in opposite directions apart and gives them distinct offsets', () => {
    const ids = ds.links.features.map((f) => f.properties.id);
    expect(ids).toEqual([
      'sister:la:attapeu|vn:kon-tum',
      'visit:la:attapeu>vn:kon-tum',
      'visit:vn:ha-noi>la:vientiane-capital',
      'visit:vn:kon-tum>la:attapeu',
      'visit:vn:kon-tum>la:sekong',
    ]);
    const offsets = [
      'sister:la:attapeu|vn:kon-tum',
      'visit:la:attapeu>vn:kon-tum',
      'visit:vn:kon-tum>la:attapeu',
    ].map((id) => byId(ds.links.features, id).properties.offset);
    expect(new Set(offsets).size).toBe(3);
  });

  it('writes sister links with their ends in id order', () => {
    const l = byId(ds.links.features, 'sister:la:attapeu|vn:kon-tum').properties;
    expect([l.from.id, l.to.id]).toEqual(['la:attapeu', 'vn:kon-tum']);
    expect(l.dates).toEqual([]);
    expect(l.firstDate).toBeNull();
  });

  it('highlights the names of the two places inside the evidence', () => {
    const ref = byId(ds.links.features, 'visit:vn:kon-tum>la:sekong').properties.articles[0]!;
    expect(ref.highlights.map(([s, e]) => ref.evidence.slice(s, e))).toEqual([
      'Kon Tum',
      'Sê Kông',
    ]);
  });

  it('adds the capital of a national end as a place that no article is said to mention', () => {
    const hn = byId(ds.places.features, 'vn:ha-noi').properties;
    expect(hn.articles).toEqual([]);
    expect(hn.linkCount).toBe(1);
    const l = byId(ds.links.features, 'visit:vn:ha-noi>la:vientiane-capital').properties;
    expect(l.from).toEqual({ id: 'vn:ha-noi', iso: 'VN-HN', level: 'national' });
    const rec = ds.articles.articles.find((a) => a.id === 'a3')!;
    expect(rec.places).toEqual(['la:vientiane-capital']);
    expect(rec.links).toEqual(['visit:vn:ha-noi>la:vientiane-capital']);
  });

  it('moves an end given as the country itself to its capital', () => {
    const t = 'Chủ tịch nước thăm Attapeu.';
    const r: ArticleResult = {
      ...a3,
      id: 'a4',
      file: 'a4.txt',
      places: [place(t, 'la:attapeu', 'Attapeu')],
      links: [
        {
          ...link(t, 'visit', 'vn:ha-noi', 'la:attapeu', t, null, 'national'),
          from: { id: 'vn', iso: 'VN', level: 'national' },
        },
      ],
    };
    const ids = buildDataset([r], gaz).links.features.map((f) => f.properties.id);
    expect(ids).toEqual(['visit:vn:ha-noi>la:attapeu']);
  });

  it('fills place properties from the gazetteer: successor, validTo, parent, 6 decimals', () => {
    const kt = byId(ds.places.features, 'vn:kon-tum');
    expect(kt.properties.successor).toEqual({
      id: 'vn:quang-ngai-2025',
      name: 'Quảng Ngãi',
      iso: 'VN-29',
      date: '2025-07-01',
    });
    expect(kt.properties.validTo).toBe('2025-06-30');
    expect(kt.properties.articles).toEqual(['a1', 'a2']);
    expect(kt.properties.linkCount).toBe(4);
    const pakse = byId(ds.places.features, 'la:pakse');
    expect(pakse.properties.parent).toBe('la:champasak');
    expect(pakse.geometry.coordinates).toEqual([105.781235, 15.12]);
  });

  it('drops an article url that is not http(s)', () => {
    expect(ds.articles.articles.find((a) => a.id === 'a2')!.url).toBeNull();
  });

  it('gives the same output whatever the order of the results, and counts a repeated article once', () => {
    const again = buildDataset([a3, a2, a1, { ...a1, file: 'copy-of-a1.txt' }], gaz);
    expect(JSON.stringify(again)).toBe(JSON.stringify(ds));
  });

  it('leaves its inputs untouched', () => {
    const input = [a1, a2, a3];
    const before = JSON.stringify(input);
    const out = buildDataset(input, gaz);
    out.links.features[0]!.properties.articles[0]!.highlights.push([0, 0]);
    out.places.features[0]!.geometry.coordinates[0] = 0;
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives through a builder fed one article at a time the same files as buildDataset', () => {
    const b = createDatasetBuilder(gaz);
    for (const r of [{ ...a1, file: 'z-copy.txt' }, a2, a1, a3]) b.add(r);
    expect(JSON.stringify(b.build())).toBe(JSON.stringify(ds));
  });

  it('returns empty files for no results', () => {
    const empty = buildDataset([], gaz);
    expect(empty.places.features).toEqual([]);
    expect(empty.links.features).toEqual([]);
    expect(empty.articles).toEqual({ version: 1, articles: [] });
  });
});
