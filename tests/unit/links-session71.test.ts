// Rules of the seventy-first session, from the re-reported sets' first runs: each sentence our
// own, in the shape the news uses, with a guard beside the rule where a near shape must not change.
import { describe, expect, it } from 'vitest';
import { read, visitsOf } from './helpers/read-article.ts';

const sorted = (xs: string[]) => [...xs].sort();

describe('who travelled with the delegation', () => {
  it('"…, cùng với đoàn lãnh đạo tỉnh C": a delegation named after the trip made it too', () => {
    expect(
      sorted(
        visitsOf(
          'Dự lễ kỷ niệm ngày thành lập tỉnh bạn',
          'Đoàn đại biểu tỉnh Sơn La đã sang tỉnh Xay Sổm Bun dự lễ kỷ niệm, cùng với đoàn lãnh đạo tỉnh Bắc Giang.',
        ),
      ),
    ).toEqual(['VN-05>LA-XS', 'VN-54>LA-XS']);
    // (A delegation of the host's country is a fellow guest at home, no trip across.)
    expect(
      visitsOf(
        'Dự lễ kỷ niệm ngày thành lập tỉnh bạn',
        'Đoàn đại biểu tỉnh Sơn La đã sang tỉnh Xay Sổm Bun dự lễ kỷ niệm, cùng với đoàn tỉnh Luang Prabang.',
      ),
    ).toEqual(['VN-05>LA-XS']);
  });

  it('"…, cùng với đoàn chủ nhà B và các đoàn C1, C2": the other delegations present are no destinations', () => {
    expect(
      sorted(
        visitsOf(
          'Ngày hội văn hóa vùng biên',
          'Ngày 17/5, ngày hội văn hóa vùng biên được tổ chức tại tỉnh Thừa Thiên Huế.',
          'Các tỉnh Sê Kông và Salavan của nước bạn Lào đã cử đoàn sang tham gia, cùng với đoàn chủ nhà Thừa Thiên Huế và các đoàn Quảng Trị, Quảng Nam.',
        ),
      ),
    ).toEqual(['LA-SL>VN-26', 'LA-XE>VN-26']);
  });

  it('"Đi cùng đoàn có lãnh đạo … của hai tỉnh giáp biên B1 và B2": they came to the lead’s venue', () => {
    expect(
      sorted(
        visitsOf(
          'Giao lưu hữu nghị biên giới',
          'Chương trình giao lưu hữu nghị biên giới năm 2019 được tổ chức tại tỉnh An Giang.',
          'Đi cùng đoàn có lãnh đạo chính quyền và lực lượng biên phòng của hai tỉnh giáp biên Takéo và Kandal.',
        ),
      ),
    ).toEqual(['KH-21>VN-44', 'KH-8>VN-44']);
  });

  it('"Sang chung vui cùng tỉnh bạn": sharing the partner’s day is a trip there', () => {
    expect(
      visitsOf(
        'Tin trong tuần',
        'Đoàn đại biểu tỉnh Sơn La đã sang chung vui với tỉnh Xay Sổm Bun nhân dịp kỷ niệm ngày thành lập tỉnh.',
      ),
    ).toEqual(['VN-05>LA-XS']);
  });
});

