// Rules the twenty-second session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a twinning ceremony and its speakers', () => {
  it('"lễ kết nghĩa … đã diễn ra tại A": the partner from across the border came to A', () => {
    const text = [
      'Tin',
      'Sáng 9/10, lễ kết nghĩa giữa các bản của tỉnh Salavan (Lào) và các xã biên giới của tỉnh Quảng Trị đã diễn ra tại tỉnh Quảng Trị.',
    ].join('\n');
    expect(visits(text, '2024-10-09')).toEqual(['LA-SL>VN-25']);
  });

  it('"Phát biểu tại hội nghị, đại diện lãnh đạo tỉnh B cảm ơn …": B’s side spoke at the venue', () => {
    const text = (who: string) =>
      [
        'Tin',
        'Sáng 3/4, hội nghị giao lưu hữu nghị biên giới diễn ra tại tỉnh Kon Tum.',
        `Phát biểu tại hội nghị, ${who} cảm ơn sự đón tiếp chu đáo của nước bạn.`,
      ].join('\n');
    expect(visits(text('đại diện lãnh đạo tỉnh Attapư'), '2024-04-03')).toEqual(['LA-AT>VN-28']);
    expect(visits(text('lãnh đạo tỉnh Attapư'), '2024-04-03')).toEqual(['LA-AT>VN-28']);
    // The host's own leaders speak at home.
    expect(visits(text('đại diện lãnh đạo tỉnh Kon Tum'), '2024-04-03')).toEqual([]);
  });
});

describe('an order conferred at a venue', () => {
  it('"tại tỉnh A, …, Tỉnh trưởng tỉnh B đã trao Huân chương …": B’s governor came to A', () => {
    const text = [
      'Tin',
      'Chiều 12/5, tại tỉnh Quảng Bình, thừa ủy quyền của Chủ tịch nước Lào, ông Khăm-phăn, Tỉnh trưởng tỉnh Khăm Muộn, đã trao Huân chương Tự do hạng Nhì cho tỉnh Quảng Bình.',
    ].join('\n');
    expect(visits(text, '2024-05-12')).toEqual(['LA-KH>VN-24']);
    const given = text.replace('đã trao Huân chương', 'đã trao tặng Huân chương');
    expect(visits(given, '2024-05-12')).toEqual(['LA-KH>VN-24']);
  });
});

describe('a signing placed by a later sentence', () => {
  const signed =
    'Ngày 7/3, Chủ tịch UBND tỉnh Nghệ An và Phó Tỉnh trưởng tỉnh Xiêng Khoảng (Lào) đã ký biên bản ghi nhớ hợp tác giai đoạn 2024-2028.';
  it('"Phát biểu tại lễ ký kết diễn ra ở A, …": the other signer came to A', () => {
    const text = [
      'Tin',
      signed,
      'Văn kiện tập trung vào giáo dục, y tế và thương mại.',
      'Phát biểu tại lễ ký kết diễn ra ở tỉnh Nghệ An, Chủ tịch UBND tỉnh khẳng định sẽ tạo điều kiện cho doanh nghiệp.',
    ].join('\n');
    expect(visits(text, '2024-03-07')).toEqual(['LA-XI>VN-22']);
    expect(sistersOf(text, '2024-03-07')).toEqual(['LA-XI|VN-22']);
  });

  it('"Lễ ký kết diễn ra ở A." right after it', () => {
    const text = ['Tin', signed, 'Lễ ký kết diễn ra ở tỉnh Nghệ An.'].join('\n');
    expect(visits(text, '2024-03-07')).toEqual(['LA-XI>VN-22']);
  });

  it('a signing whose place the article never tells gives no trip', () => {
    const text = ['Tin', signed, 'Hai bên sẽ trao đổi đoàn thường xuyên hơn.'].join('\n');
    expect(visits(text, '2024-03-07')).toEqual([]);
  });
});

describe('speakers and sites', () => {
  it('"Tỉnh trưởng tỉnh B của Lào, ông …, nhấn mạnh": the country after the place is no name', () => {
    const text = [
      'Tin',
      'Trong hai ngày 22 và 23/7, chương trình giao lưu hữu nghị biên giới đã được tổ chức tại huyện Mộc Châu, tỉnh Sơn La.',
      'Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn của Lào, ông Phêng, nhấn mạnh truyền thống đoàn kết của hai tỉnh.',
    ].join('\n');
    expect(visits(text, '2017-07-22')).toEqual(['LA-HO>VN-05']);
  });

  it('"lễ đón … tại cửa khẩu quốc tế X, tỉnh A": a site, then the province it lies in', () => {
    const text = [
      'Tin',
      'Sáng 13/11, Lễ đón chính thức Bộ trưởng Bộ Quốc phòng Campuchia đã được tổ chức tại cửa khẩu quốc tế Mộc Bài, tỉnh Tây Ninh.',
    ].join('\n');
    expect(visits(text, '2025-11-13')).toEqual(['KH-12*>VN-37']);
  });
});

