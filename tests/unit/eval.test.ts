import { describe, expect, it } from 'vitest';
import {
  errorCounts,
  formatEval,
  parseGold,
  prf,
  scoreArticle,
  summarize,
  type GoldFile,
} from '../../src/core/eval.ts';
import type {
  ArticleResult,
  CountryCode,
  FoundLink,
  FoundPlace,
  PlaceKind,
} from '../../src/core/types.ts';

const place = (
  name: string,
  iso: string,
  country: CountryCode,
  kind: PlaceKind = 'province',
): FoundPlace => ({
  id: `x:${name}`,
  name,
  country,
  iso,
  kind,
  lon: 0,
  lat: 0,
  spans: [],
  successor: null,
});
const visit = (from: string, to: string, date: string | null = null): FoundLink => ({
  kind: 'visit',
  from: { id: from, iso: from, level: 'local' },
  to: { id: to, iso: to, level: 'local' },
  date,
  evidence: '',
  evidenceSpan: [0, 0],
});
const sister = (a: string, b: string): FoundLink => ({ ...visit(a, b), kind: 'sister' });
const result = (places: FoundPlace[], links: FoundLink[]): ArticleResult => ({
  file: 'a.txt',
  id: 'a',
  title: 'Kon Tum thăm Attapeu',
  date: null,
  url: null,
  places,
  links,
  warnings: [],
});

const gold: GoldFile = {
  file: 'a.txt',
  places: [
    { name: 'Kon Tum', iso: 'VN-28' },
    { name: 'Attapeu', iso: 'LA-AT' },
    { name: 'Sê Kông', iso: 'LA-XE' },
    { name: 'Pắc Xế', iso: 'LA-CH', city: 'Pakse', optional: true },
  ],
  links: [
    { kind: 'visit', from: { iso: 'VN-28' }, to: { iso: 'LA-AT' }, date: '2022-04' },
    { kind: 'visit', from: { iso: 'VN-28' }, to: { iso: 'LA-XE' }, date: null },
    { kind: 'sister', a: { iso: 'VN-28' }, b: { iso: 'LA-AT' } },
    { kind: 'sister', a: { iso: 'VN-28' }, b: { iso: 'LA-XE' }, optional: true },
  ],
};

