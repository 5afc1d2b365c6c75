// What a delegation does abroad that tells it went: a troupe performing, a work handed over; bodies
// "Quốc gia" of a country, and bodies met on the way.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a troupe that performs at a place', () => {
  it('"Đoàn Nghệ thuật Quốc gia Lào … có đêm diễn tại Nhà hát …, tỉnh B": the Lao state troupe came', () => {
    const text =
      'Tin\nTối 19/7, Đoàn Nghệ thuật Quốc gia Lào đã có đêm diễn tại Nhà hát Lam Sơn, tỉnh Thanh Hóa.';
    expect(visits(text, '2017-07-20')).toEqual(['LA-VT*>VN-21']);
  });

  it('"Đoàn nghệ thuật tỉnh A (Lào) đã biểu diễn tại tỉnh B"', () => {
    const text =
      'Tin\nTối 19/7, Đoàn nghệ thuật tỉnh Hủa Phăn (Lào) đã biểu diễn tại tỉnh Thanh Hóa.';
    expect(visits(text, '2017-07-20')).toEqual(['LA-HO>VN-21']);
  });

  it('"… do Đoàn A, Đoàn B biểu diễn." names who performed, not where anyone went', () => {
    const text =
      'Tin\nChương trình gồm 15 tiết mục do Đoàn Nghệ thuật tỉnh Mondulkiri, Đoàn Ca múa tỉnh Đắk Lắk biểu diễn.';
    expect(visits(text, '2025-03-01')).toEqual([]);
  });
});

describe('a national body met on the way', () => {
  it('"đoàn đã gặp gỡ Bộ Quốc phòng Lào, …, đến thăm …": the delegation still travels', () => {
    const text = [
      'Đoàn cựu chiến binh tỉnh Điện Biên thăm Lào',
      'Trong thời gian ở Lào, đoàn đã gặp gỡ Bộ Quốc phòng Lào, đến thăm Đại sứ quán Việt Nam tại Lào.',
    ].join('\n');
    expect(visits(text, '2017-07-20')).toEqual(['VN-71>LA-VT*']);
  });
});

describe('a work handed over at a place', () => {
  it('"Ngày 16/1, tại huyện X, tỉnh B, Bộ Quốc phòng Việt Nam đã chuyển giao cho … công trình"', () => {
    const text =
      'Tin\nNgày 16/1, tại huyện Vang Vieng, tỉnh Viêng Chăn, Bộ Quốc phòng Việt Nam đã chuyển giao cho Bộ Quốc phòng Lào công trình Sở chỉ huy.';
    expect(visits(text, '2024-01-17')).toEqual(['VN-HN*>LA-VI']);
  });
});

describe('the stops of a working trip', () => {
  it('"chuyến làm việc tại A và ba tỉnh B, C, D của Lào": every stop, the counted ones too', () => {
    const text =
      'Tin\nTrong khuôn khổ chuyến làm việc tại Vientiane và ba tỉnh Luang Prabang, Sayaboury, Houaphan của Lào từ ngày 1 đến 8/10, đoàn đại biểu tỉnh Quảng Ninh đã được Thủ tướng Lào tiếp.';
    expect(visits(text, '2011-10-09')).toEqual([
      'VN-13>LA-VT',
      'VN-13>LA-LP',
      'VN-13>LA-XA',
      'VN-13>LA-HO',
    ]);
  });
});

describe('a delegation named by its country alone', () => {
  it('"Đoàn Việt Nam được đón chính thức tại tỉnh B" is the nation\'s', () => {
    const text = 'Tin\nTrên đất Lào, Đoàn Việt Nam được đón chính thức tại tỉnh Savannakhet.';
    expect(visits(text, '2021-12-13')).toEqual(['VN-HN*>LA-SV']);
  });

  it('"các đoàn đại biểu Lào" after three provinces came are those provinces\' delegations', () => {
    const text = [
      'Tin',
      'Ngày 17/12, tại thành phố Điện Biên Phủ, Hội Phụ nữ tỉnh Điện Biên hội đàm với đoàn Hội Phụ nữ các tỉnh Phông Sa Lỳ, U Đôm Xay (Lào).',
      'Trước đó, ngày 16/12, các đoàn đại biểu Lào đã thăm Bảo tàng Chiến thắng lịch sử Điện Biên Phủ.',
    ].join('\n');
    expect(visits(text, '2024-12-18')).not.toContain('LA-VT*>VN-71');
  });
});

