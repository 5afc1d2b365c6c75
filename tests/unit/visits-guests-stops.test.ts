// Rules the fifteenth session's blind sets called for: guests of an event held at home, one stop of
// a tour, a lead behind captions, a roll of those present, two leaders named together.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

describe('guests of an event the host organises', () => {
  it('"tại B, ‹body› tỉnh B tổ chức chương trình … với đoàn … bốn tỉnh A1 … A4 của Lào"', () => {
    const text = [
      'Tin',
      'Từ ngày 13 đến 15/5, tại thành phố Sơn La, Liên đoàn Lao động tỉnh Sơn La tổ chức chương trình trao đổi kinh nghiệm với đoàn đại biểu Liên hiệp Công đoàn bốn tỉnh Hủa Phăn, Luông Pha Băng, U Đôm Xay và Luông Nậm Thà của nước bạn Lào.',
    ].join('\n');
    expect(visits(text, '2024-05-16')).toEqual([
      'LA-HO>VN-05',
      'LA-LP>VN-05',
      'LA-OU>VN-05',
      'LA-LM>VN-05',
    ]);
  });

  it('"đoàn đại biểu Lào" after the provinces\' delegation was told is that delegation', () => {
    const text = [
      'Tin',
      'Ngày 13/5, tại thành phố Sơn La, Liên đoàn Lao động tỉnh Sơn La tổ chức chương trình giao lưu với đoàn Công đoàn tỉnh Hủa Phăn (Lào).',
      'Nhân dịp này, đoàn đại biểu Lào đã đến làm việc với công đoàn cơ sở của hai doanh nghiệp.',
    ].join('\n');
    expect(visits(text, '2024-05-16')).toEqual(['LA-HO>VN-05']);
  });

  it("a country's delegation with no province told before it is still a national guest", () => {
    const text = [
      'Tin',
      'Ngày 13/5, tại thành phố Sơn La diễn ra hội nghị hợp tác.',
      'Dịp này, đoàn đại biểu Lào đã đến làm việc với các doanh nghiệp.',
    ].join('\n');
    expect(visits(text, '2024-05-16')).toEqual(['LA-VT*>VN-05']);
  });
});

describe('one stop of a tour', () => {
  it('"sang thăm … các tỉnh A, B, C và D, tổ chức hội nghị … tại tỉnh D": every province listed', () => {
    const text =
      'Tin\nTừ ngày 25/6 đến 1/7/2024, đoàn công tác Hội LHPN tỉnh Đắk Lắk đã sang thăm, làm việc với Hội LHPN các tỉnh Attapeu, Sê Kông, Salavan và Chămpasăk, tổ chức hội nghị sơ kết tại tỉnh Chămpasăk.';
    expect(visits(text)).toEqual(['VN-33>LA-AT', 'VN-33>LA-XE', 'VN-33>LA-SL', 'VN-33>LA-CH']);
  });

  it('a place named only with "tại" after a list is still the one destination', () => {
    const text =
      'Tin\nĐoàn công tác tỉnh Kon Tum gồm đại diện các sở, ngành đã sang làm việc tại tỉnh Attapeu (Lào).';
    expect(visits(text)).toEqual(['VN-28>LA-AT']);
  });
});

describe('stops of one list parted by semicolons', () => {
  it('"đã đến thăm mô hình … tại A; mô hình … ở B; mô hình … ở C": three destinations', () => {
    const text =
      'Tin\nTrong chuyến đi, đoàn cán bộ tỉnh Hủa Phăn đã đến thăm mô hình trồng chè tại Sơn La; mô hình trồng cam ở Hòa Bình; mô hình chăn nuôi bò ở Thanh Hóa.';
    expect(visits(text)).toEqual(['LA-HO>VN-05', 'LA-HO>VN-14', 'LA-HO>VN-21']);
  });

  it("a semicolon before another statement still ends the trip's clause", () => {
    const text =
      'Tin\nĐoàn cán bộ tỉnh Hủa Phăn đã đến thăm mô hình trồng chè tại Sơn La; tỉnh Thanh Hóa cũng có nhiều mô hình tương tự.';
    expect(visits(text)).toEqual(['LA-HO>VN-05']);
  });
});

