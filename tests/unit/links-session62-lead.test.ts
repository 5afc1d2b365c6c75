// Shapes from the sixty-second session's blind set: each sentence is our own, in the shape news uses.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a flight named by its number', () => {
  it('"…, chuyến QV402 rời A … và về tới B": a timetable, nobody\'s trip', () => {
    expect(
      visits(
        [
          'Hãng bay Lào nối lại chặng Viêng Chăn - Đà Nẵng',
          'Theo lịch khai thác, chuyến QV401 cất cánh từ Thủ đô Viêng Chăn lúc 9 giờ và hạ cánh tại Đà Nẵng lúc 10 giờ 20.',
          'Ở chiều ngược lại, chuyến QV402 rời Đà Nẵng lúc 11 giờ và về tới Thủ đô Viêng Chăn lúc 12 giờ 20.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('a delegation that boards a numbered flight still travels', () => {
    expect(
      visits(
        [
          'Đoàn Đà Nẵng lên đường sang Lào',
          'Sáng 3/5, đoàn đại biểu thành phố Đà Nẵng đã đáp chuyến bay QV402 sang Thủ đô Viêng Chăn để thăm và làm việc.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-DN>LA-VT']);
  });
});

describe('a state visit named by its epithets in either order', () => {
  it('"chuyến thăm hữu nghị chính thức nước CHDCND Lào của Tổng Bí thư …": the owner\'s trip to the capital', () => {
    expect(
      visits(
        [
          'Quan hệ hai nước lên tầm cao mới',
          'Chuyến thăm của ông X diễn ra ngay sau chuyến thăm hữu nghị chính thức nước Cộng hòa Dân chủ Nhân dân Lào của Tổng Bí thư Nguyễn Văn A hồi tháng 6-2011.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"chuyến thăm chính thức hữu nghị …", the order read before, still gives it', () => {
    expect(
      visits(
        [
          'Quan hệ hai nước lên tầm cao mới',
          'Chuyến thăm của ông X diễn ra ngay sau chuyến thăm chính thức hữu nghị nước Cộng hòa Dân chủ Nhân dân Lào của Tổng Bí thư Nguyễn Văn A hồi tháng 6-2011.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe("the headline's label as the place of a site", () => {
  it('"Ninh Bình: …" over a state leader\'s visit to a pagoda that names no province', () => {
    expect(
      visits(
        [
          'Ninh Bình: Chủ tịch nước Lào thăm chùa Bái Đính',
          'Sáng 6/7, Chủ tịch nước CHDCND Lào cùng Phu nhân và Đoàn đại biểu cấp cao Lào đã đến thăm và dâng hương tại chùa Bái Đính.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-18']);
  });

  it("gives no trip to a label of the traveller's own country, nor to a visit still planned", () => {
    expect(
      visits(
        [
          'Luang Prabang: Thủ tướng Lào thăm chùa Xiêng Thoong',
          'Sáng 6/7, Thủ tướng Lào đã đến thăm và dâng hương tại chùa Xiêng Thoong.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
    expect(
      visits(
        [
          'Ninh Bình: Chủ tịch nước Lào sẽ thăm chùa Bái Đính',
          'Theo chương trình, Chủ tịch nước CHDCND Lào sẽ đến thăm và dâng hương tại chùa Bái Đính.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('two countries\' bodies joined by "cùng" hold an event', () => {
  it('"Bộ … Việt Nam cùng Bộ … Lào đã tổ chức Lễ bế mạc … tại Thủ đô Vientiane": the Vietnamese ministry came', () => {
    expect(
      visits(
        [
          'Bế mạc Tuần phim Việt Nam tại Lào',
          'Tối 6/12, Bộ Văn hóa, Thể thao và Du lịch Việt Nam cùng Bộ Văn hóa và Du lịch Lào đã tổ chức Lễ bế mạc Tuần phim Việt Nam tại Cung Văn hóa Quốc gia Lào, Thủ đô Vientiane.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it("gives nothing where the two bodies are of the venue's own country", () => {
    expect(
      visits(
        [
          'Khai mạc Tuần phim tại Lào',
          'Tối 6/12, Bộ Văn hóa và Du lịch Lào cùng Đài Truyền hình Quốc gia Lào đã tổ chức Lễ khai mạc Tuần phim tại Thủ đô Vientiane.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe("a roll that names one place's departments places the event", () => {
  it('"Dự lễ … có …, Thứ trưởng Bộ Ngoại giao Việt Nam; đại diện các sở, ngành của Thủ đô Vientiane"', () => {
    expect(
      visits(
        [
          'Khai giảng năm học mới tại Trường Song ngữ Nguyễn Du',
          'Thầy và trò nhà trường vừa bước vào năm học mới với nhiều kỳ vọng.',
          'Dự lễ khai giảng có bà A, Thứ trưởng Bộ Giáo dục và Thể thao Lào; bà B, Thứ trưởng Bộ Ngoại giao Việt Nam; đại diện các sở, ngành của Thủ đô Vientiane cùng đông đảo phụ huynh.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('reads no place from departments of two places, nor from a roll of a past event', () => {
    expect(
      visits(
        [
          'Khai giảng năm học mới tại Trường Song ngữ Nguyễn Du',
          'Thầy và trò nhà trường vừa bước vào năm học mới với nhiều kỳ vọng.',
          'Dự lễ khai giảng có bà B, Thứ trưởng Bộ Ngoại giao Việt Nam; đại diện các sở, ngành của tỉnh Champasak và đại diện các sở, ngành của tỉnh Salavan.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});

describe('the departments as an item of the roll after a semicolon', () => {
  it('"…; các sở, ban, ngành của tỉnh Thái Nguyên; đoàn đại biểu Bộ Giáo dục và Thể thao Lào"', () => {
    expect(
      visits(
        [
          'Chung kết hùng biện tiếng Việt cho lưu học sinh Lào',
          'Dự đêm chung kết có ông A, Bộ trưởng Bộ Giáo dục và Đào tạo; đại diện Trung ương Đoàn; các sở, ban, ngành của tỉnh Thái Nguyên; đoàn đại biểu Bộ Giáo dục và Thể thao Lào.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-69']);
  });
});

describe('what a road is for', () => {
  it('"… đây là con đường ngắn nhất để sang A du lịch": nobody\'s trip', () => {
    expect(
      visits(
        [
          'Khám phá tỉnh Bolikhamxay',
          'Với người dân tỉnh Bolikhamxay, đây cũng là con đường ngắn nhất để sang Hà Tĩnh, Nghệ An du lịch và tắm biển.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('a delegation on the road still travels', () => {
    expect(
      visits(
        [
          'Đoàn Bolikhamxay thăm Hà Tĩnh',
          'Sáng 5/3, đoàn đại biểu tỉnh Bolikhamxay theo con đường số 8 để sang thăm và làm việc tại tỉnh Hà Tĩnh.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-BL>VN-23']);
  });
});

describe('two states named in full after "hai nước"', () => {
  it('"Văn phòng Chính phủ hai nước Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa Dân chủ Nhân dân Lào … tổ chức tại Nghệ An"', () => {
    expect(
      visits(
        [
          'Hội thảo về công tác tham mưu',
          'Sáng 5/9, Văn phòng Chính phủ hai nước Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa Dân chủ Nhân dân Lào đã phối hợp tổ chức tại Nghệ An hội thảo về công tác tham mưu.',
        ].join('\n\n'),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });
});

describe("a state visit's inviter in the clause after it", () => {
  it('"Nằm trong khuôn khổ chuyến thăm hữu nghị chính thức Cộng hòa Dân chủ Nhân dân Lào, nhận lời mời của Chủ tịch Quốc hội Lào X, sáng 26/9, Chủ tịch Quốc hội Y đã rời Hà Nội": Vietnam\'s trip, not the inviter\'s', () => {
    expect(
      visits(
        [
          'Tin đối ngoại',
          'Nằm trong khuôn khổ chuyến thăm hữu nghị chính thức Cộng hòa Dân chủ Nhân dân Lào, nhận lời mời của Chủ tịch Quốc hội Lào Xay Sổm Phon, sáng 26/9, Chủ tịch Quốc hội Trần Thị B đã rời Hà Nội.',
        ].join('\n\n'),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});
