// National-level actors (party, state, government bodies and their leaders) and country words.
// The gold guide places a national actor at its country's capital, marked level "national".
import { bareTitleCountry, leaderBefore, leaderCountry } from './foreign-leaders.ts';
import type { CountryCode } from '../types.ts';
import { phrasesAt, phraseStarts } from './phrase-starts.ts';
import { THIRD_COUNTRIES, VIETNAMESE_FAMILY_NAMES } from './lexicon.ts';

/** Titles and bodies that act for a whole country (lower case, NFC). */
// The Vietnam Buddhist Sangha, as articles name it.
const SANGHA_BODIES = ['ghpgvn', 'giáo hội phật giáo việt nam'];
// The friendship societies, each named by its own country first.
const FRIENDSHIP_SOCIETIES = [
  'hội hữu nghị việt nam',
  'hội hữu nghị lào',
  'hội hữu nghị campuchia',
];

const COOPERATION_COMMITTEES = [
  'ủy ban hợp tác việt nam',
  'ủy ban hợp tác lào',
  'ủy ban hợp tác campuchia',
];

const NATIONAL_BODIES = [
  'tổng bí thư',
  'chủ tịch nước',
  'phó chủ tịch nước',
  'thủ tướng',
  'phó thủ tướng',
  'chủ tịch quốc hội',
  'phó chủ tịch quốc hội',
  'phó chủ tịch thường trực quốc hội',
  'quốc hội',
  // Cambodia's head of state ("Quốc vương Campuchia Norodom Sihamoni đến Hà Nội").
  'quốc vương',
  'nhà vua',
  // ("Chủ tịch QH Vương quốc Campuchia": the house's common abbreviation.)
  'qh',
  // Cambodia's two chambers ("Nghị viện Vương quốc Campuchia", "Thượng viện").
  'nghị viện',
  'thượng viện',
  'ban đối ngoại trung ương',
  'ban đối ngoại tw',
  // The Party's other central commissions ("Đoàn đại biểu Ủy ban Kiểm tra Trung ương"); a
  // province's own are "… Tỉnh ủy".
  'ủy ban kiểm tra trung ương',
  'uỷ ban kiểm tra trung ương',
  'ban tổ chức trung ương',
  'ban tuyên giáo trung ương',
  'ban tuyên giáo và dân vận trung ương',
  'ban dân vận trung ương',
  'ban nội chính trung ương',
  'ban kinh tế trung ương',
  'hội đồng lý luận trung ương',
  // The steering committees for the country ("Ban Chỉ đạo quốc gia về phát triển nông thôn … của
  // Lào"); a province's are "… tỉnh A".
  'ban chỉ đạo quốc gia',
  // The government's committees for three regions, seated in none of their provinces' names
  // ("Đoàn công tác Ban Chỉ đạo Tây Nam Bộ … đến thăm các tỉnh … của Campuchia"): annotators place
  // them at the capital, as a ministry.
  'ban chỉ đạo tây bắc',
  'ban chỉ đạo tây nguyên',
  'ban chỉ đạo tây nam bộ',
  'ban chấp hành trung ương',
  // "Đoàn đại biểu cấp cao Đảng và Nhà nước (Việt Nam) do … làm trưởng đoàn": the state's own.
  'đảng và nhà nước',
  'đảng, nhà nước',
  'ban bí thư',
  'bí thư trung ương',
  'ủy ban trung ương',
  'ubtư',
  'bộ chính trị',
  'bộ trưởng',
  'thứ trưởng',
  // Cambodia's secretaries of state ("Quốc Vụ khanh Bộ …") and an inspectorate's head.
  'quốc vụ khanh',
  'phó quốc vụ khanh',
  'tổng thanh tra',
  // The countries' border committees ("Chủ tịch Ủy ban biên giới Việt Nam", "Ủy ban Biên giới
  // quốc gia"): a province has none of its own.
  'ủy ban biên giới',
  'uỷ ban biên giới',
  // The supreme court and procuracy ("Văn phòng VKSND tối cao nước CHDCND Lào"); a province's are
  // "VKSND tỉnh A", "TAND tỉnh A".
  'vksnd tối cao',
  'viện kiểm sát nhân dân tối cao',
  'tand tối cao',
  'tòa án nhân dân tối cao',
  'toà án nhân dân tối cao',
  // (Cambodia's: "Tòa án Tối cao Vương quốc Campuchia", "cơ quan Tổng Chưởng lý".)
  'tòa án tối cao',
  'toà án tối cao',
  // (Or named by the country alone: "Viện Kiểm sát nhân dân nước CHDCND Lào", "VKSND Lào".)
  ...['viện kiểm sát nhân dân', 'vksnd', 'tòa án nhân dân', 'toà án nhân dân', 'tand'].flatMap(
    (b) => [`${b} lào`, `${b} campuchia`, `${b} việt nam`, `${b} nước`],
  ),
  'tổng chưởng lý',
  'bộ ngoại giao',
  'bộ quốc phòng',
  'bộ công an',
  // The army's own central commands ("Đoàn đại biểu Bộ Tư lệnh Bộ đội Biên phòng Việt Nam"): a
  // province's border guards are its "Bộ Chỉ huy Bộ đội Biên phòng tỉnh A".
  'bộ tư lệnh bộ đội biên phòng',
  'bộ tư lệnh bđbp',
  'bộ tư lệnh biên phòng',
  'bộ tổng tham mưu',
  'tổng cục chính trị',
  // The armies themselves ("Đoàn đại biểu Quân đội nhân dân Lào"; Cambodia's is "Hoàng gia").
  'quân đội nhân dân lào',
  'quân đội nhân dân việt nam',
  // (Written short too: "Tướng lĩnh Quân đội Việt Nam thăm tỉnh B".)
  'quân đội lào',
  'quân đội việt nam',
  'quân đội campuchia',
  // The navies ("Đoàn đại biểu Hải quân Nhân dân Việt Nam thăm tỉnh B"; a region's is "Vùng 5").
  'hải quân nhân dân việt nam',
  'hải quân việt nam',
  'hải quân hoàng gia campuchia',
  'hải quân campuchia',
  // The customs of a state ("đoàn đại biểu cấp cao Hải quan Lào"; a province's is "Cục Hải quan
  // tỉnh A").
  'tổng cục hải quan',
  'hải quan lào',
  'hải quan việt nam',
  'hải quan campuchia',
  // The coast guard, a force of the state's with no province of its own, its regions too ("Đoàn
  // công tác Bộ Tư lệnh Vùng Cảnh sát biển 4 … tại thành phố Sihanoukville").
  'cảnh sát biển việt nam',
  'bộ tư lệnh cảnh sát biển',
  'bộ tư lệnh vùng cảnh sát biển',
  'vùng cảnh sát biển',
  // The courts and procuracies at the top ("Tòa án nhân dân tối cao Việt Nam"; a province's own
  // is "Tòa án nhân dân tỉnh A").
  'tòa án nhân dân tối cao',
  'viện kiểm sát nhân dân tối cao',
  'chính phủ',
  'đảng ta',
  'nhà nước',
  'mặt trận tổ quốc',
  'mặt trận lào xây dựng đất nước',
  // (Also written with the country last: "Ủy ban Mặt trận Xây dựng đất nước Lào".)
  'mặt trận xây dựng đất nước',
  // Cambodia's ("Hội đồng Quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia").
  'mặt trận đoàn kết',
  'đảng nhân dân cách mạng',
  'đảng ndcm',
  'đảng cộng sản',
  // ("Đoàn đại biểu ĐCS Việt Nam", "… ĐCSVN": the party by its initials.)
  'đcs',
  'đcsvn',
  'đảng nhân dân campuchia',
  'tạp chí',
  'đoàn đại biểu cấp cao',
  // "Đoàn đại biểu Thanh niên Việt Nam" (a province's names its province: "… thanh niên tỉnh A").
  'đoàn đại biểu thanh niên',
  'liên hiệp các tổ chức hữu nghị',
  'hoàng gia',
  // "đoàn sĩ quan trẻ QĐHG Campuchia": the Royal Army, abbreviated.
  'qđhg',
  // Mass organisations at the national level name their country ("Hội LHPN Việt Nam"); their
  // provincial branches name their province ("Hội LHPN tỉnh A").
  ...[
    'hội lhpn',
    'hội liên hiệp phụ nữ',
    'hội nông dân',
    'hội cựu chiến binh',
    'hội chữ thập đỏ',
    'hội nhà báo',
    'hội nhà văn',
    'hội luật gia',
    // "Đoàn đại biểu cựu học sinh Lào tại Việt Nam": a group of the whole country, named by it.
    // (Not "đoàn cựu chiến binh Việt Nam": a headline's name for one province's veterans.)
    'cựu học sinh',
    'cựu lưu học sinh',
    // "Công đoàn Viên chức Việt Nam" (the civil servants' union); "Liên hiệp Công đoàn Lào".
    'công đoàn viên chức',
    'liên hiệp công đoàn',
  ].flatMap((b) => [`${b} việt nam`, `${b} lào`, `${b} campuchia`]),
  'tổng liên đoàn lao động việt nam',
  // "Liên hiệp các Liên đoàn Thanh niên Campuchia" (UYFC), the country's youth federation.
  'liên hiệp các liên đoàn thanh niên',
  // "Đoàn Việt Nam được đón tại …", "đoàn đại biểu Lào": a delegation named by its country alone
  // (one a province sent, called so later, is read before this: followedByCountry).
  // ("Đoàn nghệ thuật Campuchia", "đoàn nghệ sĩ Lào": a troupe named by its country; a province's
  // names its province: "Đoàn nghệ thuật tỉnh Kampot".)
  ...['đoàn', 'đoàn đại biểu', 'đoàn công tác', 'đoàn nghệ thuật', 'đoàn nghệ sĩ'].flatMap((d) => [
    `${d} việt nam`,
    `${d} lào`,
    `${d} campuchia`,
  ]),
  // Laos' police forces ("sĩ quan trẻ lực lượng An ninh, Cảnh sát Lào"; a province's own are
  // "Công an tỉnh B"). ("Bộ đội Biên phòng Việt Nam" is as often one province's border guards.)
  'cảnh sát lào',
  'công an lào',
  // ("một khối quân nhân Lào cũng đã diễu hành tại B": soldiers named by their country are its
  // army's; a province's are "bộ đội tỉnh A", "lực lượng vũ trang tỉnh A".)
  'quân nhân việt nam',
  'quân nhân lào',
  'quân nhân campuchia',
  // ("hơn 50 nghệ sĩ, diễn viên Campuchia đã biểu diễn tại …": artists named by their country.)
  ...['nghệ sĩ', 'diễn viên'].flatMap((d) => [`${d} việt nam`, `${d} lào`, `${d} campuchia`]),
  // "Đoàn Nghệ thuật Quốc gia Lào", "Thư viện Quốc gia Việt Nam": a body of the whole country.
  'quốc gia việt nam',
  'quốc gia lào',
  'quốc gia campuchia',
  // Laos' committee for the remains of Vietnamese volunteers ("Ủy ban Đặc biệt Lào"; the northern
  // provinces' own is "Ủy ban Đặc biệt 6 tỉnh Bắc Lào").
  'ủy ban đặc biệt lào',
  // The state broadcasters ("Phó Tổng Giám đốc Đài Truyền hình Việt Nam"; a province's own is
  // "Đài Phát thanh và Truyền hình tỉnh A").
  'đài truyền hình việt nam',
  'đài tiếng nói việt nam',
  // The partners' news agencies ("Tổng Giám đốc Thông tấn xã Pathet Lào"); Vietnam's own is left
  // out, its name a credit under most photos.
  'thông tấn xã pathet lào',
  'thông tấn xã campuchia',
  // The national theatres ("các nghệ sĩ của Nhà hát Kịch Việt Nam đã sang Pakse"); a province's
  // own names its province ("Nhà hát Ca múa nhạc tỉnh A").
  ...['kịch', 'chèo', 'tuồng', 'cải lương', 'múa rối', 'nhạc vũ kịch', 'ca múa nhạc'].map(
    (g) => `nhà hát ${g} việt nam`,
  ),
  // The army's own theatres ("Nhà hát Ca múa nhạc Quân đội", "Nhà hát Chèo Quân đội").
  ...['kịch', 'chèo', 'ca múa nhạc'].map((g) => `nhà hát ${g} quân đội`),
  // ("dẫn đầu đoàn công tác VOV": their delegations by the short names; not "(VOV) - …", an
  // agency's tag before any lead.)
  ...['đoàn', 'đoàn công tác', 'đoàn đại biểu'].flatMap((d) => [`${d} vov`, `${d} vtv`]),
  // "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam": the
  // academies are national only.
  'viện hàn lâm',
  // "Viện Nghiên cứu Chiến lược, Chính sách Công Thương": a ministry's research institute (a
  // province's own names its province: "Viện Nghiên cứu … tỉnh A").
  'viện nghiên cứu',
  // "Học viện Chính trị Quốc gia Hồ Chí Minh" (Vietnam's party school, named after no country).
  'học viện chính trị quốc gia',
  // The state's other academies and general departments ("đoàn công tác của Học viện Báo chí và
  // Tuyên truyền", "Tổng cục Thi hành án dân sự"): none has a province of its own.
  'học viện báo chí và tuyên truyền',
  'học viện quốc phòng',
  'học viện an ninh nhân dân',
  'học viện cảnh sát nhân dân',
  'học viện ngoại giao',
  'học viện hành chính quốc gia',
  'tổng cục thi hành án dân sự',
  'tổng cục hải quan',
  'tổng cục du lịch',
  'tổng cục thể dục thể thao',
  'tổng cục hậu cần',
  'tổng cục kỹ thuật',
  'tổng cục công nghiệp quốc phòng',
  // Any other, named with its country ("Tổng cục Cảnh sát phòng chống tội phạm Việt Nam"): a
  // province's departments are "Cục … tỉnh A" (see bodyStandsAt).
  'tổng cục',
  // "Hội Hữu nghị Việt Nam - Campuchia" (its provincial branches name their province after it),
  // and the partner's own ("Hội Hữu nghị Lào - Việt Nam", "Hội Hữu nghị Campuchia - Việt Nam").
  ...FRIENDSHIP_SOCIETIES,
  // The two governments' cooperation committees ("Ủy ban hợp tác Việt Nam - Lào", its partner
  // "Ủy ban hợp tác Lào - Việt Nam"), chaired by a minister: each speaks for the country it names
  // first.
  ...COOPERATION_COMMITTEES,
  'trung ương đoàn',
  'trung ương hội',
  // The Buddhist Sangha's central bodies ("Đoàn Trung ương GHPGVN", "Hội đồng Trị sự GHPGVN"; a
  // province's is "Ban Trị sự GHPG tỉnh A") and Laos' Buddhist Fellowship ("Liên minh Phật giáo
  // Lào"; a province's is "Liên minh Phật giáo tỉnh B").
  ...['trung ương', 't.ư', 'tư', 'tw'].flatMap((t) => [`${t} ghpgvn`, `${t} giáo hội`]),
  'hội đồng trị sự',
  // The Sangha itself ("Phái đoàn GHPGVN"); its provincial boards name their province after it
  // ("Ban Trị sự GHPGVN tỉnh A").
  ...SANGHA_BODIES,
  'liên minh phật giáo lào',
  // ("T.Ư Đoàn TNCS Hồ Chí Minh cùng T.Ư Đoàn TNNDCM Lào …": the usual short forms.)
  ...['t.ư', 'tư', 'tw'].flatMap((t) => [`${t} đoàn`, `${t} hội`]),
  // The Communist Youth Union itself, and Laos' People's Revolutionary Youth Union; their
  // provincial branches name their province after them.
  'đoàn thanh niên cộng sản hồ chí minh',
  'đoàn thanh niên nhân dân cách mạng lào',
  // "Đại sứ Lào tại Việt Nam … đến thăm tỉnh B": an embassy acts for its country (annotators place
  // it at its capital, like a ministry).
  'đại sứ quán',
  'đại sứ',
];

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const word = (alts: string) =>
  new RegExp(`${NOT_LETTER_BEFORE}(?:${alts})${NOT_LETTER_AFTER}`, 'gu');

