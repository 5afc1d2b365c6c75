// Lines typed in capitals ("ĐOÀN ĐẠI BIỂU TỈNH … THĂM …", a page's banner): there every word is
// capitalised, so capitals no longer tell a name from a phrase ("BIÊN GIỚI HÒA BÌNH" is peace,
// "TÌNH QUÂN DÂN" no province word and name), and the name rules must ask for more.

/** Letters a line needs before its case says anything. */
const MIN_LETTERS = 12;
/** Share of its letters a capitals line has in upper case. */
const UPPER_SHARE = 0.9;

/** Whether the line around offset `pos` of `text` is typed in capitals. */
export function inCapsLine(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos - 1) + 1;
  let to = text.indexOf('\n', pos);
  if (to < 0) to = text.length;
  let upper = 0;
  let lower = 0;
  for (let k = from; k < to; k++) {
    const c = text[k]!;
    const l = c.toLowerCase();
    if (l !== c) upper++;
    else if (c.toUpperCase() !== c) lower++;
  }
  return upper + lower >= MIN_LETTERS && upper >= UPPER_SHARE * (upper + lower);
}

// Names that are also common phrases, folded: "hòa bình" and "thái bình" (peace). In a capitals
// line they name a place only after a province word or before a country in brackets.
export const PHRASE_NAMES = new Set(['hoa binh', 'thai binh']);

// A country in brackets after a name, in any case ("(NƯỚC CHDCND LÀO)", "(Vương quốc Campuchia)").
const COUNTRY_TAG =
  /^\s*[(,]\s*(?:nước\s+)?(?:CHDCND\s+|Cộng hòa Dân chủ Nhân dân\s+|Vương quốc\s+)?(?:Lào|Campuchia|Cam-pu-chia)(?![\p{L}])/iu;

/** Whether the text after a name opens on the name's country in brackets. */
export const countryTagAfter = (after: string): boolean => COUNTRY_TAG.test(after);

// "THÁI BÌNH TIẾP ĐOÀN …", "ĐOÀN ĐẠI BIỂU HÒA BÌNH THĂM …": opening the line before a host's or a
// traveller's verb, or right after "ĐOÀN ĐẠI BIỂU / CÔNG TÁC", the name is the province.
const VERB_AFTER = /^\s*(?:TIẾP|THĂM|ĐÓN|HỘI ĐÀM|LÀM VIỆC|KÝ KẾT)(?!\p{L})/u;
const DELEGATION_BEFORE = /ĐOÀN\s+(?:ĐẠI BIỂU|CÔNG TÁC)\s+$/u;

/** Whether a phrase name at `start` in a capitals line is framed as a province by its line. */
export function provinceFrameInCaps(text: string, start: number, after: string): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return (before.trim() === '' && VERB_AFTER.test(after)) || DELEGATION_BEFORE.test(before);
}
