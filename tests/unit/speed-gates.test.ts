// The cheap tests that let the sentence loop skip a rule (issue 9): each must hold wherever the
// rule it guards could find anything, checked here against the rule itself on generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryWords, namesForeignCountry } from '../../src/core/extract/actors.ts';
import { fieldWork } from '../../src/core/extract/field-work.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { sentenceActor } from '../../src/core/extract/headline-actor.ts';
import { FIELD } from '../../src/core/extract/field-trip.ts';
import { gapHolds, inAnyAt, sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize, wordOf } from '../../src/core/extract/tokens.ts';
import { TRIBUTE_START } from '../../src/core/extract/tribute.ts';
import { findCues } from '../../src/core/extract/visit-cues.ts';
import { visitsInSentence } from '../../src/core/extract/visits.ts';
import { organiserHosts } from '../../src/core/extract/organiser-host.ts';
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

describe("findCues skips a token in none of its openers' word sets", () => {
  // Words of the openers (tribute, field trip, remains found, cue words) among others.
  const CUE_TEXT = [
    'Đoàn',
    'tỉnh Kon Tum',
    'dâng hương',
    'đặt vòng hoa',
    'đi thực tế',
    'học tập kinh nghiệm',
    'phát hiện',
    'hài cốt',
    'sang thăm',
    'làm việc',
    'tại',
    'ở',
    'tỉnh Attapeu',
    'Đài tưởng niệm',
    'và',
    ',',
  ];
  const cueText = fc
    .array(fc.constantFrom(...CUE_TEXT), { minLength: 1, maxLength: 12 })
    .map((ws) => ws.join(' ') + '.');

  it('property: inAnyAt is whether any of the sets holds the token', () => {
    const sets = [TRIBUTE_START, FIELD];
    const mask = sets.reduce((m, set) => m | set.bit, 0);
    fc.assert(
      fc.property(cueText, (text) => {
        const tt = tokenize(text);
        const [view] = sentenceViews(tt, [[0, text.length]], []);
        for (let k = view!.t0 - 1; k <= view!.t1; k++)
          expect(inAnyAt(view!, k, mask)).toBe(sets.some((set) => set.at(view!, k)));
      }),
      { numRuns: 500 },
    );
  });

  it('still finds the cues each opener starts', () => {
    const cuesOf = (text: string) => {
      const tt = tokenize(text);
      const { mentions } = findPlaces(tt, [[0, text.length]], gaz, '2024-05-01');
      const [view] = sentenceViews(tt, [[0, text.length]], mentions);
      return findCues(view!).map((c) => [c.kind, wordOf(tt, c.start)]);
    };
    expect(cuesOf('Đoàn tỉnh Kon Tum dâng hương tại Đài tưởng niệm ở tỉnh Attapeu.')).toEqual([
      ['forward', 'dâng'],
    ]);
    expect(cuesOf('Đoàn tỉnh Kon Tum sang thăm tỉnh Attapeu.')).toEqual([['forward', 'thăm']]);
  });
});

describe('a sentence with no cue is read for its organiser only (visitsInSentence)', () => {
  const CUE_TEXT = [
    'Đoàn',
    'tỉnh Kon Tum',
    'tỉnh Attapeu',
    'tham gia',
    'chương trình',
    'do',
    'Tỉnh đoàn',
    'tổ chức',
    'sang thăm',
    'tiếp',
    'làm việc với',
    'cùng đi',
    'nhân dịp',
    'kỷ niệm',
    'và',
    ',',
  ];
  const cueText = fc
    .array(fc.constantFrom(...CUE_TEXT), { minLength: 1, maxLength: 12 })
    .map((ws) => ws.join(' ') + '.');

  it('property: it finds what organiserHosts finds and leaves the context as it was', () => {
    fc.assert(
      fc.property(cueText, (text) => {
        const tt = tokenize(text);
        const { mentions } = findPlaces(tt, [[0, text.length]], gaz, '2024-05-01');
        const [view] = sentenceViews(tt, [[0, text.length]], mentions);
        fc.pre(findCues(view!).length === 0);
        // (A trip told before, that "cùng đi" sentences follow.)
        const side = mentions[0] ? { entry: mentions[0].entry, level: 'local' as const } : null;
        const ctx: VisitContext = {
          lastOrigin: side,
          lastTo: side ? [side] : undefined,
          mentions,
          titlePlaces: [],
        };
        const before = { ...ctx };
        const organised = organiserHosts(view!);
        expect(visitsInSentence(tt, view!, gaz, ctx)).toEqual(organised ? [organised] : []);
        expect(ctx).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });
});