describe('a national trip to a country, then to its provinces', () => {
  it('"Trong chuyến công tác tại Campuchia, đoàn do Thứ trưởng … dẫn đầu …" stands for the provinces named', () => {
    const text = [
      'Tin',
      'Trong chuyến công tác tại Campuchia, đoàn do Thứ trưởng Vũ Hồng Nam dẫn đầu đã đến thăm xã Kampong Luong.',
      'Chuyến thăm của đoàn tại Campuchia kéo dài từ ngày 11 đến 17/9, tại các tỉnh giáp Biển Hồ và tỉnh Preah Sihanouk.',
    ].join('\n');
    expect(visits(text, '2019-09-15')).toEqual(['VN-HN*>KH-18']);
  });
});

describe('came to an event', () => {
  it('"Thủ tướng … đã đến ngay lễ khởi công … tại tỉnh B"', () => {
    const text =
      'Tin\nThủ tướng Nguyễn Tấn Dũng đã đến ngay lễ khởi công dự án khai thác muối mỏ tại tỉnh Khăm-muôn.';
    expect(visits(text, '2015-09-13')).toEqual(['VN-HN*>LA-KH']);
  });

  it('"Rời sân bay A, Thủ tướng … đã đến ngay lễ khởi công … tại huyện X, tỉnh B": A is no home', () => {
    const text =
      'Tin\nRời sân bay Savannakhet, Thủ tướng Nguyễn Tấn Dũng cùng Thủ tướng Lào đã đến ngay lễ khởi công dự án tại huyện Noỏng-bôc, tỉnh Khăm-muôn.';
    expect(visits(text, '2015-09-13')).toEqual(['VN-HN*>LA-KH']);
  });
});

describe('a forum abroad and those who came over to it', () => {
  const came = 'Một đoàn gồm 6 doanh nghiệp của tỉnh Đồng Tháp sang tham dự.';
  it('"tại tỉnh B, … tổ chức Diễn đàn …" sets the venue; "đoàn … của tỉnh A sang tham dự" came', () => {
    const lead =
      'Sáng 3/11, tại tỉnh Battambang (Campuchia), Tổng Lãnh sự quán Việt Nam tổ chức Diễn đàn Doanh nghiệp năm 2022.';
    expect(visits(['Tin', lead, came].join('\n'), '2022-11-03')).toEqual(['VN-45>KH-2']);
  });

  it('a mission "tại tỉnh B" that holds the forum holds it in B', () => {
    const lead =
      'Sáng 3/11, Tổng Lãnh sự quán Việt Nam tại tỉnh Battambang (Campuchia) đứng ra tổ chức Diễn đàn Doanh nghiệp năm 2022.';
    expect(visits(['Tin', lead, came].join('\n'), '2022-11-03')).toEqual(['VN-45>KH-2']);
  });
});

describe('a course from one place to another', () => {
  it('"các tour du lịch đường bộ … nối sang Lào" is no trip', () => {
    const text =
      'Tin\nHai địa phương đang xúc tiến việc mở lại các tour du lịch đường bộ qua khu vực biên giới, nối sang Lào và Thái Lan.';
    expect(visits(text, '2022-11-21')).toEqual([]);
  });

  it('"đường dây 220kV dài 50,13km từ biên giới đến B" is no trip', () => {
    const text =
      'Tin\nTỉnh An Giang xây trạm biến áp. Phía Campuchia lo đường dây 220kV dài 50,13km từ biên giới đến Takeo.';
    expect(visits(text, '2009-03-30')).toEqual([]);
  });
});

