// Every string of the explorer's UI, in Vietnamese (default) and English. Names of places come
// from the dataset, not from here.
import type { CountryCode } from '../core/types.ts';
import type { Lang, PairFilter, KindFilter } from './state/view-state.ts';
import type { StatusCounts } from './state/status-counts.ts';

export interface Strings {
  title: string;
  subtitle: string;
  langToggle: string;
  langToggleLabel: string;
  filters: string;
  pairLegend: string;
  pair: Record<PairFilter, string>;
  kindLegend: string;
  kind: Record<KindFilter, string>;
  timeLegend: string;
  fromYear: string;
  toYear: string;
  anyYear: string;
  onlyDated: string;
  undatedRule: string;
  search: string;
  searchPlaceholder: string;
  places: string;
  links: string;
  noPlaces: string;
  status: (c: StatusCounts) => string;
  loading: string;
  loadError: string;
  loadErrorHelp: string;
  close: string;
  partners: string;
  visitsOut: string;
  visitsIn: string;
  articles: string;
  none: string;
  undated: string;
  englishName: string;
  vietnameseName: string;
  formerUnit: (date: string, successor: string) => string;
  formedUnit: string;
  /** Suffix of a former unit's name in lists and on the map. */
  former: string;
  countryLabel: string;
  source: string;
  noSource: string;
  evidence: string;
  sisterOf: (a: string, b: string) => string;
  visitOf: (a: string, b: string) => string;
  country: Record<CountryCode, string>;
  map: string;
  mapHelp: string;
  listView: string;
}

const vi: Strings = {
  title: 'Bản đồ hữu nghị',
  subtitle: 'Kết nghĩa và chuyến thăm giữa các địa phương Việt Nam, Lào, Campuchia',
  langToggle: 'English',
  langToggleLabel: 'Switch to English',
  filters: 'Bộ lọc',
  pairLegend: 'Cặp quốc gia',
  pair: {
    all: 'Tất cả',
    'LA-VN': 'Việt Nam–Lào',
    'KH-VN': 'Việt Nam–Campuchia',
    'KH-LA': 'Lào–Campuchia',
  },
  kindLegend: 'Loại quan hệ',
  kind: { all: 'Tất cả', sister: 'Kết nghĩa', visit: 'Chuyến thăm' },
  timeLegend: 'Thời gian',
  fromYear: 'Từ năm',
  toYear: 'Đến năm',
  anyYear: 'Bất kỳ',
  onlyDated: 'Chỉ hiện quan hệ có ngày',
  undatedRule: 'Quan hệ không rõ ngày luôn được hiện, trừ khi chọn ô này.',
  search: 'Tìm địa phương',
  searchPlaceholder: 'ví dụ: Xiêng Khoảng, kon tum',
  places: 'Địa phương',
  links: 'Quan hệ',
  noPlaces: 'Không có địa phương nào khớp.',
  status: (c) =>
    `Đang hiện ${c.links} quan hệ (${c.sister} kết nghĩa, ${c.visit} chuyến thăm) và ${c.places} địa phương.`,
  loading: 'Đang tải dữ liệu…',
  loadError: 'Không tải được dữ liệu bản đồ',
  loadErrorHelp: 'Kiểm tra các tệp dữ liệu dưới đây rồi tải lại trang.',
  close: 'Đóng',
  partners: 'Địa phương kết nghĩa',
  visitsOut: 'Chuyến thăm đi',
  visitsIn: 'Đoàn đến thăm',
  articles: 'Bài báo',
  none: 'Không có',
  undated: 'không rõ ngày',
  englishName: 'Tên tiếng Anh',
  vietnameseName: 'Tên tiếng Việt',
  formerUnit: (date, s) => `Từ ${date} thuộc ${s}`,
  formedUnit: 'Đơn vị cũ',
  former: 'cũ',
  countryLabel: 'Quốc gia',
  source: 'Nguồn',
  noSource: 'không có liên kết nguồn',
  evidence: 'Trích dẫn',
  sisterOf: (a, b) => `Kết nghĩa ${a} – ${b}`,
  visitOf: (a, b) => `Chuyến thăm ${a} → ${b}`,
  country: { VN: 'Việt Nam', LA: 'Lào', KH: 'Campuchia' },
  map: 'Bản đồ quan hệ',
  mapHelp: 'Bản đồ tương tác; dùng danh sách bên cạnh để chọn bằng bàn phím.',
  listView: 'Danh sách',
};

const en: Strings = {
  title: 'Friendship Atlas',
  subtitle: 'Sister links and visits between provinces of Vietnam, Laos and Cambodia',
  langToggle: 'Tiếng Việt',
  langToggleLabel: 'Chuyển sang tiếng Việt',
  filters: 'Filters',
  pairLegend: 'Country pair',
  pair: {
    all: 'All',
    'LA-VN': 'Vietnam–Laos',
    'KH-VN': 'Vietnam–Cambodia',
    'KH-LA': 'Laos–Cambodia',
  },
  kindLegend: 'Kind of link',
  kind: { all: 'All', sister: 'Sister provinces', visit: 'Visits' },
  timeLegend: 'Time',
  fromYear: 'From year',
  toYear: 'To year',
  anyYear: 'Any',
  onlyDated: 'Only links with a date',
  undatedRule: 'Links without a date are always shown unless this is checked.',
  search: 'Find a place',
  searchPlaceholder: 'e.g. Xieng Khouang, kon tum',
  places: 'Places',
  links: 'Links',
  noPlaces: 'No place matches.',
  status: (c) =>
    `Showing ${c.links} links (${c.sister} sister, ${c.visit} visits) and ${c.places} places.`,
  loading: 'Loading data…',
  loadError: 'The map data could not be loaded',
  loadErrorHelp: 'Check the data files below, then reload the page.',
  close: 'Close',
  partners: 'Sister provinces',
  visitsOut: 'Visits made',
  visitsIn: 'Visits received',
  articles: 'Articles',
  none: 'None',
  undated: 'no date',
  englishName: 'English name',
  vietnameseName: 'Vietnamese name',
  formerUnit: (date, s) => `Since ${date} part of ${s}`,
  formedUnit: 'Former unit',
  former: 'former',
  countryLabel: 'Country',
  source: 'Source',
  noSource: 'no source link',
  evidence: 'Quote',
  sisterOf: (a, b) => `Sister link ${a} – ${b}`,
  visitOf: (a, b) => `Visit ${a} → ${b}`,
  country: { VN: 'Vietnam', LA: 'Laos', KH: 'Cambodia' },
  map: 'Map of links',
  mapHelp: 'Interactive map; use the list beside it to choose with the keyboard.',
  listView: 'List',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A YYYY[-MM[-DD]] date as a reader writes it: "1/7/2025" / "1 July 2025", "4/2022" / "April 2022". */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = Number(m);
  if (lang === 'vi') return d ? `${Number(d)}/${month}/${y}` : `tháng ${month}/${y}`;
  const name = MONTHS_EN[month - 1] ?? m;
  return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
}

/** The name of a place in the UI language (English only where the entry has one). */
export function placeName(p: { name: string; nameEn: string }, lang: Lang): string {
  return (lang === 'en' && p.nameEn ? p.nameEn : p.name).normalize('NFC');
}

/**
 * The English form of a Vietnamese name the dataset gives only in Vietnamese (a successor unit
 * outside the dataset): the name without diacritics, as English-language press writes it
 * ("Quảng Ngãi" → "Quang Ngai"), so it sits well beside the dataset's nameEn ("Hue").
 */
export function englishForm(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
