// A delegation named with the people who went along: "Đoàn X, đồng hành có đại diện Y, …, đã đến
// tỉnh B". The companions ride with the delegation; they do not say whose delegation it is.

/**
 * ", đồng hành có …", ", cùng đi có …", ", tháp tùng có …" after the delegation's name (lower-case
 * text; a comma must open it, so "đồng hành cùng tỉnh" as a verb is left alone).
 */
const COMPANION_CLAUSE = /,\s+(?:đồng hành|cùng đi|tháp tùng)(?:\s+(?:còn|với đoàn))?\s+có\s/u;

/**
 * The part of a subject phrase before its companion clause, or the whole phrase when it has none
 * ("đoàn trung ương ghpgvn, đồng hành có đại diện liên minh phật giáo lào" → "đoàn trung ương
 * ghpgvn").
 */
export function beforeCompanions(phrase: string): string {
  // Cheap gate: every companion clause holds " có ".
  if (!phrase.includes(' có ')) return phrase;
  const at = phrase.search(COMPANION_CLAUSE);
  return at > 0 ? phrase.slice(0, at) : phrase;
}
