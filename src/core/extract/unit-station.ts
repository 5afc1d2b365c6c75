// "… đã đến thăm Đại đội Biên phòng 213 của Quân đội nhân dân Lào. Đại đội Biên phòng 213 đóng quân
// tại bản X, huyện Y, tỉnh B …": a unit of a national force is visited where it is stationed,
// which the article may tell in another sentence.
import type { CountryCode } from '../types.ts';
import type { Mention } from './find-places.ts';

// A unit named before "của" in a visit's object ("chiến sĩ Đại đội Biên phòng 213 của Quân đội …").
const UNIT_OF =
  /(?:^|\s)((?:đại đội|tiểu đoàn|trung đoàn|lữ đoàn|sư đoàn|đồn|trạm|chốt)\s[^,;]*?)\s+của\s/iu;
const STATIONED = /^[^.;\n]{0,30}?(?:đóng quân|đóng|đứng chân)\s+(?:tại|ở|trên địa bàn)\s/u;
const SENTENCE_END = /[.;\n]/u;

/** The named unit of a force a visit's object speaks of, else null. */
export function unitOfForce(object: string): string | null {
  return UNIT_OF.exec(object)?.[1] ?? null;
}

/** The first place of `country` named where the article says the unit is stationed. */
export function unitStation(
  text: string,
  mentions: readonly Mention[],
  unit: string,
  country: CountryCode,
): Mention | null {
  const lower = text.toLowerCase();
  const name = unit.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    const after = at + name.length;
    if (!STATIONED.test(text.slice(after, after + 80))) continue;
    const stop = text.slice(after).search(SENTENCE_END);
    const end = stop < 0 ? text.length : after + stop;
    const m = mentions.find(
      (x) => x.span[0] >= after && x.span[1] <= end && x.entry.country === country,
    );
    if (m) return m;
  }
  return null;
}
