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

/** Whether a page's headline says the page gathers several stories. */
export function gathersStories(title: string): boolean {
  return DIGEST_TITLE.test(title) || TAG_TITLE.test(title);
}
