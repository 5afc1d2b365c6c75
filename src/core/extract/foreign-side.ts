// Every link joins places of two countries (GUIDE.md: a trip inside Vietnam by a Vietnamese group
// is no link), and the rules only learn of a Lao or Cambodian side from a place of theirs (a
// province, a city, a district, a ward), a word for the country or its state ("Lào", "Campuchia",
// "Hoàng gia", "Samdech", "ba nước" for the three of the Development Triangle), or a leader they
// know by name. An article with none of these — most of a newspaper's archive — can hold no link,
// and its places are all it gives: the link rules, three quarters of the step's time, need not
// read it.
import { modernTones } from '../normalize.ts';
import type { Mention } from './find-places.ts';
import { leaderCountry } from './foreign-leaders.ts';

// Wider than the rules' own country words on purpose ("Thượng Lào", "dân tộc Khmer" open the gate
// too): a word read here for nothing costs one full reading, a word missed costs a link.
const FOREIGN_WORD =
  /(?<![\p{L}])(?:lào(?![ \t]+cai)|c[aă]m[ \t-]*pu[ \t-]*chia|khmer|hoàng gia|samdech|(?:ba|3)[ \t]+nước)(?![\p{L}])/u;

/** Whether the article may name a Lao or Cambodian side: a place of theirs, their country, a leader. */
export function mayNameForeignSide(mentions: readonly Mention[], text: string): boolean {
  if (mentions.some((m) => m.entry.country !== 'VN')) return true;
  const lower = modernTones(text.normalize('NFC').toLowerCase());
  return FOREIGN_WORD.test(lower) || leaderCountry(lower) !== null;
}