describe('a lead behind captions', () => {
  it('short captions naming no place do not push the lead out of the venue-setting sentences', () => {
    const text = [
      'Quân khu 2 tăng cường hợp tác với các đơn vị quân đội nhân dân Lào',
      'Mối quan hệ quốc phòng giữa Quân khu 2 và các đơn vị quân đội bạn đóng quân ở bắc Lào ngày càng gắn bó, tin cậy và hiệu quả.',
      'Hai bên ký kết Biên bản ghi nhớ. (Ảnh: Cộng tác viên)',
      'Hai bên ký kết Biên bản ghi nhớ. (Ảnh: Cộng tác viên)',
      'Ngày 22/5, tại tỉnh Xiengkhuang (Lào), Quân khu 2 cùng các đơn vị quân đội Lào đã tổ chức Hội nghị liên tịch.',
      'Dự hội nghị, về phía Việt Nam có đại diện lãnh đạo Bộ Chỉ huy Quân sự các tỉnh Sơn La, Điện Biên.',
    ].join('\n');
    expect(visits(text, '2025-05-22')).toEqual(['VN-05>LA-XI', 'VN-71>LA-XI']);
  });
});

describe('what "hai bên" sign', () => {
  it('those present on a roll are guests, not the sides that sign', () => {
    const text = [
      'Tin',
      'Ngày 22/5, tại tỉnh Xiengkhuang (Lào), Quân khu 2 cùng các đơn vị quân đội Lào đã tổ chức Hội nghị liên tịch.',
      'Dự hội nghị, về phía Việt Nam có đại diện lãnh đạo Bộ Chỉ huy Quân sự các tỉnh Sơn La, Điện Biên.',
      'Trên cơ sở đó, hai bên thống nhất nội dung hợp tác năm 2025 và ký kết Biên bản ghi nhớ.',
    ].join('\n');
    expect(sisters(text, '2025-05-22')).toEqual([]);
  });

  it('the delegation that came is a side: "Đoàn tỉnh A làm việc tại tỉnh B … Hai bên đã ký"', () => {
    const text = [
      'Tin',
      'Ngày 22/5, đoàn đại biểu tỉnh Sơn La do Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo tỉnh Xiengkhuang (Lào) tại tỉnh Xiengkhuang.',
      'Dự hội đàm có lãnh đạo các sở, ngành của hai tỉnh.',
      'Kết thúc hội đàm, hai bên đã ký kết Biên bản ghi nhớ hợp tác.',
    ].join('\n');
    expect(sisters(text, '2025-05-22')).toEqual(['LA-XI|VN-05']);
  });
});

describe('two leaders named together', () => {
  it('"Phó thủ tướng X cùng Phó thủ tướng Lào Y dự lễ … tại tỉnh B": the first is Vietnam\'s', () => {
    const text =
      'Tin\nNgày 4/12, Phó thủ tướng Nguyễn Chí Dũng cùng Phó thủ tướng Lào Kikeo Khaykhamphithoune đã dự lễ khánh thành Bệnh viện Hữu nghị Lào - Việt Nam tại tỉnh Houaphanh, bắc Lào.';
    expect(visits(text, '2025-12-05')).toEqual(['VN-HN*>LA-HO']);
  });

  it('"Phó Thủ tướng X và Phó Thủ tướng Lào Y dự lễ … tại tỉnh B": "và" parts two bodies', () => {
    const text =
      'Tin\nChiều 4/12, tại tỉnh Houaphanh, Bắc Lào, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng và Phó Thủ tướng Chính phủ Lào Kikeo Khaykhamphithoune đã dự lễ khánh thành Bệnh viện Hữu nghị.';
    expect(visits(text, '2025-12-04')).toEqual(['VN-HN*>LA-HO']);
  });

  it('"Chủ tịch Quốc hội X và Chủ tịch Quốc hội Campuchia Y hội đàm tại Nhà Quốc hội, Hà Nội"', () => {
    const text =
      'Tin\nChủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Quốc hội Vương quốc Campuchia Khuon Sudary hội đàm tại Nhà Quốc hội, Hà Nội.';
    expect(visits(text, '2024-11-17')).toEqual(['KH-12*>VN-HN']);
  });

  it('"Bộ Lao động - Thương binh và Xã hội Lào" is one body', () => {
    const text =
      'Tin\nNgày 4/12, Bộ trưởng Bộ Lao động - Thương binh và Xã hội Lào đã đến thăm và làm việc tại tỉnh Nghệ An.';
    expect(visits(text, '2025-12-05')).toEqual(['LA-VT*>VN-22']);
  });

  it("a country word in the first body's own words still names its country", () => {
    const text =
      'Tin\nNgày 4/12, Phó thủ tướng Lào Kikeo Khaykhamphithoune cùng đoàn công tác đã dự lễ khánh thành Bệnh viện tại tỉnh Nghệ An.';
    expect(visits(text, '2025-12-05')).toEqual(['LA-VT*>VN-22']);
  });
});

