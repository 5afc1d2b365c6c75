// "Dự lễ khai giảng có bà X, Thứ trưởng Bộ Giáo dục Lào; bà Y, Thứ trưởng Bộ Ngoại giao; đại diện
// các sở, ban, ngành của Thủ đô Vientiane …": a roll that names the departments of one place is a
// roll of that place's own event (departments come to their own city's events; a guest
// delegation is named by its leaders), so the event was there when nothing else says where.
import type { GazetteerEntry } from '../types.ts';
import { type SentenceView } from './sentence-view.ts';

export function rolledHostsPlace(s: SentenceView): GazetteerEntry | null {
  const text = s.tt.text;
  const places = new Set<GazetteerEntry>();
  for (const m of s.mentions) {
    const before = text.slice(Math.max(s.span[0], m.span[0] - HOSTS_REACH), m.span[0]);
    if (DEPARTMENTS_OF.test(before.toLowerCase())) places.add(m.entry);
  }
  return places.size === 1 ? [...places][0]! : null;
}

const HOSTS_REACH = 70;
// "đại diện (lãnh đạo) các sở, ban, ngành (có liên quan) (của) tỉnh / thủ đô / thành phố", or such
// an item of the roll after a semicolon ("…; các sở, ban, ngành của tỉnh B").
const DEPARTMENTS_OF =
  /(?:(?<![\p{L}])đại diện(?:\s+lãnh đạo)?\s+|[;:]\s*)(?:các|một số)\s+(?:sở|cơ quan)(?:,?\s+(?:ban|ngành|đơn vị|đoàn thể))*(?:\s+(?:có\s+)?liên quan)?\s+(?:của\s+)?(?:(?:tỉnh|thủ đô|thành phố|tp\.)\s*)?$/u;
