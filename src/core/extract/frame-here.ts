// "Tuần Văn hóa … được tổ chức ở hai địa điểm là Phnom Penh và Siem Reap. Tại đây, đoàn Việt Nam
// đã …": "tại đây" points back to the places the sentence before held the event at; a national
// delegation or body the sentence names came to each of them.
import type { Gazetteer } from '../gazetteer.ts';
import { delegationCountry, nationalActorNear } from './actors.ts';
import type { Mention } from './find-places.ts';
import {
  commaBefore,
  DONE,
  phraseText,
  wordAt,
  wordIn,
  wordsAt,
  type SentenceView,
} from './sentence-view.ts';
import { futureIndex } from './visit-cues.ts';
import { local, type VisitContext, type VisitFinding } from './visit-sides.ts';

/** The visits "Tại đây, ‹national party› …" tells, given the mentions of the sentence before. */
export function visitsHere(
  s: SentenceView,
  before: () => readonly Mention[],
  ctx: VisitContext,
  gaz: Gazetteer,
): VisitFinding[] {
  if (s.mentions.length > 0 || !wordsAt(s, s.t0, ['tại', 'đây'])) return [];
  // ("Tại đây, Chính phủ, chính quyền … 3 tỉnh giáp biên thường xuyên tổ chức trồng cây …": what
  // is done there as a habit or a plan is no trip.)
  // ("Tại đây, đoàn Việt Nam đã làm việc … và thống nhất sẽ tăng cường hợp tác": the plan is the
  // outcome of what was done.)
  const f = futureIndex(s);
  if (f >= 0 && !wordIn(s, s.t0 + 2, f, DONE)) return [];
  const lower = phraseText(s.tt, s.t0 + 2, s.t1);
  const c = delegationCountry(lower) ?? nationalActorNear(lower);
  // (Not the province's delegation the article follows, called by its country: followedByCountry.)
  if (!c || (ctx.lastOrigin?.level === 'local' && ctx.lastOrigin.entry.country === c)) return [];
  const from = { entry: gaz.capital(c), level: 'national' as const };
  const out: VisitFinding[] = [];
  for (const m of before())
    if (m.entry.country !== c && !out.some((v) => v.to[0]!.entry === m.entry))
      out.push({ from, to: [{ entry: m.entry, level: 'local' }], sentence: s });
  return out;
}

/**
 * "Nằm trên địa bàn tỉnh B, X là một ấp nghèo. Việc đoàn y bác sĩ tỉnh A tìm đến nơi đây …": a
 * delegation of one place that came "here", to the places of the other country the sentence
 * before was about.
 */
export function visitsThere(s: SentenceView, before: () => readonly Mention[]): VisitFinding[] {
  const first = s.mentions[0];
  if (!first) return [];
  const party = first.entry;
  if (s.mentions.some((m) => m.entry !== party)) return [];
  const last = s.mentions[s.mentions.length - 1]!;
  let k = last.lastToken + 1;
  while (k + 1 < s.t1 && !(MOTION.has(wordAt(s, k)) && hereAt(s, k + 1))) k++;
  if (k + 1 >= s.t1 || k - last.lastToken > PARTY_REACH) return [];
  let d = first.firstToken - 1;
  while (d >= s.t0 && !PARTY_WORDS.has(wordAt(s, d))) d--;
  if (d < s.t0 || first.firstToken - d > PARTY_REACH) return [];
  for (let j = d; j < k; j++) if (NOT_YET.has(wordAt(s, j))) return [];
  const out: VisitFinding[] = [];
  for (const m of before())
    if (m.entry.country !== party.country && !out.some((v) => v.to[0]!.entry === m.entry))
      out.push({
        from: { entry: party, level: 'local' },
        to: [{ entry: m.entry, level: 'local' }],
        sentence: s,
      });
  return out;
}
const MOTION = new Set(['đến', 'tới', 'sang', 'về']);
const PARTY_WORDS = new Set(['đoàn', 'đội']);
// ("sẽ đến đây", "sắp sang đây": a trip to come.)
const NOT_YET = new Set(['sẽ', 'sắp']);
// How far the party's place may stand from its delegation word, and the motion from the place.
const PARTY_REACH = 12;

/** "đây", "nơi đây": the place just spoken of (not "đây là …", "gần đây"). */
function hereAt(s: SentenceView, k: number): boolean {
  const j = wordAt(s, k) === 'nơi' ? k + 1 : k;
  return wordAt(s, j) === 'đây' && wordAt(s, j + 1) !== 'là';
}

/**
 * "Từ sáng sớm, cụm bản X, huyện Y, tỉnh B (Lào) đã đông vui … Tại đây, Bộ đội Biên phòng tỉnh A
 * đã khánh thành …": a province's body that acted "here", at the places of another country the
 * last sentence naming places was about (up to HERE_REACH sentences back).
 */
export function localsHere(
  s: SentenceView,
  mentions: readonly Mention[],
  before: (at: number) => [number, number],
): VisitFinding[] {
  const party = s.mentions[0];
  if (!party || !wordsAt(s, s.t0, ['tại', 'đây']) || !commaBefore(s, s.t0 + 2)) return [];
  if (s.mentions.some((m) => m.entry !== party.entry) || party.prefix === null) return [];
  // The body's words, then the place, then "đã" / "vừa" and the deed: no verb before the place.
  if (party.firstToken - (s.t0 + 2) > PARTY_REACH || !DONE.has(wordAt(s, party.lastToken + 1)))
    return [];
  let at = s.span[0];
  for (let n = 0; n < HERE_REACH; n++) {
    const [start, end] = before(at);
    if (end <= 0) return [];
    const there = mentions.filter((m) => m.span[0] >= start && m.span[1] <= end);
    if (there.length > 0) {
      const out: VisitFinding[] = [];
      for (const m of there)
        if (
          m.entry.country !== party.entry.country &&
          addressed(s.tt.text, m) &&
          !out.some((v) => v.to[0]!.entry === m.entry)
        )
          out.push({ from: local(party), to: [local(m)], sentence: s });
      return out;
    }
    at = start;
  }
  return [];
}
/**
 * "…, huyện Y, tỉnh B", "tại tỉnh B", "ở B": a place named as where things are (not "đoàn đại
 * biểu tỉnh B đã đến thăm …", the home of a delegation that came).
 */
function addressed(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 24), m.span[0]);
  // ("… đến khu vực trạm y tế cụm bản X": a village the article placed in B is there too.)
  return ADDRESSED.test(before) || (m.ward === true && !/đoàn/iu.test(before));
}
const ADDRESSED = /(?:,|(?<![\p{L}])(?:tại|ở))\s*(?:(?:tỉnh|thành phố|thủ đô)\s+)?$/iu;

// ("… tỉnh A đã khánh thành", "… tỉnh A vừa trao"): a deed done, told right after the place.
// How many sentences back "đây" may point, over sentences naming no place.
const HERE_REACH = 3;