describe('delegations received', () => {
  it('"Các đoàn đại biểu … tỉnh B1, … tỉnh B2 và … tỉnh B3 đã được … tỉnh A đón tiếp": each came', () => {
    expect(
      sorted(
        visitsOf(
          'Hội đàm với lực lượng an ninh ba tỉnh bạn',
          'Hai ngày 10 và 11/9, các đoàn đại biểu An ninh tỉnh Luang Prabang, An ninh tỉnh Oudomxay và An ninh tỉnh Xayabury (Lào) đã được Công an tỉnh Điện Biên đón tiếp.',
        ),
      ),
    ).toEqual(['LA-LP>VN-71', 'LA-OU>VN-71', 'LA-XA>VN-71']);
  });

  it('"… đã được … đón tiếp và hội đàm thường niên": the talks after the welcome name no guest', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên',
        'Đoàn đại biểu An ninh tỉnh Luang Prabang (Lào) đã được Công an tỉnh Điện Biên đón tiếp và hội đàm thường niên.',
      ),
    ).toEqual(['LA-LP>VN-71']);
  });

  it('"… hội đàm thường niên lần thứ XIX năm 2025 với Ban Chỉ huy … thành phố B": a long round name', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên',
        'Chiều 9/12, đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Xekong (Lào) đã tiến hành hội đàm thường niên lần thứ XIX năm 2025 với Ban Chỉ huy Bộ đội Biên phòng thành phố Huế.',
      ),
    ).toEqual(['LA-XE>VN-26']);
  });

  it('"HUẾ - … hội đàm với Ban Chỉ huy … thành phố Huế, thành phố Đà Nẵng và tỉnh Quảng Ngãi": held where it was filed', () => {
    const talks = (lead: string) =>
      visitsOf(
        'Biên phòng ba địa phương hội đàm với Bộ CHQS tỉnh Xekong',
        `${lead}Chiều 9/12, đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Xekong (Lào) đã hội đàm với Ban Chỉ huy Bộ đội Biên phòng thành phố Huế, thành phố Đà Nẵng và tỉnh Quảng Ngãi.`,
      );
    expect(talks('HUẾ - ')).toEqual(['LA-XE>VN-26']);
    // (With no dateline, the sentence does not say where: each partner's home, as before.)
    expect(sorted(talks(''))).toEqual(['LA-XE>VN-26', 'LA-XE>VN-29', 'LA-XE>VN-DN']);
  });

  it('"X tỉnh A vừa được Trung tâm … đưa sang Việt Nam, … ở B1, B2": people brought over travelled', () => {
    expect(
      sorted(
        visitsOf(
          'Cán bộ nông nghiệp sang Việt Nam học tập',
          'Hai mươi cán bộ, nông dân ngành nông nghiệp tỉnh Hủa Phăn (Lào) vừa được Trung tâm Khuyến nông Quốc gia đưa sang Việt Nam, tận mắt xem các mô hình sản xuất ở Sơn La và Hòa Bình.',
        ),
      ),
    ).toEqual(['LA-HO>VN-05', 'LA-HO>VN-14']);
    // (Seed brought over by an agency is no one's trip.)
    expect(
      visitsOf(
        'Giống lúa mới',
        'Giống lúa mới của tỉnh Sơn La đã được Trung tâm Khuyến nông đưa sang tỉnh Hủa Phăn (Lào).',
      ),
    ).toEqual([]);
  });
});

