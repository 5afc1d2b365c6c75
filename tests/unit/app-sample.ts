import { arcCoordinates } from '../../src/core/arc.ts';
// A small hand-written dataset for the explorer's unit tests: Kon Tum (a former unit) visits
// two Lao provinces and one Cambodian province, has one sister province, and receives a visit.
import type {
  ArticleRecord,
  CountryCode,
  LineFeature,
  LinkKind,
  LinkProperties,
  LonLat,
  PlaceProperties,
  PointFeature,
} from '../../src/core/types.ts';
import type { Dataset } from '../../src/app/state/atlas-data.ts';

function place(
  id: string,
  name: string,
  nameEn: string,
  country: CountryCode,
  coord: LonLat,
  extra: Partial<PlaceProperties> = {},
): PointFeature<PlaceProperties> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id,
      name,
      nameEn,
      country,
      iso: 'XX',
      kind: 'province',
      parent: null,
      validTo: null,
      successor: null,
      articles: [],
      linkCount: 0,
      ...extra,
    },
  };
}

function link(
  kind: LinkKind,
  from: string,
  to: string,
  pair: LinkProperties['pair'],
  dates: string[],
  article: string,
  evidence: string,
): LineFeature<LinkProperties> {
  const id = `${kind}:${from}>${to}`;
  return {
    type: 'Feature',
    id,
    geometry: {
      type: 'LineString',
      coordinates: [
        [108, 14.35],
        [107, 14.5],
        [106.8, 14.8],
      ],
    },
    properties: {
      id,
      kind,
      from: { id: from, iso: 'XX', level: 'local' },
      to: { id: to, iso: 'XX', level: 'local' },
      pair,
      dates,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      articles: [{ article, date: dates[0] ?? null, evidence, highlights: [] }],
      offset: 0,
    },
  };
}

const article = (
  id: string,
  title: string,
  date: string | null,
  url: string | null,
): ArticleRecord => ({
  id,
  file: `${id}.txt`,
  title,
  date,
  url,
  places: [],
  links: [],
});

export function sampleDataset(): Dataset {
  return {
    places: {
      type: 'FeatureCollection',
      features: [
        place('vn:kon-tum', 'Kon Tum', 'Kon Tum', 'VN', [108, 14.35], {
          validTo: '2025-06-30',
          successor: { id: 'vn:quang-ngai', name: 'Quảng Ngãi', iso: 'VN-29', date: '2025-07-01' },
          articles: ['kt-2024', 'ap-2023'],
          linkCount: 5,
        }),
        place('la:attapeu', 'Át Tạ Pư', 'Attapeu', 'LA', [106.8, 14.8], {
          articles: ['kt-2024', 'ap-2023'],
          linkCount: 2,
        }),
        place('la:xiangkhouang', 'Xiêng Khoảng', 'Xiengkhouang', 'LA', [103.2, 19.45], {
          articles: ['kt-2024'],
          linkCount: 1,
        }),
        place('kh:ratanakiri', 'Ra-ta-na-ki-ri', 'Ratanakiri', 'KH', [107, 13.7], {
          articles: ['kt-2024'],
          linkCount: 1,
        }),
        place('la:sekong', 'Sê Kông', 'Sekong', 'LA', [106.7, 15.3], {
          articles: ['kt-sister'],
          linkCount: 1,
        }),
        place('la:pakse', 'Pắc Xế', 'Pakse', 'LA', [105.8, 15.1], {
          kind: 'city',
          articles: ['ap-2023'],
        }),
      ],
    },
    links: {
      type: 'FeatureCollection',
      features: [
        link(
          'visit',
          'vn:kon-tum',
          'la:attapeu',
          'LA-VN',
          ['2024-03'],
          'kt-2024',
          'Đoàn tỉnh Kon Tum thăm tỉnh Át Tạ Pư.',
        ),
        link(
          'visit',
          'vn:kon-tum',
          'la:xiangkhouang',
          'LA-VN',
          ['2024-03', '2024-05'],
          'kt-2024',
          'Đoàn tỉnh Kon Tum đến Xiêng Khoảng.',
        ),
        link(
          'visit',
          'vn:kon-tum',
          'kh:ratanakiri',
          'KH-VN',
          [],
          'kt-2024',
          'Kon Tum làm việc với tỉnh Ra-ta-na-ki-ri.',
        ),
        link(
          'sister',
          'la:sekong',
          'vn:kon-tum',
          'LA-VN',
          ['2019'],
          'kt-sister',
          'Kon Tum và Sê Kông ký kết hợp tác.',
        ),
        link(
          'visit',
          'la:attapeu',
          'vn:kon-tum',
          'LA-VN',
          ['2023-01-14'],
          'ap-2023',
          'Đoàn Át Tạ Pư chúc Tết tỉnh Kon Tum.',
        ),
      ],
    },
    articles: {
      version: 1,
      articles: [
        article(
          'kt-2024',
          'Kon Tum thăm các tỉnh bạn Lào và Campuchia',
          '2024-03-12',
          'https://example.org/kt',
        ),
        article('ap-2023', 'Át Tạ Pư chúc Tết Kon Tum', '2023-01-15', 'javascript:alert(1)'),
        article('kt-sister', 'Kon Tum và Sê Kông kết nghĩa', '2019', null),
      ],
    },
  };
}

/** The sample with lines that run from each link's `from` place to its `to` place, as the builder writes them. */
export function alignedSample(): Dataset {
  const ds = sampleDataset();
  const at = new Map(ds.places.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  for (const f of ds.links.features)
    f.geometry.coordinates = arcCoordinates(
      at.get(f.properties.from.id)!,
      at.get(f.properties.to.id)!,
      f.properties.offset,
    );
  return ds;
}
