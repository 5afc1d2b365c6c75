// Rules the fifty-fourth session's helper T drew from the probes' misreadings (education and health
// ties).
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a roll naming a province’s leader by title where the article placed nothing', () => {
  it('"Dự lễ có Tỉnh trưởng B, …; Thứ trưởng Bộ … Việt Nam …": the minister came to B', () => {
    expect(
      visits(
        'Khởi công nhà văn hóa hữu nghị\n\nDự án do Bộ Văn hóa Việt Nam tài trợ toàn bộ.\nTới dự lễ động thổ có Phó Tỉnh trưởng Khammuan, ông Bun Mi; Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Việt Nam Lê Văn B và nhiều khách mời.',
      ),
    ).toEqual(['VN-HN*>LA-KH']);
  });

  it('"Bí thư, Tỉnh trưởng tỉnh B" before the foreign ministry on the roll', () => {
    expect(
      visits(
        'Khánh thành trạm y tế\n\nDự lễ khánh thành có Bí thư, Tỉnh trưởng tỉnh Attapeu, ông Kham Phan; Thứ trưởng Bộ Y tế Việt Nam Nguyễn Văn C.',
      ),
    ).toEqual(['VN-HN*>LA-AT']);
  });

  it('a roll of both sides’ leaders names the other province: no venue from it', () => {
    expect(
      visits(
        'Ký kết hợp tác\n\nDự lễ ký kết có ông Sôm Phon, Tỉnh trưởng tỉnh Attapeu và ông Lê Văn D, Chủ tịch UBND tỉnh Kon Tum, cùng lãnh đạo các sở của hai tỉnh.',
      ),
    ).toEqual([]);
  });

  it('the province’s leader beside his own country’s ministry: nobody crossed a border', () => {
    expect(
      visits(
        'Khởi công trường học\n\nDự lễ khởi công có Tỉnh trưởng Khammuan, ông Bun Mi; Thứ trưởng Bộ Giáo dục và Thể thao Lào Kham Xay.',
      ),
    ).toEqual([]);
  });
});

describe('a trip’s destination named as such ("điểm đến … là B")', () => {
  it('the travellers in the sentence before, their trip told by "sang"', () => {
    expect(
      visits(
        'Khám bệnh vùng biên\n\nĐây là lần thứ hai các y sĩ của Hội Chữ thập đỏ tỉnh Gia Lai sang Campuchia. Điểm đến lần này là huyện Bar Kaev thuộc tỉnh Ratanakiri.',
      ),
    ).toEqual(['VN-30>KH-16']);
  });

  it('the travellers in the same sentence ("…, và điểm đến là tỉnh B")', () => {
    expect(
      visits(
        'Mùa hè tình nguyện\n\nNăm nay, Đoàn thanh niên tỉnh Quảng Ngãi tổ chức một chuyến tình nguyện ra nước ngoài, và điểm đến là tỉnh Attapeu (Lào).',
      ),
    ).toEqual(['VN-29>LA-AT']);
  });

  it('a place praised as a tourist destination is no trip’s end', () => {
    expect(
      visits(
        'Du lịch ba nước\n\nĐoàn doanh nghiệp tỉnh Quảng Ngãi đã làm việc tại Đà Nẵng. Tỉnh Attapeu là điểm đến hấp dẫn của du khách.',
      ),
    ).toEqual([]);
  });

  it('a commune named like a province is not the destination', () => {
    expect(
      visits(
        'Đoàn Lào thăm Tuyên Quang\n\nĐoàn công tác của tỉnh Bokeo đã sang thăm huyện Yên Sơn. Điểm đến đầu tiên của đoàn là xã Thái Bình, huyện Yên Sơn.',
      ),
    ).not.toContain('LA-BK>VN-20');
  });
});

describe('the paper’s own national body unmarked on a roll abroad', () => {
  it('"Dự buổi lễ có X, Trưởng Ban … Trung ương; Y, Phó Thủ tướng Chính phủ Lào" in a Lao province', () => {
    expect(
      visits(
        'Khởi công trường đào tạo cán bộ\n\nSáng 9/10, lễ khởi công trường đã được tổ chức tại tỉnh Salavan (Lào).\nDự buổi lễ có ông Trần Văn E, Ủy viên Trung ương Đảng, Trưởng Ban Tổ chức Trung ương; ông Bun Khăm, Phó Thủ tướng Chính phủ Lào, cùng chính quyền địa phương.',
      ),
    ).toEqual(['VN-HN*>LA-SL']);
  });

  it('at home in Vietnam the unmarked body has gone nowhere', () => {
    expect(
      visits(
        'Hội thảo hợp tác đào tạo\n\nSáng 9/10, hội thảo đã được tổ chức tại tỉnh Nghệ An.\nDự hội thảo có ông Trần Văn E, Trưởng Ban Tổ chức Trung ương; ông Bun Khăm, Phó Thủ tướng Chính phủ Lào.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('a roll of unmarked bodies alone names no country to set them against', () => {
    expect(
      visits(
        'Khởi công trường\n\nSáng 9/10, lễ khởi công trường đã được tổ chức tại tỉnh Salavan (Lào).\nDự buổi lễ có ông Trần Văn E, Trưởng Ban Tổ chức Trung ương, cùng chính quyền địa phương.',
      ),
    ).toEqual([]);
  });
});

describe('helper Y: guards on the destination and the unmarked body', () => {
  it('guard: a coach route’s "điểm đến cuối cùng" is no delegation’s trip', () => {
    expect(
      visits(
        'Khai trương tuyến xe\n\nSáng 2/5, tuyến xe khách quốc tế xuất phát từ TP Hồ Chí Minh chạy sang Campuchia. Điểm đến cuối cùng là thủ đô Phnom Penh.',
      ),
    ).toEqual([]);
  });

  it('guard: a flight’s destination is no delegation’s trip', () => {
    expect(
      visits(
        'Đường bay mới\n\nHãng hàng không mở chuyến bay thẳng từ Hà Nội. Điểm đến là Luang Prabang, cố đô của Lào.',
      ),
    ).toEqual([]);
  });

  it('guard: tourists’ favourite destination is no delegation’s trip', () => {
    expect(
      visits(
        'Du lịch Tết\n\nDịp Tết, nhiều du khách TP Hồ Chí Minh chọn sang Campuchia du xuân. Điểm đến năm nay là Siem Reap với quần thể Angkor.',
      ),
    ).toEqual([]);
  });

  it('guard: an unmarked minister after the host country’s marked one is the host’s colleague', () => {
    expect(
      visits(
        'Khánh thành công trình\n\nSáng 2/12, lễ khánh thành bệnh viện đã được tổ chức tại tỉnh Hủa Phăn (Lào).\nDự buổi lễ có ông Bun Khăm, Phó Thủ tướng Chính phủ Lào; ông Phết, Bộ trưởng Bộ Y tế; cùng đại diện tỉnh Thanh Hóa.',
      ),
    ).toEqual(['VN-21>LA-HO']);
  });

  it('an unmarked body after the host’s, held by a Vietnamese name, is still Vietnam’s', () => {
    expect(
      visits(
        'Khởi công trường\n\nSáng 9/10, lễ khởi công trường đã được tổ chức tại tỉnh Salavan (Lào).\nDự buổi lễ có ông Bun Khăm, Phó Thủ tướng Chính phủ Lào; ông Trần Văn E, Trưởng Ban Tổ chức Trung ương; cùng chính quyền địa phương.',
      ),
    ).toEqual(['VN-HN*>LA-SL']);
  });
});
