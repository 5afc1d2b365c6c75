// A cooperation with a stated multi-year term ("chương trình hợp tác giữa hai tỉnh giai đoạn
// 2008-2012", "thông qua các định hướng hợp tác cho giai đoạn 2017 - 2020"): a plan the two sides
// agreed for those years, an agreement made.
import { commaBefore, foldedAt, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';

// Words that may stand between "hợp tác" and "giai đoạn" ("cho", "giữa hai tỉnh", "của hai bên").
const TERM_GAP = new Set([
  'cho',
  'trong',
  'thực',
  'hiện',
  'giữa',
  'của',
  'hai',
  '2',
  'tỉnh',
  'địa',
  'phương',
  'bên',
]);
const TERM_GAP_REACH = 6;
const YEAR = /^(?:19|20)\d\d$/u;

/** Whether a cooperation with a term of years, agreed already, starts at token k. */
export function termCueAt(s: SentenceView, k: number): boolean {
  if (foldedAt(s, k) !== 'hop' || foldedAt(s, k + 1) !== 'tac' || wordAt(s, k) !== 'hợp')
    return false;
  let j = k + 2;
  while (j < s.t1 && j < k + 2 + TERM_GAP_REACH && TERM_GAP.has(wordAt(s, j))) j++;
  return (
    j + 2 < s.t1 && wordsAt(s, j, ['giai', 'đoạn']) && YEAR.test(wordAt(s, j + 2)) && !drafted(s, k)
  );
}

// ("đề nghị xây dựng kế hoạch hợp tác giai đoạn 2026 - 2030", "sẽ ký chương trình hợp tác giai
// đoạn …": a plan still to be drawn up or signed; "nhất trí đẩy mạnh hợp tác trong giai đoạn
// 2019 - 2023", "thúc đẩy hợp tác giai đoạn …", "đề xuất phương hướng hợp tác …": a wish or a
// proposal, no plan agreed; "góp ý kế hoạch hợp tác giai đoạn …": comments on a draft.)
const TO_COME: readonly string[][] = [
  ['xây', 'dựng'],
  ['sẽ'],
  ['dự', 'thảo'],
  ['chuẩn', 'bị'],
  ['tiến', 'tới'],
  ['hướng', 'tới'],
  ['nghiên', 'cứu'],
  ['đẩy', 'mạnh'],
  ['tăng', 'cường'],
  ['thúc', 'đẩy'],
  ['góp', 'ý'],
  ['đề', 'xuất'],
  ['mong', 'muốn'],
];
// How far before "hợp tác" the plan's verb stands ("xây dựng các định hướng hợp tác").
const VERB_REACH = 6;

function drafted(s: SentenceView, k: number): boolean {
  for (let b = k - 1; b >= Math.max(s.t0, k - VERB_REACH); b--) {
    if (TO_COME.some((ws) => wordsAt(s, b, ws))) return true;
    if (commaBefore(s, b)) return false;
  }
  return false;
}
