// Decides which lines of a scraped article are the article (title, body, captions) and which are
// page furniture: related-headline lists, menus, media teasers, player residue, credits. Pages
// from different sites share shapes rather than words, so the rules look at the shape of a line
// (length, final punctuation, capitalisation, what stands around it) and use the usual heading
// words only as a stronger hint. See /work/shared/corpus/seeds for what real pages look like.
import type { DroppedBlock, Span } from '../types.ts';
import { fold, foldedRanges, foldInto, isWhiteSpace, trimRuns } from '../normalize.ts';
import { gluedSourceDay, isStampLine, URL_LABEL_WORDS } from './metadata.ts';
import { labelsDigest } from './digest-title.ts';
import { siteTail } from './site-name.ts';
import { isLinksOnlyLine } from './text-markup.ts';

export interface CleanResult {
  /** First non-empty line, trimmed. */
  title: string;
  titleSpan: Span | null;
  /** Ranges that are the article, one per kept line, sorted and disjoint. */
  keep: Span[];
  dropped: DroppedBlock[];
  /** The outlet's name a copied <title> ends on ("Tiêu đề - Báo X": "Báo X"), if any. */
  site?: string;
}

interface Line {
  /** Trimmed content range. */
  start: number;
  end: number;
  t: string;
}

type Decision = { keep: Span } | { drop: string } | { blank: true };

/**
 * Patterns asked of every line that are costly on the lines they do not match (backtracking,
 * unanchored scans), each behind a cheap test that holds of every text the pattern matches:
 * `test` answers as `pattern.test` does, in a fraction of the time on most lines (issue 9).
 * Listed for the test that checks each pair on odd texts.
 */
export const GATED_PATTERNS: { pattern: RegExp; test: (t: string) => boolean }[] = [];

function gated(pattern: RegExp, may: (t: string) => boolean): (t: string) => boolean {
  const test = (t: string) => may(t) && pattern.test(t);
  GATED_PATTERNS.push({ pattern, test });
  return test;
}

// Folded headings of related/most-read boxes seen across Vietnamese news sites.
const SECTION_HEADINGS = new Set([
  'tin bai lien quan',
  'cac tin bai khac',
  'doc nhieu',
  'doc them',
  'multimedia',
  'tin lien quan',
  'xem them',
  'bai lien quan',
  'tin khac',
  'co the ban quan tam',
  'ban co the quan tam',
  'tin cung chuyen muc',
  'cung chuyen muc',
  'tin moi',
  'tin moi nhat',
  'moi nhat',
  'xem nhieu',
  'tin doc nhieu',
  'bai viet lien quan',
  'cac bai viet khac',
  'tin noi bat',
  'tieu diem',
  'tin tuc lien quan',
  'nhieu nguoi doc',
  'bai doc nhieu',
  'doc tiep',
  'tin cung loai',
  'cac tin khac',
  'tin tuc khac',
  'cac bai khac',
  'bai khac',
  'tin da dua',
  'cac tin da dua',
  'tin cung chu de',
  'cung chu de',
  'bai cung chuyen muc',
  'video lien quan',
  'co the ban muon doc',
  'dong su kien',
]);

const CHROME =
  /^(in bai viet|ban in|phien ban di dong|phien ban may tinh|chia se|chia se bai viet|gui bai viet|luu bai viet|len dau trang|ve dau trang|quay lai|trang chu|binh luan|copy link|sao chep lien ket)$/;
const FOLLOW = /^theo doi .{1,60} tren\b.{0,30}$/;
// "… - Cơ quan ngôn luận của Bộ Công Thương. Địa chỉ: Hà Nội.", "Báo X - Cơ quan của Thành ủy
// TP.HCM", "© Bản quyền thuộc …", "Giấy phép số …", "Tòa soạn: …", "Ghi rõ nguồn … khi phát hành
// lại …": the outlet's own footer.
const FOOTER_OPENING =
  /^(?:©|\(c\)|ban quyen|giay phep|toa soan|dia chi|tru so(?= ?:)|tong bien tap|co quan chu quan|co quan (?:ngon luan )?cua|ghi ro nguon)\b/;
// ("Báo A điện tử - Cơ quan của Đảng bộ …": an outlet's name before the dash, not a sentence's
// clauses: "Ngày 7/1, tại huyện X, Tỉnh đoàn A - cơ quan của Đoàn … tỉnh - đã phối hợp …".)
// ("Báo điện tử A. Tòa soạn: Đống Đa, Hà Nội.": the outlet's name, then its address.)
const FOOTER_INSIDE =
  /^[^,.;]{0,60}\s[-–]\s*co quan (?:ngon luan\b|cua\b)|\bban quyen thuoc\b|^(?:bao|tap chi)\b[^.;]{0,60}\.\s*(?:toa soan|dia chi|tru so)\s*:/;
const FOOTER = new RegExp(`${FOOTER_OPENING.source}|${FOOTER_INSIDE.source}`);
// (FOOTER_INSIDE is tried only on a line holding its words as they stand.)
const isFooter = gated(
  FOOTER,
  (f) =>
    FOOTER_OPENING.test(f) ||
    f.includes('co quan ') ||
    f.includes('ban quyen thuoc') ||
    f.includes('toa soan') ||
    f.includes('dia chi') ||
    f.includes('tru so'),
);
// "VOV5 - Hệ Phát thanh Đối ngoại, Đài Tiếng nói Việt Nam. 45 Bà Triệu, Hà Nội." (folded): an
// outlet's name, then its street address, with no label; a short line, not a sentence of the news.
const OUTLET_ADDRESS =
  /^(?=.{0,140}$).{0,80}\b(?:bao|dai|tap chi|vov\d?|vtv|ttxvn|thong tan xa)\b.{0,60}?[.,] (?:so )?\d{1,4}[a-z]?(?: [a-z]+){1,4}, (?:[a-z]+(?: [a-z]+){0,3}, )?[a-z]+(?: [a-z]+){0,3}$/;
// (A line it can take has at most 140 characters and a house number.)
const outletAddress = gated(OUTLET_ADDRESS, (f) => f.length <= 140 && /\d/.test(f));
// "Xem thêm: ‹headline›", "Tin liên quan: ‹headline›", "<< Tin trước: ‹headline› | Tin sau: …": a
// pointer to another article on one line.
const INLINE_RELATED =
  /^[-–•*>»›<«‹\s]*(?:xem them|doc them|tin lien quan|bai lien quan|lien quan|tin bai lien quan|co the ban quan tam|doc tiep|xem tiep|(?:tin|bai) (?:truoc|sau|tiep theo))\s*[:>»›-]\s*\S/;
// Leading image markup ("![](…)" or "[![](…)](…)") before a caption or a teaser on the same line.
// "![](…)" markup, or the bare path of an image a scraper left before its caption
// ("/uploads/news/2019_09/anh-1.jpg Công an tỉnh … ký biên bản").
const LEADING_IMAGE =
  /^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|(?:https?:\/\/|\/)\S+\.(?:jpe?g|png|gif|webp)(?:\?\S*)?(?=\s))\s*\|?\s*/iu;
// Six or more lower-case unaccented words opening a line: a URL slug shown as text.
const SLUG_START = /^[a-z0-9]+(?: [a-z0-9]+){5,}(?= |$)/;
const POINTER = /^(?:>>|»|►|▶)\s*(?=\S)/u;
const BRACKETED = /^\[(?!\s*ảnh\b)([^[\]]+)\]$/iu;
// "Tags: …", "Từ khóa: …", "Bình luận (0)", "Gửi bình luận": the page around the article.
const TAGS = /^(tags?|tu khoa|chu de|tag)\s*:/;
const COMMENTS = /^(binh luan \(\d+\)|gui binh luan|viet binh luan|y kien ban doc|\d+ binh luan)$/;
const PLAYER = /^\d{1,2}:\d{2}(:\d{2})?(\s*\/\s*\d{1,2}:\d{2}(:\d{2})?)?$/;
// "23°C / 22-25°C", "Vinh 24°C", "Bình Phước, 30°C/27°C - 33°C": a weather widget's reading,
// with or without its city.
const WEATHER =
  /^(?:\p{Lu}[\p{L} .]{0,30},?\s)?-?\d{1,2}\s*°\s*C?(?:\s*[/|]\s*-?\d{1,2}\s*(?:°\s*C?)?(?:\s*[-–]\s*-?\d{1,2}\s*(?:°\s*C?)?)?)?$/u;
