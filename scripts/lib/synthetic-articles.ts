// Deterministic synthetic news articles for the benchmark: Vietnamese-like sentences built from
// templates, gazetteer names and filler, with a date stamp, captions and the related-headline
// lists real pages carry. Article i depends only on (seed, i), so a corpus is generated one
// article at a time and never held in memory.
import type { Gazetteer } from '../../src/core/gazetteer.ts';
import type { GazetteerEntry } from '../../src/core/types.ts';

/** mulberry32: small, fast, deterministic; good enough to vary text and data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Minh Tuấn',
  'Phạm Quốc Bảo',
  'Võ Thị Hạnh',
  'Đặng Hữu Phước',
  'Khăm Phăn Phôm Ma Thạt',
  'Sỉ Phăn Đon Xa Vẳn',
  'Bun Thoong Chít Ma Ny',
  'Hem Sokha',
  'Chea Vuthy',
  'Sok Chenda',
];
const ROLES = [
  'Bí thư Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch HĐND tỉnh',
  'Tỉnh trưởng',
  'Phó Tỉnh trưởng',
  'Trưởng ban Tuyên giáo',
];
const FILLER = [
  'Thời gian qua, quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa hai nước không ngừng được củng cố và phát triển.',
  'Các bên thống nhất tăng cường trao đổi đoàn, hợp tác trong lĩnh vực giáo dục, y tế, nông nghiệp và thương mại.',
  'Trong buổi làm việc, hai bên đã thông tin về tình hình kinh tế - xã hội, quốc phòng - an ninh của mỗi địa phương.',
  'Đây là dịp để hai bên ôn lại truyền thống, cùng nhau vun đắp nền hòa bình và ổn định lâu dài.',
  'Hàng trăm lưu học sinh đã được đào tạo, nhiều công trình dân sinh được xây dựng và bàn giao.',
  'Tuyến đường nối cửa khẩu được nâng cấp, giúp việc giao thương trở nên thuận lợi hơn trước.',
  'Chủ tịch Hồ Chí Minh và Chủ tịch Xu-pha-nu-vông đã đặt nền móng cho mối quan hệ này.',
  'Hàng hóa được vận chuyển qua cảng biển ra Thái Bình Dương với chi phí thấp hơn.',
  'Hai bên cũng trao đổi kinh nghiệm trong công tác phòng, chống thiên tai và dịch bệnh.',
  'Thay mặt lãnh đạo địa phương, đồng chí trưởng đoàn chân thành cảm ơn sự đón tiếp nồng hậu, chu đáo.',
];
const SECTIONS = [
  'Tin bài liên quan',
  'Các tin bài khác',
  'Đọc nhiều',
  'Xem thêm',
  'Tin liên quan',
];

export interface SyntheticArticle {
  /** File-like name, for messages. */
  file: string;
  text: string;
}

export interface CorpusGenerator {
  article(i: number): SyntheticArticle;
}

/** A generator of articles over the gazetteer's province-level units and cities. */
export function syntheticCorpus(gaz: Gazetteer, seed = 20240716): CorpusGenerator {
  const units = gaz.entries.filter((e) => e.kind !== 'country' && !e.validFrom?.startsWith('2025'));
  const vn = units.filter((e) => e.country === 'VN' && e.kind !== 'city');
  const foreign = units.filter((e) => e.country !== 'VN' && e.kind !== 'city');
  const cities = units.filter((e) => e.kind === 'city');
  if (vn.length === 0 || foreign.length === 0)
    throw new Error('synthetic corpus: the gazetteer has no units');

  return {
    article(i) {
      const r = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
      const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
      const spell = (e: GazetteerEntry) => {
        const names = [e.name, e.name, ...e.aliases];
        const n = pick(names);
        const prefix =
          e.kind === 'city'
            ? 'thành phố '
            : e.kind === 'municipality'
              ? e.country === 'VN'
                ? 'thành phố '
                : ''
              : 'tỉnh ';
        return `${prefix}${n}`;
      };
      const a = pick(vn);
      const bs = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(foreign));
      const day = 1 + Math.floor(r() * 28);
      const month = 1 + Math.floor(r() * 12);
      const year = 2015 + Math.floor(r() * 11);
      const stamp = `${String(8 + Math.floor(r() * 10)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')} | ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
      const person = () => `${pick(ROLES)} ${pick(PEOPLE)}`;
      const headline = pick([
        () => `${spell(a)} tăng cường hợp tác với ${spell(bs[0]!)}`,
        () => `Đoàn đại biểu ${spell(a)} thăm và làm việc tại ${bs.map(spell).join(', ')}`,
        () => `Vun đắp tình hữu nghị giữa ${a.name} và ${bs[0]!.name}`,
      ])();
      const body: string[] = [];
      body.push(
        `Ngày ${day}/${month}/${year}, Đoàn đại biểu ${spell(a)} do đồng chí ${person()} dẫn đầu đã thăm và làm việc tại ${bs.map(spell).join(', ')}.`,
      );
      const paragraphs = 3 + Math.floor(r() * 6);
      for (let p = 0; p < paragraphs; p++) {
        const sentences: string[] = [];
        const count = 2 + Math.floor(r() * 5);
        for (let s = 0; s < count; s++) {
          const b = pick(bs);
          const roll = r();
          if (roll < 0.15)
            sentences.push(
              `Tiếp đoàn, đồng chí ${person()} ${spell(b)} cảm ơn ${spell(a)} đã luôn quan tâm, giúp đỡ.`,
            );
          else if (roll < 0.22)
            sentences.push(
              `Hai tỉnh ${a.name} và ${b.name} đã ký kết thỏa thuận hợp tác giai đoạn ${year}-${year + 5}.`,
            );
          else if (roll < 0.3 && cities.length > 0)
            sentences.push(`Đoàn đã đến thăm ${spell(pick(cities))} và gặp gỡ bà con kiều bào.`);
          else if (roll < 0.36)
            sentences.push(
              `Trước đó, đoàn công tác của ${spell(pick(vn))} cũng đã sang làm việc tại ${spell(pick(foreign))}.`,
            );
          else sentences.push(pick(FILLER));
        }
        body.push(sentences.join(' '));
        if (r() < 0.3)
          body.push(
            `| Lãnh đạo ${spell(a)} và ${spell(b0(bs))} chụp ảnh lưu niệm. Ảnh: ${pick(PEOPLE)} |`,
          );
      }
      const related: string[] = [];
      const lists = 1 + Math.floor(r() * 2);
      for (let k = 0; k < lists; k++) {
        related.push(pick(SECTIONS));
        const n = 3 + Math.floor(r() * 5);
        for (let h = 0; h < n; h++)
          related.push(`${pick(vn).name} đón đoàn công tác của ${pick(foreign).name}`);
      }
      const text = [headline, stamp, ...body, ...related].join('\n') + '\n';
      return { file: `synthetic-${String(i).padStart(6, '0')}.txt`, text };
    },
  };
}

const b0 = <T>(list: readonly T[]): T => list[0]!;
