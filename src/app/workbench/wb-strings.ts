// The workbench's own strings (Vietnamese and English), in its lazy chunk so the explorer's
// first view does not carry them.
import type { LinkKind } from '../../core/types.ts';
import type { Lang } from '../state/view-state.ts';
import type { Correction } from './corrections.ts';
import type { InputProblem } from './read-article-input.ts';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

const vi = {
  title: 'Bàn biên tập',
  intro:
    'Dán một bài báo (văn bản, dòng đầu là tiêu đề, hoặc mã HTML) hoặc kéo thả tệp .txt/.html. Bài được xử lý ngay trong trình duyệt; chưa có gì được lưu cho đến khi bạn thêm vào bản đồ.',
  paste: 'Nội dung bài báo',
  chooseFile: 'Chọn tệp .txt hoặc .html',
  run: 'Nhận diện địa danh',
  running: 'Đang xử lý bài báo…',
  cancel: 'Hủy',
  cancelled: 'Đã hủy.',
  problem: (p: InputProblem): string =>
    p.problem === 'tooLarge'
      ? `Nội dung quá lớn (${mb(p.bytes)} MB). Bàn biên tập nhận tối đa 2 MB cho một bài báo.`
      : p.problem === 'binary'
        ? `“${p.name}” không phải tệp văn bản hay HTML (UTF-8).`
        : 'Chưa có nội dung: hãy dán bài báo hoặc chọn một tệp.',
  failed: (why: string) => `Không xử lý được bài báo: ${why}`,
  article: 'Bài báo',
  pubDate: 'Ngày đăng (YYYY-MM-DD)',
  setDate: 'Đặt ngày',
  badDate: 'Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD.',
  places: 'Địa danh',
  links: 'Quan hệ',
  noLinks: 'Không tìm thấy quan hệ nào.',
  remove: 'Bỏ',
  removePlace: (n: string) => `Bỏ địa danh ${n}`,
  removeLink: (s: string) => `Bỏ quan hệ ${s}`,
  flip: 'Đảo chiều',
  flipLink: (s: string) => `Đảo chiều ${s}`,
  linkDate: (s: string) => `Ngày của ${s}`,
  kind: { visit: 'Chuyến thăm', sister: 'Kết nghĩa' } as Record<LinkKind, string>,
  addLink: 'Thêm quan hệ bị sót',
  addKind: 'Loại',
  addFrom: 'Từ (bên đi / bên thứ nhất)',
  addTo: 'Đến (bên đón / bên thứ hai)',
  addEvidence: 'Câu làm bằng chứng',
  addDate: 'Ngày (không bắt buộc)',
  add: 'Thêm quan hệ',
  samePlace: 'Hãy chọn hai địa danh khác nhau.',
  corrections: 'Các chỉnh sửa',
  undo: 'Hoàn tác',
  accept: 'Thêm vào bản đồ',
  update: 'Cập nhật trên bản đồ',
  discard: 'Bỏ bản nháp',
  saved: (title: string) => `Đã thêm “${title}” vào bộ sưu tập.`,
  collection: 'Bộ sưu tập trên máy này',
  collectionHelp: 'Lưu trong trình duyệt (IndexedDB), hiện trên bản đồ cùng bộ dữ liệu đang mở.',
  empty: 'Chưa có bài nào.',
  edit: 'Sửa',
  gold: 'Tệp gold',
  clear: 'Xóa tất cả',
  export: 'Xuất',
  exportCsv: 'Quan hệ (CSV)',
  exportGold: 'Tệp gold (tất cả)',
  import: 'Nhập tệp gold (.txt + .gold.json)',
  imported: (n: number, unmatched: number) =>
    `Đã nhập ${n} bài${unmatched ? `; ${unmatched} quan hệ không khớp được với bài` : ''}.`,
  importProblem: (file: string, why: string) => `${file}: ${why}`,
  noText: (gold: string) => `thiếu tệp bài báo ${gold.replace(/\.gold\.json$/, '.txt')}`,
  counts: (p: number, l: number) => `${p} địa danh, ${l} quan hệ`,
  storageError: (why: string) => `Không lưu được vào trình duyệt: ${why}`,
  describe: (c: Correction, name: (id: string) => string, link: (k: string) => string): string => {
    switch (c.op) {
      case 'removePlace':
        return `Bỏ địa danh ${name(c.place)}`;
      case 'removeLink':
        return `Bỏ ${link(c.link)}`;
      case 'flipLink':
        return `Đảo chiều ${link(c.link)}`;
      case 'addLink':
        return `Thêm ${c.kind === 'visit' ? 'chuyến thăm' : 'kết nghĩa'} ${name(c.from)} – ${name(c.to)}`;
      case 'setLinkDate':
        return `Ngày của ${link(c.link)}: ${c.date ?? 'không rõ'}`;
      case 'setDate':
        return `Ngày đăng: ${c.date ?? 'không rõ'}`;
    }
  },
};

