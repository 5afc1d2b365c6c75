// More cheap tests that let a rule skip its scan (issue 9): each must hold wherever the rule it
// guards could find anything, checked against the rule itself on generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINISTRY, NATIONAL_CENTRE } from '../../src/core/extract/actors.ts';
import { captionPairAt, mayPairCaption } from '../../src/core/extract/caption-pair.ts';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { LastActor } from '../../src/core/extract/last-actor.ts';
import { readVenue, venueIn } from '../../src/core/extract/frame-venue.ts';
import { hasWords, sentenceViews } from '../../src/core/extract/sentence-view.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { welcomedGuests } from '../../src/core/extract/welcomed-guests.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { modernTones } from '../../src/core/normalize.ts';

const gaz = builtinGazetteer();
const lowerOf = (text: string) => modernTones(text.normalize('NFC').toLowerCase());

/** The one view of a generated sentence, with the places findPlaces finds in it (or none). */
function viewOf(text: string, places = true) {
  const tt = tokenize(text);
  const mentions = places ? findPlaces(tt, [[0, text.length]], gaz, '2024-05-01').mentions : [];
  return sentenceViews(tt, [[0, text.length]], mentions)[0]!;
}

const textOf = (words: readonly string[], maxLength = 12) =>
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength }).map((ws) => ws.join(' ') + '.');

describe('mayPairCaption gates captionPairAt', () => {
  const captions = textOf([
    'Lãnh đạo',
    'lãnh đạo',
    'Đoàn',
    'đoàn',
    'và',
    'Và',
    'tỉnh Kon Tum',
    'tỉnh Attapeu',
    'đại biểu',
    'thanh niên',
    'sẽ',
    'dự kiến',
    'chụp ảnh',
    ',',
  ]);

  it('property: where it is false, captionPairAt finds no pair', () => {
    fc.assert(
      fc.property(captions, (text) => {
        const view = viewOf(text);
        for (let k = view.t0 - 1; k <= view.t1; k++)
          if (!mayPairCaption(view, k)) expect(captionPairAt(view, k)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('lets both shapes of a caption through', () => {
    const at = (text: string) => {
      const view = viewOf(text);
      for (let k = view.t0; k < view.t1; k++)
        if (mayPairCaption(view, k)) return captionPairAt(view, k);
      return null;
    };
    expect(at('Lãnh đạo tỉnh Kon Tum và Đoàn đại biểu tỉnh Attapeu.')).toBe('reverse');
    expect(at('Đoàn đại biểu tỉnh Attapeu và lãnh đạo tỉnh Kon Tum.')).toBe('forward');
  });
});

describe('venueIn reads no venue in a sentence without places', () => {
  const venues = textOf([
    'Hội nghị',
    'diễn ra',
    'được tổ chức',
    'tại',
    'ở',
    'trên địa bàn',
    'hội trường',
    'tỉnh Kon Tum',
    'tỉnh Attapeu',
    'Lào',
    'địa phương',
    'xã',
    '(',
    ')',
    'ký',
    ',',
  ]);

  it('property: readVenue finds none where the view has no mention', () => {
    fc.assert(
      fc.property(venues, (text) => {
        expect(readVenue(viewOf(text, false))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('property: venueIn is readVenue wherever the view has mentions', () => {
    fc.assert(
      fc.property(venues, (text) => {
        const view = viewOf(text);
        const plain = readVenue(viewOf(text));
        expect(venueIn(view)?.span).toEqual(plain?.span);
      }),
      { numRuns: 500 },
    );
  });
});

describe('welcomedGuests is read only where "chào mừng" stands', () => {
  const welcomes = textOf([
    'Nhiệt liệt',
    'chào mừng',
    'chào',
    'mừng',
    'Chủ tịch',
    'Thủ tướng',
    'Quốc hội',
    'Đoàn đại biểu',
    'cấp cao',
    'Lào',
    'Campuchia',
    'Việt Nam',
    'sẽ',
    ',',
  ]);

  it('property: a sentence without the two words yields no guests', () => {
    fc.assert(
      fc.property(welcomes, (text) => {
        const view = viewOf(text);
        if (!hasWords(view, 'chào', 'mừng')) expect(welcomedGuests(view, gaz)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("nationalBodyIndex's gates", () => {
  const bodies = textOf(
    [
      'Bộ',
      'bộ đội',
      'Bộ Ngoại giao',
      'cán bộ',
      'Trung tâm',
      'Viện',
      'Bảo tàng',
      'Khuyến nông',
      'Quốc gia',
      'quốc',
      'gia',
      'Quốc hội',
      'Chính phủ',
      'Nhà nước',
      'cấp',
      'tỉnh',
      'Lào',
      ',',
    ],
    10,
  );

  it("property: each pattern's literal word stands in any text it matches", () => {
    fc.assert(
      fc.property(bodies, (text) => {
        const lower = lowerOf(text);
        if (!lower.includes('bộ')) expect(MINISTRY.exec(lower)).toBeNull();
        if (!lower.includes('quốc gia')) expect(NATIONAL_CENTRE.exec(lower)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('LastActor reads each sentence only when asked', () => {
  const side = (c: 'LA' | 'KH') => ({ entry: gaz.capital(c), level: 'national' as const });
  const step = fc.oneof(
    fc.constantFrom('ask' as const),
    fc.constantFrom(null, 'LA' as const, 'KH' as const).map((c) => ({ c })),
  );

  it('property: each answer is the one the eager fold over the sentences gave', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const lazy = new LastActor();
        let eager: ReturnType<typeof side> | undefined;
        const reads: number[] = [];
        steps.forEach((st, i) => {
          if (st === 'ask') {
            expect(lazy.get()).toBe(eager);
            return;
          }
          const actor = st.c === null ? null : side(st.c);
          eager = actor ?? eager;
          lazy.add(() => {
            reads.push(i);
            return actor;
          });
        });
        expect(lazy.get()).toBe(eager);
        expect(new Set(reads).size).toBe(reads.length);
      }),
      { numRuns: 1000 },
    );
  });
});
