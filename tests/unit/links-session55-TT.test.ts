// Rules the fifty-fifth session's helper TT drew from the probes' misreadings (aid, media and
// religious delegations).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a delegation named with its companions', () => {
  it('", đồng hành có đại diện <Lao ministry>, …": the central body before it travels', () => {
    expect(
      visitsOf(
        'Khảo sát\n\nSáng 12/4, Đoàn Ban Tôn giáo Chính phủ, đồng hành có đại diện Bộ Nội vụ Lào và Đại sứ quán, đã đến tỉnh Bolikhamxay và tỉnh Khammouane.',
      ),
    ).toEqual(['VN-HN*>LA-BL', 'VN-HN*>LA-KH']);
  });

  it('", tháp tùng còn có đại diện <Lao embassy>": the same', () => {
    expect(
      visitsOf(
        'Công tác\n\nNgày 9/11, đoàn công tác Chính phủ, tháp tùng còn có đại diện Đại sứ quán Lào, đã đến tỉnh Luang Prabang.',
      ),
    ).toEqual(['VN-HN*>LA-LP']);
  });

  it('guard: a Lao body that leads, "cùng đi có" a Vietnamese one, still travels from Laos', () => {
    expect(
      visitsOf(
        'Thăm Việt Nam\n\nNgày 2/6, đoàn Trung ương Liên minh Phật giáo Lào, cùng đi có đại diện Ban Tôn giáo Chính phủ Việt Nam, đã đến tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });

  it('guard (VV): companions from abroad who come to the lead’s own country are the guests', () => {
    expect(
      visitsOf(
        'Khảo sát di tích\n\nNgày 12/4, Đoàn Ban Tôn giáo Chính phủ, đồng hành có đại diện Bộ Nội vụ Lào, đã đến tỉnh Quảng Bình để khảo sát.',
      ),
    ).toEqual(['LA-VT*>VN-24']);
  });
  it('guard: "đồng hành cùng …" as a verb is no companion clause', () => {
    expect(
      visitsOf(
        'Hỗ trợ\n\nNgày 5/3, đoàn Bộ Y tế Lào, đồng hành cùng các chuyên gia, đã đến tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });
});

describe('an event held between two sides, then its venue', () => {
  it('"… diễn ra giữa Bộ … Lào và Thông tấn xã Việt Nam …, tại tỉnh B": the news agency came', () => {
    expect(
      visitsOf(
        'Hợp tác thông tin\n\nLễ ký kết biên bản hợp tác diễn ra giữa Bộ Thông tin, Văn hóa và Du lịch Lào và Thông tấn xã Việt Nam (TTXVN) vào sáng 14/5, tại tỉnh Luang Namtha.',
      ),
    ).toEqual(['VN-HN*>LA-LM']);
  });

  it('a national broadcaster as the foreign side of "giữa"', () => {
    expect(
      visitsOf(
        'Làm việc\n\nBuổi làm việc diễn ra giữa Bộ Y tế Campuchia và Đài Truyền hình Việt Nam vào chiều 2/8, tại tỉnh Kampot.',
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('a province’s body named between the verb and the venue came to it', () => {
    expect(
      visitsOf(
        'Ký kết\n\nBuổi ký kết diễn ra giữa Sở Thông tin, Văn hóa và Du lịch tỉnh Khammouane và Đài Phát thanh - Truyền hình Quảng Bình vào ngày 3/4, tại tỉnh Khammouane.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('guard: "diễn ra giữa tháng 12" is a time, no sides', () => {
    expect(
      visitsOf(
        'Hội chợ\n\nHội chợ thương mại diễn ra giữa tháng 12 năm ngoái, tại tỉnh Champasak.',
      ),
    ).toEqual([]);
  });

  it('guard (VV): a news agency’s bureau posted in the host country came from nowhere', () => {
    expect(
      visitsOf(
        'Hợp tác\n\nLễ ký kết diễn ra giữa Bộ Thông tin, Văn hóa và Du lịch Lào và Phân xã Thông tấn xã Việt Nam tại Viêng Chăn vào sáng 14/5, tại tỉnh Vientiane.',
      ),
    ).toEqual([]);
  });
  it('guard (VV): a broadcaster’s resident office in the host country came from nowhere', () => {
    expect(
      visitsOf(
        'Hợp tác\n\nLễ ký kết diễn ra giữa Bộ Thông tin, Văn hóa và Du lịch Lào và Cơ quan thường trú Đài Tiếng nói Việt Nam tại Lào vào sáng 14/5, tại Thủ đô Viêng Chăn.',
      ),
    ).toEqual([]);
  });
  it('guard: both sides of the host country, none came from abroad', () => {
    expect(
      visitsOf(
        'Làm việc\n\nCuộc gặp diễn ra giữa Bộ Y tế Lào và Đài Phát thanh Quốc gia Lào vào ngày 4/4, tại tỉnh Bokeo.',
      ),
    ).toEqual([]);
  });
});

describe('a ceremony of a province’s, held abroad, after its time or a site tag', () => {
  it('"Sáng 12/9, lễ trao quà của tỉnh A cho … đã diễn ra tại tỉnh B": A came to B', () => {
    expect(
      visitsOf(
        'Trao quà\n\nSáng 12/9, lễ trao quà của tỉnh Tây Ninh cho các gia đình khó khăn đã diễn ra tại tỉnh Svay Rieng.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('"Baotayninh.vn - Sáng 12/9, lễ trao tặng học bổng khuyến học của tỉnh A …": past the tag', () => {
    expect(
      visitsOf(
        'Học bổng\n\nBaotayninh.vn - Sáng 12/9, lễ trao tặng học bổng khuyến học của tỉnh Tây Ninh cho học sinh nghèo đã diễn ra ở tỉnh Svay Rieng.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('guard (VV): "lễ tốt nghiệp cho lưu học sinh của tỉnh A": the students’ province, not the ceremony’s', () => {
    expect(
      visitsOf(
        'Tốt nghiệp\n\nSáng 20/6, lễ tốt nghiệp cho lưu học sinh của tỉnh Savannakhet đã diễn ra tại Trường Đại học Quảng Bình, tỉnh Quảng Bình.',
      ),
    ).toEqual([]);
  });
  it('guard: a ceremony still to be held ("sẽ diễn ra") is no visit', () => {
    expect(
      visitsOf(
        'Trao quà\n\nSáng 12/9, lễ trao quà của tỉnh Tây Ninh cho các gia đình khó khăn sẽ diễn ra tại tỉnh Svay Rieng.',
      ),
    ).toEqual([]);
  });
});
