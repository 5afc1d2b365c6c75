// "Triển khai Bản ghi nhớ hợp tác giữa Bộ Công an Việt Nam và Bộ Công an Lào, …": an agreement two
// national bodies signed, which the provinces named around it only carry out.
import { nationalBodyIndex } from './actors.ts';
import { foldedAt, wordAt, type SentenceView } from './sentence-view.ts';

const AGREEMENT = String.raw`(?<![\p{L}])(?:ghi nhớ|thỏa thuận|thoả thuận|hiệp định|biên bản)`;
const AGREEMENT_WORD = new RegExp(AGREEMENT, 'u');
const BOTH = 'hai ';
const AGREEMENT_BETWEEN = new RegExp(String.raw`${AGREEMENT}[^.;]{0,40}?\sgiữa\s`, 'gu');

/**
 * The first agreement a sentence names is between national bodies ("Bản ghi nhớ … giữa Bộ … và Bộ
 * …"), and so is every other it names "giữa" anyone ("… biên bản ghi nhớ, nhằm triển khai Hiệp định
 * … giữa Chính phủ hai nước" is the provinces' own).
 */
function signedByNationalBodies(lower: string): boolean {
  const first = AGREEMENT_WORD.exec(lower)?.index ?? -1;
  let firstBetween = false;
  let named = false;
  let sides = false;
  for (const m of lower.matchAll(AGREEMENT_BETWEEN)) {
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // ("Căn cứ các thỏa thuận … giữa hai bên, đặc biệt là … Hiệp định … giữa Chính phủ nước …":
    // the sides the sentence goes on to name.)
    const between = SIDES.test(after);
    sides ||= between;
    // ("… một thỏa thuận giữa hai chính phủ về …": both countries' bodies at once.)
    if (
      !between &&
      nationalBodyIndex(after.startsWith(BOTH) ? after.slice(BOTH.length) : after) !== 0
    )
      return false;
    if (!between) named = true;
    if (m.index === first) firstBetween = true;
  }
  // (A treaty's long name may part it from its "giữa Chính phủ …".)
  return firstBetween && (named || (sides && statesBetween(lower)));
}
const SIDES = /^hai bên(?![\p{L}])/u;
const BETWEEN = /\sgiữa\s/gu;

/** Whether some "giữa" of the sentence opens on a national body ("giữa Chính phủ nước …"). */
function statesBetween(lower: string): boolean {
  for (const m of lower.matchAll(BETWEEN))
    if (nationalBodyIndex(lower.slice(m.index + m[0].length, m.index + m[0].length + 60)) === 0)
      return true;
  return false;
}

/**
 * The same, read only where the sentence says "giữa" (most say no such thing): the lower-cased
 * sentence is asked for then alone.
 */
export function namesNationalAgreement(s: SentenceView, lower: () => string): boolean {
  for (let k = s.t0; k < s.t1; k++) {
    if (foldedAt(s, k) === 'giua' && wordAt(s, k) === 'giữa')
      return signedByNationalBodies(lower());
    // "… đúng với tinh thần Hiệp ước hữu nghị ngày 18/7/1977 Việt Nam và Lào đã ký kết": the
    // states' treaty, where no place is named.
    if (wordAt(s, k) === 'hiệp' && s.mentions.length === 0 && STATES_TREATY.test(lower()))
      return true;
    // "Hai Chính phủ còn ký hiệp định … hợp tác Việt Nam - Lào tại các tỉnh A và B": the states
    // signed; the provinces of one country it names are where the agreement applies, no side.
    if (wordAt(s, k) === 'hai' && oneCountry(s) && STATES_SIGNED.test(lower())) return true;
  }
  return false;
}

/**
 * "Bộ Công Thương Việt Nam và Bộ Công Thương Lào đã ký kết Biên bản ghi nhớ …" in an article about
 * two provinces: national bodies, named as the subject of the signing in a sentence that names no
 * place, signed it; the provinces the article follows did not.
 */
export function signedByNationalSides(s: SentenceView, lower: () => string): boolean {
  if (s.mentions.length > 0) return false;
  const verb = SIGNING_VERB.exec(lower());
  if (!verb) return false;
  const head = lower().slice(0, verb.index);
  const subject = head.slice(head.lastIndexOf(', ') + 1).trimStart();
  const and = subject.indexOf(' và ');
  return (
    and > 0 &&
    nationalBodyIndex(subject) === 0 &&
    nationalBodyIndex(subject.slice(and + ' và '.length)) === 0
  );
}
const SIGNING_VERB = /(?<![\p{L}])(?:(?:đã|vừa|cùng|chính thức)\s+)*(?:ký|kí)(?![\p{L}])/u;

function oneCountry(s: SentenceView): boolean {
  const c = s.mentions[0]?.entry.country;
  return c !== undefined && s.mentions.every((m) => m.entry.country === c);
}

const STATES_SIGNED =
  /(?<![\p{L}])hai (?:chính phủ|nhà nước) (?:(?:đã|còn|cũng|vừa|cùng) )*(?:ký|kí)(?![\p{L}])/u;
const STATES_TREATY =
  /(?<![\p{L}])hiệp (?:ước|định)[^.;]{0,60}?(?:việt nam (?:và|-|–) (?:lào|campuchia)|hai nước|hai nhà nước|hai chính phủ) (?:đã )?(?:ký|kí)(?![\p{L}])/u;
