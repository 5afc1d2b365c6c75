// Shapes from the sixty-fourth session's blind sets: each sentence is our own, in the shape news uses.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

const doc = (...lines: string[]) => lines.join('\n\n');

describe('a list of guests with a place in brackets after one of them', () => {
  it('"Đoàn … Công đoàn thành phố A (tỉnh A\'), Công đoàn tỉnh B … tại C": A and B came, not A\'', () => {
    expect(
      visits(
        doc(
          'Giao lưu công đoàn hai nước',
          'Công đoàn thành phố Đà Nẵng vui mừng được đón tiếp Đoàn đại biểu Công đoàn thành phố Viêng Chăn (tỉnh Viêng Chăn), Công đoàn tỉnh Xiêng Khoảng nhân chuyến công tác của đoàn tại thành phố Đà Nẵng.',
        ),
      ),
    ).toEqual(['LA-VT>VN-DN', 'LA-XI>VN-DN']);
  });

  it('without the brackets the list reads the same', () => {
    expect(
      visits(
        doc(
          'Giao lưu công đoàn hai nước',
          'Công đoàn thành phố Đà Nẵng vui mừng được đón tiếp Đoàn đại biểu Công đoàn thành phố Viêng Chăn, Công đoàn tỉnh Xiêng Khoảng nhân chuyến công tác của đoàn tại thành phố Đà Nẵng.',
        ),
      ),
    ).toEqual(['LA-VT>VN-DN', 'LA-XI>VN-DN']);
  });
});

