// Meeting words of an event frame ("hội đàm", "làm việc với", "tiếp", "dự"), and where the first
// one stands in a sentence.
import { fold } from '../normalize.ts';
import { commaFrom, FoldedWords, wordAt, wordsAt, type SentenceView } from './sentence-view.ts';
import { NOT_AFTER_TIEP } from './visit-cues.ts';
import { afterTimeOpening, afterTimeSpan } from './time-opening.ts';
import { metLeaderAt } from './leader-met.ts';

// Words of a meeting or a trip: with a venue and a foreign party, someone travelled.
const MEETING = new Set([
  'hội đàm',
  'hội kiến',
  'hội nghị',
  'làm việc',
  'gặp gỡ',
  'gặp mặt',
  // "cuộc giao ban định kỳ giữa huyện A … với các huyện B1, B2 (tỉnh B)": a border districts' round.
  'giao ban',
  'chào xã',
  'ký kết',
  'giao lưu',
  'trưởng đoàn',
  'dẫn đầu',
  'sang thăm',
  'đến thăm',
  'tới thăm',
  // ("… cảm ơn đoàn đại biểu hai tỉnh A, B đã đến chung vui Tết cổ truyền …": came to share it.)
  'đến chung',
  'tới chung',
  'chúc tết',
  'chúc mừng',
  'tiếp đón',
  'đón tiếp',
  'họp mặt',
  'cuộc họp',
  'cuộc gặp',
  // "vui mừng khi gặp lại Đoàn tỉnh A": hosts meeting their guests again.
  'gặp lại',
  'chủ trì',
  'tọa đàm',
  'hội thảo',
  'diễn đàn',
  // "tại B, đã diễn ra Đối thoại Chính sách Quốc phòng …": a dialogue between two ministries.
  'đối thoại',
  // Joint exercises of two provinces' forces ("diễn tập chung trên đất B").
  'diễn tập',
  'tham dự',
  // "Góp mặt còn có các đoàn … của Lào": present at the event.
  'góp mặt',
  // Ceremonies ("trao văn kiện hợp tác", "trước sự chứng kiến của …").
  'trao văn',
  'chứng kiến',
  // "tại tỉnh B, … tổ chức Lễ trao Huân chương … cho Đại tá X, Chỉ huy trưởng BĐBP tỉnh A".
  'lễ trao',
  // Companions of the delegation ("Tham gia đoàn … có lãnh đạo các tỉnh A, B", "Cùng đi có …").
  'tham gia',
  'cùng đi',
  'tháp tùng',
  // Openings and fairs the delegations come to ("khai mạc Hội chợ … tại Thủ đô B"), and the
  // ceremonies of works handed over ("lễ khánh thành và bàn giao Bệnh viện … tại B"; a work
  // "khánh thành tháng 5/2023" is only described).
  'khai mạc',
  'hội chợ',
  'lễ khánh',
  // A school year opened or closed at a place ("tại tỉnh B, Trường … đã khai giảng năm học mới").
  'khai giảng',
  'bế giảng',
  // "tại B, Tổng Bí thư … đã cắt băng khánh thành Đài Hữu nghị": a ribbon cut in person.
  'cắt băng',
  'lễ bàn',
  // Ground-breakings ("lễ động thổ, khởi công xây dựng ngôi trường … tại tỉnh B", "Nhà máy …
  // đã được khởi công tại tỉnh B ngày 6/3", "lễ khởi công").
  'lễ động',
  'lễ khởi',
  // "Lễ kết nghĩa các bản … đã diễn ra tại B": a twinning ceremony, held where its guests came.
  'lễ kết',
  'được khởi',
  // "Ngày 16/1, tại tỉnh B, Bộ Quốc phòng … đã chuyển giao cho … công trình": handed over there.
  'bàn giao',
  'chuyển giao',
  // Gifts handed over where the sentence says ("tại thủ đô B, đoàn … Hội Phụ nữ A trao quà cho …").
  'trao quà',
  // ("tại Cửa khẩu quốc tế X, tỉnh B, … tỉnh A đã trao cho tỉnh B 20.000 USD …".)
  'trao cho',
  // Orders conferred where the sentence says ("tại tỉnh A, … Tỉnh trưởng tỉnh B đã trao Huân
  // chương …", "trao tặng Huân chương").
  'trao huân',
  'trao tặng',
  'tặng quà',
  // "Đoàn đại biểu tỉnh A tại buổi lễ ở B" (a caption).
  'buổi lễ',
  // "Chương trình quy tụ 83 đại biểu … đến từ …": the delegates an event gathered.
  'quy tụ',
  // "Tỉnh đoàn A tổ chức chiến dịch Thanh niên tình nguyện tại tỉnh B": volunteers at work there.
  'tình nguyện',
  // "tại huyện X, tỉnh B, Sở Ngoại vụ đã cùng … đi kiểm tra tiến độ thi công …": an inspection.
  'kiểm tra',
  // "Đoàn chuyên viên … của Việt Nam và Lào vừa cùng khảo sát … tại huyện X, tỉnh B": a survey.
  'khảo sát',
  // "Đoàn công tác … tỉnh A đã thực hiện nhiều hoạt động thiết thực tại huyện X, tỉnh B": a
  // delegation's work at the place it went to.
  'hoạt động',
  // "tại bản X (huyện Y, tỉnh B, Lào), lực lượng … BĐBP A … đã bắt giữ …": an arrest made there.
  'bắt giữ',
  // "Tối 12/11, tại B, đoàn nghệ sĩ … đã mang đến một đêm biểu diễn …": a troupe's show there.
  'biểu diễn',
  // "Đêm gala có sự hiện diện của các đoàn đại biểu …": those present at the lead's event.
  'hiện diện',
]);

