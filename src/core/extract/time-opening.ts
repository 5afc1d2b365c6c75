// A sentence that opens on its time: "Chiều 7/6, lễ trao tặng quà … đã diễn ra …", "Sáng nay
// (12/5), lễ bàn giao …". The clause after the time's comma is where its subject starts.
import { commaBefore } from './visit-cues.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';
import { countOf } from './count-words.ts';

const DAY_PARTS = new Set(['sáng', 'chiều', 'trưa', 'tối', 'ngày', 'hôm', 'đêm']);

/**
 * The first token after a leading time clause ("Chiều 7/6,", "Ngày 12-3-2024,", "Sáng nay (5/9),")
 * that starts at token `from`, or `from` itself when none opens there.
 */
export function afterTimeOpening(s: SentenceView, from: number): number {
  if (!DAY_PARTS.has(wordAt(s, from))) return from;
  for (let k = from + 1; k < Math.min(s.t1, from + TIME_WORDS); k++)
    if (commaBefore(s, k)) return k;
  return from;
}
// "Sáng thứ Bảy ngày 12 - 3 - 2024 ,": the longest time clause read.
const TIME_WORDS = 10;

/**
 * The first token after a leading span of days or a recent time ("Từ ngày 10 đến 13/3,", "Trong
 * hai ngày 20 và 21/5,", "Mới đây,", "Vừa qua,") that starts at token `from`, or `from` itself.
 * ("Từ năm 2010 đến nay," is a history, no time of the clause after it.)
 */
export function afterTimeSpan(s: SentenceView, from: number): number {
  const w = wordAt(s, from);
  const next = wordAt(s, from + 1);
  const span =
    (w === 'từ' && next === 'ngày') ||
    (w === 'trong' && countOf(next) > 0 && wordAt(s, from + 2) === 'ngày') ||
    (RECENT.has(`${w} ${next}`) && commaBefore(s, from + 2));
  if (!span) return from;
  for (let k = from + 2; k < Math.min(s.t1, from + TIME_WORDS); k++)
    if (commaBefore(s, k)) return k;
  return from;
}
const RECENT = new Set(['mới đây', 'vừa qua', 'hôm qua', 'hôm nay', 'gần đây']);

// A site's name as the agency tag: "VOV.VN - ", "Baoquocte.vn – " (no brackets).
const SITE_TAG = /^\s*[\p{L}\d]+(?:\.[\p{L}\d]+)*\.(?:vn|VN|Vn)\s*[-–—]\s/u;

/** The first token past a site's name opening the sentence as its tag ("VOV.VN - …"), or -1. */
export function afterSiteTag(s: SentenceView): number {
  const { text, tokens } = s.tt;
  const start = tokens[s.t0]?.start;
  // Cheap gate: the tag's dot right after the sentence's first word.
  if (start === undefined || text[tokens[s.t0]!.end] !== '.') return -1;
  const tag = SITE_TAG.exec(text.slice(start, start + SITE_TAG_CHARS));
  if (!tag) return -1;
  const past = start + tag[0].length;
  let k = s.t0;
  while (k < s.t1 && tokens[k]!.start < past) k++;
  return k < s.t1 ? k : -1;
}
// "Baoquocte.vn - ": the longest site name read.
const SITE_TAG_CHARS = 40;
