// Word lists the place finder consults. Folded forms (lower case, no diacritics) unless said.
// Sources: the ambiguity notes of the project's places reference (§6) and the gold guide.

/**
 * Phrases that contain a place name but are not places; the longest match wins, so listing
 * them keeps "Thái Bình Dương" (the Pacific) from becoming Thái Bình.
 */
export const NON_PLACE_PHRASES: readonly string[] = [
  'Thái Bình Dương',
  'Đồng Tháp Mười',
  'Ấn Độ Dương',
  // Companies named after a province (Hoàng Anh Gia Lai, the Gia Lai group with projects in Laos).
  'Hoàng Anh Gia Lai',
  // A newspaper ("Sài Gòn Giải Phóng > Xã hội > Y tế" on its own pages).
  'Sài Gòn Giải Phóng',
  // Another, named after its city ("PLO | PHÁP LUẬT TP.HCM" atop its pages).
  'Pháp Luật TP.HCM',
  'Pháp Luật Thành phố Hồ Chí Minh',
];

/** Regions, not provinces: never places, never reported as unresolved. */
export const REGIONS: readonly string[] = [
  'nam lao',
  'bac lao',
  'trung lao',
  'ha lao',
  'thuong lao',
  'dong bac campuchia',
  'tay bac campuchia',
  'tay nguyen',
  'tay bac',
  'dong bac',
  'nam bo',
  'bac bo',
  'trung bo',
  'mien tay',
  'mien trung',
  'mien nam',
  'mien bac',
  'dong bang song cuu long',
  'dong nam bo',
  'nam trung bo',
  'bac trung bo',
];

/** The commonest Vietnamese family names (lower case). */
export const COMMON_VIETNAMESE_FAMILY_NAMES: readonly string[] = [
  'nguyễn',
  'trần',
  'lê',
  'phạm',
  'hoàng',
  'huỳnh',
  'phan',
  'vũ',
  'võ',
  'đặng',
  'bùi',
  'đỗ',
  'hồ',
  'ngô',
  'dương',
  'đinh',
  'trương',
  'đào',
  'lương',
  'trịnh',
  'vương',
];

/** The family names a Vietnamese leader's name opens on (lower case), against a foreign one's. */
export const VIETNAMESE_FAMILY_NAMES: readonly string[] = [
  ...COMMON_VIETNAMESE_FAMILY_NAMES,
  'tô',
  'hà',
];

/** Words that, standing right before a name, make it an administrative unit mention. */
export const ADMIN_PREFIXES: readonly (readonly string[])[] = [
  ['tinh'],
  ['thanh', 'pho'],
  ['tp'],
  ['thu', 'do'],
  // "cố đô Luang Prabang", "cố đô Huế": a former royal capital, a city.
  ['co', 'do'],
  ['thi', 'xa'],
  ['thi', 'tran'],
  ['dac', 'khu'],
  // "tỉnh lỵ A Tô Pư": a province's seat, a town.
  ['tinh', 'ly'],
  ['tinh', 'li'],
];

/** Which kind a prefix asks for, in order of preference. */
export const PREFIX_KIND: Record<string, readonly string[]> = {
  tinh: ['province', 'municipality', 'city'],
  'thanh pho': ['city', 'municipality', 'province'],
  tp: ['city', 'municipality', 'province'],
  'thu do': ['municipality', 'city', 'province'],
  'co do': ['city', 'province', 'municipality'],
  'thi xa': ['city', 'province', 'municipality'],
  'thi tran': ['city', 'province', 'municipality'],
  'dac khu': ['city', 'province', 'municipality'],
  'tinh ly': ['city', 'province', 'municipality'],
  'tinh li': ['city', 'province', 'municipality'],
};

/** Preference without a prefix: a bare "Vientiane" is the capital, a bare "Kon Tum" the province. */
export const DEFAULT_KIND_ORDER: readonly string[] = ['municipality', 'province', 'city'];

/**
 * Vietnamese family and middle names. A place name right after one of these (capitalised, one
 * space apart) is part of a person's name: "Phó Thủ tướng Nguyễn Hòa Bình".
 */
