// "lần lượt làm việc với … thủ đô A vào ngày 26/5 và với … tỉnh B vào ngày 29/5": a sentence that
// gives each stop of a trip its own day dates each visit by it.
import type { GazetteerEntry } from '../types.ts';
import type { DateTrail } from './date-trail.ts';
import { eventDate } from './dates.ts';
import type { SentenceView } from './sentence-view.ts';

const STOP_DAY_REACH = 8;
const STOP_DAY = /^[^.;:]*?\bvào\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}/u;

/**
 * The day a sentence gives one of its stops ("với Tỉnh trưởng tỉnh B vào ngày 29/5"), when another
 * stop follows with a day of its own; else null.
 */
export function stopDay(s: SentenceView, e: GazetteerEntry, trail: DateTrail): string | null {
  const m = s.mentions.find((x) => x.entry === e);
  if (!m || s.mentions.filter((x) => x.entry !== e).length === 0) return null;
  const next = s.mentions.find((x) => x.firstToken > m.lastToken);
  const stop = Math.min(next ? next.firstToken : s.t1, m.lastToken + 1 + STOP_DAY_REACH, s.t1);
  if (stop <= m.lastToken + 1) return null;
  const tokens = s.tt.tokens;
  const after = s.tt.text.slice(tokens[m.lastToken]!.end, tokens[stop - 1]!.end);
  if (!STOP_DAY.test(after)) return null;
  const d = eventDate(after, trail.clues, false);
  return d?.length === 10 ? d : null;
}
