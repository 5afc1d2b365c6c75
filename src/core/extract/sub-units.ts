// Districts, towns and villages are no places of ours, but a meeting "tại huyện Lộc Ninh" happened
// in a province all the same. The gazetteer does not know them; the article often does: once it
// writes "huyện Lộc Ninh, tỉnh Bình Phước" (or "các huyện Lộc Ninh, Bù Đốp, tỉnh Bình Phước", or
// "huyện Lộc Ninh (Bình Phước)"), every other "huyện Lộc Ninh" of the article lies in Bình Phước.
// Those get a mention of the province, marked like a ward: it locates, it adds no place.
import type { GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import { isCapitalised, type TokenizedText } from './tokens.ts';

// Folded words that name a sub-unit before its name ("H. Lạ Màm": huyện, cut short).
const SUB_UNIT = new Set(['huyen', 'quan', 'xa', 'ban', 'cum', 'khom', 'h']);
const TWO_WORD_SUB_UNIT = new Set(['thi xa', 'thi tran']);
const MAX_NAME_TOKENS = 4;
const COUNTRY_END = /(?:^| )(?:viet nam|lao|campuchia)$/;

/** Length of the sub-unit word at token k (0 when there is none). */
function subUnitAt(tt: TokenizedText, k: number): number {
  const f = tt.tokens[k]?.f;
  if (f === undefined) return 0;
  // (Read for every token of an article: no string is built unless "thi" opens the pair.)
  if (
    f === 'thi' &&
    k + 1 < tt.tokens.length &&
    TWO_WORD_SUB_UNIT.has(`thi ${tt.tokens[k + 1]!.f}`)
  )
    return 2;
  return SUB_UNIT.has(f) ? 1 : 0;
}

const gap = (tt: TokenizedText, a: number) =>
  tt.text.slice(tt.tokens[a]!.end, tt.tokens[a + 1]!.start);

/** Capitalised tokens from k joined by spaces only: a name, as [first, last], or null. */
function nameAt(tt: TokenizedText, k: number): [number, number] | null {
  const { tokens, text } = tt;
  if (k >= tokens.length || !isCapitalised(text, tokens[k]!)) return null;
  let j = k;
  while (
    j + 1 < tokens.length &&
    j - k + 1 < MAX_NAME_TOKENS &&
    /^[ \t\u00a0-]+$/.test(gap(tt, j)) &&
    isCapitalised(text, tokens[j + 1]!)
  )
    j++;
  return [k, j];
}

const keyOf = (tt: TokenizedText, [a, b]: [number, number]) =>
  tt.tokens
    .slice(a, b + 1)
    .map((t) => t.f)
    .join(' ');

/**
 * Names of sub-units the article itself places in a province ("huyện X, tỉnh B", "các huyện X,
 * Y, tỉnh B", "huyện X (B)"), folded, with the province's mention.
 */
function learn(tt: TokenizedText, mentions: readonly Mention[]): Map<string, Mention | null> {
  const learned = new Map<string, Mention | null>();
  const { tokens, text } = tt;
  for (const m of mentions) {
    if (m.ward || m.headToken < 2 || !/^\s*[,(]\s*$/.test(gap(tt, m.headToken - 1))) continue;
    // Back from the province over the names of the list it closes ("Lộc Ninh, Bù Đốp, tỉnh B").
    const names: [number, number][] = [];
    let end = m.headToken - 1;
    while (end >= 1 && isCapitalised(text, tokens[end]!)) {
      const start = nameStart(tt, end);
      // ("thị trấn Lao Bảo, Hướng Hóa-Việt Nam và Bản Đen, Sê Pôn, Savannakhet": a country closes
      // another side's address.)
      if (COUNTRY_END.test(keyOf(tt, [start, end]))) break;
      names.push([start, end]);
      if (start < 1) break;
      const unit = unitWordBefore(tt, start);
      if (unit > 0) {
        for (const n of [...names, ...addressChain(tt, start - unit)])
          teach(learned, keyOf(tt, n), m);
        break;
      }
      // "Lộc Ninh, Bù Đốp", "Lộc Ninh và Bù Đốp": another name of the list before this one.
      // ("Vĩnh Xương (thị xã Tân Châu, An Giang) và Kaorm Samnor (tỉnh Kandal)": a bracket closed
      // before "và" ends another address.)
      if (/^\s*,\s*$/.test(gap(tt, start - 1))) end = start - 1;
      else if (tokens[start - 1]!.f === 'va' && start >= 2 && !gap(tt, start - 2).includes(')'))
        end = start - 2;
      else break;
    }
  }
  return learned;
}

/**
 * Learns that the sub-unit `key` lies where `m` is. ("Đoàn công tác huyện Mường La, tỉnh A" …
 * "tại huyện Mường La, tỉnh B": namesake districts on both sides of the border; the name alone
 * tells neither, so it is learned as no place.)
 */
function teach(learned: Map<string, Mention | null>, key: string, m: Mention): void {
  const had = learned.get(key);
  learned.set(key, had === undefined || had?.entry.country === m.entry.country ? m : null);
}

/** The first token of the capitalised name that ends at token `end` (joined by spaces, hyphens). */
function nameStart(tt: TokenizedText, end: number): number {
  const { tokens, text } = tt;
  let start = end;
  while (
    start > 0 &&
    end - start + 1 < MAX_NAME_TOKENS &&
    /^[ \t\u00a0-]+$/.test(gap(tt, start - 1)) &&
    isCapitalised(text, tokens[start - 1]!) &&
    // ("Huyện Quế Phong (A) …" opening a sentence: the unit word, capitalised, ends the name.)
    subUnitAt(tt, start - 1) === 0
  )
    start--;
  return start;
}

/** Length of the sub-unit word ("xã", "thị trấn") right before the name at `start`, or 0. */
function unitWordBefore(tt: TokenizedText, start: number): number {
  if (start >= 1 && subUnitAt(tt, start - 1) === 1) return 1;
  return start >= 2 && subUnitAt(tt, start - 2) === 2 ? 2 : 0;
}

/**
 * "xã X, huyện Y, tỉnh B", "cụm bản X, huyện Y (B)": the units of an address before the one whose
 * sub-unit word stands at token u, each "‹unit word› ‹Name›," in turn; they lie in B too.
 */
function addressChain(tt: TokenizedText, u: number): [number, number][] {
  const out: [number, number][] = [];
  while (u >= 2 && /^\s*,\s*$/.test(gap(tt, u - 1)) && isCapitalised(tt.text, tt.tokens[u - 1]!)) {
    const a = nameStart(tt, u - 1);
    const unit = unitWordBefore(tt, a);
    if (unit === 0) break;
    out.push([a, u - 1]);
    u = a - unit;
  }
  return out;
}

/**
 * "Đoàn công tác huyện X", "tại huyện X": a district named for itself at token k, not the last
 * part of an address ("bản A, huyện X", "(xã A, huyện X)"), where the border table may place it.
 */
function ownDistrict(tt: TokenizedText, k: number): boolean {
  return TABLE_UNITS.has(tt.tokens[k]!.f) && k > 0 && !/[,(]\s*$/.test(gap(tt, k - 1));
}

/**
 * "tại thị trấn Lao Bảo, huyện Hướng Hóa, Tỉnh ủy … tỉnh A": an address that names no province
 * after its district (a unit word or an opening bracket would go on to one), where the table
 * places it.
 */
function addressEnds(tt: TokenizedText, last: number): boolean {
  const next = tt.tokens[last + 1];
  if (next === undefined) return false;
  // ("Lãnh đạo xã A, huyện X do ông … làm Trưởng đoàn": the sentence goes on in lower case.)
  if (/^[ \t\u00a0]+$/.test(gap(tt, last)))
    return !PROVINCE_UNIT.has(next.f) && !isCapitalised(tt.text, next);
  // ("tại Đồn Biên phòng X (huyện Y), …": a bracket closing on the district names no province.)
  if (/^\s*\)/.test(gap(tt, last))) return true;
  if (!/^\s*,\s*$/.test(gap(tt, last))) return false;
  // ("…, Tỉnh ủy, UBND tỉnh A": the hosts' bodies, not the address going on.)
  return !PROVINCE_UNIT.has(next.f) || tt.tokens[last + 2]?.f === 'uy';
}
const PROVINCE_UNIT = new Set(['tinh', 'thanh', 'tp', 'thu', 'huyen', 'quan', 'thi']);

// The unit words a district of the table is named with ("quận Daun Penh" of Phnom Penh).
const TABLE_UNITS = new Set(['huyen', 'quan']);

/** Mentions for the sub-units the article places in a province (see the file comment). */
export function subUnitMentions(
  tt: TokenizedText,
  mentions: readonly Mention[],
  kept: (token: number) => boolean,
  /** Districts known without the article's help (districts.ts), by folded name. */
  known: ReadonlyMap<string, GazetteerEntry> = new Map(),
): Mention[] {
  const learned = learn(tt, mentions);
  // (The border table is asked only of a text that names a district.)
  const folded = tt.folded.folded;
  const district = folded.includes('huyen ') || folded.includes('quan ');
  if (learned.size === 0 && (known.size === 0 || !district)) return [];
  // ("quận Mê Mốt, tỉnh A" then "quận Mêmốt": one district, its syllables run together.)
  const glued = new Map<string, Mention | null>();
  for (const [key, m] of learned) glued.set(key.replaceAll(' ', ''), m);
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.headToken; k <= m.lastToken; k++) covered.add(k);
  const out: Mention[] = [];
  // What the article says of the district first; the table only for "huyện / quận …".
  const entryOf = (key: string, table: boolean): GazetteerEntry | undefined => {
    const said = learned.get(key) ?? glued.get(key.replaceAll(' ', ''));
    return said === null ? undefined : (said?.entry ?? (table ? known.get(key) : undefined));
  };
  for (let k = 0; k < tt.tokens.length; k++) {
    const w = subUnitAt(tt, k);
    if (w === 0 || !kept(k)) continue;
    const name = nameAt(tt, k + w);
    if (!name || covered.has(name[0])) continue;
    // The longest learned name that starts here ("Lộc Ninh" in "Lộc Ninh Bình Phước" too).
    for (let b = name[1]; b >= name[0]; b--) {
      const table = ownDistrict(tt, k) || (TABLE_UNITS.has(tt.tokens[k]!.f) && addressEnds(tt, b));
      const entry = entryOf(keyOf(tt, [name[0], b]), table);
      if (!entry) continue;
      out.push(subUnit(tt, entry, name[0], b, k));
      k = b;
      // ("giữa hai huyện Quan Sơn - Viêng Xay", "lãnh đạo hai huyện Sông Mã và Mường Ét": the
      // second district of the pair, named without its unit word.)
      const second = counted(tt, name[0] - w) ? pairedDistrict(tt, b, name[1], entryOf) : null;
      if (second) {
        out.push(second);
        k = second.lastToken;
      }
      break;
    }
  }
  return out;
}

/** "hai huyện", "các huyện": the unit word at k is counted, so a pair or list of names follows. */
function counted(tt: TokenizedText, k: number): boolean {
  const before = tt.tokens[k - 1]?.f;
  return before === 'hai' || before === 'cac';
}

/** A located sub-unit: the name from token a to b, after its unit word at `head`. */
function subUnit(
  tt: TokenizedText,
  entry: GazetteerEntry,
  a: number,
  b: number,
  head: number,
): Mention {
  return {
    entry,
    span: [tt.tokens[a]!.start, tt.tokens[b]!.end],
    prefix: null,
    firstToken: a,
    lastToken: b,
    headToken: head,
    ward: true,
  };
}

/**
 * The district named after the one ending at b, dashed on within its name run (to `end`) or after
 * "và": the second of a counted pair, if the article or the border table knows it.
 */
function pairedDistrict(
  tt: TokenizedText,
  b: number,
  end: number,
  entryOf: (key: string, table: boolean) => GazetteerEntry | undefined,
): Mention | null {
  let run: [number, number] | null = null;
  if (end > b && /^\s*[-–]\s*$/.test(gap(tt, b))) run = [b + 1, end];
  else if (tt.tokens[b + 1]?.f === 'va' && /^[ \t\u00a0]+$/.test(gap(tt, b)))
    run = nameAt(tt, b + 2);
  if (!run) return null;
  for (let e = run[1]; e >= run[0]; e--) {
    const entry = entryOf(keyOf(tt, [run[0], e]), true);
    if (entry) return subUnit(tt, entry, run[0], e, run[0]);
  }
  return null;
}
