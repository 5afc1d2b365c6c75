// A tribute paid at a memorial ("dâng hương tại Đài tưởng niệm …", "đặt vòng hoa ở Nghĩa trang
// …"): whoever lays the flowers stands where the memorial is, so the words are a trip's cue to the
// place named after "tại / ở".
import { FoldedWords, LOCATIVE, wordAt, type SentenceView } from './sentence-view.ts';

// First words of a tribute, folded ("dâng", "đặt"): a token's bit is tested before its words.
export const TRIBUTE_START = new FoldedWords(new Set(['dang', 'dat']));
// Words a series of tributes may run through before its place ("dâng hương, dâng hoa và đặt vòng
// hoa tưởng niệm tại …").
const SERIES = new Set(['dâng', 'hương', 'hoa', 'đặt', 'vòng', 'và', 'tưởng', 'niệm', 'thắp']);
// How many words the series may run before "tại / ở".
const SERIES_REACH = 8;

/**
 * The tribute's words at token k ("dâng hương", "dâng hoa", "đặt vòng hoa", "đặt hoa"): their last
 * token, or -1.
 */
function tributeWords(s: SentenceView, k: number): number {
  const w = wordAt(s, k);
  const next = wordAt(s, k + 1);
  if (w === 'dâng') return next === 'hương' || next === 'hoa' ? k + 1 : -1;
  if (w !== 'đặt') return -1;
  if (next === 'hoa') return k + 1;
  return next === 'vòng' && wordAt(s, k + 2) === 'hoa' ? k + 2 : -1;
}

/**
 * "Đoàn đại biểu tỉnh A đã dâng hương tại Tượng đài … ở tỉnh B": a tribute at token k whose place
 * follows with "tại / ở"; the token before that word (the cue's last), or -1.
 */
export function tributeAt(s: SentenceView, k: number): number {
  if (!TRIBUTE_START.at(s, k)) return -1;
  const e = tributeWords(s, k);
  if (e < 0) return -1;
  for (let j = e + 1; j < Math.min(s.t1, e + 1 + SERIES_REACH); j++) {
    if (LOCATIVE.has(wordAt(s, j))) return placeNamed(s, j) ? j - 1 : -1;
    if (!SERIES.has(wordAt(s, j))) return -1;
  }
  return -1;
}

/**
 * Whether a place is named after the "tại / ở" at token at and the tribute is the clause's last act
 * ("dâng hoa tại Tượng đài Chiến thắng … và thăm Khu lưu niệm … tại B": the place read after the
 * cue would be the second act's, which its own cue reads).
 */
function placeNamed(s: SentenceView, at: number): boolean {
  for (let j = at + 1; j < s.t1; j++)
    if (wordAt(s, j) === 'và' && NEXT_ACTS.has(wordAt(s, j + 1))) return false;
  return s.mentions.some((m) => m.firstToken > at);
}
// Verbs of a second act joined by "và" after the memorial's name.
const NEXT_ACTS = new Set([
  'thăm',
  'làm',
  'tham',
  'dự',
  'gặp',
  'trao',
  'tặng',
  'tiếp',
  'chúc',
  'dâng',
  'đặt',
  'viếng',
]);