const MEETING_ONE = new Set(['tiếp', 'đón', 'dự', 'ký', 'thăm', 'họp']);
// Rites a body holds ("tổ chức động thổ …"), read as a meeting only after "tổ chức".
// ("Quân đội … đã tổ chức khánh thành tòa nhà …": an opening held, its "lễ" left out.)
const HELD_RITES = new Set([
  'động thổ',
  'khởi công',
  'khánh thành',
  'tưởng niệm',
  'truy điệu',
  'cầu siêu',
]);

const NOT_AFTER_DU = new Set(['án', 'kiến', 'thảo', 'toán', 'báo', 'định', 'trữ', 'phòng']);

// "12 đoàn", "nhiều đoàn", "các đoàn": a tally of exchanges, not one delegation.
export const TALLY = new Set(['nhiều', 'các', 'hàng', 'chục', 'trăm', 'những', 'mấy']);

// Folded first words of MEETING and MEETING_ONE: the cheap test before reading diacritics.
const MEETING_FOLDED = new Set(
  [...MEETING, ...MEETING_ONE, ...HELD_RITES].map((m) => fold(m.split(' ')[0]!)),
);

const MEETING_WORDS = new FoldedWords(MEETING_FOLDED);

// "Trong khuôn khổ Chương trình giao lưu …,", "Nhân dịp …,": a clause that names the occasion.
const OPENINGS = [
  'trong khuôn khổ',
  'nhân dịp',
  'trong chương trình',
  'tiếp tục chương trình',
  // "Nằm trong kế hoạch công tác tại 4 tỉnh Nam Lào, sáng 10/4, Đoàn … đã có mặt …": the trip's plan.
  'trong kế hoạch',
];

/** Where the sentence's own clause starts: after an opening clause naming the occasion. */
export function afterOpening(s: SentenceView): number {
  // "(VietnamPlus) - Trong khuôn khổ …": past the agency's tag.
  const t = openingEnd(s, afterAgencyTag(s), OPENINGS);
  return t < 0 ? s.t0 : t;
}

/** The token after the comma of an opening (one of `openings`) that starts at token t0, or -1. */
function openingEnd(s: SentenceView, t0: number, openings: readonly string[]): number {
  // "Nằm trong khuôn khổ …": the same opening after a verb of belonging.
  const t = t0 + (wordAt(s, t0) === 'nằm' ? 1 : 0);
  const lead = `${wordAt(s, t)} ${wordAt(s, t + 1)} ${wordAt(s, t + 2)}`;
  if (!openings.some((o) => lead.startsWith(o))) return -1;
  return commaFrom(s, t + 2);
}

// Openings that set a trip in its occasion or its programme and leave the clause after them whole
// ("Thực hiện chương trình hợp tác giữa hai tỉnh, về dự hội nghị có …"). Only rules that read a
// clause from its first word use these; the occasion words above also end a meeting's name.
const CLAUSE_OPENINGS = [
  ...OPENINGS,
  'nhân kỷ niệm',
  'hướng tới',
  'chào mừng',
  'thực hiện',
  'triển khai',
  'theo lời mời',
  'được biết',
  'theo đó',
  'cũng trong',
  'trong chuyến',
  'trong không khí',
];

/**
 * The first token of the sentence's own clause: past an agency's tag, a time ("Sáng 12/3,") and
 * an occasion or programme clause ("Nhân dịp Tết Bunpimay,"), which news puts in either order.
 */
export function clauseStart(s: SentenceView): number {
  let k = afterAgencyTag(s);
  for (let round = 0; round < 2; round++) {
    k = afterTimeSpan(s, afterTimeOpening(s, k));
    const o = openingEnd(s, k, CLAUSE_OPENINGS);
    if (o < 0) break;
    k = o;
  }
  return k;
}

/**
 * The first token past an agency's tag opening the sentence ("(CVN) - Dự buổi lễ …", "Lâm Đồng
 * (TTXVN) - Trong khuôn khổ …": a dateline's place may stand before it).
 */
export function afterAgencyTag(s: SentenceView): number {
  const { text, tokens } = s.tt;
  for (let j = s.t0; j < Math.min(s.t1 - 1, s.t0 + DATELINE_WORDS); j++) {
    const t = tokens[j]!;
    if (text[t.start - 1] !== '(') continue;
    const gap = text.slice(t.end, tokens[j + 1]!.start);
    return /^\)\s*[-–—]\s*$/u.test(gap) ? j + 1 : s.t0;
  }
  return s.t0;
}
// A dateline's place and the agency: "Thành phố Hồ Chí Minh (TTXVN) -".
const DATELINE_WORDS = 7;

