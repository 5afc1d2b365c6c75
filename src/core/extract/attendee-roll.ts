// A roll of titled people before the trip's verb, each named with their own province: "Ông X,
// Giám đốc Sở Ngoại vụ tỉnh A1; bà Y, Giám đốc Sở Ngoại vụ tỉnh A2 … đến tham dự buổi lễ".
import type { Mention } from './find-places.ts';
import { semicolonBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { commaBefore } from './visit-cues.ts';

/** Words that open one person's entry on a roll ("ông", "bà", "đồng chí", "ngài"). */
function personAt(s: SentenceView, k: number): boolean {
  const w = wordAt(s, k);
  return PERSON.has(w) || wordsAt(s, k, ['đồng', 'chí']);
}
const PERSON = new Set(['ông', 'bà', 'ngài']);

/** A break between two entries of a roll at token k: ", ", "; " or " và ". */
function entryBreak(s: SentenceView, k: number): number {
  if (commaBefore(s, k) || semicolonBefore(s, k)) return k;
  return wordAt(s, k) === 'và' ? k + 1 : -1;
}

/** Whether the entry holding mention m opens on a person ("Ông X - Giám đốc Sở … tỉnh A"). */
function personEntry(s: SentenceView, m: Mention): boolean {
  for (let k = m.firstToken - 1; k >= Math.max(s.t0, m.firstToken - ENTRY_REACH); k--) {
    if (personAt(s, k)) return k === s.t0 || entryBreak(s, k) === k || wordAt(s, k - 1) === 'và';
    if (semicolonBefore(s, k + 1)) return false;
  }
  return false;
}
// (A name and a title of a few words: "bà Y Ly Trang - Giám đốc Sở Ngoại vụ tỉnh".)
const ENTRY_REACH = 14;

/**
 * The provinces of the people listed after `first` on the same roll, up to token `end` (the trip's
 * verb): each entry opens on a person right after a break and names one province of the first's
 * country ("…; bà Y, Giám đốc Sở … tỉnh A2"). Not the hosts named after the verb.
 */
export function rolledHomes(s: SentenceView, first: Mention, end: number): Mention[] {
  if (!personEntry(s, first)) return [];
  const out: Mention[] = [];
  let prev = first;
  for (const x of s.mentions) {
    if (x.firstToken <= prev.lastToken) continue;
    if (x.lastToken >= end || x.entry.country !== first.entry.country || x.prefix === null) break;
    const open = entryBreak(s, prev.lastToken + 1);
    if (open < 0 || !personAt(s, open) || x.firstToken - open > ENTRY_REACH) break;
    out.push(x);
    prev = x;
  }
  return out;
}
