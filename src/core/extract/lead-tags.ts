// A lead opens with the outlet's tag or the report's dateline before its first clause ("(Chinhphu.vn)
// - Đoàn …", "(QBĐT) - Đoàn …", "TTXVN - Đoàn …", "Hà Nội, 8/10 (TTXVN) - Đoàn …"): rules that read
// the sentence's first words read them past it, so a page's tag changes nothing.
import type { Mention } from './find-places.ts';
import { isDateline, nameNext, type SentenceView } from './sentence-view.ts';

/** The first token past a source tag or dateline opening the sentence, else t0. */
export function pastLeadTag(s: SentenceView): number {
  const head = s.tt.text.slice(s.span[0], s.span[0] + HEAD_CHARS);
  // (Most sentences hold no dash near their start: they pay nothing more.)
  if (!/[-–—]/u.test(head)) return s.t0;
  const tag = SOURCE_TAG.exec(head);
  if (tag) return tokenFrom(s, s.span[0] + tag[0].length);
  const m = s.mentions[0];
  if (!m || !isDateline(s, m)) return s.t0;
  const dash = /[-–—]\s/u.exec(s.tt.text.slice(m.span[1], m.span[1] + HEAD_CHARS));
  return dash ? tokenFrom(s, m.span[1] + dash.index + 1) : s.t0;
}

/** The first token of the sentence starting at or after offset `at`, else t0. */
function tokenFrom(s: SentenceView, at: number): number {
  let k = s.t0;
  while (k < s.t1 && s.tt.tokens[k]!.start < at) k++;
  return k < s.t1 ? k : s.t0;
}

// "(Chinhphu.vn) - ", "(QBĐT) - ", "(VTC News) - ", "TTXVN - ", "VOV.VN - ", "Baonghean.vn - ".
const SOURCE_TAG =
  /^(?:\(\p{Lu}[^()\n]{1,23}\)|\p{Lu}{2,}(?:\.\p{Lu}{2,})?|\p{L}+\.(?:vn|VN|com))\s*[-–—]\s*/u;
const HEAD_CHARS = 40;

/**
 * The mentions that only say where a report was filed ("HÀ NỘI (TTXVN) – …", "Viêng Chăn, 8/10
 * (TTXVN) - …", "Báo Hà Tĩnh - …"): no side of what "hai bên" later agree.
 */
export function datelineMentions(views: readonly SentenceView[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const s of views) {
    const m = s.mentions[0];
    // ("SƠN LA - HỦA PHĂN KÝ KẾT …", a capitals headline: a pair "A - B", not a dateline.)
    if (m && m.firstToken <= s.t0 + 1 && isDateline(s, m) && !nameNext(s, m)) out.add(m);
  }
  return out;
}
