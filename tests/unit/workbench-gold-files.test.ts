import { describe, expect, it } from 'vitest';
import { applyCorrections, linkKey, type Correction } from '../../src/app/workbench/corrections.ts';
import {
  correctionsFromGold,
  goldOf,
  goldStem,
  parseGold,
} from '../../src/app/workbench/gold-files.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { draftOf, KON_TUM_TEXT } from './support/workbench-articles.ts';

const gaz = builtinGazetteer();
const draft = draftOf(KON_TUM_TEXT, 'kon-tum-attapeu.txt');
const { original, text } = draft;
const sentenceWith = (s: string) => draft.sentences.find(([a, b]) => text.slice(a, b).includes(s))!;

const corrections: Correction[] = [
  { op: 'removePlace', place: 'vn:hue' },
  { op: 'flipLink', link: 'visit:vn:kon-tum>la:attapeu' },
  { op: 'setLinkDate', link: 'sister:la:attapeu|vn:kon-tum', date: '2024-03' },
];
const corrected = applyCorrections(original, text, corrections);

describe('goldOf', () => {
  it('writes places with ISO codes and links in the guide’s shapes (visit from/to, sister a/b)', () => {
    const gold = goldOf(corrected, gaz);
    expect(gold.file).toBe('kon-tum-attapeu.txt');
    expect(gold.places).toEqual([
      { name: 'Kon Tum', country: 'VN', iso: 'VN-28' },
      { name: 'Attapeu', country: 'LA', iso: 'LA-AT' },
    ]);
    expect(gold.links).toContainEqual({
      kind: 'visit',
      from: { iso: 'LA-AT' },
      to: { iso: 'VN-28' },
      date: '2024-03-05',
      evidence: 'Đoàn tỉnh Kon Tum thăm tỉnh Attapeu',
    });
    expect(gold.links).toContainEqual(
      expect.objectContaining({ kind: 'sister', a: { iso: 'LA-AT' }, b: { iso: 'VN-28' } }),
    );
    expect(parseGold(JSON.parse(JSON.stringify(gold)))).toEqual(gold);
  });

  it('names the file after the headline when the article came without a file name', () => {
    expect(goldStem({ file: '', title: 'Đoàn tỉnh Kon Tum: thăm Attapeu!', id: 'x' })).toBe(
      'doan-tinh-kon-tum-tham-attapeu',
    );
  });
});

describe('correctionsFromGold', () => {
  it('turns a fresh extraction into the corrected result the gold file was written from', () => {
    const gold = JSON.parse(JSON.stringify(goldOf(corrected, gaz))) as unknown;
    const parsed = parseGold(gold);
    if (typeof parsed === 'string') throw new Error(parsed);
    const back = correctionsFromGold(original, text, parsed, gaz);
    expect(back.unmatched).toBe(0);
    const again = applyCorrections(original, text, back.corrections);
    expect(again.places.map((p) => p.id)).toEqual(corrected.places.map((p) => p.id));
    expect(again.links.map((l) => [linkKey(l), l.date]).sort()).toEqual(
      corrected.links.map((l) => [linkKey(l), l.date]).sort(),
    );
  });

  it('adds a gold link the extractor missed when its evidence is in the text', () => {
    const s = sentenceWith('Huế');
    const gold = goldOf(original, gaz);
    gold.links.push({
      kind: 'sister',
      a: { iso: 'LA-AT' },
      b: { iso: 'VN-26' },
      evidence: text.slice(s[0], s[1]),
    });
    const { corrections: ops } = correctionsFromGold(original, text, gold, gaz);
    expect(ops).toEqual([
      {
        op: 'addLink',
        kind: 'sister',
        from: 'la:attapeu',
        to: 'vn:hue',
        evidence: s,
        date: null,
      },
    ]);
  });

  it('counts a gold link whose end the extraction did not find as unmatched', () => {
    const gold = goldOf(original, gaz);
    gold.links.push({
      kind: 'visit',
      from: { iso: 'KH-12' },
      to: { iso: 'VN-28' },
      date: null,
      evidence: 'Đoàn tỉnh Kon Tum',
    });
    expect(correctionsFromGold(original, text, gold, gaz).unmatched).toBe(1);
  });
});

describe('parseGold', () => {
  it('says what is wrong with a file that is not a gold file', () => {
    expect(parseGold([])).toBe('expected a JSON object');
    expect(parseGold({ places: [], links: [{ kind: 'visit', from: {} }] })).toMatch(/^links\[0\]/);
  });
});
