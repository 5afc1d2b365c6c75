// Review by attack of the fifty-eighth session's new visit rules (keepsakes for a delegation,
// talks "giữa đoàn … A và lãnh đạo … B"): a venue named in the sentence that is not the hosts'
// home says nothing of who travelled to whom.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('talks between a delegation and hosts at a venue named before them', () => {
  it('"Bên lề Hội nghị tại Hà Nội, … giữa đoàn … A và lãnh đạo tỉnh B": no trip of A to B', () => {
    expect(
      visitsOf(
        'Gặp gỡ bên lề hội nghị\n\nBên lề Hội nghị tại Hà Nội, diễn ra buổi làm việc giữa đoàn công tác tỉnh Điện Biên và lãnh đạo tỉnh Phongsaly.',
      ),
    ).not.toContain('VN-71>LA-PH');
  });

  it('guard: no venue named, the delegation still went to its hosts', () => {
    expect(
      visitsOf(
        'Tăng cường hợp tác\n\nBuổi làm việc giữa đoàn công tác tỉnh Điện Biên với lãnh đạo tỉnh Phongsaly.',
      ),
    ).toEqual(['VN-71>LA-PH']);
  });
});

describe('a keepsake handed away from the givers’ home', () => {
  it('"Tại Viêng Chăn, lãnh đạo tỉnh A tặng quà lưu niệm cho đoàn tỉnh B": B did not come to A', () => {
    expect(
      visitsOf(
        'Giao lưu hữu nghị\n\nTại Viêng Chăn, lãnh đạo tỉnh Nghệ An tặng quà lưu niệm cho đoàn tỉnh Xiêng Khouảng.',
      ),
    ).not.toContain('LA-XI>VN-22');
  });

  it('"… tặng quà lưu niệm cho Đoàn … tỉnh B tại Thủ đô Viêng Chăn": likewise', () => {
    expect(
      visitsOf(
        'Giao lưu hữu nghị\n\nLãnh đạo tỉnh Nghệ An tặng quà lưu niệm cho Đoàn đại biểu tỉnh Xiêng Khouảng tại Thủ đô Viêng Chăn.',
      ),
    ).not.toContain('LA-XI>VN-22');
  });

  it('"Tại lễ kỷ niệm ở tỉnh C, lãnh đạo tỉnh A tặng quà …": the guests did not go to A', () => {
    expect(
      visitsOf(
        'Lễ kỷ niệm\n\nTại lễ kỷ niệm tổ chức ở tỉnh Quảng Trị, lãnh đạo tỉnh Savannakhet tặng quà lưu niệm cho Đoàn đại biểu tỉnh Thừa Thiên Huế.',
      ),
    ).not.toContain('VN-26>LA-SV');
  });

  it('guard: the givers’ own place as the venue, the guests came to it', () => {
    expect(
      visitsOf(
        'Giao lưu hữu nghị\n\nLãnh đạo tỉnh Sơn La tặng quà lưu niệm cho Đoàn đại biểu tỉnh Luang Prabang tại tỉnh Sơn La.',
      ),
    ).toEqual(['LA-LP>VN-05']);
  });

  it('guard: welcoming flowers with no venue are still the guests’ visit', () => {
    expect(
      visitsOf(
        'Giao lưu hữu nghị\n\nLãnh đạo tỉnh Sơn La tặng hoa chào mừng Đoàn đại biểu tỉnh Luang Prabang.',
      ),
    ).toEqual(['LA-LP>VN-05']);
  });
});

describe('talks or a keepsake held online', () => {
  it('"Buổi hội đàm giữa đoàn … A và lãnh đạo tỉnh B qua hình thức trực tuyến": each side at home', () => {
    expect(
      visitsOf(
        'Hội đàm trực tuyến\n\nBuổi hội đàm giữa đoàn đại biểu tỉnh Sơn La và lãnh đạo tỉnh Luang Prabang qua hình thức trực tuyến.',
      ),
    ).toEqual([]);
  });

  it('"… tặng hoa chào mừng Đoàn … tỉnh B trong buổi tiếp trực tuyến": likewise', () => {
    expect(
      visitsOf(
        'Giao lưu hữu nghị\n\nLãnh đạo tỉnh Sơn La tặng hoa chào mừng Đoàn đại biểu tỉnh Luang Prabang trong buổi tiếp trực tuyến.',
      ),
    ).toEqual([]);
  });
});

describe('experience to be learnt only wanted', () => {
  it('"Tỉnh B có nhu cầu học tập kinh nghiệm tại A": a need, no trip', () => {
    expect(
      visitsOf(
        'Hợp tác phát triển du lịch\n\nTỉnh Bolikhamxay có nhu cầu học tập kinh nghiệm tại Hà Tĩnh về phát triển du lịch.',
      ),
    ).toEqual([]);
  });

  it('"Đoàn … tỉnh B muốn học hỏi / mong được học tập kinh nghiệm tại A": a wish, no trip', () => {
    expect(
      visitsOf(
        'Hợp tác\n\nĐoàn cán bộ tỉnh Bolikhamxay muốn học hỏi kinh nghiệm tại Hà Tĩnh.\n\nCác đoàn cán bộ tỉnh Attapeu mong được học tập kinh nghiệm tại tỉnh Kon Tum.',
      ),
    ).toEqual([]);
  });

  it('guard: experience learnt on a trip made is still the trip', () => {
    expect(
      visitsOf(
        'Học tập kinh nghiệm\n\nĐoàn công tác tỉnh Savannakhet học tập kinh nghiệm về xây dựng nông thôn mới tại tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('talks announced, still to come', () => {
  it('"Buổi làm việc giữa đoàn … A và lãnh đạo tỉnh B dự kiến diễn ra …": no trip yet', () => {
    expect(
      visitsOf(
        'Lịch làm việc\n\nBuổi làm việc giữa đoàn công tác tỉnh Điện Biên và lãnh đạo tỉnh Phongsaly dự kiến diễn ra vào tháng 5.',
      ),
    ).toEqual([]);
  });

  it('"Buổi làm việc giữa lãnh đạo tỉnh B với đoàn … A sẽ diễn ra …": likewise', () => {
    expect(
      visitsOf(
        'Lịch làm việc\n\nBuổi làm việc giữa lãnh đạo tỉnh Phongsaly với đoàn công tác tỉnh Điện Biên sẽ diễn ra vào tuần sau.',
      ),
    ).toEqual([]);
  });

  it('guard: talks held, a plan only in the clause after the comma, still a trip', () => {
    expect(
      visitsOf(
        'Tăng cường hợp tác\n\nBuổi làm việc giữa lãnh đạo tỉnh Phongsaly với đoàn công tác tỉnh Điện Biên, hai bên sẽ tổ chức đoàn thăm lẫn nhau.',
      ),
    ).toEqual(['VN-71>LA-PH']);
  });
});