describe('partners listed together', () => {
  it('"… với các tỉnh A1, A2 của Lào và tỉnh B của Campuchia": no pair among the list', () => {
    const text = [
      'Tin',
      'Năm 2014, địa phương cũng thiết lập quan hệ hợp tác với tỉnh Ubon của Thái Lan, đồng thời thúc đẩy quan hệ nhiều mặt với các tỉnh Attapeu, Sekong của Lào và tỉnh Ratanakiri của Campuchia.',
    ].join('\n');
    expect(sistersOf(text)).toEqual([]);
    // A fronted partner, then the subject, is a pair.
    const fronted = ['Tin', 'Với tỉnh Takeo, An Giang đã ký kết biên bản ghi nhớ hợp tác.'].join(
      '\n',
    );
    expect(sistersOf(fronted)).toEqual(['KH-21|VN-44']);
  });

  it('"ký biên bản ghi nhớ về hợp tác xây dựng … (a long object) tại tỉnh B": B is a party', () => {
    const text = [
      'Tin',
      'Trong buổi gặp, Chủ tịch UBND tỉnh Hà Tĩnh đã ký biên bản ghi nhớ về hợp tác xây dựng một ký túc xá dành cho học sinh trung học phổ thông người dân tộc thiểu số tại tỉnh Bolikhamxay.',
    ].join('\n');
    expect(sistersOf(text)).toEqual(['LA-BL|VN-23']);
  });
});

describe('a work opened abroad', () => {
  it('"dự lễ khánh thành dự án xây dựng Bệnh xá … thuộc Bộ Chỉ huy Quân sự tỉnh B": the guests went to B', () => {
    const text = [
      'Tin',
      'Chiều 29/3, đoàn công tác tỉnh Nghệ An do Bí thư Tỉnh ủy dẫn đầu đã dự lễ khánh thành dự án xây dựng Bệnh xá quân dân y thuộc Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng.',
    ].join('\n');
    expect(visits(text, '2023-03-29')).toEqual(['VN-22>LA-XI']);
  });
});

describe('seats and plans', () => {
  it('"tại Trụ sở Trung ương Đảng Nhân dân Cách mạng Lào": a seat in Vientiane, not Hà Nội', () => {
    const text = [
      'Tin',
      'Sáng 5/4, Phó Chủ tịch nước Lào đã tiếp Đoàn đại biểu cấp cao tỉnh Hà Tĩnh tại Trụ sở Trung ương Đảng Nhân dân Cách mạng Lào.',
      'Quang cảnh buổi tiếp tại Trụ sở Trung ương Đảng Nhân dân Cách mạng Lào.',
    ].join('\n');
    expect(visits(text, '2024-04-05')).toEqual(['VN-23>LA-VT*']);
  });

  it('"… sẽ cử chuyên gia sang …; đồng thời hỗ trợ doanh nghiệp khảo sát … tại B": still the plan', () => {
    const text = [
      'Tin',
      'Đặc biệt, tỉnh Kon Tum sẽ cử chuyên gia sang tư vấn kỹ thuật trồng trọt; đồng thời hỗ trợ doanh nghiệp khảo sát, xây dựng nhà máy tại tỉnh Attapư.',
    ].join('\n');
    expect(visits(text, '2025-06-01')).toEqual([]);
    // A clause with a subject of its own tells its own news.
    const done = [
      'Tin',
      'Tỉnh Kon Tum sẽ cử chuyên gia sang tư vấn kỹ thuật trồng trọt; đồng thời, đoàn doanh nghiệp tỉnh Kon Tum đã khảo sát tại tỉnh Attapư.',
    ].join('\n');
    expect(visits(done, '2025-06-01')).toEqual(['VN-28>LA-AT']);
  });
});

describe('sister links of a meeting just told, and partners to come', () => {
  it('"Cuộc hội đàm nhằm đánh giá … đồng thời ký kết văn bản thỏa thuận …": the meeting’s sides', () => {
    const text = [
      'Tin',
      'Ngày 27/12, Hội đàm cấp cao ba tỉnh Quảng Bình - Khăm Muộn - Savannakhet đã được tổ chức tại tỉnh Quảng Bình.',
      'Cuộc hội đàm nhằm đánh giá kết quả giai đoạn trước, đồng thời ký kết văn bản thỏa thuận hợp tác giai đoạn 2023 - 2025.',
    ].join('\n');
    expect(sistersOf(text, '2022-12-27')).toEqual(['LA-KH|VN-24', 'LA-SV|VN-24']);
  });

  it('"… và từng bước tiến tới thiết lập quan hệ hợp tác với TP C": C is no partner yet', () => {
    const text = [
      'Tin',
      'Biên bản ghi nhớ ký kết giữa TP Hội An (tỉnh Quảng Nam) và TP Luang Prabang (Lào), và từng bước tiến tới thiết lập quan hệ hợp tác với TP Siem Reap.',
    ].join('\n');
    expect(sistersOf(text)).not.toContain('KH-17|LA-LP');
  });
});

