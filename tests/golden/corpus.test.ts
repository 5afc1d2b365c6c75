// Golden tests of the whole geocoding step (clean → extract) on annotated articles:
// - tests/fixtures/corpus/ and corpus-blind{,2,3}/: hand-written annotated articles (the blind sets were
//   written and annotated without looking at the extractor); corpus-real1…/: blind sets written
//   in the shapes of real pages (chrome, spellings, HTML pages); their full output is pinned in
//   tests/golden/out/ (regenerate with REGEN=1 after a deliberate change, then review the diff);
// - ../shared/corpus/seeds/: the project's real seed articles (skipped when ../shared is absent).
// Both must score perfectly on required items (every required place and link, nothing false), apart
// from the differences listed in KNOWN: what the extractor still gets wrong, kept in sight.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { parseGold, scoreArticle } from '../../src/core/eval.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();
// Every corpus-real set in tests/fixtures, in the order they were written (each blind set joins
// the golden test as soon as it lands there).
const REAL_SETS = readdirSync('tests/fixtures')
  .filter((d) => /^corpus-real\d+$/.test(d))
  .sort((a, b) => Number(a.slice('corpus-real'.length)) - Number(b.slice('corpus-real'.length)));
const OWN = ['corpus', 'corpus-blind', 'corpus-blind2', 'corpus-blind3', ...REAL_SETS].map(
  (d) => `tests/fixtures/${d}`,
);