// Cambodia's name as the rules read it, lower case ("Cămpuchia", "Căm-pu-chia": older spellings,
// still in some outlets).
export const KHMER_NAMES: readonly string[] = [
  'campuchia',
  'cam-pu-chia',
  'cămpuchia',
  'căm-pu-chia',
];
export const KHMER_ALT = KHMER_NAMES.join('|');
/** Any of the three countries' names, for a regex alternation (every spelling of Cambodia's). */
export const COUNTRY_ALT = `việt nam|lào|${KHMER_ALT}`;
const OWN_KHMER = '(?<!(?:dân tộc|đồng bào|người|nam tông|bà con|sư sãi|chữ|tiếng)\\s)';

/** A state's formal name before its country word ("nước CHDCND Lào", "Vương quốc Campuchia"). */
export const STATE_OF = String.raw`(?:nước\s+)?(?:(?:chdcnd|cộng hòa dân chủ nhân dân|vương quốc)\s+)?`;

const COUNTRY_RES: { re: RegExp; country: CountryCode }[] = [
  // ("Chiến thắng Thượng Lào 1953", "chiến dịch Hạ Lào": wartime regions, not the state.)
  { re: word('(?<!(?:thượng|hạ)\\s)lào(?!\\s+cai)'), country: 'LA' },
  // ("Thủ tướng Samdech Techo Hun Sen": the honorific is Cambodia's. "đồng bào dân tộc Khmer",
  // "Phật giáo Nam tông Khmer": Vietnam's own Khmer people, no word for Cambodia.)
  { re: word(`${KHMER_ALT}|${OWN_KHMER}khmer|hoàng gia|qđhg|samdech`), country: 'KH' },
  // ("người đang sang thăm VN": the headline abbreviation; not "baodanang.vn", "VN-Index".)
  { re: word('việt nam|đảng ta|nước ta|(?<![.@/])vn(?![.\\-/])'), country: 'VN' },
];

