// Rules the fifteenth session's later blind sets called for: festivals and their rolls, events
// organised "do … tổ chức", a meeting's quoted name, a trip recalled, an agreement acted on.
import { describe, expect, it } from 'vitest';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

describe('festivals and their rolls', () => {
  it('"tỉnh B đã khai mạc Ngày hội …" sets the venue; "Góp mặt còn có các Đoàn … Lào (A1, A2)" came', () => {
    const text = [
      'Tin',
      'Ngày 1/10, tỉnh Điện Biên đã khai mạc Ngày hội giao lưu văn hóa vùng biên giới Việt Nam - Lào.',
      'Góp mặt còn có các Đoàn nghệ thuật quần chúng nước Lào (Luông Pha Băng, Hủa Phăn).',
    ].join('\n');
    expect(visits(text, '2022-10-02')).toEqual(['LA-LP>VN-71', 'LA-HO>VN-71']);
  });

  it('"Ngày hội do Bộ … cùng UBND tỉnh A tổ chức, có đại diện các tỉnh B1, B2 (Campuchia) tham gia"', () => {
    const text = [
      'Tin',
      'Ngày hội do Bộ Văn hóa cùng UBND tỉnh An Giang tổ chức, có đại diện các tỉnh Kandal, Takeo (Vương quốc Campuchia) tham gia.',
    ].join('\n');
    expect(visits(text, '2012-12-10')).toEqual(['KH-8>VN-44', 'KH-21>VN-44']);
  });
});

describe("a meeting's quoted name", () => {
  it('"A tổ chức Hội nghị “… cho các tỉnh của nước CHDCND Lào” tại B" is held at B', () => {
    const text =
      'Tin\nVừa qua, Trường ĐH Vinh (Nghệ An) đã tổ chức Hội nghị “Các giải pháp đào tạo nguồn nhân lực cho các tỉnh của nước CHDCND Lào” tại thị xã Phôn-xa-vẳn, Xiêng-khoảng (Lào).';
    expect(visits(text)).toEqual(['VN-22>LA-XI']);
  });
});

describe('a trip recalled between the followed delegation and its country name', () => {
  it('"Năm ngoái, A đã cử một đoàn sang Lào …" does not change whom "đoàn Lào" means', () => {
    const text = [
      'Tin',
      'Hội nghị giữa Hội Chữ thập đỏ tỉnh Thanh Hóa và Hội Chữ thập đỏ tỉnh Houaphane của Lào đã được tổ chức tại Thanh Hóa ngày 25/6.',
      'Năm ngoái, Thanh Hóa đã cử một đoàn sang Lào cấp thuốc miễn phí ở huyện Sam Nua.',
      'Trong thời gian lưu lại, đoàn Lào sẽ thăm và tặng quà người nghèo ở huyện Quảng Xương.',
    ].join('\n');
    expect(visits(text, '2019-06-26')).toEqual(['LA-HO>VN-21', 'VN-21>LA-HO']);
  });
});

describe('an agreement acted on', () => {
  it('"Theo thỏa thuận hợp tác giai đoạn 2019-2020, hai bên sẽ …" names the partners\' agreement', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu tỉnh Houaphane (Lào) đã đến thăm và làm việc tại tỉnh Thanh Hóa.',
      'Theo thỏa thuận hợp tác song phương giai đoạn 2019-2020, hai bên sẽ đẩy mạnh chia sẻ kinh nghiệm.',
    ].join('\n');
    expect(sisters(text)).toEqual(['LA-HO|VN-21']);
  });

  it('"hai bên sẽ ký kết thỏa thuận hợp tác" is still a signing to come', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu tỉnh Houaphane (Lào) đã đến thăm và làm việc tại tỉnh Thanh Hóa.',
      'Hai bên sẽ ký kết thỏa thuận hợp tác giai đoạn 2026-2030.',
    ].join('\n');
    expect(sisters(text)).toEqual([]);
  });
});

