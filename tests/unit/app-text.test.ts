import { describe, expect, it } from 'vitest';
import { evidenceSegments } from '../../src/app/state/evidence-segments.ts';
import { safeHttpUrl } from '../../src/app/state/safe-url.ts';
import { searchPlaces } from '../../src/app/state/place-search.ts';
import { englishForm, formatDate, placeName, STRINGS } from '../../src/app/i18n.ts';

describe('evidenceSegments', () => {
  const text = 'Đoàn tỉnh Kon Tum thăm tỉnh Át Tạ Pư.';
  it('marks the spans and keeps the text between them', () => {
    expect(
      evidenceSegments(text, [
        [10, 17],
        [28, 36],
      ]),
    ).toEqual([
      { text: 'Đoàn tỉnh ', mark: false },
      { text: 'Kon Tum', mark: true },
      { text: ' thăm tỉnh ', mark: false },
      { text: 'Át Tạ Pư', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('merges overlapping spans given out of order', () => {
    expect(
      evidenceSegments('Kon Tum', [
        [4, 7],
        [0, 5],
      ]),
    ).toEqual([{ text: 'Kon Tum', mark: true }]);
  });
  it('clips spans past the end and drops empty ones', () => {
    expect(
      evidenceSegments('Huế', [
        [1, 99],
        [2, 2],
      ]),
    ).toEqual([
      { text: 'H', mark: false },
      { text: 'uế', mark: true },
    ]);
  });
  it('returns the text unmarked without spans, markup included as text', () => {
    expect(evidenceSegments('<img src=x onerror=alert(1)>', [])).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });
  it('does not change the spans it is given', () => {
    const spans: [number, number][] = [
      [5, 7],
      [0, 2],
    ];
    evidenceSegments('Kon Tum', spans);
    expect(spans).toEqual([
      [5, 7],
      [0, 2],
    ]);
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://baoquocte.vn/bai-viet')).toBe('https://baoquocte.vn/bai-viet');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
  });
  it('refuses javascript:, data:, relative and empty URLs', () => {
    for (const u of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '/bai-viet',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(u)).toBeNull();
    }
  });
});

describe('searchPlaces', () => {
  const places = [
    { id: 'la:xk', name: 'Xiêng Khoảng', nameEn: 'Xiengkhouang' },
    { id: 'vn:kt', name: 'Kon Tum', nameEn: 'Kon Tum' },
    { id: 'vn:hn', name: 'Hà Nội', nameEn: 'Hanoi' },
  ];
  it('finds a place by its English name with other spacing', () => {
    expect(searchPlaces(places, 'xieng khouang').map((p) => p.id)).toEqual(['la:xk']);
  });
  it('finds a place by its Vietnamese name without diacritics or case', () => {
    expect(searchPlaces(places, 'KONTUM').map((p) => p.id)).toEqual(['vn:kt']);
    expect(searchPlaces(places, 'ha noi').map((p) => p.id)).toEqual(['vn:hn']);
  });
  it('finds a place by a decomposed (NFD) query', () => {
    expect(searchPlaces(places, 'Xiêng'.normalize('NFD')).map((p) => p.id)).toEqual(['la:xk']);
  });
  it('returns every place for an empty or blank query', () => {
    expect(searchPlaces(places, '  ')).toHaveLength(3);
  });
});

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });
  it('formats full, month and year dates per language', () => {
    expect(formatDate('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
    expect(formatDate('2024-03', 'vi')).toBe('tháng 3/2024');
    expect(formatDate('2024-03', 'en')).toBe('March 2024');
    expect(formatDate('2019', 'en')).toBe('2019');
  });
  it('says what a former unit became', () => {
    expect(STRINGS.en.formerUnit(formatDate('2025-07-01', 'en'), 'Quảng Ngãi')).toBe(
      'Since 1 July 2025 part of Quảng Ngãi',
    );
  });
  it('names a place in English only where the entry has an English name, always NFC', () => {
    expect(placeName({ name: 'Xiêng Khoảng', nameEn: 'Xiengkhouang' }, 'en')).toBe('Xiengkhouang');
    expect(placeName({ name: 'Pắc Xế', nameEn: '' }, 'en')).toBe('Pắc Xế');
    expect(placeName({ name: 'Pắc Xế'.normalize('NFD'), nameEn: '' }, 'vi')).toBe(
      'Pắc Xế'.normalize('NFC'),
    );
  });
});

describe('englishForm', () => {
  it('englishForm drops Vietnamese diacritics and đ (issue 10: "part of Quang Ngai" beside "Hue")', () => {
    expect(englishForm('Quảng Ngãi')).toBe('Quang Ngai');
    expect(englishForm('Đắk Lắk')).toBe('Dak Lak');
    expect(englishForm('Hưng Yên')).toBe('Hung Yen');
  });
  it('englishForm of a decomposed (NFD) name gives the same', () => {
    expect(englishForm('Quảng Ngãi'.normalize('NFD'))).toBe('Quang Ngai');
  });
});
