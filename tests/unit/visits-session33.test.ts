// Rules the thirty-third session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Đại hội Hội hữu nghị cấp tỉnh', ...sentences].join('\n');

describe('a congress’s account of the term behind it sets no venue', () => {
  const lead =
    'Sáng 12/5, Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh tổ chức Đại hội lần thứ III, nhiệm kỳ 2024–2029, tại Hà Tĩnh.';
  const roll =
    'Dự Đại hội có ông Nguyễn Văn Bình, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An; đại diện các sở, ngành.';

  it('"Trong nhiệm kỳ trước, Hội đã … ở Viêng Chăn …; đưa hội viên … thăm chiến trường xưa" is no trip to it', () => {
    expect(
      visits(
        article(
          `${lead} Trong nhiệm kỳ trước, Hội đã quyên góp giúp bà con Việt kiều ở Viêng Chăn sau lũ; đưa hội viên trở lại thăm chiến trường xưa.`,
          roll,
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          `${lead} Nhiệm kỳ qua, Hội đã quyên góp giúp bà con Việt kiều ở Viêng Chăn sau lũ; đưa hội viên trở lại thăm chiến trường xưa.`,
          roll,
        ),
      ),
    ).toEqual([]);
  });

  it('a trip the lead tells outright still counts', () => {
    expect(
      visits(
        article(
          'Sáng 12/5, đoàn đại biểu Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh đã sang thăm tỉnh Khăm Muộn.',
        ),
      ),
    ).toEqual(['VN-23>LA-KH']);
  });
});
