import { commaBefore, wordAt, type SentenceView } from './sentence-view.ts';

// The words of a signed document's name ("biên bản ghi nhớ hợp tác giai đoạn 2014 - 2019").
const DOCUMENT = new Set([
  'kết',
  'biên',
  'bản',
  'ghi',
  'nhớ',
  'thỏa',
  'thoả',
  'thuận',
  'hợp',
  'tác',
  'văn',
  'kiện',
  'giai',
  'đoạn',
]);
// How many words the document's name may take.
const DOCUMENT_WORDS = 14;

/**
 * "Lễ ký kết biên bản ghi nhớ hợp tác giai đoạn 2014-2019 giữa tỉnh A và tỉnh B …": the signing
 * at token `cue` ("ký"), then the document's name, then "giữa" and the parties. How many words
 * the name takes (not the parties' words, nor the venue's distance), or -1.
 */
export function signedDocumentWords(s: SentenceView, cue: number): number {
  if (wordAt(s, cue) !== 'ký' && wordAt(s, cue) !== 'kí') return -1;
  for (let k = cue + 1; k < Math.min(s.t1, cue + DOCUMENT_WORDS); k++) {
    if (commaBefore(s, k)) return -1;
    const w = wordAt(s, k);
    if (w === 'giữa') return k - cue - 1;
    if (!DOCUMENT.has(w) && !/^[\d–-]+$/.test(w)) return -1;
  }
  return -1;
}
