// Trips a sentence seems to tell that the rest of the article says did not happen: a meeting
// held in a third country, a headline's trip the lead announces as still to come, a headline's
// courtesy call on a guest who came the other way. Read sentence by sentence, applied to the
// article's links at the end.
import type { FoundLink } from '../types.ts';
import { THIRD_COUNTRIES } from './lexicon.ts';

// A venue outside the three countries ("tại Phi-líp-pin", "tại thủ đô Bangkok, Thái Lan").
const THIRD_COUNTRY_VENUE = new RegExp(
  String.raw`(?<![\p{L}])(?:tại|ở)\s+(?:thủ đô\s+)?(?:${THIRD_COUNTRIES}|bangkok|băng cốc|jakarta|gia-các-ta|kuala lumpur|manila|ma-ni-la|bắc kinh|tokyo|seoul|new york|paris|pa-ri|moskva|mát-xcơ-va)(?![\p{L}])`,
  'iu',
);
// A headline telling its own trip to one of the three countries ("Trong khuôn khổ chuyến thăm
// chính thức Vương quốc Campuchia, Thủ tướng …", "Chủ tịch nước thăm cấp Nhà nước Lào").
const TRIP_TO_PARTNER = new RegExp(
  String.raw`(?<![\p{L}])thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|và làm việc|tại|tới|đến))*\s+(?:vương quốc\s+|nước\s+)?(?:việt nam|lào|campuchia|cam-pu-chia)(?![\p{L}])`,
  'iu',
);
const THIRD_COUNTRY_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${THIRD_COUNTRIES})(?![\p{L}])`,
  'iu',
);
// "… sẽ thăm chính thức Việt Nam", "… sắp thăm cấp Nhà nước tới Lào".
const PLANNED_TRIP = /(?<![\p{L}])(?:sẽ|sắp)\s+(?:có\s+chuyến\s+)?thăm(?![\p{L}])/u;
// The delegation setting off or landing: "lên đường sang", "rời Hà Nội", "chuyên cơ … hạ cánh".
const UNDER_WAY = /(?<![\p{L}])(?:lên đường|hạ cánh|rời)(?![\p{L}])/u;
const PLAN = /(?<![\p{L}])(?:sẽ|sắp|dự kiến)(?![\p{L}])/u;
// ("Chuyến thăm Campuchia của Tổng Bí thư … diễn ra vào ngày 6/2, theo thông cáo …": its day;
// not "Chuyến thăm diễn ra chưa đầy hai tháng sau khi …", an earlier trip beside it.)
const THIS_TRIP =
  /^(?:đây (?:là|sẽ là) chuyến|chuyến thăm (?!.*(?<![\p{L}])(?:đã|vừa)(?![\p{L}])).*(?<![\p{L}])diễn ra (?:vào |trong )?(?:ngày|từ|hôm|sáng|chiều|tối|tháng|\d))/u;
// "Ông X từng đến thăm Việt Nam vào tháng 8-2022": a trip of the past, told as such.
const ONCE_MADE = /(?<![\p{L}])từng(?:\s+\p{L}+){0,2}\s+thăm(?![\p{L}])/u;
// A courtesy call or an audience, no trip word ("chào xã giao", "hội kiến", "tiếp kiến").
const CALL_ON =
  /^(?!.*(?<![\p{L}])thăm(?![\p{L}])).*(?<![\p{L}])(?:chào xã giao|hội kiến|tiếp kiến)(?![\p{L}])/u;

export interface SentenceRead {
  /** The sentence's start in the text (the key of its links' evidence). */
  start: number;
  sentence: string;
  /** The sentence in lower case, built only when asked. */
  lower: () => string;
  /** How many visits the sentence told. */
  told: number;
  title: boolean;
  lead: boolean;
  /** A line too short to be the lead's first sentence (a caption, a credit). */
  short: boolean;
  /** The visits it told, as "FROM|TO" ISO codes. */
  pairs?: readonly string[];
}

export class UntoldTrips {
  /** The sentences that place a meeting in a third country. */
  private readonly abroad = new Set<number>();
  /** Whether the headline or the lead does. */
  private metAbroad = false;
  /** Whether the lead's first sentence tells a trip still to come (null until it is read). */
  private leadPlan: boolean | null = null;
  private titlePlan = false;
  /** Whether the headline tells a trip to one of the three countries and names no other. */
  private titleTrip = false;
  /** "Đây là chuyến thăm …" sentences that told a trip. */
  private readonly thisTrip = new Set<number>();
  /** Sentences telling a trip made once before ("… từng đến thăm …"), by the visit they told. */
  private readonly madeOnce = new Map<string, [number, number]>();

  read(r: SentenceRead): void {
    // ("Thủ tướng Campuchia thăm Việt Nam", then "Thủ tướng … sẽ thăm chính thức Việt Nam từ ngày
    // 11-12/12": the lead tells the headline's trip as one still to come.)
    // (The first of the lead's sentences to speak of a trip: "Đại sứ … trả lời phỏng vấn." under
    // the headline is a caption's, not the lead's.)
    // ("Sáng 9/1, Thủ tướng … rời Thủ đô Hà Nội, lên đường sang … Lào", then "…, Thủ tướng sẽ thăm
    // làm việc và đồng chủ trì Kỳ họp …": the trip is under way; what is to come is its programme.)
    const underWay = r.lead && !r.title && UNDER_WAY.test(r.lower()) && !PLAN.test(r.lower());
    if (
      this.leadPlan === null &&
      !r.title &&
      !r.short &&
      (r.told > 0 || r.sentence.includes('thăm') || !r.lead || underWay)
    )
      this.leadPlan = r.told === 0 && r.sentence.includes('thăm') && PLANNED_TRIP.test(r.lower());
    if (r.title && r.sentence.includes('thăm') && PLANNED_TRIP.test(r.lower()))
      this.titlePlan = true;
    if (r.title && TRIP_TO_PARTNER.test(r.sentence) && !THIRD_COUNTRY_NAMED.test(r.sentence))
      this.titleTrip = true;
    // ("Đây là chuyến thăm Việt Nam đầu tiên của ông X …" after the trip was announced: the same
    // trip, still to come.)
    if (r.told > 0 && THIS_TRIP.test(r.lower())) this.thisTrip.add(r.start);
    if (r.told > 0 && r.sentence.includes('từng') && ONCE_MADE.test(r.lower()))
      for (const p of r.pairs ?? [])
        if (!this.madeOnce.has(p)) this.madeOnce.set(p, [r.start, r.start + r.sentence.length]);
    // ("… bên lề Hội nghị cấp cao ASEAN lần thứ 31 tại Phi-líp-pin", "tại thủ đô Bangkok, Thái
    // Lan", later "nhân chuyến công tác dự Hội nghị Cấp cao ASEAN tại Indonesia, Thủ tướng … và
    // Thủ tướng …": leaders who met in a third country went to neither's capital.)
    if (THIRD_COUNTRY_VENUE.test(r.sentence)) {
      this.abroad.add(r.start);
      if (r.lead || r.title) this.metAbroad = true;
    }
  }

  /** Takes out of `links` the visits the article contradicts. */
  prune(links: Map<string, FoundLink>, text: string, titleSpan: [number, number] | null): void {
    const title = titleSpan?.[0];
    const visits = [...links].filter(([, l]) => l.kind === 'visit');
    const national = (l: FoundLink) => l.from.level === 'national' && l.to.level === 'national';
    // (Also the headline's "Thủ tướng … làm việc với Thủ tướng Campuchia và Thủ tướng Lào" over
    // such a lead; not a headline telling its own trip, "trong khuôn khổ chuyến thăm chính thức
    // Vương quốc Campuchia, Thủ tướng … đã đến chào Quốc vương", over a lead line recalling
    // another meeting "tại Paris, Pháp".)
    if (title !== undefined && this.metAbroad && !this.titleTrip) this.abroad.add(title);
    for (const [k, l] of visits)
      if (national(l) && this.abroad.has(l.evidenceSpan[0])) links.delete(k);
    if (titleSpan && CALL_ON.test(text.slice(titleSpan[0], titleSpan[1]).toLowerCase()))
      for (const [k, l] of visits)
        if (l.evidenceSpan[0] === title && callOnGuest(links, l)) links.delete(k);
    if (this.leadPlan && title !== undefined) this.thisTrip.add(title);
    if (this.leadPlan || this.titlePlan)
      for (const [k, l] of visits) {
        if (!this.thisTrip.has(l.evidenceSpan[0])) continue;
        // ("Đây là chuyến thăm … đầu tiên của Thủ tướng X …", then "Ông X từng đến thăm Việt
        // Nam vào tháng 8-2022 …": the trip to come is none, the one made before stays.)
        const once = this.madeOnce.get(`${l.from.iso}|${l.to.iso}`);
        if (!once || this.thisTrip.has(once[0])) {
          links.delete(k);
          continue;
        }
        l.evidence = text.slice(once[0], once[1]);
        l.evidenceSpan = once;
      }
  }
}

/**
 * "Đoàn … Việt Nam – Lào chào xã giao Chủ tịch Quốc hội Lào X", then "Trong khuôn khổ chuyến thăm
 * chính thức Việt Nam … của Chủ tịch Quốc hội Lào …, tại Hà Nội, Đoàn … đến chào xã giao": a call
 * made on a guest, whose own visit of the same time the body tells, not a trip the other way.
 */
function callOnGuest(links: ReadonlyMap<string, FoundLink>, l: FoundLink): boolean {
  const back = links.get(`visit|${l.to.iso}|${l.from.iso}`);
  if (!back || back.evidenceSpan[0] === l.evidenceSpan[0] || l.from.level !== 'national')
    return false;
  // (Not a guest of another month, recalled: "… chuyến thăm chính thức Việt Nam ngày 6.12.2021
  // của Chủ tịch Quốc hội Lào".)
  const month = (x: FoundLink) => x.date?.slice(0, 7) ?? null;
  return month(back) === null || month(l) === null || month(back) === month(l);
}