/** The first meeting or trip word of the sentence from token `from`, or -1. */
export function meetingAt(s: SentenceView, from = s.t0): number {
  // Several rules ask of one sentence; the first word from its start answers every later start
  // that it does not precede.
  const first = (s.meeting ??= scanMeeting(s, s.t0));
  return first < 0 || first >= from ? first : scanMeeting(s, from);
}

function scanMeeting(s: SentenceView, from: number): number {
  for (let k = from; k < s.t1; k++) {
    if (!MEETING_WORDS.at(s, k)) continue;
    const w = wordAt(s, k);
    // "dự án" is a project, "dự kiến" a plan, "dự thảo" a draft.
    if (w === 'dự' && NOT_AFTER_DU.has(wordAt(s, k + 1))) continue;
    // "tiếp nhận lưu học sinh", "tiếp tục", "trực tiếp", "liên tiếp": no reception.
    if (
      w === 'tiếp' &&
      (NOT_AFTER_TIEP.has(wordAt(s, k + 1)) || NOT_BEFORE_TIEP.has(wordAt(s, k - 1)))
    )
      continue;
    // ("nhân dịp đón Tết cổ truyền …", "đón năm mới", "đón xuân": a season seen in, no guest.)
    if (w === 'đón' && SEASONS.has(wordAt(s, k + 1))) continue;
    // "doanh nghiệp tham gia một số dự án ở tỉnh B": a stake in a project, not a presence.
    if (w === 'tham' && wordAt(s, k + 1) === 'gia' && joinsProject(s, k + 2)) continue;
    // ("tỉnh còn tích cực tham gia nhiều hoạt động xã hội tại tỉnh B": many, over the years.)
    if (w === 'tham' && wordAt(s, k + 1) === 'gia' && wordAt(s, k + 2) === 'nhiều') continue;
    // "bản ghi nhớ … được ký kết vào ngày 26/10/2022 tại tỉnh A": a document's history.
    // ("kỷ niệm 35 năm Ngày ký Hiệp ước …": the day an anniversary counts from.)
    if (w === 'ký' && (wordAt(s, k - 1) === 'được' || wordAt(s, k - 1) === 'ngày')) continue;
    // "hài cốt liệt sĩ quân tình nguyện": soldiers of a war, not volunteers at work now.
    if (w === 'tình' && wordAt(s, k - 1) === 'quân') continue;
    // ("Trong khuôn khổ các hoạt động kỷ niệm …", "các hoạt động này nhằm …": no work done there.)
    if (w === 'hoạt' && !activitiesDone(s, k)) continue;
    // ("… bố trí một đoàn famtrip … đi khảo sát …": a trip verb's errand, read as a trip.)
    if (w === 'khảo' && wordAt(s, k - 1) === 'đi') continue;
    if (MEETING.has(`${w} ${wordAt(s, k + 1)}`) || MEETING_ONE.has(w)) return k;
    if (metLeaderAt(s, k)) return k;
    // "Công an tỉnh A tổ chức động thổ công trình tại …, tỉnh B": a ceremony held, its "lễ" left out.
    if (wordsAt(s, k - 2, ['tổ', 'chức']) && HELD_RITES.has(`${w} ${wordAt(s, k + 1)}`)) return k;
    // ("đã bắt", "vây bắt": an arrest; "bắt đầu", "bắt tay" are not.)
    if (w === 'bắt' && ARREST_BEFORE.has(wordAt(s, k - 1))) return k;
  }
  return -1;
}

const ARREST_BEFORE = new Set(['đã', 'vừa', 'vây', 'truy']);

const NOT_BEFORE_TIEP = new Set(['trực', 'gián', 'kế', 'liên']);
const SEASONS = new Set(['tết', 'xuân', 'năm']);

// The verbs that do activities ("thực hiện nhiều hoạt động", "tổ chức các hoạt động").
const DOING = new Set(['thực hiện', 'tổ chức', 'triển khai', 'tiến hành']);

/** "hoạt động" at token k is done by the sentence: a doing verb before it, a tally between. */
function activitiesDone(s: SentenceView, k: number): boolean {
  const at = TALLY.has(wordAt(s, k - 1)) ? k - 1 : k;
  return DOING.has(`${wordAt(s, at - 2)} ${wordAt(s, at - 1)}`);
}

/** "(một số | các | nhiều) dự án", "đầu tư" from token k. */
function joinsProject(s: SentenceView, k: number): boolean {
  let at = k;
  if (wordAt(s, at) === 'một' && wordAt(s, at + 1) === 'số') at += 2;
  else if (TALLY.has(wordAt(s, at))) at++;
  const pair = `${wordAt(s, at)} ${wordAt(s, at + 1)}`;
  return pair === 'dự án' || pair === 'đầu tư';
}
