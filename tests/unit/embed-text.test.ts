import { describe, expect, it } from 'vitest';
import { embedWords, summaryLine } from '../../src/embed/embed-text.ts';
import { DEFAULT_VIEW_STATE, type LinkFilter } from '../../src/app/state/view-state.ts';

const filter = (over: Partial<LinkFilter> = {}): LinkFilter => ({ ...DEFAULT_VIEW_STATE, ...over });
const counts = { links: 3, sister: 1, visit: 2, undated: 0, places: 4 };

describe('summaryLine', () => {
  it('summaryLine with no filter names the three countries and the link count', () => {
    expect(summaryLine(filter(), 'vi', null, counts)).toBe('Việt Nam, Lào, Campuchia · 3 quan hệ');
  });
  it('summaryLine in English lists pair, kind, years and the selected place', () => {
    expect(
      summaryLine(
        filter({ pair: 'LA-VN', kind: 'visit', from: 2020, to: 2024 }),
        'en',
        'Kon Tum',
        counts,
      ),
    ).toBe('Vietnam–Laos · visits · 2020–2024 · Kon Tum · 3 links');
  });
  it('summaryLine with one open year bound shows it as an inequality', () => {
    expect(summaryLine(filter({ from: 2021 }), 'en', null, null)).toBe(
      'Vietnam, Laos, Cambodia · ≥ 2021',
    );
  });
  it('summaryLine uses the singular for one English link', () => {
    expect(summaryLine(filter(), 'en', null, { ...counts, links: 1 })).toMatch(/1 link$/);
  });
});

describe('embed wording', () => {
  it("summaryLine in Vietnamese says quan hệ, the explorer's word for a link", () => {
    expect(summaryLine(filter({ onlyDated: true }), 'vi', null, counts)).toBe(
      'Việt Nam, Lào, Campuchia · chỉ quan hệ có ngày · 3 quan hệ',
    );
  });
});

describe('embedWords', () => {
  it('embedWords gives the open link text in both languages', () => {
    expect(embedWords('vi').open).toBe('Mở trong Friendship Atlas');
    expect(embedWords('en').open).toBe('Open in Friendship Atlas');
  });
});

describe('summaryLine with months', () => {
  it('summaryLine shows month bounds as YYYY-MM', () => {
    expect(summaryLine(filter({ from: 2022, fromMonth: 4, to: 2024 }), 'en', null, null)).toBe(
      'Vietnam, Laos, Cambodia · 2022-04–2024',
    );
  });
});
