// Rules the thirty-seventh session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) => ['Tin biên giới', ...sentences].join('\n');

describe('foreign students came to study, on no visit', () => {
  it('a student named in an apposition before "sang Việt Nam" (the school’s city in the headline)', () => {
    expect(
      visits(
        [
          'Trường Trung cấp Luật Đồng Hới chắp cánh ước mơ của lưu học sinh Lào',
          'Theo lời Khamla (tỉnh Savannakhet), lưu học sinh Lào lớp trung cấp K5, những ngày đầu sang Việt Nam em gặp nhiều khó khăn trong học tập và sinh hoạt.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('former students do visit, and so does a delegation the clause names', () => {
    expect(
      visits(article('Đoàn cựu lưu học sinh tỉnh Savannakhet đã sang thăm tỉnh Quảng Trị.')),
    ).toEqual(['LA-SV>VN-25']);
    expect(
      visits(
        article(
          'Sau buổi gặp lưu học sinh Lào, đoàn lãnh đạo tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('the reporters of a travel feature are nobody’s delegation', () => {
  it('"chẳng cản được chúng tôi qua sông … để tới bản …"', () => {
    expect(
      visits(
        article(
          'Mưa rừng ở Lao Bảo (Quảng Trị) dai dẳng, nhưng không cản được chúng tôi qua sông Sê Pôn để tới bản Ka Túp (tỉnh Savannakhet, Lào).',
        ),
      ),
    ).toEqual([]);
  });

  it('quoted, "chúng tôi" are the speaker’s people, who do travel', () => {
    expect(
      visits(
        article(
          'Ông Bun Mi, trưởng bản của tỉnh Savannakhet, nói: “Hôm nay chúng tôi được sang tỉnh Quảng Trị thăm bà con kết nghĩa nên vui lắm”.',
        ),
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('a memoir’s delegation after a noun ("Cơ quan chúng tôi đến thăm")', () => {
    expect(
      visits(
        article(
          'Năm 2008, tôi làm trưởng đoàn của tỉnh Quảng Trị sang Lào.',
          'Cơ quan chúng tôi đến thăm lần này ở tỉnh Savannakhet đã đổi tên.',
        ),
      ),
    ).toContain('VN-25>LA-SV');
  });
});

describe('a sentence that opens on the reception tells its guest’s trip before the first comma', () => {
  it('"Tiếp Tỉnh trưởng B đang thăm A, ngày …, Thủ tướng …"', () => {
    expect(
      visits(
        article(
          'Tiếp Tỉnh trưởng Savannakhet đang thăm Hà Nội, ngày 27/3, Thủ tướng hoan nghênh chuyến thăm của vị khách.',
        ),
      ),
    ).toEqual(['LA-SV>VN-HN']);
  });

  it('not "Tiếp và làm việc với đoàn có …", the hosts’ roll', () => {
    expect(
      visits(
        article(
          'Đoàn đại biểu tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.',
          'Tiếp và làm việc với đoàn có đồng chí Bun Chôm, Bí thư, Tỉnh trưởng tỉnh Savannakhet.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});
