// "Trong các cuộc gặp với chính quyền hai tỉnh B1 và B2, Đại sứ X đã ghi nhận …", "Tại cuộc gặp
// với lãnh đạo tỉnh B, Phó Chủ tịch nước Lào nhấn mạnh …": talks with a province's own leaders or
// government, told as the event before the clause, are held in that province, and a subject of
// another country has travelled there. The annotated sets read every such sentence so; here it
// is read only where no other rule found the sentence's trip (most articles tell it elsewhere
// too, and it is those sentences that give it).
import type { Gazetteer } from '../gazetteer.ts';
import type { Mention } from './find-places.ts';
import { commaAfterList, commaFrom, wordAt, wordIn, type SentenceView } from './sentence-view.ts';
import type { TokenizedText } from './tokens.ts';
import { isPlanned } from './visit-cues.ts';
import { actorIn, local, national, type VisitFinding } from './visit-sides.ts';

/** The subject's trip to the provinces whose authorities the fronted talks were held with. */
export function metAuthoritiesVisits(
  tt: TokenizedText,
  s: SentenceView,
  gaz: Gazetteer,
): VisitFinding[] {
  if (!OPENERS.has(wordAt(s, s.t0)) || s.mentions.length === 0) return [];
  let k = s.t0 + 1;
  if (PLURAL.has(wordAt(s, k))) k++;
  if (!EVENTS.has(wordAt(s, k))) return [];
  const talk = k + 1;
  const w = talkEnd(s, talk);
  if (w < 0 || isPlanned(s, talk)) return [];
  // The hosts: the authorities the object opens on, with the provinces named up to the comma.
  const from = wordAt(s, w + 1) === 'đại' && wordAt(s, w + 2) === 'diện' ? w + 3 : w + 1;
  if (!AUTHORITIES.has(`${wordAt(s, from)} ${wordAt(s, from + 1)}`)) return [];
  const comma = commaAfterList(s, from);
  // (A delegation met, "… với đoàn công tác tỉnh B", is the guest, read by the other rules.)
  if (comma < 0 || wordIn(s, from, comma, 'đoàn')) return [];
  const hosts = s.mentions.filter((m) => m.firstToken > w && m.lastToken < comma);
  if (hosts.length === 0 || !oneCountry(hosts)) return [];
  const next = commaFrom(s, comma + 1);
  const end = Math.min(next < 0 ? s.t1 : next, comma + SUBJECT_REACH);
  // ("…, Đại sứ X sẽ trao …": talks still to come.)
  if (wordIn(s, comma, end, FUTURE)) return [];
  const country = hosts[0]!.entry.country;
  const subject =
    actorIn(tt, s, gaz, comma, end, () => false) ??
    // ("…, Đại sứ Nguyễn X đã …": an envoy named with no country is posted where the provinces
    // lie, so not theirs: a Vietnamese paper's own, where they are Lao or Cambodian.)
    (country !== 'VN' && envoyAt(s, comma) ? national(gaz, 'VN') : null);
  if (!subject || subject.entry.country === country) return [];
  return [{ from: subject, to: hosts.map(local), sentence: s }];
}

/** An envoy's title at token k, after a word of address ("ông", "Đại sứ", "Tổng Lãnh sự"). */
function envoyAt(s: SentenceView, k: number): boolean {
  const t = PERSON.has(wordAt(s, k)) ? k + 1 : k;
  if (wordAt(s, t) === 'đại' && wordAt(s, t + 1) === 'sứ') return true;
  return wordAt(s, t) === 'tổng' && wordAt(s, t + 1) === 'lãnh' && wordAt(s, t + 2) === 'sự';
}
const PERSON = new Set(['ông', 'bà', 'ngài']);

/** The token of "với" that ends the talks' words starting at k, or -1. */
function talkEnd(s: SentenceView, k: number): number {
  const one = wordAt(s, k);
  let w = TALKS.has(`${one} ${wordAt(s, k + 1)}`) ? k + 2 : one === 'gặp' ? k + 1 : -1;
  if (w < 0) return -1;
  if (wordAt(s, w) === 'riêng') w++;
  return wordAt(s, w) === 'với' ? w : -1;
}

const oneCountry = (ms: Mention[]) => ms.every((m) => m.entry.country === ms[0]!.entry.country);

const OPENERS = new Set(['tại', 'trong']);
const PLURAL = new Set(['các', 'những']);
const EVENTS = new Set(['buổi', 'cuộc']);
const TALKS = new Set(['làm việc', 'gặp gỡ', 'gặp mặt', 'hội đàm', 'hội kiến', 'tiếp xúc']);
// The province's own authorities ("lãnh đạo tỉnh B", "chính quyền hai tỉnh B1 và B2", "Bí thư,
// Tỉnh trưởng ba tỉnh …", "Ủy ban nhân dân tỉnh B"), as two words.
const AUTHORITIES = new Set([
  'lãnh đạo',
  'chính quyền',
  'bí thư',
  'tỉnh trưởng',
  'chủ tịch',
  'ủy ban',
  'uỷ ban',
  'đô trưởng',
]);
const FUTURE = new Set(['sẽ', 'sắp']);
// How far the subject after the comma may reach ("Phó Chủ tịch nước Lào Phankham nhấn mạnh").
const SUBJECT_REACH = 12;