export const PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'truong',
  'mai',
  'lam',
  'dao',
  'ta',
  'luong',
  'trinh',
  'vuong',
  'kieu',
  'van',
  'thi',
  'huu',
  'duc',
  'cong',
  'quang',
  'thanh',
  'minh',
  'ngoc',
  'xuan',
  'kim',
  'ba',
  'khac',
  'dinh',
  'trong',
  'quoc',
  'tien',
  'hong',
  'manh',
  'viet',
]);

/**
 * Words (lower case, NFC, with their diacritics: "đền" temple is not "đến" to) before a name that
 * make it a river, street, temple, pass or border gate rather than a place.
 */
export const NON_PLACE_BEFORE: ReadonlySet<string> = new Set([
  'sông', // sông Đồng Nai (river)
  'kênh', // kênh Hà Giang (a canal in Kiên Giang), kênh Vĩnh Tế
  'cầu', // cầu Tân An (a bridge), unless "điểm cầu Hà Nội", "yêu cầu Nghệ An" (find-places.ts)
  'đường', // đường Hồ Chí Minh (road), đường Kon Tum (street)
  'phố', // phố Huế (street), unless "thành phố"
  'đền', // đền Preah Vihear (temple)
  'chùa',
  'sạn', // khách sạn Sài Gòn Kim Liên (a hotel in Vinh), named after a city it need not stand in
  'đèo',
  'khẩu', // cửa khẩu …
  'bản', // bản Xay Xổm Bun (a village)
  'thôn', // thôn Lao Chải (a hamlet, whatever province its name sounds like)
  'làng',
  'xóm',
  'ấp',
  'buôn',
  'phum',
  'phường', // phường Long An (a ward since 2025)
  'xã',
]);

/** Two-word contexts before "Điện Biên Phủ" and the like that mean the 1954 battle. */
export const BATTLE_BEFORE: readonly string[] = ['chien thang', 'chien dich', 'tran', 'mat tran'];

/** Text right after a name that marks the unit as it was before / after 1 July 2025. */
export const OLD_MARK = /^\s*\(\s*cũ\s*\)/iu;
export const NEW_MARK = /^\s*\(\s*mới\s*\)/iu;

/** A country in parentheses or after a comma right after the name: "Xiêng Khoảng (Lào)". */
export const COUNTRY_QUALIFIER: readonly { re: RegExp; country: 'VN' | 'LA' | 'KH' }[] = [
  { re: /^\s*[(,]\s*(?:CHDCND\s+)?Lào\b/u, country: 'LA' },
  { re: /^\s*[(,]\s*(?:Vương quốc\s+)?(?:Campuchia|Cam-pu-chia)/u, country: 'KH' },
  { re: /^\s*[(,]\s*Việt Nam\b/u, country: 'VN' },
];

/** Countries outside the three, as the papers spell them (a regex alternation, lower case). */
export const THIRD_COUNTRIES = String.raw`thái lan|phi-?líp-?pin|philippines|malaysia|ma-lai-xi-a|indonesia|in-đô-nê-xi-a|singapore|xin-ga-po|myanmar|mi-an-ma|brunei|bru-nây|trung quốc|nhật bản|hàn quốc|hoa kỳ|mỹ(?!\s+tho)|nga|ấn độ|pháp|úc|australia`;

// Capitals and provinces outside the three countries that sound like one of theirs (folded).
const FOREIGN_PLACES = new Set([
  'bac kinh',
  'bang coc',
  'bangkok',
  'tokyo',
  'seoul',
  'xo un',
  'manila',
  'ma ni la',
  'jakarta',
  'gia cac ta',
  'kuala lumpur',
  'singapore',
  'xin ga po',
  'yangon',
  'nay pyi taw',
  'moskva',
  'mat xco va',
  'paris',
  'pa ri',
  'van nam',
  'quang tay',
  'quang dong',
  'hai nam',
  'tu xuyen',
  'quy chau',
  // ("tỉnh Chiết Giang" of China sounds one letter from Kiên Giang.)
  'chiet giang',
  'triet giang',
]);

/** Whether folded words open on a third country's capital or province ("hai nam con cap"). */
export const opensOnForeignPlace = (words: readonly string[]): boolean =>
  words.some((_, n) => FOREIGN_PLACES.has(words.slice(0, n + 1).join(' ')));
