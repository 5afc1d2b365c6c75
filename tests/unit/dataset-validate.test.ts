import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/dataset/validate.ts';

const read = (dir: string) => {
  const f = (n: string) =>
    JSON.parse(readFileSync(new URL(`../fixtures/${dir}/${n}`, import.meta.url), 'utf8'));
  return { places: f('places.geojson'), links: f('links.geojson'), articles: f('articles.json') };
};

const errorsOf = (files: ReturnType<typeof read>) => {
  const r = validateDataset(files);
  return r.ok ? [] : r.errors;
};

describe('validateDataset', () => {
  it('accepts the hand-made dataset fixture without warnings', () => {
    const r = validateDataset(read('dataset'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toEqual([]);
      expect(r.data.places.features).toHaveLength(12);
    }
  });

  it('accepts the xss fixture, nulls its javascript: url and warns', () => {
    const files = read('dataset-xss');
    const r = validateDataset(files);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.data.articles.articles.find((x) => x.id === 'kon-tum-2024-ha-lao')!;
    expect(a.url).toBeNull();
    expect(a.title).toContain('<img src=x onerror=alert(1)>');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/articles\.json: article \d+ \(id kon-tum-2024-ha-lao\): url/);
    // the input itself is left as it was
    expect(files.articles.articles.find((x: { id: string }) => x.id === a.id).url).toBe(
      'javascript:alert(1)',
    );
  });

  it.each([
    'data:text/html,<b>x</b>',
    '/relative/path',
    'ftp://example.org/x',
    'https://bad host/x',
  ])('replaces the non-http(s) url %s by null', (url) => {
    const files = read('dataset');
    files.articles.articles[0].url = url;
    const r = validateDataset(files);
    expect(r.ok && r.data.articles.articles[0]!.url).toBeNull();
  });

  it('names file, feature, field and the expected union for a wrong link kind', () => {
    const files = read('dataset');
    files.links.features[3].properties.kind = 'friend';
    const id = files.links.features[3].properties.id;
    expect(errorsOf(files)).toContain(
      `links.geojson: feature 3 (id ${id}): properties.kind: expected "sister" | "visit", got "friend"`,
    );
  });

  it('rejects a place with an unknown country code and out-of-range coordinates', () => {
    const files = read('dataset');
    files.places.features[0].properties.country = 'TH';
    files.places.features[1].geometry.coordinates = [200, 10];
    files.places.features[2].geometry.coordinates = [NaN, 10];
    const errors = errorsOf(files);
    expect(errors.some((e) => e.includes('feature 0') && e.includes('properties.country'))).toBe(
      true,
    );
    expect(errors.some((e) => e.includes('feature 1') && e.includes('geometry.coordinates'))).toBe(
      true,
    );
    expect(errors.some((e) => e.includes('feature 2') && e.includes('geometry.coordinates'))).toBe(
      true,
    );
  });

  it('rejects a link end that is not in places and an article the links cite but articles lack', () => {
    const files = read('dataset');
    files.links.features[0].properties.to.id = 'la:nowhere';
    files.links.features[1].properties.articles[0].article = 'missing-article';
    const errors = errorsOf(files);
    expect(errors.some((e) => e.includes('properties.to.id') && e.includes('la:nowhere'))).toBe(
      true,
    );
    expect(
      errors.some(
        (e) => e.includes('properties.articles[0].article') && e.includes('missing-article'),
      ),
    ).toBe(true);
  });

  it.each(['2024-13', '24-03-01', '2024/03/01', '2024-03-1'])(
    'rejects the malformed link date %s',
    (d) => {
      const files = read('dataset');
      files.links.features[0].properties.dates = [d];
      expect(errorsOf(files).some((e) => e.includes('properties.dates[0]'))).toBe(true);
    },
  );

  it('rejects a highlight outside its evidence and a missing field', () => {
    const files = read('dataset');
    const ref = files.links.features[0].properties.articles[0];
    ref.highlights = [[0, ref.evidence.length + 1]];
    delete files.places.features[0].properties.linkCount;
    const errors = errorsOf(files);
    expect(errors.some((e) => e.includes('highlights[0]'))).toBe(true);
    expect(
      errors.some((e) => e.includes('properties.linkCount: expected an integer ≥ 0, got nothing')),
    ).toBe(true);
  });

  it('rejects a place citing an unknown article and a link end whose iso differs from its place', () => {
    const files = read('dataset');
    files.places.features[0].properties.articles = ['no-such-article'];
    files.links.features[0].properties.from.iso = 'VN-99';
    const errors = errorsOf(files);
    expect(
      errors.some(
        (e) => e.startsWith('places.geojson: feature 0') && e.includes('no-such-article'),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.includes('properties.from.iso') && e.includes('VN-99'))).toBe(true);
  });

  it('rejects a pair that does not match the countries of the ends', () => {
    const files = read('dataset');
    files.links.features[0].properties.pair = 'KH-VN';
    expect(errorsOf(files).some((e) => e.includes('properties.pair'))).toBe(true);
  });

  it('rejects non-collections and a wrong articles version', () => {
    const errors = errorsOf({
      places: [],
      links: { type: 'Feature' },
      articles: { version: 2, articles: [] },
    });
    expect(errors).toContain('places.geojson: type: expected "FeatureCollection", got []');
    expect(errors).toContain('links.geojson: type: expected "FeatureCollection", got "Feature"');
    expect(errors).toContain('articles.json: version: expected 1, got 2');
  });

  it('caps the errors at about 50 for a file full of broken features', () => {
    const files = read('dataset');
    files.places.features = Array.from({ length: 500 }, () => ({
      type: 'Feature',
      geometry: null,
      properties: {},
    }));
    const errors = errorsOf(files);
    expect(errors.length).toBeLessThanOrEqual(51);
    expect(errors.at(-1)).toMatch(/more errors/);
  });
});
