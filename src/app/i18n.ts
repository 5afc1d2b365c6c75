// Every string of the explorer's UI, in Vietnamese (default) and English. Names of places come
// from the dataset, not from here.
import type { CountryCode } from '../core/types.ts';
import type { Lang, PairFilter, KindFilter, UnitsView } from './state/view-state.ts';
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
  workbench: string;
  unitsLegend: string;
  units: Record<UnitsView, string>;
  /** Marks an article of the reader's own collection. */
  localArticle: string;
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
  skipToMap: string;
  mapControls: string;
  zoomIn: string;
  zoomOut: string;
  fitData: string;
  linkCount: (n: number) => string;
  articleCount: (n: number) => string;
  emptyFilter: string;
  resetFilters: string;
  legend: string;
  legendArc: string;
  legendDot: string;
  legendWidth: string;
  legendRing: string;
  legendVisit: string;
  legendSister: string;
  legendCount: string;
  timeFrom: string;
  timeTo: string;
  histogram: (dated: number, undated: number) => string;
  undatedCount: (n: number) => string;
  showUndated: string;
  allTime: string;
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
    `Đang hiện ${c.links} quan hệ (${c.sister} kết nghĩa, ${c.visit} chuyến thăm; ${c.undated} không rõ ngày) và ${c.places} địa phương.`,
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
  workbench: 'Bàn biên tập',
  unitsLegend: 'Đơn vị hành chính Việt Nam',
  units: { former: '63 tỉnh, thành trước 1/7/2025', '2025': '34 tỉnh, thành từ 1/7/2025' },
  localArticle: 'bộ sưu tập của bạn',
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
  skipToMap: 'Chuyển đến bản đồ',
  mapControls: 'Điều khiển bản đồ',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fitData: 'Vừa khung dữ liệu',
  linkCount: (n) => `${n} quan hệ`,
  articleCount: (n) => `${n} bài báo`,
  emptyFilter: 'Không có quan hệ nào khớp với bộ lọc này.',
  resetFilters: 'Bỏ bộ lọc',
  legend: 'Chú giải',
  legendArc: 'Màu đường: cặp quốc gia',
  legendDot: 'Màu chấm: quốc gia',
  legendWidth: 'Độ dày đường: số bài báo',
  legendRing: 'Vòng rỗng: đơn vị cũ, sáp nhập năm 2025',
  legendVisit: 'Nét đứt, mũi tên: chuyến thăm (chiều đi)',
  legendSister: 'Nét liền: kết nghĩa',
  legendCount: 'Số trên đường: số quan hệ gộp lại',
  timeFrom: 'Từ',
  timeTo: 'Đến',
  histogram: (d, u) => `Số quan hệ theo tháng: ${d} có ngày, ${u} không rõ ngày`,
  undatedCount: (n) => `${n} quan hệ không rõ ngày`,
  showUndated: 'Hiện cả quan hệ không rõ ngày',
  allTime: 'mọi thời gian',
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
    `Showing ${c.links} links (${c.sister} sister, ${c.visit} visits; ${c.undated} without a date) and ${c.places} places.`,
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
  workbench: 'Workbench',
  unitsLegend: 'Vietnam’s units',
  units: { former: '63 units before 1 July 2025', '2025': '34 units from 1 July 2025' },
  localArticle: 'your collection',
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
  skipToMap: 'Skip to the map',
  mapControls: 'Map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitData: 'Fit to data',
  linkCount: (n) => `${n} ${n === 1 ? 'link' : 'links'}`,
  articleCount: (n) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  emptyFilter: 'No link matches these filters.',
  resetFilters: 'Clear filters',
  legend: 'Legend',
  legendArc: 'Line colour: country pair',
  legendDot: 'Dot colour: country',
  legendWidth: 'Line width: number of articles',
  legendRing: 'Ring: former unit, merged in 2025',
  legendVisit: 'Dashed, arrow: visit (direction of travel)',
  legendSister: 'Solid: sister link',
  legendCount: 'Number on a line: links drawn as one',
  timeFrom: 'From',
  timeTo: 'To',
  histogram: (d, u) => `Links per month: ${d} dated, ${u} without a date`,
  undatedCount: (n) => `${n} ${n === 1 ? 'link' : 'links'} without a date`,
  showUndated: 'Also show links without a date',
  allTime: 'all time',
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
