// Rules of the seventieth session, from the re-reported sets' first runs: each sentence our own,
// in the shape the news uses, with a guard beside the rule where a near shape must not change.
import { describe, expect, it } from 'vitest';
import { read, visitsOf } from './helpers/read-article.ts';

const sorted = (xs: string[]) => [...xs].sort();

describe('a lead under its own dateline', () => {
  it('"Phnom Penh (TTXVN) - Ngày 17/12, Bí thư Thành ủy A đã có cuộc hội đàm với Đô trưởng …": a leader named by title met there', () => {
    expect(
      visitsOf(
        'Hai thành phố thúc đẩy hợp tác',
        'Phnom Penh (TTXVN) - Ngày 17/12, Bí thư Thành ủy Thành phố Hồ Chí Minh Trần Văn A đã có cuộc hội đàm với Đô trưởng Phnom Penh Khuon B.',
      ),
    ).toEqual(['VN-SG>KH-12']);
  });

  it('"SÊ KÔNG (Lào) - Hội nghị … năm 2024 giữa Công an tỉnh A và Công an tỉnh Sê Kông …": the year is the lead’s own event', () => {
    expect(
      visitsOf(
        'Giao ban công an hai tỉnh',
        'SÊ KÔNG (Lào) - Hội nghị giao ban thường niên năm 2024 giữa Công an tỉnh Quảng Nam và Công an tỉnh Sê Kông đã diễn ra ngày 24/7 tại huyện Lạ Màm.',
      ),
    ).toEqual(['VN-27>LA-XE']);
  });

  it('"Quảng Nam (TTXVN) - Đoàn … tỉnh Champasak … hội đàm với lãnh đạo tỉnh Quảng Nam": our province files and hosts', () => {
    const talks = (dateline: string) =>
      visitsOf(
        'Hai tỉnh hội đàm',
        `${dateline} – Đoàn đại biểu cấp cao tỉnh Champasak do đồng chí Xổm-phon Vông-xay, Bí thư Tỉnh ủy, làm trưởng đoàn đã có cuộc hội đàm cấp cao với lãnh đạo tỉnh Quảng Nam vào ngày 28/11.`,
      );
    expect(talks('Quảng Nam (TTXVN)')).toEqual(['LA-CH>VN-27']);
    expect(talks('Tam Kỳ (KPL)')).toEqual(['LA-CH>VN-27']);
    // (The dateline's own delegation going abroad is not received at home.)
    expect(
      visitsOf(
        'Hai tỉnh hội đàm',
        'Quảng Nam (TTXVN) – Đoàn đại biểu cấp cao tỉnh Quảng Nam đã có cuộc hội đàm với lãnh đạo tỉnh Champasak ngày 28/11.',
      ),
    ).toEqual(['VN-27>LA-CH']);
  });
});

