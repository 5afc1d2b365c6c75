// Words of the Share / Embed dialog (the explorer's language).
import type { Lang } from '../app/state/view-state.ts';

export interface ShareWords {
  button: string;
  title: string;
  link: string;
  iframe: string;
  component: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  embedId: string;
  height: string;
  preview: string;
  linkHelp: string;
  iframeHelp: string;
  componentHelp: string;
  frameTitle: string;
}

const WORDS: Record<Lang, ShareWords> = {
  vi: {
    button: 'Chia sẻ / Nhúng',
    title: 'Chia sẻ / Nhúng bản đồ',
    link: 'Liên kết',
    iframe: 'Mã iframe',
    component: 'Web component',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    copyFailed: 'Không sao chép được: hãy chọn mã và nhấn Ctrl+C',
    close: 'Đóng',
    embedId: 'Mã nhận diện (embedId)',
    height: 'Chiều cao (px)',
    preview: 'Xem trước',
    linkHelp: 'Liên kết mở bản đồ với đúng bộ lọc và địa phương đang chọn.',
    iframeHelp: 'Dán vào trang HTML. Tập lệnh embed-host.js (tuỳ chọn) tự chỉnh chiều cao khung.',
    componentHelp: 'Dán vào trang HTML: một thẻ script và phần tử <friendship-atlas>.',
    frameTitle: 'Bản đồ hữu nghị',
  },
  en: {
    button: 'Share / Embed',
    title: 'Share / Embed the map',
    link: 'Link',
    iframe: 'iframe code',
    component: 'Web component',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the code and press Ctrl+C',
    close: 'Close',
    embedId: 'Embed id (embedId)',
    height: 'Height (px)',
    preview: 'Preview',
    linkHelp: 'A link that opens the map with the same filters and selected place.',
    iframeHelp:
      'Paste into an HTML page. The optional embed-host.js script makes the frame follow its content height.',
    componentHelp: 'Paste into an HTML page: one script tag and the <friendship-atlas> element.',
    frameTitle: 'Friendship Atlas map',
  },
};

export function shareWords(lang: Lang): ShareWords {
  return WORDS[lang];
}
