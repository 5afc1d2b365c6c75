// Rules the twenty-eighth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('"thăm học sinh của tỉnh B đang theo học tại …": the students\' home is no destination', () => {
  it('a leader visiting foreign students at home makes no trip', () => {
    expect(
      visits(
        article(
          'Chiều 3/4, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Gia Lai đã đến thăm và tặng quà cho 12 lưu học sinh của tỉnh Champasak, nước CHDCND Lào đang theo học tại Trường Cao đẳng Gia Lai.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Sáng 10/4, lãnh đạo tỉnh Nghệ An đến thăm sinh viên tỉnh Xiêng Khoảng đang học tập tại thành phố Vinh.',
        ),
      ),
    ).toEqual([]);
  });

  it('students of a place met where they are, or a delegation of students, still travel', () => {
    expect(
      visits(
        article(
          'Sáng 10/4, đoàn đại biểu tỉnh Nghệ An đến thăm tỉnh Xiêng Khoảng và tặng quà cho học sinh của tỉnh.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI']);
    expect(
      visits(article('Ngày 2/4, đoàn sinh viên tỉnh Champasak đã sang thăm tỉnh Gia Lai.')),
    ).toEqual(['LA-CH>VN-30']);
  });
});

describe('"đã khai mạc cuộc diễn tập … tỉnh B": an opened event that bears its place is held there', () => {
  const exercise =
    'Chiều 15/10, Ban Chỉ đạo Quân khu 5 đã khai mạc cuộc diễn tập khu vực phòng thủ tỉnh Kon Tum năm 2022.';
  const guests =
    'Tham dự lễ khai mạc có đoàn đại biểu tỉnh Attapeu, CHDCND Lào do Phó Tỉnh trưởng Bunsot làm Trưởng đoàn.';
  it('a foreign delegation attending the opening came to that place', () => {
    expect(visits(article(exercise, guests))).toEqual(['LA-AT>VN-28']);
  });

  it('an event opened abroad, or one whose venue is named, is not held at the place it bears', () => {
    expect(
      visits(
        article(
          'Chiều 15/10, đã khai mạc Tuần Văn hóa - Du lịch tỉnh Điện Biên tại Lào.',
          'Tham dự lễ khai mạc có đoàn đại biểu tỉnh Luang Prabang do Phó Tỉnh trưởng làm Trưởng đoàn.',
        ),
      ),
    ).not.toContain('LA-LP>VN-71');
  });
});

describe('"Phía tỉnh A có 15 xã …, đối diện với … tỉnh B": a side of the border, no roll of guests', () => {
  it('counted communes open no side roll', () => {
    expect(
      visits(
        article(
          'Hai tỉnh Thanh Hóa và Hủa Phăn có chung 213 km đường biên giới.',
          'Phía Thanh Hóa có 15 xã thuộc 5 huyện biên giới, đối diện với 33 bản ở 3 huyện của Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"… chụp ảnh kỷ niệm tại Lễ … huyện X": where a photo was taken, the party was', () => {
  it('leaders of two provinces photographed at a ceremony in one of them: the other travelled', () => {
    expect(
      visits(
        article(
          'Lãnh đạo, đại biểu hai tỉnh Thanh Hóa và Hủa Phăn chụp ảnh kỷ niệm tại Lễ đổ cột chính công trình ở tỉnh Hủa Phăn.',
        ),
      ),
    ).toEqual(['VN-21>LA-HO']);
  });

  it('a delegation called by its country, with "cán bộ", is the province the article follows', () => {
    expect(
      visits(
        article(
          'Đoàn cán bộ tỉnh Luông Nậm Thà do ông Khămphăn làm trưởng đoàn đã sang thăm tỉnh Quảng Ninh.',
          'Ảnh: Đoàn cán bộ Lào chụp ảnh lưu niệm tại thành phố Hạ Long, tỉnh Quảng Ninh.',
        ),
      ),
    ).toEqual(['LA-LM>VN-13']);
  });
});

describe('"lễ khởi công Đài phát thanh tỉnh B": a work of the one province named is built there', () => {
  it('sets the venue for a national guest named by the state broadcaster', () => {
    expect(
      visits(
        article(
          'Sáng 27/10, lễ khởi công Dự án xây dựng Đài phát thanh, phát hình tỉnh Hủa Phăn đã được tổ chức.',
          'Về phía Việt Nam có ông Lê Quyền, Phó Tổng Giám đốc Đài Truyền hình Việt Nam.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-HO']);
  });

  it('a work given to another province is not where the giver stands', () => {
    expect(
      visits(
        article(
          'Sáng 27/10, tỉnh Thanh Hóa tổ chức lễ khởi công Trường học tỉnh Hủa Phăn tại thành phố Thanh Hóa.',
          'Về phía Lào có ông Khămphăn, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
        ),
      ),
    ).not.toContain('VN-21>LA-HO');
  });
});

describe('"Thượng tướng X …": a general\'s rank addresses a leader named earlier', () => {
  it('the leader, known from his title, travels for his country', () => {
    expect(
      visits(
        article(
          'Phó Chủ tịch Quốc hội Lào Souvone Leuangbounmy trao quà lưu niệm tặng Bí thư Tỉnh ủy.',
          'Thượng tướng Souvone Leuangbounmy tham quan mô hình trồng mắc ca tại xã Pú Nhi, tỉnh Điện Biên.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-71']);
  });
});
