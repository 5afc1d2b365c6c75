// Rules the thirty-sixth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) => ['Tin biên giới', ...sentences].join('\n');

describe('residents and patients crossing the border are nobody’s delegation', () => {
  it('a headline about residents crossing through a pair of gates', () => {
    expect(
      visits(
        [
          'Khảo sát việc đi lại của người dân Lào sang Việt Nam thông qua cặp cửa khẩu quốc tế Lao Bảo tỉnh Quảng Trị và cửa khẩu Đền Sa Vẳn tỉnh Savannakhet của Lào',
          'Đoàn khảo sát làm việc trong ba ngày.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('patients of a province going over for treatment', () => {
    expect(
      visits(article('Nhiều người bệnh của tỉnh Hủa Phăn đã sang Thanh Hóa để chữa bệnh.')),
    ).toEqual([]);
  });

  it('a delegation that looks after residents still travels', () => {
    expect(
      visits(article('Đoàn y tế tỉnh Quảng Trị khám bệnh cho người dân đã sang tỉnh Savannakhet.')),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('a road’s course is nobody’s trip', () => {
  it('"Con đường bộ đi từ A xuyên qua … để tới B"', () => {
    expect(
      visits(
        article(
          'Con đường bộ đi từ cửa khẩu Hoa Lư, tỉnh Bình Phước xuyên qua tỉnh Kratie, Stung Treng của Campuchia để tới Champasak của Lào dài hơn 500 km.',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation on its way still travels', () => {
    expect(
      visits(
        article('Trên đường đi từ Hà Nội tới thủ đô Viêng Chăn, đoàn đã dừng chân tại Nghệ An.'),
      ),
    ).toEqual(['VN-HN>LA-VT']);
  });
});
