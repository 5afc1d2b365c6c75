// "Trong số 12 tỉnh thành viên, 9 tỉnh đã cử đoàn tới dự, gồm: A (Lào), B (Campuchia), … và chủ
// nhà C": the places listed after "gồm" sent the delegations; they are no destinations. Each came
// to the host the list names ("chủ nhà C"), else to the venue the lead set. So did the places
// before "cử đoàn tới dự" when nothing follows ("Các tỉnh A (Lào), B (Campuchia) đã cử đoàn tới
// dự.").
import type { GazetteerEntry } from '../types.ts';
import type { Cue } from './visit-cues.ts';
import { commaBefore, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { local, type VisitFinding } from './visit-sides.ts';

// From the trip word to "gồm": "tới dự, gồm", "sang tham dự, gồm".
const ATTEND_REACH = 4;

/** Token of "dự" in "‹cue› (tham) dự" right after the cue, or -1. */
function attendsAfter(s: SentenceView, cue: Cue): number {
  const k = wordAt(s, cue.end + 1) === 'tham' ? cue.end + 2 : cue.end + 1;
  return wordAt(s, k) === 'dự' ? k : -1;
}

/** Token of "gồm" closing "‹cue› (tham) dự (…), gồm" at the cue, or -1. */
function listOpens(s: SentenceView, cue: Cue): number {
  const k = attendsAfter(s, cue);
  if (k < 0) return -1;
  // (Its comma: "sang dự sự kiện gồm 40 thành viên" counts the delegation's members.)
  for (let j = k + 1; j < Math.min(s.t1, k + ATTEND_REACH); j++)
    if (wordAt(s, j) === 'gồm') return commaBefore(s, j) ? j : -1;
  return -1;
}

/**
 * Token of "cử" in "… đã cử đoàn ‹cue› (tham) dự." when no place follows the cue, or -1.
 */
function sendersBefore(s: SentenceView, cue: Cue): number {
  const d = wordAt(s, cue.start - 1) === 'đoàn' ? cue.start - 2 : -1;
  if (d < s.t0 || wordAt(s, d) !== 'cử' || attendsAfter(s, cue) < 0) return -1;
  return s.mentions.some((m) => m.firstToken > cue.end) ? -1 : d;
}

/**
 * The visits a list of senders after "gồm" tells, the host first found among them ("chủ nhà C")
 * or the lead's venue; null when the cue opens no such list (its reading is left to the rules).
 */
export function listedSenders(
  s: SentenceView,
  cue: Cue,
  venue: GazetteerEntry | null | undefined,
): VisitFinding[] | null {
  const g = listOpens(s, cue);
  const sender = g < 0 ? sendersBefore(s, cue) : -1;
  if (g < 0 && sender < 0) return null;
  const listed = s.mentions.filter((m) => (g < 0 ? m.lastToken < sender : m.firstToken > g));
  if (listed.length === 0) return null;
  const host = listed.find((m) => wordsAt(s, m.firstToken - 2, ['chủ', 'nhà']));
  const to = host?.entry ?? venue;
  if (!to) return [];
  // (A sender of the host's own country made no crossing.)
  const sent = listed.filter((m) => m !== host && m.entry.country !== to.country);
  return sent.map((m) => ({
    from: local(m),
    to: [host ? local(host) : { entry: to, level: 'local' as const }],
    sentence: s,
  }));
}
