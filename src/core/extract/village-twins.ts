// Twinning below the provinces: villages, communes and village clusters of two border districts
// ("bản A làm lễ kết nghĩa với bản B", "ký văn bản kết nghĩa bản – bản", "Lễ kết nghĩa giữa cụm
// bản A và xã B"). Such a sentence names the two units, seldom their provinces: the provinces are
// the ones the article has named around it.

// The cue's head, checked on the lower-case sentence before the regex runs.
const HEAD = 'kết nghĩa';

// "kết nghĩa (với | giữa) bản / xã / cụm bản / thôn / khóm / ấp / phum …", "kết nghĩa cụm dân cư",
// "kết nghĩa bản – bản": the twins are local units, not provinces.
const LOCAL_TWINS =
  /(?<![\p{L}])kết nghĩa\s+(?:(?:giữa|với)\s+)?(?:cụm bản|cụm dân cư|bản|xã|thôn|khóm|ấp|phum)(?![\p{L}])/u;

// "sẽ kết nghĩa", "dự kiến tổ chức kết nghĩa", "đề nghị … kết nghĩa": a twinning still to come.
const TO_COME = /(?<![\p{L}])(?:sẽ|dự kiến|kế hoạch|đề nghị|đề xuất|tiến tới|chuẩn bị)(?![\p{L}])/u;

/** Whether the sentence (lower case, NFC) tells a twinning of villages or communes already made. */
export function twinsLocalUnits(lower: string): boolean {
  if (!lower.includes(HEAD)) return false;
  return LOCAL_TWINS.test(lower) && !TO_COME.test(lower);
}
