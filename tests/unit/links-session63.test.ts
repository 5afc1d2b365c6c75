// Shapes from the sixty-third session's blind sets: each sentence is our own, in the shape news uses.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const doc = (...lines: string[]) => lines.join('\n\n');

describe('talks named twice, their partner after the second', () => {
  it('"đã có buổi làm việc, trao đổi kinh nghiệm về … với Bộ đội Biên phòng B": the guests came to B', () => {
    expect(
      visits(
        doc(
          'Phối hợp giữ vững biên giới hai nước',
          'Sáng 12/4, Đoàn công tác Cục Bộ đội Biên phòng Lào do Đại tá X dẫn đầu đã có buổi làm việc, trao đổi kinh nghiệm về công tác quản lý, bảo vệ biên giới với Bộ đội Biên phòng Hà Tĩnh.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('"làm việc, trao đổi với" still gives the same', () => {
    expect(
      visits(
        doc(
          'Phối hợp giữ vững biên giới hai nước',
          'Sáng 12/4, Đoàn công tác Cục Bộ đội Biên phòng Lào đã làm việc, trao đổi với Bộ đội Biên phòng Hà Tĩnh.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('a host\'s talks named twice: "UBND tỉnh A đã làm việc, trao đổi … với Đoàn … tỉnh B": B came', () => {
    expect(
      visits(
        doc(
          'Tăng cường hợp tác biên giới',
          'Sáng 5/3, lãnh đạo tỉnh Hà Tĩnh đã có buổi làm việc, trao đổi kinh nghiệm về công tác quản lý biên giới với Đoàn đại biểu tỉnh Khăm Muộn (Lào).',
        ),
      ),
    ).toEqual(['LA-KH>VN-23']);
  });

  it('"… trao đổi kinh nghiệm với Đoàn … tỉnh B": the same', () => {
    expect(
      visits(
        doc(
          'Tăng cường hợp tác biên giới',
          'Sáng 5/3, Ủy ban MTTQ tỉnh Sơn La đã có buổi trao đổi kinh nghiệm công tác với Đoàn đại biểu Mặt trận tỉnh Hủa Phăn (Lào).',
        ),
      ),
    ).toEqual(['LA-HO>VN-05']);
  });

  it('"làm việc, trao đổi kinh nghiệm" with no partner named gives no visit', () => {
    expect(
      visits(
        doc(
          'Một ngày ở đồn biên phòng',
          'Sáng 12/4, cán bộ đồn đã làm việc, trao đổi kinh nghiệm về công tác dân vận trong tỉnh Hà Tĩnh.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('people and herds that cross, not delegations', () => {
  it('"lùa hàng trăm con bò từ phía tỉnh A (Campuchia) … sang huyện B": cattle driven over', () => {
    expect(
      visits(
        doc(
          'Phiên chợ trâu bò vùng biên',
          'Từ sáng sớm, những người lái bò đã hò nhau lùa hàng trăm con bò từ phía tỉnh Tà Keo (Campuchia) lội qua kênh sang huyện Tịnh Biên (An Giang).',
        ),
      ),
    ).toEqual([]);
  });

  it('a delegation that crosses with its gifts still travels', () => {
    expect(
      visits(
        doc(
          'An Giang thăm tỉnh bạn',
          'Sáng 2/4, đoàn công tác tỉnh An Giang đã sang thăm và tặng quà tỉnh Tà Keo (Campuchia).',
        ),
      ),
    ).toEqual(['VN-44>KH-21']);
  });

  it('"Tôi sang B làm ăn từ hồi …": a trader\'s living, no trip', () => {
    expect(
      visits(
        doc(
          'Tiểu thương vùng biên buôn bán bên nước bạn',
          'Bà X, tiểu thương ở thị trấn Lao Bảo, tỉnh Quảng Trị, kể: Tôi sang Savannakhet làm ăn từ hồi chợ mới mở.',
        ),
      ),
    ).toEqual([]);
  });

  it('"đã sang tỉnh B tìm hiểu cơ hội làm ăn": a delegation\'s errand stays a trip', () => {
    expect(
      visits(
        doc(
          'Doanh nghiệp Quảng Trị tìm cơ hội ở nước bạn',
          'Đoàn công tác tỉnh Quảng Trị đã sang tỉnh Savannakhet tìm hiểu cơ hội làm ăn, đầu tư.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"đã phát hiện và bắt giữ một người … đang đi sang tỉnh B": the person held, not the unit', () => {
    expect(
      visits(
        doc(
          'Bắt giữ người vượt biên trái phép',
          'Chiều 5/5, Đồn Biên phòng Lao Bảo (Bộ đội Biên phòng tỉnh Quảng Trị) đã phát hiện và bắt giữ một người đang đi sang tỉnh Savannakhet (Lào).',
        ),
      ),
    ).toEqual([]);
  });

  it('"đã bắt giữ 2 người đang tìm cách sang tỉnh B": the same, counted', () => {
    expect(
      visits(
        doc(
          'Bắt giữ người vượt biên trái phép',
          'Chiều 5/5, Đồn Biên phòng Lao Bảo (Bộ đội Biên phòng tỉnh Quảng Trị) đã bắt giữ 2 người đang tìm cách sang tỉnh Savannakhet (Lào).',
        ),
      ),
    ).toEqual([]);
  });

  it('a unit whose officers go over after an arrest still travels', () => {
    expect(
      visits(
        doc(
          'Phối hợp triệt phá đường dây ma túy',
          'Sau khi phát hiện đường dây, Đoàn công tác Bộ đội Biên phòng tỉnh Quảng Trị đã sang tỉnh Savannakhet (Lào) để phối hợp điều tra.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });
});

describe('"về phía" after a verb of motion', () => {
  it('"… bắt giữ một người … đang đi từ bản A (Lào) về phía trạm B (Lào) để về Việt Nam": a way, no side', () => {
    expect(
      visits(
        doc(
          'Nghệ An: Cách ly người nhập cảnh trái phép',
          'Chiều 5/5, Đại đội Biên phòng 221 (Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng, Lào) đã phát hiện và bắt giữ một người có biểu hiện nghi vấn đang đi từ bản Noọng Hét (Lào) về phía trạm Tha Đo (Lào) để về Việt Nam.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("the head of one of the assembly's committees speaking at an event", () => {
  it('"Phát biểu tại hội nghị, ông X, Chủ nhiệm Ủy ban Văn hóa - Xã hội Quốc hội Lào, …" in TP.HCM', () => {
    expect(
      visits(
        doc(
          'Ra mắt mạng lưới các trường đại học ba nước',
          'Ngày 27/8, tại TP.HCM đã diễn ra hội nghị hiệu trưởng các trường đại học Việt Nam, Lào, Campuchia.',
          'Phát biểu tại hội nghị, ông Bounmy Sysavath, Chủ nhiệm Ủy ban Văn hóa - Xã hội Quốc hội Lào, cho rằng mạng lưới sẽ mở ra nhiều cơ hội hợp tác.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-SG']);
  });
});

describe("two countries' sides organising an event in a city of one of them", () => {
  it('"tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapư (Lào) đã tổ chức …": Attapư came', () => {
    expect(
      visits(
        doc(
          'Tổng kết công tác cắm mốc biên giới',
          'Ngày 25-4, tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapư (Lào) đã tổ chức hội nghị tổng kết công tác tăng dày mốc quốc giới.',
        ),
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('"tại thành phố Vinh, Tổ … tỉnh Nghệ An cùng Tổ … các tỉnh B1, B2 và B3 (Lào) đã phối hợp tổ chức …": each came', () => {
    expect(
      visits(
        doc(
          'Phối hợp giải quyết di cư tự do',
          'Mới đây, tại thành phố Vinh, Tổ công tác tỉnh Nghệ An cùng Tổ công tác các tỉnh Xiêng Khoảng, Hủa Phăn và Bôlykhămxay (Lào) đã phối hợp tổ chức hội nghị bàn việc giải quyết di cư tự do.',
        ),
      ).sort(),
    ).toEqual(['LA-BL>VN-22', 'LA-HO>VN-22', 'LA-XI>VN-22']);
  });

  it('"Tỉnh A và tỉnh B (Campuchia) vừa phối hợp tổ chức … tại thành phố C" (C in A): the same', () => {
    expect(
      visits(
        doc(
          'Giao lưu nhân dân hai tỉnh',
          'Tỉnh Đắk Lắk (Việt Nam) và tỉnh Mondulkiri (Campuchia) vừa phối hợp tổ chức buổi giao lưu nhân dân tại thành phố Buôn Ma Thuột.',
        ),
      ),
    ).toEqual(['KH-11>VN-33']);
  });

  it("no city named: a joint event, nobody's trip", () => {
    expect(
      visits(
        doc(
          'Giao lưu nhân dân hai tỉnh',
          'Tỉnh Đắk Lắk (Việt Nam) và tỉnh Mondulkiri (Campuchia) vừa phối hợp tổ chức buổi giao lưu nhân dân biên giới.',
        ),
      ),
    ).toEqual([]);
  });

  it('an online conference opened in the city: each side at its own end', () => {
    expect(
      visits(
        doc(
          'Hội nghị trực tuyến sơ kết hợp tác',
          'Sáng 5/3, tại thành phố Vinh, tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) tổ chức hội nghị trực tuyến sơ kết hợp tác.',
        ),
      ),
    ).toEqual([]);
  });

  it('a conference to come in the city tells no trip yet', () => {
    expect(
      visits(
        doc(
          'Chuẩn bị hội nghị tổng kết',
          'Tháng tới, tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapư (Lào) sẽ tổ chức hội nghị tổng kết công tác cắm mốc.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a trip to two countries owned after both', () => {
  it('"chuyến thăm Lào và Campuchia hồi đầu tháng 2 của Tổng Bí thư …": Vietnam\'s trip to each state, not the last guest\'s', () => {
    expect(
      visits(
        doc(
          'Tăng cường hợp tác quốc phòng',
          'Chiều 9/3, tại trụ sở Bộ Quốc phòng, đại tướng Nguyễn Văn An, Bộ trưởng Bộ Quốc phòng, đã tiếp đại tướng Sok Pheap, Quốc vụ khanh Bộ Quốc phòng Campuchia.',
          'Theo đại tướng Nguyễn Văn An, chuyến thăm Lào và Campuchia hồi đầu tháng 2 năm nay của Tổng Bí thư Tô Lâm mang ý nghĩa chính trị sâu sắc.',
        ),
      )
        .filter((v) => !v.startsWith('KH-12*>VN-HN'))
        .sort(),
    ).toEqual(['VN-HN*>KH-12*', 'VN-HN*>LA-VT*']);
  });
});

describe('delegations sent to an event, their senders listed', () => {
  const lead =
    'Tối 14-9, lễ khai mạc Diễn đàn Du lịch Đông Á đã được tổ chức tại thành phố Hạ Long (Quảng Ninh).';

  it('"9 tỉnh đã cử đoàn tới dự, gồm: A (Lào), B (Campuchia) … và chủ nhà C": each came to C', () => {
    expect(
      visits(
        doc(
          'Khai mạc diễn đàn du lịch khu vực',
          lead,
          'Trong số 12 tỉnh thành viên, 9 tỉnh đã cử đoàn tới dự, gồm: Cebu (Philippines), Luông Pha Băng (Lào), Xiêm Riệp (Campuchia) và chủ nhà Quảng Ninh (Việt Nam).',
        ),
      ).sort(),
    ).toEqual(['KH-17>VN-13', 'LA-LP>VN-13']);
  });

  it('"Các tỉnh A (Lào), B (Campuchia) đã cử đoàn tới dự.": each came to the lead\'s venue', () => {
    expect(
      visits(
        doc(
          'Khai mạc diễn đàn du lịch khu vực',
          lead,
          'Các tỉnh Luông Pha Băng (Lào), Xiêm Riệp (Campuchia) đã cử đoàn tới dự.',
        ),
      ).sort(),
    ).toEqual(['KH-17>VN-13', 'LA-LP>VN-13']);
  });

  it('"sang dự sự kiện gồm 40 thành viên": the members counted, not a list of senders', () => {
    expect(
      visits(
        doc(
          'Tuần văn hóa Việt Nam tại Lào',
          'Đoàn đại biểu Bộ Văn hóa Việt Nam sang dự sự kiện gồm 40 thành viên, do Bộ trưởng làm trưởng đoàn, tại thủ đô Viêng Chăn.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a road journey told from where it set out', () => {
  it('"Đoàn … xuất phát từ A, qua …: B1, B2 (Lào), C (Campuchia), rồi về D": A to each foreign stop', () => {
    expect(
      visits(
        doc(
          'Hành trình caravan bốn nước',
          'Đoàn đã đi hơn 3.000 km đường bộ, xuất phát từ Hà Nội, qua nhiều điểm đến: Mộc Châu (Việt Nam), Xiêng Khoảng, Viêng Chăn (Lào), Xiêm Riệp (Campuchia), rồi về Đà Nẵng (Việt Nam).',
        ),
      ).sort(),
    ).toEqual(['VN-HN>KH-17', 'VN-HN>LA-VT', 'VN-HN>LA-XI']);
  });

  it("a bus that sets out from A tells no delegation's journey", () => {
    expect(
      visits(
        doc(
          'Mở tuyến xe khách quốc tế',
          'Xe khách xuất phát từ Hà Nội, qua Xiêng Khoảng và tới Viêng Chăn (Lào) sau 20 giờ.',
        ),
      ),
    ).toEqual([]);
  });

  it('"Đoàn đại biểu tỉnh A xuất phát từ Hà Nội, …": the delegation\'s home, not where it set out', () => {
    expect(
      visits(
        doc(
          'Đoàn Nghệ An sang Lào',
          'Đoàn đại biểu tỉnh Nghệ An xuất phát từ Hà Nội, qua Xiêng Khoảng tới Viêng Chăn (Lào).',
        ),
      ).every((v) => v.startsWith('VN-22>')),
    ).toBe(true);
  });

  it('a journey still to come tells no trip', () => {
    expect(
      visits(
        doc(
          'Chuẩn bị hành trình caravan',
          'Tháng tới, đoàn sẽ xuất phát từ Hà Nội, qua Xiêng Khoảng và Viêng Chăn (Lào).',
        ),
      ),
    ).toEqual([]);
  });
});

describe('words that look like a trip', () => {
  it('"Con đường bộ nối cửa khẩu A, tỉnh B, băng qua … để tới C": where the road goes', () => {
    expect(
      visits(
        doc(
          'Chung dãy Trường Sơn',
          'Con đường bộ nối cửa khẩu Hoa Lư, tỉnh Bình Phước, băng qua đất bạn Campuchia để tới Champasak tuy hẹp nhưng vắng xe.',
        ),
      ),
    ).toEqual([]);
  });

  it('"Ngoài các điểm tham quan ở B …, du khách đừng bỏ qua …": sights named, nobody\'s visit', () => {
    expect(
      visits(
        doc(
          'Hủa Phăn, điểm đến của du khách',
          'Muốn sang đất bạn, du khách có thể khởi hành từ Mộc Châu (Sơn La) qua cửa khẩu Lóng Sập.',
          'Ngoài các điểm tham quan ở Sầm Nưa (Hủa Phăn) như chùa, bảo tàng, du khách đừng bỏ qua huyện Viêng Xay.',
        ),
      ),
    ).toEqual([]);
  });

  it('"Tổng cục trưởng Tổng cục Cảnh sát … Việt Nam" at a meeting in Phnôm Pênh: a national trip', () => {
    expect(
      visits(
        doc(
          'Hợp tác cảnh sát các nước ASEAN',
          'Chiều 25-5, bên lề hội nghị đang diễn ra tại thủ đô Phnôm Pênh, Trung tướng Nguyễn Văn A, Tổng Cục trưởng Tổng cục Cảnh sát phòng chống tội phạm Việt Nam, đã tiếp kiến Thủ tướng nước chủ nhà.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});

describe('a remark "được ‹leader› đưa ra tại" a meeting abroad', () => {
  it('"Đó là nhận định được Chủ tịch Quốc hội X đưa ra tại cuộc gặp …, diễn ra … tại thủ đô Vientiane": his trip', () => {
    expect(
      visits(
        doc(
          'Ngôi trường của tình hữu nghị',
          'Đó là nhận định được Chủ tịch Quốc hội Nguyễn Văn A đưa ra tại cuộc gặp mặt các thế hệ lưu học sinh, diễn ra ngày 6/12 tại thủ đô Vientiane (Lào).',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('a remark made at home names no trip', () => {
    expect(
      visits(
        doc(
          'Ngôi trường của tình hữu nghị',
          'Đó là nhận định được Chủ tịch Quốc hội Nguyễn Văn A đưa ra tại cuộc gặp mặt các thế hệ lưu học sinh Lào, diễn ra ngày 6/12 tại Hà Nội.',
        ),
      ),
    ).toEqual([]);
  });
});
