// Rules the twenty-third session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a roll of national bodies run on with commas', () => {
  const text = (roll: string) =>
    [
      'Tin',
      'Hội nghị quan chức cấp cao ba nước đã khai mạc sáng thứ Ba tại tỉnh Xê Kông, Lào.',
      `Tham dự hội nghị có ${roll}.`,
    ].join('\n');

  it('"có Thứ trưởng … Lào A, Bộ trưởng … Campuchia B": each body’s country came', () => {
    const roll =
      'Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Bounthavy, Bộ trưởng Bộ Thương mại Campuchia Pan Sorasak';
    expect(visits(text(roll), '2024-03-05')).toEqual(['KH-12*>LA-XE']);
    // The ministry whose name runs on with "và" is one body, of the country closing it.
    const one =
      'Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Bounthavy và ông Chea Vuthy, Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Campuchia';
    expect(visits(text(one), '2024-03-05')).toEqual(['KH-12*>LA-XE']);
  });

  it('a title chain that goes on to a province is that province’s leader, not a national body', () => {
    const roll =
      'ông Khamphan, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xê Kông';
    expect(visits(text(roll), '2024-03-05')).toEqual([]);
  });
});

describe('a leader who leads a delegation named by no home', () => {
  it('"Chủ tịch nước Lào X đã dẫn đầu đoàn đại biểu cấp cao tới dự lễ … ở tỉnh B": the leader’s country came', () => {
    const text = [
      'Tin',
      'VIÊNG CHĂN: Ngày 28/4, Chủ tịch nước Lào Thongloun Sisoulith đã dẫn đầu đoàn đại biểu cấp cao tới dự lễ khánh thành cảng cạn thuộc khu kinh tế Vũng Áng, ở tỉnh Hà Tĩnh.',
    ].join('\n');
    expect(visits(text, '2025-04-28')).toEqual(['LA-VT>VN-23']);
  });

  it('a delegation that names its home is still the traveller: "dẫn đầu Đoàn đại biểu tỉnh A …"', () => {
    const text = [
      'Tin',
      'Ngày 4/4, ông Khăm-phăn dẫn đầu Đoàn đại biểu tỉnh Savannakhet đã đến thăm và làm việc tại tỉnh Quảng Trị.',
    ].join('\n');
    expect(visits(text, '2025-04-04')).toEqual(['LA-SV>VN-25']);
  });
});

describe('what a meeting held was for', () => {
  it('"… tổ chức hội nghị tại A để nhìn lại … và thống nhất định hướng …": the meeting was held', () => {
    const text = [
      'Tin',
      'Ngày 21/12, Hội Nông dân tỉnh Quảng Trị và Hội Nông dân tỉnh Savannakhet (Lào) đã tổ chức hội nghị tại Quảng Trị để nhìn lại kết quả hợp tác và thống nhất định hướng phối hợp giai đoạn tới.',
    ].join('\n');
    expect(visits(text, '2022-12-21')).toEqual(['LA-SV>VN-25']);
  });

  it('"đã họp để thống nhất các nội dung phục vụ tổ chức Chương trình … cấp Bộ trưởng": no minister came yet', () => {
    const text = [
      'Tin',
      'Ngày 30/8, tại huyện Ngọc Hồi, tỉnh Kon Tum, lãnh đạo 3 tỉnh Kon Tum (Việt Nam), Attapư (Lào) và Rattanakiri (Campuchia) đã họp để thống nhất các nội dung phục vụ tổ chức Chương trình giao lưu quốc phòng biên giới ba nước, cấp Bộ trưởng Bộ Quốc phòng, năm 2023.',
    ].join('\n');
    expect(visits(text, '2023-08-30').filter((v) => v.includes('*'))).toEqual([]);
  });
});

describe('the delegation later sentences call by its country', () => {
  it('a caption with no place does not make the headline’s province the one followed', () => {
    const text = [
      'Quảng Trị và tỉnh Savannakhet (Lào) bàn hợp tác y tế',
      'Đại biểu dự hội nghị chụp ảnh lưu niệm.',
      'Ngày 21/12, Sở Y tế tỉnh Quảng Trị và Sở Y tế tỉnh Savannakhet (Lào) đã tổ chức hội nghị tại Quảng Trị để nhìn lại kết quả hợp tác.',
      'Cùng ngày, đoàn đại biểu Lào đã đến thăm Bệnh viện Đa khoa tỉnh.',
    ].join('\n');
    expect(visits(text, '2022-12-21')).toEqual(['LA-SV>VN-25']);
  });

  it('"tỉnh A và tỉnh B đã tổ chức lễ … tại cặp cửa khẩu …": a joint ceremony, no home presumed', () => {
    const text = [
      'Đón nhận 10 hài cốt liệt sĩ hy sinh tại Lào về nước',
      'QTO - Sáng 21/5, tỉnh Quảng Trị và tỉnh Savannakhet đã trang trọng tổ chức lễ bàn giao hài cốt liệt sĩ tại cặp cửa khẩu quốc tế Lao Bảo – Đen-xa-vẳn.',
      'Về phía Lào, dự lễ có ông Khăm-phăn, Phó Tỉnh trưởng tỉnh Savannakhet.',
    ].join('\n');
    expect(visits(text, '2024-05-21')).toEqual([]);
  });
});

