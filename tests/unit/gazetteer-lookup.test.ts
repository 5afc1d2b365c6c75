import { describe, expect, it } from 'vitest';
import { allNames, createGazetteer, validAt } from '../../src/core/gazetteer.ts';
import { builtinGazetteer, GAZETTEER_ENTRIES } from '../../src/core/gazetteer-data.ts';
import { fold } from '../../src/core/normalize.ts';

const gaz = builtinGazetteer();
const ids = (name: string) =>
  gaz
    .lookup(name)
    .map((e) => e.id)
    .sort();

describe('Gazetteer.lookup', () => {
  it('finds a name exactly, whatever the case and tone-mark placement', () => {
    expect(ids('Thái Bình')).toEqual(['vn:thai-binh']);
    expect(ids('khánh hoà')).toContain('vn:khanh-hoa');
  });

  it('finds unaccented and English forms diacritic-insensitively', () => {
    expect(ids('xieng khouang')).toContain('la:xiangkhouang');
    expect(ids('Xiêng Khoảng')).toContain('la:xiangkhouang');
    expect(ids('Attapeu')).toContain('la:attapeu');
    expect(ids('Ắt-ta-pư')).toContain('la:attapeu');
    expect(ids('Xvây Riêng')).toContain('kh:svay-rieng');
  });

  it('returns both entries for a name shared by a province and its capital city (Kon Tum)', () => {
    expect(ids('Kon Tum')).toEqual(expect.arrayContaining(['vn:kon-tum', 'vn:kon-tum-city']));
  });

  it('returns the old unit and its 2025 namesake for a reused name (Lào Cai)', () => {
    expect(ids('Lào Cai')).toEqual(expect.arrayContaining(['vn:lao-cai', 'vn:lao-cai-2025']));
  });

  it('returns nothing for a country or an unknown name', () => {
    expect(ids('Xyzabc')).toEqual([]);
  });

  it('finds every name of every entry back to that entry', () => {
    for (const e of GAZETTEER_ENTRIES)
      for (const n of allNames(e)) expect(ids(n), n).toContain(e.id);
  });

  it('finds every place back when typed without diacritics (a city named like its province may yield the province)', () => {
    for (const e of GAZETTEER_ENTRIES) {
      if (e.kind === 'country') continue;
      const found = gaz.lookup(fold(e.name)).map((x) => x.id);
      expect(
        found.includes(e.id) || (e.parent !== undefined && found.includes(e.parent)),
        e.name,
      ).toBe(true);
    }
  });
});

describe('Gazetteer.byIso and the 2025 reorganisation', () => {
  it('gives the pre-2025 unit without a date (the codes of the gold guide)', () => {
    expect(gaz.byIso('VN-28')?.id).toBe('vn:kon-tum');
    expect(gaz.byIso('VN-02')?.id).toBe('vn:lao-cai');
  });

  it('gives the unit in force at a date', () => {
    expect(gaz.byIso('VN-02', '2026-01-01')?.id).toBe('vn:lao-cai-2025');
    expect(gaz.byIso('VN-02', '2025-06-30')?.id).toBe('vn:lao-cai');
  });

  it('tells Vientiane Capital (LA-VT) from Vientiane Province (LA-VI)', () => {
    expect(gaz.byIso('LA-VT')?.id).toBe('la:vientiane-capital');
    expect(gaz.byIso('LA-VI')?.id).toBe('la:vientiane-province');
    expect(gaz.capital('LA').id).toBe('la:vientiane-capital');
  });

  it('follows the successor chain: Kon Tum → Quảng Ngãi (2025), Thái Bình → Hưng Yên', () => {
    expect(gaz.successorChain('vn:kon-tum').map((e) => e.id)).toEqual([
      'vn:kon-tum',
      'vn:quang-ngai-2025',
    ]);
    expect(gaz.successorOf('vn:thai-binh')).toEqual({
      id: 'vn:hung-yen-2025',
      name: 'Hưng Yên',
      iso: 'VN-66',
      date: '2025-07-01',
    });
    expect(gaz.successorOf('vn:nghe-an')).toBeNull();
  });

  it('validAt compares partial dates by their first day', () => {
    const old = gaz.get('vn:kon-tum')!;
    expect(validAt(old, '2025')).toBe(true);
    expect(validAt(old, '2025-07')).toBe(false);
  });

  it('refuses duplicate ids', () => {
    const e = GAZETTEER_ENTRIES[1]!;
    expect(() => createGazetteer([e, e])).toThrow(/duplicate id/);
  });
});
