// Students who come to study are no delegation on a visit ("tiếp nhận 32 sinh viên đến từ 4 tỉnh
// … sang theo học", "Đưa sinh viên A, B sang thành phố C học về chuyển đổi số"); a students'
// delegation is ("Đoàn sinh viên tỉnh A sang thăm tỉnh B").
import type { Mention } from './find-places.ts';
import { wordAt, type SentenceView } from './sentence-view.ts';
import { commaBefore } from './visit-cues.ts';

const STUDENTS = new Set(['sinh viên', 'học sinh', 'học viên']);
const ENROLS = new Set(['theo học', 'nhập học', 'du học', 'học tập', 'tiếp nhận']);
const FOREIGN_STUDENT = new Set(['lưu', 'du']);
const TAKE_OVER = new Set(['đoàn', 'lãnh', 'cán', 'đồng']);
// How far after the travel verb the study may be named ("sang Hải Phòng học về …").
const STUDY_REACH = 8;

// The first words of STUDENTS and ENROLS: a pair is joined and looked up only after one of them.
const STUDENTS_FIRST = new Set([...STUDENTS].map((w) => w.split(' ')[0]!));
const ENROLS_FIRST = new Set([...ENROLS].map((w) => w.split(' ')[0]!));

/** Where students not in a delegation are named in tokens [a, b), or -1. */
function studentsIn(s: SentenceView, a: number, b: number): number {
  for (let k = Math.max(a, s.t0); k + 1 < Math.min(b, s.t1); k++) {
    const w = wordAt(s, k);
    if (!STUDENTS_FIRST.has(w)) continue;
    if (STUDENTS.has(`${w} ${wordAt(s, k + 1)}`) && wordAt(s, k - 1) !== 'đoàn') return k;
  }
  return -1;
}

/**
 * A sentence that tells students enrolling (the places they come from, named after them, send
 * no delegation). ("Về dự có … Tỉnh Đoàn các tỉnh A, B và hơn 800 sinh viên đang học tập …": the
 * places named before the students are the guests'.)
 */
export function enrolling(s: SentenceView): boolean {
  const k = studentsIn(s, s.t0, s.t1);
  if (k < 0 || !s.mentions.some((m) => m.firstToken > k)) return false;
  for (let j = s.t0; j + 1 < s.t1; j++) {
    const w = wordAt(s, j);
    if (ENROLS_FIRST.has(w) && ENROLS.has(`${w} ${wordAt(s, j + 1)}`)) return true;
  }
  return false;
}

/**
 * Students, before the travel verb at `cue`, who go to study after it; or foreign students ("lưu
 * học sinh", "du học sinh") its subject, whose coming is their study ("Lar (tỉnh A), lưu học sinh
 * Lào …, những ngày đầu sang Việt Nam em gặp …"), unless a delegation or leaders take over the
 * clause before the verb, or they are former students ("cựu lưu học sinh", who do visit).
 */
export function studyTrip(s: SentenceView, cue: number): boolean {
  const k = studentsIn(s, s.t0, cue);
  if (k < 0) return false;
  if (FOREIGN_STUDENT.has(wordAt(s, k - 1)) && wordAt(s, k - 2) !== 'cựu') {
    let other = false;
    for (let j = k + 2; j < cue && !other; j++) other = TAKE_OVER.has(wordAt(s, j));
    if (!other) return true;
  }
  for (let k = cue + 1; k < Math.min(s.t1, cue + STUDY_REACH); k++)
    if (wordAt(s, k) === 'học') return true;
  return false;
}

// How far before a place its students may be named ("học sinh của tỉnh B", "sinh viên hai tỉnh B").
const HOME_REACH = 4;

/**
 * "thăm và tặng quà cho 09 học sinh của tỉnh B … đang theo học tại …": B is where the students
 * come from, not where they were met (the study place, named after "đang … học", is).
 */
export function studentsHome(s: SentenceView, m: Mention): boolean {
  let named = false;
  for (let k = m.firstToken - 1; k > Math.max(s.t0, m.firstToken - 1 - HOME_REACH); k--) {
    if (commaBefore(s, k + 1)) break;
    if (studentsIn(s, k - 1, k + 1) >= 0) {
      named = true;
      break;
    }
  }
  if (!named) return false;
  for (let k = m.lastToken + 1; k + 1 < s.t1; k++)
    if (
      wordAt(s, k) === 'đang' &&
      (wordAt(s, k + 1) === 'học' || ENROLS.has(`${wordAt(s, k + 1)} ${wordAt(s, k + 2)}`))
    )
      return true;
  return false;
}
