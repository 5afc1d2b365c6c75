// "theo lời mời của đồng chí X, nguyên Bí thư Tỉnh ủy A, đoàn … đã sang thăm …": a retired
// official's old post names where he once served, not where he lives now or hosts a trip; the
// trip goes there only where the sentence names it as the destination.
import type { Mention } from './find-places.ts';
import { commaBefore, LOCATIVE, TOWARDS, wordAt, type SentenceView } from './sentence-view.ts';

// From "nguyên" to the place: the title between ("nguyên Phó Chủ tịch UBND tỉnh", "nguyên Ủy viên
// Trung ương Đảng, Bí thư Tỉnh ủy" stops at its comma).
const TITLE_REACH = 8;
const UPPER = /^\p{Lu}/u;

/** Whether m ends a former post's title ("nguyên Tỉnh trưởng tỉnh B"): no comma, no venue between. */
export function formerPost(s: SentenceView, m: Mention): boolean {
  const { text, tokens } = s.tt;
  for (let b = m.headToken - 1; b >= Math.max(s.t0, m.headToken - TITLE_REACH); b--) {
    const t = tokens[b]!;
    // (Lower case only, with a title after it: not "Tây Nguyên", nor a name "Nguyên".)
    if (text.slice(t.start, t.end) === 'nguyên' && UPPER.test(text.slice(tokens[b + 1]!.start)))
      return true;
    // ("nguyên Chủ tịch nước Lào X tại tỉnh B": the man's title ends before where he was met.)
    if (commaBefore(s, b) || LOCATIVE.has(wordAt(s, b)) || TOWARDS.has(wordAt(s, b))) return false;
  }
  return false;
}
