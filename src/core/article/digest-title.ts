// A page's headline that says the page gathers several stories: a weekly foreign-affairs digest
// ("Tin đối ngoại ngày 5/3", "Hoạt động đối ngoại nổi bật trong tuần"), a round-up ("Điểm tin",
// "Bản tin"), a tag page ("Lào"). The cleaner keeps such a page's item headlines, and the
// extractor reads each item as a story of its own (extract/digest-items.ts).

// The page's headline says it gathers news; a one-story headline never reads so.
const DIGEST_TITLE = new RegExp(
  '(?<![\\p{L}])(?:(?<!thông\\s)tin\\s+(?:tức\\s+)?(?:đối ngoại|vắn|ngắn|tổng hợp|nổi bật)' +
    '|điểm tin|bản tin|tổng hợp tin|điểm báo' +
    '|nổi bật\\s+(?:trong\\s+|của\\s+)?tuần)(?![\\p{L}])',
  'iu',
);
// A tag page: its headline is the tag alone, a country or the pair of them.
const TAG_TITLE =
  /^(?:tag\s*:\s*)?(?:lào|campuchia|việt nam)(?:\s*[-–]\s*(?:lào|campuchia|việt nam))?$/iu;

// The label opens the headline or a part of it ("Gia Lai: Điểm tin …"); inside a clause it is
// what the story tells of ("Phát sóng bản tin tiếng Lào …"). "… nổi bật trong tuần" qualifies a
// noun wherever it stands ("Hoạt động đối ngoại nổi bật trong tuần").
const OPENS_PART = /(?:^|[:|([]\s*|\s[-–]\s+)$/u;
// "Bản tin thời sự: Đoàn tỉnh A thăm tỉnh B": after the label, a colon or a dash and one
// headline of three words or more (a page of several stories lists its items with ";"; and
// "Bản tin đối ngoại - Tháng 6 năm 2024", "Điểm tin - Thứ Hai, 5/3" only date the issue).
const ONE_STORY = /^[^:;|]*?(?::|\s[-–|])\s*\p{Lu}\S*(?:\s+\S+){2,}$/u;
const ISSUE_DATE =
  /^[^:;|]*?(?::|\s[-–|])\s*(?:thứ|tháng|ngày|tuần|số|kỳ|năm|sáng|trưa|chiều|tối)(?![\p{L}])/iu;

/** Whether a page's headline says the page gathers several stories. */
export function gathersStories(title: string): boolean {
  if (TAG_TITLE.test(title)) return true;
  const rest = labelledRest(title);
  return rest !== null && !(ONE_STORY.test(rest) && !ISSUE_DATE.test(rest) && !rest.includes(';'));
}

/**
 * Whether a page's headline opens on a digest's label, even one followed by the headline of its
 * first story ("Điểm tin đối ngoại: Việt Nam - Campuchia thông qua Tuyên bố chung"): the page
 * gathers stories if its body marks them ("1. …", "2. …").
 */
export function labelsDigest(title: string): boolean {
  return labelledRest(title) !== null;
}

/** What follows the digest label that opens the headline (or a part of it), else null. */
function labelledRest(title: string): string | null {
  const label = DIGEST_TITLE.exec(title);
  if (!label) return null;
  const opens = /^nổi bật/iu.test(label[0]) || OPENS_PART.test(title.slice(0, label.index));
  return opens ? title.slice(label.index + label[0].length).trim() : null;
}