const KNOWN: Record<string, string[]> = {
  // A consul general posted in one city travelling to another province: most sets' annotators
  // count it as his country's visit (corpus-real599, b409-05), this early set's did not.
  'c02-quang-tri-chuc-tet-bunpimay.txt': ['false visits: LA-VT → Quảng Bình (VN-24)'],
  // A national group's stop that only a photo caption names; a consul general's trip to two
  // provinces of the country he is posted to; a dateline's city.
  'b149-01-cuu-quan-tinh-nguyen-tham-battambang-siem-reap-2023.txt': [
    'false places: Hà Nội (VN-HN)',
    'missing visits: Hà Nội (VN-HN) → Phnom Penh (KH-12)',
  ],
  // National guests on a roll at a venue an earlier sentence named.
  'b155-03-long-an-svay-rieng-binh-hiep-prayvo-2011.txt': [
    'missing visits: KH-12 → Long An (VN-41)',
  ],
  // "triển khai các thỏa thuận đã đạt được giữa … hai thủ đô": agreements reached, named only
  // as the two capitals'.
  'b156-03-vientiane-tong-bi-thu-tiep-tai-ha-noi-2022.txt': [
    'missing sisters: Hà Nội (VN-HN) ↔ Thủ đô Vientiane (LA-VT)',
  ],
  // "chuyến xe hữu nghị thăm Lào và Campuchia" whose Lao leg the article never tells: annotators
  // differ on a trip to a country named only in passing.
  'b152-02-chuyen-xe-huu-nghi-lhpn-kampong-thom-2017.txt': ['false visits: VN-HN → LA-VT'],
  'b149-04-tong-lanh-su-preah-sihanouk-kep-kampot-2021.txt': ['false places: Hà Nội (VN-HN)'],
  'b145-01-yenbai-viengchan-xaynhabuly-du-hoc-sinh-2015.txt': [
    'missing sisters: Yên Bái (VN-06) ↔ Viêng Chăn (LA-VI)',
    'missing sisters: Yên Bái (VN-06) ↔ Xay - nha - bu - ly (LA-XA)',
  ],
  'b142-04-yenbai-tinh-vieng-chan-hop-tac-tu-2008.txt': [
    'missing sisters: Yên Bái (VN-06) ↔ Viêng Chăn (LA-VI)',
  ],
  'b143-04-thoidai-kontum-attapu-dien-tap-cuu-ho-2022.txt': [
    'false visits: Kon Tum (VN-28) → At-ta-pư (LA-AT)',
  ],
  // corpus-real134 … 136 (blind, scored once after the fourteenth session's last rule change,
  // 707c113: 100 / 100 / 100, 100 / 100 / 100, 100 / 40.0 / 100), left as found: military units'
  // gifts handed over at a place the text does not name read as a trip; an earlier trip told only
  // by "sang thăm" with its goal implied (the state visit to "thủ đô Viêng Chăn" behind "Theo đặc
  // phái viên TTXVN, …" is read since the fifteenth session).
  'b134-04-llvt-dak-nong-mundulkiri-hoi-dam.txt': [
    'missing visits: Đắk Nông (VN-72) → Mundulkiri (KH-11)',
  ],
  // corpus-real131 … 133 (blind, scored once on 97e10e5: 100 / 100 / 100, 97.1 / 100 / 66.7, 100 /
  // 75.0 / 100), what their causes left: talks held "ngay tại tỉnh nhà" (at home, said so), and a
  // district (Điện Bàn) standing for a province the body never names.
  'b131-01-tinh-doan-son-la-u-dom-xay-xay-nha-bu-ly.html': [
    'missing visits: U Đôm Xay (LA-OU) → Sơn La (VN-05)',
  ],
  'b131-04-cuu-chien-binh-se-kong-tham-dien-ban.txt': [
    'missing visits: Sê Kông (LA-XE) → Điện Bàn (VN-27)',
  ],
  // corpus-real122 … 124 (blind, scored once on e26cbda, the session's last rule change but two:
  // 100 / 100 / 100, 96.6 / 66.7 / 100, 100 / 80.0 / 100), what their causes left: a state visit's
  // capital, which this annotator counts beside the province visited (others leave it out); a
  // trip told only in a caption, by a person named there without the place he leads.
  'b121-03-tong-bi-thu-preah-sihanouk-2017.html': ['missing visits: VN-HN → Phnom Penh (KH-12)'],
  'b122-04-phu-tho-luang-namtha-thu-tuong-lao-tiep.txt': [
    'missing visits: Phú Thọ (VN-68) → Viêng Chăn (LA-VT)',
  ],
  // corpus-real119 … 121 (blind, scored once on 4b3fe64: 100 / 57.1 / 88.9, 94.7 / 0 / — with a
  // code its annotator mistyped (Salavan as LA-SV, corrected after scoring), 100 / 80.0 / 100),
  // what their causes left: a Lao deputy minister who "cùng cắt băng" at the border gate with Sơn
  // La (the signing both sides made in the dateline's province is read right since the fifteenth
  // session).
  'b119-01-long-sap-pa-hang-sonla-huaphan-2024.html': ['missing visits: LA-VT → Sơn La (VN-05)'],
  // corpus-real113 … 115 (blind, scored once on eac9aeb: 100 / 100 / 88.9, 100 / 100 / 80.0, 100 /
  // 66.7 / 80.0), what their causes left: "đang có quan hệ hợp tác với 2 tỉnh", a relationship
  // its annotator reads as an agreement (others mark such optional; read so, they cost another
  // set a false link).
  'b113-05-quang-nam-hoc-bong-viet-kieu-campuchia.txt': [
    'missing sisters: Quảng Nam (VN-27) ↔ Battambang (KH-2)',
    'missing sisters: Quảng Nam (VN-27) ↔ Siêm Riệp (KH-17)',
  ],
  // corpus-real110 (blind, scored once on f5d1697: 100 / 62.5 / 66.7), what its causes left:
  // Lao and Cambodian ministries that co-organised a conference at B, which its annotator does not
  // count as come; district delegations (Tân Hồng, Hồng Ngự) whose province only the districts'
  // names tell.
  'b108-01-dien-dan-thanh-nien-tam-giac-phat-trien-buon-ma-thuot.txt': [
    'false visits: LA-VT → Buôn Ma Thuột (VN-33)',
  ],
  // (Since the sixty-sixth session the trip of both provinces' districts is read, and the
  // unnamed "biên bản hợp tác" no longer falls to one pair of it.)
  'b108-03-lanh-dao-tan-hung-tan-hong-hong-ngu-chuc-tet-prey-veng.txt': [
    'missing sisters: Long An (VN-41) ↔ Prey Veng (KH-14)',
    'missing sisters: Đồng Tháp (VN-45) ↔ Prey Veng (KH-14)',
  ],
  // corpus-real103 … 105 (blind, scored once on ec91228: 91.4 / 80.0 / 100, 100 / 100 / —, 100 /
  // 54.5 / —), what their causes left: an army unit's gift to a Lao ministry its annotator places
  // nowhere, and "Xe … rồi vào Sa-va-na-khét" ("vào" is too often "on" a day to be a motion verb).
  'b101-01-binhdoan11-gialai-kontum-attapeu-vo-dap-2018.txt': [
    'false visits: VN-HN → Attapeu (LA-AT)',
  ],
  'b103-03-ky-su-ccb-canh-dong-chum-2012.txt': [
    'missing visits: Hà Nội (VN-HN) → Sa-va-na-khét (LA-SV)',
  ],
  // corpus-real100 … 102 (blind, scored once on cfb8c55: 100 / 80.0 / 100, 100 / 87.5 / 66.7,
  // 97.6 / 54.5 / —), what their causes left: the next day of a two-day exchange told with "sẽ
  // sang" (other annotators mark such stops optional or leave them out), a hamlet twinning this
  // annotator does not lift to the provinces (others mark it optional), and doctors who "qua khám"
  // only in a patient's words.
  'b99-01-giao-luu-quoc-phong-bien-gioi-tayninh-svayrieng-2025.html': [
    'false sisters: Svay Rieng (KH-20) ↔ Tây Ninh (VN-37)',
  ],
  'b100-03-angiang-kirivong-takeo-vung-lu.txt': [
    'missing visits: An Giang (VN-44) → Takeo (KH-21)',
  ],
  // corpus-real97 … 99 (blind, scored once on 4b574f3: 100 / 100 / 100, 86.5 / 100 / 85.7, 100 /
  // 80.0 / —), what their causes left: a wire report's dateline its annotator leaves out, and
  // "Sitho KanDal", a district of Prey Veng ending in another province's name.
  'b96-03-longan-tayninh-chuc-tet-chol-chnam-thmay-svayrieng.txt': [
    'false places: Phnom Penh (KH-12)',
  ],
  'b96-05-longan-svayrieng-preyveng-quan-su-ket-nghia.html': ['false places: Kandal (KH-8)'],
  // corpus-real94 … 96 (blind, scored once on 1eaf027: 95.7 / 28.6 / 100, 97.8 / 61.5 / —, 100 /
  // 72.7 / 66.7), what their causes left (a "Mođunkiri" two letters from every spelling of
  // Mondulkiri, read since as a list item past an unread one): a stop the trip "sẽ đến" that its
  // annotator counts (others mark such stops optional); a page of an English edition, which the
  // extractor of Vietnamese text is not written for.
  'b94-03-chutichquochoi-lao-pany-yathotu-hanoi-sonla-2017.txt': [
    'missing visits: LA-VT → Sơn La (VN-05)',
  ],
  'b94-05-hcmc-champasak-delegation-2025-merger.html': [
    'missing visits: Champasak (LA-CH) → Ho Chi Minh City (VN-SG)',
    'missing sisters: Ho Chi Minh City (VN-SG) ↔ Champasak (LA-CH)',
  ],
  // corpus-real87 and 88 (blind, scored once after the thirteenth session's last rule change:
  // 95.7 / 100 / — and 100 / 93.3 / —), left as found: "Kép" written like a Vietnamese word in a
  // list of four provinces, and a host's own trip read from a reception by the guests' leaders.
  'b85-04-bcd-taynambo-4-tinh-campuchia.txt': ['missing places: Kép (KH-23)'],
  'b86-02-stungtreng-chuc-tet-gialai-2018.html': [
    'false visits: Gia Lai (VN-30) → Stung Treng (KH-19)',
  ],
  // corpus-real84 … 86 (blind, scored once on the thirteenth session's rules of 91db3bd: 100 /
  // 100 / 100, 82.9 / 66.7 / 100, 96.3 / 72.7 / 85.7), what their causes left: district
  // police whose province only the page's masthead names.
  // corpus-real83 (blind, first run 100 / 94.7 / 66.7), what its causes left: a twinning its
  // annotator reads from "biên bản Hội nghị cấp cao năm 2019" between the two provinces.
  // corpus-real69 … 71 (blind, scored once at the start of the thirteenth session: 100 / 100 /
  // 66.7, 100 / 95.2 / 100, 100 / 77.8 / 100), what their causes left: "văn bản hợp tác với các
  // tỉnh, thành phố giáp biên của Campuchia" read as signed with both provinces the trip visited
  // (its annotator takes one, optionally).
  'b67-01-kiengiang-kep-preahsihanouk-chol-chnam-thmay-2023.html': [
    'false sisters: Preah Sihanouk (KH-18) ↔ Kiên Giang (VN-47)',
  ],
  // corpus-real64 and 65 (blind, scored once after the twelfth session's last rule change: 100 /
  // 75.0 / 100 and 100 / 55.6 / 44.4), left as found: a veterans' tour where the host's roll of
  // twinned provinces after "khi tiếp đoàn tại B," is read as guests (and its twinnings, said of a
  // bare "tỉnh", missed).
  'b63-02-cuu-quan-tinh-nguyen-battambang-siemreap-2023.html': [
    'missing sisters: Battambang (KH-2) ↔ Long An (VN-41)',
    'missing sisters: Battambang (KH-2) ↔ Quảng Nam (VN-27)',
    'missing sisters: Battambang (KH-2) ↔ Trà Vinh (VN-51)',
    'missing sisters: Battambang (KH-2) ↔ Tây Ninh (VN-37)',
    'missing sisters: Battambang (KH-2) ↔ Đà Nẵng (VN-DN)',
  ],
  // corpus-real56 and 57 (blind, first runs 97.4 / 80.0 / 100 and 100 / 100 / 100) and corpus-real58
  // (a development set, 94.1 / 100 / 100), what their causes left: a name cut short ("Bò Kẹ"),
  // and border posts' twinning ceremonies held somewhere the text never says, read at the paper's
  // own city.
  'b55-01-laichau-congan-5-tinh-bac-lao-truc-tuyen-2022.txt': ['missing places: Bò Kẹ (LA-BK)'],
  // corpus-real7: the one difference left of the four its first run showed.
  'r7-06-national-hun-manet.html': ['false places: Bavet (KH-20)'],
  // A site named for an old province ("Ngục Kon Tum") in a 2026 article lies in the new unit.
  'r4-04-quang-ngai-ratanakiri.html': ['false visits: Ratanakiri (KH-16) → Kon Tum (VN-28)'],
  // corpus-real10 (blind): two of its six first-run differences left.
  'r10-01-hatinh-bolikhamxay.txt': ['missing places: Vinh (VN-22)'],
  'r10-09-campuchia-quochoi-dongthap.html': ['missing visits: KH-12 → Hà Nội (VN-HN)'],
  // corpus-real11 (blind): one of its eight first-run differences left.
  'r11-07-dongnai-kampongthom.txt': ['missing visits: Kampong Thom (KH-6) → Đồng Nai (VN-39)'],
  // corpus-real16 and corpus-real17 (blind), scored after the rules from corpus-real13 … 15; the
  // differences left after the rules they showed (semicolon clauses, the paper's own province at a
  // named venue, talks and projects that name no venue).
  'r16-04-benh-vien-houaphanh.txt': ['false sisters: Houaphanh (LA-HO) ↔ Nghệ An (VN-22)'],
  'r17-04-brvt-phnom-penh.html': [
    'missing sisters: Bà Rịa - Vũng Tàu (VN-43) ↔ Phnôm Pênh (KH-12)',
    'missing sisters: Bà Rịa - Vũng Tàu (VN-43) ↔ Siem Reap (KH-17)',
  ],
  'r19-08-chu-tich-nuoc-attapeu.txt': ['false sisters: Attapeu (LA-AT) ↔ Kon Tum (VN-28)'],
  // corpus-real22 (blind), what its causes left: a village's ceremony told without its venue.
  'r22-08-ket-nghia-ban-ban-quang-tri.txt': [
    'missing visits: Quảng Trị (VN-25) → Sa-vẳn-na-khệt (LA-SV)',
  ],
  // corpus-real23 (blind): "Hai tỉnh ký văn bản … năm 1991" after a sentence naming the pair is
  // paired with the last visit's places instead.
  'r23-06-thanh-hoa-hua-phan-thoa-thuan.txt': [
    'false sisters: Viêng Chăn (LA-VT) ↔ Thanh Hóa (VN-21)',
  ],
  // corpus-real187 … 194 (blind, seventeenth session; first runs in docs/geocoding.md), what their
  // causes left: a remains team's trip told only by "trên đất Lào", an informant's address and a
  // caption, and a district "huyện Viêng Chăn" named like the capital; a youth programme's week
  // "hành trình qua 3 tỉnh A, B và C" whose travellers a later sentence names; a Development
  // Triangle list's dateline Hà Nội (its misspelt "Moldokiri" now read); a state visit's capital
  // dropped for the province the guest went on to.
  'b188-03-ha-tinh-quy-tap-bolykhamxay-huyen-vieng-chan-2026.txt': [
    'false places: Viêng Chăn (LA-VT)',
    'missing visits: Hà Tĩnh (VN-23) → Bôlykhămxay (LA-BL)',
  ],
  'b191-03-clv8-vientiane-13-tinh-tam-giac-phat-trien-2014.txt': ['false places: Hà Nội (VN-HN)'],
  'b192-03-heng-samrin-hanoi-ha-nam-2019.txt': ['missing visits: KH-12 → Hà Nội (VN-HN)'],
  // corpus-real195 … 201 (blind, second round of the seventeenth session): a host's own earlier
  // trip recalled as "chuyến làm việc tại B … của mình".
  'b197-03-tphcm-tiep-do-truong-phnom-penh.txt': [
    'missing visits: TP Hồ Chí Minh (VN-SG) → Phnom Penh (KH-12)',
  ],
  // corpus-real202 … 208 (blind, third round): a site's address ("Đà Lạt, Lâm Đồng") in a footer
  // kept as a place; a doctors' trip told through a place the sentence before names ("nơi đây"),
  // another only as "sắp đến"; guests at a school of
  // the merged province; an investment conference read as the target province's trip; a fair at a
  // district stadium the gazetteer does not place; veterans' convoys to the capital told by where they set out from.
  'b200-04-vietnamvn-savannakhet-chuc-tet-quang-tri.html': ['false places: Lâm Đồng (VN-35)'],
  'b201-01-vov5-bac-si-dong-thap-an-giang-kien-giang-campuchia.txt': [
    'missing visits: Kiên Giang (VN-47) → Kampot (KH-7)',
    'missing visits: Đồng Tháp (VN-45) → Prey Veng (KH-14)',
  ],
  'b201-04-qbu-be-giang-lop-phien-dich-kham-muon-2025.html': [
    'missing visits: Khăm Muồn (LA-KH) → Quảng Trị (VN-25)',
  ],
  'b203-03-dbscl-bentre-khao-sat-du-lich-campuchia-2015.txt': [
    'missing visits: Bến Tre (VN-50) → PhnomPenh (KH-12)',
  ],
  'b203-04-tphcm-xaysomboun-xuc-tien-dau-tu-2016.html': [
    'false visits: Xaysomboun (LA-XS) → TPHCM (VN-SG)',
  ],
  'b206-05-qdnd-cuu-qtn-hoi-quan-vieng-chan-2019.html': [
    'missing visits: VN-HN → Viêng Chăn (LA-VT)',
  ],
  // corpus-real209 … 215 (blind, fourth round): a Vice-President's visit whose title a caption
  // splits over two lines (read as the twinned province's); a memorandum "giữa hai tỉnh" after a
  // dateline; a review of cooperation with no signing word; a house
  // handover told only by its caption; aid handed over at a gate in a third province (the roll
  // read from the venue); border guards' joint work read as a sister tie; a national TV station
  // "Quốc gia Lào" met at a town the gazetteer places by its province only.
  'b210-02-kiengiang-kampot-hop-tac-6-linh-vuc.html': [
    'missing sisters: Kiên Giang (VN-47) ↔ Kampot (KH-7)',
  ],
  'b211-02-bienphong-hue-nha-salavan-2019.txt': [
    'missing visits: Thừa Thiên - Huế (VN-26) → Salavan (LA-SL)',
  ],
  'b211-05-hue-sekong-ban-ta-lui-la-lay-2025.html': [
    'false visits: Quảng Trị (VN-25) → Sê Kông (LA-XE)',
  ],
  'b212-02-cong-an-se-kong-chuc-tet-bdbp-hue-2026.txt': [
    'false sisters: Sê Kông (LA-XE) ↔ thành phố Huế (VN-26)',
  ],
  'b213-01-truyenhinhnghean-dai-truyen-hinh-lao-cua-lo-2011.txt': [
    'missing visits: LA-VT → Nghệ An (VN-22)',
  ],
  // corpus-real216 … 221 (blind, fifth round, on d731f85): a ceremony held in the Lao province
  // whose Vietnamese guests only a caption names; a list of twinned villages that never names its
  // Lao province's name in the body; two national delegations at a conference (the host's own
  // Deputy PM read as travelling); volunteers sent off from their own city, their stops listed
  // after; a journal's stop in a capital its article names only in a later sentence.
  'b214-01-bolykhamxay-mit-tinh-55-nam-hatinh-2017.html': [
    'missing visits: Hà Tĩnh (VN-23) → Bôlykhămxay (LA-BL)',
  ],
  'b214-03-nghean-huaphan-19-cap-ban-ket-nghia.txt': ['missing places: Hủa Phăn (LA-HO)'],
  'b216-03-hoi-nghi-tinh-bien-gioi-lan-12-tay-ninh-2023.txt': ['false visits: VN-HN → KH-12'],
  'b217-01-muahexanh-attapeu-champasak.txt': [
    'missing visits: TP.HCM (VN-SG) → Attapeu (LA-AT)',
    'missing visits: TP.HCM (VN-SG) → Champasak (LA-CH)',
  ],
  // corpus-real222 … 225 (blind, sixth round, scored on 47f3690, the session's last rules; left as
  // found, no rule tuned on them): a headline's "tỉnh Viêng Chăn" that the body shows to be the
  // capital; a Tết visit whose opening the stored page lost; a national delegation
  // at a border exchange told in a roll; a conference in a Cambodian city whose guests only its
  // venue implies. (A Lao–Cambodian state visit read with the Vietnamese side is read right since
  // the twentieth session, which knows its leader by name; the byline "Bài: Thái Bình", read as
  // the province on the first run, is chrome since; "Srey Veng", Prey Veng with a slip of its first
  // letter, is read since the twenty-third.)
  'b220-04-nghe-an-vieng-chan-2025-2028.txt': [
    'false places: Viêng Chăn (LA-VI)',
    'false sisters: Viêng Chăn (LA-VI) ↔ Nghệ An (VN-22)',
  ],
  'b222-01-banlung-6tinh-congan-2016.txt': [
    'missing visits: Attapu (LA-AT) → Ratanakiri (KH-16)',
    'missing visits: Gia Lai (VN-30) → Ratanakiri (KH-16)',
    'missing visits: Kon Tum (VN-28) → Ratanakiri (KH-16)',
    'missing visits: Se Kong (LA-XE) → Ratanakiri (KH-16)',
  ],
  // corpus-real226 … 228 (blind, seventh round, scored once on 5d4888a, after the session's last
  // rule change; left as found): a post-2025 venue, a ward named for the old city ("phường Kon
  // Tum"), that the annotator places in the old province, where we read the merged one the text
  // names beside it.
  'b226-01-lienhoan-thanhnien-kontum-quangngai-2025.html': [
    'missing places: Kon Tum (VN-28)',
    'missing visits: KH-12 → Kon Tum (VN-28)',
    'missing visits: LA-VT → Kon Tum (VN-28)',
    'false visits: KH-12 → Quảng Ngãi (VN-29)',
    'false visits: LA-VT → Quảng Ngãi (VN-29)',
  ],
  // corpus-real229 … 232 (blind, eighteenth session's first round; first runs in
  // docs/geocoding.md): an English page of a Vietnamese outlet, whose English the step does not
  // read for links (its places it finds).
  'b228-02-longan-svayrieng-preyveng-bien-gioi-2022.html': [
    'missing visits: Long An (VN-41) → Svay Rieng (KH-20)',
    'missing sisters: Long An (VN-41) ↔ Prey Veng (KH-14)',
    'missing sisters: Long An (VN-41) ↔ Svay Rieng (KH-20)',
  ],
  // corpus-real233 … 236 (blind, eighteenth session's second round): Vietnam's consulates at
  // work in their host country: a consul general's tour read from his consulate's seat, a
  // ground-breaking a consulate co-organised in a province not its seat, a ceremony of a local
  // association the Deputy Minister attended, named by the association's province only.
  'b232-01-thu-truong-thu-hang-bien-ho-campuchia.html': [
    'missing visits: VN-HN → Siem Reap (KH-17)',
  ],
  'b232-02-tlsq-luang-prabang-ba-tinh-bac-lao.txt': ['false visits: VN-HN → Luang Prabang (LA-LP)'],
  'b232-05-tlsq-preah-sihanouk-kampot-nha-cong-dong.html': [
    'missing visits: VN-HN → Kampot (KH-7)',
  ],
  // corpus-real241 … 244 (blind, eighteenth session's fourth round): an earlier signing "tại B"
  // recalled by a customs body that is no province's; rice a national reserve agency handed over
  // at a border warehouse; talks at a border post the gazetteer does not place.
  'b240-03-nghean-hai-quan-vung-iii-lao-lam-viec.txt': [
    'missing visits: Nghệ An (VN-22) → Savanakhet (LA-SV)',
  ],
  'b241-05-vov4-cotu-1000-tan-gao-savannakhet-2020.txt': [
    'missing visits: VN-HN → Savanakhet (LA-SV)',
  ],
  'b242-01-tayninh-preyveng-tan-nam-meun-chey-2025.txt': [
    'missing visits: Prey Veng (KH-14) → Tây Ninh (VN-37)',
  ],
  // corpus-real245 … 248 (blind, fifth round, scored on 8465caa): border guards' Tết gifts across
  // the border told with no travel word; a national troupe's show named by its Culture Week; a
  // village twinning signed before both provinces' leaders.
  'b243-01-quangtri-huonglap-laco-xuan-bien-phong-2026.html': [
    'missing visits: Quảng Trị (VN-25) → Sa Văn Na Khẹt (LA-SV)',
  ],
  'b245-03-quangbinh-ket-nghia-dan-hoa-lang-khang-2023.txt': [
    'missing visits: Khăm Muồn (LA-KH) → Quảng Bình (VN-24)',
  ],
  // A caravan of two places' businesses whose second home only the opening names.
  'b172-04-quangnam-danang-caravan-nam-lao-pakse-2022.txt': [
    'missing visits: Đà Nẵng (VN-DN) → Paksong (LA-CH)',
  ],
  // A partner's delegation at the paper's own city, dropped as a roll read at home because the
  // city's Tết trip the other way (dated wrongly, with the lead's date) seems to contradict it.
  'b176-05-tp-tay-ninh-chi-khu-prey-veng-tong-ket-2019.txt': [
    'missing visits: Prey Veng (KH-14) → thành phố Tây Ninh (VN-37)',
  ],
  // Remains teams whose trips are told as "do Đội K73 (…) tìm kiếm, cất bốc … trên địa bàn các
  // tỉnh …" (the agent of a passive: read as no trip); a signing whose guests are one named
  // deputy governor; a front's delegations "sang tỉnh bạn Lào" over six years.
  'b177-04-kiengiang-k92-ky-ket-4-tinh-campuchia-2023.html': [
    'missing visits: Kam Pot (KH-7) → Kiên Giang (VN-47)',
  ],
  // Districts, communes and villages beyond the border table (districts.json) named without
  // their province ("huyện Mường Mày", "xã Ta Đo").
  'b183-02-nampo-muongmay-samphan-phongsaly.txt': [
    'missing visits: Phông Sa Lỳ (LA-PH) → Điện Biên (VN-71)',
  ],
  'b183-04-kyson-ta-do-na-muong-noong-het-muong-moc.txt': [
    'missing visits: Kỳ Sơn (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  // corpus-real28 (blind, scored at the end of the sixth session): a students' exchange whose
  // venue the text leaves implied, read as a trip to the first of six provinces.
  'r28-05-dien-bien-6-tinh-bac-lao-sinh-vien.html': [
    'false visits: Điện Biên (VN-71) → Louangphrabang (LA-LP)',
  ],
  // corpus-real30 (blind, the last set): yearly trips ("Mỗi năm, … đều đón tiếp các đoàn … sang
  // thăm") its annotator made required; issue 8 reads habits as no trip, so they stay missing.
  'r30-06-binh-duong-kratie-kandal.html': [
    'missing visits: Kandal (KH-8) → Bình Dương (VN-57)',
    'missing visits: Kratie (KH-10) → Bình Dương (VN-57)',
  ],
  // corpus-real34 (blind, first run 97.3 / 57.1 / 100), what its causes left: a school named
  // "Kandal Phum". (Its trip told by "… mà Đoàn tới thăm" went to the delegation the article
  // follows from the thirty-fifth session.)
  'r34-07-thanhnien-longan-svayrieng.txt': ['false places: Kandal (KH-8)'],
  'r30-07-tphcm-hoi-huu-nghi-campuchia.txt': [
    'missing visits: TPHCM (VN-SG) → Kan Đan (KH-8)',
    'missing visits: TPHCM (VN-SG) → Tà Keo (KH-21)',
  ],
  // corpus-real256 … 259 (blind, eighth round, scored on 859a260): five pages its helpers wrote in
  // English or French (the step reads Vietnamese); a travelogue recalling a groundbreaking reached
  // "vào tận rừng Dakchueng" (a district of the partner, named without its province).
  'b254-02-kontum-giao-luu-quoc-phong-bien-gioi-ba-nuoc-2023.txt': [
    'missing visits: KH-12 → Kon Tum (VN-28)',
    'missing visits: LA-VT → Kon Tum (VN-28)',
  ],
  'b254-03-sonla-huaphanh-chuan-bi-giao-luu-quoc-phong-viet-lao-2024.html': [
    'missing visits: LA-VT → Son La (VN-05)',
    'missing visits: VN-HN → Houaphanh (LA-HO)',
  ],
  'b254-05-dongthap-preyveng-giao-luu-the-thao-hong-ngu.txt': [
    'missing visits: Prey Veng (KH-14) → Dong Thap (VN-45)',
  ],
  'b255-04-vnplus-fr-kontum-attapeu-protocole-2022.html': [
    'missing visits: Attapeu (LA-AT) → Kon Tum (VN-28)',
    'missing sisters: Kon Tum (VN-28) ↔ Attapeu (LA-AT)',
  ],
  'b256-01-sekong-khat-vong-xuyen-a-quangnam-2020.txt': [
    'missing visits: Quảng Nam (VN-27) → Sekong (LA-XE)',
    'missing visits: VN-HN → Sekong (LA-XE)',
  ],
  'b257-03-vietnam-laos-rehearsal-border-defence-exchange.txt': [
    'missing visits: LA-VT → Sơn La (VN-05)',
    'missing visits: VN-HN → Houaphanh (LA-HO)',
  ],
  // corpus-real260 … 263 (blind, ninth round, scored on d7508b1): a side's roll of national bodies
  // ("Về phía Campuchia, tham dự buổi lễ có … Bộ Nội vụ Campuchia") at a ceremony whose venue the
  // lead gives only as a border gate's economic zone, with both provinces as its organisers.
  'b258-01-hoabinhtv-cua-khau-vinh-xuong-kaorm-samnor.html': [
    'missing visits: KH-12 → An Giang (VN-44)',
  ],
  // corpus-real268 … 271 (blind, eleventh round, scored on b4903c9): a national procuracy's trip
  // told as a schedule ("dự kiến 13–16/8") under a headline of the opening; a meeting placed only
  // by a checkpoint in a commune ("tại Trạm kiểm soát … xã Tân Biên").
  'b268-03-tayninh-preyveng-tannam-meunchey-2025.html': [
    'missing visits: Prey Veng (KH-14) → Tây Ninh (VN-37)',
  ],
  // corpus-real272 … 275 (blind, twelfth round, scored on 7f2566d): "tỉnh ta" for a province the
  // title never names; a dateline city annotated as no place; a festival's other leg known only by
  // a caption and a closing sentence. (A women's union delegation led by a province's deputy
  // governor reads right since the forty-fifth session.)
  // (Hủa Phăn's trip to the capital, named as a venue of the article's, is read since the
  // sixty-seventh session.)
  'b272-03-baohoabinh-pho-thu-tuong-tiep-doan-hua-phan-hoa-binh.txt': [
    'false visits: Hòa Bình (VN-14) → Hủa Phăn (LA-HO)',
  ],
  'b272-05-vnplus-chu-tich-nuoc-sap-du-khanh-thanh-san-bay-attapeu-2015.txt': [
    'false places: Hà Nội (VN-HN)',
  ],
  // Hun Sen's 1977 crossing "khi sang Việt Nam" (known by name since the twentieth session), a
  // trip of history its annotator leaves out.
  'b273-02-binhphuoc-hoalu-doan-cap-cao-campuchia-2022.html': ['false visits: KH-12 → VN-HN'],
  'b273-01-quangtri-savannakhet-lien-hoan-huu-nghi-2022.html': [
    'missing visits: VN-HN → Savannakhet (LA-SV)',
  ],
  // corpus-real276 … 279 (blind, thirteenth round, scored on 1dd093c, the session's last rules
  // at the time): a dateline city its annotator left out of the places; a national visit told as
  // "sẽ sang thăm" the day before it began, annotated as made; a national border-guard department's
  // trip told in a tag page's teaser ("Cục … Lào … giao lưu sĩ quan trẻ tại Hà Tĩnh, Nghệ An").
  'b274-05-longan-khammuon-ky-thoa-thuan-hop-tac.txt': ['false places: Hà Nội (VN-HN)'],
  'b276-02-baomoi-tong-bi-thu-tham-lao-2016.html': ['missing visits: VN-HN → LA-VT'],
  'b277-01-tag-cuc-bdbp-thanhhoa-huaphan-si-quan-tre-2023.html': [
    'missing visits: LA-VT → Hà Tĩnh (VN-23)',
    'missing visits: LA-VT → Nghệ An (VN-22)',
  ],
  // corpus-real280 … 283 (blind, fourteenth round, scored on 70d793b): the partners each Lao
  // province gave money to, said to be its twins only in a later sentence ("hỗ trợ các địa phương
  // Việt Nam kết nghĩa với tỉnh mình").
  'b278-01-phongsaly-luangnamtha-quy-vacxin-2021.html': [
    'missing sisters: Luang Namtha (LA-LM) ↔ Phú Thọ (VN-68)',
    'missing sisters: Luang Namtha (LA-LM) ↔ Sơn La (VN-05)',
    'missing sisters: Luang Namtha (LA-LM) ↔ Vĩnh Phúc (VN-70)',
    'missing sisters: Luang Namtha (LA-LM) ↔ Điện Biên (VN-71)',
    'missing sisters: Phongsaly (LA-PH) ↔ Lai Châu (VN-01)',
    'missing sisters: Phongsaly (LA-PH) ↔ Phú Thọ (VN-68)',
    'missing sisters: Phongsaly (LA-PH) ↔ Sơn La (VN-05)',
    'missing sisters: Phongsaly (LA-PH) ↔ Thái Nguyên (VN-69)',
    'missing sisters: Phongsaly (LA-PH) ↔ Tuyên Quang (VN-07)',
    'missing sisters: Phongsaly (LA-PH) ↔ Vĩnh Phúc (VN-70)',
  ],
  // corpus-real284 … 287 (blind, fifteenth round, scored on 08bd365, the session's final code, and
  // left as found): a Cambodian delegation named by country whose two provinces show only through
  // their heads, read as a national visit (other annotators keep that visit: corpus-real54,
  // corpus-real238); a visit known only by the dateline; a university's stop in Phnom Penh; a Red
  // Cross trip to a district of Kampong Chhnang read at the dateline's Phnom Penh; a contractor's
  // page whose investors' line names Thanh Hóa. (The Cambodian delegation named by country in the
  // headline is the two provinces' since the twenty-third session.)
  'b284-02-cong-an-tphcm-huan-chuong-lao-vientiane-2018.txt': [
    'missing visits: Thủ đô Viêng Chăn (LA-VT) → TP Hồ Chí Minh (VN-SG)',
  ],
  // (Twenty-second session: the first parliamentary summit of the three countries "dự Hội nghị
  // Cấp cao Quốc hội 3 nước Campuchia - Lào - Việt Nam" in Laos brought Cambodia's too, a trip its
  // annotator, following the police, did not list.)
  'b284-04-bo-cong-an-trao-xe-bo-cong-an-lao-vientiane-2024.html': [
    'false visits: KH-12 → Thủ đô Vientiane (LA-VT)',
  ],
  'b285-03-vietnamnet-dai-hoc-kien-giang-hop-tac-dai-hoc-campuchia.txt': [
    'missing visits: Kiên Giang (VN-47) → Phnom Penh (KH-12)',
  ],
  'b285-04-vietnamplus-chu-thap-do-tay-ninh-kampong-chhnang.html': [
    'false visits: Tây Ninh (VN-37) → Phnom Penh (KH-12)',
  ],
  'b285-05-conric-benh-vien-huu-nghi-houaphan-sam-nua.txt': ['missing places: Thanh Hóa (VN-21)'],
  // corpus-real288 … 291 (blind, sixteenth round, scored on 414fbff): a tag page named after a
  // person whose given name is a Lao provincial capital (Phonsavan).
  'b288-01-baomoi-tag-phonsavan-sisoulath-thu-tuong-vientiane.html': [
    'false places: Phonsavan (LA-XI)',
  ],
  // corpus-real292 … 295 (blind, seventeenth round, scored on 24b832d): "các tỉnh Vientiane,
  // Champasak và Attapeu" read as Vientiane province, annotated as the capital (its annotator
  // notes a reader may choose either).
  'b293-02-trai-he-thieu-nhi-3-nuoc-tphcm-2018.txt': [
    'missing places: Vientiane (LA-VT)',
    'false places: Viêng Chăn (LA-VI)',
    'false visits: Viêng Chăn (LA-VI) → TP Hồ Chí Minh (VN-SG)',
  ],
  // corpus-real296 … 299 (blind, eighteenth round, scored on a176a1b): a route's end "Viêng Chăn"
  // read as the province the feature also calls "tỉnh Viêng Chăn".
  'b295-05-duong-bay-vinh-vieng-chan-bai-1.html': ['missing places: Viêng Chăn (LA-VT)'],
  // corpus-real300 … 303 (blind, nineteenth round, scored on 07a8e2b): "Hai Thủ tướng … gặp gỡ …
  // nhân dân tỉnh B" (the two leaders, one a guest, named only as a pair); districts "mời … sang
  // thăm, hội đàm" (an invitation the text tells as taken up); communes twinned whose provinces
  // the text names only elsewhere.
  'b299-04-thu-tuong-hun-sen-binh-duong-baodautu.html': [
    'missing visits: KH-12 → Bình Dương (VN-57)',
  ],
  'b300-01-nam-po-ba-huyen-phong-sa-ly.html': [
    'missing visits: Phong Sa Ly (LA-PH) → Điện Biên (VN-71)',
  ],
  'b300-04-my-quy-som-roong-samaki.txt': ['missing sisters: Long An (VN-41) ↔ Svây Riêng (KH-20)'],
  // corpus-real308 … 311 (blind, twenty-first round, scored on 60ffb8c): a general named by rank
  // alone ("Thượng tướng"); a national delegation's country visit that its provincial stops
  // replace (its annotator keeps both).
  'b308-01-hoilhpn-ha-thi-khiet-cam-pu-chia-2006.html': ['missing visits: VN-HN → KH-12'],
  // corpus-real312 … 315 (blind, twenty-second round, scored on b8f45e1): a photo story whose
  // captions alone tell a district's trip; a trip "thăm tỉnh Vân Nam" (China, no place of ours)
  // read at the one Vietnamese province the article names.
  'b310-03-quangbinh-khammouane-noong-ma-anh.txt': [
    'missing visits: Quảng Bình (VN-24) → Khammouane (LA-KH)',
  ],
  'b311-05-banteay-meanchey-van-nam-dongthap-2011.txt': [
    'false visits: Banteay Meanchey (KH-1) → Đồng Tháp (VN-45)',
  ],
  // corpus-real316 … 319 (blind, twenty-third round, scored on ce253cf): a town named only inside a
  // planned bus route; a meeting "Tại buổi làm việc với đoàn … TP A, lãnh đạo tỉnh B …" read at A; a tag page whose Hà Nội is only the venue of its items; a
  // Cambodian–Lao state visit with no capital named, and a planned bridge read as a twinning; a
  // 55-year friendship its annotator reads as twinning; medals a province's leader hands over
  // "tại thành phố Huế" with no travel verb.
  'b316-01-tphcm-champassak-vientiane.txt': [
    'false visits: Champassak (LA-CH) → TP. Hồ Chí Minh (VN-SG)',
  ],
  'b316-02-daidoanket-tag-mat-tran-lao.html': ['missing places: Hà Nội (VN-HN)'],
  'b316-05-campuchia-lao-cau-preah-vihear-champasak.txt': [
    'missing visits: KH-12 → LA-VT',
    'false sisters: Preah Vihear (KH-13) ↔ Champasak (LA-CH)',
  ],
  'b317-02-thanhhoa-houaphan-55-nam-huan-chuong-2022.html': [
    'missing sisters: Thanh Hóa (VN-21) ↔ Houaphan (LA-HO)',
  ],
  // corpus-real320 … 323 (blind, twenty-fourth round, scored on 41302be): a minister "đang có mặt
  // tại thành phố Huế" whose Siem Reap is a hoped-for air route; a doctor's name read as Kep and a
  // teaser's Quảng Ninh; a programme "giữa hai tỉnh" after a national reception; villagers "từ bản
  // …, tỉnh B sang thăm" told with "đón".
  'b319-02-thua-thien-hue-siem-reap-duong-bay-2022.txt': [
    'missing visits: KH-12 → Thừa Thiên - Huế (VN-26)',
    'false visits: Siem Reap (KH-17) → Thừa Thiên - Huế (VN-26)',
  ],
  'b319-05-tphcm-phnom-penh-benh-vien-cho-ray.txt': ['false places: Quảng Ninh (VN-13)'],
  'b321-01-lamdong-champassak-thu-tuong-lao-tieng-phap.txt': [
    'missing sisters: Lâm Đồng (VN-35) ↔ Champasak (LA-CH)',
  ],
  'b321-03-baokontum-thon-iec-ban-phu-cua-attapu-2024.html': [
    'missing visits: Attapư (LA-AT) → Kon Tum (VN-28)',
  ], // corpus-real324 … 327 (blind, twenty-fifth round, scored on d5884e6, the twentieth session's
  // final code; rules were made from them only in the next session, after that figure stood): a
  // trade list of Cambodian provinces; a province's twelve foreign partners listed as "hợp tác hiệu
  // quả với …".
  'b323-04-kiengiang-12-dia-phuong-nuoc-ngoai.txt': [
    'missing sisters: Kiên Giang (VN-47) ↔ Kampot (KH-7)',
    'missing sisters: Kiên Giang (VN-47) ↔ Kep (KH-23)',
    'missing sisters: Kiên Giang (VN-47) ↔ Koh Kong (KH-9)',
    'missing sisters: Kiên Giang (VN-47) ↔ Phnom Penh (KH-12)',
    'missing sisters: Kiên Giang (VN-47) ↔ Preah Sihanouk (KH-18)',
  ],
  'b324-02-qk7-tu-lenh-quan-khu-phnompenh-luc-quan-campuchia.html': [
    'false visits: Phnom Penh (KH-12) → VN-HN',
  ],
  // corpus-real332 … 335 (blind, twenty-seventh round, scored on bb226f6): "Thỏa thuận hợp tác
  // giữa hai tỉnh đã được ký kết hôm qua tại A" where only the headline names the two (read from
  // "hai tỉnh", it costs two trips elsewhere).
  'b332-04-hai-duong-tinh-vientiane-ky-ket.txt': [
    'missing visits: tỉnh Vientiane (LA-VI) → Hải Dương (VN-61)',
  ],
  // corpus-real336 … 339 (blind, twenty-eighth round, scored on 7b2a2fe): a review of "các nội
  // dung hợp tác đã thỏa thuận" read as an agreement; a state visit's stop in a province told only
  // by a caption whose long object stands between the act and "tại".
  'b336-02-phq-lao-danh-gia-chuyen-tham-chu-tich-qh-champasak-2022.txt': [
    'missing visits: VN-HN → Champasak (LA-CH)',
  ],
  // corpus-real340 … 343 (blind, twenty-ninth round, scored on 0718af8): an agreement the
  // headline calls "hai địa phương ký kết" whose two are named three paragraphs later; "Hồ Chí
  // Minh" bare inside an expressway's name; a Deputy Prime Minister's counterpart at talks "tại
  // thành phố Quy Nhơn" read as the host's; a roll of two parliaments' chairs joined by "và".
  'b338-01-mofahcm-kontum-attapu-ky-ket-2011.html': [
    'missing sisters: Kon Tum (VN-28) ↔ Attapu (LA-AT)',
  ],
  'b340-02-cnv-akp-bon-van-kien-phnompenh-2017.txt': ['missing places: Hồ Chí Minh (VN-SG)'],
  // corpus-real344 … 347 (blind, thirtieth round, scored on 0c6d42f): a Lao defence minister's
  // delegation named only "phía Lào" at a venue told by its district ("Mộc Châu"); a Lao leader's
  // meeting "tại Phnom Penh" and a Cambodian survey team in Lao provinces told in a re-told
  // English digest; a border post's staff "cũng tham gia hỗ trợ" at
  // the article's venue; a team's home named only as "thành Vinh".
  'b342-02-be-mac-giao-luu-quoc-phong-bien-gioi-moc-chau-sop-bao-2024.txt': [
    'missing visits: LA-VT → Sơn La (VN-05)',
  ],
  'b344-02-lao-campuchia-cua-khau-cau-xelamphao.txt': [
    'missing visits: LA-VT → Phnom Penh (KH-12)',
  ],
  'b345-03-sopbau-huaphan-kham-benh-mocchau-sonla.txt': [
    'missing visits: Sơn La (VN-05) → Hủa Phăn (LA-HO)',
  ],
  'b345-05-quany4-thoongpe-bolykhamxay-2014.txt': [
    'missing places: Vinh (VN-22)',
    'missing visits: Vinh (VN-22) → BôLyKhămXay (LA-BL)',
  ],
  // corpus-real348 … 351 (blind, thirty-first round, scored on 32c2f9f): a signing whose date and
  // venue ("ngày 8/4 tại Long Xuyên") stand only in a caption; "hai bên thường xuyên … ký kết các
  // thỏa thuận" where "hai bên" are the province and two neighbours named sentences before; a Lao
  // leader named by title-first roll and then "bà X"; a trip the other way recalled as "chuyến
  // công tác tại TPHCM vừa qua".
  'b347-03-hatinh-60-nam-bolykhamxay-khammouane-2022.txt': [
    'missing sisters: Hà Tĩnh (VN-23) ↔ Bolykhamxay (LA-BL)',
    'missing sisters: Hà Tĩnh (VN-23) ↔ Khammouane (LA-KH)',
  ],
  'b349-05-tphcm-thu-do-vieng-chan-hdnd-2019.txt': [
    'missing visits: thủ đô Viêng Chăn (LA-VT) → TPHCM (VN-SG)',
  ],
  // corpus-real352 … 355 (blind, thirty-second round, scored on 2383ab1): "Bản ghi nhớ giữa hai
  // tỉnh" whose two the article named before; a national border-guard command's officers met "tại
  // Kien Giang" with no body named as coming.
  'b353-03-nhandan-si-quan-tre-bien-phong-viet-nam-campuchia-kien-giang.txt': [
    'missing visits: KH-12 → Kien Giang (VN-47)',
  ],
  // corpus-real356 … 359 (blind, thirty-third round, scored on ab34e4a): a ceremony "tại buổi lễ"
  // whose village cluster is placed only as "thuộc địa phương nước bạn"; a defence minister's stop
  // in Savannakhet told in a French digest; a memorandum "giữa hai nước" read by its annotator as
  // the provinces'; the guests of a burial known only by the host district's people ("nhân dân
  // huyện Đô Lương (Nghệ An)").
  'b354-01-vietnamplus-quangbinh-khammouan-cum-ban-lang-khang.html': [
    'missing visits: Quang Binh (VN-24) → Khammouan (LA-KH)',
  ],
  'b356-03-thuathienhue-savannakhet-huan-chuong-2018.txt': [
    'missing sisters: Thừa Thiên-Huế (VN-26) ↔ Savannakhet (LA-SV)',
  ],
  'b356-05-nghean-xiengkhoang-vieng-chan-an-tang-65-liet-si.html': [
    'missing visits: Viêng Chăn (LA-VI) → Nghệ An (VN-22)',
    'missing visits: Xiêng Khoảng (LA-XI) → Nghệ An (VN-22)',
    'missing visits: Xây Xổm Bun (LA-XS) → Nghệ An (VN-22)',
  ],
  // corpus-real360 … 363 (blind, thirty-fourth round, scored on 3fa9727): a Cambodian Deputy Prime
  // Minister co-chairing a conference "tại TP.HCM" whose caption and body disagree on the chairs.
  // corpus-real364 … 367 (blind, thirty-fifth round, scored on 30f7f1c): a province's vice-chair
  // co-presiding a repatriation abroad, with no travel word.
  'b363-02-kontum-ratanakiri-hoi-huong-hai-cot-2023.txt': [
    'missing visits: Kon Tum (VN-28) → Ratanakiri (KH-16)',
  ],
  // corpus-real368 … 371 (blind, thirty-sixth round, scored on 77a2bbf): a ministry's tribute in
  // a province; a governor received by a Prime Minister "tại Hà Nội" with no venue word; a
  // regional army command its annotator places at the capital. (The provinces' delegation, read as
  // their country's too, is the provinces' alone since the twenty-third session.)
  'b368-03-bo-cong-an-tri-an-liet-si-houaphanh-viengxay.txt': [
    'missing visits: VN-HN → Houaphanh (LA-HO)',
  ],
  'b369-05-quan-khu-3-campuchia-chuc-tet-vinh-long-2025.txt': [
    'missing visits: KH-12 → Vĩnh Long (VN-49)',
  ],
  // corpus-real372 … 375 (blind, thirty-seventh round, scored on df32fa3, the session's final code,
  // and left as found: no rule made from them): a Deputy Prime Minister known only by her speech
  // at a meeting; a speech on a port
  // visit naming another province's port; "Con đường từ bản A … sang bản B … tỉnh C" (a road, no
  // trip); "Prey Vieng" (one letter too many) paired across countries below the 0.9 bar.
  'b372-01-thu-tuong-lao-tham-tan-cang-cat-lai.html': ['false visits: LA-VT → Hà Tĩnh (VN-23)'],
  'b373-05-dongthap-prey-vieng-hop-tac.txt': [
    'missing places: Prey Vieng (KH-14)',
    'missing sisters: Đồng Tháp (VN-45) ↔ Prey Vieng (KH-14)',
  ],
  // corpus-real380 … 383 (blind, thirty-ninth round, scored on 25f02d2): a consulate general's
  // relief told only by a caption ("Đoàn Tổng Lãnh sự quán … trao hàng hỗ trợ cho tỉnh B").
  'b381-05-tlsq-savannakhet-ho-tro-lu-ba-tinh-trung-lao-2023.txt': [
    'missing visits: VN-HN → Bolykhamxay (LA-BL)',
  ],
  // corpus-real384 … 387 (blind, fortieth round, scored on b1013f3): an agreement of two courts
  // whose signing the excerpt never tells; an agency dateline with a date before the agency ("Hà
  // Nội, 23/7 (TTXVN)") its annotator does not count as a place.
  'b382-01-tayninh-kampongcham-toa-an-thoa-thuan.txt': [
    'missing sisters: Tây Ninh (VN-37) ↔ Kampong Cham (KH-3)',
  ],
  'b385-03-giao-luu-bien-gioi-viet-lao-moc-chau-sonla-houaphan-2017.txt': [
    'false places: Hà Nội (VN-HN)',
  ],
  // corpus-real388 … 391 (blind, forty-first round, scored on 015e5aa): a domestic tourism
  // agreement (HCMC with eight Vietnamese provinces) in a sentence that names the
  // Lao host of the week; football teams of three countries drawn into one group at a cup, read
  // as a trip between two of them.
  'b388-04-svayrieng-champasak-cup-binhphuoc-2014.txt': [
    'false visits: Svay Rieng (KH-20) → Champasak (LA-CH)',
  ],
  'b389-05-hoi-cho-viet-lao-lao-itecc-2025.txt': ['missing visits: VN-HN → Viêng Chăn (LA-VT)'],
  // corpus-real392 … 395 (blind, forty-second round, scored on 0a43e5e): a Deputy Prime Minister
  // at a border gate's complex named by eight words before its province; "đoàn còn đến thăm …"
  // after a Lao leader's domestic trip whose sentence names Vietnam only as a funder.
  'b391-01-pho-thu-tuong-men-sam-an-binh-hiep-long-an.html': [
    'missing visits: KH-12 → Long An (VN-41)',
  ],
  'b392-03-pho-thu-tuong-lao-bolikhamxay-truong-viet-nam-tai-tro.txt': [
    'false visits: VN-HN → Bolikhamxay (LA-BL)',
  ],
  // corpus-real400 … 403 (blind, forty-fourth round, scored on d7470cb): talks with no venue whose
  // roll of Cambodian commands is read as guests of the paper's province, and "thống nhất việc ký
  // kết biên bản ghi nhớ … trong thời gian tới" that its annotator counts as signed; a Lao border
  // command's greetings whose province only "Hua Phan" in a unit's name tells.
  'b400-02-bdbp-binhphuoc-kratie-tboungkhmum.txt': [
    'false visits: Kratie (KH-10) → Bình Phước (VN-58)',
    'false visits: Tboung Khmum (KH-25) → Bình Phước (VN-58)',
    'missing sisters: Bình Phước (VN-58) ↔ Kratie (KH-10)',
    'missing sisters: Bình Phước (VN-58) ↔ Tboung Khmum (KH-25)',
  ],
  // corpus-real404 … 407 (blind, forty-fifth round, scored on 430e383, the session's final rule
  // code, and left as found: no rule made from them): a province's delegation travelling
  // "cùng" a national institute (the province is read, the institute is not); the leaders of
  // six provinces known only as "lãnh đạo các tỉnh nói trên" at a summit in Đà Lạt; two
  // parliaments' committees "tổ chức tại tỉnh Nghệ An" named only as "Ủy ban Đối ngoại Quốc hội
  // ba nước".
  'b403-01-sonla-huaphan-vien-khxh-quoc-gia-lao.txt': ['missing visits: LA-VT → Sơn La (VN-05)'],
  // corpus-real408 … 411 (blind, forty-sixth round, scored on 75e7c41): co-chairs of a meeting whose
  // place a sentence about an agreement gave, one of them a council's secretary-general; a Lao leader's visit
  // "tháng 6 vừa qua" told in a consul's farewell.
  'b407-05-tam-giac-phat-trien-du-lich-champassak-2008.txt': [
    'missing visits: KH-12 → Champassak (LA-CH)',
    'missing visits: VN-HN → Champassak (LA-CH)',
  ],
  'b409-05-tong-lanh-su-lao-tphcm-2006.html': ['missing visits: LA-VT → TPHCM (VN-SG)'],
  // corpus-real412 … 415 (blind, forty-seventh round, scored on b4e07d8, the session's final rule
  // code, and left as found: no rule made from them): a tag page's teaser on aid memoranda with
  // three Lao provinces; a national steering committee's leaders received in Vientiane; national officials at a
  // meeting in a Lao province told only by the meeting ("hội nghị … tại Champasack"): since the
  // twenty-third session the Cambodian minister on the roll is read, and since the sixty-second
  // the Vietnamese side, named by a joint committee ("Ủy ban hợp tác Việt Nam - Lào"), too.
  'b410-04-tag-3-tinh-bac-lao-dienbien-mac-ca.html': [
    'missing sisters: Điện Biên (VN-71) ↔ Luangprabang (LA-LP)',
    'missing sisters: Điện Biên (VN-71) ↔ Oudomxay (LA-OU)',
    'missing sisters: Điện Biên (VN-71) ↔ Phongsaly (LA-PH)',
  ],
  'b411-05-pho-thu-tuong-lao-asang-laoly-ban-chi-dao-tay-bac.txt': [
    'missing visits: VN-HN → Vientiane (LA-VT)',
  ],
  // corpus-real416 … 419 (blind, forty-eighth round, scored on 75cc929, whose behaviour is the
  // final rule code's, and left as found): a consulate's seat its annotator does not count as a
  // place. (A Lao leader's trip to a port in Hà Tĩnh, "… đã dẫn đầu đoàn đại biểu cấp cao tới dự
  // …", is read since the twenty-third session; an ambassador's talks "với chính quyền hai tỉnh …",
  // since the sixty-second; a Prime Minister's rice "trao tặng … cho các hộ người Việt nghèo tại
  // Siem Reap", its recipients between the gift and the place, since the sixty-seventh.)
  'b417-02-be-mac-nam-huu-nghi-oudomxay-2022.html': ['false places: Viêng Chăn (LA-VT)'],
  // corpus-real420 … 423 (blind, forty-ninth round, scored on 19176a4, the final rule code's
  // behaviour, and left as found): aid handed to a consulate general in the city it sits in, read
  // as the partner province's trip; a place in a related item's sentence its annotator leaves out.
  'b418-03-ccb-da-nang-ho-tro-ccb-salavan.html': [
    'false visits: Salavan (LA-SL) → Đà Nẵng (VN-DN)',
  ],
  'b419-01-dang-lao-bacninh.txt': ['false places: Hà Nội (VN-HN)'],
  // corpus-real428 … 431 (blind, fifty-first round, scored on 2971d20): talks "tại địa bàn phía
  // Việt Nam" between two district police forces; a youth union's plans, whose list of provinces
  // to visit gives a partnership; the Lao and Cambodian farmers' delegations met "tại thành phố Đà
  // Lạt", named only as "các trưởng đoàn nông dân Lào và Campuchia"; two earlier trips told by
  // their aid.
  // (A Lao official speaking at a burial in Quảng Bình, "Phát biểu tại lễ an táng, …", is read at
  // the place the sentence before gave the burial since the twenty-third session.)
  'b427-02-dienbien-muangmay-phongsaly-congan-huyen-2024.txt': [
    'missing visits: Phongsaly (LA-PH) → Điện Biên (VN-71)',
  ],
  'b428-01-thanh-doan-tphcm-tinh-nguyen-lao-campuchia-2009.html': [
    'false sisters: Kampong Chhnang (KH-4) ↔ TPHCM (VN-SG)',
  ],
  'b428-05-chu-thap-do-kon-tum-attapeu-ky-ghi-nho-2019.html': [
    'missing visits: Kon Tum (VN-28) → Attapeu (LA-AT)',
    'missing visits: VN-HN → Attapeu (LA-AT)',
  ],
  // corpus-real432 … 435 (blind, fifty-second round, scored on 1bd481b): a provincial working
  // group's session "với Ban quản lý Khu kinh tế đặc biệt Savannakhet và Tổ công tác … tỉnh
  // Savannakhet" whose venue the page never gives, read as the group's trip there.
  'b431-01-quangtri-savannakhet-to626-laobao-densavan.html': [
    'false visits: Quảng Trị (VN-25) → Savannakhet (LA-SV)',
  ],
  // corpus-real436 … 439 (blind, fifty-third round, scored on 009e6b0): a travel company's tourist
  // groups ("4 đoàn khách … sang Lào") read as the national delegation the article followed.
  'b435-03-du-lich-hai-chieu-lao-viet-danang-2012.txt': ['false visits: VN-HN → Vientiane (LA-VT)'],
  // corpus-real440 … 443 (blind, fifty-fourth round, scored on 2a1ca74): border-gate openings and
  // a handover at a border gate whose annotators place nobody across (the province whose officials
  // came to the gate's side read as a visit); a Lao delegation to a gate opening its annotator
  // places at the capital, read as the province named with it; a province's seven earlier trips
  // to "ba tỉnh bạn", a tally the rules read as no trip.
  'b439-01-khai-truong-cua-khau-la-lay-quang-tri-salavan-2014.txt': [
    'false visits: Salavan (LA-SL) → Quảng Trị (VN-25)',
  ],
  'b441-02-quangninh-3-tinh-bac-lao-halong.txt': [
    'missing visits: Quảng Ninh (VN-13) → Hủa Phăn (LA-HO)',
    'missing visits: Quảng Ninh (VN-13) → Luông Pha Băng (LA-LP)',
    'missing visits: Quảng Ninh (VN-13) → Xay Nhạ Bu Ly (LA-XA)',
  ],
  // corpus-real444 … 451 (blind, fifty-fifth and fifty-sixth rounds, both scored on e3c9aad): a
  // culture week "tại Lào" whose Lao host's words are read at the Vietnamese city in the week's
  // name, with a domestic agreement paired across; rubber companies named after a
  // province ("các công ty cổ phần Tân Biên, Bà Rịa, Phước Hóa") and a country's projects
  // "tại Campuchia" read as a trip to the capital.
  'b446-05-taybac-tphcm-tuanvanhoa-luangprabang.txt': [
    'false sisters: Luang Prabang (LA-LP) ↔ TP. Hồ Chí Minh (VN-SG)',
  ],
  'b449-01-chu-tich-quoc-hoi-kampong-thom-cao-su.txt': [
    'false places: Bà Rịa (VN-43)',
    'false visits: VN-HN → KH-12',
  ],
  // corpus-real452 … 459 (blind, fifty-seventh and fifty-eighth rounds, scored on 05c4e80, the
  // session's final rule code, and left as found: no rule made from them): Vientiane spelled
  // "Viêng Chăng" in a caption; education departments of
  // four Lao provinces handing over students, named only as "4 tỉnh Nam Lào" after one list; a
  // city party chief's trip "tại Campuchia" placed only by the talks with the capital's governor;
  // the Lao ambassador at a ceremony in Hà Nội named in a tag page's teaser; a city's volunteer
  // campaign "mở rộng sang … tỉnh Xiengkhuang" with no trip verb, its work there read the other way;
  // the Cambodian farmers' delegation beside the Lao one ("các đoàn nông dân Lào và Campuchia");
  // an earlier trip "27–30/3/2018" told by a procuracy's programme.
  'b451-01-binhdinh-nguyen-lanh-dao-sang-nam-lao-2007.html': [
    'missing places: Viêng Chăng (LA-VT)',
    'missing visits: Bình Định (VN-31) → Viêng Chăng (LA-VT)',
  ],
  'b452-05-binhdinh-dhqn-tiep-nhan-luu-hoc-sinh-4-tinh-nam-lao.txt': [
    'missing visits: Attapu (LA-AT) → Bình Định (VN-31)',
    'missing visits: Champasak (LA-CH) → Bình Định (VN-31)',
    'missing visits: Salavan (LA-SL) → Bình Định (VN-31)',
    'missing visits: Sekong (LA-XE) → Bình Định (VN-31)',
  ],
  'b453-02-tphcm-nguyen-van-nen-tham-campuchia-2022.html': [
    'missing visits: TP. Hồ Chí Minh (VN-SG) → Phnom Penh (KH-12)',
  ],
  'b454-04-tag-thanh-tich-hoc-tap-sinh-vien-lao-ha-noi.txt': [
    'false visits: LA-VT → Hà Nội (VN-HN)',
  ],
  'b455-01-tphcm-tinh-nguyen-attapeu-champasak-xiengkhuang-2017.html': [
    'missing visits: Thành phố Hồ Chí Minh (VN-SG) → Attapeu (LA-AT)',
    'missing visits: Thành phố Hồ Chí Minh (VN-SG) → Champasak (LA-CH)',
    'missing visits: Thành phố Hồ Chí Minh (VN-SG) → Xiengkhuang (LA-XI)',
    'false visits: Xiengkhuang (LA-XI) → Thành phố Hồ Chí Minh (VN-SG)',
  ],
  // corpus-real460 … 467 (blind, fifty-ninth and sixtieth rounds, scored on 92d0843, whose behaviour
  // is the final rule code's, and left as found): trips told only by a memorandum's signing or a
  // ceremony's speakers with no venue word; a thesis page in capitals; Kandal spelled "Kanl
  // Danl"; a commune ("xã Tân Khánh Hòa") read as a province (and a Chinese city, "Nam Ninh",
  // until the sixty-sixth session); a topic page's teaser naming the capital; a border post's trip
  // placed by an earlier paragraph.
  'b461-04-luan-an-quang-nam-se-kong-1997-2015.html': [
    'missing places: Quảng Nam (VN-27)',
    'missing places: Sê Kông (LA-XE)',
  ],
  'b462-02-angiang-chi-vien-kanl-danl.txt': ['missing places: Kanl Danl (KH-8)'],
  'b463-05-daibieunhandan-chuyen-de-chu-tich-quoc-hoi-tham-lao.txt': [
    'false places: Viêng Chăn (LA-VT)',
  ],
  'b464-03-dienbien-huoipuoc-ban-na-son-luongphabang.txt': [
    'missing visits: Điện Biên (VN-71) → Luông Pha Băng (LA-LP)',
  ],
  'b465-02-champasak-quangnam-dang-huong-me-vnah.txt': [
    'missing visits: Champasak (LA-CH) → Quảng Nam (VN-27)',
  ],
  // A border post's reportage: the post, named without its province, "sang thăm bản" (a village
  // the article placed in the Lao province earlier).
  'b469-04-dien-bien-nghia-tinh-bien-gioi.html': [
    'missing visits: Điện Biên (VN-71) → Luông Pha Băng (LA-LP)',
  ],
  // A plan issued ("vừa ban hành Kế hoạch … về tổ chức Tuần Văn hóa … tại tỉnh B, diễn ra từ ngày
  // 25 đến 27/10"): its annotator counted the week to come as a trip; issue 8 reads plans as none.
  'b480-04-tuan-van-hoa-tay-bac-luong-pha-bang.html': [
    'missing visits: Điện Biên (VN-71) → Luông-pha-bang (LA-LP)',
  ],
  // A meeting to come ("Từ ngày 3 đến 7/12, tỉnh Kon Tum sẽ là nơi đăng cai …; … dự kiến Chủ tịch
  // Ủy ban điều phối của hai nước sẽ sang dự"): its annotator counted the guests expected; issue 8
  // reads plans as no trip.
  'b489-01-clv-jcc8-kon-tum.html': [
    'missing visits: LA-VT → Kon Tum (VN-28)',
    'missing visits: Phnom Penh (KH-12) → Kon Tum (VN-28)',
  ],
  // corpus-real492 … 499 (blind, sixty-seventh and sixty-eighth rounds, scored on bb54d2b): a
  // minister absent "Do Bộ trưởng đang tháp tùng Thủ tướng Hun Sen đi công tác, người đón tiếp
  // đoàn là …" read as a Vietnamese body received; a caption's "Bí thư Tỉnh ủy Lai Cai" (Lào Cai
  // misspelt: spellings are guessed only for Lao and Khmer names); a gift handed over at a
  // Vietnamese border gate, which its annotator did not count as a trip.
  'b494-01-brvt-khao-sat-du-lich-campuchia.html': ['false visits: VN-HN → Phnom Penh (KH-12)'],
  'b496-04-bon-tinh-bien-gioi-van-nam.html': ['missing places: Lai Cai (VN-02)'],
  'b497-01-daklak-qua-mondulkiri.html': ['false visits: Mondunkiri (KH-11) → Đắk Nông (VN-72)'],
  // corpus-real508 … 515 (blind, seventy-first and seventy-second rounds, scored on 1f370b1): a
  // border post's gifts to a Lao unit named only as "đơn vị" (the province two sentences away);
  // firms "đến từ" a province at a fair; a fair "do Sở … A cùng Sở … tỉnh B phối hợp tổ chức"
  // whose venue only a reporter's road trip names; a minister heard at a fair held "tại Lào"
  // (a country, no place); delegations a festival "sẽ đón" in an article written before it (a
  // plan, by issue 8); "Kom Tum" (Kon Tum misspelt: spellings are guessed only for Lao and Khmer
  // names).
  'b506-02-nam-can-tang-qua-dai-doi-221.txt': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  'b508-01-muong-te-hoi-cho-vung-bien.txt': [
    'missing visits: Phông Sa Lỳ (LA-PH) → Lai Châu (VN-01)',
  ],
  'b508-02-gia-lai-ratanakiri-phien-cho.html': [
    'missing visits: Gia Lai (VN-30) → Ratanakiri (KH-16)',
  ],
  'b508-03-hoi-cho-viet-lao-2022.txt': ['missing visits: VN-HN → Viêng Chăn (LA-VT)'],
  'b508-04-le-hoi-ca-phe-doan-quoc-te.html': [
    'missing visits: Attapeu (LA-AT) → Đắk Lắk (VN-33)',
    'missing visits: Mondulkiri (KH-11) → Đắk Lắk (VN-33)',
    'missing visits: Salavan (LA-SL) → Đắk Lắk (VN-33)',
    'missing visits: Sekong (LA-XE) → Đắk Lắk (VN-33)',
  ],
  'b511-04-thong-tin-doi-ngoai-vn-campuchia.html': ['missing places: Kom Tum (VN-28)'],
  // corpus-real516 … 523 (blind, seventy-third and seventy-fourth rounds, scored on 73b87bb): a Lao
  // vice-minister named without his country ("Thứ trưởng Sisouk Vongvichit") read as Vietnam's,
  // visiting a site named "Việt - Lào", and the schools "tại Trường T2, Bắc Giang …, Trường T1,
  // Phú Thọ" a Lao group toured; "đoàn Cựu chiến binh Việt Nam" received in Vientiane (the same
  // words name one province's veterans in a headline elsewhere); exchanges "giữa hai bên được đẩy
  // mạnh" read as trips; "CLB đồng hương Xiêng Khoảng" (a club named after its members' province); a
  // historical visit by "Chủ tịch Hồ Chí Minh" placed at "xã Thái Bình"; a youth group's tour from
  // TP.HCM told as "70 bạn trẻ TP.HCM đã đến với hai ngôi trường … ở Champasak và … Attapeu"; aid
  // for people "tại 2 tỉnh B1, B2" handed over at a Vietnamese border gate.
  'b514-01-cuu-luu-hoc-sinh-lao-tham-truong-cu.html': [
    'missing visits: LA-VT → Bắc Giang (VN-54)',
    'missing visits: LA-VT → Phú Thọ (VN-68)',
    'false visits: VN-HN → LA-VT',
  ],
  'b518-01-lao-ban-to-chuc-ve-nguon-tuyen-quang.html': ['false visits: VN-20 → LA-VT'],
  'b520-03-hcm-thanh-doan-attapeu-champasak.txt': [
    'false places: Bình Phước (VN-58)',
    'missing visits: TP.HCM (VN-SG) → Attapeu (LA-AT)',
    'false visits: Bình Phước (VN-58) → Attapeu (LA-AT)',
  ],
  // corpus-real524 … 531 (blind, seventy-fifth and seventy-sixth rounds, scored on b34dd41): two
  // leaders cutting a ribbon at "sân bay quốc tế Attapeu" (no travel word; the province inside the
  // airport's name); "Trong thời gian lưu lại Hà Nội, Thủ tướng … sẽ …" (a stay told with "sẽ",
  // read as a plan); a villager's quoted "chúng tôi được qua Việt Nam thăm bà con kết nghĩa". (A
  // Lao body "đã có mặt tại trụ sở Đại sứ quán Việt Nam ở thủ đô Vientiane", the embassy called on
  // in the caller's own capital, is no trip to Vietnam since the sixty-second session.)
  'b525-02-attapeu-san-bay-chu-tich-nuoc.html': ['missing visits: VN-HN → Attapeu (LA-AT)'],
  'b529-04-lao-bao-ket-nghia-ban-ban.txt': [
    'missing visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)',
  ],
  // corpus-real543 … 550 (blind, seventy-ninth round, scored on a9f9df0): one officer "được phân
  // công sang hỗ trợ Trung tâm …, tỉnh B" (a posting abroad, told of one person).
  'b543-02-dienbien-can-bo-dat-nuoc-trieu-voi.html': [
    'missing visits: Điện Biên (VN-71) → Phoong Sa Ly (LA-PH)',
  ],
  // corpus-real551 … 558 (blind, eightieth round, scored on 56d3198): a youth union that "đã tổ
  // chức chương trình giao lưu … đồng thời ký Bản ghi nhớ … với Tỉnh đoàn B" read as the host
  // (its annotator reads the speech "trên đất nước bạn Lào" as its being abroad).
  'b554-02-da-nang-salavan.html': ['false visits: Salavan (LA-SL) → Đà Nẵng (VN-DN)'],
  // corpus-real559 … 563 (blind, eighty-first round, scored on 4a8e154): leaders at a parade in
  // Vientiane told only as "Các đoàn khách quốc tế được nước chủ nhà đón tiếp …, trong số đó có
  // Tổng Bí thư …" and "Campuchia cử ông … làm đại diện tham dự".
  'b560-05-vientiane-dieu-binh-50-nam.html': ['missing visits: KH-12 → Vientiane (LA-VT)'],
  // corpus-real565 … 572 (blind, eighty-third round, scored on b55ca2c): a central steering
  // committee for a region ("Thường trực Ban Chỉ đạo Tây Nguyên làm việc với đoàn … tỉnh B"), which
  // the annotator placed at the capital: read as national since the sixty-second session (tried
  // before, one older article's roll then lost a visit; no article loses one now).
  // corpus-real573 … 580 (blind, eighty-fourth round, scored on 8c0aaaa): a bare "Vientiane" listed among "các tỉnh" (the
  // province to us, the capital, optional, to the annotator); a national theatre's artists
  // performing in a province ("Nghệ sĩ Nhà hát Kịch Việt Nam … đã mang đến các tiết mục") and a
  // bilateral commission's meeting "tại thủ đô B" with no side named as travelling.
  'b572-02-nghia-tinh-hai-mai-truong-son.txt': [
    'false places: Viêng Chăn (LA-VI)',
    'false visits: Viêng Chăn (LA-VI) → Hà Tĩnh (VN-23)',
  ],
  'b575-02-nha-hat-kich-champasak.html': ['missing visits: Hà Nội (VN-HN) → Champasak (LA-CH)'],
  // corpus-real581 … 583 (blind, eighty-fifth round, scored on dfeb513): a Khmer dance ("múa
  // Ramvong, Saravan") spelt like Salavan in a list of games.
  'b581-03-tet-campuchia-thai-binh.html': ['false places: Salavan (LA-SL)'],
  // corpus-real584 … 591 (blind, eighty-sixth round, scored on 7e5febe): a leader known only by
  // rank and name in a caption ("Thượng tướng X cùng đại biểu … tham quan … tại xã Y") whose title
  // an earlier caption gave; a state visit announced ("sắp thăm", "sẽ thăm"), which other
  // annotators count as a visit; a ceremony at a Lao village whose province only the speaker's
  // thanks name.
  'b585-05-dien-bien-bac-lao-huu-nghi.html': ['missing visits: LA-VT → Điện Biên (VN-71)'],
  'b588-05-hue-police-ka-lo.txt': ['missing visits: Thừa Thiên - Huế (VN-26) → Sê Kông (LA-XE)'],
  // corpus-real592 … 599 (blind, eighty-seventh round, scored on f3ab95f2): a ministry's
  // delegation received in the capital by a roll of officials.
  'b591-01-bo-noi-vu-campuchia-ha-noi.html': ['missing visits: KH-12 → Hà Nội (VN-HN)'],
  // corpus-real600, 602 (blind, eighty-eighth round, scored on 46c7a0b7): "Houphuan", too far
  // from any spelling of Houaphan to guess. (A minister's reception in the capital during a trip
  // to a province, which the annotator counts as a second visit, is read since the sixty-seventh
  // session: the article names the capital as a venue.)
  'b600-03-vmu-bunpimay-2024.html': ['missing places: Houphuan (LA-HO)'],
  // corpus-real613 … 615 (blind, ninety-first round, scored on e02145ea): four provinces' military
  // commands on a military region's medical trip "trên đất nước Chùa Tháp" (Cambodia, by its
  // epithet), the two provinces they reached named only in the next paragraph's villages; the
  // annotator pairs them by the border each shares.
  'b612-04-quan-khu-5-kham-benh-dong-bac-campuchia.txt': [
    'missing visits: Gia Lai (VN-30) → Rat-ta-na-ki-ri (KH-16)',
    'missing visits: Kon Tum (VN-28) → Rat-ta-na-ki-ri (KH-16)',
    'missing visits: Đắc Lắc (VN-33) → Môn-đôn-ki-ri (KH-11)',
    'missing visits: Đắc Nông (VN-72) → Môn-đôn-ki-ri (KH-11)',
  ],
  // corpus-real612, 616, 617 (blind, ninety-first round, scored on 21e56e83): a culture week
  // announced under a future headline whose body tells its programme without a future word.
  'b610-03-tuan-van-hoa-campuchia.txt': ['false visits: KH-12 → Trà Vinh (VN-51)'],
  // corpus-real618 … 623 (blind, ninety-second round, scored on a3171eb2): provincial search teams
  // in the field for a season, told as work done "trên đất bạn Campuchia, … tại các huyện … của
  // tỉnh B", "tại ba tỉnh B1, B2 và B3" or by remains counted per province (which the annotator
  // counts as visits; most sets before make them optional), the second of a listed pair after
  // "tìm kiếm, quy tập tại"; national art troupes named without a delegation word ("đoàn NT quốc
  // gia Lào") that "mang tới" programmes to the festival's venue.
  'b616-01-k53-kon-tum-quy-tap.txt': ['missing visits: Kon Tum (VN-28) → Ratanakiri (KH-16)'],
  'b616-02-gia-lai-ra-quan-quy-tap.html': [
    'missing visits: Gia Lai (VN-30) → Preah Vihear (KH-13)',
    'missing visits: Gia Lai (VN-30) → Rattanakiri (KH-16)',
    'missing visits: Gia Lai (VN-30) → Stung treng (KH-19)',
  ],
  'b621-02-lien-hoan-nghe-thuat-quang-tri.txt': [
    'missing visits: KH-12 → Quảng Trị (VN-25)',
    'missing visits: LA-VT → Quảng Trị (VN-25)',
  ],
  // corpus-real624 … 627 (blind, ninety-third round, scored on bed5e3ea): a company's union leader
  // who "về Bình Phước dự lễ" while heading a company "ở Gia Lai", read as the Cambodian company
  // named before him coming to Gia Lai.
  'b623-03-cao-su-ky-cuoi.txt': ['false visits: Kampong Thom (KH-6) → Gia Lai (VN-30)'],
  // corpus-real628 … 633 (blind, ninety-fourth round, scored on 489dd0eb) and 634 … 637
  // (ninety-fifth, on 9c2c1c55): a foreign army's stay in a merged province told by its hotel
  // ("trả phòng khách sạn tại Phú Thọ (Hoà Bình cũ) – nơi các quân nhân lưu trú"); a police team called "Cục" by the sentence
  // before, and a province's police hunting suspects the article placed in Laos sentences
  // earlier ("đang trốn tránh trên đất Lào", then "đã ập vào bắt giữ"); national army units "của
  // cả Việt Nam và Lào" at a border night in Sơn La; a Lao department head received by "Phó Chủ
  // tịch UBND tỉnh", whose province the article names only later.
  'b626-01-quan-doi-lao-ve-nuoc-a80.html': ['missing visits: LA-VT → Hoà Bình (VN-14)'],
  'b627-01-truy-na-ma-tuy-tron-sang-lao.txt': ['missing visits: VN-HN → Viêng Chăn (LA-VT)'],
  'b627-04-dien-bien-luong-nam-tha-bat-truy-na.txt': [
    'missing visits: Điện Biên (VN-71) → Luông Nậm Thà (LA-LM)',
  ],
  'b630-04-moc-chau-sat-son-bien-gioi.html': ['missing visits: LA-VT → Sơn La (VN-05)'],
  'b632-03-lam-nghiep-lao-tham-hue.txt': ['missing visits: LA-VT → Thừa Thiên Huế (VN-26)'],
  // corpus-real638 … 642 (blind, ninety-sixth round, scored on 54cd3d94): a national women's union
  // at an awards ceremony the sentence places in Pleiku only by its photo caption; a Lao central
  // board "sang làm việc với Ban Chỉ đạo Tây Bắc", a Vietnamese body no place names; a national
  // troupe's coming told only by "Biết tin đoàn nghệ thuật Lào sang biểu diễn, …".
  'b636-02-huan-chuong-phu-nu-lao-pleiku.txt': ['missing visits: LA-VT → Pleiku (VN-30)'],
  'b636-04-tay-bac-ban-phat-trien-nong-thon-lao.txt': ['missing visits: LA-VT → VN-HN'],
  // corpus-real643 … 647 (blind, ninety-seventh round, scored on 2a1bd6f2): a Lao
  // department's delegation a provincial paper names, with no place of the meeting; Lao provinces'
  // department heads "đón" by a conference whose venue only the hosts' side implies; a bare
  // "Sở Ngoại vụ Viêng Chăn" counted among "6 tỉnh" (the province to its annotator, the capital to
  // us); a Vice Chairman congratulating Laos on a meeting "tại Vientiane" read as his own trip; a
  // central party board "sang Lào" with no city.
  'b642-03-nghe-an-luu-hoc-sinh-lao-thpt.txt': [
    'missing places: Viêng Chăn (LA-VI)',
    'false places: Viêng Chăn (LA-VT)',
    'missing visits: Viêng Chăn (LA-VI) → Nghệ An (VN-22)',
    'false visits: Viêng Chăn (LA-VT) → Nghệ An (VN-22)',
  ],
  'b642-04-dien-bien-dao-tao-bac-lao.html': [
    'missing visits: Luông Nậm Thà (LA-LM) → Điện Biên (VN-71)',
    'missing visits: Luông Pha Băng (LA-LP) → Điện Biên (VN-71)',
    'missing visits: Phong Sa Ly (LA-PH) → Điện Biên (VN-71)',
    'missing visits: U Đom Xay (LA-OU) → Điện Biên (VN-71)',
  ],
  'b643-03-quoc-hoi-viet-nam-lao-hoi-dam.html': ['false visits: VN-HN → Vientiane (LA-VT)'],
  // corpus-real653 … 656 (blind, ninety-ninth round, scored on babeba42): Vietnam's radio chief
  // who "đồng chủ trì" a station's inauguration the lead holds "tại … Thủ đô Phnom Penh", his
  // sentence after a photo caption naming no place. (The head of Laos' news agency received "tại
  // Trụ sở Chính phủ" is read since the sixty-second session: the agency is a national body.)
  'b653-04-thtg-phnom-penh-dai-fm.html': ['missing visits: VN-HN → Phnom Penh (KH-12)'],
  // corpus-real657 (blind, the hundredth round, scored on 1f49f545 after every rule of the
  // thirtieth session, left as found): a ceremony in B whose place the page gives only as a
  // district, so the Lao side's roll ("Thứ trưởng Bộ Công an; … Phó Tỉnh trưởng tỉnh B") is read
  // as guests come to the paper's own province; a ministry's policy ("Triển khai chủ trương của Bộ
  // Công an Việt Nam …") read as its trip to the province.
  'b655-02-noong-het-tay-tru-so.html': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
    'missing visits: VN-HN → Xiêng Khoảng (LA-XI)',
    'false visits: Xiêng Khoảng (LA-XI) → Nghệ An (VN-22)',
  ],
  'b655-03-thanh-hoa-hua-phan-32-tru-so.txt': ['false visits: VN-HN → Hủa Phăn (LA-HO)'],
  // corpus-real664 … 667 (blind, round one hundred and two, scored on 99ba6955): doctors a
  // hospital "cử thêm 12 bác sĩ … sang đào tạo cho Bệnh viện … B" (sending professionals is read as
  // a trip only for a force's members: a rule for doctors and experts cost two true results in
  // corpus-real488 and 517); a border meeting's signed minutes ("biên bản cuộc họp giao ban … mà
  // Đoàn … tỉnh A và Đoàn … tỉnh B đã ký"); leaders "của hai tỉnh A và B" touring a company in
  // A's city, a joint subject with a city for a goal (both read since).
  'b663-03-nam-lanh-muong-po.txt': ['missing sisters: Sơn La (VN-05) ↔ Hủa Phăn (LA-HO)'],
  // corpus-real668 … 673 (blind, round one hundred and three, scored on a232b30e): another story's teaser
  // ("Quận Hải Châu (TP. Đà Nẵng) hợp tác … với TP. Uiwang") set inside the article's text.
  'b667-03-laichau-bokeo-congdoan.txt': ['false places: Đà Nẵng (VN-DN)'],
  // corpus-real674 … 679 (blind, round one hundred and four, scored on f1bc9bf2): a border post
  // that crossed "sang Campuchia" to rescue people the article later calls Mondulkiri's police;
  // the army's rescue told by its troops "được trực thăng … chở tới địa điểm ngập lụt", the
  // place named only in the lead ("sự cố vỡ đập … (Attapư)").
  'b675-01-dak-lak-cuu-ho-mondulkiri.txt': ['missing visits: Đắk Lắk (VN-33) → Mondulkiri (KH-11)'],
  'b675-03-quan-doi-ho-tro-attapu.txt': ['missing visits: VN-HN → Attapư (LA-AT)'],
  // corpus-real685 … 687 (blind, round one hundred and six, scored on 3eff23b9 after every rule of
  // the session, left as found): communes' leaders who "thường sang thăm, chúc Tết … các bản kết
  // nghĩa Đắc Tà Ọc Nhầy, …" (villages, no province named in the sentence): a habit of visits.
  'b683-01-nam-giang-dac-chung.txt': ['missing visits: Quảng Nam (VN-27) → Sê Kông (LA-XE)'],
  // corpus-real688 … 695 (blind, round one hundred and seven, scored on 3fc8e645): a blog's
  // itinerary for a trip still to come ("Lịch trình: … Ngày 2/3: đi xe khách từ Hà Nội sang Phnom
  // Penh"), a shape no news article of the corpus has; remains "do Đoàn quy tập … tìm kiếm, cất bốc
  // ở … hai tỉnh B1, B2" told as the subject of a reburial (the passive the annotators of other
  // reburials left out, corpus-real138), read as where they were found.
  // corpus-real696 … 701 (blind, round one hundred and eight, scored on c7353d65 after every rule
  // of round one hundred and seven; four of its misses read since, "T.Ư Đoàn … Lào", "Hiện em
  // đang làm việc tại …", "Đại diện phía Việt Nam gồm …", "Đoàn … của Sở Ngoại giao tỉnh B"): a
  // tag page whose one teaser, under a photo caption, the cleaner drops as another story's.
  'b699-02-tag-tieng-hat-duong-9-xanh.txt': ['missing places: Quảng Trị (VN-25)'],
  // corpus-real702 … 706 (blind, round one hundred and nine, scored on 9cb2d58a after every rule
  // of the session; "Hà Nội Mới", the daily, read since): another article's card whose headline
  // stands on two lines running before its summary (dropping such pairs cost ten differences
  // elsewhere in the corpus, where articles repeat a line of their own).
  'b700-01-dong-nai-campuchia-huu-nghi.txt': ['false places: Cần Thơ (VN-CT)'],
  // corpus-real707 … 712 (blind, round one hundred and ten, scored on 4eb13596 after every rule of
  // the session but the four read from it since: "đoàn đại biểu thiếu nhi Lào", "đã được tỉnh A
  // cùng tỉnh B phối hợp tổ chức", "…; phía Campuchia có ngài …", "hai Bên ký kết tại Thủ đô B"):
  // an embassy's delegation whose trip ("đoàn đến thăm … tại Đại học Sư phạm Thái Nguyên") follows
  // a roll that names the envoy at his post.
  'b710-02-dai-su-quan-lao-thai-nguyen.txt': ['missing visits: LA-VT → Thái Nguyên (VN-69)'], // Round one hundred and fourteen (corpus-real725 … 726; scored on 2bd88a29): a mirror whose
  // copy lost every multi-byte letter ("Trung ương Hội hữu nghị Vi???t Nam - Campuchia") reads the
  // national friendship association as Cambodia's, come to the congress.
  'b723-02-huu-nghi-viet-nam-campuchia-quang-binh-dai-hoi.txt': [
    'false visits: Phnôm Pênh (KH-12) → Quảng Bình (VN-24)',
  ],
  // corpus-real732 … 734 (blind, one hundred and sixteenth round, scored on 166b25e1): a bare
  // "Viên Chăn" among "các tỉnh Xiêng Khoảng, Viên Chăn, Bôlykhămxay", read as the capital, which
  // the annotator (optionally) places in the province.
  'b732-04-tinh-doan-bolykhamxay-tham-dhspkt-vinh.txt': ['false places: Viêng Chăn (LA-VT)'],
  // corpus-real735 … 738 (blind, one hundred and seventeenth round, scored on 184cca5f): a
  // province glued to the word before it ("Buatsat SápKampong Chhnang"), as a scrape that lost a
  // line break leaves it.
  'b736-03-hanh-trinh-nguoc-thoi-gian.txt': ['missing places: Kampong Chhnang (KH-4)'],
  // corpus-real744 … 748 (blind, one hundred and nineteenth round, scored on 585695c2): a conference
  // in Huế that reviews a memorandum between two states' agencies, the foreign one's presence told
  // only by the memorandum. (A state's procurators received while on a training course in the
  // city, "Viện Kiểm sát nhân dân nước CHDCND Lào", are read since the sixty-second session: a
  // procuracy named by its country alone is national.)
  'b745-02-hue-kiem-lam-lao.txt': ['missing visits: LA-VT → Huế (VN-26)'],
  // corpus-real749 … 752 (blind, one hundred and twentieth round, scored on f2f5b936): "tỉnh Viên
  // Chăn" in a list of "các tỉnh", read as the province, which the annotator (optionally) places
  // at the capital; a newspaper's name ("Báo Sài Gòn Giải Phóng"), which the rules never read as
  // its city, as the place a delegation called at.
  'b747-03-hue-champasak-long-van.txt': ['false places: Viêng Chăn (LA-VI)'],
  'b748-04-nha-bao-campuchia-tham-sggp.html': [
    'missing places: Sài Gòn (VN-SG)',
    'missing visits: KH-12 → Sài Gòn (VN-SG)',
  ],
  // corpus-real763 … 767 (blind, one hundred and twenty-third round, scored on e8f9f4c4): a
  // Vietnamese leader at a groundbreaking told in a caption whose only place ends it ("…, các đại
  // biểu và lãnh đạo Công ty … tiến hành nghi thức khởi công … tại cao nguyên Xiêng Khoảng"), the
  // leader named at the caption's start, out of the evidence's reach.
  'b762-03-lao-jagro-xieng-khoang.html': ['missing visits: VN-HN → Xiêng Khoảng (LA-XI)'],
  // corpus-real768 … 771 (blind, one hundred and twenty-fourth round, scored on eb43ec31): a tag
  // page's teaser headline, read as a related list though it is the page's content; a thesis's
  // "Hai tỉnh tiếp tục thực hiện những nội dung đã ký kết" after naming three provinces, read as
  // the lead's pair only; a minister who "sẽ tới dự" a conference in Hà Nội, which the rules read as a plan
  // (the article announces the trip).
  'b767-02-tag-chi-thi-04-doi-ngoai-nhan-dan.html': ['missing places: Hà Tĩnh (VN-23)'],
  'b767-03-ha-tinh-bolykhamxay-khammuon-luan-van-11.txt': [
    'missing sisters: Hà Tĩnh (VN-23) ↔ Khămmuộn (LA-KH)',
  ],
  'b769-03-uy-ban-hon-hop-ha-noi.txt': ['missing visits: KH-12 → Hà Nội (VN-HN)'],
  // corpus-real776 … 779 (blind, one hundred and twenty-sixth round, scored on 58f0af38): a
  // foreign body's cadres on a training course at a venue ("lễ bế giảng khóa đào tạo … dành cho
  // cán bộ Ủy ban Mặt trận Lào …"), which the corpus's annotators otherwise make optional trips
  // (a course held "cho Đoàn …", a delegation, is read since the fiftieth session); a bare "Viêng Chăn" beside "tỉnh Viêng Chăn" in one
  // sentence ("nối Viêng Chăn với huyện Vang Vieng thuộc tỉnh Viêng Chăn"), read as the province (a
  // rule that read such a pair as two units broke the many articles that write "Thủ đô Viêng
  // Chăn" and then "Viêng Chăn").
  'b776-05-cao-toc-vieng-chan-boten.html': ['missing places: Viêng Chăn (LA-VT)'],
  // corpus-real815 … 817 (blind, one hundred and thirty-fifth round, scored on 8d61b09d): a forum
  // post whose copied links lost their separators ("tỉnh ỐtOddar MeancheaySiem Reap"), names glued
  // inside one word.
  'b813-04-dien-dan-preah-vihear.txt': [
    'missing places: Oddar Meancheay (KH-22)',
    'missing places: Siem Reap (KH-17)',
  ],
  // corpus-real826 (blind, one hundred and forty-fourth round, scored on f3a07227 after every rule
  // of the session): a state visit named only as the frame of one stop ("Trong khuôn khổ chuyến
  // thăm cấp Nhà nước tới Vương quốc Campuchia, … đã đến thăm cảng quốc tế Preah Sihanouk"), read
  // as the stop alone.
  'b824-04-tong-bi-thu-tham-cang-preah-sihanouk.html': ['missing visits: VN-HN → KH-12'],
  // Round 149 (blind831, first run on c8f7a0eb; left after the "sang với ‹place›" rule): a
  // first-person trip ("tôi lại có dịp một lần nữa sang với tỉnh B") whose traveller's home is
  // only the byline's ("(Ban Tuyên giáo Tỉnh ủy A)").
  'b831-05-quangtri-savannakhet.html': [
    'missing visits: Quảng Trị (VN-25) → Sa-vẳn-na-khệt (LA-SV)',
  ],
  // corpus-real840 … 856 (blind, rounds 158 … 174 of the fortieth session, first runs on fed878e7
  // and, for corpus-real853, on 0d834126), what their causes left:
  // - remains found "được Đội K53 tìm thấy, cất bốc … tại … tỉnh B", told in the passive;
  'b838-02-quang-ngai-k53-hai-cot.html': [
    'missing visits: Quảng Ngãi (VN-29) → Ratanakiri (KH-16)',
  ],
  // - a three-year tally "đã tổ chức 3 đoàn sang thăm và chúc mừng bạn" (tallies give no trip);
  'b839-02-lam-dong-siem-reap.txt': ['missing visits: Lâm Đồng (VN-35) → Siem Reap (KH-17)'],
  // - a drug ring's headline route ("đường dây … từ Lào vào A") taken for the venue of a joint
  //   arrest made in B;
  'b839-03-nghe-an-xieng-khoang-ma-tuy.html': [
    'false visits: Xiêng Khoảng (LA-XI) → Nghệ An (VN-22)',
  ],
  // - a ministry's delegation named beside a province's at talks in A, its own trip unread;
  'b851-02-cua-khau-khanh-binh-chrey-thom.txt': ['missing visits: KH-12 → An Giang (VN-44)'],
  // - a medical mission whose programme "mang lại lợi ích cho … hộ gia đình tại B1 và hai tỉnh
  //   B2, B3", and a gift "trị giá … cho Trường … ở tỉnh B3" too far from its verb.
  'b854-05-tphcm-kham-benh-campuchia.html': [
    'missing visits: TP Hồ Chí Minh (VN-SG) → Kampot (KH-7)',
    'missing visits: TP Hồ Chí Minh (VN-SG) → Phnom Penh (KH-12)',
  ],
  // corpus-real877 … 880 (blind, rounds 195 … 198, scored on a8c20f3f before any rule):
  // - a medical exchange's side told only by the patients of B who were examined ("người dân … đã
  //   được khám sức khỏe", no actor before the care);
  'b876-05-ron-rang-truoc-giao-luu-bien-gioi.html': ['missing visits: VN-HN → Ratanakiri (KH-16)'],
  // - an interview before a culture week: "được tổ chức tại A và B", the show "dự kiến diễn ra",
  //   which the reviewer judged a plan (the Cambodian ministry co-organises it);
  'b877-05-tuan-van-hoa-campuchia-tra-vinh.html': [
    'false visits: KH-12 → TP. Hồ Chí Minh (VN-SG)',
    'false visits: KH-12 → Trà Vinh (VN-51)',
  ],
  // - a military region's doctors ("các y bác sĩ quân y của Quân khu 5") taken as a national side,
  //   which most sets mark optional.
  'b878-01-quan-khu-5-attapeu.html': ['missing visits: VN-HN → Attapeu (LA-AT)'],
  // corpus-real885 … 888 (blind, rounds 203 … 206, scored on ab29feba before any rule):
  // - "Các hoạt động giao lưu của đoàn quốc phòng hai nước được tổ chức lần lượt tại … tỉnh B và …
  //   tỉnh A": each country's delegation at the other's venue.
  'b884-01-giao-luu-quoc-phong-loc-ninh-snuol.html': ['missing visits: VN-HN → Kratie (KH-10)'],
  // corpus-real889, 890 (blind, rounds 207, 208, scored on af6ee126; no rule made from them):
  // - "Lãnh đạo tỉnh A đã có buổi làm việc với lãnh đạo chính quyền tỉnh B" with no venue, read as
  //   A's trip where the reviewer allows only B's (optional);
  'b887-03-nam-dinh-u-dom-xay-hop-tac.html': ['false visits: Nam Định (VN-67) → U-đôm-xay (LA-OU)'],
  // corpus-real892 (blind, round 210, scored on ddf3c3d7, after the session's last rule):
  // - a remains team's work over two decades ("từ năm 2001 đến nay, hai bên đã … chỉ đạo Đội K51,
  //   Bộ Chỉ huy Quân sự tỉnh A …"), which the annotator counts as no one trip;
  // - a country's capital for a trip "về nguồn" to Vietnam, kept beside the province it went to
  //   because their dates differ by a month.
  'b890-01-daklak-mondulkiri-hai-cot.html': ['false visits: Đắk Lắk (VN-33) → Mondulkiri (KH-11)'],
  'b890-04-nghe-an-cuu-luu-hoc-sinh-lao.txt': ['false visits: LA-VT → VN-HN'],
  // corpus-real893 … 904 (blind, rounds 211 … 222, scored on 4b0ccf95; what is left after the
  // session's rules):
  // - a reportage's "sắp sang khám bệnh" the reporter then saw done, in the province she was in;
  // - a signing with no venue named, the guest province's speaker read as having come;
  // - this year's Tết trip told only through reporters "theo chân cán bộ Biên phòng" and a habit;
  // - a border gate pair opened with both provinces' leaders present, on a side never said.
  'b892-03-y-bac-si-campuchia.html': ['missing visits: Đồng Tháp (VN-45) → Prey Veng (KH-14)'],
  'b895-01-bun-pi-may-linh-bien-gioi-lao.html': [
    'missing visits: Quảng Bình (VN-24) → Khăm Muộn (LA-KH)',
  ],
  'b899-02-long-sap-pa-hang.html': ['false visits: Hủa Phăn (LA-HO) → Sơn La (VN-05)'],
  // corpus-real905 … 908 (blind, rounds 223 … 226, scored on 6a76ab5d):
  // - a district "ở phía Tây Bắc thủ đô Phnom Penh", read as a direction from the capital.
  'b904-03-bac-si-viet-nam-kham-benh-ruissey-keo.html': [
    'missing visits: VN-HN → Phnom Penh (KH-12)',
  ],
  // corpus-real909 … 912 (blind, rounds 227 … 230, scored on 841a3890):
  // - a consulate general's delegation, seated in a Lao province, received in a Vietnamese one;
  // - a reception opening the sentence ("Tiếp Thượng nghị sỹ …, ông Triết nhấn mạnh …") whose host
  //   is a leader named by his given name only.
  'b910-02-hatinh-bolikhamxay-tuyen-du-lich.html': [
    'false visits: Hà Tĩnh (VN-23) → Savannakhet (LA-SV)',
  ],
  'b910-04-danang-duong-bay-campuchia.html': ['missing visits: KH-12 → Đà Nẵng (VN-DN)'],
  // corpus-real917 … 920 (blind, rounds 235 … 238, scored on 99548d80):
  // - volunteers of a university named after its city ("Đội tình nguyện … Trường Đại học Vinh")
  //   "chia về 3 địa bàn … thuộc tỉnh B", their province never said to send them;
  // - a city youth union's summer campaign "tại nước bạn Lào" whose provinces are its "địa bàn".
  'b917-01-tinh-nguyen-xieng-khoang.html': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  'b917-04-mua-he-tinh-nguyen-viet-lao.txt': [
    'missing visits: TP. Hồ Chí Minh (VN-SG) → Champasak (LA-CH)',
    'missing visits: TP. Hồ Chí Minh (VN-SG) → Salavan (LA-SL)',
    'missing visits: TP. Hồ Chí Minh (VN-SG) → Sekong (LA-XE)',
  ],
  // corpus-real921 … 924 (blind, rounds 239 … 242, scored on 83df6258):
  // - former Lao students received in Hà Nội, read as their country's delegation where the
  //   annotator allows only the province their spokesman governs (optional);
  // - charity "các hoạt động từ thiện xã hội tại tỉnh B" a province "đã tích cực tham gia".
  'b919-04-pho-chu-tich-nuoc-cuu-luu-hoc-sinh-lao.txt': ['false visits: LA-VT → VN-HN'],
  'b921-04-binh-duong-tiep-dai-su-lao.txt': [
    'false visits: Bình Dương (VN-57) → Champasak (LA-CH)',
  ],
  // corpus-real929 … 932 (blind, rounds 247 … 250, scored on 4008b5ab): a university's
  // volunteers "Khi đến Xiêng Khoảng, đội được tỉnh bạn bố trí …", the team named by no place.
  'b930-01-gieo-chu-viet-xieng-khoang.txt': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  // A province's leader thanking the paper's province for its help, in a handover told with no
  // venue: the annotator saw no trip; the side roll reads one to the paper's province.
  'b946-01-quangnam-sekong-ansinh.html': ['false visits: Sê Kông (LA-XE) → Quảng Nam (VN-27)'],
  // An ambassador touring firms with a governor in the province of the dateline's country, the
  // firms named after the province: his visit is read nowhere.
  'b951-02-tinh-truong-kampong-thom-doanh-nghiep.txt': [
    'missing visits: VN-HN → Kampong Thom (KH-6)',
  ],
  // A defence policy dialogue in a Lao province the Lao side hosted, after a sentence naming a
  // Vietnamese province's forces among the Vietnamese delegation: read as that province's trip.
  'b958-01-doi-thoai-chinh-sach-quoc-phong.html': [
    'false visits: Sơn La (VN-05) → Luông Pha Băng (LA-LP)',
  ],
  // corpus-real966 … 971 (blind, rounds 284 … 289, scored on 6829869a): students handed over
  // by a delegation only a caption names; a three-country committee's Lao delegation at a
  // Cambodian venue named by its minister alone; a medical team whose border crossing's town is
  // read as its home.
  'b966-05-jcc9-siem-reap.html': ['missing visits: Vientiane (LA-VT) → Siem Reap (KH-17)'],
  'b968-02-don-tet-viet-dat-chua-thap.txt': [
    'missing visits: TPHCM (VN-SG) → Kampốt (KH-7)',
    'missing visits: TPHCM (VN-SG) → Sihanouk Ville (KH-18)',
    'false visits: Hà Tiên (VN-47) → Kampốt (KH-7)',
    'false visits: Hà Tiên (VN-47) → Sihanouk Ville (KH-18)',
  ],
  // corpus-real966 … 976 (blind, rounds 284 … 294, scored on 426c8398): a foreign prime
  // minister's last stop told by his bare title ("Trước khi rời Việt Nam, Thủ tướng và Đoàn đã có
  // chuyến thăm … ở thành phố B"), read as Vietnam's own prime minister at home.
  'b973-01-thu-tuong-lao-ket-thuc-tham-viet-nam.html': ['missing visits: LA-VT → Đà Nẵng (VN-DN)'],
  // A district named with its old province and a dash before the country ("Me Mốt (Campong
  // Cham - Campuchia)"): the district is read at its province of today, the old one not at all;
  // two clauses parted by a semicolon, each "tỉnh A hỗ trợ các tỉnh kết nghĩa B1, B2, …": the
  // twins are paired across the semicolon too.
  'b971-01-sot-ret-bien-gioi-tay-ninh.html': [
    'missing places: Campong Cham (KH-3)',
    'missing visits: Campong Cham (KH-3) → Tây Ninh (VN-37)',
    'false visits: KH-25 → Tây Ninh (VN-37)',
  ],
  'b971-04-phongsaly-luang-namtha-vaccine.html': [
    'false sisters: Luang Namtha (LA-LM) ↔ Lai Châu (VN-01)',
    'false sisters: Luang Namtha (LA-LM) ↔ Thái Nguyên (VN-69)',
    'false sisters: Luang Namtha (LA-LM) ↔ Tuyên Quang (VN-07)',
    'false sisters: Phongsaly (LA-PH) ↔ Điện Biên (VN-71)',
  ],
  // corpus-real977 … 981 (blind, rounds 295 … 299, scored on 81a48ca6): a foreign army on the roll
  // of a reburial at a district cemetery whose province only the title names; a consulate
  // general marking the national day at its own post, read as a national trip to it.
  'b978-02-tong-lanh-su-preah-sihanouk-quoc-khanh.html': [
    'false visits: VN-HN → Preah Sihanouk (KH-18)',
  ],
  // Two districts "kết nghĩa" named with their provinces, in a Tết call: the districts' twinning
  // is not read as their provinces'.
  'b979-01-kham-cot-chuc-tet-vu-quang.html': [
    'missing sisters: Hà Tĩnh (VN-23) ↔ Bôlykhămxay (LA-BL)',
  ],
  // corpus-real982 … 1013 (blind, forty-fourth session, scored on 0d98d48d, 72a8db52, e76cf1bf
  // and 041b4212): two state trips a host recalls inside the sentence of her reception.
  'b1011-03-tphcm-champasak-hdnd.html': [
    'missing visits: Hà Nội (VN-HN) → LA-VT',
    'missing visits: LA-VT → Hà Nội (VN-HN)',
  ],
  // corpus-real1033 (blind, round 351, scored on b5b349ca: its photo story's captions, "[Ảnh] …",
  // were dropped as teasers; read since), what is left: two armies' young officers handing over
  // cows in a district the caption places; army doctors of both countries at work on both sides.
  'b1031-02-bien-phong-giup-dan-lao.txt': ['missing visits: LA-VT → Sơn La (VN-05)'],
  'b1031-03-quan-y-viet-lao-kham-benh-lao-bao-sepon.html': [
    'missing visits: VN-HN → Savannakhet (LA-SV)',
    'false visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)',
  ],
  // corpus-real1038 … 1041 (blind, rounds 356 … 359, scored on ad5a776e, the session's last
  // rule), what is left: tourists' trips read as delegations ("Khách nước ngoài thường vào Lào sau
  // khi đã thăm chiến trường … ở tỉnh B"; "nhiều người kết hợp chuyến tham quan A với chuyến đi tới
  // B"); "tỉnh Luang Prabang và Vientiane" read as the province of Vientiane.
  'b1037-05-luang-prabang-dien-bien-phu-65-nam.html': [
    'false places: Viêng Chăn (LA-VI)',
    'false visits: Luang Prabang (LA-LP) → Dien Bien (VN-71)',
  ],
  // corpus-real1042 … 1044 (blind, rounds 360 … 362, scored on 2ce8dce4, the session's final
  // rules), what is left: two provinces' youth unions that co-organised and spoke at a meeting the
  // lead places; a women's group of a twinned commune whose trip a later sentence tells; a
  // friendship association escorting a province's leaders, read as their host.
  'b1040-02-tay-ninh-45-nam-chien-thang-bien-gioi-tay-nam.txt': [
    'missing visits: Svay Rieng (KH-20) → Tây Ninh (VN-37)',
    'missing visits: Tbong Khmum (KH-25) → Tây Ninh (VN-37)',
  ],
  'b1041-04-xa-ket-nghia-bien-gioi-quangtri.txt': [
    'missing visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)',
  ],
  'b1042-04-lanh-dao-tinh-vieng-chan-vieng-lang-bac.html': [
    'false visits: tỉnh Viêng Chăn (LA-VI) → Hải Dương (VN-61)',
  ],
  // A state visit ended in a province: the capital visit gives way to it (most annotators agree).
  'b1043-02-thu-tuong-lao-da-nang.txt': ['missing visits: LA-VT → VN-HN'],
  // corpus-real1064 … 1069 (blind, rounds 382 … 387, scored on 0a607165), what is left: an
  // ambassador calling on families in the capital he is posted to ("Những gia đình được đoàn đến
  // thăm gồm …" after "Đại sứ Việt Nam tại Lào … đến thăm"); "Arrapu", a slip of the pen too
  // short to match by spelling.
  'b1067-02-phu-nu-kon-tum-attapu-se-kong.txt': [
    'missing sisters: Kon Tum (VN-28) ↔ Attapu (LA-AT)',
  ],
  // corpus-real1070 … 1075 (blind, rounds 388 … 393, scored on 3b3a9eab), what is left: "Viêng
  // Chăn" in a list of Nghệ An's partner provinces, which this annotator reads as the province;
  // a team's search "với sự giúp đỡ của … nhân dân các tỉnh B1, B2 và B3", where this gold keeps
  // one of the three as optional and leaves another out.
  'b1069-03-nghe-an-hoi-thao-hop-tac-cac-tinh-lao.html': [
    'missing places: Viêng Chăn (LA-VI)',
    'false places: Viêng Chăn (LA-VT)',
  ],
  'b1070-04-attapeu-ban-giao-hai-cot.html': ['false visits: Kon Tum (VN-28) → Sê Kông (LA-XE)'],
  // A state visit announced ("Chủ tịch Quốc hội sắp thăm …", "… sắp thăm Việt Nam"), which these
  // annotators count as a visit; the issue counts a plan as none ("sắp" as "sẽ").
  'b257-05-tbt-ctn-lao-sap-tham-viet-nam-2024.html': ['missing visits: LA-VT → VN-HN'],
  'b505-03-chu-tich-qh-tham-lao-campuchia.txt': ['missing visits: VN-HN → LA-VT'],
  // corpus-real1093 … 1096 (blind, rounds 411 … 414, scored on 99145af0), what is left: a
  // general's earlier working session in Hà Nội with his own ministry ("Trước đó, … tại Hà Nội,
  // Thượng tướng X đã làm việc với các cơ quan … của Bộ Quốc phòng") read as a trip of the Lao
  // province the sentence before planned an exchange with.
  'b1091-04-kiem-tra-chuan-bi-giao-luu-huong-hoa.txt': [
    'false visits: Savannakhet (LA-SV) → Hà Nội (VN-HN)',
  ],
  // corpus-real1097 … 1100 (blind, rounds 415 … 418, scored on a847c395), what is left: Lao
  // cadres trained in a Vietnamese province, told with no travel verb.
  'b1096-02-khuyen-nong-quang-nam-se-kong.html': [
    'missing visits: Sê Kông (LA-XE) → Quảng Nam (VN-27)',
  ],
  // corpus-real1106 (blind, round 424, written after the last rule and scored on 990b30fe, the
  // session's final rules; left as scored): a provincial chairman greeting two Lao provinces'
  // forces at the border, also read as one of them coming to his province.
  'b1104-01-hong-van-co-tai.html': ['false visits: Salavan (LA-SL) → Thừa Thiên-Huế (VN-26)'],
  // corpus-real1107 … 1111 (blind, rounds 425 … 429, scored on 8d70f182), what is left: a Lao
  // paper's working trip "tại Việt Nam" whose named stops are provinces; cooperation documents
  // between a province and "ba tỉnh của Lào" read as signed with the capital where they were
  // handed over.
  'b1106-03-bao-nhan-dan-lao-tham-viet-nam.txt': ['missing visits: LA-VT → VN-HN'],
  'b1108-05-trao-van-kien-phu-tho-ba-tinh-lao.html': [
    'false sisters: Vientiane (LA-VT) ↔ Phú Thọ (VN-68)',
  ],
  // corpus-real1112 … 1115 (blind, rounds 430 … 433, scored on e1f7e35d), what is left: a Lao
  // deputy minister who spoke at a ceremony the wire's dateline alone places; a consulate's trip
  // inside its host country; a military region's twelve delegations, placed by the annotator at
  // the capital.
  'b1111-03-dai-hoc-cuu-long-huan-chuong-lao.txt': [
    'missing visits: Thủ đô Viêng Chăn (LA-VT) → Vĩnh Long (VN-49)',
  ],
  'b1111-04-truong-noi-bien-ho-pursat.html': ['missing visits: VN-HN → Pursat (KH-15)'],
  'b1113-04-quan-khu-5-tet-lao-campuchia.txt': [
    'missing visits: VN-HN → Attapeu (LA-AT)',
    'missing visits: VN-HN → Champasack (LA-CH)',
    'missing visits: VN-HN → Mondulkiri (KH-11)',
    'missing visits: VN-HN → Ratanakiri (KH-16)',
    'missing visits: VN-HN → Saravane (LA-SL)',
    "missing visits: VN-HN → Stung T'reng (KH-19)",
    'missing visits: VN-HN → Sê Kông (LA-XE)',
  ],
  // corpus-real1116 … 1117 (blind, rounds 434 … 435, scored on 04a4d61f), what is left: two
  // ministries' check "tại cặp cửa khẩu A (tỉnh A) – B (tỉnh B)" read as a trip to the far side;
  // the army theatre's shows told after an occasion clause that names the Lao army; a national
  // culture week whose shows a sentence places without naming the week's country.
  'b1114-02-cau-treo-nam-phao.html': ['false visits: Hà Nội (VN-HN) → Bolikhămxay (LA-BL)'],
  'b1115-04-tuan-van-hoa-viet-nam-campuchia.html': [
    'missing visits: VN-HN → Banteay Meanchey (KH-1)',
    'missing visits: VN-HN → Phnom Penh (KH-12)',
  ],
  // corpus-real1118 (blind, round 436, scored on 3a67e39b): a front's honorary chairman who
  // "đã lần lượt gặp" the two other countries' front chairmen in his capital.
  'b1116-01-mat-tran-ba-nuoc-snuol.txt': [
    'missing visits: LA-VT → Phnôm Pênh (KH-12)',
    'missing visits: VN-HN → Phnôm Pênh (KH-12)',
  ],
  // corpus-real1119 … 1120 (blind, rounds 437 … 438, written after the last rule change of the
  // session's main work and scored on d8af9fb7; a stream's course, read there as a trip, has been
  // mended since): six provinces' police who signed one memorandum, whose eleven cross-border
  // pairs the reviewer made required.
  'b1118-01-an-ninh-bien-gioi-6-tinh-3-nuoc.html': [
    'missing sisters: Attapeu (LA-AT) ↔ Ratanakiri (KH-16)',
    'missing sisters: Attapeu (LA-AT) ↔ Stung Treng (KH-19)',
    'missing sisters: Gia Lai (VN-30) ↔ Attapeu (LA-AT)',
    'missing sisters: Gia Lai (VN-30) ↔ Ratanakiri (KH-16)',
    'missing sisters: Gia Lai (VN-30) ↔ Stung Treng (KH-19)',
    'missing sisters: Kon Tum (VN-28) ↔ Attapeu (LA-AT)',
    'missing sisters: Kon Tum (VN-28) ↔ Ratanakiri (KH-16)',
    'missing sisters: Kon Tum (VN-28) ↔ Stung Treng (KH-19)',
    'missing sisters: Kon Tum (VN-28) ↔ Sê Kông (LA-XE)',
    'missing sisters: Sê Kông (LA-XE) ↔ Ratanakiri (KH-16)',
    'missing sisters: Sê Kông (LA-XE) ↔ Stung Treng (KH-19)',
  ],
  // corpus-real1122 … 1126 (blind, rounds 440 … 444, scored on e2f0f483), what is left: the
  // representatives of two provinces who held a memorial rite together, where it does not say;
  // a province's forces that built houses with a Lao district, told only as working with it.
  'b1124-03-tuong-niem-liet-sy-khammouane.html': [
    'missing visits: Quảng Bình (VN-24) → Khammouane (LA-KH)',
  ],
  'b1124-05-hue-xay-nha-salavan.txt': [
    'missing visits: Thừa Thiên – Huế (VN-26) → Salavan (LA-SL)',
  ],
  // (A delegation named by its country, "Đoàn cựu chiến binh Việt Nam thăm Lào", that the body
  // says a province's veterans made up.)
  'b61-06-ccb-dienbien-tham-lao.txt': ['false visits: VN-HN → Viêng Chăn (LA-VT)'],
  // corpus-real1127 … 1130 (blind, rounds 445 … 448, scored on a4736809), what is left: a Lao
  // ministry's visit to a university named after its city, the only word for where it went; a
  // fair of a capital's goods held in Hà Nội months before, told beside the trip the article
  // follows.
  'b1127-04-dhspkt-vinh-lao.html': ['missing visits: Thủ đô Viêng Chăn (LA-VT) → Vinh (VN-22)'],
  'b1128-03-hanoi-vienchan-tru-so.html': ['false visits: Viêng Chăn (LA-VT) → Hà Nội (VN-HN)'],
  // corpus-real1131 … 1132 (blind, rounds 449 … 450, scored on 0b8cc477; left as scored): a Lao
  // governor who hands his state's orders to a province's leaders, where the article does not say,
  // read at the province (the paper's own).
  'b1129-02-se-kong-trao-huan-chuong-hue.txt': [
    'false visits: Sê Kông (LA-XE) → Thừa Thiên Huế (VN-26)',
  ],
  // corpus-real1134 (blind, the sixty-second session's, scored on cdcda780): a city named only as
  // its border gate's name ("Trạm cửa khẩu quốc tế Hà Tiên"), which most sets' annotators leave out.
  'b62-10-ha-tien-1200-cong-dan-campuchia-ban-giao.html': ['missing places: Hà Tiên (VN-47)'],
  // corpus-real1135 … 1136 (blind, the same session's, scored on 8f58fcb5), left as scored: a
  // national body's stop told only by its rites there; a guest army told by where its troops
  // stayed; a minister named on a roll whose venue only the audience gives; an army troupe with no
  // home but its military region; a minister's trip to a country whose project's province the
  // sentence names.
  'b62b-04-khanh-thanh-chua-bo-de-kham-muon.html': ['missing visits: VN-HN → Khammoune (LA-KH)'],
  'b62b-07-quan-doi-hoang-gia-campuchia-ve-nuoc.html': [
    'missing visits: KH-12 → Hoà Bình (VN-14)',
    'missing visits: KH-12 → Hà Nội (VN-HN)',
  ],
  'b62b-08-dem-nghe-thuat-viet-lao-vientiane.txt': ['missing visits: VN-HN → Vientiane (LA-VT)'],
  'b62b-09-van-cong-quan-khu-1-vientiane.txt': ['missing visits: VN-HN → Vientiane (LA-VT)'],
  'b62c-03-vinachem-kali-kham-muon-ho-duc-phoc.txt': [
    'missing visits: VN-HN → LA-VT',
    'false visits: VN-HN → Khăm Muộn (LA-KH)',
  ],
  // corpus-real1137 … 1140 (blind, the same session's, scored on 3626e6f1, 3626e6f1, da266ad9 and
  // 88ca32bf), what is left: a guest army told by where it drills; a general's speech at a
  // ceremony the lead places abroad; an audience ("hội kiến") placed in another country's city; a
  // Sangha's reception told by its headline alone; a state firm's trip, and its oil blocks named
  // after provinces; a ministry's office at a site whose province only the headline names.
  'b62d-02-quan-doi-hoang-gia-campuchia-a80.txt': ['missing visits: KH-12 → Hà Nội (VN-HN)'],
  'b62d-04-cuu-hoc-vien-quan-su-campuchia.html': ['missing visits: VN-HN → Phnom Penh (KH-12)'],
  'b62d-09-bo-quoc-phong-nghi-dinh-thu-2015.txt': ['missing visits: KH-12 → TPHCM (VN-SG)'],
  'b62e-03-phat-giao-lao-tiep-ht-chu-tich.txt': ['missing visits: VN-HN → LA-VT'],
  'b62f-02-pvep-dien-kien-thu-tuong-lao.txt': [
    'missing visits: VN-HN → LA-VT',
    'false visits: VN-HN → Champasak (LA-CH)',
  ],
  'b62f-09-vrg-chuc-tet-oxfam-campuchia.txt': ['missing visits: VN-HN → KH-12'],
  'b62g-02-van-phong-bo-vhttdl-lao-fansipan.txt': [
    'missing visits: LA-VT → Lào Cai (VN-02)',
    'false visits: VN-HN → LA-VT',
  ],
  // corpus-real1141 … 1143 (blind, the same session's, scored on e9015e9f, 279b01ac and 279b01ac),
  // what is left: a fleet of fishing boats read as a delegation; a provincial command's Tết call
  // on its search team abroad, told by the team's work there; a ministry's guests at a contest
  // whose venue only a university's name gives; a travel firm named after a city.
  'b62h-09-ngu-dan-kam-pot-duoc-tha.txt': ['false visits: Kiên Giang (VN-47) → Kam Pot (KH-7)'],
  'b62i-07-bo-chqs-chuc-tet-doi-k52.html': [
    'missing visits: Gia Lai (VN-30) → Ratanakiri (KH-16)',
    'missing visits: Gia Lai (VN-30) → Stung Treng (KH-19)',
  ],
  'b62j-05-hung-bien-chung-ket-thai-nguyen.html': ['missing visits: LA-VT → Thái Nguyên (VN-69)'],
  'b62j-10-quang-tri-du-lich-hanh-lang-dong-tay.html': ['false places: Hạ Long (VN-13)'],
  // corpus-real1144 … 1146 (blind, the same session's, scored on e54fb8ee, 12320605 and 12320605),
  // what is left: a province's fire trucks sent over the border; a spokesman's words on an arrest
  // abroad read as a trip; a friendship society's trips and receptions told beside a consul's;
  // agreements of two provinces' courts that name their partners only by reference.
  'b62k-03-chay-cho-ka-ron-se-pon.txt': ['missing visits: Quảng Trị (VN-25) → Savanakhet (LA-SV)'],
  'b62k-07-quoc-te-ho-tro-mua-lu-svay-rieng.txt': ['false visits: VN-HN → Svay Rieng (KH-20)'],
  'b62l-01-binh-phuoc-hoi-huu-nghi-champasak.html': [
    'missing visits: Bình Phước (VN-58) → Attapeu (LA-AT)',
    'missing visits: Bình Phước (VN-58) → Champasak (LA-CH)',
    'missing visits: Champasak (LA-CH) → Bình Phước (VN-58)',
    'false visits: LA-VT → TP.HCM (VN-SG)',
    'false sisters: Champasak (LA-CH) ↔ TP.HCM (VN-SG)',
  ],
  'b62m-04-dien-bien-tuong-tro-tu-phap-ma-tuy.html': [
    'missing sisters: Điện Biên (VN-71) ↔ Luông Pra Băng (LA-LP)',
    'missing sisters: Điện Biên (VN-71) ↔ Phông Sa Lỳ (LA-PH)',
  ],
  // corpus-real1149 … 1156 (blind, the sixty-third session's first eight, scored on f19faa63) and
  // corpus-real1157 … 1164 (the next eight, scored on 9cc5b1f4), what is left: "hai bên" after a
  // sentence naming two ministries, read as the last province; reporters taken over the border by
  // a border post's officers; a Deputy Prime Minister's farm visits "trên đất bạn Lào", which the
  // annotator places at the farms' province; scammed workers' crossing told after a comma; a
  // leader's flight into exile in 1977, told as history; the Vietnamese Sangha's leaders on the
  // roll of a seminar it co-organised in Vientiane; three parliaments' committees named by "3 nước".
  // (A remark "được Chủ tịch Quốc hội … đưa ra tại" a meeting abroad is read since the same
  // session: b63f-05.)
  'b63a-02-nghe-an-lao-phoi-hop-phong-chong-toi-pham.html': [
    'false visits: Hủa Phăn (LA-HO) → Nghệ An (VN-22)',
  ],
  'b63d-05-la-lay-sa-muoi-ket-nghia-ban.txt': [
    'missing visits: Quảng Trị (VN-25) → Salavan (LA-SL)',
  ],
  'b63d-08-a-dot-ka-lo-mo-hoi-bien-phong.html': [
    'missing visits: Thừa Thiên Huế (VN-26) → Sê Kông (LA-XE)',
  ],
  'b63e-02-chuyen-lam-an-o-lao-attapeu.txt': ['false visits: VN-HN → LA-VT'],
  'b63i-04-hun-sen-cuu-chien-binh-quan-khu-7.txt': ['false visits: KH-12 → VN-HN'],
  'b63j-03-hoi-thao-phat-giao-viet-nam-tai-lao.txt': ['missing visits: VN-HN → Viêng Chăn (LA-VT)'],
  'b63n-10-dua-xe-dap-huu-nghi-clv-vientiane.txt': [
    'missing visits: KH-12 → Vientiane (LA-VT)',
    'missing visits: VN-HN → Vientiane (LA-VT)',
  ],
  // corpus-real1165 … 1172 (blind, the sixty-fourth session's first eight, scored on 8d6054fe),
  // what is left: a Cambodian national association ("Hội Da liễu Campuchia") at a signing in
  // Hội An (a rule for any "Hội … Campuchia" also took diaspora associations); a union named by
  // its initials only ("CĐVCVN"); an aggregator's "Xem bài gốc tại Công an TP.HCM" credit line.
  'b64b-10-da-lieu-viet-nam-campuchia-hoi-an.txt': ['missing visits: KH-12 → Hội An (VN-27)'],
  'b64d-03-cong-doan-vien-chuc-tiep-lftu.txt': ['missing visits: LA-VT → VN-HN'],
  'b64g-06-go-trac-ha-tinh-bolykhamxay.txt': ['false places: Thành phố Hồ Chí Minh (VN-SG)'],
  // corpus-real1173 … 1176 (blind, the session's next four, scored on 5d07f93b), what is left: two
  // ministries' memorandum required as a sister link of the capitals (the earlier sets hold all 81
  // such links optional); Lao media's coverage of a visit whose host country only the outlets
  // name. (A signing told from one side, "A tổ chức lễ ký kết … với B tại C", is read since the
  // same session: b64i-05.)
  'b64i-04-tran-luu-quang-tiep-bo-noi-vu-lao.html': ['missing sisters: VN-HN ↔ LA-VT'],
  'b64i-05-ky-ghi-nho-bo-noi-vu-viet-lao-ha-noi.txt': ['missing sisters: Hà Nội (VN-HN) ↔ LA-VT'],
  'b64i-07-ban-ton-giao-campuchia-tphcm.html': ['missing sisters: VN-HN ↔ KH-12'],
  'b64j-01-truyen-thong-lao-chu-tich-quoc-hoi.html': ['missing visits: VN-HN → LA-VT'],
  // corpus-real1178 … 1188 (blind, the sixty-fifth session's eleven, scored on 24db78a0), what is
  // left: "Attperu", two letters from any spelling of Attapeu; a file photo's caption ("Bộ đội Việt
  // Nam ở tỉnh Lai Châu") between the headline and the lead, read as a teaser; the army "sang phối
  // hợp … cứu nạn tại khu vực đập thủy điện bị vỡ", the dam's province named only in other sentences.
  'b65a-01-tong-lanh-su-lao-chau-doc.html': ['missing places: Attperu (LA-AT)'],
  'b65d-01-vo-dap-attapeu-bo-doi.txt': [
    'missing places: Lai Châu (VN-01)',
    'missing visits: VN-HN → Attapeu (LA-AT)',
  ],
  // corpus-real1189 … 1192 (blind, the session's next four, written from pages in other languages,
  // scored on bab2ce08), what is left: an army medical team's gifts "cho chính quyền và nhân dân
  // huyện X, tỉnh B (Lào)" with no travel word (a national body's handover is read as no trip).
  'b65l-04-quan-y-hai-nuoc-kham-benh-se-pon.txt': [
    'missing visits: VN-HN → Xa-van-na-khệt (LA-SV)',
  ],
  // corpus-real1193 … 1196 (blind, the session's last four, scored on fb572699), what is left: two
  // provinces that "thiết lập quan hệ hữu nghị" in 1979, required as a sister link (GUIDE.md makes
  // a relationship optional); a rule signed by two police forces "triển khai Tổ công tác … tại
  // tỉnh B" (where the group works), read as a signing held in B.
  'b65s-01-phu-tho-luong-nam-tha.html': [
    'missing sisters: Phú Thọ (VN-68) ↔ Luông Nặm Thà (LA-LM)',
  ],
  'b65s-04-hue-salavan-ma-tuy.txt': ['false visits: Huế (VN-26) → Salavan (LA-SL)'],
  // corpus-real1200 (blind, written after the session's last rule, scored on 019736fd and left as
  // found): a state visit that begins "một ngày trước khi … bắt đầu chuyến thăm cấp Nhà nước tới
  // Vương quốc Campuchia", read as made, though the ceremony the article tells came the day before.
  'b65w-02-dai-huu-nghi-kratie.txt': ['false visits: VN-HN → Phnom Penh (KH-12)'],
  // corpus-real1201 … 1204 (blind, sixty-sixth session, scored on 711c73e0 before any rule made
  // from them; docs/geocoding.md), what their causes left: "các chuyên gia Việt Nam đã trực tiếp
  // đến những bản …, các khu cách ly, bệnh viện … trên địa bàn tỉnh B", experts named by their
  // calling with no "đoàn" and the province after a list of sites; "các đại biểu phía Lào đã cùng
  // cán bộ … ra thăm cánh đồng thôn X, xã Y", a village's representatives known only as "phía Lào".
  'b66b-06-chuyen-gia-y-te-cham-pa-xac.txt': ['missing visits: VN-HN → Chăm-pa-xắc (LA-CH)'],
  'b66d-02-huong-phung-lua-giong.txt': ['missing visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)'],
  // corpus-real1205 … 1208 (blind, second wave of the sixty-sixth session, scored on f60a0365
  // before any rule made from them), what their causes left: a village's delegation "sang nước
  // bạn" that an old man recalls, its villages' provinces named paragraphs away; a delegation that
  // "đã tìm về chùa …, TP. B"; a state visit's stop at a company whose province a later sentence
  // gives (read as the capital); a dam's ceremony placed only by the plant's apposition.
  'b66e-03-ta-do-na-muong-ban-ket-nghia-ky-son.txt': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  'b66f-01-chua-phat-tich-luang-parbang.txt': ['missing visits: VN-HN → Luang Parbang (LA-LP)'],
  'b66h-01-cao-su-viet-lao-chu-tich-quoc-hoi.html': [
    'missing visits: VN-HN → Champasak (LA-CH)',
    'false visits: VN-HN → LA-VT',
  ],
  'b66h-02-ngan-dong-xe-ca-man-3.txt': ['missing visits: VN-HN → Xê Kông (LA-XE)'],
  // corpus-real1209 … 1212 (blind, third wave of the sixty-sixth session, scored on 9c2c5ed3
  // before any rule made from them), what their causes left: a state visit a host recalls "mấy
  // ngày trước", undated, inside the sentence of the return visit's reception.
  'b66i-06-luong-cuong-tiep-thongloun-vung-ang.txt': ['missing visits: Hà Nội (VN-HN) → LA-VT'],
  // corpus-real1213 … 1216 (blind, fourth wave of the sixty-sixth session, scored on 695f7057
  // before any rule made from them), what their causes left: the three parliaments' committees
  // "tổ chức tại tỉnh Nghệ An", the two guest countries named only in the committees' title; an
  // ambassador received in the city of his post, read as a trip from his capital; "đoạn chảy qua
  // Kampong Chhang", a slip of Kampong Chhnang where no place word stands; a fair "khai mạc tại
  // Trung tâm … Lao-Itecc" whose Vietnamese ministry's delegation the next sentence names.
  'b66m-04-doi-ngoai-qh-clv-nghe-an.txt': [
    'missing visits: KH-12 → Nghệ An (VN-22)',
    'missing visits: LA-VT → Nghệ An (VN-22)',
  ],
  'b66n-04-chu-tich-quoc-hoi-tiep-dai-su-chay-navuth.html': [
    'false visits: LA-VT → Đà Nẵng (VN-DN)',
  ],
  'b66o-05-cong-dong-viet-campuchia-huong-ve-mien-trung-kampong-speu.txt': [
    'missing places: Kampong Chhang (KH-4)',
  ],
  'b66p-02-hoi-cho-viet-lao-quoc-phong-vientiane.txt': [
    'missing visits: VN-HN → Viêng Chăn (LA-VT)',
  ],
  // corpus-real1218 (blind, sixty-seventh session, scored on 71dcd548 before any rule made from
  // it), what its causes left: a headline's "dự thi … sang học tại A1, A2 và A3", the students'
  // place of study read as the exam's venue, and a roll of examinees "đến từ các huyện trong toàn
  // tỉnh B" read as guests there.
  'b67d-02-xaynhabuly-hoc-bong-yen-bai.txt': [
    'false visits: Xay-nha-bu-ly (LA-XA) → Yên Bái (VN-06)',
  ],
  // corpus-real1219 (blind, second wave of the sixty-seventh session, scored on 71dcd548 before
  // any rule made from it), what its causes left: a backpacker's diary ("Ký sự phượt") whose
  // headline crosses from Hà Tiên to Kampot; a border post named without its province ("Đồn Biên
  // phòng X đã chủ trì, phối hợp với … cùng nhóm thiện nguyện … tỉnh A2 … đến thăm …"), the
  // province a sentence before; a foreign ministry that "đã tổ chức chương trình … tại B" after an
  // outlet's initials ("SGGPO - Trong khuôn khổ …"), and a ministers' meeting a speaker recalls.
  'b67e-04-ky-su-phuot-ha-tien-kampot.txt': ['false visits: Hà Tiên (VN-47) → Kam Pot (KH-7)'],
  'b67f-02-bien-phong-chieng-khuong-qua-truong-huoi-cu.html': [
    'missing visits: Sơn La (VN-05) → Hủa Phăn (LA-HO)',
  ],
  'b67h-01-dem-campuchia-ite-hcmc.html': [
    'missing visits: KH-12 → TPHCM (VN-SG)',
    'false visits: VN-HN → Preah Sihanouk (KH-18)',
  ],
  // corpus-real1220 (blind, third wave of the sixty-seventh session, scored on 71dcd548 before any
  // rule made from it), what its causes left: a ministry that "đã điều … cán bộ, chiến sĩ … sang
  // phối hợp giúp bạn Lào" after a dam broke in the province the article is about; an embassy's
  // chargé d'affaires on the roll of a consulate's event in its own province, beside another
  // consulate named by its post (an older set's annotator counts no such trip: b587-02).
  'b67i-01-quan-khu-5-attapeu.txt': ['missing visits: VN-HN → Attapeu (LA-AT)'],
  'b67k-06-battambang-xuan-que-huong-2026.html': ['missing visits: VN-HN → Battambang (KH-2)'],
  // corpus-real1221 (blind, fourth wave of the sixty-seventh session, scored on bb63245f before
  // any rule made from it), what its causes left: a festival "với sự tham gia của 185 thiếu nhi …
  // đến từ Việt Nam, Lào và Campuchia", people from countries with no delegation named (who may
  // live where it is held: presence-clause.ts); a Cambodian official quoted in a feature on a
  // province's border trade that tells no event, read as come to the province the article is about.
  'b67n-03-lien-hoan-thieu-nhi-ba-nuoc-tphcm.txt': [
    'missing visits: KH-12 → Thành phố Hồ Chí Minh (VN-SG)',
    'missing visits: LA-VT → Thành phố Hồ Chí Minh (VN-SG)',
  ],
  'b67o-03-gia-lai-ratanakiri-ha-tang-thuong-mai-bien-gioi.txt': [
    'false visits: Ratanakiri (KH-16) → Gia Lai (VN-30)',
  ],
  // corpus-real1222 (blind, fifth wave of the sixty-seventh session, scored on 67839e81 before any
  // rule made from it), what its causes left: a Lao president "đang có chuyến thăm Việt Nam" whose
  // talks "tại Hà Nội" trail a long roll of titles, then stops in two provinces.
  'b67q-02-chum-ma-ly-tham-viet-nam-lam-dong.html': ['missing visits: LA-VT → Hà Nội (VN-HN)'],
  // corpus-real1223 (blind, written after the sixty-seventh session's last rule change and scored
  // on 3588d75f with nothing changed for it): a governor's inspection of border markers in his own
  // province, the Vietnamese provinces across the line named as its other side.
  'b67v-01-takeo-moc-bien-gioi.txt': ['false visits: Takeo (KH-21) → An Giang (VN-44)'],
  // corpus-real1224 (blind, first wave of the sixty-eighth session, scored on e2542e4a before any
  // rule made from it), what its causes left: border guards sent "sang phối hợp với chính quyền sở
  // tại" with the province only in the next sentence and a caption's gift to one of its districts;
  // a Prime Minister's trip "bắt đầu chuyến thăm Lào" beside the states' standing agreements, read
  // as a twinning of the capitals; a gift "cùng dịp này" at a border gate the lead names without
  // its province, and a bare "đoàn" that then visited "khu vực giáp ranh giữa A và B" at home,
  // taken for the headline's foreign province; an embassy's medical team at a province abroad.
  'b68b-02-bdbp-ha-tinh-lu-bolikhamxay.txt': [
    'missing visits: Hà Tĩnh (VN-23) → Bô-ly-khăm-xay (LA-BL)',
  ],
  'b68c-01-thu-tuong-den-vieng-chan.txt': ['false sisters: Viêng Chăn (LA-VT) ↔ Hà Nội (VN-HN)'],
  'b68d-05-nghe-an-phong-kham-nam-on-bolykhamxay.txt': [
    'false visits: Bôlykhămxay (LA-BL) → Hà Tĩnh (VN-23)',
    'false visits: Bôlykhămxay (LA-BL) → Nghệ An (VN-22)',
    'false visits: Nghệ An (VN-22) → Bôlykhămxay (LA-BL)',
  ],
  'b68d-06-dai-su-quan-kham-benh-kampong-chhnang.txt': [
    'missing visits: VN-HN → Kampong Chhnang (KH-4)',
  ],
  // corpus-real1225 (blind, second wave, scored on e2542e4a): a Lao army troupe that "sang biểu
  // diễn tại Việt Nam", received at a border gate, placed at the capitals (its annotator counts
  // no visit to a country alone).
  'b68h-07-doan-nghe-thuat-quan-doi-lao.html': ['false visits: LA-VT → VN-HN'],
  // corpus-real1226 (blind, third wave, scored on 6cacd4de after the first two waves' rules): a
  // border gate's opening at home, with the dateline of the province across; a Prime Minister's
  // stop in a province after the state visit, told as "hai Thủ tướng đã gặp gỡ … nhân dân tỉnh
  // B"; a Cambodian speaker's stay "trong thời gian lưu lại Hà Nội" beside a meeting of "ba nước".
  'b68i-04-cua-khau-meun-chey-tan-nam.txt': ['false visits: Prey Veng (KH-14) → Tây Ninh (VN-37)'],
  'b68j-01-hun-sen-gap-go-nhan-dan-binh-duong.html': ['missing visits: KH-12 → Bình Dương (VN-57)'],
  'b68j-02-heng-samrin-ket-thuc-tham-lao-viet-nam.txt': [
    'false visits: Hà Nội (VN-HN) → Phnom Penh (KH-12)',
  ],
  // corpus-real1227 (blind, fourth wave, scored on f49cd253 after the first three waves' rules):
  // a friendship association's visit inside Vietnam on a Cambodian front's anniversary; a city
  // pair's relationship "được thiết lập từ năm 1999", no twinning read.
  'b68n-07-x16-binh-phuoc-hoi-huu-nghi.txt': ['false visits: VN-HN → KH-12'],
  'b68o-01-tphcm-phnom-penh-45-nam-quan-he.html': [
    'missing sisters: Thành phố Hồ Chí Minh (VN-SG) ↔ Phnom Penh (KH-12)',
  ],
  // corpus-real1230 … 1231 (blind, sixty-ninth session: older annotated articles re-reported in
  // new words and new sentence shapes, scored on 02783da8 before any rule made from them), what
  // their causes left: minutes of a border meeting "đã ký" by the two provinces' delegations; a
  // veterans' march whose stop is "Stung Treng …, cũng là nơi dừng chân trong chuyến … mà các CCB ở
  // A1, A2, A3 … thực hiện"; a governor named by name alone ("đồng chí X đã có chuyến thăm … tại
  // A"), his titles in a sentence "X hiện là …, Tỉnh trưởng tỉnh B"; fire engines sent "sang Lào"
  // to a market the next sentence places; a patient who "nghe tin đoàn
  // thầy thuốc tỉnh A … sang khám bệnh", the place implied; a heading "Chương trình hợp tác y tế
  // giữa tỉnh A và tỉnh B" read by its annotator as a twinning; a youth campaign whose team "có
  // mặt ở bốn tỉnh Nam Lào", the provinces named later as its "địa bàn".
  'b69a-02-son-la-hua-phan-nam-lanh.txt': ['missing sisters: Sơn La (VN-05) ↔ Hủa Phăn (LA-HO)'],
  'b69b-01-khanhhoa-stungtreng-cuu-chien-binh.txt': [
    'missing visits: Khánh Hòa (VN-34) → Stung Treng (KH-19)',
  ],
  'b69b-04-sekong-tiep-doan-da-nang.html': ['missing visits: Sê Kông (LA-XE) → Đà Nẵng (VN-DN)'],
  'b69b-05-quangtri-chua-chay-cho-ka-ron.txt': [
    'missing visits: Quảng Trị (VN-25) → Savannakhet (LA-SV)',
  ],
  'b69e-01-thay-thuoc-mien-tay-kham-benh-campuchia.txt': [
    'missing visits: Đồng Tháp (VN-45) → Prey Veng (KH-14)',
  ],
  'b69f-02-daknong-mondulkiri-kham-benh.txt': [
    'missing sisters: Đắk Nông (VN-72) ↔ Mondulkiri (KH-11)',
  ],
  'b69h-05-tuoi-tre-tphcm-tinh-nguyen-he-4-tinh-lao.txt': [
    'missing visits: TP.HCM (VN-SG) → Attapư (LA-AT)',
    'missing visits: TP.HCM (VN-SG) → Chăm-pa-xắc (LA-CH)',
    'missing visits: TP.HCM (VN-SG) → Sa-la-van (LA-SL)',
    'missing visits: TP.HCM (VN-SG) → Xê Công (LA-XE)',
  ],
  // corpus-real1232 … 1233 (blind, second wave of re-reported articles, scored on c066f7c8 before
  // any rule made from them), what their causes left: a side's roll at a burial "Phía bạn Lào có
  // ông X, … tỉnh B" where the cemetery names no province; a building "xây cho công an nước bạn
  // tại … tỉnh B" still being finished, read as a trip (its annotator counts none); an award
  // handed over "trực tiếp" by a Lao director at the partner's ceremony; a conference "do hai tỉnh
  // phối hợp tổ chức … tại thành phố A", the other province named only in the border section's
  // name; a ministry's delegation received beside a province's ("đoàn đại biểu Bộ Nội vụ Vương
  // quốc Campuchia và chính quyền tỉnh B"), only the province read; a conference's roll "Ngồi
  // chung bàn hội nghị là đoàn đại biểu của 9 tỉnh: …"; soldiers who "đã sang tận nơi, phối hợp
  // với Ủy ban nhân dân huyện X, tỉnh B".
  'b69j-02-qdnd-ba-doc-17-liet-si-khammouane.txt': [
    'missing visits: Khammouane (LA-KH) → Quảng Bình (VN-24)',
  ],
  'b69j-03-cand-cong-an-hue-tru-so-ban-se-sap.html': [
    'false visits: Thừa Thiên Huế (VN-26) → Sa-la-van (LA-SL)',
  ],
  'b69k-02-nghean-xiengkhoang-bang-khen-y-te.txt': [
    'missing visits: Xiêng Khoảng (LA-XI) → Nghệ An (VN-22)',
  ],
  'b69m-03-kontum-attapeu-moc-quoc-gioi.txt': ['missing visits: Attapeu (LA-AT) → Kon Tum (VN-28)'],
  'b69m-04-khanh-binh-chrey-thom-kandal.txt': ['missing visits: KH-12 → An Giang (VN-44)'],
  'b69o-03-quangbinh-hoi-nghi-duong-8-duong-12.txt': [
    'missing visits: Bôlykhămxay (LA-BL) → Quảng Bình (VN-24)',
    'missing visits: Khăm Muộn (LA-KH) → Quảng Bình (VN-24)',
  ],
  'b69p-01-hue-nha-ko-tai-salavan.txt': [
    'missing visits: Thừa Thiên Huế (VN-26) → Sa-la-van (LA-SL)',
  ],
  // corpus-real1234 (blind, third wave of re-reported articles, written after every rule of the
  // session and scored on 0031ecbd with nothing changed for it): a friendship association's call
  // "đến chào xã giao Đại sứ quán … Việt Nam tại Lào" on its tour of two provinces, read as a trip
  // to the capital; "các tỉnh Stung Treng và Rattanakiri … đón đoàn công tác của tỉnh", the second
  // host lost, and a greeting to a Lao province read as its trip to a Cambodian one.
  'b69s-01-lamdong-hoi-huu-nghi-luongphabang-champasak.txt': [
    'false visits: Lâm Đồng (VN-35) → LA-VT',
  ],
  'b69s-03-kontum-chuc-tet-sau-tinh-lao-campuchia.txt': [
    'missing visits: Kon Tum (VN-28) → Rattanakiri (KH-16)',
    'false visits: Salavan (LA-SL) → Stung Treng (KH-19)',
  ],
  // The seventieth session's re-reported sets (corpus-real1235 … 1243), as the session's rules
  // left them.
  'b70a-01-kpl-savannakhet-quangtri-densavan-laobao.html': [
    'missing visits: LA-VT → Quảng Trị (VN-25)',
  ],
  'b70a-02-y-bac-si-dong-thap-an-giang-kien-giang-sang-campuchia.txt': [
    'missing visits: Kiên Giang (VN-47) → Kampot (KH-7)',
  ],
  'b70c-01-luang-prabang-tiep-dien-bien.html': [
    'missing visits: TP Hồ Chí Minh (VN-SG) → Luang Prabang (LA-LP)',
  ],
  'b70c-08-long-an-tay-ninh-chuc-tet-svay-rieng.html': ['false visits: VN-HN → Svay Rieng (KH-20)'],
  'b70d-04-akp-battambang-xuc-tien-dau-tu-tphcm.html': [
    'missing visits: TP. Hồ Chí Minh (VN-SG) → Battambang (KH-2)',
  ],
  'b70d-07-bchqs-gia-lai-chuc-tet-3-tinh-campuchia.html': [
    'false visits: Rattanakiri (KH-16) → Gia Lai (VN-30)',
  ],
  'b70g-08-quangnam-pakse-ghi-nho.html': [
    'missing places: Kon Tum (VN-28)',
    'missing visits: Kon Tum (VN-28) → Champasak (LA-CH)',
  ],
  'b70i-04-ban-tin-ha-noi-trien-lam-vientiane.html': [
    'missing visits: Vientiane (LA-VT) → Hà Nội (VN-HN)',
  ],
  'b70i-06-caravan-ha-noi-lao-nghe-an.html': [
    'missing visits: Hà Nội (VN-HN) → Luang Prabang (LA-LP)',
    'missing visits: Hà Nội (VN-HN) → Sầm Nưa (LA-HO)',
    'missing visits: Hà Nội (VN-HN) → Vientiane (LA-VT)',
    'missing visits: Hà Nội (VN-HN) → Xiêng Khoảng (LA-XI)',
    'false visits: Sơn La (VN-05) → Luang Prabang (LA-LP)',
    'false visits: Sơn La (VN-05) → Sầm Nưa (LA-HO)',
    'false visits: Sơn La (VN-05) → Vientiane (LA-VT)',
  ],
  'b70i-08-tay-ninh-so-ket-svay-rieng.html': [
    'missing visits: Tây Ninh (VN-37) → Svay Rieng (KH-20)',
  ],
  'b70j-04-quan-son-vieng-xay-lua-mua-kho.html': [
    'missing visits: Thanh Hóa (VN-21) → Houaphanh (LA-HO)',
  ],
  'b70l-04-daisu-preahvihear-siemreap-phongvan.txt': [
    'missing visits: VN-HN → Battambang (KH-2)',
    'missing visits: VN-HN → Preah Vihear (KH-13)',
    'missing visits: VN-HN → Siem Reap (KH-17)',
    'false visits: Battambang (KH-2) → Quảng Nam (VN-27)',
    'false visits: Phnôm Pênh (KH-12) → Quảng Nam (VN-27)',
  ],
  'b70m-02-kontum-rattanakiri-an-sinh-2017.txt': ['false visits: VN-HN → Ban Lung (KH-16)'],
  'b70m-04-nghean-quy-tap-phong-van.txt': [
    'missing visits: Nghệ An (VN-22) → Xaysomboun (LA-XS)',
    'missing visits: Nghệ An (VN-22) → Xiengkhouang (LA-XI)',
    'missing visits: Nghệ An (VN-22) → tỉnh Viêng Chăn (LA-VI)',
  ],
  'b70m-06-savannakhet-quangtri-sot-ret-kpl.txt': [
    'missing visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)',
    'false visits: Quảng Trị (VN-25) → Savannakhet (LA-SV)',
  ],
  'b70n-03-quangtri-champasak-huan-chuong-lao-dong.txt': [
    'false visits: VN-HN → Chăm Pa Sắc (LA-CH)',
  ],
  'b70n-04-takeo-an-giang-bien-phong-tang-qua.txt': [
    'missing visits: Takéo (KH-21) → An Giang (VN-44)',
  ],
  'b70n-07-heng-samrin-tiep-doan-tphcm.html': ['false visits: VN-HN → Phnom Penh (KH-12)'],
  'b70o-04-diem-tin-vientiane-tong-bi-thu.txt': [
    'missing sisters: Hà Nội (VN-HN) ↔ Thủ đô Viêng Chăn (LA-VT)',
  ],
  'b70o-06-ben-tre-khao-sat-du-lich-phnom-penh.txt': [
    'missing visits: Bến Tre (VN-50) → Phnôm Pênh (KH-12)',
  ],
  'b70q-04-phong-van-hoian-luongphabang-ket-nghia.html': [
    'missing visits: Hội An (VN-27) → Thủ đô Viêng Chăn (LA-VT)',
    'false visits: Luang Prabang (LA-LP) → Hội An (VN-27)',
  ],
  'b70r-02-champasak-dongnai-huan-chuong.html': ['false places: Phonsavan (LA-XI)'],
  'b70t-06-cong-an-quang-nam-xe-kong-phong-van.txt': [
    'missing visits: Quảng Nam (VN-27) → Xê Kông (LA-XE)',
  ],
  'b70v-01-xaysomboun-chuc-tet-son-la.txt': ['false visits: Sơn La (VN-05) → Xay Som Bun (LA-XS)'],
  'b70v-06-kpl-bokeo-cong-an-dien-bien.txt': [
    'missing visits: Điện Biên (VN-71) → Luang Namtha (LA-LM)',
    'missing visits: Điện Biên (VN-71) → Phongsaly (LA-PH)',
  ],
  'b70v-08-tanbien-diem-tin-tuan-pray-veng.txt': [
    'missing visits: Tây Ninh (VN-37) → Pray Veng (KH-14)',
    'missing visits: Tây Ninh (VN-37) → Tbong Khmum (KH-25)',
  ],
  'b70w-02-thanhhoa-huaphan-chqs-qdnd.html': [
    'missing visits: Thanh Hóa (VN-21) → Hủa Phăn (LA-HO)',
  ],
  'b70w-04-binhduong-kandal-phong-su-anh.html': [
    'missing visits: Bình Dương (VN-57) → Kandal (KH-8)',
  ],
  'b70w-05-champasak-binhdinh-phong-van.txt': [
    'missing visits: Chăm-pa-xắc (LA-CH) → Bình Định (VN-31)',
  ],
  'b70w-06-nghean-khammouane-cong-ttdt.html': ['false visits: VN-HN → Khammouane (LA-KH)'],
  'b70w-07-houaphanh-thanhhoa-tet-vov.html': ['false visits: Houaphanh (LA-HO) → Hà Nội (VN-HN)'],
  'b70x-04-diem-tin-tuan-qp-an-kien-giang-k92.txt': [
    'missing visits: Kiên Giang (VN-47) → Koh Kong (KH-9)',
  ],
  'b70x-05-bac-lieu-tiep-doan-can-ve-campuchia-chuc-tet.txt': [
    'missing visits: KH-12 → Tây Ninh (VN-37)',
  ],
  'b70y-08-kirivong-triton-ket-nghia.txt': ['false sisters: Kampot (KH-7) ↔ An Giang (VN-44)'],
  'b70z-03-bien-phong-viet-lao-si-quan-tre-houaphanh.html': [
    'missing visits: LA-VT → Hà Tĩnh (VN-23)',
    'missing visits: LA-VT → Nghệ An (VN-22)',
    'false visits: Houaphanh (LA-HO) → Hà Tĩnh (VN-23)',
    'false visits: Houaphanh (LA-HO) → Nghệ An (VN-22)',
  ],
  'b70z-05-lam-dong-cham-pa-xac-2008-2014.html': [
    'missing sisters: Lâm Đồng (VN-35) ↔ Chăm-pa-xắc (LA-CH)',
  ],
  'b70ea-03-thainguyen-don-nhan-huan-chuong-luangprabang.txt': [
    'false visits: Luang Namtha (LA-LM) → Thái Nguyên (VN-69)',
    'false visits: Oudomxay (LA-OU) → Thái Nguyên (VN-69)',
    'false visits: Phongsaly (LA-PH) → Thái Nguyên (VN-69)',
    'false sisters: Luang Namtha (LA-LM) ↔ Thái Nguyên (VN-69)',
    'false sisters: Oudomxay (LA-OU) ↔ Thái Nguyên (VN-69)',
    'false sisters: Phongsaly (LA-PH) ↔ Thái Nguyên (VN-69)',
  ],
  'b70ea-04-huongkhe-nakai-phong-van-chu-tich.txt': [
    'missing visits: Hà Tĩnh (VN-23) → Khammouane (LA-KH)',
    'false sisters: Khammouane (LA-KH) ↔ Quảng Bình (VN-24)',
  ],
  'b70ed-03-hue-tham-sa-la-van.html': ['false visits: Thừa Thiên Huế (VN-26) → LA-VT'],
  'b70ed-04-ban-na-son-bien-phong.html': [
    'missing visits: Điện Biên (VN-71) → Luông Phra Băng (LA-LP)',
  ],
  'b70ed-05-so-vhttdl-luong-pha-bang.txt': [
    'missing sisters: Điện Biên (VN-71) ↔ Luông Pha Băng (LA-LP)',
  ],
  // The seventy-first session's re-reported sets (corpus-real1244 … 1246), as the session's rules
  // left them.
  'b71a-06-bdbp-thanhhoa-houaphanh-hoi-dam.html': [
    'missing sisters: Thanh Hóa (VN-21) ↔ Houaphanh (LA-HO)',
  ],
  'b71b-02-huong-phung-lua-giong-ban-may.txt': [
    'missing visits: Savannakhet (LA-SV) → Quảng Trị (VN-25)',
  ],
  'b71b-03-dongnai-kampongthom-hanh-trinh-4-ngay.txt': [
    'false visits: Svay Rieng (KH-20) → Tây Ninh (VN-37)',
  ],
  'b71b-07-kep-preahsihanouk-kiengiang-chuc-tet-akp.html': [
    'false sisters: Preah Sihanouk (KH-18) ↔ Kiên Giang (VN-47)',
  ],
  'b71b-08-bolikhamxay-hatinh-huan-chuong-lao-dong.html': [
    'false visits: VN-HN → Bolikhamxay (LA-BL)',
  ],
  'b71d-04-song-ma-muong-et-hua-phan.txt': ['missing visits: Hủa Phăn (LA-HO) → Sơn La (VN-05)'],
  'b71d-07-akp-do-truong-phnom-penh-tiep-ba-ria-vung-tau.html': [
    'missing sisters: Bà Rịa - Vũng Tàu (VN-43) ↔ Phnôm Pênh (KH-12)',
    'missing sisters: Bà Rịa - Vũng Tàu (VN-43) ↔ Siêm Riệp (KH-17)',
  ],
  'b71f-01-nam-po-phongsaly-bien-gioi.txt': [
    'missing visits: Phongsaly (LA-PH) → Điện Biên (VN-71)',
  ],
  'b71f-04-son-la-tuan-qua-xay-som-bun-10-nam.html': [
    'missing visits: Bắc Giang (VN-54) → Xay Sổm Bun (LA-XS)',
  ],
  'b71g-08-champasak-stungtreng-kpl.txt': ['missing visits: LA-VT → Stung Treng (KH-19)'],
  'b71i-02-hdnd-hanoi-vieng-chan-phong-van.txt': [
    'missing visits: Hà Nội (VN-HN) → Viêng Chăn (LA-VT)',
  ],
  'b71i-03-memot-snuol-giao-ban-loc-ninh-akp.txt': [
    'missing visits: Kratie (KH-10) → Bình Phước (VN-58)',
  ],
  'b71i-04-anh-hanoi-trao-tang-vieng-chan-tru-so.txt': [
    'missing sisters: Hà Nội (VN-HN) ↔ Viêng Chăn (LA-VT)',
  ],
  'b71i-06-so-gddt-quangbinh-tiep-doan-khammouane.html': [
    'missing visits: LA-VT → Quảng Bình (VN-24)',
  ],
  'b71k-04-takeo-kandal-an-giang-mat-tran.txt': [
    'missing sisters: An Giang (VN-44) ↔ Kandal (KH-8)',
    'missing sisters: An Giang (VN-44) ↔ Takeo (KH-21)',
  ],
  'b71l-07-attapeu-hue-chuctet-hanhtrinh.html': ['false visits: Attapeu (LA-AT) → Kon Tum (VN-28)'],
  'b71n-05-thay-thuoc-tre-tphcm-xuyen-campuchia-toi-se-kong.txt': [
    'missing visits: TP.HCM (VN-SG) → Sê Kông (LA-XE)',
  ],
  'b71q-01-a-luoi-ngay-hoi-vung-bien-viet-lao.txt': [
    'missing visits: LA-VT → Thừa Thiên Huế (VN-26)',
  ],
  'b71q-06-tinh-doan-quang-binh-kham-muon-phong-van.html': [
    'missing visits: Quảng Bình (VN-24) → Khăm Muộn (LA-KH)',
    'false visits: Khăm Muộn (LA-KH) → Quảng Bình (VN-24)',
  ],
  'b71r-07-akp-stungtreng-attapeu-ky-thoa-thuan-2023.txt': [
    'missing visits: Stung Treng (KH-19) → Attapeu (LA-AT)',
  ],
  'b71r-08-kontum-du-hoi-nghi-clv-13-attapu-2024.html': [
    'missing visits: KH-12 → Attapư (LA-AT)',
    'missing visits: VN-HN → Attapư (LA-AT)',
  ],
  'b71t-01-vientiane-hanoi-khoi-cong.html': ['missing visits: Hà Nội (VN-HN) → Viêng Chăn (LA-VT)'],
  'b71t-03-bvmat-tphcm-vientiane-phongvan.html': [
    'missing visits: TP.HCM (VN-SG) → thủ đô Vientiane (LA-VT)',
  ],
  'b71t-07-salavan-hue-quangtri-bien-phong.txt': [
    'false visits: Thừa Thiên Huế (VN-26) → Salavan (LA-SL)',
  ],
  // corpus-real1247: the session's third wave, scored once on cc255ccc, as the session's rules left it.
  'b71u-07-ccb-dong-thap-pursat-lich-trinh.txt': [
    'missing visits: Đồng Tháp (VN-45) → Battambang (KH-2)',
  ],
  'b71v-08-bienphong-chaudoc-takeo-kandal.html': ['missing visits: KH-12 → An Giang (VN-44)'],
  'b71w-03-quangtri-champasak-diem-tin.txt': [
    'false visits: TP. Hồ Chí Minh (VN-SG) → Chăm-pa-xắc (LA-CH)',
  ],
  'b71w-07-thanhhoa-houaphanh-vientiane-ttxvn.txt': [
    'missing visits: Thanh Hóa (VN-21) → Thủ đô Vientiane (LA-VT)',
  ],
  'b71w-08-lanh-su-luangprabang-doan-thanhhoa.html': [
    'false visits: Thanh Hóa (VN-21) → Hủa Phăn (LA-HO)',
  ],
  'b71y-04-dong-thap-k91-phong-su-anh.txt': [
    'missing visits: Prây Veng (KH-14) → Đồng Tháp (VN-45)',
    'missing visits: Pô Sát (KH-15) → Đồng Tháp (VN-45)',
  ],
  'b71y-05-diem-tin-da-nang-xe-cong.txt': ['false visits: Đà Nẵng (VN-DN) → Xê Công (LA-XE)'],
  'b71z-03-ha-tinh-bolykhamxay-phong-van-bi-thu.txt': ['missing places: Vinh (VN-22)'],
  // corpus-real1248: the session's fourth wave, scored once on 14b2f704; one rule made from it
  // after (b5cb3ac3, "Lãnh đạo A1, A2, A3 chào Bí thư Thành ủy B").
  'b71ea-05-quankhu5-ratanakiri-mondulkiri.txt': [
    'missing visits: Gia Lai (VN-30) → Ratanakiri (KH-16)',
    'missing visits: Kon Tum (VN-28) → Ratanakiri (KH-16)',
    'missing visits: Đắk Lắk (VN-33) → Mondulkiri (KH-11)',
    'missing visits: Đắk Nông (VN-72) → Mondulkiri (KH-11)',
  ],
  'b71ea-07-bienphong-salavan-hue-phongvan.txt': ['false visits: Huế (VN-26) → Sê Kông (LA-XE)'],
  'b71eb-04-ha-tinh-lam-viec-bolikhamxay-khammouane.txt': [
    'missing sisters: Hà Tĩnh (VN-23) ↔ Khammouane (LA-KH)',
  ],
  'b71eb-05-kon-tum-attapeu-ky-bien-ban-bien-gioi.txt': [
    'missing visits: Attapeu (LA-AT) → Kon Tum (VN-28)',
  ],
  'b71ec-02-khammouane-hatinh-xuc-tien-dau-tu.txt': [
    'false visits: Hà Tĩnh (VN-23) → Khammouane (LA-KH)',
  ],
  'b71ec-07-ccb-dien-bien-tham-lao.txt': ['false visits: VN-HN → Viêng Chăn (LA-VT)'],
  'b71ed-03-mien-tay-nghe-an-tuan-qua-ky-son.html': [
    'missing visits: Hủa Phăn (LA-HO) → Nghệ An (VN-22)',
    'missing visits: Xiêng Khoảng (LA-XI) → Nghệ An (VN-22)',
  ],
  'b71ee-04-congan-quangnam-diem-tin-tuan-tru-so-sekong.html': [
    'missing visits: Quảng Nam (VN-27) → Sekong (LA-XE)',
  ],
  'b71ef-06-oudomxay-ha-nam-trao-doi-truong-doan.html': [
    'missing visits: U Đôm Xay (LA-OU) → Ninh Bình (VN-18)',
  ],
  'b71ef-07-nam-giang-dac-chung-ket-nghia-thon-ban-xe-cong.txt': [
    'missing visits: Xê Công (LA-XE) → Quảng Nam (VN-27)',
  ],
  'b71ef-08-bdbp-quang-tri-hoi-dam-thuong-nien-savannakhet.html': [
    'false sisters: Khammouane (LA-KH) ↔ Quảng Trị (VN-25)',
  ],
  // corpus-real1249: the session's fifth wave, written after its last rule and scored once on
  // b5cb3ac3, the session's final rules; no rule made from it.
  'b71fa-01-akp-preah-sihanouk-kien-giang.txt': [
    'false visits: Kampot (KH-7) → Kiên Giang (VN-47)',
    'false visits: Kep (KH-23) → Kiên Giang (VN-47)',
    'false visits: Koh Kong (KH-9) → Kiên Giang (VN-47)',
    'false visits: Phnom Penh (KH-12) → Kiên Giang (VN-47)',
  ],
  'b71fa-02-dien-bien-don-doan-nghe-thuat-lao-ngay-hoi-bien-gioi.html': [
    'missing visits: Attapeu (LA-AT) → Điện Biên (VN-71)',
    'missing visits: Bolikhamxay (LA-BL) → Điện Biên (VN-71)',
    'missing visits: Houaphanh (LA-HO) → Điện Biên (VN-71)',
    'missing visits: Khammouane (LA-KH) → Điện Biên (VN-71)',
    'missing visits: Luang Prabang (LA-LP) → Điện Biên (VN-71)',
    'missing visits: Phongsaly (LA-PH) → Điện Biên (VN-71)',
    'missing visits: Salavan (LA-SL) → Điện Biên (VN-71)',
    'missing visits: Savannakhet (LA-SV) → Điện Biên (VN-71)',
    'missing visits: Sekong (LA-XE) → Điện Biên (VN-71)',
    'missing visits: Xiengkhouang (LA-XI) → Điện Biên (VN-71)',
  ],
  'b71fb-01-tuyenquang-xiengkhoang-chanh-tu-thi.txt': [
    'missing visits: Xiêng Khoảng (LA-XI) → Tuyên Quang (VN-07)',
  ],
  'b71fb-06-nghean-xiengkhouang-houaphanh-bolikhamxay-di-cu.html': [
    'missing visits: Bolikhamxay (LA-BL) → Nghệ An (VN-22)',
    'missing visits: Houaphanh (LA-HO) → Nghệ An (VN-22)',
    'missing visits: Xiengkhouang (LA-XI) → Nghệ An (VN-22)',
  ],
  // corpus-real1250: the session's first wave (blind72a … f), scored once on bc055d62 (places 184 / 0 / 0,
  // visits 0.905 (90 / 8 / 11), sister links 0.959 (35 / 2 / 1)); six rules made from it, what is left:
  // an interview's first person, a leader's trip known by his name alone, a tri-border meeting,
  // a digest headline's second story read into the first, a border crossing "sang phía bạn".
  'b72a-06-kontumtv-hanh-trinh-giao-luu-quoc-phong-3-nuoc-2023.txt': [
    'false visits: VN-HN → LA-VT',
  ],
  'b72b-03-hoi-dap-tp-thanh-hoa-sam-nua.txt': [
    'missing visits: Thanh Hóa (VN-21) → Sầm Nưa (LA-HO)',
  ],
  'b72c-02-tbt-ba-ngay-tham-campuchia.txt': [
    'missing visits: Preah Sihanouk (KH-18) → Kiên Giang (VN-47)',
  ],
  'b72c-03-diem-tin-viet-lao-son-la-sekong.txt': [
    'false visits: Sê-kông (LA-XE) → Quảng Nam (VN-27)',
    'false visits: Sê-kông (LA-XE) → Sơn La (VN-05)',
  ],
  'b72c-06-cong-tt-phu-tho-doan-cap-cao-tham-lao.html': [
    'false sisters: Thủ đô Viêng Chăn (LA-VT) ↔ Phú Thọ (VN-68)',
  ],
  'b72d-03-daibieunhandan-phong-van-xieng-khouang.txt': [
    'missing sisters: Nghệ An (VN-22) ↔ Xiêng Khouảng (LA-XI)',
  ],
  'b72e-04-bien-phong-quang-tri-10-nam-ket-nghia-ban-phuong.txt': [
    'missing visits: Sa Vẳn Na Khệt (LA-SV) → Quảng Trị (VN-25)',
  ],
  'b72e-05-phong-van-bounleua-chuyen-tham-lao-to-lam.html': [
    'false sisters: Thủ đô Viêng Chăn (LA-VT) ↔ Hà Nội (VN-HN)',
  ],
  'b72f-07-bienphong-giao-luu-chalo-naphao-2022.html': [
    'missing visits: Quảng Bình (VN-24) → Khăm Muồn (LA-KH)',
  ],
  // corpus-real1251: the session's second wave (blind72g … l), scored once on 469b59ef's rules (places 190 / 0 / 0,
  // visits 0.908 (89 / 8 / 10), sister links 0.958 (23 / 0 / 2)); four rules made from it, what is left:
  // a programme's list of activities, a joint border delegation of two provinces' national bodies,
  // a trip after the 2025 merger to a province now inside the host, search teams told by district.
  'b72g-08-lich-trinh-hun-sen-tham-viet-nam-long-giao.html': [
    'missing visits: Hà Nội (VN-HN) → Siem Reap (KH-17)',
  ],
  'b72h-04-bien-phong-dan-hoa-lang-khang.txt': [
    'missing visits: Quảng Bình (VN-24) → Khammuane (LA-KH)',
  ],
  'b72i-03-bienphong-sonla-hua-phan-giao-luu-2024.html': [
    'missing visits: LA-VT → Sơn La (VN-05)',
    'missing visits: VN-HN → Hủa Phăn (LA-HO)',
    'false visits: Sơn La (VN-05) → Hủa Phăn (LA-HO)',
  ],
  'b72i-07-baotintuc-lich-trinh-pho-chu-tich-nuoc-luong-pha-bang-2018.html': [
    'missing sisters: Sơn La (VN-05) ↔ Luông Pha Băng (LA-LP)',
    'missing sisters: Điện Biên (VN-71) ↔ Luông Pha Băng (LA-LP)',
  ],
  'b72k-02-quan-hua-phan-chuc-tet-sam-son.txt': [
    'missing visits: Hủa Phăn (LA-HO) → Sầm Sơn (VN-21)',
  ],
  'b72k-05-akp-tuan-van-hoa-viet-nam-campuchia.txt': [
    'false visits: Hà Nội (VN-HN) → Banteay Mean Chey (KH-1)',
  ],
  'b72k-06-dien-bien-an-tang-15-liet-si.txt': [
    'missing visits: Điện Biên (VN-71) → Phông Xa Lỳ (LA-PH)',
    'missing visits: Điện Biên (VN-71) → U Đôm Xay (LA-OU)',
  ],
  'b72k-07-phong-van-cheam-sophal-tphcm.html': [
    'missing visits: Phnôm Pênh (KH-12) → Tây Ninh (VN-37)',
  ],
  'b72k-08-quang-ngai-attapeu-sekong-lich-trinh.html': [
    'false visits: Quảng Ngãi (VN-29) → Attapeu (LA-AT)',
    'false visits: Quảng Ngãi (VN-29) → Sekong (LA-XE)',
  ],
  'b72l-07-congttdt-daklak-diem-tin-doi-ngoai-doan-sekong.txt': [
    'missing visits: Mondulkiri (KH-11) → Đắk Lắk (VN-33)',
  ],
  // corpus-real1252: the session's third wave (blind72m … r), scored once on 1a8be624 (places 189 / 2 / 2,
  // visits 0.857 (78 / 6 / 20), sister links 0.933 (28 / 0 / 4)); five rules made from it, what is left:
  // an interview's first person, a national body named by its office alone, an itinerary's day headings,
  // a caption's date-less programme, a Lao byline read as a town.
  'b72m-01-khammuon-truong-thong-nhat-phong-van.txt': [
    'missing visits: Quảng Bình (VN-24) → Khăm Muộn (LA-KH)',
    'missing visits: Quảng Trị (VN-25) → Khăm Muộn (LA-KH)',
  ],
  'b72m-04-qdnd-ba-bo-truong-quoc-phong-vientiane.html': [
    'missing visits: Phnôm Pênh (KH-12) → Viêng Chăn (LA-VT)',
  ],
  'b72m-05-diem-tin-tay-ninh-nha-bao-tre.txt': ['missing visits: KH-12 → Tây Ninh (VN-37)'],
  'b72m-06-ltv-laichau-bokeo-hanh-trinh.html': ['false visits: VN-HN → Luổng Nặm Thà (LA-LM)'],
  'b72n-01-thay-thuoc-tre-tphcm-tha-teng-sekong.txt': [
    'false visits: Hà Giang (VN-03) → Sê Kông (LA-XE)',
  ],
  'b72n-05-qk4-benh-xa-quan-dan-y-bolikhamxay.html': [
    'false visits: Bôlykhămxay (LA-BL) → Hà Tĩnh (VN-23)',
  ],
  'b72n-08-akp-thu-tuong-pham-minh-chinh-tham-campuchia.txt': [
    'missing visits: Phnôm Pênh (KH-12) → VN-HN',
  ],
  'b72o-01-daklak-mondolkiri-hoi-dam-quan-su.html': [
    'missing sisters: Đắk Lắk (VN-33) ↔ Mondolkiri (KH-11)',
  ],
  'b72o-03-hatinhtv-tiep-nhan-hai-cot-vieng-chan.html': [
    'missing visits: Hà Tĩnh (VN-23) → Thủ đô Viêng Chăn (LA-VT)',
  ],
  'b72p-05-akp-tin-van-campuchia-28-11-2025.txt': [
    'false places: Hòa Bình (VN-14)',
    'missing visits: Phnôm Pênh (KH-12) → VN-HN',
  ],
  'b72q-01-dienbien-giao-luu-nghe-thuat-anh.html': [
    'missing visits: Điện Biên (VN-71) → Phongsaly (LA-PH)',
  ],
  'b72r-01-kpl-phu-nu-lao-den-da-nang.txt': ['false places: Phonsavan (LA-XI)'],
  'b72r-03-natv-phong-van-chu-tich-nghe-an-hop-tac-lao.html': [
    'missing sisters: Nghệ An (VN-22) ↔ Bô-ly-khăm-xay (LA-BL)',
  ],
  'b72r-04-baogialai-anh-uy-ban-doi-ngoai-clv-pleiku.html': [
    'missing visits: Viêng Chăn (LA-VT) → Gia Lai (VN-30)',
  ],
  'b72r-05-baovanhoa-diem-tin-du-lich-phnom-penh.txt': [
    'missing visits: VN-HN → Phnôm Pênh (KH-12)',
  ],
  'b72r-06-cong-ttdt-hatinh-an-tang-liet-si-lao.txt': [
    'missing visits: Hà Tĩnh (VN-23) → Bô-ly-khăm-xay (LA-BL)',
  ],
  'b72r-08-laodongthudo-lich-trinh-cong-doan-vieng-chan-ha-noi.txt': [
    'missing visits: Hà Nội (VN-HN) → Viêng Chăn (LA-VT)',
    'missing visits: Viêng Chăn (LA-VT) → Hà Nội (VN-HN)',
  ],
  // corpus-real1253: the session's fourth wave (blind72s … x), scored once on 49c452aa (places 179 / 0 / 0,
  // visits 0.925 (92 / 7 / 8), sister links 0.985 (32 / 1 / 0)); four rules made from it, what is left:
  // interviews in the first person, a preview's itinerary read as held, a caption-only photo story, a
  // numbered list of one council's day read as one story.
  'b72s-04-bien-phong-kon-tum-giao-luu-quoc-phong-ba-nuoc.html': [
    'missing visits: Ratanakiri (KH-16) → Kon Tum (VN-28)',
    'false visits: LA-VT → Kon Tum (VN-28)',
  ],
  'b72s-07-phong-van-bac-si-tinh-nguyen-ruissey-keo.txt': [
    'missing visits: VN-HN → Phnôm Pênh (KH-12)',
  ],
  'b72u-05-phong-van-hoi-huu-nghi-vientiane.txt': [
    'missing visits: Hà Nội (VN-HN) → Hủa Phăn (LA-HO)',
  ],
  'b72v-05-hdnd-tin-van-hanoi-vieng-chan.txt': [
    'false visits: Thủ đô Viêng Chăn (LA-VT) → Điện Biên (VN-71)',
  ],
  'b72v-08-akp-chu-tich-nuoc-phnom-penh-lich-trinh.txt': [
    'false sisters: Phnôm Pênh (KH-12) ↔ Hà Nội (VN-HN)',
  ],
  'b72w-03-bienphong-na-ngoi-xieng-khouang.txt': [
    'missing visits: Nghệ An (VN-22) → Xiêng Khouảng (LA-XI)',
  ],
  'b72w-06-anh-si-quan-tre-campuchia-su-doan-5.html': ['missing visits: KH-12 → Đồng Nai (VN-39)'],
  'b72x-02-diem-tin-thu-tuong-phuc-campuchia-4-van-kien.html': [
    'false visits: Hà Nội (VN-HN) → LA-VT',
  ],
  'b72x-03-quan-doi-giao-luu-bien-gioi-kratie-2025.html': ['false visits: VN-HN → KH-12'],
  'b72x-06-phong-van-brvt-xuc-tien-du-lich-campuchia.txt': [
    'missing visits: Bà Rịa - Vũng Tàu (VN-43) → Phnôm Pênh (KH-12)',
    'false visits: Phnôm Pênh (KH-12) → Bà Rịa - Vũng Tàu (VN-43)',
  ],
  // corpus-real1254: the session's fifth wave (blind72y … yd), scored once on c78a16c0 (places 205 / 0 / 0,
  // visits 0.853 (96 / 9 / 24), sister links 0.836 (23 / 0 / 9)); two rules made from it, what is left:
  // agreements signed by "4 Tiểu khu Quân sự bạn" and other counted back-references, a side's roll after
  // "Cùng với A,", a country in the headline over the body's province, a dateline that is also a traveller.
  'b72y-07-anh-nong-dan-ba-nuoc-da-lat-2019.html': ['missing visits: KH-12 → Đà Lạt (VN-35)'],
  'b72y-08-hue-phat-giao-chua-long-van-pakse-2009.txt': [
    'missing visits: Thừa Thiên Huế (VN-26) → Chăm-pa-xắc (LA-CH)',
    'false visits: Chăm-pa-xắc (LA-CH) → Thừa Thiên Huế (VN-26)',
  ],
  'b72ya-01-bao-tay-ninh-tong-ket-hop-tac-quan-su.html': [
    'false visits: KH-12 → Tây Ninh (VN-37)',
    'missing sisters: Tây Ninh (VN-37) ↔ Otdor Mean Chay (KH-22)',
    'missing sisters: Tây Ninh (VN-37) ↔ Pray Veng (KH-14)',
    'missing sisters: Tây Ninh (VN-37) ↔ Svây Riêng (KH-20)',
    'missing sisters: Tây Ninh (VN-37) ↔ Tboung Khmum (KH-25)',
  ],
  'b72ya-03-akp-tinh-truong-campuchia-hop-o-champasak.html': [
    'missing visits: Preah Vihear (KH-13) → Chăm-pa-xắc (LA-CH)',
    'missing visits: Rattanakiri (KH-16) → Chăm-pa-xắc (LA-CH)',
    'false visits: Preah Vihear (KH-13) → LA-VT',
    'false visits: Rattanakiri (KH-16) → LA-VT',
    'false visits: Stung Treng (KH-19) → LA-VT',
  ],
  'b72ya-04-kontumtv-som-clv-attapu.html': [
    'missing visits: Bình Phước (VN-58) → Attapư (LA-AT)',
    'missing visits: Gia Lai (VN-30) → Attapư (LA-AT)',
    'missing visits: VN-HN → Attapư (LA-AT)',
    'missing visits: Đắk Lắk (VN-33) → Attapư (LA-AT)',
    'missing visits: Đắk Nông (VN-72) → Attapư (LA-AT)',
  ],
  'b72ya-05-nhandan-anh-ba-dang-phnom-penh.html': [
    'missing visits: Phnôm Pênh (KH-12) → TP Hồ Chí Minh (VN-SG)',
  ],
  'b72ya-06-diem-tin-bao-chi-pasaxon.txt': ['missing visits: Hà Nội (VN-HN) → Viêng Chăn (LA-VT)'],
  'b72ya-07-phong-van-tuan-phim-viet-nam-tai-lao.txt': [
    'missing visits: Hà Nội (VN-HN) → Hủa Phăn (LA-HO)',
  ],
  'b72yb-02-akp-hun-sen-lao-cau-preah-vihear.html': [
    'missing visits: Thủ đô Viêng Chăn (LA-VT) → KH-12',
  ],
  'b72yb-04-anh-cuu-luu-hoc-sinh-lao-ve-truong-t2.html': [
    'missing visits: LA-VT → Phú Thọ (VN-68)',
  ],
  'b72yc-07-lich-trinh-tay-bac-tphcm-luang-prabang.txt': [
    'missing visits: Điện Biên (VN-71) → Luông Pha Băng (LA-LP)',
  ],
  'b72yc-08-bienphong-tanchau-memot-sot-ret.txt': [
    'missing visits: Công-pông Chàm (KH-3) → Tây Ninh (VN-37)',
  ],
  'b72yd-05-baokiengiang-phuquoc-kampot-tau-bien.txt': [
    'false visits: Kampot (KH-7) → Kiên Giang (VN-47)',
  ],
  'b72z-03-ccb-tin-hoat-dong-hoi-vientiane.txt': [
    'false visits: Svay Rieng (KH-20) → Vientiane (LA-VT)',
  ],
  'b72z-06-bienphong-phong-van-huong-khe-nakai.html': [
    'missing visits: Hà Tĩnh (VN-23) → Khăm Muộn (LA-KH)',
    'false visits: Khăm Muộn (LA-KH) → Quảng Bình (VN-24)',
    'false visits: Quảng Bình (VN-24) → Khăm Muộn (LA-KH)',
  ],
  'b72z-08-cand-an-giang-canh-sat-5-tinh-campuchia.txt': [
    'missing sisters: An Giang (VN-44) ↔ Kampot (KH-7)',
    'missing sisters: An Giang (VN-44) ↔ Kandal (KH-8)',
    'missing sisters: An Giang (VN-44) ↔ Kep (KH-23)',
    'missing sisters: An Giang (VN-44) ↔ Preah Sihanouk (KH-18)',
    'missing sisters: An Giang (VN-44) ↔ Takéo (KH-21)',
  ],
  // corpus-real1255: the session's sixth wave (blind72za … zf), scored once on 3a5a3f03 (places 200 / 1 / 0,
  // visits 0.888 (91 / 9 / 14), sister links 0.720 (27 / 10 / 11)); two rules made from it, what is left:
  // a partner province's list read against the trip's destination, 'lần lượt ghé Sở … các tỉnh B1, B2',
  // interviews, the national bodies of a delegation named by its office alone.
  'b72za-05-diem-tin-hoi-nghi-bien-gioi-viet-nam-campuchia-13.txt': [
    'missing visits: VN-HN → Phnôm Pênh (KH-12)',
  ],
  'b72zb-04-kpl-vien-truong-vksnd-chao-xa-giao.html': [
    'missing visits: Viêng Chăn (LA-VT) → Hà Nội (VN-HN)',
    'missing sisters: Quảng Trị (VN-25) ↔ Xa-van-na-khệt (LA-SV)',
  ],
  'b72zb-05-kon-tum-nganh-giao-duc-bon-tinh-ban.html': [
    'false visits: Attapư (LA-AT) → Kon Tum (VN-28)',
    'false visits: Chăm-pa-xắc (LA-CH) → Kon Tum (VN-28)',
    'false visits: Sa-la-van (LA-SL) → Kon Tum (VN-28)',
  ],
  'b72zb-06-diem-tin-viet-lao-xay-som-bun.txt': [
    'missing visits: VN-HN → Xay Sổm Bun (LA-XS)',
    'false visits: Xay Sổm Bun (LA-XS) → Thanh Hóa (VN-21)',
  ],
  'b72zc-01-vksnd-lao-nghien-cuu-thuc-te-vien-cap-cao-3.html': [
    'missing visits: LA-VT → Bình Dương (VN-57)',
    'missing visits: LA-VT → Thành phố Hồ Chí Minh (VN-SG)',
  ],
  'b72zc-03-diem-tin-quan-khu-9-can-ve-campuchia-vinh-long.txt': [
    'false visits: Kiên Giang (VN-47) → Kampot (KH-7)',
  ],
  'b72zc-05-dong-nai-mat-tran-tang-truong-kompong-thom.txt': [
    'missing visits: Đồng Nai (VN-39) → Phnôm Pênh (KH-12)',
  ],
  'b72zd-03-ntv-ban-tin-doi-ngoai-tet-dinh-dau.html': ['false visits: LA-VT → Nghệ An (VN-22)'],
  'b72zd-04-qdnd-phong-van-si-quan-tre-kien-giang.txt': [
    'missing visits: KH-12 → Kiên Giang (VN-47)',
    'missing visits: Kiên Giang (VN-47) → Kampot (KH-7)',
    'false visits: Kon Tum (VN-28) → Kampot (KH-7)',
  ],
  'b72zd-05-anh-chu-tich-nuoc-tham-cham-pa-xac.html': ['false visits: VN-HN → KH-12'],
  'b72ze-03-kontumtv-anh-dong-tho-truong-rattanakiri.html': [
    'missing sisters: Kon Tum (VN-28) ↔ Rattanakiri (KH-16)',
    'false sisters: Rattanakiri (KH-16) ↔ Gia Lai (VN-30)',
  ],
  'b72ze-04-baoquangbinh-doan-xa-van-na-khet-tham-quang-binh.txt': [
    'missing visits: Quảng Bình (VN-24) → Savannakhet (LA-SV)',
  ],
  'b72ze-08-baoccb-phong-van-ket-nghia-salavan-se-kong.txt': [
    'missing visits: thành phố Huế (VN-26) → Sê Kông (LA-XE)',
  ],
  'b72zf-02-qdnd-cuu-quan-tinh-nguyen-battambang-siem-reap.html': [
    'missing visits: VN-HN → Pursat (KH-15)',
    'missing sisters: Bát-đom-boong (KH-2) ↔ Long An (VN-41)',
    'missing sisters: Bát-đom-boong (KH-2) ↔ Quảng Nam (VN-27)',
    'missing sisters: Bát-đom-boong (KH-2) ↔ Trà Vinh (VN-51)',
    'missing sisters: Bát-đom-boong (KH-2) ↔ Tây Ninh (VN-37)',
    'missing sisters: Bát-đom-boong (KH-2) ↔ Đà Nẵng (VN-DN)',
    'false sisters: Phnôm Pênh (KH-12) ↔ Long An (VN-41)',
    'false sisters: Phnôm Pênh (KH-12) ↔ Quảng Nam (VN-27)',
    'false sisters: Phnôm Pênh (KH-12) ↔ Trà Vinh (VN-51)',
    'false sisters: Phnôm Pênh (KH-12) ↔ Tây Ninh (VN-37)',
    'false sisters: Phnôm Pênh (KH-12) ↔ Đà Nẵng (VN-DN)',
  ],
  'b72zf-03-phong-van-thanh-nien-viet-lao-salavan-2016.txt': [
    'missing visits: Hà Nội (VN-HN) → Chăm-pa-sắc (LA-CH)',
    'missing visits: Hà Nội (VN-HN) → Xa-van-na-khệt (LA-SV)',
  ],
  'b72zf-06-anh-ban-to-chuc-lao-tuyen-quang.html': ['false places: Thái Bình (VN-20)'],
  'b72zf-08-cong-ttdt-tra-vinh-dai-hoc-campuchia.html': [
    'false visits: Trà Vinh (VN-51) → Kampong Cham (KH-3)',
  ],
  // corpus-real1256: the session's seventh wave (blind72ga … gf), scored once on e8c1f6f9, the
  // final rules (places 222 / 3 / 0, visits 0.943 (99 / 3 / 9), sister links 0.941 (40 / 2 / 3)); no
  // rule made from it.
  'b72ga-01-kpl-dai-su-lao-lam-viec-da-nang.html': [
    'false sisters: Sê-kông (LA-XE) ↔ Hà Nội (VN-HN)',
  ],
  'b72ga-03-phong-van-huong-khe-chuc-tet-nakai.txt': [
    'missing visits: Khăm Muộn (LA-KH) → Hà Tĩnh (VN-23)',
  ],
  'b72gb-03-phong-van-lam-dong-champasak.txt': [
    'missing sisters: Lâm Đồng (VN-35) ↔ Chăm Pa Sắc (LA-CH)',
  ],
  'b72gb-05-ban-tin-tam-giac-phat-trien-2008.txt': ['missing visits: KH-12 → Chăm-pa-xắc (LA-CH)'],
  'b72gb-07-lao-dong-hoi-nghi-hue-2013.html': [
    'missing visits: Thủ đô Viêng Chăn (LA-VT) → Huế (VN-26)',
  ],
  'b72gd-04-nghe-an-ban-tin-doi-ngoai.txt': [
    'false places: Viêng Chăn (LA-VT)',
    'missing visits: Nghệ An (VN-22) → Xiêng Khoảng (LA-XI)',
  ],
  'b72gd-07-thanh-hoa-houaphanh-phong-van.html': [
    'false sisters: Viêng Chăn (LA-VT) ↔ Thanh Hóa (VN-21)',
  ],
  'b72gd-08-akp-thanh-nien-long-an-svay-rieng.txt': [
    'false places: Kandal (KH-8)',
    'false places: Phnom Penh (KH-12)',
  ],
  'b72ge-01-soctrang-doan-si-quan-campuchia.txt': ['missing visits: KH-12 → Sóc Trăng (VN-52)'],
  'b72ge-02-cand-tri-an-chuyen-gia-cong-an-hua-phan.html': [
    'missing visits: VN-HN → Hủa Phăn (LA-HO)',
  ],
  'b72gf-01-tay-ninh-xuan-que-huong-phnom-penh.html': [
    'false visits: Long An (VN-41) → Phnôm Pênh (KH-12)',
  ],
  'b72gf-03-anh-khoi-cong-truong-sang-sovan-svay-rieng.html': [
    'missing sisters: Tây Ninh (VN-37) ↔ Svây Riêng (KH-20)',
  ],
  'b72gf-04-kpl-bounnhang-tiep-hun-sen-vieng-chan.txt': [
    'false visits: VN-HN → Phnôm Pênh (KH-12)',
    'false visits: VN-HN → Viêng Chăn (LA-VT)',
  ],
  'b72gf-05-luong-pha-bang-tru-so-tong-lanh-su-quan.html': [
    'missing visits: VN-HN → Luông Pha Băng (LA-LP)',
  ],
  'b72gf-07-hanh-trinh-nhung-ngay-van-hoa-lao-thanh-hoa.html': [
    'missing visits: LA-VT → Thanh Hóa (VN-21)',
    'missing sisters: Thanh Hóa (VN-21) ↔ Hủa Phăn (LA-HO)',
  ],
  'b72gf-08-ban-tin-doi-ngoai-nhan-dan-hai-phong-lao.txt': [
    'missing visits: LA-VT → Hải Phòng (VN-HP)',
  ],
};
const SEEDS = '../shared/corpus/seeds';
const OUT = 'tests/golden/out';

