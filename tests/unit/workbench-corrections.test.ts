import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  isLinkDate,
  linkKey,
  type Correction,
} from '../../src/app/workbench/corrections.ts';
import { draftOf, KON_TUM_TEXT } from './support/workbench-articles.ts';

const draft = draftOf(KON_TUM_TEXT);
const { original, text } = draft;
const keys = (ops: Correction[]) => applyCorrections(original, text, ops).links.map(linkKey);

describe('applyCorrections on the Kon Tum – Attapeu article', () => {
  it('the extraction it starts from has two visits and one sister link', () => {
    expect(original.links.map(linkKey).sort()).toEqual([
      'sister:la:attapeu|vn:kon-tum',
      'visit:la:attapeu>vn:hue',
      'visit:vn:kon-tum>la:attapeu',
    ]);
  });

  it('with no corrections returns an equal result', () => {
    expect(applyCorrections(original, text, [])).toEqual(original);
  });

  it('removePlace drops the place and every link that touches it', () => {
    const r = applyCorrections(original, text, [{ op: 'removePlace', place: 'vn:hue' }]);
    expect(r.places.map((p) => p.id)).not.toContain('vn:hue');
    expect(r.links.map(linkKey)).not.toContain('visit:la:attapeu>vn:hue');
    expect(r.links).toHaveLength(2);
  });

  it('removeLink drops only that link', () => {
    expect(keys([{ op: 'removeLink', link: 'visit:la:attapeu>vn:hue' }])).toEqual([
      'visit:vn:kon-tum>la:attapeu',
      'sister:la:attapeu|vn:kon-tum',
    ]);
  });

  it('flipLink reverses a visit; later operations name it by its new key', () => {
    const r = applyCorrections(original, text, [
      { op: 'flipLink', link: 'visit:la:attapeu>vn:hue' },
      { op: 'setLinkDate', link: 'visit:vn:hue>la:attapeu', date: '2023-12' },
    ]);
    const flipped = r.links.find((l) => linkKey(l) === 'visit:vn:hue>la:attapeu')!;
    expect(flipped.from.id).toBe('vn:hue');
    expect(flipped.date).toBe('2023-12');
  });

  it('flipLink leaves a sister link as it is (it has no direction)', () => {
    const ops: Correction[] = [{ op: 'flipLink', link: 'sister:la:attapeu|vn:kon-tum' }];
    expect(applyCorrections(original, text, ops).links).toEqual(original.links);
  });

  it('addLink adds a link between found places, its evidence the chosen range of the text', () => {
    const sentence = draft.sentences.find(([s, e]) => text.slice(s, e).includes('Huế'))!;
    const r = applyCorrections(original, text, [
      {
        op: 'addLink',
        kind: 'sister',
        from: 'vn:hue',
        to: 'la:attapeu',
        evidence: sentence,
        date: null,
      },
    ]);
    const added = r.links.find((l) => linkKey(l) === 'sister:la:attapeu|vn:hue')!;
    // Sister ends in id order, as the extractor writes them.
    expect([added.from.id, added.to.id]).toEqual(['la:attapeu', 'vn:hue']);
    expect(added.evidence).toBe('Trước đó, tỉnh Attapeu đã cử đoàn sang thăm thành phố Huế.');
    expect(added.evidenceSpan).toEqual(sentence);
  });

  it('addLink is skipped for a place the article lacks, an empty range or a bad date', () => {
    const base = { op: 'addLink', kind: 'visit', from: 'vn:hue', to: 'la:attapeu' } as const;
    expect(keys([{ ...base, to: 'kh:kampot', evidence: [0, 5], date: null }])).toHaveLength(3);
    expect(keys([{ ...base, evidence: [5, 5], date: null }])).toHaveLength(3);
    expect(keys([{ ...base, evidence: [0, 5], date: '2024-13' }])).toHaveLength(3);
  });

  it('setDate sets the publication date; an invalid date is ignored', () => {
    expect(applyCorrections(original, text, [{ op: 'setDate', date: '2024-03-06' }]).date).toBe(
      '2024-03-06',
    );
    expect(applyCorrections(original, text, [{ op: 'setDate', date: '6/3/2024' }]).date).toBe(
      original.date,
    );
  });

  it('never changes the original result', () => {
    const before = structuredClone(original);
    applyCorrections(original, text, [
      { op: 'flipLink', link: 'visit:vn:kon-tum>la:attapeu' },
      { op: 'setLinkDate', link: 'sister:la:attapeu|vn:kon-tum', date: '2024' },
      { op: 'removePlace', place: 'vn:hue' },
    ]);
    expect(original).toEqual(before);
  });
});

describe('isLinkDate', () => {
  it('accepts YYYY, YYYY-MM and real days', () => {
    expect(['2024', '2024-02', '2024-02-29'].every(isLinkDate)).toBe(true);
  });
  it('rejects impossible days and other shapes', () => {
    expect(['2023-02-29', '2024-00', '24-02-01', '2024/02/01', ''].some(isLinkDate)).toBe(false);
  });
});