describe('a headline that names the provinces’ delegation by its country', () => {
  const body = (lead: string) =>
    ['Đoàn đại biểu Campuchia thăm, chúc Tết tại Long An', lead].join('\n');

  it('"Đoàn đại biểu Campuchia thăm … Long An" over the two provinces the body names: no national trip', () => {
    const text = body(
      'Ngày 13/1, Đoàn đại biểu hai tỉnh Svay Rieng và Prey Veng của Vương quốc Campuchia đã sang thăm, chúc Tết tỉnh Long An.',
    );
    expect(visits(text, '2023-01-13')).toEqual(['KH-20>VN-41', 'KH-14>VN-41']);
  });

  it('a national delegation the provinces joined keeps its trip', () => {
    const led = body(
      'Ngày 21/1, Samdech Men Sam An dẫn đầu đoàn đại biểu Campuchia, cùng lãnh đạo hai tỉnh Svay Rieng và Prey Veng, sang thăm, chúc Tết tỉnh Long An.',
    );
    expect(visits(led, '2025-01-21')).toContain('KH-12*>VN-41');
    const joined = body(
      'Ngày 21/1, đoàn đại biểu Campuchia sang thăm, chúc Tết tỉnh Long An. Cùng đi với đoàn có lãnh đạo các cơ quan Trung ương Campuchia và lãnh đạo hai tỉnh Svay Rieng, Prey Veng.',
    );
    expect(visits(joined, '2025-01-21')).toContain('KH-12*>VN-41');
  });
});

describe('a speaker at an event the sentence before placed', () => {
  const text = (speaker: string) =>
    [
      'Hồi hương hài cốt liệt sĩ',
      'Cũng trong ngày 21/5, hài cốt của 17 liệt sĩ quân tình nguyện hy sinh tại Lào đã được an táng tại Nghĩa trang Liệt sĩ Ba Dốc, huyện Bố Trạch, tỉnh Quảng Bình.',
      `Phát biểu tại lễ an táng, ${speaker}, bày tỏ lòng biết ơn sâu sắc.`,
    ].join('\n');

  it('"… được an táng tại …, tỉnh B. Phát biểu tại lễ an táng, ông X, Phó Bí thư Thường trực Tỉnh ủy A": A came to B', () => {
    const who = 'ông Vongphet, Phó Bí thư Thường trực Tỉnh ủy Khammouane của Lào';
    expect(visits(text(who), '2025-05-21')).toEqual(['LA-KH>VN-24']);
  });

  it('a speaker from the venue’s own country travelled nowhere', () => {
    expect(visits(text('ông Hải, Phó Chủ tịch UBND tỉnh Quảng Bình'), '2025-05-21')).toEqual([]);
  });
});

describe('an event held at a venue, with the guests present', () => {
  // (The city whose week it is came: the forty-ninth session's blind gold counts the week's trip.)
  it('"Lễ khai mạc Tuần Văn hóa … Thành phố A tại tỉnh B có sự hiện diện của … tỉnh B": B hosts A', () => {
    const text = [
      'Tin',
      'Lễ khai mạc Tuần Văn hóa - Du lịch Thành phố Hồ Chí Minh tại tỉnh Luang Prabang có sự hiện diện của ông Bounleuam, Phó Tỉnh trưởng tỉnh Luang Prabang.',
    ].join('\n');
    expect(visits(text, '2023-10-26')).toEqual(['VN-SG>LA-LP']);
  });
});

describe('"Tại đây" after the places an event was held at', () => {
  const text = (party: string) =>
    [
      'Tin',
      'Từ ngày 9 đến 14/8, Tuần Văn hóa Việt Nam tại Campuchia được tổ chức ở hai địa điểm là Phnom Penh và Siem Reap.',
      `Tại đây, ${party} đã giới thiệu với công chúng nước bạn nhiều tiết mục ca múa nhạc dân tộc.`,
    ].join('\n');

  it('"Tại đây, đoàn Việt Nam …": the national delegation came to each place', () => {
    expect(visits(text('đoàn Việt Nam'), '2022-08-09')).toEqual(['VN-HN*>KH-12', 'VN-HN*>KH-17']);
  });

  it('no party named by a country or national body: nothing', () => {
    expect(visits(text('các nghệ sĩ'), '2022-08-09')).toEqual([]);
  });
});

