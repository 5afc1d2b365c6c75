// The cheap tests that let the sentence loop skip a rule (issue 9): each must hold wherever the
// rule it guards could find anything, checked here against the rule itself on generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryWords, namesForeignCountry } from '../../src/core/extract/actors.ts';
import { fieldWork } from '../../src/core/extract/field-work.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { sentenceActor } from '../../src/core/extract/headline-actor.ts';
import { gapHolds, sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import type { VisitContext } from '../../src/core/extract/visit-sides.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { modernTones } from '../../src/core/normalize.ts';

const gaz = builtinGazetteer();
const lowerOf = (text: string) => modernTones(text.normalize('NFC').toLowerCase());

// Words and phrases of news about the three countries, with the spellings the country patterns
// treat apart: "Lào Cai" and "Thượng Lào" are no Laos, "dân tộc Khmer" no Cambodia.
const WORDS = [
  'Thủ tướng',
  'Bộ trưởng',
  'Chủ tịch nước',
  'Quốc hội',
  'Đại sứ',
  'đoàn',
  'đại biểu',
  'Lào',
  'Lào Cai',
  'Thượng Lào',
  'CHDCND Lào',
  'Campuchia',
  'Căm-pu-chia',
  'Cămpuchia',
  'Khmer',
  'dân tộc Khmer',
  'Hoàng gia',
  'Samdech',
  'Việt Nam',
  'VN',
  'tỉnh',
  'Kon Tum',
  'Attapeu',
  'sang thăm',
  'tiếp',
  'với',
  'do',
  'dẫn đầu',
  'từng',
  'phối hợp với',
  'tổ chức',
  'khám bệnh',
  'cho người dân',
  'nước bạn',
  'xã',
  ',',
  '2024',
  'Hoà',
  'lao',
];
const sentenceText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 })
  .map((ws) => ws.join(' ') + '.');

describe('namesForeignCountry', () => {
  it('property: is whether countryWords finds Laos or Cambodia', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        const lower = lowerOf(text);
        const want = countryWords(lower).some((h) => h.country !== 'VN');
        expect(namesForeignCountry(lower)).toBe(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the spellings of Cambodia and leaves Lào Cai and the Khmer people of Vietnam out', () => {
    expect(namesForeignCountry('đoàn căm-pu-chia sang thăm')).toBe(true);
    expect(namesForeignCountry('đoàn tỉnh lào cai sang thăm')).toBe(false);
    expect(namesForeignCountry('đồng bào dân tộc khmer đón tết')).toBe(false);
  });
});

describe('the sentence actor is looked for only where a partner country is named', () => {
  it('property: sentenceActor finds none where namesForeignCountry is false', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        const lower = lowerOf(text);
        fc.pre(!namesForeignCountry(lower));
        expect(sentenceActor(() => lower, [], gaz)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('field work is read only in a sentence that names a place', () => {
  const home = (() => {
    const text = 'Báo tỉnh Kon Tum.';
    const tt = tokenize(text);
    return findPlaces(tt, [[0, text.length]], gaz, '2024-05-01').mentions[0]!;
  })();
  const ctx: VisitContext = { lastOrigin: null, mentions: [], titlePlaces: [], home };

  it('property: fieldWork finds nothing in a sentence without places', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        const tt = tokenize(text);
        const [view] = sentenceViews(tt, [[0, text.length]], []);
        expect(fieldWork(view!, ctx)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a sentence that names the partner still tells the work', () => {
    const text =
      'Sở Y tế tỉnh Kon Tum phối hợp với Sở Y tế tỉnh Attapeu tổ chức khám bệnh cho người dân nước bạn.';
    const tt = tokenize(text);
    const { mentions } = findPlaces(tt, [[0, text.length]], gaz, '2024-05-01');
    const [view] = sentenceViews(tt, [[0, text.length]], mentions);
    expect(fieldWork(view!, ctx).map((v) => v.to.map((t) => t.entry.iso))).toEqual([['LA-AT']]);
  });
});

describe('gapHolds as the gate of the semicolon pattern (find-places.ts)', () => {
  it('property: a gap the pattern /^\\s*;\\s*$/ matches holds a ";"', () => {
    const gap = fc
      .array(fc.constantFrom(' ', ';', ',', '\u00a0', '\t', '\n', '-'), { maxLength: 4 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(gap, (g) => {
        const text = `Attapeu${g}Sekong`;
        const tt = tokenize(text);
        fc.pre(tt.tokens.length === 2);
        if (/^\s*;\s*$/.test(g)) expect(gapHolds(tt, 1, ';')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
