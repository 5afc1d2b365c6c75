// The lunar New Year (Tết Nguyên đán) as a year clue: the year its sexagenary name gives ("Tết
// Nguyên đán Quý Mão" is 2023), for the days an article about it gives without a year. (The month
// of its greetings is not guessed: it falls in January or February, and annotators leave it null.)
import { toNfc } from '../normalize.ts';

const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = [
  'tý',
  'sửu',
  'dần',
  'mão',
  'thìn',
  'tỵ',
  'ngọ',
  'mùi',
  'thân',
  'dậu',
  'tuất',
  'hợi',
];
// Spellings the news also use for a branch.
const BRANCH_VARIANTS: Record<string, string> = { tí: 'tý', tị: 'tỵ', mẹo: 'mão' };

// "Tết Nguyên đán Giáp Thìn", "Xuân Ất Tỵ", "Tết Quý Mão": the festival named by its year.
const NAMED_YEAR =
  /(?<!\p{L})(?:tết|xuân)\s+(?:nguyên\s+đán\s+|cổ\s+truyền\s+)?(giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?!\p{L})/iu;

/** The Common Era year a sexagenary year name in the text stands for (1984 … 2043), or null. */
export function namedLunarYear(text: string): number | null {
  // (Run on a whole article: NFC only when it holds combining marks.)
  const m = NAMED_YEAR.exec(toNfc(text));
  if (!m) return null;
  const stem = STEMS.indexOf(m[1]!.toLowerCase());
  const raw = m[2]!.toLowerCase();
  const branch = BRANCHES.indexOf(BRANCH_VARIANTS[raw] ?? raw);
  // 1984 was Giáp Tý, the start of a cycle: the year whose stem and branch both match.
  for (let y = 1984; y < 2044; y++)
    if ((y - 1984) % 10 === stem && (y - 1984) % 12 === branch) return y;
  return null;
}
