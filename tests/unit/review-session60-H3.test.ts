// Review by attack of the session's digest-page reading and headline cleaning: hand-written pages
// the new rules read worse than a careful reader, and the narrowings that fix them.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/core/article/prepare.ts';
import { gathersStories } from '../../src/core/article/digest-title.ts';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();
// Pages go through the cleaner, which cuts the headline's outlet name, as a real page does.
const linksOf = (content: string) =>
  geocodeArticle(prepareArticle({ file: 'a.txt', kind: 'text', content }).doc, gaz).result.links;
const visitsOf = (content: string) =>
  linksOf(content)
    .filter((l) => l.kind === 'visit')
    .map((l) => `${l.from.iso}>${l.to.iso}`);
const sistersOf = (content: string) =>
  linksOf(content)
    .filter((l) => l.kind === 'sister')
    .map((l) => [l.from.iso, l.to.iso].sort().join('|'));

const titleOf = (content: string) =>
  prepareArticle({ file: 'a.txt', kind: 'text', content }).doc.title;

describe('a digest word over one story does not split the page', () => {
  it('"Bản tin thời sự: Đoàn … thăm …" with subheadings keeps the signing the last one tells', () => {
    const page =
      'Bản tin thời sự: Đoàn đại biểu tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng\n' +
      'Từ ngày 3 đến 5/3/2024, Đoàn đại biểu tỉnh Nghệ An do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm tỉnh Xiêng Khoảng.\n' +
      'Trao đổi về giáo dục\n' +
      'Hai bên đã bàn về việc đào tạo lưu học sinh.\n' +
      'Ký biên bản ghi nhớ\n' +
      'Cuối buổi làm việc, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.\n';
    expect(sistersOf(page)).toEqual(['LA-XI|VN-22']);
  });

  it('"Tin nổi bật: Tỉnh A tiếp đoàn tỉnh B" with captions keeps the agreement of the last line', () => {
    const page =
      'Tin nổi bật: Tỉnh Điện Biên tiếp đoàn công tác tỉnh Luang Prabang\n' +
      'Chiều 12/4, UBND tỉnh Điện Biên tiếp đoàn công tác tỉnh Luang Prabang (Lào) do Phó Tỉnh trưởng dẫn đầu.\n' +
      'Lãnh đạo hai tỉnh chụp ảnh lưu niệm\n' +
      'Hai bên điểm lại tình hình của mỗi tỉnh.\n' +
      'Toàn cảnh buổi tiếp\n' +
      'Hai bên nhất trí thực hiện tốt thỏa thuận hợp tác đã ký.\n';
    expect(sistersOf(page)).toEqual(['LA-LP|VN-71']);
  });

  it('the word as what the story tells of ("Phát sóng bản tin tiếng Lào …") is no label', () => {
    expect(gathersStories('Phát sóng bản tin tiếng Lào trên sóng đài tỉnh A')).toBe(false);
    expect(
      gathersStories('Gia Lai: Điểm tin đối ngoại nổi bật - Đoàn tỉnh Ratanakiri sang thăm'),
    ).toBe(false);
  });

  it('guard: a label alone, or items listed with ";", or a label with a date is a digest', () => {
    expect(gathersStories('Tin đối ngoại ngày 5/3')).toBe(true);
    expect(gathersStories('Điểm tin sáng 23/11')).toBe(true);
    expect(gathersStories('Tin đối ngoại tuần 4 - 10/3')).toBe(true);
    expect(gathersStories('Hoạt động đối ngoại nổi bật trong tuần của tỉnh Kon Tum')).toBe(true);
    expect(
      gathersStories('Tin đối ngoại ngày 7/6: Tỉnh A tiếp đoàn tỉnh B; Đoàn tỉnh C thăm tỉnh D'),
    ).toBe(true);
  });
});

