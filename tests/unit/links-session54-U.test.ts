// Rules the fifty-fourth session's helper U drew from news of culture, youth, tourism and people on
// the move across the border.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('how long a route takes', () => {
  it('"Từ A sang B chỉ mất nửa ngày" in a worker’s words tells the way, not a trip', () => {
    expect(
      visits(
        'Sang Lào làm thuê\n\n"Qua Lào gần hơn vào Nam. Từ Hà Tĩnh sang Viêng Chăn chỉ mất nửa ngày đi xe, bên đó dễ tìm việc", anh Lê Văn Hùng (30 tuổi, quê huyện Hương Sơn, Hà Tĩnh) cho biết.',
      ),
    ).toEqual([]);
  });

  it('a delegation that goes "từ A sang B, mất gần 6 giờ" still made the trip', () => {
    expect(
      visits(
        'Lên đường\n\nSáng 3/5, đoàn đại biểu tỉnh Hà Tĩnh đi từ thành phố Hà Tĩnh sang tỉnh Bolikhamxay, mất gần 6 giờ.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });
});

describe('a volunteers’ trip named by its noun', () => {
  it('"Chuyến thiện nguyện … của Hội … tỉnh A tại tỉnh B": the club went to B', () => {
    expect(
      visits(
        'Mùa hè ý nghĩa\n\nChuyến thiện nguyện mùa hè của Hội Thầy thuốc trẻ tỉnh Quảng Ngãi tại tỉnh Sê Kông (Lào) đã kết thúc tốt đẹp.',
      ),
    ).toEqual(['VN-29>LA-XE']);
  });

  it('"sẽ thực hiện chuyến tình nguyện tại tỉnh B" is a plan', () => {
    expect(
      visits(
        'Kế hoạch hè\n\nHội Thầy thuốc trẻ tỉnh Quảng Ngãi sẽ thực hiện chuyến tình nguyện tại tỉnh Sê Kông vào tháng 8.',
      ),
    ).toEqual([]);
  });

  it('"Chuyến tình nguyện … tại tỉnh B sẽ diễn ra / dự kiến kéo dài …": the plan follows the noun', () => {
    expect(
      visits(
        'Tình nguyện hè\n\nChuyến tình nguyện của sinh viên Trường Đại học Vinh tỉnh Nghệ An tại tỉnh Xiêng Khoảng sẽ diễn ra từ ngày 10 đến 25/7.',
      ),
    ).toEqual([]);
    expect(
      visits(
        'Tình nguyện hè\n\nChuyến thiện nguyện của Hội Thầy thuốc trẻ tỉnh Quảng Ngãi tại tỉnh Sê Kông dự kiến diễn ra vào tháng 8.',
      ),
    ).toEqual([]);
  });
});

describe('present at the sights of a province', () => {
  it('"có mặt tại các điểm du lịch … của tỉnh B": "các" before a place’s word', () => {
    expect(
      visits(
        'Khảo sát tour\n\nĐoàn doanh nghiệp lữ hành tỉnh Quảng Ngãi đã có mặt tại các điểm du lịch nổi tiếng của tỉnh Champasak.',
      ),
    ).toEqual(['VN-29>LA-CH']);
  });

  it('"Có mặt tại các buổi lễ có …" names who attended', () => {
    expect(
      visits('Lễ kỷ niệm\n\nCó mặt tại các buổi lễ có lãnh đạo tỉnh Quảng Ngãi và tỉnh Champasak.'),
    ).toEqual([]);
  });
});

describe('a delegation of doctors', () => {
  it('"Đoàn y, bác sĩ tỉnh A đã đến với tỉnh B": the comma of "y, bác sĩ" ends no clause', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nĐoàn y, bác sĩ tỉnh Quảng Ngãi đã đến với tỉnh Sê Kông, khám bệnh cho 500 người dân.',
      ),
    ).toEqual(['VN-29>LA-XE']);
  });

  it('"thu hút y, bác sĩ và du khách đến với tỉnh B" names no delegation', () => {
    expect(
      visits('Hội chợ\n\nHội chợ thu hút y, bác sĩ và du khách đến với tỉnh Sê Kông.'),
    ).toEqual([]);
  });
});

describe('firms named with their seats', () => {
  it('"đại diện các công ty lữ hành tại A1, A2 và A3 đã thăm B": every seat is a home', () => {
    expect(
      visits(
        'Kết nối tour\n\nĐại diện 20 công ty lữ hành tại Quảng Ngãi, Bình Định và Phú Yên đã thăm tỉnh Attapeu trong hai ngày.',
      ),
    ).toEqual(['VN-29>LA-AT', 'VN-31>LA-AT', 'VN-32>LA-AT']);
  });

  it('"Tại công ty … ở tỉnh B, đoàn … tỉnh A đã thăm …": B before the trip is still where it went', () => {
    expect(
      visits(
        'Làm việc với doanh nghiệp\n\nTại công ty cao su ở tỉnh Champasak, đoàn công tác tỉnh Quảng Ngãi đã thăm nhà máy chế biến mủ.',
      ),
    ).toEqual(['VN-29>LA-CH']);
  });
});

describe('a date, not a route, after "Từ"', () => {
  it('"Từ ngày 2/3 đoàn … tỉnh A sang tỉnh B mất hai ngày đường" is the delegation’s trip', () => {
    expect(
      visits(
        'Lên đường\n\nTừ ngày 2/3 đoàn công tác tỉnh Quảng Ngãi sang tỉnh Attapeu mất hai ngày đường.',
      ),
    ).toEqual(['VN-29>LA-AT']);
  });
});