describe('places named to situate a site', () => {
  it('"đồn Biên phòng … nơi có cột mốc 55, giáp tỉnh B (Campuchia)": nobody went to B', () => {
    const text =
      'Tin\nNgày 27/5, đoàn công tác tỉnh Vĩnh Long đến thăm đồn Biên phòng Bu Prăng đóng tại huyện Tuy Đức – nơi có cột mốc 55, giáp tỉnh Mondulkiri (Campuchia).';
    expect(visits(text)).toEqual([]);
  });
});

describe('a guest who speaks at the event', () => {
  it('"Ông X, Phó Tỉnh trưởng tỉnh B, cho rằng hội chợ …" at a fair the lead placed in A', () => {
    const text = [
      'Tin',
      'Ngày 27/5, Hội chợ thương mại quốc tế Tịnh Biên đã khai mạc tại tỉnh An Giang.',
      'Ông Yong Sovathana, Phó Tỉnh trưởng tỉnh Takeo, cho rằng hội chợ là dịp tốt cho doanh nghiệp.',
    ].join('\n');
    expect(visits(text, '2024-05-28')).toEqual(['KH-21>VN-44']);
  });
});

describe('a partnership set up', () => {
  it('"Từ khi hai tỉnh xác lập quan hệ hợp tác hữu nghị, …" after the trip between them', () => {
    const text = [
      'Tin',
      'Đoàn công tác tỉnh Phú Thọ đã đến thăm tỉnh Luông Nậm Thà (Lào).',
      'Từ khi hai tỉnh xác lập quan hệ hợp tác hữu nghị, tỉnh Phú Thọ đã giúp tỉnh bạn xây dựng nhiều công trình.',
    ].join('\n');
    expect(sisters(text)).toEqual(['LA-LM|VN-68']);
  });
});

describe('medical words that are no visit', () => {
  it('"Bác sĩ … thăm khám cho bà X (huyện Y, tỉnh B)" examines a patient', () => {
    const text =
      'Tin\nBác sĩ Trung tâm Y tế huyện Kỳ Sơn, tỉnh Nghệ An thăm khám cho bà Lầu Y Xia (huyện Noọng Hét, Xiêng Khoảng) sau ca mổ.';
    expect(visits(text)).toEqual([]);
  });

  it('"gia đình đưa tôi sang Trung tâm Y tế huyện X để khám và điều trị" is a patient, not a delegation', () => {
    const text =
      'Tin\nBà Lầu Y Xia ở tỉnh Xiêng Khoảng kể: "Gia đình đưa tôi sang Trung tâm Y tế huyện Kỳ Sơn, tỉnh Nghệ An để khám và điều trị".';
    expect(visits(text)).toEqual([]);
    const doctors =
      'Tin\nĐoàn y bác sĩ tỉnh Nghệ An đã sang Bệnh viện tỉnh Xiêng Khoảng để khám và điều trị cho người dân.';
    expect(visits(doctors)).toEqual(['VN-22>LA-XI']);
  });
});