describe('an event whose lead lists, in a trailing clause, the countries that took part', () => {
  it('"… khai mạc tại B, với sự tham gia của lực lượng … 6 nước gồm …, Campuchia, …": Cambodia came to B', () => {
    expect(
      visits(
        doc(
          'Giao lưu lực lượng thực thi pháp luật trên biển',
          'Sáng 9/10, Chương trình giao lưu hữu nghị lần thứ nhất đã khai mạc tại Đà Nẵng, với sự tham gia của lực lượng thực thi pháp luật trên biển 6 nước gồm Nhật Bản, Campuchia, Thái Lan, Indonesia, Philippines và Việt Nam.',
        ),
      ),
    ).toEqual(['KH-12*>VN-DN']);
  });

  it('"…, với sự tham gia của các đoàn đến từ Lào, Campuchia": each came', () => {
    expect(
      visits(
        doc(
          'Hội thao quân sự',
          'Ngày 3/5, Hội thao khai mạc tại Hà Nội, với sự tham gia của các đoàn vận động viên đến từ Lào, Campuchia và Myanmar.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN', 'KH-12*>VN-HN']);
  });

  it('the same clause in the next sentence reads too ("với sự tham gia của", as "tham dự")', () => {
    expect(
      visits(
        doc(
          'Hội thao quân sự',
          'Ngày 3/5, Hội thao khai mạc tại Hà Nội.',
          'Hội thao kéo dài 4 ngày, với sự tham gia của các đoàn đại biểu Lào và Campuchia.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN', 'KH-12*>VN-HN']);
  });

  it('not delegates "đến từ Việt Nam và Lào" with no delegation: people who may live here', () => {
    expect(
      visits(
        doc(
          'Đại hội Hội hữu nghị',
          'Sáng 30/8, tại Hà Nội, Hội Hữu nghị thành phố đã khai mạc Đại hội lần thứ IV, với sự tham dự của hơn 100 đại biểu đến từ Việt Nam và Lào.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a country named in the purpose of a trip', () => {
  it('"… thăm và làm việc với X để tìm hiểu …, vận dụng vào thực tiễn ở Lào": Laos is no destination', () => {
    expect(
      visits(
        doc(
          'Công đoàn hai nước trao đổi kinh nghiệm',
          'Nhân dịp này, Đoàn đã tới chào xã giao Tổng Liên đoàn Lao động Việt Nam; đồng thời thăm và làm việc với Công đoàn Bộ Tư pháp để tìm hiểu cách làm, vận dụng vào thực tiễn ở Lào.',
        ),
      ),
    ).toEqual([]);
  });

  it('but a trip told after "để" still goes there: "… lên đường để sang Lào"', () => {
    expect(
      visits(
        doc(
          'Bộ Y tế cử đoàn hỗ trợ',
          'Sáng 2/8, đoàn chuyên gia của Bộ Y tế Việt Nam đã lên đường để sang Lào hỗ trợ phòng chống dịch.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('a meeting named by its two countries, held at a place of one', () => {
  it('"Hội nghị Hải quan biên giới Việt Nam – Campuchia lần thứ V tại TP. Nha Trang": Cambodia came', () => {
    expect(
      visits(
        doc(
          'Hải quan hai nước họp bàn chống buôn lậu',
          'Trong hai ngày 12 - 13/6, Cục Hải quan đã tổ chức Hội nghị Hải quan biên giới Việt Nam – Campuchia lần thứ V tại TP. Nha Trang (Khánh Hòa).',
        ),
      ),
    ).toEqual(['KH-12*>VN-34']);
  });

  it('"Hội nghị … Việt Nam - Lào lần thứ 20 đã diễn ra … tại thủ đô Vientiane": Vietnam came', () => {
    expect(
      visits(
        doc(
          'Phân ban hợp tác họp thường niên',
          'Hội nghị Phân ban hợp tác Việt Nam - Lào lần thứ 20 đã diễn ra ngày 5/11 tại thủ đô Vientiane (Lào).',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('in an article after the 2025 merger, a city of the merged province as the venue', () => {
    expect(
      visits(
        doc(
          'Hải quan hai nước họp bàn chống buôn lậu',
          'Trong hai ngày 12 - 13/10, Cục Hải quan đã tổ chức Hội nghị Hải quan biên giới Việt Nam – Campuchia lần thứ VII tại TP. Đà Lạt (Lâm Đồng).',
        ),
        '2025-10-14',
      ),
    ).toEqual(['KH-12*>VN-35']);
  });

  it('not when the article names the guests’ provinces: they came, read by other rules', () => {
    expect(
      visits(
        doc(
          'Hội nghị biên giới',
          'Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào lần thứ 8 diễn ra ngày 5/11 tại Quảng Trị.',
          'Dự hội nghị có lãnh đạo các tỉnh Savannakhet và Salavan.',
        ),
      ).includes('LA-VT*>VN-25'),
    ).toBe(false);
  });

  it('not a three-country meeting named with the host last: "Campuchia – Lào – Việt Nam"', () => {
    expect(
      visits(
        doc(
          'Hội nghị ba nước',
          'Hội nghị hợp tác du lịch Campuchia - Lào - Việt Nam lần thứ 3 diễn ra ngày 5/11 tại Quảng Trị.',
        ),
      ).includes('LA-VT*>VN-25'),
    ).toBe(false);
  });

  it('not a three-country meeting: "Việt Nam - Lào - Thái Lan"', () => {
    expect(
      visits(
        doc(
          'Hội nghị ba nước',
          'Hội nghị hợp tác du lịch Việt Nam - Lào - Thái Lan lần thứ 3 diễn ra ngày 5/11 tại Quảng Trị.',
        ),
      ).includes('LA-VT*>VN-25'),
    ).toBe(false);
  });
});

describe('a group of people counted by its members', () => {
  it('"Nhóm có 5 nam, 3 nữ, sang Campuchia làm việc tại … tỉnh B": a private trip, no delegation', () => {
    expect(
      visits(
        doc(
          'Công an tỉnh Tây Ninh tiếp nhận 8 người do Campuchia trao trả',
          'Nhóm có 5 nam, 3 nữ, sang Campuchia làm việc tại một khu nghỉ dưỡng ở tỉnh Koh Kong.',
        ),
      ),
    ).toEqual([]);
  });

  it('but "Nhóm công tác của tỉnh A sang tỉnh B" is a delegation', () => {
    expect(
      visits(
        doc(
          'Hợp tác biên giới',
          'Ngày 4/3, Nhóm công tác của tỉnh Tây Ninh sang làm việc tại tỉnh Svay Rieng (Campuchia).',
        ),
      ),
    ).toEqual(['VN-37>KH-20']);
  });
});

describe('a vehicle that goes on its way', () => {
  it('"…, xe tiếp tục hành trình đến thị xã B" is a bus, not a delegation', () => {
    expect(
      visits(
        doc(
          'Xe khách chạy tuyến Nghệ An - Xiêng Khoảng gặp nạn',
          'Chiều 2/5, sau khi làm thủ tục nhập cảnh qua cửa khẩu Nậm Cắn, xe tiếp tục hành trình đến thành phố Phonsavan, tỉnh Xiêng Khoảng thì gặp nạn.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the partner country’s delegation, called "của nước bạn"', () => {
  it('"… trong chuyến đoàn công tác của nước bạn sang tham quan … ở khóm X": the Lao place came', () => {
    expect(
      visits(
        doc(
          'Vườn cây hữu nghị bên biên giới',
          'Bản Na Hô thuộc huyện Nong của tỉnh Savannakhet (Lào) và thôn Ba Tầng, tỉnh Quảng Trị đã kết nghĩa từ năm 2015.',
          'Mô hình ra đời sau chuyến đoàn công tác của nước bạn sang tham quan các vườn cây ở thôn Ba Tầng.',
        ),
      ),
    ).toContain('LA-SV>VN-25');
  });

  it('not "đoàn công tác của tỉnh sang thăm tỉnh bạn": the home province went', () => {
    expect(
      visits(
        doc(
          'Quảng Trị thăm Savannakhet',
          'Tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã kết nghĩa từ lâu.',
          'Năm 2015, đoàn công tác của tỉnh sang thăm tỉnh bạn.',
        ),
      ),
    ).not.toContain('LA-SV>VN-25');
  });
});

describe('a meeting whose purpose goes on with "đồng thời … thống nhất …"', () => {
  it('"… chủ trì Hội nghị giao ban giữa A với B, nhằm đánh giá …, đồng thời bàn bạc, thống nhất phương hướng …": held, B came', () => {
    expect(
      visits(
        doc(
          'Giao ban hai huyện biên giới',
          'Ngày 14/4, huyện Mường Lát chủ trì Hội nghị giao ban giữa huyện Mường Lát, tỉnh Thanh Hóa với huyện Viêng Xay, tỉnh Hủa Phăn (Lào), nhằm đánh giá kết quả hợp tác năm qua, đồng thời bàn bạc, thống nhất phương hướng hợp tác cho năm tới.',
        ),
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('still a plan: "hai bên đồng thời thống nhất sẽ cử đoàn sang thăm"', () => {
    expect(
      visits(
        doc(
          'Hợp tác hai tỉnh',
          'Tại buổi làm việc, hai bên đồng thời thống nhất sẽ cử đoàn của tỉnh Thanh Hóa sang thăm tỉnh Hủa Phăn vào năm sau.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('two districts of the border table paired by a dash after "hai huyện"', () => {
  it('"Ký kết thỏa thuận hợp tác giữa hai huyện Quan Sơn - Viêng Xay": the two provinces', () => {
    expect(
      sistersOf(
        doc(
          'Hai huyện biên giới hợp tác',
          'Thanh Hóa và Hủa Phăn (Lào) là hai tỉnh láng giềng.',
          'Ký kết thỏa thuận hợp tác giữa hai huyện Quan Sơn - Viêng Xay giai đoạn 2022-2025',
        ),
        '2022-08-15',
      ),
    ).toEqual(['LA-HO|VN-21']);
  });
});

describe('both states’ bodies named in the occasion before the actor', () => {
  it('"Tại Vientiane, …, trong khuôn khổ … hợp tác giữa Quốc hội hai nước, đoàn công tác Bộ … đã …": the ministry came', () => {
    expect(
      visits(
        doc(
          'Chia sẻ kinh nghiệm quản lý đất đai',
          'Tại Vientiane, ngày 8/5, trong khuôn khổ triển khai chủ trương hợp tác giữa Quốc hội hai nước, đoàn công tác Bộ Xây dựng do Bộ trưởng Trần Văn Nam làm trưởng đoàn đã chia sẻ với Quốc hội Lào kinh nghiệm về quản lý đô thị.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('not "Thủ tướng hai nước, …" outside an occasion: no single actor', () => {
    expect(
      visits(
        doc(
          'Hội đàm cấp cao',
          'Tại Vientiane, ngày 8/5, Thủ tướng hai nước đã chứng kiến lễ ký kết các văn kiện hợp tác.',
        ),
      ),
    ).not.toContain('LA-VT*>LA-VT');
  });
});

describe('a signing told from one side: "A ký kết … với B tại C"', () => {
  it('"Bộ … Việt Nam tổ chức lễ ký kết bản ghi nhớ hợp tác với Bộ … Lào tại Hà Nội": the Lao ministry came', () => {
    expect(
      visits(
        doc(
          'Hai bộ tăng cường hợp tác',
          'Sáng 9/9, Bộ Tư pháp Việt Nam tổ chức lễ ký kết bản ghi nhớ hợp tác với Bộ Tư pháp Lào tại Hà Nội.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-HN']);
  });

  it('"lãnh đạo tỉnh A đã ký kết … với lãnh đạo tỉnh B tại thành phố C (of B)": A went', () => {
    expect(
      visits(
        doc(
          'Hai tỉnh ký kết hợp tác',
          'Chiều 3/4, lãnh đạo tỉnh Kon Tum đã ký kết biên bản ghi nhớ hợp tác với lãnh đạo tỉnh Attapeu tại thành phố Samakkhixay.',
        ),
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('not online, nor still to come', () => {
    const online = visits(
      doc(
        'Hai bộ tăng cường hợp tác',
        'Sáng 9/9, Bộ Tư pháp Việt Nam đã ký kết bản ghi nhớ theo hình thức trực tuyến với Bộ Tư pháp Lào tại Hà Nội.',
      ),
    );
    const planned = visits(
      doc(
        'Hai bộ tăng cường hợp tác',
        'Tháng tới, Bộ Tư pháp Việt Nam sẽ ký kết bản ghi nhớ hợp tác với Bộ Tư pháp Lào tại Hà Nội.',
      ),
    );
    expect([online, planned]).toEqual([[], []]);
  });
});

describe('two districts the article placed, paired by "và" after "hai huyện"', () => {
  it('"lãnh đạo hai huyện A và B … biên bản ghi nhớ đã ký": the two provinces signed', () => {
    expect(
      sistersOf(
        doc(
          'Giao ban hai huyện biên giới',
          'Ngày 2/4, Hội nghị giao ban giữa huyện Mường Lát, tỉnh Thanh Hóa với huyện Sốp Bâu, tỉnh Hủa Phăn đã diễn ra.',
          'Tại hội nghị, lãnh đạo hai huyện Mường Lát và Sốp Bâu cùng đánh giá việc triển khai biên bản ghi nhớ đã ký.',
        ),
        '2024-04-02',
      ),
    ).toEqual(['LA-HO|VN-21']);
  });
});
