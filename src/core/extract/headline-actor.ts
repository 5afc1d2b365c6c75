// A state leader or body named with its own country ("Phó Chủ tịch nước CHDCND Lào", "Phó Chủ tịch
// Quốc hội Lào"): the national actor an article follows when no place stands for the guest.
import type { Gazetteer } from '../gazetteer.ts';
import type { CountryCode } from '../types.ts';
import { countryWords, envoyFirst, nationalActorCountry, nationalBodyIndex } from './actors.ts';
import type { Mention } from './find-places.ts';
import { national, type Side } from './visit-sides.ts';

/**
 * The country of the first national body of a lower-cased NFC phrase, when a country word names it
 * before `end` (a Vietnamese leader named without his country, "Tổng Bí thư Tô Lâm …", is left to
 * other rules); null otherwise. Also the body's index.
 */
function namedStateActor(lower: string, end: number): { country: CountryCode; at: number } | null {
  const at = nationalBodyIndex(lower);
  if (at < 0) return null;
  const c = nationalActorCountry(lower);
  if (c === null) return null;
  const named = countryWords(lower).find((w) => w.country === c && w.index > at);
  return named !== undefined && named.index < end ? { country: c, at } : null;
}

/**
 * The national actor the headline opens on, placed at its capital ("Phó Chủ tịch nước CHDCND Lào
 * quan tâm tới quan hệ kết nghĩa A và B"): null unless the headline's first words are a national
 * body whose country is named before any place of the headline, and the headline names a place of
 * that country too: the one a guest with no name of its own would otherwise be taken from. (A
 * headline with no such place, "Chủ tịch Quốc hội Lào sẽ sang thăm Việt Nam", leaves the guest
 * unknown, as before.)
 */
export function headlineActor(
  title: string,
  titleStart: number,
  places: readonly Mention[],
  gaz: Gazetteer,
): Side | null {
  const lower = title.normalize('NFC').toLowerCase();
  const firstPlace = places.length > 0 ? places[0]!.span[0] - titleStart : lower.length;
  const actor = namedStateActor(lower, firstPlace);
  if (actor === null || actor.at !== 0) return null;
  return places.some((m) => m.entry.country === actor.country)
    ? national(gaz, actor.country)
    : null;
}

/**
 * A foreign state leader or body a sentence names with its country right after its title and no
 * place ("Đồng chí X, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội Lào tặng bức tranh kỷ niệm
 * cho A"): the guest a later "đón tiếp và làm việc với đoàn" means where the article names no
 * place of the guest's country. Not a delegation called by its country ("Phái đoàn Campuchia",
 * often the provinces'), nor an envoy at his post.
 */
export function sentenceActor(
  /** The sentence lower-cased in NFC, asked for only when its places leave a guest to find. */
  lowerSentence: () => string,
  places: readonly Mention[],
  gaz: Gazetteer,
): Side | null {
  if (places.some((m) => m.entry.country !== 'VN')) return null;
  const lower = lowerSentence();
  const at = nationalBodyIndex(lower);
  // (Not a body the sentence names after "theo", "với", "tiếp", "đón" …: "… theo đề nghị của Tổng
  // thư ký Thượng viện Campuchia" names who asked, not a guest; the article's "đoàn" stays its
  // own delegation. A possessive "của" does name the guests: "đêm diễn của Đoàn nghệ thuật …".)
  if (at < 0 || NOT_SUBJECT.test(lower.slice(0, at))) return null;
  // (Nor a giver or funder, "Quỹ học bổng do Thủ tướng Campuchia … trao tặng": "do" names the
  // guest only where he leads the delegation, "đoàn … do Phó Chủ tịch nước Lào dẫn đầu".)
  if (GIVEN_BY.test(lower.slice(0, at)) && !LEADS.test(lower.slice(at))) return null;
  // (Nor a former leader, "viếng nguyên Chủ tịch nước Lào …", nor one whose earlier deeds are told,
  // "Chủ tịch nước Lào … từng nhiều lần thăm Việt Nam": no guest of the day.)
  if (FORMER.test(lower.slice(0, at)) || EARLIER_DEEDS.test(lower)) return null;
  // (The country in the title's own words: "Phó Chủ tịch Quốc hội Lào", "Bộ trưởng Bộ Công an
  // nước CHDCND Lào"; no comma between.)
  const title = lower.slice(at, at + TITLE_REACH).split(',')[0]!;
  const actor = namedStateActor(lower, at + title.length);
  if (actor === null || actor.country === 'VN') return null;
  // ("Trung ương Hội hữu nghị Việt Nam - Campuchia cử chuyên gia …": a body named for two
  // countries' friendship belongs to neither by its name, even where a page glued the first.)
  if (FRIENDSHIP.test(title) || new Set(countryWords(title).map((w) => w.country)).size > 1)
    return null;
  return DELEGATION.test(title) || envoyFirst(lower) ? null : national(gaz, actor.country);
}
const TITLE_REACH = 48;
const NOT_SUBJECT = /(?:^|[\s,])(?:với|theo|cho|tiếp|gặp|đón|mời)(?=[\s,])/u;
const GIVEN_BY = /(?:^|[\s,])do\s+$/u;
const LEADS = /(?<![\p{L}])(?:dẫn đầu|làm trưởng đoàn)(?![\p{L}])/u;
const FRIENDSHIP = /(?<![\p{L}])hội hữu nghị/u;
const FORMER = /(?<![\p{L}])(?:nguyên|cố)\s+$/u;
const EARLIER_DEEDS = /(?<![\p{L}])(?:từng|trước đây|sinh thời|khi còn sống)(?![\p{L}])/u;
const DELEGATION = /^(?:phái\s+)?đoàn(?![\p{L}])/u;
