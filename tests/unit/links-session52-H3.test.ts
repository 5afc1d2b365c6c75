// Rules the fifty-second session drew from real-text misreadings (probe D: signings, twinning,
// state visits), each with a guard for the nearby shape it must leave alone.
import { describe, expect, it } from 'vitest';
import { linksOf, sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

describe('a headline telling its own trip outlives a lead line recalling a meeting abroad', () => {
  it('"trong khuôn khổ chuyến thăm chính thức Lào, …" over "… tại Tokyo, Nhật Bản"', () => {
    expect(
      visits(
        'Chiều 4/3, trong khuôn khổ chuyến thăm chính thức Lào, Chủ tịch Quốc hội đã đến chào Thủ tướng Lào tại Phủ Thủ tướng.\n\nNgày 2/9, Chủ tịch nước đã có cuộc gặp Thủ tướng Lào tại Tokyo, Nhật Bản.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('a headline naming no trip still goes with a lead that met abroad', () => {
    expect(
      visits(
        'Chủ tịch Quốc hội gặp Thủ tướng Lào\n\nNgày 2/9, Chủ tịch Quốc hội đã có cuộc gặp Thủ tướng Lào tại Tokyo, Nhật Bản.',
      ),
    ).toEqual([]);
  });
});

describe('a host named by no place receives guests whose trip names the country they came to', () => {
  it('"… đã tiếp đoàn … Thanh tra Campuchia nhân chuyến thăm và làm việc tại Việt Nam"', () => {
    expect(
      visits(
        'Tiếp đoàn Thanh tra Campuchia\n\nChiều 14/5, Phó Vụ trưởng Lê Văn Bình đã tiếp đoàn cán bộ Thanh tra Campuchia nhân chuyến thăm và làm việc tại Việt Nam.',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });

  it('"… tiếp đoàn cán bộ … Campuchia sang tập huấn tại Việt Nam"', () => {
    expect(
      visits(
        'Tiếp đoàn Campuchia\n\nHọc viện Tư pháp đã tiếp đoàn cán bộ Bộ Tư pháp Campuchia sang tập huấn tại Việt Nam.',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });

  it('a trip to the guests’ own country is no visit', () => {
    expect(
      visits(
        'Tiếp đoàn Thanh tra Campuchia\n\nChiều 14/5, Phó Vụ trưởng Lê Văn Bình đã tiếp đoàn cán bộ Thanh tra Campuchia nhân chuyến thăm và làm việc tại Campuchia.',
      ),
    ).toEqual([]);
  });
});

describe('a leader named by name alone, "từng" or the trip as a noun before the trip', () => {
  it('"Ông X từng đến thăm Việt Nam vào tháng 5-2021" after "Chủ tịch Quốc hội Lào X"', () => {
    expect(
      visits(
        'Chủ tịch Quốc hội Lào tiếp Đại sứ\n\nChủ tịch Quốc hội Lào Xaysomphone Phomvihane đã tiếp Đại sứ Việt Nam.\n\nÔng Xaysomphone Phomvihane từng đến thăm Việt Nam vào tháng 5-2021.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('"Ông X đã có chuyến thăm Việt Nam": the trip named as a noun after the name', () => {
    expect(
      visits(
        'Chủ tịch Quốc hội Lào tiếp Đại sứ\n\nChủ tịch Quốc hội Lào Xaysomphone Phomvihane đã tiếp Đại sứ Việt Nam.\n\nÔng Xaysomphone Phomvihane đã có chuyến thăm Việt Nam vào tháng 5-2021.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('a name never given a country tells no trip', () => {
    expect(
      visits('Tin vắn\n\nÔng Xaysomphone Phomvihane từng đến thăm Việt Nam vào tháng 5-2021.'),
    ).toEqual([]);
  });
});

describe('a trip made before outlives the announced trip of the same pair', () => {
  const plan =
    'Thủ tướng Lào sẽ thăm Việt Nam\n\nThủ tướng Lào Sonexay Siphandone sẽ thăm chính thức Việt Nam từ ngày 3 đến 5/4.\n\nĐây là chuyến thăm chính thức Việt Nam đầu tiên của Thủ tướng Lào Sonexay Siphandone.';
  it('"Ông X từng đến thăm Việt Nam vào tháng 6-2019" stays, with its own date', () => {
    const text = `${plan}\n\nÔng Sonexay Siphandone từng đến thăm Việt Nam vào tháng 6-2019.`;
    expect(visits(text)).toEqual(['LA-VT*>VN-HN*']);
    expect(linksOf(text).map((l) => l.date)).toEqual(['2019-06']);
  });

  it('the announced trip alone is still none', () => {
    expect(visits(plan)).toEqual([]);
  });
});

describe('a national body’s trip recalled as "chuyến thăm … của ‹body› tại ‹country›"', () => {
  it('the body without a country word is read before the country it went to', () => {
    expect(
      visits(
        'Tiếp đoàn Lào\n\nÔng Nguyễn Văn An nhắc lại chuyến thăm và làm việc gần đây của đoàn công tác Ban Dân vận Trung ương tại Cộng hòa Dân chủ Nhân dân Lào.',
      ),
    ).toEqual(['VN-HN*>LA-VT*']);
  });

  it('a body of the country it was in went nowhere', () => {
    expect(
      visits(
        'Tiếp đoàn Lào\n\nÔng Nguyễn Văn An nhắc lại chuyến thăm và làm việc gần đây của đoàn công tác Bộ Quốc phòng Lào tại Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a period’s trips summed up take no date from the lead', () => {
  const head =
    'Quảng Trị và Savannakhet ký kết Bản ghi nhớ hợp tác\n\nNgày 15/3/2023, UBND tỉnh Quảng Trị và chính quyền tỉnh Savannakhet đã ký kết Bản ghi nhớ hợp tác giai đoạn 2023-2027.\n\n';
  const dated = (text: string) =>
    linksOf(text)
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);

  it('"Trong giai đoạn này, … đón tiếp các đoàn … sang thăm …": undated', () => {
    expect(
      dated(
        `${head}Trong giai đoạn này, Quảng Trị đã đón tiếp các đoàn công tác tỉnh Savannakhet sang thăm và làm việc tại Quảng Trị.`,
      ),
    ).toEqual(['LA-SV>VN-25 null']);
  });

  it('a trip told without the period keeps the lead’s day', () => {
    expect(
      dated(`${head}Đoàn công tác tỉnh Savannakhet sang thăm và làm việc tại Quảng Trị.`),
    ).toEqual(['LA-SV>VN-25 2023-03-15']);
  });
});

describe('a year the article looks back to is not the year of its undated event', () => {
  const dated = (text: string) =>
    linksOf(text)
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);
  const lead =
    'Tiếp đoàn tỉnh Bò Kẹo\n\nSáng 13/5, Chủ tịch UBND tỉnh tiếp Đoàn đại biểu tỉnh Bò Kẹo (Lào) nhân dịp đoàn thăm và làm việc tại tỉnh Lào Cai.';

  it('"Từ năm 2016 đến nay, hai tỉnh đã …": no year for "Sáng 13/5"', () => {
    expect(dated(`${lead} Từ năm 2016 đến nay, hai tỉnh đã hợp tác trên nhiều lĩnh vực.`)).toEqual([
      'LA-BK>VN-02 null',
    ]);
  });

  it('"(được ký kết ngày 2/4/2016)": a signing remarked on dates nothing', () => {
    expect(
      dated(`${lead} Hai bên rà soát thỏa thuận hợp tác (được ký kết ngày 2/4/2016).`),
    ).toEqual(['LA-BK>VN-02 null']);
  });

  it('"40 năm trước (ngày 2/1/1979)": a day counted back from now is history', () => {
    expect(
      dated(
        `${lead} Nơi đoàn đến thăm là di tích mà 40 năm trước (ngày 2/1/1979) đơn vị đã xây dựng.`,
      ),
    ).toEqual(['LA-BK>VN-02 null']);
  });

  it('"triển khai … biên bản hợp tác đã ký kết năm 2016": an earlier signing dates nothing', () => {
    expect(
      dated(`${lead} Hai bên thống nhất triển khai nội dung biên bản hợp tác đã ký kết năm 2016.`),
    ).toEqual(['LA-BK>VN-02 null']);
  });

  it('a year the event is said to belong to still dates it', () => {
    expect(dated(`${lead} Chương trình hợp tác năm 2023 được hai tỉnh triển khai tốt.`)).toEqual([
      'LA-BK>VN-02 2023-05-13',
    ]);
  });
});

describe('a national leader welcoming another country’s leaders, no place named', () => {
  it('"Nhiệt liệt chào mừng Chủ tịch X và Đoàn đại biểu cấp cao Lào, Thủ tướng Chính phủ …"', () => {
    expect(
      visits(
        'Thủ tướng hội kiến Chủ tịch Quốc hội Lào\n\nNhiệt liệt chào mừng Chủ tịch Quốc hội Saysomphone và Đoàn đại biểu cấp cao Lào, Thủ tướng Chính phủ nhấn mạnh ý nghĩa của ngày lễ.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('"Chủ tịch Quốc hội Campuchia nhiệt liệt chào mừng Đoàn đại biểu cấp cao Quốc hội Việt Nam"', () => {
    expect(
      visits(
        'Hội đàm\n\nChủ tịch Quốc hội Campuchia nhiệt liệt chào mừng Đoàn đại biểu cấp cao Quốc hội Việt Nam.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });

  it('a welcome still to come is no visit', () => {
    expect(
      visits(
        'Hội đàm\n\nChủ tịch Quốc hội Campuchia cho biết sẽ nhiệt liệt chào mừng Đoàn đại biểu cấp cao Quốc hội Việt Nam.',
      ),
    ).toEqual([]);
  });

  it('an anniversary welcomed is no guest', () => {
    expect(
      visits(
        'Mít tinh\n\nThủ tướng Chính phủ nhiệt liệt chào mừng Quốc khánh Lào, khẳng định quan hệ hai nước.',
      ),
    ).toEqual([]);
  });
});

describe('"ký … giữa các bên": one place with each of the few of the other country named so far', () => {
  const talks =
    'Hội đàm giữa Mặt trận hai nước\n\nNgày 5/6, Ủy ban MTTQ Việt Nam tỉnh Điện Biên đã hội đàm với Đoàn đại biểu Mặt trận Lào xây dựng đất nước các tỉnh Phông Sa Lỳ, Luông Nặm Thà.\n\n';

  it('"Ký biên bản ghi nhớ hợp tác giữa các bên."', () => {
    expect(sisters(`${talks}Ký biên bản ghi nhớ hợp tác giữa các bên.`).sort()).toEqual([
      'LA-LM|VN-71',
      'LA-PH|VN-71',
    ]);
  });

  it('the same where no trip was told before it', () => {
    expect(
      sisters(
        'Mặt trận hai nước hợp tác\n\nỦy ban MTTQ Việt Nam tỉnh Điện Biên và Ủy ban Mặt trận Lào xây dựng đất nước các tỉnh Phông Sa Lỳ, Luông Nặm Thà có quan hệ lâu năm.\n\nKý biên bản ghi nhớ hợp tác giữa các bên.',
      ).sort(),
    ).toEqual(['LA-LM|VN-71', 'LA-PH|VN-71']);
  });

  it('"hai bên" does not pair the one with each', () => {
    expect(sisters(`${talks}Hai bên ký biên bản ghi nhớ hợp tác.`)).not.toEqual([
      'LA-LM|VN-71',
      'LA-PH|VN-71',
    ]);
  });
});

describe('an anniversary set as the time around a trip is not its month', () => {
  const dated = (text: string) =>
    linksOf(text)
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);

  it('"… diễn ra vào thời điểm hai nước … kỷ niệm 60 năm … (5/9/1962 - 5/9/2022)"', () => {
    expect(
      dated(
        'Attapeu thăm Quảng Ngãi\n\nChuyến thăm tỉnh Quảng Ngãi của Đoàn đại biểu tỉnh Attapeu diễn ra vào thời điểm hai nước kỷ niệm 60 năm thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022).',
      ),
    ).toEqual(['LA-AT>VN-29 null']);
  });

  it('"… là hoạt động nhằm kỷ niệm 60 năm … (5/9/1962 - 5/9/2022)": held to mark it, not on it', () => {
    expect(
      dated(
        'Attapeu thăm Quảng Ngãi\n\nĐoàn đại biểu tỉnh Attapeu đã sang thăm tỉnh Quảng Ngãi. Chuyến thăm là hoạt động nhằm kỷ niệm 60 năm thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022).',
      ),
    ).toEqual(['LA-AT>VN-29 null']);
  });

  it('a trip made on the occasion of the anniversary keeps its month', () => {
    expect(
      dated(
        'Attapeu thăm Quảng Ngãi\n\nNhân dịp kỷ niệm 60 năm thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022), Đoàn đại biểu tỉnh Attapeu thăm tỉnh Quảng Ngãi.',
      ),
    ).toEqual(['LA-AT>VN-29 2022-09']);
  });
});

describe('a headline signing between places it does not name, named by the first body sentence', () => {
  it('"Địa phương của Việt Nam và Lào ký kết hợp tác" over "hai tỉnh A (Việt Nam) và B (Lào)"', () => {
    expect(
      sisters(
        'Địa phương của Việt Nam và Lào ký kết hợp tác\n\nSau ba năm thực hiện, hai tỉnh Quảng Bình (Việt Nam) và Khăm Muộn (Lào) đã giữ vững an ninh biên giới.',
      ),
    ).toEqual(['LA-KH|VN-24']);
  });

  it('"ba tỉnh A (Việt Nam), B1 và B2 (Campuchia)": the one with each', () => {
    expect(
      sisters(
        'Địa phương của Việt Nam và Campuchia ký kết hợp tác\n\nSau ba năm thực hiện, ba tỉnh Đồng Tháp (Việt Nam), Prey Veng và Svay Rieng (Campuchia) đã giữ vững an ninh biên giới.',
      ).sort(),
    ).toEqual(['KH-14|VN-45', 'KH-20|VN-45']);
  });

  it('the states signing is no province’s', () => {
    expect(
      sisters(
        'Việt Nam và Lào ký 5 văn bản hợp tác\n\nSau ba năm thực hiện, hai tỉnh Quảng Bình (Việt Nam) và Khăm Muộn (Lào) đã giữ vững an ninh biên giới.',
      ),
    ).toEqual([]);
  });
});

describe('the day a trip the other way gave dates none of the return trip', () => {
  const dated = (text: string) =>
    linksOf(text)
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);

  it('"Trong chuyến thăm của Tỉnh trưởng B đến A vào ngày …", then A’s delegation to B', () => {
    expect(
      dated(
        'Hợp tác thương mại\n\nTrong chuyến thăm của Tỉnh trưởng tỉnh Kratie đến Bình Phước vào ngày 5/3/2024, hai tỉnh thống nhất mở hội chợ. Đoàn doanh nghiệp tỉnh Bình Phước đã sang tỉnh Kratie tham gia hội chợ.',
      ),
    ).toEqual(['KH-10>VN-58 2024-03-05', 'VN-58>KH-10 null']);
  });

  it('a trip the same way still takes the day its paragraph gave', () => {
    expect(
      dated(
        'Hợp tác thương mại\n\nNgày 5/3/2024, Tỉnh trưởng tỉnh Kratie đã đến thăm tỉnh Bình Phước. Đoàn cũng đã đến thăm tỉnh Tây Ninh.',
      ),
    ).toEqual(['KH-10>VN-58 2024-03-05', 'KH-10>VN-37 2024-03-05']);
  });
});
