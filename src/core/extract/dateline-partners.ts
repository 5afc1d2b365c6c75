// "HUẾ - Chiều 9/12, đoàn … tỉnh A đã hội đàm với Ban Chỉ huy … thành phố Huế, thành phố Đà
// Nẵng và tỉnh Quảng Ngãi": talks with the bodies of several places, filed from one of them, were
// held there; the others' bodies came to it, and the guests went nowhere else.
import { openingDateline, wordAt, type SentenceView } from './sentence-view.ts';
import type { VisitFinding } from './visit-sides.ts';

/** The visits of `out` with their partners' places cut to the dateline's, where they hold it. */
export function metAtDateline(s: SentenceView, out: VisitFinding[]): VisitFinding[] {
  const d = openingDateline(s);
  if (!d) return out;
  const iso = d.entry.iso;
  return out.map((v) =>
    v.to.length > 1 && v.to.some((t) => t.entry.iso === iso) && partnersNamed(s, v, iso)
      ? { ...v, to: v.to.filter((t) => t.entry.iso === iso) }
      : v,
  );
}

/** Every place of v.to but the dateline's is named after "với" with no verb of motion between. */
function partnersNamed(s: SentenceView, v: VisitFinding, dateline: string): boolean {
  return v.to.every((t) => {
    if (t.entry.iso === dateline) return true;
    const m = s.mentions.find((x) => x.firstToken > s.t0 && x.entry.iso === t.entry.iso);
    if (!m) return false;
    for (let k = m.firstToken - 1; k > s.t0; k--) {
      const w = wordAt(s, k);
      if (w === 'với') return true;
      if (MOTION.has(w)) return false;
    }
    return false;
  });
}
const MOTION = new Set(['sang', 'đến', 'tới', 'thăm', 'về', 'lên']);