function run(dir: string, file: string) {
  const content = readFileSync(join(dir, file), 'utf8');
  const kind = /\.html?$/.test(file) ? 'html' : 'text';
  const { doc } = prepareArticle({ file, kind, content });
  return geocodeArticle(doc, gaz).result;
}

function expectPerfect(dir: string, file: string) {
  const result = run(dir, file);
  const goldPath = join(dir, file.replace(/\.(txt|html?)$/, '.gold.json'));
  const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
  const score = scoreArticle(gold, result);
  const wrong = (['places', 'visits', 'sisters'] as const).flatMap((k) => [
    ...score[k].missing.map((x) => `missing ${k}: ${x}`),
    ...score[k].false.map((x) => `false ${k}: ${x}`),
  ]);
  expect(wrong, `${file}: differences from gold`).toEqual(KNOWN[file] ?? []);
  return result;
}

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort();
// The pinned output's name for an article file.
const outName = (file: string) => file.replace(/\.(txt|html?)$/, '.json');

describe('golden: our annotated articles', () => {
  for (const [dir, file] of OWN.flatMap((d) => texts(d).map((f) => [d, f] as const))) {
    it(`${file}: matches the gold annotation and the pinned output`, () => {
      const result = expectPerfect(dir, file);
      const pinned = join(OUT, outName(file));
      const text = `${JSON.stringify(result, null, 2)}\n`;
      if (process.env.REGEN === '1' || !existsSync(pinned)) writeFileSync(pinned, text);
      expect(text).toBe(readFileSync(pinned, 'utf8'));
    });
  }
  // A set removed from tests/fixtures leaves its pinned outputs behind: none may be orphaned.
  it('every pinned output belongs to an article of the sets above', () => {
    const articles = new Set(OWN.flatMap((d) => texts(d).map(outName)));
    expect(readdirSync(OUT).filter((f) => !articles.has(f))).toEqual([]);
  });
});

const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`skipped: ${SEEDS} not found (seed golden tests need ../shared)`);

describe.skipIf(!haveSeeds)('golden: seed articles from ../shared', () => {
  for (const file of haveSeeds ? texts(SEEDS) : []) {
    it(`${file}: every required place and link, nothing false`, () => {
      expectPerfect(SEEDS, file);
    });
  }
});
