// Words of the embed's minimal chrome, in the reader's language, and the one-line summary that
// tells a reader (and the e2e tests) which configuration an embed shows. Pure.
import type { Lang, LinkFilter } from '../app/state/view-state.ts';
import type { StatusCounts } from '../app/state/status-counts.ts';

interface EmbedWords {
  open: string;
  loading: string;
  allPairs: string;
  pairs: Record<'LA-VN' | 'KH-VN' | 'KH-LA', string>;
  kinds: Record<'sister' | 'visit', string>;
  links: (n: number) => string;
  places: (n: number) => string;
  undatedHidden: string;
  badData: string;
  unreachable: (status: string) => string;
  gestures: string;
}

const WORDS: Record<Lang, EmbedWords> = {
  vi: {
    open: 'Mở trong Friendship Atlas',
    loading: 'Đang tải bản đồ…',
    allPairs: 'Việt Nam, Lào, Campuchia',
    pairs: {
      'LA-VN': 'Việt Nam – Lào',
      'KH-VN': 'Việt Nam – Campuchia',
      'KH-LA': 'Lào – Campuchia',
    },
    kinds: { sister: 'kết nghĩa', visit: 'chuyến thăm' },
    // The explorer's word for a link (i18n.ts), so both say the same (issue 10).
    links: (n) => `${n} quan hệ`,
    places: (n) => `${n} địa phương`,
    undatedHidden: 'chỉ quan hệ có ngày',
    badData: 'Không đọc được dữ liệu bản đồ',
    unreachable: (s) => `không tải được tệp (${s})`,
    gestures: 'Dùng Ctrl + cuộn để phóng to, hai ngón tay để di chuyển bản đồ',
  },
  en: {
    open: 'Open in Friendship Atlas',
    loading: 'Loading the map…',
    allPairs: 'Vietnam, Laos, Cambodia',
    pairs: { 'LA-VN': 'Vietnam–Laos', 'KH-VN': 'Vietnam–Cambodia', 'KH-LA': 'Laos–Cambodia' },
    kinds: { sister: 'sister links', visit: 'visits' },
    links: (n) => `${n} ${n === 1 ? 'link' : 'links'}`,
    places: (n) => `${n} ${n === 1 ? 'place' : 'places'}`,
    undatedHidden: 'dated links only',
    badData: 'The map data could not be read',
    unreachable: (s) => `a file could not be loaded (${s})`,
    gestures: 'Use Ctrl + scroll to zoom, two fingers to move the map',
  },
};

export function embedWords(lang: Lang): EmbedWords {
  return WORDS[lang];
}

/**
 * "Vietnam–Laos · visits · 2020–2024 · Kon Tum · 3 links" (the parts that are set). With a place,
 * `counts.links` must be that place's links (statusCounts with its placeId).
 */
export function summaryLine(
  filter: LinkFilter,
  lang: Lang,
  placeName: string | null,
  counts: StatusCounts | null,
): string {
  const w = WORDS[lang];
  const parts: string[] = [filter.pair === 'all' ? w.allPairs : w.pairs[filter.pair]];
  if (filter.kind !== 'all') parts.push(w.kinds[filter.kind]);
  const years = yearRange(
    filter.from === null ? null : bound(filter.from, filter.fromMonth),
    filter.to === null ? null : bound(filter.to, filter.toMonth),
  );
  if (years) parts.push(years);
  if (filter.onlyDated) parts.push(w.undatedHidden);
  if (placeName) parts.push(placeName);
  if (counts) parts.push(w.links(counts.links));
  return parts.join(' · ');
}

/** "2022" or "2022-04". */
function bound(year: number, month: number | null | undefined): string {
  return month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
}

function yearRange(from: string | null, to: string | null): string | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null) return from === to ? from : `${from}–${to}`;
  return from !== null ? `≥ ${from}` : `≤ ${to}`;
}