describe('gifts handed over at a named venue; delegations named after the venue', () => {
  it('"tại Cửa khẩu quốc tế X, tỉnh B, … tỉnh A đã trao cho tỉnh B …": A came to B', () => {
    const text = [
      'Tin',
      'Sáng 6/7, tại Cửa khẩu quốc tế Cầu Treo, tỉnh Hà Tĩnh, ông Bun Mi, Chủ tịch HĐND tỉnh Khăm Muộn (Lào) đã trao cho tỉnh Hà Tĩnh 20.000 USD cùng 5 tấn gạo.',
    ].join('\n');
    expect(visits(text, '2021-07-06')).toEqual(['LA-KH>VN-23']);
  });

  it('"tại Hà Nội, hai Đoàn đại biểu biên giới Việt Nam và Cămpuchia …": the Cambodian delegation came', () => {
    const text = [
      'Tin',
      'Trong hai ngày 13 và 14/1/2010, tại Hà Nội, hai Đoàn đại biểu biên giới Việt Nam và Cămpuchia đã tiến hành cuộc họp vòng IV của Ủy ban liên hợp.',
    ].join('\n');
    expect(visits(text, '2010-01-13')).toEqual(['KH-12*>VN-HN']);
  });
});

describe('cue words typed with Ð for Đ', () => {
  it('"Ðoàn đại biểu tỉnh Ðồng Nai đã ðến thăm tỉnh Kandal"', () => {
    const text = [
      'Tin',
      'Ngày 5/3, Ðoàn đại biểu tỉnh Ðồng Nai đã ðến thăm tỉnh Kandal (Campuchia).',
    ].join('\n');
    expect(visits(text, '2012-03-05')).toEqual(['VN-39>KH-8']);
  });
});

describe('an ambassador on a roll at the capital of the country of the post', () => {
  const text = (place: string) =>
    [
      'Tin',
      `Ngày 19/5, Lễ hội đoàn kết hữu nghị Việt Nam - Lào lần thứ 5 đã được tổ chức tại ${place}, nhằm kỷ niệm 50 năm thiết lập quan hệ ngoại giao.`,
      'Tới dự lễ hội có ông Xomphon, Đại sứ nước CHDCND Lào tại Việt Nam.',
    ].join('\n');

  it('"Tới dự … có ông X, Đại sứ … Lào tại Việt Nam" in Hà Nội: at the post, not come', () => {
    expect(visits(text('Hà Nội'), '2012-05-19')).toEqual([]);
  });

  it('in a province, the ambassador came from the capital', () => {
    expect(visits(text('tỉnh Bắc Giang'), '2012-05-19')).toEqual(['LA-VT*>VN-54']);
  });
});

describe('a province’s delegation received by another country’s national leader', () => {
  it('"…, sáng 11/4, đoàn đại biểu Thành phố A … đã được Chủ tịch Quốc hội Lào X tiếp kiến": A went to the capital', () => {
    const text = [
      'Tin',
      'Nhân chuyến sang chúc Tết Bunpimay của nhân dân các bộ tộc Lào, sáng 11/4, đoàn đại biểu Thành phố Hồ Chí Minh do Phó Bí thư Thành ủy làm trưởng đoàn đã được Chủ tịch Quốc hội Lào Pany Yathotou tiếp kiến.',
    ].join('\n');
    expect(visits(text, '2019-04-11')).toEqual(['VN-SG>LA-VT']);
  });

  it('a leader of the guest’s own country receives no trip', () => {
    const text = [
      'Tin',
      'Sáng 11/4, đoàn đại biểu Thành phố Hồ Chí Minh đã được Chủ tịch Quốc hội Việt Nam tiếp.',
    ].join('\n');
    expect(visits(text, '2019-04-11')).toEqual([]);
  });
});

describe('a body named "Kế hoạch" is no plan', () => {
  it('"Phía Lào có đồng chí X, …, Chủ nhiệm Ủy ban Kế hoạch Tài chính …, dẫn đầu đoàn …" at a named venue', () => {
    const text = [
      'Tin',
      'Ngày 23/11, Hội Hữu nghị Việt Nam - Lào đã tổ chức lễ mít tinh kỷ niệm Quốc khánh Lào tại thành phố Thái Nguyên, tỉnh Thái Nguyên.',
      'Phía Lào có đồng chí Vị-lay-vông, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ nhiệm Ủy ban Kế hoạch Tài chính của Quốc hội Lào, dẫn đầu đoàn đại biểu Trung ương Hội Hữu nghị Lào - Việt Nam.',
    ].join('\n');
    expect(visits(text, '2016-11-23')).toEqual(['LA-VT*>VN-69']);
  });
});

describe('a national speaker named with a military rank', () => {
  it('"Tại lễ khai mạc, Thượng tướng X, Thứ trưởng Bộ Quốc phòng, nhấn mạnh …" at a venue abroad', () => {
    const text = [
      'Tin',
      'Ngày 20/11, tại Trung tâm Hội nghị quốc tế ở thủ đô Vientiane, Hội chợ giao thương Việt Nam - Lào năm 2025 đã chính thức khai mạc.',
      'Tại lễ khai mạc, Thượng tướng Nguyễn Trường Thắng, Thứ trưởng Bộ Quốc phòng, nhấn mạnh hai nước là láng giềng gần gũi.',
    ].join('\n');
    expect(visits(text, '2025-11-20')).toEqual(['VN-HN*>LA-VT*']);
  });
});
