// Rules the fifty-first session's census of missed visits called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('talks with a foreign national body, placed at the end in the host’s country', () => {
  it('"… làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An": the Lao minister came', () => {
    expect(
      visits(
        'Tăng cường hợp tác an ninh\n\nBộ trưởng Bộ Công an đã làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('"hội đàm với người đồng cấp Lào … tại thành phố Quy Nhơn, tỉnh Bình Định"', () => {
    expect(
      visits(
        'Hội đàm cấp Phó Thủ tướng\n\nPhó Thủ tướng Chính phủ đã hội đàm với người đồng cấp Lào ngày 1/11 tại thành phố Quy Nhơn, tỉnh Bình Định.',
      ),
    ).toEqual(['LA-VT*>VN-31']);
  });

  it('talks in the capital of the host: the guest came to it', () => {
    expect(
      visits(
        'Hội đàm\n\nChiều 3/4, Chủ tịch Quốc hội Lào đã hội đàm với Chủ tịch Quốc hội Việt Nam tại thủ đô Viêng Chăn.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('talks placed in the guest’s country are the subject’s trip there', () => {
    expect(
      visits(
        'Làm việc tại Xiêng Khoảng\n\nBộ trưởng Bộ Công an đã làm việc với Bộ trưởng Bộ An ninh Lào tại tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-HN*>LA-XI']);
  });

  it('talks still to come are no visit', () => {
    expect(
      visits(
        'Hội đàm\n\nBộ trưởng Bộ Công an sẽ làm việc với Bộ trưởng Bộ An ninh Lào ngày 3/4 tại tỉnh Nghệ An.',
      ),
    ).toEqual([]);
  });

  it('an ambassador met at home is at his post, not a visitor', () => {
    expect(
      visits(
        'Tiếp Đại sứ\n\nBộ trưởng Bộ Công an đã làm việc với Đại sứ Lào tại Việt Nam ngày 3/4 tại Hà Nội.',
      ),
    ).toEqual([]);
  });
});

describe('a host meeting the delegations of other countries named by their country', () => {
  it('"có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia" at a named venue', () => {
    expect(
      visits(
        'Gặp gỡ nông dân ba nước\n\nSáng 2/12, tại thành phố Đà Lạt, tỉnh Lâm Đồng, lãnh đạo tỉnh đã có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia.',
      ).sort(),
    ).toEqual(['KH-12*>VN-35', 'LA-VT*>VN-35']);
  });

  it('"làm việc với đoàn đại biểu Lào" after "tại tỉnh B": the delegation came to B', () => {
    expect(
      visits(
        'Tiếp đoàn Lào\n\nSáng 2/12, tại tỉnh Lâm Đồng, lãnh đạo tỉnh đã làm việc với đoàn đại biểu Lào.',
      ),
    ).toEqual(['LA-VT*>VN-35']);
  });

  it('students of another country studying here are no delegation', () => {
    expect(
      visits(
        'Giao lưu sinh viên\n\nTại tỉnh Bình Phước, Phó Chủ tịch UBND tỉnh trao quà cho đoàn sinh viên Lào đang học tập tại trường.',
      ),
    ).toEqual([]);
  });

  it('a dateline with the agency’s tag does not hide the venue of the lead', () => {
    expect(
      visits(
        'Nông dân ba nước gặp gỡ\n\nLâm Đồng (TTXVN) - Trong khuôn khổ chương trình Gặp gỡ hữu nghị nông dân ba nước, sáng 2/12, tại thành phố Đà Lạt, lãnh đạo tỉnh Lâm Đồng đã có cuộc gặp với các trưởng đoàn nông dân Lào và Campuchia.',
      ).sort(),
    ).toEqual(['KH-12*>VN-35', 'LA-VT*>VN-35']);
  });
});

describe('an anniversary named as the occasion', () => {
  const lead =
    'Nhà hát Quân đội biểu diễn tại Lào\n\nNhân dịp 65 năm Ngày thành lập Quân đội Nhân dân Lào, tối 8/1, các nghệ sĩ của Nhà hát Ca múa nhạc Quân đội Việt Nam đã có đêm diễn đặc sắc tại Cung văn hóa Quốc gia Lào.';

  it('leaves the body it fetes out of the delegation the article follows', () => {
    expect(
      visits(
        `${lead} Trước khi về thủ đô, Đoàn đã có những đêm diễn thành công tại tỉnh Xiêng Khoảng và tỉnh Vientiane.`,
      ).sort(),
    ).toEqual(['VN-HN*>LA-VI', 'VN-HN*>LA-XI']);
  });

  it('a trip told in the occasion clause is still read', () => {
    expect(
      visits(
        'Thăm Xiêng Khoảng\n\nNhân dịp đoàn đại biểu tỉnh Nghệ An sang thăm tỉnh Xiêng Khoảng, hai bên đã ký biên bản ghi nhớ.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});