describe('a team that sends people over', () => {
  const lead =
    'Hôm nay (30/6), tại cửa khẩu quốc tế Hoa Lư, Đội quy tập hài cốt liệt sỹ (Đội K72, thuộc Bộ Chỉ huy Quân sự tỉnh Bình Phước) đã tổ chức đưa hài cốt các liệt sỹ về nước.';
  it('"Đội K72 cử 42 cán bộ, chiến sĩ sang làm nhiệm vụ … trên địa bàn hai tỉnh B1 và B2"', () => {
    const text = [
      'Tin',
      lead,
      'Đội K72 cử 42 cán bộ, chiến sĩ sang làm nhiệm vụ tìm kiếm ở nhiều vị trí trên địa bàn hai tỉnh Kratie và Kampong Thom của Vương quốc Campuchia.',
    ].join('\n');
    expect(visits(text, '2023-06-30')).toEqual(['VN-58>KH-10', 'VN-58>KH-6']);
  });

  it('"Đội K72 sẽ cử … sang làm nhiệm vụ …" is a plan', () => {
    const text = [
      'Tin',
      lead,
      'Mùa khô tới, Đội K72 sẽ cử 42 cán bộ, chiến sĩ sang làm nhiệm vụ tìm kiếm tại tỉnh Kratie.',
    ].join('\n');
    expect(visits(text, '2023-06-30')).toEqual([]);
  });
});

describe('a team that collected remains abroad', () => {
  it('"Đội K53 … quy tập được 9 hài cốt: 1 hài cốt tìm thấy tại tỉnh B1, 6 … tại tỉnh B2" was there', () => {
    const text = [
      'Tin',
      'Tỉnh Kon Tum vừa an táng 9 hài cốt liệt sĩ do Đội K53 (Bộ CHQS tỉnh Kon Tum) quy tập.',
      'Trải qua 5 tháng làm nhiệm vụ, cán bộ, chiến sĩ Đội K53 đã quy tập được 9 hài cốt: 1 hài cốt tìm thấy tại tỉnh Chămpasắc, 6 hài cốt tại tỉnh Sê Kông.',
    ].join('\n');
    expect(visits(text, '2021-06-01')).toEqual(['VN-28>LA-CH', 'VN-28>LA-XE']);
  });
});

describe('no trip', () => {
  it('"… dự hội nghị tại 16 điểm cầu ở thủ đô B": an online meeting', () => {
    const text = [
      'Tin',
      'Về phía Campuchia, lãnh đạo 23 bộ, ngành và Đại sứ Việt Nam tại Campuchia dự hội nghị tại 16 điểm cầu ở thủ đô Phnom Penh.',
    ].join('\n');
    expect(visits(text, '2021-10-28')).toEqual([]);
  });

  it('"A tiếp ông X, tân Tổng Lãnh sự nước CHDCND Lào tại A": received where he is posted', () => {
    const text =
      'Tin\nNgày 22/6, Bí thư Thành ủy Đà Nẵng đã tiếp ông Souphanh, tân Tổng Lãnh sự nước Cộng hòa Dân chủ Nhân dân Lào tại Đà Nẵng.';
    expect(visits(text, '2022-06-22')).toEqual([]);
    expect(visits(text.replace('Thành ủy Đà Nẵng', 'Tỉnh ủy Quảng Nam'), '2022-06-22')).toEqual([
      'LA-VT*>VN-27',
    ]);
  });
});