// COUNTRY_RES's patterns for Laos and Cambodia, tested once each (no /g, no lastIndex to keep).
const FOREIGN_COUNTRY_RES = COUNTRY_RES.filter((r) => r.country !== 'VN').map(
  (r) => new RegExp(r.re.source, r.re.flags.replace('g', '')),
);

/** Whether countryWords(lower) finds Laos or Cambodia, without collecting and sorting the hits. */
export function namesForeignCountry(lower: string): boolean {
  return FOREIGN_COUNTRY_RES.some((re) => re.test(lower));
}

export interface CountryHit {
  country: CountryCode;
  index: number;
}

/** Country words in a lower-cased NFC text, in order. */
export function countryWords(lower: string): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const { re, country } of COUNTRY_RES) {
    for (const m of lower.matchAll(re)) hits.push({ country, index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

// "Bộ Nông nghiệp …", "Bộ Văn hóa …": a ministry, unlike "bộ đội", "bộ tộc", "Bộ Chỉ huy Quân sự" ("Bộ CHQS").
// ("nội bộ", "toàn bộ", "đồng bộ", "sơ bộ", "tiến bộ", "một bộ …" are words, not ministries; a
// "câu lạc bộ" is a club.)
/** @internal (exported for the gate's test) */
export const MINISTRY =
  /(?<![\p{L}])(?<!(?:cán|nội|toàn|đồng|sơ|tiến|một|lạc)\s)bộ\s+(?!đội|tộc|chỉ\s+huy|chqs|cht|tư\s+lệnh|phận|máy|môn|đội|,|và|tỉnh|huyện|xã|ngành|tại|của|chính\s+trị)\p{L}/u;

// "Trung tâm Khuyến nông Quốc gia", "Viện … Quốc gia": a centre of the nation, named as such
// (a province's names its province; "… Quốc gia Campuchia" is read with its country).
/** @internal (exported for the gate's test) */
export const NATIONAL_CENTRE =
  /(?<![\p{L}])(?:trung tâm|viện|thư viện|bảo tàng|nhà hát)(?:\s+\p{L}+){1,4}?\s+quốc gia(?![\p{L}])/u;

// Bodies that provinces have their own branch of, named with the province after them.
const PROVINCIAL_TOO = new Set([
  'đoàn đại biểu cấp cao',
  // "Đoàn đại biểu Thanh niên Việt Nam" (a province's names its province: "… thanh niên tỉnh A").
  'đoàn đại biểu thanh niên',
  'đoàn thanh niên cộng sản hồ chí minh',
  'đoàn thanh niên nhân dân cách mạng lào',
  'liên hiệp các tổ chức hữu nghị',
  ...FRIENDSHIP_SOCIETIES,
  // "Chủ tịch Mặt trận Lào Xây dựng đất nước tỉnh Luông Nậm Thà", "Ủy ban Mặt trận Tổ quốc Việt
  // Nam thành phố", "… Việt Nam huyện" (a district's).
  'mặt trận lào xây dựng đất nước',
  'mặt trận xây dựng đất nước',
  'mặt trận tổ quốc',
  'viện nghiên cứu',
  // "Phó Trưởng Đoàn đại biểu Quốc hội TP. Hồ Chí Minh": a province's deputies.
  'quốc hội',
  ...SANGHA_BODIES,
]);
const SANGHA = new Set<string>(SANGHA_BODIES);
// (Or its Executive Council, seated in Hà Nội: "HT. X, Chủ tịch HĐTS GHPGVN đã hội kiến …".)
const SANGHA_DELEGATION =
  /(?<![\p{L}])(?:đoàn(?:\s+đại biểu)?\s+(?:của\s+)?|(?:hđts|hội đồng trị sự)\s+)$/u;
const SANGHA_SENDS = /^\s+(?:đã\s+)?cử\s+(?:phái\s+)?đoàn(?![\p{L}])/u;

const PROVINCE_AFTER_BODY = new RegExp(
  String.raw`^(?:\s*[-–]\s*(?:việt nam|lào|${KHMER_ALT}))?(?:\s+việt nam)?\s+(?:của\s+)?(?:(?:hai|ba|bốn|\d)\s+)?(?:tỉnh|thành phố|tp|huyện|thị xã|quận)(?![\p{L}])`,
  'u',
);

const EMBASSY_CALLED =
  /(?<![\p{L}])(?:chào(?:\s+xã\s+giao)?|thăm|gặp(?:\s+gỡ)?|đến|tới|ghé|với|tại)\s+$/u;

// "ông X, Tổng Lãnh sự Vương quốc Campuchia tại TP.HCM": a foreign consul, who acts for his
// country (annotators place him at its capital). Only named with his country: "Tổng Lãnh sự
// quán Việt Nam tại Pắc-xế" is mostly a mission called on.
const CONSUL = new RegExp(
  String.raw`(?<![\p{L}])tổng lãnh sự(?:\s+quán)?\s+${STATE_OF}(lào|${KHMER_ALT})(?![\p{L}])`,
  'u',
);

/** The country of a Lao or Cambodian consul general named in a lower-cased NFC phrase. */
export function consulCountry(lower: string): CountryCode | null {
  const m = CONSUL.exec(lower);
  return m ? (m[1] === 'lào' ? 'LA' : 'KH') : null;
}

const POSTED = new RegExp(
  String.raw`(?<![\p{L}])(?:đại sứ quán|đại sứ|(?:tổng\s+)?lãnh sự quán)\s+${STATE_OF}(việt nam|lào|${KHMER_ALT})\s+tại\s+${STATE_OF}(việt nam|lào|${KHMER_ALT})(?![\p{L}])`,
  'u',
);

/**
 * "đại diện Đại sứ quán Việt Nam tại Campuchia, Hội … đã trao quà tại thủ đô Phnom Penh": a
 * country's only actor in the sentence is its mission posted in the other, which has gone
 * nowhere. The mission's country and its post, or null.
 */
export function missionAtPost(lower: string): { home: CountryCode; post: CountryCode } | null {
  const m = POSTED.exec(lower);
  if (!m) return null;
  const home = countryWords(m[1]!)[0]?.country;
  const post = countryWords(m[2]!)[0]?.country;
  if (!home || !post || home === post) return null;
  const rest = lower.slice(0, m.index) + lower.slice(m.index + m[0].length);
  // ("Tham dự có Bộ trưởng … Lào A; Bộ trưởng … Việt Nam B; Đại sứ Việt Nam tại Lào C": a
  // minister of the envoy's country on the roll beside him came; each item of the roll is asked.)
  const ownBody = (part: string) => nationalActorCountry(part) === home;
  return ownBody(rest) || rest.split(';').some(ownBody) ? null : { home, post };
}

// "đoàn công tác của Tổng Lãnh sự quán Việt Nam tại Pắc-xế … đến thăm": a consulate travelling
// acts for its country, wherever it sits. (Only as a traveller: one attending or called on where
// it sits has gone nowhere, so it is no national body for the other rules.)
const CONSULATE = new RegExp(
  String.raw`(?<![\p{L}])(?:tổng\s+)?lãnh sự quán\s+${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

/** The country of a consulate named in a lower-cased NFC phrase. */
export function consulateCountry(lower: string): CountryCode | null {
  const m = CONSULATE.exec(lower);
  return m ? (countryWords(m[1]!)[0]?.country ?? null) : null;
}

// (nationalBodyIndex tested each body with indexOf over the whole text, a hundred scans a call.)
const BODY_STARTS = phraseStarts(NATIONAL_BODIES);

/** Index of the first national body named in a lower-cased NFC text, or -1. */
export function nationalBodyIndex(lower: string): number {
  // (Each pattern holds its literal word: a text without it is not scanned.)
  const ministry = lower.includes('bộ') ? MINISTRY.exec(lower) : null;
  const centre = ministry || !lower.includes('quốc gia') ? null : NATIONAL_CENTRE.exec(lower);
  const m = ministry
    ? ministry.index + (ministry[0].startsWith('b') ? 0 : 1)
    : (centre?.index ?? -1);
  // The first body standing as itself before the ministry (if any) wins.
  const end = m >= 0 ? m : lower.length;
  for (let i = 0; i < end; i++) {
    const bodies = phrasesAt(BODY_STARTS, lower, i);
    if (bodies === undefined) continue;
    for (const body of bodies)
      if (lower.startsWith(body, i) && bodyStandsAt(lower, body, i)) return i;
  }
  return m;
}

/** Whether `body`, found at i in `lower`, is a whole phrase there and names the body acting. */
function bodyStandsAt(lower: string, body: string, i: number): boolean {
  const before = i === 0 ? ' ' : lower[i - 1]!;
  const after = lower[i + body.length] ?? ' ';
  // "chuyến thăm cấp Nhà nước" qualifies a visit; it is no actor.
  // "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy": a rank in a provincial leader's
  // title chain, not the body acting.
  // "đoàn đại biểu cấp cao của tỉnh", "… cấp cao tỉnh A": a province's, not the nation's.
  const attribute =
    (body === 'nhà nước' && lower.slice(Math.max(0, i - 4), i) === 'cấp ') ||
    // ("Ủy viên Ban Chấp hành Trung ương Đoàn Thanh niên … Lào, Bí thư Tỉnh Đoàn tỉnh B": the
    // whole rank, 33 letters, read back from the body.)
    RANK_BEFORE.test(lower.slice(Math.max(0, i - RANK_REACH), i)) ||
    // "đoàn đại biểu cấp cao (của) tỉnh A", "Liên hiệp các tổ chức hữu nghị tỉnh": a
    // province's, not the nation's.
    (PROVINCIAL_TOO.has(body) && PROVINCE_AFTER_BODY.test(lower.slice(i + body.length))) ||
    // The Sangha travels as a delegation ("Phái đoàn GHPGVN"); its officers' titles name it too
    // ("Trưởng ban Điều phối GHPGVN tại Lào", posted abroad).
    // ("GHPGVN đã cử đoàn chư tôn đức sang Phnôm Pênh": the Sangha sending its delegation.)
    (SANGHA.has(body) &&
      !SANGHA_DELEGATION.test(lower.slice(Math.max(0, i - 24), i)) &&
      !SANGHA_SENDS.test(lower.slice(i + body.length))) ||
    // "đoàn ghé Phnôm Pênh chào xã giao Đại sứ quán Việt Nam": the embassy called on.
    (body.startsWith('đại sứ') && EMBASSY_CALLED.test(lower.slice(Math.max(0, i - 24), i))) ||
    // "Bộ Tư lệnh Quân khu 1, Quân đội Hoàng gia Campuchia": a regional command of the army.
    (body === 'hoàng gia' && REGIONAL_COMMAND.test(lower.slice(Math.max(0, i - 40), i))) ||
    // "Đại đội Biên phòng 213 của Quân đội nhân dân Lào", "Quân khu 2 thuộc Quân đội nhân dân
    // Việt Nam", "lực lượng vũ trang Quân đội nhân dân Lào": a part of the army, wherever it is.
    (body.startsWith('quân đội') && ARMY_PART.test(lower.slice(Math.max(0, i - 40), i))) ||
    // (A general department not listed by name, with no country in its name: "Tổng cục Hành
    // chính thuộc Bộ Nội vụ", whose country the sentence does not say.)
    (body === 'tổng cục' && !namesItsCountry(lower, i)) ||
    // "các đoàn đại biểu Lào": the provinces' delegations, called by their country.
    (body.startsWith('đoàn') && SEVERAL_BEFORE.test(lower.slice(Math.max(0, i - 8), i)));
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !attribute;
}

/** A country word in the name that starts at i, up to its comma or "thuộc". */
function namesItsCountry(lower: string, i: number): boolean {
  const end = lower.slice(i).search(/,|\sthuộc\s/u);
  return countryWords(lower.slice(i, end < 0 ? undefined : i + end)).length > 0;
}

// "ủy viên ban chấp hành trung ương " with room for a doubled space.
const RANK_REACH = 40;
// The rank spelt out or cut short ("UVTƯ Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B",
// "Ủy viên T.Ư Đảng", "UVBCHTW Đảng"): a provincial leader's rank, read back from the body.
const RANK_BEFORE =
  /(?:[uủ][yỷ] viên\s+(?:ban chấp hành\s+|bch\s+)?(?:trung ương\s+|t\.ư\.?\s+|tư\s+|tw\s+)?|(?<![\p{L}])uv\s?(?:bch\s?)?(?:tư|tw)\s+)$/u;

const SEVERAL_BEFORE = /(?:^|\s)(?:các|những|hai|ba|bốn|năm|\d+)\s+$/u;

const ARMY_PART =
  /(?<![\p{L}])(?:quân khu|tiểu khu|chi khu|sư đoàn|lữ đoàn|trung đoàn|tiểu đoàn|đại đội|đồn|đơn vị|lực lượng)(?:\s[^,;]*)?\s*(?:thuộc|của|,)?\s*$/u;
const REGIONAL_COMMAND =
  /(?<![\p{L}])(?:quân khu|tiểu khu|chi khu|sư đoàn|lữ đoàn)\s+[^\s,]+\s*,?\s*quân đội\s+$/u;

/**
 * Whether the first national body of a lower-cased NFC phrase is an ambassador or an embassy: an
 * envoy meeting the leaders of the country it is accredited to has not travelled between places.
 */
export function envoyFirst(lower: string): boolean {
  const at = nationalBodyIndex(lower);
  return at >= 0 && envoyAt(lower, at);
}

/**
 * Whether the first national body that acts in the sentence is an envoy: "Chuyến viếng thăm của
 * Đại sứ …", not "Trong chuyến thăm …, tại cuộc gặp gỡ cán bộ, nhân viên Đại sứ quán, Tổng Bí thư
 * …", whose embassy is only met.
 */
export function envoyActsFirst(lower: string): boolean {
  for (let pos = 0; ;) {
    const at = nationalBodyIndex(lower.slice(pos));
    if (at < 0) return false;
    if (!envoyAt(lower, pos + at)) return false;
    // ("Đại sứ khẳng định quan hệ … sau chuyến thăm … của Tổng Bí thư": the envoy speaks of a
    // trip, he does not make it.)
    if (
      ENVOY_SPEAKS.test(lower.slice(pos + at, pos + at + 80)) &&
      TRIP_NOUN.test(lower.slice(pos + at))
    )
      return false;
    if (!MET_BEFORE.test(lower.slice(Math.max(0, pos + at - 40), pos + at))) return true;
    pos += at + ENVOY.length;
  }
}
// A meeting's words, then at most a few words ("cán bộ, nhân viên") before the body met.
const MET_BEFORE = /(?<![\p{L}])(?:gặp gỡ|gặp mặt|gặp|thăm)(?:[ ,]+\p{L}+){0,4}[ ,]+$/u;
const ENVOY = 'đại sứ';
const TRIP_NOUN = /(?<![\p{L}])chuyến (?:thăm|công tác)(?![\p{L}])/u;
const ENVOY_SPEAKS =
  /^đại sứ(?:\s+[^\s,.;]+){0,8}?\s+(?:khẳng định|cho biết|nhấn mạnh|bày tỏ|đánh giá|cho rằng|chia sẻ)(?![\p{L}])/u;

/** Whether the national body found at `at` is an ambassador or an embassy. */
const envoyAt = (lower: string, at: number) => lower.startsWith(ENVOY, at);

// Bodies of a whole country that a delegation can belong to ("Đoàn đại biểu Tạp chí A-lun-may";
// "đoàn cán bộ nước Lào" is a group of officials, no ministry).
const CENTRAL_OWNER =
  /(?<![\p{L}])(?:tạp chí|trung ương|học viện|quốc hội|chính phủ|(?<!cán )bộ (?!đội|chỉ huy|chqs|tư lệnh)\p{L}+|báo nhân dân|đại sứ quán|thông tấn)(?![\p{L}])/u;

/**
 * "Đoàn … Tạp chí A-lun-may do (Trưởng đoàn là) đồng chí …, nguyên Bí thư tỉnh Luông Pha Băng": a
 * delegation of a central body whose leader holds or held a provincial post travels for its
 * country; the owner words stand between the delegation word and the place.
 */
export function centralOwner(ownerText: string): boolean {
  return CENTRAL_OWNER.test(ownerText);
}

/**
 * The country a national actor phrase speaks for: the first country word after the body, else
 * any country word in the phrase after "đoàn đại biểu", else Vietnam (Vietnamese press names its
 * own leaders without the country: "Tổng Bí thư Tô Lâm").
 */
export function nationalActorCountry(lower: string): CountryCode | null {
  const at = nationalBodyIndex(lower);
  const words = countryWords(lower);
  const del = countryDelegation(lower);
  // "Đoàn Campuchia do Đại tướng …, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng dẫn đầu": the leader
  // named after the delegation's country is of that country.
  if (del && at > del.index) return countryWords(del[1]!)[0]?.country ?? null;
  if (at >= 0) {
    // "Bộ Nông nghiệp Lào", "Thủ tướng Campuchia"; an ambassador named without a country word
    // ("chuyến thăm của Đại sứ") is nobody's in particular.
    const end = ownEnd(lower, at);
    const body = lower.slice(at, end);
    const c = words.find((w) => w.index > at && w.index < end)?.country;
    if (!c && THIRD_STATE_BODY.test(body)) return null;
    return (
      c ??
      organsOf(lower.slice(at)) ??
      ownDelegation(lower.slice(end)) ??
      leaderCountry(body) ??
      // (Not "Tại cuộc gặp Samdech Hun Sen, Chủ tịch nước Lương Cường …": a title with its own name.)
      (VIETNAMESE_LEADER.test(body)
        ? null
        : leaderBefore(lower.slice(Math.max(0, at - LEADER_NAME_REACH), at))) ??
      titleAlone(lower, at) ??
      (envoyAt(lower, at) ? null : 'VN')
    );
  }
  // "Đoàn đại biểu Việt Nam", "đoàn Lào": a delegation named by its country; "Đoàn Báo Cựu chiến
  // binh Việt Nam", "đoàn Hội Nhà báo Lào": one of a central body named by its country.
  if (del) return countryWords(del[1]!)[0]?.country ?? null;
  return null;
}
// ("Samdech Techo Hun Sen, " before the title: the longest name, with its comma.)
const LEADER_NAME_REACH = 40;

// "Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội nước CHDCND Lào", "… Đảng, Nhà nước Lào": a
// delegation of the state's organs listed, the country named once after the last; it is every
// one's (not "Đảng và Nhà nước ta"). (Only a delegation so named: "Đảng và Nhà nước Lào tổ chức lễ
// …" is left as it reads.)
const ORGAN = String.raw`(?:đảng|nhà nước|quốc hội|chính phủ)`;
const ORGANS_OF = new RegExp(
  String.raw`^đoàn\s+(?:đại\s+biểu\s+|cán\s+bộ\s+)?(?:cấp\s+cao\s+)?${ORGAN}(?:(?:\s*,\s*|\s+và\s+)${ORGAN})+\s+${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

/** The country named after a list of a state's organs that opens `lower`, else null. */
function organsOf(lower: string): CountryCode | null {
  const m = ORGANS_OF.exec(lower);
  return m ? (countryWords(m[1]!)[0]?.country ?? null) : null;
}
// "Thủ tướng Phankham Viphavanh cùng Đoàn đại biểu cấp cao Chính phủ Lào": the leader with his
// own delegation, which names the country he does not.
const WITH_DELEGATION = new RegExp(
  String.raw`^\s+cùng\s+(?:phu nhân\s+(?:và\s+)?)?đoàn(?:\s+đại\s+biểu|\s+công\s+tác)?(?:\s+cấp\s+cao)?\s+(?:(?:chính phủ|nhà nước|quốc hội|đảng|bộ\s+\p{L}+(?:\s+\p{L}+)?)\s+)?${STATE_OF}(${COUNTRY_ALT})(?![\p{L}])`,
  'u',
);

function ownDelegation(after: string): CountryCode | null {
  const m = WITH_DELEGATION.exec(after);
  return m ? (countryWords(m[1]!)[0]?.country ?? null) : null;
}

/**
 * "đoàn đại biểu Lào", "đoàn đại biểu nước bạn Lào": a delegation named by its country; not one
 * whose members, listed after "gồm", hold a province's offices ("… gồm: ông X – Phó ban Tổ chức
 * Tỉnh ủy; ông Y – Phó giám đốc Sở …"), which comes from a province the sentence does not name.
 */
function countryDelegation(lower: string): RegExpExecArray | null {
  const del = DELEGATION_OF_COUNTRY.exec(lower);
  if (!del) return null;
  // ("đoàn công tác Báo Pasaxon (Lào)": the body's country in brackets; not "Hội Nông dân tỉnh B
  // (Lào)", a province's body with its country.)
  if (del[0].includes('(') && BRACKETED_PROVINCE.test(del[0])) return null;
  const roll = MEMBERS.exec(lower.slice(del.index + del[0].length));
  return roll && PROVINCIAL_OFFICE.test(roll[1]!) && nationalBodyIndex(roll[1]!) < 0 ? null : del;
}
const MEMBERS = /^\s*gồm:?\s([^.]{0,200})/u;
const BRACKETED_PROVINCE = /(?<![\p{L}])(?:tỉnh|thành phố|tp|huyện|thủ đô|thị xã)(?![\p{L}])/u;
const PROVINCIAL_OFFICE = /(?<![\p{L}])(?:tỉnh ủy|tỉnh uỷ|tỉnh trưởng|sở\s|ủy ban nhân dân tỉnh)/u;

/** "Trưởng đoàn Campuchia …", "đoàn đại biểu Lào": the country a delegation is named by, or null. */
export function delegationCountry(lower: string): CountryCode | null {
  const del = countryDelegation(lower);
  return del ? (countryWords(del[1]!)[0]?.country ?? null) : null;
}

/**
 * "các đoàn đại biểu thanh niên Việt Nam, Campuchia và Lào": the countries of one delegation's
 * phrase and those listed right after it, in order.
 */
export function delegationCountries(lower: string): CountryCode[] {
  const del = countryDelegation(lower);
  if (!del) return [];
  const listed = MORE_COUNTRIES.exec(lower.slice(del.index + del[0].length));
  const words = del[1]! + (listed?.[0] ?? '');
  return [...new Set(countryWords(words).map((w) => w.country))];
}
const MORE_COUNTRIES = new RegExp(
  String.raw`^(?:\s*(?:,|và)\s*(?:${COUNTRY_ALT})(?![\p{L}]))+`,
  'u',
);

// ("đoàn đại biểu Hội đồng Quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia": a national
// council's long name; "Đoàn đại biểu Đoàn Thanh niên nhân dân cách mạng Lào": a youth union's;
// "Đoàn cán bộ Thanh tra Nhà nước Lào": an inspectorate's; "đoàn công tác Cục Thi đua - Khen
// thưởng nước Cộng hòa Dân chủ Nhân dân Lào", "Đoàn công tác cơ quan Thi đua - Khen thưởng của nước
// bạn Lào": a ministry's department or agency, the state named after it; not "Cơ quan Ngoại vụ 09
// tỉnh nước CHDCND Lào", the provinces' own; "Đoàn công tác của Quỹ Vận động và Hỗ trợ cộng đồng
// Việt Nam": a national fund's; "đoàn công tác Ban Phát triển Nông thôn và Xóa nghèo Trung ương
// Lào": a central commission's.)
// ("đoàn lãnh đạo Campuchia", "đoàn lãnh đạo thanh niên Việt Nam": a leadership delegation, as
// "đoàn đại biểu"; not "đoàn lãnh đạo tỉnh A (Lào)", a province's.)
// ("đoàn cựu quân tình nguyện, cựu chuyên gia Việt Nam", "Đoàn đại biểu quân tình nguyện và chuyên
// gia Việt Nam tại Lào": who the delegation's members are, listed with a comma or "và"; "Đoàn quân
// y Quân đội nhân dân Việt Nam": the army's medical team.)
const DELEGATION_OF_COUNTRY = new RegExp(
  String.raw`(?:^|[^\p{L}])đoàn(?:(?:,|\s+và)?\s+(?:đại biểu|công tác|cấp cao|liên ngành|cán bộ|lãnh đạo|nhân dân|thanh niên|thiếu nhi|phụ nữ|cựu chiến binh|cựu quân tình nguyện|cựu chuyên gia|quân tình nguyện|chuyên gia|doanh nghiệp|nghệ sĩ|nghệ thuật|nông dân|nhà báo|phóng viên|vận động viên|quốc gia|quân y|y tế|y bác sĩ|quân đội nhân dân|quân đội))*(?:\s+(?:của\s+)?(?:(?:báo|hội|hiệp hội|tạp chí|đài|viện|học viện|thông tấn|tổng liên đoàn|phật giáo|giáo hội|ủy ban|uỷ ban)(?:\s+[^\s,.;()]+){1,4}?|(?:thanh tra|kiểm toán|tòa án|toà án)(?:\s+[^\s,.;()]+){0,7}?|(?:cục|cơ quan|quỹ)(?:\s+(?!tỉnh|huyện|thành\s+phố)[^\s,.;()]+){1,12}?|hội đồng quốc gia(?:\s+[^\s,.;()]+){1,9}?|ban(?:\s+[^\s,.;()]+){1,9}?\s+trung ương|đoàn thanh niên(?:\s+[^\s,.;()]+){0,4}?))?(?:\s+(?:của\s+)?(?:nước(?:\s+bạn)?|vương quốc))?\s+\(?(lào|${KHMER_ALT}|việt nam)(?![\p{L}])`,
  'u',
);

// Where the phrase naming a national body ends: at its verb.
// ("Học viện … tổ chức đón Tết … của Nhân dân các dân tộc Lào": the people whose festival it is;
// not "Ban Tổ chức Trung ương", a body's name.)
// (Verbs of speech end it too: "Phó Thủ tướng đánh giá cao quan hệ với Campuchia" is Vietnam's.)
const PHRASE_END =
  /\s(?:đã|sẽ|đang|vừa|(?<!ban\s)tổ chức|đến|tới|sang|thăm|tiếp|hội đàm|hội kiến|dự|làm việc|có chuyến|có buổi|được|bày tỏ|gửi|chủ trì|cho|trao|đánh giá|nhấn mạnh|khẳng định|đề nghị|cảm ơn|phát biểu|chúc mừng|ghi nhận|yêu cầu|mong muốn|chia sẻ)\s/u;

/** A title standing alone up to its verb ("thủ tướng khẳng định …"), given a foreign leader. */
function titleAlone(lower: string, at: number): CountryCode | null {
  const rest = lower.slice(at);
  const end = PHRASE_END.exec(rest);
  return bareTitleCountry((end ? rest.slice(0, end.index) : rest).replace(/[\s,.;:]+$/u, ''));
}

/**
 * The country of the first national body named in a lower-cased NFC phrase, read only from the
 * words that belong to it ("Thủ tướng Chính phủ nước CHDCND Lào", "Chủ tịch Quốc hội Campuchia"),
 * else Vietnam; null when no national body is named. Unlike nationalActorCountry, a country word
 * after the body's verb ("Tổng Bí thư Tô Lâm đã thăm Học viện … Lào") does not count.
 */
export function nationalActorNear(lower: string): CountryCode | null {
  const end = PHRASE_END.exec(lower);
  const phrase = end ? lower.slice(0, end.index) : lower;
  const at = nationalBodyIndex(phrase);
  if (at < 0) return null;
  const own = ownEnd(phrase, at);
  const body = phrase.slice(at, own);
  const c = countryWords(body)[0]?.country;
  // ("Thủ tướng Thái Lan bắt đầu chuyến thăm chính thức Lào": a leader of none of the three.)
  if (!c && THIRD_STATE_BODY.test(body)) return null;
  // ("Trong khuôn khổ … hợp tác giữa Quốc hội hai nước, đoàn công tác Bộ … đã …": both states'
  // bodies in the occasion; the actor is the clause's after it.)
  if (!c && OF_BOTH.test(body) && OPENING_BEFORE.test(phrase.slice(0, at))) {
    const comma = phrase.indexOf(',', at);
    return comma < 0 ? null : nationalActorNear(phrase.slice(comma + 1));
  }
  return (
    c ??
    ownDelegation(phrase.slice(own)) ??
    leaderCountry(body) ??
    bareTitleCountry(body.trim()) ??
    (envoyAt(phrase, at) || OF_BOTH.test(body) || BOTH_BEFORE.test(phrase.slice(0, at))
      ? null
      : 'VN')
  );
}
// A leader's title or a state's body, then another state's name ("Thủ tướng Thái Lan"; not "Bộ
// Tư pháp", whose "pháp" is no France).
const THIRD_STATE_BODY = new RegExp(
  String.raw`^(?:phó\s+)?(?:thủ tướng|tổng thống|quốc vương|nhà vua|chủ tịch nước|chủ tịch quốc hội|ngoại trưởng|bộ trưởng ngoại giao|chính phủ|quốc hội|đoàn đại biểu)\s+(?:${THIRD_COUNTRIES})(?![\p{L}])`,
  'u',
);
// "Thủ tướng hai nước", "Bộ trưởng Quốc phòng ba nước": the leaders of each country, none alone;
// so are "hai thủ tướng", "ba bộ trưởng".
const OF_BOTH = /^[^,;]{0,30}?\s(?:hai|ba|các) nước(?![\p{L}])/u;
const BOTH_BEFORE = /(?<![\p{L}])(?:hai|ba)\s+$/u;
const OPENING_BEFORE = /(?:trong khuôn khổ|nhân dịp|thực hiện|triển khai)\s[^,;]*$/u;

/**
 * Where the words of the body named at `at` end: "Phó thủ tướng Nguyễn Chí Dũng cùng (và) Phó thủ
 * tướng Lào …" names a second body, whose country word is not the first one's. ("Bộ Lao động -
 * Thương binh và Xã hội Lào" is one body: "và" parts two only before another body.)
 */
function ownEnd(lower: string, at: number): number {
  const i = lower.indexOf(' cùng ', at);
  let end = i < 0 ? lower.length : i;
  // ("Thủ tướng Phạm Minh Chính, Thủ tướng Campuchia X và Thủ tướng Lào Y": a leader named by a
  // Vietnamese name ends at the comma before the next leader's title.)
  if (VIETNAMESE_LEADER.test(lower.slice(at, at + 60)))
    for (let j = lower.indexOf(', ', at); j >= 0 && j < end; j = lower.indexOf(', ', j + 1))
      if (bodyOpens(lower, j + 2)) return j;
  for (let j = lower.indexOf(' và ', at); j >= 0 && j < end; j = lower.indexOf(' và ', j + 1))
    if (bodyOpens(lower, j + 4)) return j;
  return end;
}

/** A national body at i, or its head's title before it ("chủ tịch thượng viện campuchia …"). */
function bodyOpens(lower: string, i: number): boolean {
  if (nationalBodyIndex(lower.slice(i, i + 40)) === 0) return true;
  HEAD_OF.lastIndex = i;
  const head = HEAD_OF.exec(lower);
  if (!head) return false;
  const at = i + head[0].length;
  return nationalBodyIndex(lower.slice(at, at + 40)) === 0;
}
const HEAD_OF = /(?:phó\s+)?(?:chủ tịch|tổng thư ký|chủ nhiệm|trưởng ban)\s+/uy;
// A national title, then a name that opens on a Vietnamese family name.
const VIETNAMESE_LEADER = new RegExp(
  String.raw`^(?:phó\s+)?(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội)(?:\s+chính phủ)?\s+(?:${VIETNAMESE_FAMILY_NAMES.join('|')})\s+\p{L}+`,
  'u',
);

/**
 * "Bộ trưởng Bộ Quốc phòng Lào và Bộ trưởng Bộ Quốc phòng Campuchia cùng …": the countries of the
 * national bodies listed after the first, each named with its own country word.
 */
export function listedNationalActors(lower: string): CountryCode[] {
  const end = PHRASE_END.exec(lower);
  const phrase = end ? lower.slice(0, end.index) : lower;
  // (After a leader named by a Vietnamese name, a comma lists the next leader too: see ownEnd.)
  const at = nationalBodyIndex(phrase);
  const items =
    at >= 0 && VIETNAMESE_LEADER.test(phrase.slice(at, at + 60))
      ? bodyItems(phrase, /(\s(?:và|cùng)\s|,\s)/u)
      : listItems(phrase);
  const out = bodyCountries(items.slice(1));
  // "ba Thủ tướng của ba nước Campuchia - Lào - Việt Nam": one body of each country listed.
  // ("Văn phòng Chính phủ hai nước Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa Dân chủ Nhân dân
  // Lào": the states named in full, read as their short names.)
  const short = phrase.replace(STATE_NAMES, '');
  const group = COUNTRIES_LISTED.exec(short);
  if (group && nationalBodyIndex(short.slice(0, group.index)) >= 0)
    for (const w of countryWords(group[1]!)) if (!out.includes(w.country)) out.push(w.country);
  return out;
}
/**
 * The items of a list of bodies joined by "và" / "cùng": a part that names no body belongs to the
 * item before it ("Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Văn hóa và Nghệ thuật Campuchia"
 * is two bodies, not four).
 */
const listItems = (phrase: string) => bodyItems(phrase, /(\s(?:và|cùng)\s)/u);

/**
 * The items of a list of bodies cut at `separator` (one capturing group, so that the words
 * between are kept): a part that names no body of its own belongs to the item before it.
 */
export function bodyItems(phrase: string, separator: RegExp): string[] {
  const pieces = phrase.split(separator);
  const items: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!;
    if (items.length > 0 && nationalBodyIndex(part) < 0)
      items[items.length - 1] += pieces[i - 1]! + part;
    else items.push(part);
  }
  return items;
}
// ("ba nước Việt Nam, Lào và Campuchia": the list may run past commas.)
const COUNTRIES_LISTED = /(?<![\p{L}])(?:hai|ba|2|3)\s+nước\s+([^.;()]{4,40})/u;
const STATE_NAMES =
  /(?<![\p{L}])(?:cộng hòa xã hội chủ nghĩa|cộng hòa dân chủ nhân dân|chxhcn|chdcnd)\s+/gu;

/**
 * "dưới sự đồng chủ trì của ba trưởng đoàn: Bộ trưởng …, Chủ tịch UBĐP Lào …; Bộ trưởng Bộ Thương
 * mại, Chủ tịch UBĐP Campuchia …": the countries of the national bodies in a roll of co-chairs,
 * one per item, each named with its own country word.
 */
export function coChairCountries(lower: string): CountryCode[] {
  // ("Đồng chủ trì cuộc họp có ông A, …; ông B, … Lào và ông C, … Campuchia": "có" opens it too.)
  // "… diễn ra tại B dưới sự đồng chủ trì của Phó Thủ tướng Chính phủ A và Phó Thủ tướng … Campuchia
  // C": one titled chair an item; a chair named without a country is Vietnam's, as the press names
  // its own leaders.
  const under = UNDER_CHAIRS.exec(lower);
  if (under) {
    const out: CountryCode[] = [];
    for (const part of under[1]!.split(TITLED_ITEMS)) {
      const c = nationalActorNear(part);
      if (c && !out.includes(c)) out.push(c);
    }
    return out;
  }
  // ("Đồng chủ toạ Hội nghị là Ngài A, … Việt Nam, và Ngài B, … Campuchia": "là" and "chủ toạ".)
  const chair = CHAIR_ROLL.exec(lower);
  if (chair) return bodyCountries(lower.slice(chair.index + chair[0].length).split(CHAIR_ITEMS));
  // "Hội nghị do ông A, Thứ trưởng … Lào; ông B, … Việt Nam và ông C, … Campuchia, đồng chủ trì":
  // the roll before the verb, one person per item.
  // ("do Thứ trưởng … Việt Nam A, Quốc vụ khanh … Campuchia B và Thứ trưởng … Lào C đồng chủ trì":
  // titled items run on with commas.)
  const roll = CHAIRED_BY.exec(lower);
  if (roll)
    return bodyCountries(
      roll[1]!.split(CHAIR_ITEMS).flatMap((item) => bodyItems(item, TITLED_RUN)),
    );
  // "Bộ trưởng … Việt Nam A cùng Bộ trưởng … Lào B và Tổng Thư ký … Campuchia C đồng chủ trì hội
  // nghị": the co-chairs as the subject, one title per item.
  const subjects = CHAIRS_FIRST.exec(lower);
  return subjects ? bodyCountries(subjects[1]!.split(TITLED_OR_COMMA)) : [];
}

// "chủ trì", "chủ toạ" (also written "chủ tọa"): chairing.
const CHAIR = 'chủ (?:trì|toạ|tọa)';
// (The roll ends where the sentence goes on past it: ", với sự tham dự của …".)
const UNDER_CHAIRS = new RegExp(
  String.raw`(?<![\p{L}])dưới sự (?:đồng\s)?${CHAIR} của\s((?:(?!,\s(?:với|cùng|có)\s)[^.])+)`,
  'u',
);
const CHAIRS_FIRST = new RegExp(
  String.raw`^(.{10,400}?)\s(?:cùng\s)?đồng ${CHAIR}(?![\p{L}])`,
  'u',
);
// The next item of a roll opens on an address or a title.
const TITLE_NEXT = String.raw`\s(?=(?:ông|bà|ngài|đồng chí|bộ trưởng|thứ trưởng|tổng thư ký|chủ tịch|phó|thủ tướng)\s)`;
const TITLED_ITEMS = new RegExp(String.raw`;|\s(?:và|cùng)${TITLE_NEXT}`, 'u');
// ("… cùng Thủ tướng Lào X, Thủ tướng Vương quốc Campuchia Y đồng chủ trì": a comma too, where
// each item is read for its own country word only.)
const TITLED_OR_COMMA = new RegExp(String.raw`;|(?:\s(?:và|cùng)|,)${TITLE_NEXT}`, 'u');

const CHAIRED_BY = new RegExp(
  String.raw`(?<![\p{L}])do\s(.{10,400}?),?\s(?:đồng\s)?${CHAIR}(?![\p{L}])`,
  'u',
);
const CHAIR_ROLL = new RegExp(
  String.raw`(?<![\p{L}])${CHAIR}(?:[^:.;]{0,40}?)(?::|\s(?:có|là)\s)`,
  'u',
);
// ("… là Phó Thủ tướng, Bộ trưởng … Việt Nam A và Phó Thủ tướng, Bộ trưởng … Campuchia B": a title
// opens the next item as a name does.)
const CHAIR_ITEMS = new RegExp(String.raw`;|\svà${TITLE_NEXT}`, 'u');
export const TITLED_RUN = /(,\s|\svà\s)/u;

/** The countries of the national bodies in a list's items, each named with its own country word. */
function bodyCountries(parts: readonly string[]): CountryCode[] {
  const out: CountryCode[] = [];
  for (const part of parts) {
    const at = nationalBodyIndex(part);
    const c = at >= 0 ? countryWords(part.slice(at))[0]?.country : undefined;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}
