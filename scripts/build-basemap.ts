// Builds the offline basemap from Natural Earth (world-atlas package): the countries around
// Vietnam, Laos and Cambodia clipped to the region, plus label points. Run once, output committed:
//   npx tsx scripts/build-basemap.ts
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const OUT = 'geodata/basemap';
/** [west, south, east, north]: the region the atlas shows, with room around it. */
const BBOX: [number, number, number, number] = [92, 3, 118, 28];

// ISO 3166-1 numeric ids used by world-atlas → our codes and display names.
const COUNTRIES: Record<
  string,
  { code: string; vi: string; en: string; label?: [number, number] }
> = {
  '704': { code: 'VN', vi: 'Việt Nam', en: 'Vietnam', label: [105.6, 21.6] },
  '418': { code: 'LA', vi: 'Lào', en: 'Laos', label: [103.6, 19.6] },
  '116': { code: 'KH', vi: 'Campuchia', en: 'Cambodia', label: [104.9, 12.9] },
  '764': { code: 'TH', vi: 'Thái Lan', en: 'Thailand', label: [101.0, 15.6] },
  '104': { code: 'MM', vi: 'Myanmar', en: 'Myanmar', label: [96.5, 21.5] },
  '156': { code: 'CN', vi: 'Trung Quốc', en: 'China', label: [106.5, 25.0] },
  '458': { code: 'MY', vi: 'Malaysia', en: 'Malaysia', label: [101.9, 4.6] },
  '608': { code: 'PH', vi: 'Philippines', en: 'Philippines', label: [116.5, 16.5] },
};

const require = createRequire(import.meta.url);
const topo = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
) as Topology;
const all = feature(topo, topo.objects.countries as GeometryCollection);

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const bboxPoly = turf.bboxPolygon(BBOX);

const countries: Feature<Polygon | MultiPolygon>[] = [];
for (const f of all.features) {
  const info = COUNTRIES[String(f.id)];
  if (!info || !f.geometry) continue;
  const g = f as Feature<Polygon | MultiPolygon>;
  if (!turf.booleanIntersects(g, bboxPoly)) continue;
  const clipped = turf.bboxClip(g, BBOX);
  // 0.005° ≈ 500 m: invisible at the zooms the atlas uses, and keeps the file small.
  const simple = turf.simplify(clipped, { tolerance: 0.005, highQuality: false });
  turf.coordEach(simple, (c) => {
    c[0] = round(c[0]!);
    c[1] = round(c[1]!);
  });
  countries.push({
    type: 'Feature',
    geometry: simple.geometry as Polygon | MultiPolygon,
    properties: { code: info.code, focus: ['VN', 'LA', 'KH'].includes(info.code) ? 1 : 0 },
  });
}

const labels = Object.values(COUNTRIES)
  .filter((c) => c.label)
  .map((c) =>
    turf.point(c.label!, {
      code: c.code,
      name: c.vi.normalize('NFC'),
      nameEn: c.en,
      focus: ['VN', 'LA', 'KH'].includes(c.code) ? 1 : 0,
    }),
  );

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/countries.geojson`, JSON.stringify(turf.featureCollection(countries)) + '\n');
writeFileSync(
  `${OUT}/labels.geojson`,
  JSON.stringify(turf.featureCollection(labels), null, 1) + '\n',
);
console.log(`basemap: ${countries.length} countries, ${labels.length} labels → ${OUT}/`);
