// A photo caption that names the hosts and a delegation side by side, with no verb of a trip:
// "Lãnh đạo tỉnh A và Đoàn đại biểu tỉnh B tại buổi làm việc", "Đoàn công tác tỉnh A và lãnh đạo
// tỉnh B chụp ảnh lưu niệm". Leaders stand at home; the side named as a delegation came to them.
import { FoldedWords, hasWords, wordAt, wordIn, type SentenceView } from './sentence-view.ts';

// The one word a caption pair opens on, for findCues' one-test skip of tokens that open no cue.
export const PAIR_JOIN = new FoldedWords(new Set(['va']));

// Words after "đoàn" that make it no delegation: the youth union ("Đoàn Thanh niên", "Đoàn TNCS")
// and its members ("đoàn viên"), a province's deputies ("Đoàn ĐBQH"), "đoàn kết", "đoàn thể".
export const NOT_A_DELEGATION: ReadonlySet<string> = new Set([
  'thanh',
  'tncs',
  'đbqh',
  'kết',
  'thể',
  'viên',
]);
// A meeting still to come, or denied ("… và đoàn tỉnh B sẽ gặp nhau"): no trip made yet.
const NOT_YET = new Set(['sẽ', 'sắp', 'chưa', 'không']);
// A caption is short; a longer sentence tells its own events with its own verbs.
const CAPTION_TOKENS = 40;

const leadersAt = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'lãnh' && wordAt(s, k + 1) === 'đạo';
const delegationAt = (s: SentenceView, k: number) =>
  wordAt(s, k) === 'đoàn' && !NOT_A_DELEGATION.has(wordAt(s, k + 1));

/**
 * Whether captionPairAt may find a pair at token k: both its shapes open on "lãnh" or "đoàn" and
 * have the other word right after the "và". Three reads of words, where captionPairAt scans the
 * sentence at every "và" (findCues asks at each one).
 */
export function mayPairCaption(s: SentenceView, k: number): boolean {
  const first = wordAt(s, s.t0);
  const other = first === 'lãnh' ? 'đoàn' : first === 'đoàn' ? 'lãnh' : '';
  return other !== '' && wordAt(s, k + 1) === other && wordAt(s, k) === 'và';
}

/**
 * At the "và" of a caption that opens on one side and joins the other: 'reverse' where the
 * leaders come first (the guests follow), 'forward' where the delegation does, else null. Only
 * one delegation named: two side by side name no host.
 */
export function captionPairAt(s: SentenceView, k: number): 'forward' | 'reverse' | null {
  if (wordAt(s, k) !== 'và' || s.t1 - s.t0 > CAPTION_TOKENS) return null;
  if (wordIn(s, k, s.t1, NOT_YET) || hasWords(s, 'dự', 'kiến')) return null;
  if (wordIn(s, s.t0 + 1, k, 'đoàn') || wordIn(s, k + 2, s.t1, 'đoàn')) return null;
  if (leadersAt(s, s.t0) && delegationAt(s, k + 1)) return 'reverse';
  if (delegationAt(s, s.t0) && leadersAt(s, k + 1)) return 'forward';
  return null;
}