describe('national bodies met at a named venue', () => {
  it('"Cuộc gặp … Bộ trưởng Bộ Quốc phòng 3 nước Việt Nam - Lào - Campuchia đã diễn ra tại TP. Kon Tum"', () => {
    const text =
      'Tin\nNgày 14.12, Cuộc gặp thường niên Bộ trưởng Bộ Quốc phòng 3 nước Việt Nam - Lào - Campuchia đã diễn ra tại TP. Kon Tum, tỉnh Kon Tum.';
    expect(visits(text, '2023-12-18')).toEqual(['LA-VT*>VN-28', 'KH-12*>VN-28']);
  });

  it('"Tại cuộc gặp ở Vientiane, Thủ tướng Lào và người đồng cấp Campuchia … khu vực biên giới giữa tỉnh A và tỉnh B"', () => {
    const text =
      'Tin\nTại cuộc gặp thứ Bảy này ở Vientiane, Thủ tướng Lào Thongloun Sisoulith và người đồng cấp Campuchia Hun Sen đã thống nhất rút binh sĩ khỏi khu vực biên giới giữa tỉnh Attapeu của Lào và tỉnh Stung Treng của Campuchia.';
    expect(visits(text, '2017-08-12')).toEqual(['KH-12*>LA-VT']);
  });

  it('"(Baonghean.vn) - … đoàn cán bộ Quân đội Hoàng gia Campuchia … đến thăm và làm việc tại Bộ CHQS tỉnh"', () => {
    const text = [
      'Tin',
      '(Baonghean.vn) - Chiều 31/10, đoàn cán bộ Quân đội Hoàng gia Campuchia do Đại tá Kov Kim Quy dẫn đầu đã đến thăm và làm việc tại Bộ CHQS tỉnh.',
      'Chính ủy Bộ CHQS tỉnh cảm ơn quân đội bạn đã đồng hành với cán bộ, chiến sĩ Nghệ An.',
    ].join('\n');
    expect(visits(text, '2023-11-01')).toEqual(['KH-12*>VN-22']);
  });
});

describe('military units as sides', () => {
  it('"tại TP. Buôn Ma Thuột, Bộ CHQS tỉnh A và Tiểu khu Quân sự tỉnh B (Campuchia) đã tiến hành Hội đàm"', () => {
    const text =
      'Tin\nNgày 21-4, tại TP. Buôn Ma Thuột, Bộ CHQS tỉnh Đắk Lắk và Tiểu khu Quân sự tỉnh Mundulkiri (Campuchia) đã tiến hành Hội đàm lần thứ 3.';
    expect(visits(text, '2017-04-22')).toEqual(['KH-11>VN-33']);
  });
});

describe("names and sides in the fifteenth session's last sets", () => {
  it('"Xa-va-na-khét": a hyphen joins a plain "va" into the name', () => {
    const text = 'Tin\nĐoàn đại biểu tỉnh Xa-va-na-khét (Lào) đã thăm tỉnh Quảng Trị.';
    expect(visits(text)).toEqual(['LA-SV>VN-25']);
  });

  it('"Theo bản kế hoạch được hai bên ký hôm thứ Ba, A và B sẽ …" names a signed plan', () => {
    const text =
      'Tin\nTheo bản kế hoạch được hai bên ký hôm thứ Ba, Kiên Giang và Kampot (Campuchia) sẽ tập trung vào công tác quản lý biên giới.';
    expect(sisters(text)).toEqual(['KH-7|VN-47']);
  });

  it('"Tỉnh A ở đồng bằng sông Cửu Long và tỉnh B của Lào vừa ký …": B is no venue', () => {
    const text =
      'Tin\nTỉnh An Giang ở đồng bằng sông Cửu Long và tỉnh Champassak của Lào vừa ký các thỏa thuận hợp tác năm 2011.';
    expect(visits(text)).toEqual([]);
  });

  it('a bracketed country qualifies the place before it: "… tỉnh Svay Rieng (Campuchia)"', () => {
    const text = [
      'Tin',
      'Sáng 13/11, tại Cửa khẩu quốc tế Mộc Bài (Tây Ninh), Bộ trưởng Bộ Quốc phòng Việt Nam đón Bộ trưởng Bộ Quốc phòng Campuchia.',
      'Sau đó, hai Bộ trưởng và đoàn công tác tham quan Diễn tập quân y chung; dự Lễ kết nghĩa giữa ấp Long Cường, tỉnh Tây Ninh với ấp Ô Tà Mô, huyện Svay Teap, tỉnh Svay Rieng (Campuchia).',
    ].join('\n');
    expect(visits(text, '2025-11-13')).not.toContain('VN-HN*>KH-12*');
    expect(visits(text, '2025-11-13')).toContain('KH-12*>VN-37');
  });
});

