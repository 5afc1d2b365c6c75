// Sides of two countries organising an event together in a city of one of them: "Ngày 25-4, tại
// thành phố Kon Tum, tỉnh Kon Tum và tỉnh B (Lào) đã tổ chức Hội nghị tổng kết …", "tại thành phố
// Vinh, Tổ chuyên viên tỉnh A cùng Tổ chuyên viên các tỉnh B1, B2 (Lào) đã phối hợp tổ chức …",
// "Tỉnh A và tỉnh B (Campuchia) đã tổ chức hội nghị tại thành phố C …".
// The city's province is at home; every organiser of the other country came to it. (Where no
// city is named, "A và B phối hợp tổ chức …" stays a joint event: frame-venue.ts.)
import { organisersCity } from './frame-venue.ts';
import { hasWords, wordsAt, type SentenceView } from './sentence-view.ts';
import { isPlanned } from './visit-cues.ts';
import { local, onePerPlace, type VisitFinding } from './visit-sides.ts';

/** The visits of the organisers from the other country to the city's province, or []. */
export function coHostedVisits(s: SentenceView): VisitFinding[] {
  // ("… tổ chức hội nghị trực tuyến": each at its own end.)
  if (!hasWords(s, 'tổ', 'chức') || hasWords(s, 'trực', 'tuyến')) return [];
  const city = organisersCity(s);
  if (!city) return [];
  let verb = s.t0;
  while (verb + 1 < s.t1 && !wordsAt(s, verb, ['tổ', 'chức'])) verb++;
  if (verb + 1 >= s.t1 || isPlanned(s, verb)) return [];
  // (Between the city and the verb; before the verb when the city comes after it: "Tỉnh A và
  // tỉnh B (Lào) vừa phối hợp tổ chức … tại thành phố C". Not a place of an opening clause before
  // the city: "Giữa không khí … của tỉnh A, tại thành phố C, …".)
  const province = city.entry.parent ?? city.entry.id;
  const after = city.firstToken < verb ? city.lastToken : s.t0 - 1;
  const organisers = s.mentions.filter((m) => m.firstToken > after && m.lastToken < verb);
  const home = organisers.find((m) => m.entry.id === province);
  if (!home) return [];
  return onePerPlace(organisers.filter((m) => m.entry.country !== home.entry.country)).map((m) => ({
    from: local(m),
    to: [local(home)],
    sentence: s,
  }));
}