describe('scoreArticle', () => {
  it('counts an exact answer as all true positives', () => {
    const s = scoreArticle(
      gold,
      result(
        [
          place('Kon Tum', 'VN-28', 'VN'),
          place('Attapeu', 'LA-AT', 'LA'),
          place('Sê Kông', 'LA-XE', 'LA'),
        ],
        [visit('VN-28', 'LA-AT', '2022-04'), visit('VN-28', 'LA-XE'), sister('LA-AT', 'VN-28')],
      ),
    );
    expect(s.places).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.visits).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.sisters).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.dates).toEqual({ checked: 2, correct: 2, wrong: [] });
  });

  it('neither rewards nor punishes optional gold places and links', () => {
    const found = scoreArticle(
      gold,
      result(
        [place('Kon Tum', 'VN-28', 'VN'), place('Pakse', 'LA-CH', 'LA', 'city')],
        [sister('VN-28', 'LA-XE')],
      ),
    );
    expect(found.places).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(found.sisters).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('names the missing and the false items with their ISO codes', () => {
    const s = scoreArticle(
      gold,
      result(
        [
          place('Kon Tum', 'VN-28', 'VN'),
          place('Attapeu', 'LA-AT', 'LA'),
          place('Thái Bình', 'VN-20', 'VN'),
        ],
        [visit('LA-AT', 'VN-28')],
      ),
    );
    expect(s.places.missing).toEqual(['Sê Kông (LA-XE)']);
    expect(s.places.false).toEqual(['Thái Bình (VN-20)']);
    expect(s.visits.missing).toEqual([
      'Kon Tum (VN-28) → Attapeu (LA-AT)',
      'Kon Tum (VN-28) → Sê Kông (LA-XE)',
    ]);
    expect(s.visits.false).toEqual(['Attapeu (LA-AT) → Kon Tum (VN-28)']);
  });

  it('matches sister links whatever the order of their ends, visits only in their direction', () => {
    const s = scoreArticle(gold, result([], [sister('LA-AT', 'VN-28'), visit('LA-XE', 'VN-28')]));
    expect(s.sisters.tp).toBe(1);
    expect(s.visits).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('does not count a country as a place', () => {
    const s = scoreArticle(
      { file: 'b.txt', places: [], links: [] },
      result([place('Lào', 'LA', 'LA', 'country')], []),
    );
    expect(s.places.fp).toBe(0);
  });

  it('checks dates of matched links exactly at the stated precision', () => {
    const s = scoreArticle(
      gold,
      result([], [visit('VN-28', 'LA-AT', '2022-04-10'), visit('VN-28', 'LA-XE', '2022')]),
    );
    expect(s.dates.checked).toBe(2);
    expect(s.dates.correct).toBe(0);
    expect(s.dates.wrong.map((w) => [w.gold, w.ours])).toEqual([
      ['2022-04', ['2022-04-10']],
      [null, ['2022']],
    ]);
  });
});

describe('summarize', () => {
  it('micro-averages over files', () => {
    const a = scoreArticle(
      gold,
      result([place('Kon Tum', 'VN-28', 'VN')], [visit('VN-28', 'LA-AT', '2022-04')]),
    );
    const b = scoreArticle(
      { file: 'b.txt', places: [{ name: 'Hà Nội', iso: 'VN-HN' }], links: [] },
      result([place('Hà Nội', 'VN-HN', 'VN'), place('Nghệ An', 'VN-22', 'VN')], []),
    );
    const s = summarize([a, b]);
    expect(s.places).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.places.precision).toBeCloseTo(2 / 3);
    expect(s.places.recall).toBeCloseTo(2 / 4);
    expect(s.dates).toEqual({ checked: 1, correct: 1, accuracy: 1 });
    const text = formatEval(s);
    expect(text).toContain('missing place: Attapeu (LA-AT)');
    expect(text).toContain('false place: Nghệ An (VN-22)');
  });
});

describe('prf', () => {
  it('returns perfect scores when there is nothing to find and nothing found', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('returns zero F1 when nothing is right', () => {
    expect(prf({ tp: 0, fp: 2, fn: 3 }).f1).toBe(0);
  });
});

describe('parseGold', () => {
  it('rejects a link without a known kind, naming the file and index', () => {
    expect(() => parseGold({ places: [], links: [{ kind: 'friend' }] }, 'x.gold.json')).toThrow(
      /x\.gold\.json: links\[0\]\.kind/,
    );
  });
});

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const seedsPresent = (await import('node:fs')).existsSync(SEEDS);
if (!seedsPresent) console.warn(`eval.test: ${SEEDS.pathname} is absent, seed gold check skipped`);

describe.skipIf(!seedsPresent)('parseGold on the seed corpus', () => {
  it('reads every seed gold file and scores it perfectly against itself', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.gold.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const g = parseGold(JSON.parse(readFileSync(new URL(f, SEEDS), 'utf8')), f);
      // The gold itself, seen as a result, must score 100 % on its required items.
      const self = result(
        g.places.filter((p) => !p.optional).map((p) => place(p.name, p.iso, 'VN')),
        g.links
          .filter((l) => !l.optional)
          .map((l) => {
            const [a, b] = l.kind === 'visit' ? [l.from.iso, l.to.iso] : [l.a.iso, l.b.iso];
            return { ...(l.kind === 'visit' ? visit(a, b, l.date ?? null) : sister(a, b)) };
          }),
      );
      const s = scoreArticle(g, self);
      expect([
        s.places.fn,
        s.places.fp,
        s.visits.fn,
        s.visits.fp,
        s.sisters.fn,
        s.sisters.fp,
      ]).toEqual([0, 0, 0, 0, 0, 0]);
    }
  });
});

describe('errorCounts', () => {
  it('counts errors by kind, a backwards visit once as reversed', () => {
    const s = scoreArticle(
      gold,
      result(
        [
          place('Kon Tum', 'VN-28', 'VN'),
          place('Attapeu', 'LA-AT', 'LA'),
          place('Huế', 'VN-26', 'VN'),
        ],
        [visit('LA-AT', 'VN-28'), visit('VN-28', 'LA-XE'), visit('VN-26', 'LA-AT')],
      ),
    );
    expect(errorCounts([s])).toEqual({
      missedPlace: 1,
      extraPlace: 1,
      missedVisit: 0,
      extraVisit: 1,
      reversedVisit: 1,
      missedSister: 1,
      extraSister: 0,
    });
    const text = formatEval(summarize([s]));
    expect(text).toContain('reversed visit: Attapeu (LA-AT) → Kon Tum (VN-28)');
    expect(text).toContain('Errors by kind: missed place 1, extra place 1, missed visit 0');
  });
});