describe('national delegations named by their body or in pairs', () => {
  it('"Đoàn cán bộ cấp cao Thông tấn xã Campuchia … đã đến thăm thành phố Hội An, tỉnh Quảng Nam"', () => {
    const text = [
      'Tin',
      'Đoàn cán bộ cấp cao Thông tấn xã Campuchia do Phó Tổng Giám đốc dẫn đầu đã đến thăm thành phố Hội An, tỉnh Quảng Nam.',
    ].join('\n');
    expect(visits(text)).toEqual(['KH-12*>VN-27']);
  });

  it('"Hai đoàn đại biểu biên giới Việt Nam và Lào đã họp … tại thành phố B (Lào)": Vietnam’s came', () => {
    const text = [
      'Tin',
      'Hai đoàn đại biểu biên giới Việt Nam và Lào đã tiến hành cuộc họp thường niên trong hai ngày 19 và 20/12, tại thành phố Pắc Xế (Lào).',
    ].join('\n');
    expect(visits(text, '2024-12-19')).toEqual(['VN-HN*>LA-CH']);
  });
});

describe('meetings of the three countries and their rolls', () => {
  it('"(VietnamPlus) - Trong khuôn khổ Hội nghị … Quốc hội ba nước Campuchia, Lào và Việt Nam tổ chức tại A"', () => {
    const text = [
      'Tin',
      '(VietnamPlus) - Trong khuôn khổ Hội nghị giữa Ủy ban Đối ngoại Quốc hội ba nước Campuchia, Lào và Việt Nam tổ chức tại tỉnh Kon Tum, ngày 3/8, đại diện cả ba nước đã thảo luận báo cáo chung.',
    ].join('\n');
    expect(visits(text, '2024-08-03').sort()).toEqual(['KH-12*>VN-28', 'LA-VT*>VN-28']);
  });

  it('"Dự Cuộc gặp, ngoài lãnh đạo các tỉnh nói trên còn có lãnh đạo các tỉnh …": both lists came', () => {
    const text = [
      'Tin',
      'Ngày 4/12, Thủ tướng Lào và Thủ tướng Campuchia đã có mặt tại thành phố Buôn Ma Thuột để dự Cuộc gặp cấp cao.',
      'Khu vực gồm các tỉnh Ratanakiri (Campuchia), Attapeu (Lào), Kon Tum và Gia Lai (Việt Nam).',
      'Dự Cuộc gặp lần này, ngoài lãnh đạo các tỉnh nói trên còn có lãnh đạo các tỉnh Mondulkiri (Campuchia) và Salavan (Lào).',
    ].join('\n');
    expect(visits(text, '2006-12-04').sort()).toEqual([
      'KH-11>VN-33',
      'KH-12*>VN-33',
      'KH-16>VN-33',
      'LA-AT>VN-33',
      'LA-SL>VN-33',
      'LA-VT*>VN-33',
    ]);
  });
});

describe('conferences: delegates counted, co-chairs as the subject', () => {
  it('"Hội thảo có hơn 500 đại biểu tham gia, gồm … lãnh đạo 2 tỉnh Nam Lào (A, B)"', () => {
    const text = [
      'Tin',
      'Hội thảo liên kết phát triển du lịch được tổ chức tại tỉnh Bình Định.',
      'Hội thảo có hơn 500 đại biểu tham gia, gồm đại diện các bộ, ngành; lãnh đạo 2 tỉnh Nam Lào (Attapeu, Sekong) và các doanh nghiệp.',
    ].join('\n');
    expect(visits(text).sort()).toEqual(['LA-AT>VN-31', 'LA-XE>VN-31']);
  });

  it('"Bộ trưởng … Việt Nam A cùng Bộ trưởng … Lào B đồng chủ trì hội nghị" at a venue abroad', () => {
    const text = [
      'Tin',
      'Hội nghị xúc tiến đầu tư được tổ chức ngày 22/9 tại tỉnh Attapeu, Lào.',
      'Bộ trưởng Kế hoạch và Đầu tư Việt Nam Võ Văn A cùng Bộ trưởng Kế hoạch và Đầu tư Lào B đồng chủ trì hội nghị.',
    ].join('\n');
    expect(visits(text, '2008-09-22')).toEqual(['VN-HN*>LA-AT']);
  });
});
