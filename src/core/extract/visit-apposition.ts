// A guest's trip told in an apposition after the guest: "… làm việc với ông X, Bộ trưởng Thanh
// tra Campuchia, hiện đang ở thăm Việt Nam", "… gặp đoàn tỉnh B, đang có chuyến thăm Hà Nội". The
// guest is the party named just before the comma, whatever the main clause's subject does.
import type { Gazetteer } from '../gazetteer.ts';
import type { Mention } from './find-places.ts';
import { commaBefore, countryNamedAt, wordAt, type SentenceView } from './sentence-view.ts';
import type { Cue } from './visit-cues.ts';
import { local, national, type Side, type VisitFinding } from './visit-sides.ts';

/** Words between "đang" and the cue: "đang ở thăm", "đang có chuyến thăm". */
const BETWEEN = new Set(['ở', 'có', 'chuyến']);
/** Words between the cue and its destination: "thăm chính thức", "thăm và làm việc tại tỉnh". */
const BEFORE_PLACE = new Set(
  'chính thức và làm việc tại ở cấp nhà nước tỉnh thành phố thủ đô'.split(' '),
);
/** The guest ends the phrase before the comma: "tỉnh B,", "tỉnh B (Lào),", "Thanh tra Campuchia,". */
const GUEST_REACH = 4;
const PLACE_REACH = 7;

/** Token index of "đang" (or "hiện đang") opening an apposition before the cue, else -1. */
function appositionStart(s: SentenceView, cue: Cue): number {
  let k = cue.start - 1;
  while (k > s.t0 && k >= cue.start - 3 && BETWEEN.has(wordAt(s, k))) k--;
  if (wordAt(s, k) !== 'đang') return -1;
  if (wordAt(s, k - 1) === 'hiện') k--;
  return k > s.t0 && commaBefore(s, k) ? k : -1;
}

/** The party that ends the phrase before token k: a place, else a country (its capital). */
function guestBefore(s: SentenceView, gaz: Gazetteer, k: number): Side | null {
  const lo = Math.max(s.t0, k - GUEST_REACH);
  let m: Mention | undefined;
  for (const x of s.mentions) if (x.lastToken < k && x.lastToken >= lo) m = x;
  if (m) return local(m);
  for (let j = k - 1; j >= lo; j--) {
    const c = countryNamedAt(s, j);
    if (c) return national(gaz, c);
  }
  return null;
}

/** The place or country the trip goes to, a few words after the cue. */
function placeAfter(s: SentenceView, gaz: Gazetteer, cue: Cue): Side | null {
  for (let j = cue.end + 1; j < Math.min(s.t1, cue.end + 1 + PLACE_REACH); j++) {
    const m = s.mentions.find((x) => x.firstToken === j);
    if (m) return local(m);
    const c = countryNamedAt(s, j);
    if (c) return national(gaz, c);
    if (!BEFORE_PLACE.has(wordAt(s, j))) return null;
  }
  return null;
}

/** The guest's trip of an apposition cue ("…, hiện đang ở thăm B"), or null. */
export function appositionVisit(s: SentenceView, gaz: Gazetteer, cue: Cue): VisitFinding | null {
  if (cue.kind !== 'forward') return null;
  const k = appositionStart(s, cue);
  if (k < 0) return null;
  const guest = guestBefore(s, gaz, k);
  const to = guest && placeAfter(s, gaz, cue);
  if (!guest || !to || to.entry.country === guest.entry.country) return null;
  return { from: guest, to: [to], sentence: s };
}

/** v goes the other way from the apposition's trip a: from a's destination to a's guest. */
export function reverses(v: VisitFinding, a: VisitFinding): boolean {
  const dest = a.to[0]!.entry.country;
  return (
    v.from.entry.country === dest && v.to.some((t) => t.entry.country === a.from.entry.country)
  );
}