describe('a host that "đón / tiếp" a counted delegation', () => {
  it('"Tỉnh B cũng đã đón một đoàn tình nguyện do Hội cử sang": B hosted, the paper’s side went', () => {
    const lead = 'Hội Hữu nghị Việt - Lào tỉnh Gia Lai đã tổ chức đại hội nhiệm kỳ mới.';
    expect(
      visitsOf(
        'Hội hữu nghị tỉnh Gia Lai',
        lead,
        'Tỉnh Chăm Pa Sắc (Lào) cũng đã đón một đoàn tình nguyện do Hội cử sang.',
      ),
    ).toEqual(['VN-30>LA-CH']);
  });

  it('"… cũng đón một đoàn thầy thuốc Việt Nam, lần này đến từ tỉnh A"', () => {
    expect(
      visitsOf(
        'Thầy thuốc Việt Nam khám bệnh cho người dân Campuchia',
        'Huyện Mê Sang của tỉnh Prây Veng cũng đón một đoàn thầy thuốc Việt Nam, lần này đến từ tỉnh Đồng Tháp.',
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  it('"tiếp hai đoàn đại biểu Campuchia sang chúc Tết: đoàn tỉnh B1 … và đoàn tỉnh B2 …": each listed', () => {
    expect(
      sorted(
        visitsOf(
          'Long An đón hai tỉnh bạn',
          'Sáng 13/1, lãnh đạo tỉnh Long An tiếp hai đoàn đại biểu Campuchia sang chúc Tết: đoàn tỉnh Svay Rieng do ông Hem Piset làm Trưởng đoàn và đoàn tỉnh Prey Veng do ông Hy Thouk làm Trưởng đoàn.',
        ),
      ),
    ).toEqual(['KH-14>VN-41', 'KH-20>VN-41']);
  });

  it('a tally "đã đón tiếp 18 đoàn" stays no trip', () => {
    expect(
      visitsOf(
        'Đối ngoại tỉnh Long An',
        'Năm qua, lãnh đạo tỉnh Long An đã đón tiếp 18 đoàn khách của tỉnh Svay Rieng.',
      ),
    ).toEqual([]);
  });
});

describe('who was sent, and who went together', () => {
  const lead =
    'Ngày 15/3, tại thành phố Đông Hà, tỉnh Quảng Trị đã tổ chức hội thảo về hành lang kinh tế.';

  it('"Tỉnh B cử ông X, Phó Tỉnh trưởng, sang dự.": an official sent to the lead’s event', () => {
    expect(
      visitsOf(
        'Hội thảo hành lang kinh tế',
        lead,
        'Tỉnh Saravan cử ông Phouthong Khammanyvong, Phó Tỉnh trưởng, sang dự.',
      ),
    ).toEqual(['LA-SL>VN-25']);
    expect(
      visitsOf('Hội thảo hành lang kinh tế', lead, 'Tỉnh Saravan cử đại diện sang dự.'),
    ).toEqual(['LA-SL>VN-25']);
  });

  it('"cử 2 sinh viên sang học" sends no official', () => {
    expect(
      visitsOf('Hội thảo hành lang kinh tế', lead, 'Tỉnh Saravan cử 2 sinh viên sang học.'),
    ).toEqual([]);
  });

  it('"Thiếu tướng X, … Thủ đô A và ông Y, Phó Tỉnh trưởng tỉnh B (Lào) sang … dự lễ": both came', () => {
    expect(
      sorted(
        visitsOf(
          'Lễ an táng liệt sỹ tại Hà Tĩnh',
          'Thiếu tướng Sỉ Phon Chăn Sổm Vông, Phó Bí thư Thành ủy, Trưởng ban Công tác đặc biệt Thủ đô Vientiane và ông Khăm Vén Păn Nha Nụ Vông, Phó Tỉnh trưởng tỉnh Bolikhamxay (Lào) sang Hà Tĩnh dự lễ.',
        ),
      ),
    ).toEqual(['LA-BL>VN-23', 'LA-VT>VN-23']);
  });

  it('"đoàn tỉnh A1 và đoàn tỉnh A2 trao quà …": the first delegation gave too', () => {
    expect(
      sorted(
        visitsOf(
          'Chúc Tết Long An',
          'Dịp này, đoàn tỉnh Svay Rieng và đoàn tỉnh Prey Veng trao quà chúc Tết Nguyên đán tặng lãnh đạo tỉnh Long An.',
        ),
      ),
    ).toEqual(['KH-14>VN-41', 'KH-20>VN-41']);
    // (The host named beside a delegation is no traveller.)
    expect(
      visitsOf(
        'Chúc Tết Long An',
        'Dịp này, lãnh đạo tỉnh Long An và đoàn tỉnh Prey Veng đã dâng hương tại tượng đài ở tỉnh Long An.',
      ),
    ).toEqual(['KH-14>VN-41']);
  });

  it('"…: giai đoạn 2011 - 2019, tỉnh đã 7 lần cử đoàn sang thăm B1, B2, B3": the paper’s province', () => {
    expect(
      visitsOf(
        'Quảng Ninh hội đàm với ba tỉnh Bắc Lào',
        'Ngày 3/6, tại Hạ Long, lãnh đạo tỉnh Quảng Ninh đã hội đàm với đoàn đại biểu tỉnh Luang Prabang.',
        'Bí thư Tỉnh ủy cho biết: giai đoạn 2011 - 2019, tỉnh đã 7 lần cử đoàn sang thăm Luang Prabang, Houaphanh, Xayabury.',
      ),
    ).toEqual(['LA-LP>VN-13', 'VN-13>LA-LP', 'VN-13>LA-HO', 'VN-13>LA-XA']);
  });
});

describe('an itinerary told by its stops', () => {
  it('"A, B rồi C là ba địa phương … mà đoàn … đã lần lượt đến thăm": each stop', () => {
    expect(
      visitsOf(
        'Bình Phước chúc Tết các tỉnh bạn',
        'Tboung Khmum, Kratié rồi Mondulkiri là ba địa phương của Vương quốc Campuchia mà đoàn công tác tỉnh Bình Phước đã lần lượt đến thăm, chúc Tết trong hai ngày 6 và 7/4.',
      ),
    ).toEqual(['VN-58>KH-25', 'VN-58>KH-10', 'VN-58>KH-11']);
  });

  it('a sub-heading "Từ A đến B" names no traveller for the bare "đoàn" after it', () => {
    expect(
      visitsOf(
        'Bình Phước chúc Tết các tỉnh bạn',
        'Đoàn công tác tỉnh Bình Phước đã đến thăm, chúc Tết tỉnh Tboung Khmum ngày 6/4.',
        'Từ Tboung Khmum đến Kratié',
        'Ngay chiều cùng ngày, đoàn di chuyển sang tỉnh Kratié. Đón đoàn có Tỉnh trưởng tỉnh Kratié.',
      ),
    ).toEqual(['VN-58>KH-25', 'VN-58>KH-10']);
  });

  it('a delegation’s own "từ A đến B" is still its trip', () => {
    expect(
      visitsOf(
        'Đoàn Bình Phước sang Kratié',
        'Đoàn công tác tỉnh Bình Phước đi từ Bình Phước đến Kratié.',
      ),
    ).toEqual(['VN-58>KH-10']);
  });
});

describe('a name in quotes', () => {
  it('"tại gian hàng “Hà Nội - Việt Nam” ở Hội chợ … Vientiane" places no one in Hà Nội', () => {
    expect(
      read(
        [
          'Hà Nội xúc tiến thương mại tại Viêng Chăn',
          '',
          'Ngày 24/11, tại Viêng Chăn, thành phố Hà Nội đã tổ chức hội nghị giao thương. Song song với hội nghị, 16 doanh nghiệp của thành phố đang góp mặt tại gian hàng "Hà Nội - Việt Nam" ở Lễ hội That Luang và Hội chợ thương mại Vientiane 2023.',
        ].join('\n'),
      ).visits,
    ).toEqual(['VN-HN>LA-VT']);
  });
});

describe('where a team’s remains were found', () => {
  const team =
    'Đội K53 thuộc Bộ CHQS tỉnh Kon Tum đã trải qua hơn 5 tháng làm nhiệm vụ ở ba tỉnh Nam Lào.';

  it('"kết quả … như sau: 6 hài cốt ở tỉnh B1, 2 hài cốt ở tỉnh B2 …": the team went to each', () => {
    expect(
      visitsOf(
        'Kon Tum đón 9 liệt sĩ từ Lào trở về',
        team,
        'Kết quả quy tập được chia như sau: 6 hài cốt ở tỉnh Sekong, 2 hài cốt ở tỉnh Attapeu và 1 hài cốt ở tỉnh Champasak.',
      ),
    ).toEqual(['VN-28>LA-XE', 'VN-28>LA-AT', 'VN-28>LA-CH']);
  });

  it('"5 bộ hài cốt tại tỉnh B1, 8 bộ tại tỉnh B2", "70 hài cốt ở 2 tỉnh B1 và B2": the list goes on', () => {
    expect(
      visitsOf(
        'Kon Tum đón liệt sĩ',
        team,
        'Cụ thể, các đơn vị bạn đã bàn giao 5 bộ hài cốt tại tỉnh Sekong, 8 bộ tại tỉnh Attapeu.',
      ),
    ).toEqual(['VN-28>LA-XE', 'VN-28>LA-AT']);
    expect(
      visitsOf('Kon Tum đón liệt sĩ', team, 'Có 70 hài cốt liệt sĩ ở 2 tỉnh Sekong và Attapeu.'),
    ).toEqual(['VN-28>LA-XE', 'VN-28>LA-AT']);
  });

  it('the team’s standing task "… quy tập hài cốt liệt sĩ tại B" counts no remains: only the headline’s guests', () => {
    expect(
      visitsOf(
        'Hà Tĩnh tiếp đoàn Bôlykhămxay',
        'Đồng chí đề nghị tỉnh bạn tiếp tục tạo điều kiện cho Đội K100 của Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đang làm nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ tại Bôlykhămxay.',
      ),
    ).toEqual(['LA-BL>VN-23']);
  });
});

describe('guests received and greeted, after the third wave', () => {
  it('"đoàn công tác của ba tỉnh B1, B2 và B3 đã được … tỉnh A tiếp": each guest province', () => {
    expect(
      visitsOf(
        'Tin đối ngoại',
        'Sáng 10/9, đoàn công tác của ba tỉnh Luông Pha Băng, Bokeo và Hủa Phăn đã được đồng chí Hoàng Quốc Khánh - Phó Chủ tịch UBND tỉnh Lào Cai tiếp.',
      ),
    ).toEqual(['LA-LP>VN-02', 'LA-BK>VN-02', 'LA-HO>VN-02']);
  });

  it('"đoàn … lên tỉnh B và được lãnh đạo … tỉnh tiếp đón": B is where it went, not its home', () => {
    expect(
      visitsOf(
        'Cựu chiến binh Đồng Tháp thăm Campuchia',
        'Sau đó, đoàn theo quốc lộ 5 lên tỉnh Battambang và được lãnh đạo Ủy ban hành chính tỉnh tiếp đón.',
      ),
    ).toEqual(['VN-45>KH-2']);
  });

  it('"… vui mừng chào đón lãnh đạo, nghệ sĩ A đã sang B": the greeted crossed over, whoever speaks for the host', () => {
    const greeted = 'vui mừng chào đón lãnh đạo, nghệ sĩ, nghệ nhân Sơn La đã sang Hủa Phăn.';
    expect(visitsOf('Ngày hội', `Đồng chí Khăm Phênh ${greeted}`)).toEqual(['VN-05>LA-HO']);
    expect(
      visitsOf(
        'Ngày hội Sơn La - Hủa Phăn',
        `Thay mặt tỉnh chủ nhà, đồng chí Khăm Phênh ${greeted}`,
      ),
    ).toEqual(['VN-05>LA-HO']);
  });

  it('"… tặng quà lưu niệm cho đồng chí X, trưởng đoàn công tác thành phố A sang thăm …" turns no trip round', () => {
    expect(
      visitsOf(
        'Tin đối ngoại',
        'Tối 30/10, đoàn công tác thành phố Đà Nẵng đã được Phó Bí thư Tỉnh ủy Savannakhet đón tiếp. Buổi tiếp diễn ra trong không khí thân tình: đồng chí Phoxay, Phó Bí thư Thường trực Tỉnh ủy Savannakhet (phải) tặng quà lưu niệm cho đồng chí Nguyễn Đình Vĩnh, trưởng đoàn công tác thành phố Đà Nẵng sang thăm và làm việc với lãnh đạo tỉnh bạn.',
      ).filter((v) => v !== 'VN-DN>LA-SV'),
    ).toEqual([]);
  });
});

describe('a road is no trip', () => {
  it('"… có tuyến qua cửa khẩu A sang tỉnh B" runs there; a delegation on that road went', () => {
    expect(
      visitsOf(
        'Quảng Nam phát triển giao thông',
        'Hiện Quảng Nam đang ưu tiên phát triển giao thông hướng Tây, trong đó có tuyến qua cửa khẩu Nam Giang sang tỉnh Xê Công.',
      ),
    ).toEqual([]);
    expect(
      visitsOf(
        'Tin Quảng Nam',
        'Đoàn công tác tỉnh Quảng Nam theo tuyến đường 14D qua cửa khẩu Nam Giang sang tỉnh Xê Công.',
      ),
    ).toEqual(['VN-27>LA-XE']);
  });
});

describe('a trip told verb first, its delegation last', () => {
  it('"Đến thăm và chúc Tết B hôm nay là đoàn …": the delegation named after "là" came', () => {
    expect(
      visitsOf(
        'Tin tức',
        'Đến thăm và chúc Tết tỉnh Tây Ninh hôm nay là đoàn đại biểu tỉnh Svay Rieng.',
      ),
    ).toEqual(['KH-20>VN-37']);
    expect(
      visitsOf(
        'Tin tức TP.HCM tối 10-1',
        'Đến thăm và chúc Tết TP.HCM hôm nay là đoàn Bộ Tư lệnh Cận vệ, Quân đội Hoàng gia Campuchia.',
      ),
    ).toEqual(['KH-12>VN-SG']);
  });

  it('"Sang B dự lễ có các đoàn … (Lào) và đoàn … (Campuchia)": every delegation on the roll', () => {
    expect(
      sorted(
        visitsOf(
          'Lễ an táng liệt sĩ',
          'Sang Kon Tum dự lễ có các đoàn đại biểu của hai tỉnh Attapeu, Sekong (Lào) và đoàn đại biểu tỉnh Rattanakiri (Campuchia).',
        ),
      ),
    ).toEqual(['KH-16>VN-28', 'LA-AT>VN-28', 'LA-XE>VN-28']);
  });

  it('"Đến dự lễ tại B sẽ có đoàn …" is who is to come', () => {
    expect(
      visitsOf('Tin tức', 'Đến dự lễ tại tỉnh Tây Ninh sẽ có đoàn đại biểu tỉnh Svay Rieng.'),
    ).toEqual([]);
  });
});

describe('people who travel with goods', () => {
  it('"đoàn của A cùng hàng hóa đã sang tới B" went; goods alone did not', () => {
    expect(
      visitsOf(
        'Phiên chợ hàng Việt',
        'Vượt hơn 170 km từ thành phố Pleiku, đoàn của Gia Lai cùng hàng hóa đã sang tới thành phố Banlung, tỉnh lỵ Rattanakiri.',
      ),
    ).toEqual(['VN-30>KH-16']);
    expect(
      visitsOf(
        'Phiên chợ hàng Việt',
        'Hàng hóa từ tỉnh Gia Lai sang Rattanakiri chủ yếu là vật liệu xây dựng.',
      ),
    ).toEqual([]);
  });
});