describe('what is no trip, or another one', () => {
  it('"… nhận những phần quà chúc Tết do đoàn tỉnh A mang sang": the receivers did not travel', () => {
    expect(
      visitsOf(
        'Chúc Tết Bunpimay',
        'Nhân dân tỉnh Xiêng Khoảng nhận những phần quà chúc Tết do đoàn công tác tỉnh Nghệ An mang sang.',
      ),
    ).toEqual([]);
    // (The givers of "trao quà chúc Tết" did.)
    expect(
      visitsOf(
        'Chúc Tết Bunpimay',
        'Đoàn công tác tỉnh Nghệ An đã trao quà chúc Tết cho nhân dân tỉnh Xiêng Khoảng.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"… đã sang tỉnh B (Lào) hội đàm với lãnh đạo ba tỉnh B, B2 và B3": partners met at the stop', () => {
    expect(
      visitsOf(
        'Hội đàm biên phòng',
        'Ngày 11/9, đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An đã sang thị xã Phonsavan, tỉnh Xiêng Khoảng (Lào) hội đàm với lãnh đạo ba tỉnh Xiêng Khoảng, Hủa Phăn và Bolikhamxay.',
      ),
    ).toEqual(['VN-22>LA-XI']);
    // (Talks in a country, its provinces named only after them, are where the trip went.)
    expect(
      sorted(
        visitsOf(
          'Hội đàm biên phòng',
          'Đoàn đại biểu tỉnh Nghệ An đã sang Lào làm việc với lãnh đạo hai tỉnh Hủa Phăn và Bolikhamxay.',
        ),
      ),
    ).toEqual(['VN-22>LA-BL', 'VN-22>LA-HO']);
  });

  it('"Trong chuyến thăm, …, đoàn Việt Nam đã đặt hoa …": the province’s delegation, called by its country', () => {
    const { visits } = read(
      [
        'Tiếp đoàn công tác hai tỉnh',
        '',
        'Tỉnh trưởng tỉnh Prey Veng đã tiếp đoàn công tác hai tỉnh Đồng Tháp và Long An sang thăm. Trong chuyến thăm, ngày 6/4, đoàn Việt Nam đã đặt hoa tại Đài hữu nghị ở thành phố Prey Veng.',
      ].join('\n'),
    );
    expect(sorted(visits)).toEqual(['VN-41>KH-14', 'VN-45>KH-14']);
    // (A delegation of the country met in passing is no province's: "tiếp một đoàn … Campuchia".)
    expect(
      visitsOf(
        'Chúc Tết',
        'Lãnh đạo tỉnh Kiên Giang đã tiếp đoàn đại biểu tỉnh Kampot sang chúc Tết. Lãnh đạo tỉnh Kiên Giang cũng tiếp một đoàn đại biểu Campuchia sang chúc Tết.',
      ),
    ).toEqual(['KH-7>VN-47', 'KH-12>VN-47']);
  });
});

describe('the third wave', () => {
  it('"Đoàn … của cả ba tỉnh đã sang A": the group counted is the one named just before', () => {
    expect(
      sorted(
        visitsOf(
          'Ba tỉnh Campuchia ký ghi nhớ với Tây Ninh',
          'Ba tỉnh giáp biên của Campuchia là Svây Riêng, Prây Veng và Tboung Khmum hôm nay đã ký bản ghi nhớ hợp tác với tỉnh Tây Ninh. Đoàn đại biểu cấp cao của cả ba tỉnh đã sang Tây Ninh dự hội nghị.',
        ),
      ),
    ).toEqual(['KH-14>VN-37', 'KH-20>VN-37', 'KH-25>VN-37']);
    // (A count that does not match the places named before is no reference.)
    expect(
      visitsOf(
        'Hai tỉnh Campuchia ký ghi nhớ với Tây Ninh',
        'Tỉnh Svây Riêng hôm nay đã ký bản ghi nhớ hợp tác với tỉnh Tây Ninh. Đoàn đại biểu cấp cao của cả ba tỉnh đã sang Tây Ninh dự hội nghị.',
      ),
    ).not.toContain('KH-20>VN-37');
  });

  it('"Theo chương trình, rời A, đoàn sẽ đi … tới B": a leg still to come', () => {
    const leg = (tense: string) =>
      visitsOf(
        'Đoàn công tác Thanh Hóa thăm Lào',
        `Theo chương trình, rời Luông Pha Băng, đoàn công tác tỉnh Thanh Hóa ${tense} đi theo Quốc lộ 13 tới Sầm Nưa làm việc với lãnh đạo tỉnh Hủa Phăn.`,
      );
    expect(leg('sẽ')).toEqual([]);
    // (Made, the leg leaves one stop for the next.)
    expect(leg('đã')).toEqual(['VN-21>LA-LP', 'VN-21>LA-HO']);
  });

  it('"Lãnh đạo A1, A2, A3 chào Bí thư Thành ủy B" (a headline): leaders calling on the host', () => {
    expect(
      sorted(
        visitsOf(
          'Lãnh đạo Vientiane, Champasak, Savannakhet chào Bí thư Thành ủy TP.HCM',
          'Sáng 5/9, Bí thư Thành ủy TP.HCM đã tiếp lãnh đạo ba địa phương của Lào.',
        ),
      ),
    ).toEqual(['LA-CH>VN-SG', 'LA-SV>VN-SG', 'LA-VT>VN-SG']);
    // (A greeting sent is no call: "Lãnh đạo tỉnh A gửi lời chào …".)
    expect(
      visitsOf(
        'Thư chúc mừng',
        'Lãnh đạo tỉnh Champasak gửi lời chào Bí thư Thành ủy TP.HCM nhân dịp Quốc khánh.',
      ),
    ).toEqual([]);
  });
});
