// Rules the fifty-second session's helper H2 drew from probe C (acts done abroad without a travel
// verb): each test in its own words, with a guard for the nearby shape the rule must not touch.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

describe('private people crossing, their province followed by its country after a comma', () => {
  it('"người dân tỉnh B, Lào sang Việt Nam khám bệnh": patients, no delegation', () => {
    expect(
      visits(
        'Phòng khám biên giới\n\nPhòng khám quân dân y đóng tại xã Thanh Thủy, tỉnh Hà Giang mở cửa từ sáng sớm.\n\nMỗi tháng có hàng chục người dân tỉnh Phông Sa Lỳ, Lào sang Việt Nam khám bệnh.',
      ),
    ).toEqual([]);
  });

  it('guard: a province’s delegation, its country after a comma, still travels', () => {
    expect(
      visits(
        'Phòng khám biên giới\n\nPhòng khám quân dân y đóng tại xã Thanh Thủy, tỉnh Hà Giang mở cửa từ sáng sớm.\n\nNgày 4/3, đoàn cán bộ y tế tỉnh Phông Sa Lỳ, Lào sang Việt Nam làm việc với tỉnh Hà Giang.',
      ),
    ).toEqual(['LA-PH>VN-03']);
  });
});

describe('a roll of titled people before the trip verb, each with their own province', () => {
  const lead =
    'Khánh thành nhà văn hóa\n\nNgày 12-10, Hội người Việt tại tỉnh Stung Treng tổ chức lễ khánh thành nhà văn hóa cộng đồng tại tỉnh Stung Treng.';

  it('"Ông X, Giám đốc Sở … tỉnh A1; bà Y, Phó Giám đốc Sở … tỉnh A2 đến dự lễ": both came', () => {
    expect(
      visits(
        `${lead}\n\nÔng Lê Văn Tâm, Giám đốc Sở Văn hóa tỉnh Đắk Lắk; bà Phạm Thị Hoa, Phó Giám đốc Sở Văn hóa tỉnh Bình Phước đến dự lễ.`,
      ).sort(),
    ).toEqual(['VN-33>KH-19', 'VN-58>KH-19']);
  });

  it('guard: a second province not opened by a person is another body, not on the roll', () => {
    expect(
      visits(
        `${lead}\n\nÔng Lê Văn Tâm, Giám đốc Sở Văn hóa tỉnh Đắk Lắk, đơn vị kết nghĩa với tỉnh Bình Phước đến dự lễ.`,
      ),
    ).toEqual(['VN-33>KH-19']);
  });
});

describe('helpers thanked in an opening "Được sự giúp đỡ của …," clause are no travellers', () => {
  it('"Được sự giúp đỡ của Đại sứ quán và Hội người Campuchia gốc Việt, đoàn đã đến …"', () => {
    expect(
      visits(
        'Cần Thơ tặng quà kiều bào tại Campuchia\n\nĐược sự phối hợp, giúp đỡ của Đại sứ quán và Hội người Campuchia gốc Việt, đoàn đã đến các tỉnh Kampot, Takeo để trao 800 phần quà.',
      ).sort(),
    ).toEqual(['VN-CT>KH-21', 'VN-CT>KH-7']);
  });

  it('guard: a delegation named first, the helpers in an aside, travels as before', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nĐoàn đại biểu tỉnh Kampot, được sự giúp đỡ của Hội hữu nghị, đã đến thăm tỉnh An Giang.',
      ),
    ).toEqual(['KH-7>VN-44']);
  });
});

describe('a delegation that hands something over abroad, told with no travel verb', () => {
  it('"Đoàn công tác của Bộ Y tế Việt Nam … bàn giao … cho Sở Y tế tỉnh B (Lào)"', () => {
    expect(
      visits(
        'Hỗ trợ y tế\n\nCuối tháng 3/2024, Đoàn công tác của Bộ Y tế Việt Nam do Thứ trưởng Trần Văn Nam làm Trưởng đoàn đã bàn giao trang thiết bị y tế cho Sở Y tế tỉnh Bò Kẹo (Lào).',
      ),
    ).toEqual(['VN-HN*>LA-BK']);
  });

  it('"Đoàn công tác tỉnh A trao tặng quà cho Bộ Chỉ huy Quân sự tỉnh B"', () => {
    expect(
      visits(
        'Tặng quà\n\nĐoàn công tác tỉnh Kon Tum trao tặng quà cho Bộ Chỉ huy Quân sự tỉnh Sê Kông.',
      ),
    ).toEqual(['VN-28>LA-XE']);
  });

  it('guard: a handover at a border gate says nothing of who crossed', () => {
    expect(
      visits(
        'Tặng quà\n\nTại cửa khẩu Nam Giang, Đoàn công tác tỉnh Quảng Nam trao tặng quà cho Bộ Chỉ huy Quân sự tỉnh Sê Kông.',
      ),
    ).toEqual([]);
  });

  it('guard: a caption restating a handover the lead placed on the givers’ side', () => {
    expect(
      visits(
        'Tặng quà chống dịch\n\nNgày 3/6, tại cửa khẩu Lệ Thanh (tỉnh Gia Lai), đoàn công tác của tỉnh Kon Tum đã trao tặng quà hỗ trợ tỉnh Ratanakiri (Campuchia).\n\nĐoàn công tác của tỉnh Kon Tum trao tặng quà cho tỉnh Ratanakiri – Campuchia.',
      ).filter((v) => v.startsWith('VN')),
    ).toEqual([]);
  });

  it('guard: a delegation named only by its country is no national body', () => {
    expect(
      visits('Tặng quà\n\nĐoàn công tác Việt Nam trao tặng quà cho học sinh tỉnh Sê Kông.'),
    ).toEqual([]);
  });
});