describe('a caption with its credit opens no item of a digest', () => {
  it('"Lãnh đạo hai tỉnh tại buổi hội đàm (Ảnh: …)" leaves the signing under its item', () => {
    const page =
      'Bản tin đối ngoại\n' +
      'Điện Biên đón đoàn Phông Sa Lỳ\n' +
      'Ngày 1/8, tỉnh Điện Biên đón đoàn đại biểu tỉnh Phông Sa Lỳ sang thăm.\n' +
      'Lãnh đạo hai tỉnh tại buổi hội đàm (Ảnh: Báo Điện Biên)\n' +
      'Hai bên ký biên bản ghi nhớ hợp tác.\n' +
      'Sơn La tiếp đoàn Hủa Phăn\n' +
      'Ngày 3/8, tỉnh Sơn La tiếp đoàn tỉnh Hủa Phăn.\n';
    expect(sistersOf(page)).toEqual(['LA-PH|VN-71']);
  });
});

describe("a headline's last part that tells the story is no outlet's name", () => {
  it('"Quảng Trị - Sở Ngoại vụ tiếp … đoàn tỉnh Savannakhet" keeps its visit', () => {
    const page =
      'Quảng Trị - Sở Ngoại vụ tiếp và làm việc với đoàn tỉnh Savannakhet\n' +
      'Sáng 10/4, Giám đốc Sở tiếp đoàn công tác của tỉnh bạn.\n';
    expect(titleOf(page)).toBe(
      'Quảng Trị - Sở Ngoại vụ tiếp và làm việc với đoàn tỉnh Savannakhet',
    );
    expect(visitsOf(page)).toEqual(['LA-SV>VN-25']);
  });

  it('"… - Báo chí Quảng Bình và Khammouane ký kết hợp tác" keeps its places', () => {
    const page =
      'Gắn kết hai tỉnh - Báo chí Quảng Bình và Khammouane ký kết hợp tác\n' +
      'Ngày 9/9, hội nhà báo hai tỉnh đã ký kết thỏa thuận hợp tác giai đoạn 2024-2026.\n';
    expect(sistersOf(page)).toEqual(['LA-KH|VN-24']);
  });

  it('guard: "… | Báo Hà Tĩnh", "… - Sở Nông nghiệp và PT nông thôn", "… | Báo Tiếp thị & Gia đình" are still cut', () => {
    expect(
      titleOf(
        'Đoàn tỉnh A sang thăm tỉnh B | Báo Tiếp thị & Gia đình\nNgày 3/3, đoàn sang thăm.\n',
      ),
    ).toBe('Đoàn tỉnh A sang thăm tỉnh B');
    expect(
      titleOf('Đoàn Hà Tĩnh thăm Bolikhamxay | Báo Hà Tĩnh\nNgày 3/3, đoàn sang thăm.\n'),
    ).toBe('Đoàn Hà Tĩnh thăm Bolikhamxay');
    expect(
      titleOf(
        'Trồng rừng ở biên giới - Sở Nông nghiệp và PT nông thôn\nNgày 3/3, tỉnh trồng rừng.\n',
      ),
    ).toBe('Trồng rừng ở biên giới');
  });
});

describe('a label dated after its dash still gathers stories', () => {
  it('"Bản tin đối ngoại - Tháng 6 năm 2024", "Điểm tin - Thứ Hai, 5/3/2024"', () => {
    expect(gathersStories('Bản tin đối ngoại - Tháng 6 năm 2024')).toBe(true);
    expect(gathersStories('Điểm tin - Thứ Hai, 5/3/2024')).toBe(true);
  });
});

describe("an agency's tag opening the headline goes with its dash", () => {
  it('"(TTXVN) - Đoàn … thăm …" is headed "Đoàn … thăm …"', () => {
    expect(
      titleOf('(TTXVN) - Đoàn tỉnh Nghệ An thăm tỉnh Xiêng Khoảng\nNgày 3/4, đoàn sang thăm.\n'),
    ).toBe('Đoàn tỉnh Nghệ An thăm tỉnh Xiêng Khoảng');
  });
});
