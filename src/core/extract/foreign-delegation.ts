// "đoàn công tác thành phố Trương Gia Giới (tỉnh Hồ Nam, Trung Quốc) đã thăm tỉnh B1 và B2",
// "đoàn đại biểu tỉnh Hải Nam thăm …": a delegation of a place outside the three countries. Its
// home is named, so no place of theirs in the sentence (a host, another stop) is its home.
import { fold } from '../normalize.ts';
import { opensOnForeignPlace, THIRD_COUNTRIES } from './lexicon.ts';
import { phraseText, wordAt, type SentenceView } from './sentence-view.ts';

// "(Trung Quốc)", "(tỉnh Hồ Nam, Trung Quốc)" anywhere in the words: a name put in a third country.
const IN_THIRD_COUNTRY = new RegExp(
  String.raw`\((?:[^()]{0,40},\s*)?(?:${THIRD_COUNTRIES})\s*\)`,
  'iu',
);
// Folded: the unit words before a name of a third country's province or capital.
const UNIT = /(?:^|\s)(?:tinh|thanh pho|tp|thu do|khu tu tri|bang) ((?:\S+ ?){1,3})/gu;

/** Whether a delegation's words ("đoàn … tỉnh X (…)") name its home in a third country. */
export function foreignDelegation(phrase: string): boolean {
  if (IN_THIRD_COUNTRY.test(phrase)) return true;
  for (const m of fold(phrase).toLowerCase().matchAll(UNIT)) {
    const words = m[1]!
      .replace(/[^\p{L}\d ]/gu, ' ')
      .trim()
      .split(/\s+/u);
    if (opensOnForeignPlace(words)) return true;
  }
  return false;
}

/**
 * "Đoàn … thành phố X (…, Trung Quốc) đã thăm tỉnh B1 và tỉnh B2, ký bản ghi nhớ với từng địa
 * phương": a third country's delegation, before every place the sentence names, signs with each;
 * the places are its partners, not each other's.
 */
export function foreignSubject(s: SentenceView): boolean {
  const first = s.mentions[0];
  if (!first) return false;
  for (let k = s.t0; k < first.firstToken; k++)
    if (wordAt(s, k) === 'đoàn') return foreignDelegation(phraseText(s.tt, k, first.firstToken));
  return false;
}