describe('a national body at home', () => {
  it('"Tại Thủ đô B, Thứ trưởng Bộ … Lào làm việc với đoàn tỉnh A": A came to B', () => {
    const text =
      'Tin\nNgày 31/3, tại Thủ đô Viêng Chăn, Thứ trưởng Bộ Giáo dục và Thể thao Lào đã có buổi làm việc với đoàn tỉnh Hà Tĩnh.';
    expect(visits(text, '2025-04-01')).toEqual(['VN-23>LA-VT']);
  });

  it('in a province of its country too: "tại tỉnh B, Bộ trưởng … Lào làm việc với đoàn … tỉnh A"', () => {
    const text =
      'Tin\nNgày 31/3, tại tỉnh Champasak, Bộ trưởng Bộ Nông nghiệp Lào đã làm việc với đoàn công tác tỉnh Đắk Lắk.';
    expect(visits(text, '2025-04-01')).toEqual(['VN-33>LA-CH']);
  });

  it('abroad it travels: "tại tỉnh A, Thứ trưởng Bộ … Lào làm việc với lãnh đạo tỉnh A"', () => {
    const text =
      'Tin\nNgày 31/3, tại tỉnh Hà Tĩnh, Thứ trưởng Bộ Giáo dục và Thể thao Lào đã làm việc với lãnh đạo tỉnh Hà Tĩnh.';
    expect(visits(text, '2025-04-01')).toEqual(['LA-VT*>VN-23']);
  });
});

describe('national bodies and trips referred to', () => {
  it('"Đoàn đại biểu Tòa án nhân dân tối cao Việt Nam … tại Lào" is a national trip', () => {
    const text =
      'Tin\nĐoàn đại biểu Tòa án nhân dân tối cao Việt Nam do Phó Chánh án dẫn đầu đang có chuyến thăm và làm việc tại Lào từ ngày 19 đến 26/5.';
    expect(visits(text)).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"Nhân chuyến thăm này, thỏa thuận kết nghĩa … gồm các cặp: A - B" sends the trip nowhere new', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu Bộ Tư pháp Việt Nam đang có chuyến thăm và làm việc tại Lào.',
      'Nhân chuyến thăm này, thỏa thuận kết nghĩa giữa tòa án một số tỉnh của Lào và Việt Nam đã được ký kết, gồm các cặp: Xieng Khouang - Nghệ An, Champassak - Bà Rịa-Vũng Tàu.',
    ].join('\n');
    expect(visits(text)).toEqual(['VN-HN*>LA-VT*']);
  });

  it('"cuộc làm việc giữa … và Ban Đối ngoại Trung ương Đảng Nhân dân Campuchia … tại tỉnh B"', () => {
    const text =
      'Tin\nĐó là nội dung được thống nhất tại cuộc làm việc giữa cán bộ Ban Chỉ đạo Tây Nguyên và Ban Đối ngoại Trung ương Đảng Nhân dân Campuchia, diễn ra hôm qua tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.';
    expect(visits(text)).toEqual(['KH-12*>VN-33']);
  });

  it('"hai bên thống nhất …" still speaks of what is to come', () => {
    const text =
      'Tin\nTại cuộc làm việc, hai bên thống nhất tổ chức hội nghị giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia tại tỉnh Đắk Lắk.';
    expect(visits(text)).toEqual([]);
  });
});