export type WorkbenchStrings = typeof vi;

const en: WorkbenchStrings = {
  title: 'Workbench',
  intro:
    'Paste an article (text with its headline first, or HTML source) or drop a .txt/.html file. It is processed in your browser; nothing is saved until you add it to the map.',
  paste: 'Article text',
  chooseFile: 'Choose a .txt or .html file',
  run: 'Find places and links',
  running: 'Processing the article…',
  cancel: 'Cancel',
  cancelled: 'Cancelled.',
  problem: (p) =>
    p.problem === 'tooLarge'
      ? `Too large (${mb(p.bytes)} MB). The workbench takes up to 2 MB per article.`
      : p.problem === 'binary'
        ? `“${p.name}” is not a text or HTML file (UTF-8).`
        : 'Nothing to process: paste an article or choose a file.',
  failed: (why) => `The article could not be processed: ${why}`,
  article: 'Article',
  pubDate: 'Published (YYYY-MM-DD)',
  setDate: 'Set date',
  badDate: 'A date is YYYY, YYYY-MM or YYYY-MM-DD.',
  places: 'Places',
  links: 'Links',
  noLinks: 'No link found.',
  remove: 'Remove',
  removePlace: (n) => `Remove place ${n}`,
  removeLink: (s) => `Remove link ${s}`,
  flip: 'Reverse',
  flipLink: (s) => `Reverse ${s}`,
  linkDate: (s) => `Date of ${s}`,
  kind: { visit: 'Visit', sister: 'Sister link' },
  addLink: 'Add a missed link',
  addKind: 'Kind',
  addFrom: 'From (travelling / first side)',
  addTo: 'To (host / second side)',
  addEvidence: 'Evidence sentence',
  addDate: 'Date (optional)',
  add: 'Add link',
  samePlace: 'Choose two different places.',
  corrections: 'Corrections',
  undo: 'Undo',
  accept: 'Add to the map',
  update: 'Update on the map',
  discard: 'Discard draft',
  saved: (title) => `“${title}” was added to your collection.`,
  collection: 'Collection on this device',
  collectionHelp: 'Kept in this browser (IndexedDB), shown on the map beside the open dataset.',
  empty: 'No article yet.',
  edit: 'Edit',
  gold: 'Gold files',
  clear: 'Clear all',
  export: 'Export',
  exportCsv: 'Links (CSV)',
  exportGold: 'Gold files (all)',
  import: 'Import gold files (.txt + .gold.json)',
  imported: (n, unmatched) =>
    `Imported ${n} article${n === 1 ? '' : 's'}${unmatched ? `; ${unmatched} links could not be matched to the text` : ''}.`,
  importProblem: (file, why) => `${file}: ${why}`,
  noText: (gold) => `the article ${gold.replace(/\.gold\.json$/, '.txt')} is missing`,
  counts: (p, l) => `${p} places, ${l} links`,
  storageError: (why) => `Could not save in this browser: ${why}`,
  describe: (c, name, link) => {
    switch (c.op) {
      case 'removePlace':
        return `Removed place ${name(c.place)}`;
      case 'removeLink':
        return `Removed ${link(c.link)}`;
      case 'flipLink':
        return `Reversed ${link(c.link)}`;
      case 'addLink':
        return `Added ${c.kind === 'visit' ? 'visit' : 'sister link'} ${name(c.from)} – ${name(c.to)}`;
      case 'setLinkDate':
        return `Date of ${link(c.link)}: ${c.date ?? 'unknown'}`;
      case 'setDate':
        return `Published: ${c.date ?? 'unknown'}`;
    }
  },
};

export function wbStrings(lang: Lang): WorkbenchStrings {
  return lang === 'en' ? en : vi;
}