// (Asked of every line: the pattern backtracks through a capitalised line's first words, a few
// microseconds each, when a reading has its degree sign.)
const isWeather = gated(WEATHER, (t) => t.includes('°'));
const PIPE_ROW = /^\|\s*[^|\s].*\s\|$/u;
const IMAGE_MARKUP = /^\|?\s*(!\[[^\]]*\]\([^)]*\)\s*\|?\s*)+$/;
const PIPES_ONLY = /^[|\s-]+$/;
const MEDIA_TAG =
  /^\[(infographic|inforgraphic|video|clip|photo|ảnh|emagazine|e-magazine|longform|podcast|live|trực tiếp|megastory|audio|multimedia)\]/iu;
const PHOTO_TAG = /^\[(?:ảnh|photo)\]\s*/iu;
// A caption is a sentence of its own: it ends on a full stop and runs longer than a headline.
const photoCaption = (t: string) =>
  PHOTO_TAG.test(t) && /[.)]\s*$/u.test(t) && wordCount(t) >= CAPTION_MIN_WORDS;
const CAPTION_MIN_WORDS = 12;
const SOURCE_LINK = new RegExp(String.raw`^(?:${URL_LABEL_WORDS}\s*:\s*)?https?:\/\/\S+$`, 'iu');
const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/?`;
const CREDIT_ONLY = new RegExp(
  String.raw`^\(?\s*(?:ảnh|nguồn|photo|video|theo)\s*:?\s*${DOMAIN}\s*\)?$`,
  'iu',
);
// "Bài: Thái Bình", "Tin, ảnh: Hòa Bình": an author's name, which a province's can look like.
const AUTHOR =
  /^(?:[Bb]ài|[Tt]in|[Ảả]nh|[Bb]ài và ảnh|[Tt]in và ảnh|[Bb]ài, ảnh|[Tt]in, ảnh|[Bb]ài\/ảnh|[Tt]in\/ảnh|[Tt]ác giả)\s*:\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4}\s*$/u;
// "Thanh Hoa/VOV-ĐBSCL", "Hùng Võ/TTXVN": the reporter's name, a slash, the agency or its office.
const AUTHOR_OFFICE =
  /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s*\/\s*(?:VOV|TTXVN|VNA|VTV|VTC|QĐND|TTXVN\/Vietnam\+)(?:[\s-]+\p{Lu}[\p{L}.]*){0,3}\s*$/u;
export const CREDIT_TAIL = new RegExp(
  String.raw`[\s\-–—]*\(?\s*(?:ảnh|nguồn|photo|video)\s*:?\s*${DOMAIN}\s*\)?\s*$`,
  'iu',
);
// DOMAIN's last part, which CREDIT_TAIL sets at the line's end (before "/", spaces and ")").
const TLD_END = /\.[a-z]{2,6}$/iu;

/**
 * Where CREDIT_TAIL starts in t, or -1. The pattern, anchored at the end only, is tried from
 * every position of the line: it runs only when the line ends as it must (an address, then
 * perhaps "/", spaces, ")" and spaces, read back from the end) and holds a credit word.
 */
export function creditTail(t: string): number {
  let k = t.length;
  while (k > 0 && isWhiteSpace(t.charCodeAt(k - 1))) k--;
  if (k > 0 && t.charCodeAt(k - 1) === 0x29) k--;
  while (k > 0 && isWhiteSpace(t.charCodeAt(k - 1))) k--;
  if (k > 0 && t.charCodeAt(k - 1) === 0x2f) k--;
  // (A dot and at most six letters: the last seven characters.)
  if (!TLD_END.test(t.slice(Math.max(0, k - 7), k)) || !hasCreditWord(t)) return -1;
  return CREDIT_TAIL.exec(t)?.index ?? -1;
}
/**
 * Whether the text holds a credit word, in any case: what /ảnh|nguồn|photo|video/iu finds (its
 * letters have no case partners outside ASCII but Ả and Ồ), read in one pass without the
 * pattern, which tried every position of every kept line (issue 9).
 */
export function hasCreditWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x1ea3 || c === 0x1ea2) {
      if (asciiAt(t, i + 1, 'nh')) return true;
    } else if (c === 0x1ed3 || c === 0x1ed2) {
      if (i >= 3 && asciiAt(t, i - 3, 'ngu') && asciiAt(t, i + 1, 'n')) return true;
    } else if ((c | 32) === 112) {
      if (asciiAt(t, i + 1, 'hoto')) return true;
    } else if ((c | 32) === 118 && asciiAt(t, i + 1, 'ideo')) return true;
  }
  return false;
}

/** Whether the ASCII letters of `lower` stand at `at`, in any case. */
function asciiAt(t: string, at: number, lower: string): boolean {
  if (at + lower.length > t.length) return false;
  for (let k = 0; k < lower.length; k++)
    if ((t.charCodeAt(at + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}
// "Báo Phú Thọ điện tử", "Đài PT-TH Nghệ An", "Cổng thông tin điện tử tỉnh Lào Cai": the page's
// own masthead (folded). Alone before the lead, or with "điện tử / online" anywhere, it is the
// site's name, not a place the article tells of.
const MASTHEAD =
  /^(?:bao|tap chi|vtv|dai (?:pt-?th|phat thanh(?: va)? truyen hinh)|cong thong tin dien tu|trang thong tin dien tu)(?: tinh| thanh pho)? [a-z][a-z -]{1,28}?(?: (dien tu|online|dien tu online))?$/;
// "Báo Công an thành phố Đà Nẵng", "Theo Báo Thái Bình", "Nguồn: Báo Quảng Nam": after the lead,
// a line that only names the outlet (its print footer, its credit), not a place the article tells of.
const OUTLET_CREDIT =
  /^(?:theo |nguon ?: ?)?bao (?!cao |chi |dong )(?:(?:cong an|nhan dan|quan doi|phap luat|phu nu|lao dong|nguoi lao dong|thanh nien|tuoi tre|van hoa|bien phong|giao duc|tien phong|dau tu) )?(?:tinh |thanh pho |tp\.? ?)?[a-z]+(?: [a-z]+){0,3}(?: dien tu| online)?$/;
// "PLO - Pháp Luật TP.HCM", "PTP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ YÊN": above the lead, an
// outlet's initials and its name (or section) on a line of their own.
const SITE_LABEL = /^[A-ZĐ]{2,6} [-–] (?:[^.,;:!?]|\.(?=\S)){2,50}$/u;
// "Doanh Nhân Sài Gòn Online", "Sài Gòn Giải Phóng Online": above the lead, a few capitalised
// words and "Online" name the outlet (whose name may hold a city's).
const ONLINE_TITLE = /^(?:\p{Lu}[\p{L}.]*\s+){1,5}Online$/u;
// "CÔNG AN TP ĐÀ NẴNG": above the lead, a short line all in capitals is the outlet's name.
const PRINT_VIEW = /\s+[-–|]\s+Bản in$/u;
const shouted = (t: string, max = 40) =>
  t.length <= max && /^[\p{Lu}\d .&-]+$/u.test(t) && /\p{Lu}{2}/u.test(t) && t.includes(' ');
// Tests of a line's last characters, made in place: a pattern anchored only at the end
// (/[.;:,]$/) is tried from every position of the line (issue 9: regexes on short lines only).
const SENTENCE_END = '.;:,';
const BODY_END = '.!?…"”)';
const endsWithOneOf = (t: string, chars: string) =>
  t.length > 0 && chars.includes(t[t.length - 1]!);
/** "…" or "...": what /(\.\.\.|…)$/ finds. */
const endsAsTeaser = (t: string) => t.endsWith('…') || t.endsWith('...');
const MAX_HEADLINE_WORDS = 30;
const MAX_TEASER_WORDS = 70;

/**
 * The rules ask the same questions of the same lines many times (each line, then as a neighbour):
 * each answer is remembered, for the article being cleaned (cleanArticle gives each function a
 * new table), and in a table cleared when it grows past a few thousand lines.
 */
const memos: { map: Map<string, unknown> }[] = [];

function memoised<T>(
  f: (t: string) => T,
  memo: { map: Map<string, T> } = { map: new Map<string, T>() },
): (t: string) => T {
  memos.push(memo);
  return (t) => {
    let v = memo.map.get(t);
    if (v === undefined) {
      if (memo.map.size > 5000) memo.map.clear();
      v = f(t);
      memo.map.set(t, v);
    }
    return v;
  };
}

// Folding is the costly part on MB-sized pages. cleanArticle fills the table with every line's
// fold, taken from one fold of the whole text.
const lineFolds = { map: new Map<string, string>() };
const foldLine = memoised(fold, lineFolds);

export function cleanArticle(text: string): CleanResult {
  // Answers are kept for one article: kept longer, they outlived young-generation collections
  // and, each line a slice of its page, kept whole pages in the old generation (issue 9: peak
  // RSS grew with the corpus). In new tables, not cleared ones: a module-level table cleared
  // per article still got each article's lines and folds promoted (about 3 kB a page, most of
  // what a run promoted, and each full collection that then followed made V8 compile closures
  // again); a table made here dies young with what it holds.
  for (const m of memos) m.map = new Map();
  const lines = splitLines(text);
  // The text folded once (foldInto gives the same answer to the tokeniser, which folds this text
  // next), each line's fold a slice of it: what fold() of the line gives, line breaks and the
  // white space trimmed around a line being where no surrogate pair is cut.
  const nonBlank = lines.filter((l) => l.t !== '');
  const folds = foldedRanges(
    foldInto(text),
    nonBlank.map((l) => [l.start, l.end] as const),
  );
  nonBlank.forEach((l, k) => lineFolds.map.set(l.t, folds[k]!));
  const decisions: Decision[] = lines.map((l) =>
    l.t === '' ? { blank: true } : { keep: [l.start, l.end] },
  );
  const titleIndex = lines.findIndex((l) => l.t !== '');
  // Text copied from a page's <title> ends on the outlet's name ("… - Báo điện tử …") and may
  // open on a media tag ("Clip:", "[Ảnh]"): the headline is what stands between them.
  const proper = titleIndex >= 0 ? headlineProper(lines[titleIndex]!) : null;
  if (proper) {
    lines[titleIndex] = proper.headline;
    decisions[titleIndex] = { keep: [proper.headline.start, proper.headline.end] };
  }
  const title = titleIndex >= 0 ? lines[titleIndex]!.t : '';
  const digestPage = labelsDigest(title);
  const titleWords = wordSet(title);
  const seen = new Set<string>();
  if (titleIndex >= 0) seen.add(foldLine(title));

  // Menus stand around the article, not inside it: a run of short lines between two body
  // paragraphs is more likely a list the article makes.
  const bodyLines = lines
    .map((l, k) => (k > titleIndex && isBodyParagraph(l.t) ? k : -1))
    .filter((k) => k >= 0);
  const firstBody = bodyLines[0] ?? lines.length;
  const lastBody = bodyLines[bodyLines.length - 1] ?? -1;
  // A page that sets a blank line after its paragraphs sets a box's items tight under its heading.
  const spaced =
    bodyLines.length >= SPACED_MIN &&
    bodyLines.filter((k) => (lines[k + 1]?.t ?? '') === '').length >= 0.75 * bodyLines.length;

  let i = titleIndex + 1;
  // "Sau đây là những sự kiện … tổng hợp." then "- ‹item›" lines: a digest's own items, which
  // look like a related-headline list but are the article (bulleted or, from a page's list, not).
  // (The items keep the style of the first: a bulleted run ends at its first line with no bullet.)
  let announced: 'any' | 'bulleted' | 'plain' | null = null;
  while (titleIndex >= 0 && i < lines.length) {
    const line = lines[i]!;
    if (line.t === '') {
      i++;
      continue;
    }
    const item: 'bulleted' | 'plain' | null = !announced
      ? null
      : BULLET.test(line.t)
        ? 'bulleted'
        : isHeadlineLike(line.t)
          ? 'plain'
          : null;
    if (item && (announced === 'any' || announced === item) && !isSectionHeading(lines, i)) {
      announced = item;
      decisions[i] = decideLine(line, text, title, titleWords, seen, false, false);
      i++;
      continue;
    }
    announced = announcesList(line.t) ? 'any' : null;
    // After the body, a bulleted run that is mostly headlines of other articles is a related list
    // under a heading the page did not give in words ("猜你喜欢", an icon): all its items go.
    if (i > lastBody && BULLET.test(line.t)) {
      const end = bulletRunEnd(lines, i);
      if (end - i >= 3 && countTeasers(lines, i, end) >= 2) {
        for (let j = i; j < end; j++) decisions[j] = { drop: 'related list (bulleted)' };
        i = end;
        continue;
      }
    }
    if (isSectionHeading(lines, i) || isTeaserPair(lines, i)) {
      const end = sectionEnd(lines, i, title, i < firstBody, spaced);
      const heading = lines[i]!.t;
      for (let j = i; j < end; j++) {
        if (lines[j]!.t !== '') decisions[j] = { drop: `related list (${shorten(heading, 40)})` };
      }
      i = end;
      continue;
    }
    const next = nextNonBlank(lines, i + 1);
    // "Hà Nội" over "23°C / 22-25°C": a weather widget names its city on a line of its own.
    if (wordCount(line.t) <= 4 && next < lines.length && isWeather(lines[next]!.t)) {
      decisions[i] = { drop: 'weather widget' };
      i++;
      continue;
    }
    // "![Mua nha truoc 30 tuoi o TP.HCM …](…)" over the same words: the image's alt text set again
    // as its caption, written without tones as a slug is (a stock photo's, another article's).
    const above = prevNonBlank(lines, i - 1);
    if (above > titleIndex && altRepeated(lines[above]!.t, line.t)) {
      decisions[i] = { drop: 'image alt text' };
      i++;
      continue;
    }
    const menuEnd = i < firstBody || i > lastBody ? menuRunEnd(lines, i) : i;
    if (menuEnd > i) {
      for (let j = i; j < menuEnd; j++) if (lines[j]!.t !== '') decisions[j] = { drop: 'menu' };
      i = menuEnd;
      continue;
    }
    const prev = prevNonBlank(lines, i - 1);
    // "Thanh Hoa" alone after the last paragraph, before the related box or the page's end: the
    // author's name, which a place's spelling can look like.
    if (
      i > lastBody &&
      isByline(line.t) &&
      (next >= lines.length || isSectionHeading(lines, next) || AFTER_BYLINE.test(lines[next]!.t))
    ) {
      decisions[i] = { drop: 'byline' };
      i++;
      continue;
    }
    // A lone subheading goes with its paragraph; a run of headlines, before the lead or between
    // paragraphs, are teasers of other articles.
    // "| Ngày 3/11, tỉnh A … |" between the headline and the lead, with no photo above it: a
    // teaser of another article laid out as a table row (a caption follows its image).
    if (
      i < firstBody &&
      PIPE_ROW.test(line.t) &&
      (prev <= titleIndex || !LEADING_IMAGE.test(lines[prev]!.t))
    ) {
      decisions[i] = { drop: 'teaser before the lead' };
      i++;
      continue;
    }
    // "Headline / its summary" twice or more between the headline and the first photo's caption:
    // other articles' boxes set inline above the lead (their summaries read like leads).
    const boxesEnd =
      i < firstBody && i > titleIndex
        ? digestItemBefore(lines, i, summaryBoxesEnd(lines, i, title), digestPage)
        : -1;
    if (boxesEnd > i) {
      for (; i < boxesEnd; i++)
        if (lines[i]!.t !== '') decisions[i] = { drop: 'teaser before the lead' };
      continue;
    }
    // "Headline of one article / Headline of another" between the headline and the lead: a strip
    // of related headlines.
    if (i < firstBody && i > titleIndex && slashedHeadlines(line.t)) {
      decisions[i] = { drop: 'teaser before the lead' };
      i++;
      continue;
    }
    // "■ Cao Bằng phấn đấu tăng tỷ lệ …" between the headline and the lead: one bulleted headline
    // of another article.
    // (Not on a page that gathers stories, "Tin đối ngoại nổi bật trong tuần", where the bulleted
    // headline over a paragraph is its first item's.)
    if (
      i < firstBody &&
      i > titleIndex &&
      BULLET.test(line.t) &&
      isHeadlineLike(line.t) &&
      !digestItemAt(lines, i, digestPage)
    ) {
      decisions[i] = { drop: 'teaser before the lead' };
      i++;
      continue;
    }
    // "![]() Ngày 27/10, tại …, Phó Thủ tướng … đã tiếp Đoàn …" over a line of its own "|": a
    // card of another article (thumbnail, teaser, separator). A caption carries its credit.
    if (
      imageRow(line.t) &&
      !hasCreditWord(line.t) &&
      next < lines.length &&
      lines[next]!.t.trim() === '|'
    ) {
      decisions[i] = { drop: i < firstBody ? 'teaser before the lead' : 'teaser' };
      i++;
      continue;
    }
    // "![](…) Chiều 17/1, tại cửa khẩu …, Đoàn … đã đến thăm … |" twice or more between the
    // headline and the lead: thumbnails of other articles with their teasers, not captions.
    if (
      i < firstBody &&
      imageRow(line.t) &&
      ((next < lines.length && imageRow(lines[next]!.t)) ||
        (prev > titleIndex && imageRow(lines[prev]!.t)))
    ) {
      decisions[i] = { drop: 'teaser before the lead' };
      i++;
      continue;
    }
    // Between paragraphs, "![]() Ngày 17/8, tỉnh A tổ chức …" beside a thumbnail whose text is a
    // headline ("![]() Tỉnh B và C tăng cường hợp tác |"): a run of other articles' cards. A
    // caption of this article's photo carries its credit.
    if (
      i >= firstBody &&
      imageRow(line.t) &&
      !hasCreditWord(line.t) &&
      [prev, next].some((k) => k > titleIndex && k < lines.length && imageTeaser(lines[k]!.t))
    ) {
      decisions[i] = { drop: 'image teaser' };
      i++;
      continue;
    }
    // "Headline Headline" (a card's image alt and its title) and, on the very next line, the
    // card's summary: another article, whose events are not this one's.
    // (Not after another such card: cards set one under another without summaries, then the
    // article's own paragraph, which the box interrupted.)
    if (
      isDoubled(line.t) &&
      // (On a page that sets a blank line after each paragraph, the summary comes after one too;
      // a photo's alt text and caption, "… Ảnh: VGP … Ảnh: VGP", are this article's.)
      (next === i + 1 || (spaced && next === i + 2 && !hasCreditWord(line.t))) &&
      !(prev > titleIndex && isDoubled(lines[prev]!.t)) &&
      next < lines.length &&
      isBodyParagraph(lines[next]!.t) &&
      !similar(wordSet(line.t), titleWords)
    ) {
      decisions[i] = { drop: 'headline repeated twice' };
      decisions[next] = { drop: 'teaser under a repeated headline' };
      i = next + 1;
      continue;
    }
    // Before the lead, a headline followed by the page's chrome ("Theo dõi … trên Google News", the
    // date stamp) sits in the page header: another article's, not a subheading of this one.
    // (A photo's alt text printed above its identical caption is one line twice, not a group:
    // the group is what stands around the pair.)
    const twinBefore = prev >= 0 && lines[prev]!.t === line.t;
    const twinAfter = next < lines.length && lines[next]!.t === line.t;
    // (On a page that gathers stories, a bulleted headline over a paragraph is an item's own,
    // whatever headlines stand around it: "Chuỗi bài …" over "* ‹first item›" over its body.)
    const itemHead = digestItemAt(lines, i, digestPage);
    const grouped =
      !itemHead &&
      ([
        twinBefore ? prevNonBlank(lines, prev - 1) : prev,
        twinAfter ? nextNonBlank(lines, next + 1) : next,
      ].some(
        (k) =>
          teaserAt(lines, k, titleIndex) &&
          // (Within the body, a photo's alt text that repeats this article's own headline, no
          // other headline above it, is no other article's: the line under it, the body going on
          // after it, is its caption; not a bar of buttons or links, "Chia sẻ   In bài", "… | …".)
          !(
            i > firstBody &&
            !BAR_OF_LINKS.test(line.t) &&
            k < i &&
            next < lines.length &&
            isBodyParagraph(lines[next]!.t) &&
            repeatsTitle(lines[k]!.t, title, titleWords) &&
            !teaserAt(lines, prevNonBlank(lines, k - 1), titleIndex)
          ),
      ) ||
        (i < firstBody &&
          next < lines.length &&
          chromeReason(lines[next]!.t) !== null &&
          sharedWords(wordSet(line.t), titleWords) < 2));
    decisions[i] = decideLine(line, text, title, titleWords, seen, grouped, i < firstBody);
    i++;
  }
  const result = collect(text, lines, decisions, titleIndex);
  if (proper) {
    const parts = proper.cut.map(({ span, reason }) => ({
      span,
      reason,
      text: text.slice(...span),
    }));
    result.dropped.unshift(...parts);
    if (proper.site) result.site = proper.site;
  }
  return result;
}

function decideLine(
  line: Line,
  text: string,
  title: string,
  titleWords: Set<string>,
  seen: Set<string>,
  /** A headline-like line stands next to this one: a run of teasers of other articles. */
  grouped: boolean,
  beforeLead: boolean,
): Decision {
  const reason = chromeReason(line.t);
  if (reason) return { drop: reason };
  // "![](…) Text": the text beside an image is its caption, or the headline of another article
  // when it reads like one (a thumbnail in a list).
  const image = LEADING_IMAGE.exec(line.t);
  if (image && image[0].length < line.t.length) {
    const rest = lineAfter(line, image[0].length);
    if (isTeaserLine(rest.t)) return { drop: 'image teaser' };
    return decideLine(rest, text, title, titleWords, seen, grouped, beforeLead);
  }
  // "ban giao cong trinh truong hoc … lao ĐH Sư phạm giành giải …": a thumbnail's alt text (the
  // page's slug) and the headline it links to; a sentence after the slug is this article's caption.
  const slug = SLUG_START.exec(line.t);
  if (slug) {
    const rest = line.t.slice(slug[0].length).trimStart();
    if (rest.length === 0 || !BODY_END.includes(rest.charAt(rest.length - 1)))
      return { drop: 'image alt and related headline' };
    const caption = lineAfter(line, line.t.length - rest.length);
    return decideLine(caption, text, title, titleWords, seen, grouped, beforeLead);
  }
  // "‹headline› - ảnh 1 Lãnh đạo tỉnh A …": a photo's alt text (the headline and its number)
  // before its caption.
  const alt =
    title !== '' && line.t.startsWith(title) ? PHOTO_NUMBER.exec(line.t.slice(title.length)) : null;
  if (alt) {
    const caption = lineAfter(line, title.length + alt[0].length);
    if (caption.t !== '')
      return decideLine(caption, text, title, titleWords, seen, grouped, beforeLead);
  }
  const masthead = line.t.length <= 60 ? MASTHEAD.exec(foldLine(line.t)) : null;
  if (masthead && (beforeLead || masthead[1])) return { drop: 'masthead' };
  if (line.t.length <= 60 && OUTLET_CREDIT.test(foldLine(line.t))) return { drop: 'outlet credit' };
  // ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH THỪA THIÊN HUẾ" above the lead: the site's owner, shouted.)
  // ("CÔNG AN ĐÀ NẴNG ONLINE - Bản in": the same, on a page's print view.)
  const named = line.t.replace(PRINT_VIEW, '');
  if (
    beforeLead &&
    named.length <= 60 &&
    (SITE_LABEL.test(named) || shouted(named, 60) || ONLINE_TITLE.test(named))
  )
    return { drop: 'masthead' };
  if (isDoubled(line.t)) return { drop: 'headline repeated twice' };
  const key = foldLine(line.t);
  if (repeatsTitle(line.t, title, titleWords)) return { drop: 'repeats the title' };
  // ("Chiều 11/4, nằm trong chuyến thăm …, Bộ trưởng … đã đến chào xã giao …" cut short of its
  // stop, above the photo whose caption repeats the headline: the lead, dated as leads are.)
  if (
    isTeaserLine(line.t) &&
    (line.t.endsWith('|') || (grouped && wordCount(line.t) >= 6 && !datedLead(line.t)))
  )
    return { drop: beforeLead ? 'teaser before the lead' : 'teaser' };
  let start = line.start;
  let end = line.end;
  // "| caption |": a table-ish caption row; the caption text is the article.
  if (line.t.startsWith('|') || line.t.endsWith('|')) {
    while (start < end && /[|\s]/.test(text[start]!)) start++;
    while (end > start && /[|\s]/.test(text[end - 1]!)) end--;
  }
  const inner = start === line.start && end === line.end ? line.t : text.slice(start, end);
  const credit = creditTail(inner);
  if (credit > 0) end = start + credit;
  if (end <= start) return { drop: 'empty line markup' };
  // Most lines are kept whole: their fold is the one already made (no new slice to hash).
  const innerKey =
    start === line.start && end === line.end ? key : foldLine(text.slice(start, end));
  if (innerKey.length >= 20 && seen.has(innerKey)) return { drop: 'repeated line' };
  seen.add(innerKey);
  return { keep: [start, end] };
}

const PHOTO_NUMBER = /^\s*[-–]\s*ảnh\s+\d+\s+/iu;

// "Chiều 11/4, …", "Sáng ngày 5-3, …", "Ngày 12/8, …": a sentence that opens on its event's day.
const DATED_OPENING =
  /^(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:nay\s+)?(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/.-]\s*\d{1,2}\b/iu;
// Fewer words than this make a teaser's summary, not a lead.
const LEAD_WORDS = 20;

/** A long line that opens on its event's day: how leads are written, whatever their end. */
/** Whether `t` repeats, with no tone or Vietnamese letter, the alt text of the image on `image`. */
function altRepeated(image: string, t: string): boolean {
  if (!image.startsWith('![') || TONED.test(t)) return false;
  const m = IMAGE_ALT.exec(image);
  return m !== null && m[1]!.trim() === t && wordCount(t) >= ALT_WORDS;
}
const IMAGE_ALT = /^!\[([^\]]+)\]\([^)]*\)\s*$/u;
const TONED = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u;
// (A short alt, "Hà Nội", may be a caption's own words.)
const ALT_WORDS = 4;

function datedLead(t: string): boolean {
  return DATED_OPENING.test(t) && wordCount(t) >= LEAD_WORDS;
}

/** What is left of a line past its first `cut` characters. */
function lineAfter(line: Line, cut: number): Line {
  return { start: line.start + cut, end: line.end, t: line.t.slice(cut) };
}

/** Why a single line is page chrome, or null (asked of most lines several times: remembered). */
const chromeReason = memoised((t: string): string | null => {
  const f = trimRuns(foldLine(t), ':.!', false);
  if (PLAYER.test(t)) return 'player residue';
  if (IMAGE_MARKUP.test(t) || PIPES_ONLY.test(t)) return 'empty image markup';
  // (Inline links in the article's sentences are read as their words: text-markup.ts.)
  if (isLinksOnlyLine(t)) return 'links';
  if (CHROME.test(f) || FOLLOW.test(f) || COMMENTS.test(f)) return 'page chrome';
  if (isFooter(f) || outletAddress(f) || t.trimStart().startsWith('©')) return 'site footer';
  if (INLINE_RELATED.test(f)) return 'related headline';
  // ">> Phó Thủ tướng Campuchia thăm Việt Nam" between two paragraphs: a link to another article.
  if (POINTER.test(t) && isHeadlineLike(t.replace(POINTER, ''))) return 'related headline';
  // "[Tỉnh A đón nhận Huân chương Hữu nghị]" alone between two paragraphs: the same link, in
  // the square brackets some outlets put around it ("[Ảnh: …]" is a caption, kept).
  const bracketed = BRACKETED.exec(t.trim());
  if (bracketed && isHeadlineLike(bracketed[1]!)) return 'related headline';
  if (TAGS.test(f)) return 'tags';
  // ("[Ảnh] Lãnh đạo hai tỉnh ký kết hợp tác. Ảnh: Báo A": this article's photo, credited.)
  // ("[Ảnh] Cán bộ Biên phòng tỉnh A cấp phát thuốc cho người dân bản X, tỉnh B (Lào).": a
  // photo story's caption, a full sentence; a teaser is a headline.)
  if (MEDIA_TAG.test(t) && !CREDIT_AT_END.test(t) && !photoCaption(t)) return 'media teaser';
  if (SOURCE_LINK.test(t)) return 'source link';
  if (CREDIT_ONLY.test(t)) return 'photo credit';
  if (AUTHOR.test(t) || AUTHOR_OFFICE.test(t)) return 'byline';
  if (isStampLine(t) || gluedSourceDay(t) !== null) return 'date stamp';
  if (isWeather(t)) return 'weather widget';
  // Every rule below reads a line that no stop closes (most lines, paragraphs, are closed).
  if (endsWithOneOf(t, '.!?')) return null;
  // "Báo Gia Lai điện tử > Quốc phòng - An ninh": where the page sits in the site, short items.
  if (t.includes('>') || t.includes('»') || t.includes('›')) {
    const items = t.split(/\s+[>»›]\s+/);
    if (items.length >= 2 && items.every((x) => x !== '' && wordCount(x) <= CRUMB_WORDS))
      return 'breadcrumb';
  }
  // "Địa phương: Miền Bắc: Hà Nội - Hải Phòng - Hà Giang - … | Miền Trung: …": a site's menu of
  // places, many short items joined by dashes.
  if (t.includes(' - ')) {
    const items = t.split(/\s+[-–|·]\s+/);
    if (items.length >= MENU_MIN_DASHED && items.every((x) => wordCount(x) <= MENU_ITEM_WORDS))
      return 'menu';
  }
  // "Báo Thanh Hóa  Thời sự  Chính trị  Kinh tế  …": a menu scraped with its items apart by
  // runs of spaces.
  if (t.includes('  ')) {
    const items = t.trim().split(/\s{2,}/);
    if (items.length >= MENU_MIN_SPACED && items.every((x) => wordCount(x) <= CRUMB_WORDS))
      return 'menu';
  }
  // "Quốc hội thông qua …    Bí thư Tỉnh ủy tiếp xúc cử tri …    …": a ticker of headlines.
  if (t.includes('   ')) {
    const items = t.trim().split(/\s{3,}/);
    if (items.length >= TICKER_MIN && items.every((x) => isTeaserLine(x)))
      return 'related headline';
  }
  // Without a separator there is nothing to split (most lines).
  if (t.includes('|') || t.includes('·') || t.includes('•')) {
    const items = t.split(/\s+[|·•]\s+/);
    // "Địa phương hợp tác: Viêng Chăn (Lào) | Xay Nha Bu Ly (Lào) | Lào Cai - Vân Nam": three
    // short items are a menu too.
    if (items.length >= 4) return 'menu';
    if (items.length === 3 && items.every((x) => wordCount(x) <= MENU_ITEM_WORDS)) return 'menu';
    // "Báo Lạng Sơn điện tử | Thứ năm, 21/01/2021": the site's name beside the page's date.
    if (items.length === 2 && items[0]!.length <= 60 && MASTHEAD.exec(foldLine(items[0]!))?.[1])
      return 'masthead';
    // "Thứ Ba, 15/09/2020 · Theo dõi Báo Gia Lai trên Google News": the follow button beside the
    // page's date.
    if (items.length === 2 && items.some((x) => FOLLOW.test(foldLine(x)))) return 'page chrome';
    // "Thứ Hai, 09/02/2026 • Huế ngày nay Online": the page's date beside the site's name.
    if (
      items.length === 2 &&
      items.some((x) => isStampLine(x)) &&
      items.every((x) => wordCount(x) <= CRUMB_WORDS)
    )
      return 'masthead';
  }
  return null;
});

// The most words of an item of a breadcrumb ("Tin tức - Sự kiện").
const CRUMB_WORDS = 6;
// The fewest headlines of a ticker.
const TICKER_MIN = 3;
// The fewest items of a menu joined by dashes (a title may join a few: "Việt Nam - Lào - Campuchia").
const MENU_MIN_DASHED = 8;
// The fewest items of a menu set apart by runs of spaces.
const MENU_MIN_SPACED = 6;
// The most words of an item in a three-item menu ("Địa phương hợp tác: Viêng Chăn (Lào)").
const MENU_ITEM_WORDS = 7;

// A full stop inside a line, not the one of an abbreviation ("từ TP. Hồ Chí Minh đến …").
const INNER_FULL_STOP = /(?<!(?<!\p{L})(?:TP|Tp|TX|TT|TS|GS|PGS|ThS|P|Q))[.!?…]["”)]?\s/u;

// A place, then the agency or outlet in brackets, then a dash: "Viêng Chăn (TTXVN) –",
// "Phnôm Pênh (VOV) -", "Hà Nội (Chinhphu.vn) –".
const AGENCY_DATELINE =
  /^\p{Lu}[\p{L} .'-]{1,40}\s\((?:\p{Lu}[\p{Lu}\d/.&]{1,11}|[\p{L}\d.]{2,20}\.vn)\)\s*[-–—]\s/u;
// (Its bracket is the line's first, after at most 41 letters and a space: 83 code units, astral
// letters counted twice.)
const agencyDateline = gated(AGENCY_DATELINE, (t) => bracketWithin(t, 83));

/** Whether the first "(" of t stands within its first `units` code units. */
function bracketWithin(t: string, units: number): boolean {
  const k = t.indexOf('(');
  return k >= 0 && k <= units;
}

/**
 * A headline of another article: headline-like once its pipes are gone, and no caption (a photo
 * credit "Ảnh: …" or a closing full stop marks a caption of this article).
 */
const isTeaserLine = memoised((t: string): boolean => {
  const core = trimRuns(t, '|', true);
  // (The shape first: most lines are paragraphs, too long or closed by a stop, and every test
  // here is a pure condition of the answer, so their order changes none.)
  if (!isHeadlineLike(core) || wordCount(core) < 4) return false;
  if (INNER_FULL_STOP.test(core) || chromeReason(core) !== null) return false;
  // "Viêng Chăn (TTXVN) – …": a dateline opens the lead of this article, however it breaks.
  if (agencyDateline(core)) return false;
  // A truncated line ("… du lịch…") is a paragraph cut short, which the teaser-pair rule judges.
  if (endsAsTeaser(core)) return false;
  // "Ảnh: …", "(Ảnh tư liệu)": a caption of this article's photo.
  return !/(?:^|[\s(\-–—.])(?:anh|nguon|photo)\s*(?::|tu lieu\b)/.test(foldLine(core));
});

/** One past the last line of the run of bullet lines that starts at line i. */
function bulletRunEnd(lines: Line[], i: number): number {
  let j = i;
  while (j < lines.length && BULLET.test(lines[j]!.t)) j++;
  return j;
}

function countTeasers(lines: Line[], a: number, b: number): number {
  let n = 0;
  for (let j = a; j < b; j++) if (isTeaserLine(lines[j]!.t)) n++;
  return n;
}

/** Two or more headlines joined by " / " on one line. */
function slashedHeadlines(t: string): boolean {
  if (!t.includes(' / ')) return false;
  const parts = t.split(' / ');
  return parts.length >= 2 && parts.every((p) => isTeaserLine(p.trim()));
}

function isDoubled(t: string): boolean {
  if (t.length < 11 || t.length % 2 === 0) return false;
  const half = (t.length - 1) / 2;
  return (
    t[half] === ' ' && t.slice(0, half) === t.slice(half + 1) && isHeadlineLike(t.slice(0, half))
  );
}

// The largest word count any rule compares with (MAX_TEASER_WORDS): past it, counting on changes
// no answer, and a long paragraph is not read to its end.
const WORDS_CAP = Math.max(MAX_HEADLINE_WORDS, MAX_TEASER_WORDS) + 1;

/** Words of a line, up to WORDS_CAP (a line with more counts as WORDS_CAP). */
const wordCount = memoised((t: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length && n < WORDS_CAP; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
});

// Words every headline of the genre has: sharing them says nothing about the subject.
const COMMON_WORDS = new Set(['tinh', 'va', 'voi', 'cua', 'cho', 'tai', 'doan', 'tham', 'lao']);

/** Subject words two headlines share. */
function sharedWords(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w) && !COMMON_WORDS.has(w)) n++;
  return n;
}

function wordSet(t: string): Set<string> {
  return new Set(
    foldLine(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
}

// Items set apart by a bar or by runs of spaces: the page's buttons or links, never a caption.
const BAR_OF_LINKS = /\||\s{2}/;

/** A teaser-like line of some length at k, below the headline. */
function teaserAt(lines: Line[], k: number, titleIndex: number): boolean {
  return (
    k > titleIndex && k < lines.length && isTeaserLine(lines[k]!.t) && wordCount(lines[k]!.t) >= 6
  );
}

/** The article's own headline again, or with a word or two changed. */
function repeatsTitle(t: string, title: string, titleWords: Set<string>): boolean {
  return foldLine(t) === foldLine(title) || (isHeadlineLike(t) && similar(wordSet(t), titleWords));
}

/** Same headline with a word or two changed (photo alt text often shortens the title). */
function similar(a: Set<string>, b: Set<string>): boolean {
  if (a.size < 4 || b.size < 4) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common) >= 0.8;
}

/**
 * Where a run of boxes from line i to `end` meets a digest's first item: the boxes end there, the
 * item is the page's.
 */
function digestItemBefore(lines: Line[], i: number, end: number, digestPage: boolean): number {
  if (end <= i || !digestPage) return end;
  for (let k = i; k < end; k++) if (digestItemAt(lines, k, digestPage)) return k === i ? -1 : k;
  return end;
}

/** "* ‹headline›" at line k over a paragraph, on a page whose headline names a digest: an item. */
function digestItemAt(lines: Line[], k: number, digestPage: boolean): boolean {
  if (!digestPage || !BULLET.test(lines[k]!.t)) return false;
  const next = nextNonBlank(lines, k + 1);
  return next < lines.length && isBodyParagraph(lines[next]!.t);
}

/** A full sentence of some length: what a body paragraph looks like. */
function isBodyParagraph(t: string): boolean {
  return endsWithOneOf(t, BODY_END) && wordCount(t) >= 8;
}

// A paragraph that announces the list below it as the article's own.
const ANNOUNCES_LIST = /(?:^|[\s,])(?:sau đây là|dưới đây là|như sau)(?![\p{L}])[^]*[.:]$/iu;
/**
 * ANNOUNCES_LIST, run only on a line that ends as it must, on "." or ":", and whose fold has what
 * each of its phrases folds to ("sau đây là", "dưới đây là": "day la"; "như sau": "nhu "): the
 * pattern scans the whole line, and a fold of it is at hand (decideLine folds every line it keeps).
 */
const announcing = gated(ANNOUNCES_LIST, (t) => {
  if (!endsWithOneOf(t, '.:')) return false;
  const f = foldLine(t);
  return f.includes('day la') || f.includes('nhu ');
});

function announcesList(t: string): boolean {
  // "Ngày 5/3, hai tỉnh ký biên bản hợp tác gồm các nội dung:": a sentence that opens a list.
  return (t.endsWith(':') && wordCount(t) >= LIST_OPENER_WORDS) || announcing(t);
}
// Fewer words before a colon are a heading ("Tin liên quan:", "Xem thêm các tin cùng chuyên mục:").
const LIST_OPENER_WORDS = 10;

// List bullets scrapers leave before related headlines (">> ‹headline›" on older CMSs).
const BULLET = /^(?:[-–•*+›»·■▪►▶]\s+|(?:>>|»»|>)\s*)/;

function startsTitleish(t: string): boolean {
  // (The first character after the bullet, read in place: t.replace(BULLET, '')[0].)
  const ch = t[BULLET.exec(t)?.[0].length ?? 0] ?? '';
  if (ch === '') return false;
  if (/[\d"“'‘[«]/.test(ch)) return true;
  return ch !== ch.toLowerCase();
}

/** A short, capitalised line without closing sentence punctuation: a headline in a list. */
function isHeadlineLike(t: string): boolean {
  const n = wordCount(t);
  return (
    n >= 2 &&
    n <= MAX_HEADLINE_WORDS &&
    !endsWithOneOf(t, SENTENCE_END) &&
    startsTitleish(t) &&
    !t.startsWith('|')
  );
}

function isTeaser(t: string): boolean {
  return endsAsTeaser(t) && wordCount(t) <= MAX_TEASER_WORDS;
}

/** "![](…) Headline of another article |": an image with another article's headline beside it. */
function imageTeaser(t: string): boolean {
  const image = LEADING_IMAGE.exec(t);
  return image !== null && isTeaserLine(t.slice(image[0].length).trim());
}

/** An image with text beside it on one line ("![](…) text |"). */
function imageRow(t: string): boolean {
  const image = LEADING_IMAGE.exec(t);
  return image !== null && wordCount(t.slice(image[0].length)) >= 6;
}

// What a page prints under the author's name: a comment counter, share buttons, tags.
const AFTER_BYLINE = /^(?:bình luận|ý kiến|chia sẻ|tags?|từ khóa)(?:\s*\(\d+\))?\s*:?/iu;

/** A person's name on its own: two to four capitalised words, no punctuation, no "Theo …". */
function isByline(t: string): boolean {
  const words = t.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !/^(?:theo|nguồn)$/iu.test(words[0]!) &&
    // "Thanh Hoa", "ĐINH YẾN".
    words.every((w) => /^\p{Lu}(?:\p{Ll}*|\p{Lu}*)$/u.test(w))
  );
}

function isShortHeading(t: string): boolean {
  return wordCount(t) <= 6 && !/[.,;!?]/.test(t) && startsTitleish(t);
}

function nextNonBlank(lines: Line[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]!.t === '') j++;
  return j;
}

function prevNonBlank(lines: Line[], from: number): number {
  let j = from;
  while (j >= 0 && lines[j]!.t === '') j--;
  return j;
}

const LONGEST_HEADING = Math.max(...[...SECTION_HEADINGS].map((h) => h.length));

/** ASCII letters and digits in t: each folds to one letter of the key, which none removes. */
function asciiAlnums(t: string, max: number): number {
  let n = 0;
  for (let i = 0; i < t.length && n <= max; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) n++;
  }
  return n;
}

const isKnownHeading = memoised(
  (t: string): boolean =>
    // A body line has far more letters than any heading: no need to fold it.
    asciiAlnums(t, LONGEST_HEADING) <= LONGEST_HEADING &&
    SECTION_HEADINGS.has(
      foldLine(t)
        // ("1. Dòng sự kiện:": a box numbered as the first of its own items.)
        .replace(/^\d{1,2}[.)]\s+/, '')
        .replace(/[\s:.»>›-]+$/, '')
        .replace(/\s*[,;/]\s*/g, ' ')
        .trim(),
    ),
);

/**
 * A box heading: one of the usual words, or a short line without punctuation followed by at least
 * three headline-like lines of five words or more.
 */
function isSectionHeading(lines: Line[], i: number): boolean {
  const t = lines[i]!.t;
  if (isKnownHeading(t)) return true;
  if (!isShortHeading(t)) return false;
  let j = i;
  for (let count = 0; count < 3; count++) {
    j = nextNonBlank(lines, j + 1);
    if (j >= lines.length) return false;
    const u = lines[j]!.t;
    // Real headlines are long; three short items under a subheading are the article's own list.
    if (!isHeadlineLike(u) || wordCount(u) < 5 || chromeReason(u) !== null) return false;
  }
  return true;
}

/**
 * A headline followed by a truncated teaser paragraph ("… bắt đầu chuyến thăm ..."), when more
 * such pairs, a box heading, page chrome or the end of the page follow: body paragraphs also end
 * in "…" sometimes, but not in a row of headline/teaser pairs.
 */
function isTeaserPair(lines: Line[], i: number): boolean {
  let pairs = 0;
  let k = i;
  while (pairs < 2 && k < lines.length && pairAt(lines, k)) {
    pairs++;
    k = nextNonBlank(lines, nextNonBlank(lines, k + 1) + 1);
  }
  if (pairs === 0) return false;
  if (pairs >= 2 || k >= lines.length) return true;
  const after = lines[k]!.t;
  return isKnownHeading(after) || chromeReason(after) !== null || isDoubled(after);
}

function pairAt(lines: Line[], i: number): boolean {
  if (!isHeadlineLike(lines[i]!.t)) return false;
  const j = nextNonBlank(lines, i + 1);
  return j < lines.length && isTeaser(lines[j]!.t) && !isHeadlineLike(lines[j]!.t);
}

/**
 * Index of the photo caption ("… Ảnh: ‹credit›") after two or more headline + summary pairs that
 * start at `i`, else -1.
 */
function summaryBoxesEnd(lines: Line[], i: number, title: string): number {
  let pairs = 0;
  let k = i;
  // (Past a breadcrumb or section line above the first box.)
  const next = nextNonBlank(lines, k + 1);
  if (next < lines.length && isHeadlineLike(lines[next]!.t)) k = next;
  while (k < lines.length && isHeadlineLike(lines[k]!.t) && !PHOTO_CREDIT.test(lines[k]!.t)) {
    if (chromeReason(lines[k]!.t) !== null) return -1;
    // (The article's own headline again, over its sapo: its subheadings follow, not boxes.)
    if (lines[k]!.t === title) return -1;
    const j = nextNonBlank(lines, k + 1);
    const summary = j < lines.length ? lines[j]!.t : '';
    if (!isBodyParagraph(summary) || isHeadlineLike(summary) || isDoubled(summary)) return -1;
    // ("(QĐND) - Dọc tuyến biên giới …", "Biên phòng - Đã hơn 15 năm nay, …": the paper's own
    // tag opens this article's lead.)
    if (agencyLead(summary) || paperTagLead(summary)) return -1;
    pairs++;
    k = nextNonBlank(lines, j + 1);
  }
  return pairs >= 2 && k < lines.length && PHOTO_CREDIT.test(lines[k]!.t) ? k : -1;
}
const PHOTO_CREDIT = /(?:^|[\s.(])Ảnh\s*:\s*\S/u;
// (The credit closing the line: "… ký kết hợp tác. Ảnh: Báo A".)
const CREDIT_AT_END = /[\s.(](?:Ảnh|Photo)\s*:\s*[^.:]{1,60}\)?\s*$/u;
const AGENCY_LEAD = /^(?:[\p{Lu}][\p{L}.\s]{0,30})?\([^()]{2,30}\)\s*[-–—]\s/u;
// (Its bracket is the line's first, after at most 31 letters: 62 code units, astral ones counted
// twice.)
const agencyLead = gated(AGENCY_LEAD, (t) => bracketWithin(t, 62));
// (Unbracketed, the tag is a name of at most three words: "Biên phòng - ", "VOV.VN - ".)
const PAPER_TAG_LEAD = /^[\p{Lu}][\p{L}.&]*(?:\s[\p{L}.&]+){0,2}\s[-–—]\s/u;
const paperTagLead = gated(PAPER_TAG_LEAD, (t) => DASH.test(t));
const DASH = /\s[-–—]\s/u;

/** Lines that may appear inside a related box: headings, headlines, tags, chrome, teasers. */
function isBoxItem(t: string): boolean {
  return (
    isKnownHeading(t) ||
    isHeadlineLike(t) ||
    isTeaser(t) ||
    chromeReason(t) !== null ||
    isDoubled(t)
  );
}

/**
 * Index just past a related box starting at `i`. A full-sentence paragraph belongs to the box
 * only as the teaser of the headline before it, when the box goes on (or the page ends) after it.
 */
function sectionEnd(
  lines: Line[],
  i: number,
  title: string,
  beforeBody: boolean,
  spaced: boolean,
): number {
  let last = i;
  let j = nextNonBlank(lines, i + 1);
  // ("Dân tộc & Phát triển" (the site's name), its menu, then the headline again: the article
  // starts there, whatever the box's words looked like.)
  const titleKey = foldLine(title);
  // "Các tin khác:" then "- ‹a long headline (17/08/2012, tại quận A, tỉnh B)›": under a box's
  // own words, every bulleted line is an item, however long its headline.
  const named = isKnownHeading(lines[i]!.t);
  // (Under bulleted items above the lead, a sentence without a bullet is the article, not a
  // teaser.)
  let items = 0;
  let bulleted = true;
  // Headlines in a row just before, and paragraphs taken as a headline's summary so far.
  let bareHeadlines = isHeadlineLike(lines[i]!.t) ? 1 : 0;
  let summaries = 0;
  while (j < lines.length) {
    const t = lines[j]!.t;
    if (titleKey !== '' && foldLine(t) === titleKey) break;
    // (So, under a box's own words, is a paragraph after two or more bulleted items with no teaser:
    // "Tin liên quan:", "- ‹headline›", "- ‹headline›", then "Phát biểu tại buổi lễ, ông …".)
    const resumes =
      named && items >= 2 && isBodyParagraph(t) && !isBoxItem(t) && !SITE_WORDS.test(t);
    if (
      ((beforeBody && items > 0) || resumes) &&
      bulleted &&
      !BULLET.test(t) &&
      BODY_END.includes(t.charAt(t.length - 1))
    )
      break;
    // (Nor, after two bulleted items or more, an unbulleted line that the article's own text must
    // be: a photo's caption with its credit, "Tin liên quan:", "- ‹headline›", "- ‹headline›", then
    // "Lãnh đạo hai tỉnh hội đàm _ Ảnh: Báo A" (headlines carry no credit; but a credited gallery
    // item with the box's bullets going on below it is the box's); or a paragraph that trails off
    // ("… các tỉnh A, B, C...") when the body goes on below it (a teaser is set under its own
    // headline, and the box goes on after it).)
    if (
      named &&
      items >= 2 &&
      bulleted &&
      !BULLET.test(t) &&
      ((CREDIT_AT_END.test(t) && !BULLET.test(lines[nextNonBlank(lines, j + 1)]?.t ?? '')) ||
        bodyAfterDots(lines, j))
    )
      break;
    bulleted &&= BULLET.test(t);
    items++;
    const next = nextNonBlank(lines, j + 1);
    let inBox =
      isBoxItem(t) ||
      (named && BULLET.test(t) && wordCount(t) <= MAX_TEASER_WORDS && !t.endsWith('.'));
    // (Above the body, not after a run of bare headlines none of which had its summary: "… |",
    // "… |", "… |", then "- Nhân dịp …, chiều 23/1, đoàn … đã đến …" is the lead.)
    const lead = beforeBody && bareHeadlines >= 2 && summaries === 0;
    if (!inBox && wordCount(t) <= MAX_TEASER_WORDS && !lead) {
      const prev = lines[prevNonBlank(lines, j - 1)]!.t;
      // (A photo is no item of its own: the box goes on if what follows it does. "Đọc thêm:", two
      // headlines, the lead, then the lead's photo and its credited caption: the box has ended.)
      const after =
        next < lines.length && IMAGE_MARKUP.test(lines[next]!.t)
          ? nextNonBlank(lines, next + 1)
          : next;
      const continues =
        after >= lines.length ||
        (isBoxItem(lines[after]!.t) && !(after > next && CREDIT_AT_END.test(lines[after]!.t)));
      inBox = isHeadlineLike(prev) && continues;
      if (inBox) summaries++;
    }
    if (!inBox) break;
    bareHeadlines = isHeadlineLike(t) ? bareHeadlines + 1 : 0;
    last = j;
    j = next;
  }
  return named && spaced ? Math.max(last + 1, tightRunEnd(lines, i, titleKey)) : last + 1;
}

/** Line j trails off in "…" as a long paragraph, and a line that is no box item follows it. */
function bodyAfterDots(lines: Line[], j: number): boolean {
  const t = lines[j]!.t;
  if (!isTeaser(t) || wordCount(t) < 8 || isHeadlineLike(t)) return false;
  const after = nextNonBlank(lines, j + 1);
  return after < lines.length && !isBoxItem(lines[after]!.t);
}

/** Paragraphs of a page that spaces its own, for calling the page spaced. */
const SPACED_MIN = 3;

/**
 * "Tin liên quan", then two teasers of other stories set tight under it, then a blank line and
 * the lead, on a page that spaces its paragraphs: the lines tight under the heading are the box,
 * whatever their shape (full sentences with no headline above them). One line alone may be the
 * lead set tight; two or more are the box's.
 */
function tightRunEnd(lines: Line[], i: number, titleKey: string): number {
  let k = i + 1;
  while (k < lines.length && lines[k]!.t !== '' && foldLine(lines[k]!.t) !== titleKey) k++;
  return k - i - 1 >= 2 && lines[k]?.t === '' ? k : i + 1;
}

// A page's footer names its site ("Khỏe 365 - Chuyên trang của Báo điện tử … Tòa soạn: Hà Nội.").
const SITE_WORDS = /(?:Tòa soạn|Toà soạn|Báo điện tử|Chuyên trang|Bản quyền|Giấy phép)/u;

/** Three or more consecutive very short capitalised lines: a menu. */
function menuRunEnd(lines: Line[], i: number): number {
  let j = i;
  let count = 0;
  while (
    j < lines.length &&
    lines[j]!.t !== '' &&
    // A box heading after a byline or "Chia sẻ" opens its own list: the list must go with it.
    !(j > i && isKnownHeading(lines[j]!.t)) &&
    wordCount(lines[j]!.t) <= 4 &&
    !/[.,;:!?]/.test(lines[j]!.t) &&
    // ("• vtv Cần Thơ": a bulleted item of a menu, whatever its case.)
    (startsTitleish(lines[j]!.t) || BULLET.test(lines[j]!.t))
  ) {
    j++;
    count++;
  }
  return count >= 3 ? j : i;
}

function shorten(t: string, max: number): string {
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// (A long tail is a part of the headline that happens to open like an outlet's name.)
const OUTLET_MAX_WORDS = 12;
// A headline's own media tag: a bracketed one as on teasers, an agency's, or a label and a colon.
const TITLE_TAG = new RegExp(
  String.raw`^(?:${MEDIA_TAG.source.slice(1)}|\((?:ttxvn|vna)\)(?:\s*[-–]\s)?|(?:clip|video|tin ảnh|phóng sự ảnh|infographics?|emagazine|podcast)\s*:)\s*`,
  'iu',
);

interface HeadlineProper {
  headline: Line;
  cut: { span: Span; reason: string }[];
  site: string | null;
}

function headlineProper(line: Line): HeadlineProper | null {
  const tag = TITLE_TAG.exec(line.t)?.[0].length ?? 0;
  const tail = siteTail(line.t.slice(tag));
  const site = tail && tail.site.split(/\s+/).length <= OUTLET_MAX_WORDS ? tail : null;
  const end = site ? tag + site.headline : line.t.length;
  if ((tag === 0 && !site) || end === tag) return null;
  const headline = { start: line.start + tag, end: line.start + end, t: line.t.slice(tag, end) };
  const cut: HeadlineProper['cut'] = [];
  if (tag) cut.push({ span: [line.start, headline.start], reason: 'media tag' });
  if (site) cut.push({ span: [headline.end, line.end], reason: "outlet's name" });
  return { headline, cut, site: site?.site ?? null };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    let s = from;
    let e = to;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e, t: text.slice(s, e) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}

/** Turns per-line decisions into keep spans and merged dropped blocks (same reason, adjacent). */
function collect(
  text: string,
  lines: Line[],
  decisions: Decision[],
  titleIndex: number,
): CleanResult {
  const keep: Span[] = [];
  const dropped: DroppedBlock[] = [];
  let open: { span: Span; reason: string } | null = null;
  const close = () => {
    if (open)
      dropped.push({
        span: open.span,
        reason: open.reason,
        text: text.slice(open.span[0], open.span[1]),
      });
    open = null;
  };
  decisions.forEach((d, i) => {
    const line = lines[i]!;
    if ('blank' in d) return;
    if ('keep' in d) {
      close();
      keep.push(d.keep);
      // A trimmed credit or caption pipes are dropped parts of a kept line.
      if (d.keep[1] < line.end && /\S/.test(text.slice(d.keep[1], line.end).replace(/\|/g, ''))) {
        dropped.push({
          span: [d.keep[1], line.end],
          reason: 'photo credit',
          text: text.slice(d.keep[1], line.end),
        });
      }
      return;
    }
    if (open && open.reason === d.drop) open.span = [open.span[0], line.end];
    else {
      close();
      open = { span: [line.start, line.end], reason: d.drop };
    }
  });
  close();
  const title = titleIndex >= 0 ? lines[titleIndex]! : null;
  return {
    title: title ? title.t : '',
    titleSpan: title ? [title.start, title.end] : null,
    keep,
    dropped,
  };
}