describe('the last blind sets of the fifteenth session', () => {
  it('"tới chúc Tết Đại sứ quán Lào tại Hà Nội" and a caption "đến chúc mừng Đại sứ quán Lào" stay at home', () => {
    const text = [
      'Tin',
      'Sáng nay (7/4), Thứ trưởng Bộ Ngoại giao Đặng Đình Quý đã dẫn đoàn cán bộ Bộ Ngoại giao tới chúc Tết Đại sứ quán Lào tại Hà Nội.',
      'Thứ trưởng Ngoại giao Đặng Đình Quý dẫn đầu đoàn đến chúc mừng Đại sứ quán Lào.',
    ].join('\n');
    expect(visits(text, '2017-04-07')).toEqual([]);
  });

  it('"Cũng trong chuyến thăm, Chính phủ Việt Nam sẽ trao … ở huyện X, tỉnh B": a plan, no trip to B', () => {
    const text = [
      'Đoàn công tác đặc biệt Chính phủ Lào làm việc tại Việt Nam',
      'Từ ngày 24 đến 28-6, Đoàn công tác đặc biệt Chính phủ Lào sang thăm và làm việc tại Việt Nam.',
      'Nhân dịp này, hai Ban công tác đặc biệt sẽ ký biên bản thỏa thuận hợp tác.',
      'Cũng trong chuyến thăm, Chính phủ Việt Nam sẽ trao khoản kinh phí hỗ trợ Chính phủ Lào tu bổ Cụm tượng đài ở huyện Păk Soòng, tỉnh Champasack.',
    ].join('\n');
    expect(visits(text, '2018-06-24')).toEqual(['LA-VT*>VN-HN*']);
  });

  it('"nhận lời mời của ông X, Tỉnh trưởng tỉnh B, kiêm Chủ tịch … tỉnh B, ông Y … tỉnh A đã sang thăm"', () => {
    const text =
      'Tin\nNgày 29/8/2009, nhận lời mời của ông Has Sa Reth, Tỉnh trưởng tỉnh Kep, kiêm Chủ tịch Ủy ban Mặt trận tỉnh Kep, ông Lê Văn Hồng, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang đã sang thăm Campuchia.';
    expect(visits(text)).toEqual(['VN-47>KH-23']);
  });

  it('"Tỉnh A của Việt Nam và tỉnh B của Campuchia vừa ký biên bản ghi nhớ về … tại thành phố A"', () => {
    const text =
      'Tin\nTỉnh Kon Tum của Việt Nam và tỉnh Ratanakiri của Campuchia vừa ký biên bản ghi nhớ về hợp tác kinh tế, xã hội hai chiều tại thành phố Kon Tum.';
    expect(visits(text)).toEqual(['KH-16>VN-28']);
    const firm =
      'Tin\nCông ty Cao su Tây Ninh đã ký hợp đồng bao tiêu mủ cao su với một doanh nghiệp đóng tại tỉnh Kông-pông Chàm.';
    expect(visits(firm)).toEqual([]);
  });

  it('"an ninh trật tự ở hai bên đường biên giới của tỉnh A, tiếp giáp với tỉnh B" is no venue', () => {
    const text = [
      'Bộ Chỉ huy BĐBP tỉnh Kon Tum hội đàm với Bộ Chỉ huy Quân sự tỉnh Attapư',
      '(kontumtv.vn) – Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Kon Tum, do Thượng tá Trần Ngọc Tùng làm trưởng đoàn, vừa hội đàm với đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Attapư, nước CHDCND Lào, do Đại tá Bun Chăn làm trưởng đoàn.',
      'Trên tinh thần đoàn kết, hai đoàn đã trao đổi thẳng thắn và cùng đánh giá: an ninh trật tự ở hai bên đường biên giới của tỉnh Kon Tum, tiếp giáp với tỉnh Attapư, được giữ vững.',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });
});