describe('a guest "đang có chuyến thăm … tại tỉnh"', () => {
  it('"cuộc gặp giữa Bí thư Tỉnh ủy A với đại diện tỉnh B của Lào, hiện đang có chuyến thăm và làm việc tại tỉnh"', () => {
    const text =
      'Tin\nThông tin trên được đưa ra hôm qua, tại cuộc gặp giữa Bí thư Tỉnh ủy Hòa Bình với đại diện tỉnh Houaphan của Lào, hiện đang có chuyến thăm và làm việc tại tỉnh.';
    expect(visits(text, '2017-01-19')).toEqual(['LA-HO>VN-14']);
  });
});

describe('a trip named after the source the paper quotes', () => {
  it('"Theo đặc phái viên TTXVN, sáng 5/2, tại thủ đô B, trong khuôn khổ chuyến thăm …"', () => {
    const text =
      'Tin\nTheo đặc phái viên TTXVN, sáng 5/2, tại thủ đô Viêng Chăn, trong khuôn khổ chuyến thăm cấp Nhà nước tới Lào, Tổng Bí thư Tô Lâm cùng Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã chứng kiến Lễ trao các văn kiện hợp tác.';
    expect(visits(text, '2026-02-05')).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('a reception on a state visit abroad', () => {
  it('"Chủ tịch nước … đồng thời tiếp Phó thủ tướng Campuchia" on the trip to Phnom Penh is no reverse trip', () => {
    const text = [
      'Chủ tịch nước đến Phnom Penh, bắt đầu chuyến thăm cấp nhà nước Campuchia',
      'Sáng 21/12, Chủ tịch nước cùng đoàn đại biểu cấp cao Việt Nam đã đến Phnom Penh, bắt đầu chuyến thăm cấp nhà nước Vương quốc Campuchia.',
      'Cũng trong ngày, Chủ tịch nước hội kiến Chủ tịch Thượng viện và Chủ tịch Quốc hội Campuchia; đồng thời tiếp Phó thủ tướng, Chủ tịch Hội Hữu nghị Campuchia - Việt Nam.',
    ].join('\n');
    expect(visits(text, '2025-12-21')).toEqual(['VN-HN*>KH-12']);
  });

  it("a reception at home with no trip abroad told is still the guest's trip", () => {
    const text =
      'Tin\nSáng 21/12, Chủ tịch nước đã tiếp Phó thủ tướng, Chủ tịch Hội Hữu nghị Campuchia - Việt Nam.';
    expect(visits(text, '2025-12-21')).toEqual(['KH-12*>VN-HN*']);
  });
});

describe('one delegation from several places', () => {
  it('"đại diện … đến từ A1, A2 và A3 … tại Lào và Thái Lan. Ở Lào, đoàn đã ghé thăm tỉnh B": all went', () => {
    const text = [
      'Tin',
      'Đại diện 35 doanh nghiệp lữ hành đến từ Quảng Bình, Quảng Trị và Thừa Thiên Huế đã thực hiện chuyến khảo sát 3 ngày tại Lào và Thái Lan.',
      'Ở Lào, đoàn đã ghé thăm những điểm đến nổi tiếng của tỉnh Savannakhet.',
    ].join('\n');
    expect(visits(text, '2019-05-10')).toEqual(['VN-24>LA-SV', 'VN-25>LA-SV', 'VN-26>LA-SV']);
  });

  it('a unit and the one it merged into are no joint delegation', () => {
    const text = [
      'Tin',
      'Đây là chuyến công tác nước ngoài đầu tiên của lãnh đạo tỉnh kể từ khi tỉnh Quảng Ngãi và tỉnh Kon Tum (cũ) hợp nhất.',
      'Tại tỉnh Sê Kông, đoàn làm việc với lãnh đạo tỉnh về tuyến đường nối cửa khẩu.',
    ].join('\n');
    expect(visits(text, '2025-08-27')).not.toContain('VN-28>LA-XE');
  });
});
