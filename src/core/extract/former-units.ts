// "Phường Long An, nơi đặt trung tâm hành chính của tỉnh Tây Ninh sau sắp xếp, trước đây thuộc thành
// phố Tân An, tỉnh Long An (cũ)": a unit marked as former beside its successor says where a place
// used to lie; it is no side of what the article's signers agreed.
import type { Mention } from './find-places.ts';
import { OLD_MARK } from './lexicon.ts';

// "thành phố Tân An, tỉnh Long An (cũ)": an address whose last unit is the former one.
const ADDRESS_GAP = /^\s*,\s*(?:tỉnh|thành phố|tp\.?)?\s*$/iu;

/** Units marked "(cũ)" whose successor the article names too, with the address they end. */
export function formerUnits(text: string, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  mentions.forEach((m, i) => {
    const next = m.entry.successor?.id;
    if (next === undefined || !OLD_MARK.test(text.slice(m.span[1], m.span[1] + 8))) return;
    if (!mentions.some((x) => x.entry.id === next)) return;
    out.add(m);
    for (let j = i - 1; j >= 0; j--) {
      const x = mentions[j]!;
      if (!ADDRESS_GAP.test(text.slice(x.span[1], mentions[j + 1]!.span[0]))) break;
      out.add(x);
    }
  });
  return out;
}