describe('gifts handed to a neighbour’s people at a gate of the givers’ own side', () => {
  it('"tại khu vực cửa khẩu X, huyện Y (tỉnh A), … tỉnh A trao tặng … cho bà con … tỉnh B"', () => {
    expect(
      visits(
        'Tặng quà nhân dân biên giới\n\nNgày 14-8, tại khu vực cửa khẩu Nậm Cắn, huyện Kỳ Sơn (Nghệ An), Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An tổ chức trao tặng gạo, mì tôm cho bà con nhân dân các bản biên giới thuộc tỉnh Xiêng Khoảng (Lào).',
      ).filter((v) => v.startsWith('VN')),
    ).toEqual([]);
  });

  it('guard: the same gifts handed over in the neighbour’s villages are a visit there', () => {
    expect(
      visits(
        'Tặng quà nhân dân biên giới\n\nNgày 14-8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An tổ chức trao tặng gạo, mì tôm cho bà con nhân dân các bản biên giới thuộc tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });
});

describe('a year counted back from the event is no year of the event', () => {
  const dated = (text: string) =>
    linksOf(text)
      .filter((l) => l.kind === 'visit')
      .map((l) => `${l.from.iso}>${l.to.iso} ${l.date ?? '-'}`);

  it('"sáng nay (14/3) … 40 năm trước (ngày 2/9/1984)": the trip’s year is unknown', () => {
    expect(
      dated(
        'Thăm di tích\n\nSáng nay (14/3), đoàn đại biểu tỉnh Champasak đã đến thăm tỉnh Bình Phước. 40 năm trước (ngày 2/9/1984), tại nơi đây, một đơn vị quân tình nguyện đã được thành lập.',
      ),
    ).toEqual(['LA-CH>VN-58 -']);
  });

  it('guard: the only year, told of the event itself, still dates it', () => {
    expect(
      dated(
        'Thăm di tích\n\nSáng nay (14/3), đoàn đại biểu tỉnh Champasak đã đến thăm tỉnh Bình Phước. Chuyến thăm năm 2024 mở ra nhiều cơ hội hợp tác.',
      ),
    ).toEqual(['LA-CH>VN-58 2024-03-14']);
  });
});

describe('an award a foreign delegation hands to a leader of the paper’s own province', () => {
  const title = 'Chính phủ Lào tặng Huy chương Hữu nghị cho Giám đốc Công an Quảng Nam';

  it('"Đoàn công tác tỉnh B đã trao Huy chương … cho Đại tá X, Giám đốc Công an tỉnh"', () => {
    expect(
      visits(
        `${title}\n\nChiều 5/3, Đoàn công tác tỉnh Sê Kông đã trao Huy chương Hữu nghị cho Đại tá Trần Văn Minh, Giám đốc Công an tỉnh.`,
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('guard: receivers named by no bare "tỉnh" are no one of the paper’s province', () => {
    expect(
      visits(
        `${title}\n\nChiều 5/3, Đoàn công tác tỉnh Sê Kông đã trao Huy chương Hữu nghị cho các chiến sĩ.`,
      ),
    ).toEqual([]);
  });
});

describe('the stops of a journey listed in one sentence, one of them told as visited', () => {
  it('"… khép lại sau 5 ngày hành trình qua 3 tỉnh A, B và C": each stop was visited', () => {
    expect(
      visits(
        'Giao lưu sinh viên hai nước\n\nTối 20.8, tại tỉnh Attapeu, chương trình giao lưu sinh viên Việt Nam - Lào đã khép lại sau 5 ngày hành trình qua 3 tỉnh Sê Kông, Salavan và Attapeu.\n\nSáng cùng ngày, đoàn đại biểu sinh viên tỉnh Quảng Nam đã tới thăm một trường học của tỉnh Attapeu.',
      ).sort(),
    ).toEqual(['VN-27>LA-AT', 'VN-27>LA-SL', 'VN-27>LA-XE']);
  });

  it('guard: a journey still to come adds no stop', () => {
    expect(
      visits(
        'Giao lưu sinh viên hai nước\n\nChương trình giao lưu sinh viên Việt Nam - Lào sẽ có hành trình qua 3 tỉnh Sê Kông, Salavan và Attapeu.\n\nSáng 20/8, đoàn đại biểu sinh viên tỉnh Quảng Nam đã tới thăm và làm việc tại tỉnh Attapeu.',
      ),
    ).toEqual(['VN-27>LA-AT']);
  });
});

describe('doctors of a province named with "của tỉnh A", caring for another country’s people', () => {
  it('"các bác sĩ của tỉnh A khám bệnh cho người dân tỉnh B"', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nNgày 9/10, các bác sĩ của tỉnh An Giang khám bệnh cho người dân tỉnh Takeo.',
      ),
    ).toEqual(['VN-44>KH-21']);
  });

  it('"thăm khám" is care given where the patients are', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nNgày 9/10, các bác sĩ từ tỉnh Kiên Giang thăm khám cho người dân tỉnh Kampot.',
      ),
    ).toEqual(['VN-47>KH-7']);
  });

  it('guard: patients of the doctors’ own province are no trip', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nNgày 9/10, các bác sĩ của tỉnh An Giang thăm khám cho người dân tỉnh An Giang.',
      ),
    ).toEqual([]);
  });
});