describe('state visits a speaker recalls', () => {
  const feb =
    'Minh chứng là hồi tháng 2/2019, Vương quốc Campuchia đã vinh dự đón Tổng Bí thư Nguyễn Phú Trọng cùng đoàn cán bộ cấp cao sang thăm chính thức cấp nhà nước.';
  const oct =
    'Đến tháng 10/2019, Thủ tướng Samdech Techo Hunsen cũng có chuyến thăm chính thức Việt Nam tại Hà Nội.';
  it('"Vương quốc Campuchia đã vinh dự đón Tổng Bí thư … sang thăm": the country receives', () => {
    expect(visits(`Tin\n${feb}`, '2019-11-18')).toEqual(['VN-HN*>KH-12*']);
  });

  it('"Thủ tướng Samdech Techo Hunsen …" is Cambodia\'s', () => {
    expect(visits(`Tin\n${oct}`, '2019-11-18')).toEqual(['KH-12*>VN-HN']);
  });

  it('a return visit months later does not undo the first', () => {
    expect(visits(`Tin\n${feb} ${oct}`, '2019-11-18')).toEqual(['VN-HN*>KH-12*', 'KH-12*>VN-HN']);
  });
});

describe('"this locality" of a country', () => {
  it('"… Tỉnh trưởng tỉnh B của Lào, người đang có chuyến thăm và làm việc tại địa phương Việt Nam"', () => {
    const text =
      'Tin\nNgày 11/6, Bí thư Tỉnh ủy Sơn La đã hội đàm với Tỉnh trưởng tỉnh Xaysomboun của Lào, người đang có chuyến thăm và làm việc tại địa phương Việt Nam.';
    expect(visits(text, '2018-06-12')).toEqual(['LA-XS>VN-05']);
  });

  it('"Cuộc gặp gỡ … thanh niên tỉnh A (Việt Nam) với thanh niên ba tỉnh B1, B2, B3 của Lào đang diễn ra tại địa phương Việt Nam này"', () => {
    const text =
      'Tin\nCuộc gặp gỡ hữu nghị giữa thanh niên tỉnh Quảng Trị (Việt Nam) với thanh niên ba tỉnh Savannakhet, Salavan và Sékong của Lào đang diễn ra tại địa phương Việt Nam này.';
    expect(visits(text, '2024-08-28')).toEqual(['LA-SV>VN-25', 'LA-SL>VN-25', 'LA-XE>VN-25']);
  });
});

describe('guests named by where they came from', () => {
  it('"Tiếp vị khách từ tỉnh B của Lào, Bí thư Tỉnh ủy A … đã thông tin …"', () => {
    const text =
      'Tin\nSơn La (TTXVN) - Tiếp vị khách từ tỉnh Xaysomboun của Lào, Bí thư Tỉnh ủy Sơn La đã thông tin về tình hình của tỉnh.';
    expect(visits(text, '2018-06-12')).toEqual(['LA-XS>VN-05']);
  });
});

describe('a national body in a roll of those present', () => {
  it('at the event two bodies of the paper\'s province organised ("tỉnh A và Hội … tỉnh đã tổ chức")', () => {
    const text = [
      'Tin',
      'Ngày 21/7, Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang và Hội hữu nghị Việt Nam - Lào tỉnh đã tổ chức buổi gặp mặt nhân dịp 60 năm quan hệ ngoại giao.',
      'Về dự buổi gặp mặt có ông Chanthaphone Khammanichanh, Phó Đại sứ nước CHDCND Lào tại Việt Nam.',
    ].join('\n');
    expect(visits(text, '2022-07-22')).toEqual(['LA-VT*>VN-54']);
  });

  it('"Về dự buổi gặp mặt có ông X, Phó Đại sứ nước CHDCND Lào tại Việt Nam" at a venue the lead named', () => {
    const text = [
      'Tin',
      'Ngày 20/5, tại tỉnh Bắc Giang, UBND tỉnh tổ chức buổi gặp mặt cán bộ Lào.',
      'Về dự buổi gặp mặt có ông Chanthaphone Khammanichanh, Phó Đại sứ nước CHDCND Lào tại Việt Nam.',
    ].join('\n');
    expect(visits(text, '2022-05-21')).toEqual(['LA-VT*>VN-54']);
  });
});
