// Rules the twenty-ninth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('"…, tại thành phố A, tỉnh B." closing the sentence: the meeting\'s venue, however far', () => {
  const received =
    'Chiều 2/11, Phó Thủ tướng Việt Nam Trần Văn Minh và Phó Thủ tướng nước CHDCND Lào Bounthong Chitmany đã cùng tiếp kiến các đại biểu đến từ nhiều địa phương của hai nước, tại thành phố Quy Nhơn, tỉnh Bình Định.';
  it("a foreign co-host received guests there: his country's trip", () => {
    expect(visits(article(received))).toEqual(['LA-VT*>VN-31']);
  });
});

describe('"Có mặt tại buổi tiếp, phía bạn Lào có …": a side\'s roll after the occasion', () => {
  const lead =
    'Sáng 5/3, lãnh đạo tỉnh Bình Định đã tiếp kiến đại biểu các địa phương tại thành phố Quy Nhơn.';
  it("the provinces on the side's roll came to the venue", () => {
    expect(
      visits(
        article(
          lead,
          'Có mặt tại buổi tiếp kiến, phía bạn Lào có các tỉnh trưởng của 3 tỉnh thuộc khu vực Nam Lào (Attapeu, Salavan và Sê Kông).',
        ),
      ),
    ).toEqual(['LA-AT>VN-31', 'LA-SL>VN-31', 'LA-XE>VN-31']);
  });

  it('a side named deep in the sentence opens no roll', () => {
    expect(
      visits(
        article(
          lead,
          'Tại buổi tiếp, ông Nguyễn Văn Nam cho biết trong nhiều năm qua tỉnh đã hợp tác với các tỉnh Attapeu và Salavan, phía bạn Lào có nhiều đóng góp.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"các tỉnh Nam Lào" signing: the region\'s provinces, not every Lao province named', () => {
  const roll =
    'Dự hội nghị tại thành phố Quy Nhơn có lãnh đạo 5 tỉnh Trung và Nam Lào: Attapeu, Champasak, Salavan, Khăm Muộn và Savannakhet.';
  it('pairs the signer with the southern provinces only', () => {
    expect(
      sisters(
        article(
          roll,
          'Đến nay, tỉnh Bình Định và các tỉnh Nam Lào đã ký biên bản ghi nhớ hợp tác.',
        ),
      ).sort(),
    ).toEqual(['LA-AT|VN-31', 'LA-CH|VN-31', 'LA-SL|VN-31']);
  });

  it('a region none of the named provinces lies in keeps them all', () => {
    expect(
      sisters(
        article(
          'Dự hội nghị tại thành phố Quy Nhơn có lãnh đạo 2 tỉnh Attapeu và Salavan.',
          'Đến nay, tỉnh Bình Định và các tỉnh Bắc Lào đã ký biên bản ghi nhớ hợp tác.',
        ),
      ).sort(),
    ).toEqual(['LA-AT|VN-31', 'LA-SL|VN-31']);
  });
});

describe('"Đoàn … đã thực hiện nhiều hoạt động tại B": a delegation\'s work where it went', () => {
  it('the delegation travelled to the foreign place it worked in', () => {
    expect(
      visits(
        article(
          'Đoàn công tác 25 đoàn viên thanh niên Công an tỉnh Quảng Nam đã thực hiện nhiều hoạt động thiện nguyện tại xã Trà Linh (Quảng Nam) và tại huyện Đắc Chưng, tỉnh Sê Kông (Lào).',
        ),
      ),
    ).toEqual(['VN-27>LA-XE']);
  });

  it('activities only named, not done there, make no venue', () => {
    expect(
      visits(
        article(
          'Trong khuôn khổ các hoạt động kỷ niệm 60 năm quan hệ ngoại giao, đoàn đại biểu tỉnh Kiên Giang đã đến tỉnh Kampot.',
        ),
      ),
    ).toEqual(['VN-47>KH-7']);
    expect(
      visits(
        article(
          'Theo ông Trần Văn Bình, các hoạt động này của tỉnh Kiên Giang nhằm giúp kiều bào đang sinh sống tại tỉnh Kampot.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"tại cửa khẩu X, đoàn công tác của tỉnh … đã bàn giao … cho … tỉnh B": the home delegation went out', () => {
  const lines = (subject: string) =>
    [
      'Thừa Thiên Huế trao thiết bị y tế cho hai tỉnh Salavan, Sê Kông',
      `TTH.VN - Ngày 9/8, tại cửa khẩu A Đớt, ${subject} đã bàn giao 20 máy thở cho đại diện lãnh đạo hai tỉnh Salavan và Sê Kông (Lào).`,
      'Để giúp hai tỉnh bạn chống dịch, tỉnh Thừa Thiên Huế đã trao 20 máy thở.',
    ].join('\n');
  it("the paper's province is no presumed venue the recipients came to", () => {
    expect(visits(lines('đoàn công tác của tỉnh do ông Trần Văn Hải dẫn đầu'))).toEqual([]);
  });
});

describe('"đã có mặt tại Cửa khẩu X, tỉnh A để bàn giao … hỗ trợ … tỉnh B": present at home, no trip to B', () => {
  const present = (where: string) =>
    article(
      `Vừa qua, đoàn công tác của Bộ Chỉ huy Quân sự tỉnh Quảng Trị do Đại tá Phan Văn Long dẫn đầu đã có mặt tại ${where} để bàn giao 50 giường bệnh hỗ trợ Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào).`,
    );
  it('the errand names no destination of the delegation', () => {
    expect(visits(present('Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị'))).not.toContain(
      'VN-25>LA-SV',
    );
  });

  it('present at a place abroad, the delegation went there', () => {
    expect(visits(present('thành phố Kaysone Phomvihane, tỉnh Savannakhet'))).toEqual([
      'VN-25>LA-SV',
    ]);
  });
});

describe('"Tại Cửa khẩu X (A), … đã trao cho … tỉnh B": recipients at a border gate come to no place', () => {
  it('the recipients of aid handed over at the gate made no sure trip', () => {
    expect(
      visits(
        article(
          'Tại Cửa khẩu quốc tế La Lay (Quảng Trị) ngày 20-4, Công an tỉnh Thừa Thiên - Huế đã trao cho Công an hai tỉnh Salavan và Sê Kông (Lào) 5.000 khẩu trang.',
        ),
      ),
    ).toEqual([]);
  });

  it('a foreign giver at the gate came to it', () => {
    expect(
      visits(
        article(
          'Tại Cửa khẩu quốc tế Cầu Treo (Hà Tĩnh) ngày 20-4, đoàn công tác tỉnh Khăm Muộn (Lào) đã trao cho tỉnh Hà Tĩnh 20 tấn gạo.',
        ),
      ),
    ).toEqual(['LA-KH>VN-23']);
  });
});

describe('"Đội K53 tỉnh A tiến hành tìm kiếm, quy tập tại tỉnh B": a search team worked where it searched', () => {
  it('the team of A travelled to the province it searched in', () => {
    expect(
      visits(
        article(
          'Ở nước bạn Lào, Đội K53 tỉnh Kon Tum tiến hành tìm kiếm, quy tập tại tỉnh Chăm Pa Sắc.',
        ),
      ),
    ).toEqual(['VN-28>LA-CH']);
  });

  it('a search without a team, or one still to come, is no trip', () => {
    expect(
      visits(
        article(
          'Công tác tìm kiếm, quy tập tại tỉnh Chăm Pa Sắc của tỉnh Kon Tum gặp nhiều khó khăn.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(
        article(
          'Mùa khô tới, Đội K53 tỉnh Kon Tum sẽ tiến hành tìm kiếm, quy tập tại tỉnh Chăm Pa Sắc.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"Phát biểu tại buổi lễ, ông X, Phó Tổng Giám đốc Đài …": a national body\'s head named after his form of address', () => {
  const lead =
    'Ngày 20/1, lễ khánh thành Đài phát thanh tỉnh Xaysomboun đã diễn ra tại tỉnh Xaysomboun, Lào.';
  it("the speaker's body came to the ceremony", () => {
    expect(
      visits(
        article(
          lead,
          'Phát biểu tại buổi lễ, ông Trần Văn Minh, Phó Tổng Giám đốc Đài Tiếng nói Việt Nam, khẳng định công trình là biểu tượng của tình hữu nghị.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-XS']);
  });

  it("a provincial official's address names no national body", () => {
    expect(
      visits(
        article(
          lead,
          'Phát biểu tại buổi lễ, ông Khamphan Sengdala, Phó Giám đốc Sở Thông tin tỉnh, khẳng định công trình có ý nghĩa lớn.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"… 55 năm hai tỉnh A – B ký kết hợp tác", "quan hệ … giữa hai tỉnh A – B": no side that came', () => {
  it('an anniversary or a relationship spoken of at the venue names the pair, no guest', () => {
    expect(
      visits(
        article(
          'Nhân dịp kỷ niệm 55 năm hai tỉnh Thanh Hóa – Hủa Phăn ký kết hợp tác, ngày 24/8, tại Thanh Hóa, sinh viên nhà trường tham gia lễ khai mạc tuần lễ trưng bày ảnh về quan hệ hữu nghị, hợp tác giữa hai nước và giữa hai tỉnh Thanh Hóa – Hủa Phăn.',
        ),
      ),
    ).toEqual([]);
  });

  it('the sides of a meeting between two provinces still came', () => {
    expect(
      visits(
        article('Ngày 24/8, tại Thanh Hóa, đã diễn ra hội đàm giữa hai tỉnh Thanh Hóa – Hủa Phăn.'),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});
