// Talks held with a delegation ("hội đàm / làm việc / hội kiến với Đoàn …"): the delegation came
// to its hosts, whose home is only presumed the venue when the sentence names none; talks recalled
// at a list of venues, and the sides of a relationship spoken of, tell no trip between them.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('talks with a delegation', () => {
  it('"lãnh đạo tỉnh A hội đàm với Đoàn đại biểu tỉnh B": B came to A', () => {
    const text = [
      'Tin',
      'Chiều 14/3, lãnh đạo tỉnh Quảng Trị hội đàm với Đoàn đại biểu cấp cao tỉnh Salavan (Lào).',
    ].join('\n');
    expect(visits(text, '2024-03-15')).toEqual(['LA-SL>VN-25']);
  });

  it('"UBND tỉnh A làm việc với đoàn công tác tỉnh B": the hosts are not the delegation', () => {
    const text = ['Tin', 'Sáng 2/4, UBND tỉnh Gia Lai làm việc với đoàn công tác tỉnh Ratanakiri.'];
    expect(visits(text.join('\n'), '2024-04-03')).toEqual(['KH-16>VN-30']);
  });

  it('"tại cuộc hội đàm giữa lãnh đạo tỉnh A với Đoàn … tỉnh B": the hosts between the words', () => {
    const text = [
      'Tin',
      'Thỏa thuận hợp tác được ký tại cuộc hội đàm giữa lãnh đạo tỉnh Nghệ An với Đoàn đại biểu tỉnh Xiêng Khoảng chiều 5/9.',
    ].join('\n');
    expect(visits(text, '2023-09-06')).toEqual(['LA-XI>VN-22']);
  });

  it('a delegation’s own talks, "Đoàn … tỉnh A làm việc với đoàn …", stay its trip', () => {
    const text = ['Tin', 'Đoàn đại biểu tỉnh Quảng Nam làm việc với đoàn công tác tỉnh Sê Kông.'];
    expect(visits(text.join('\n'), '2023-09-06')).toEqual(['VN-27>LA-XE']);
  });

  it('talks "trong buổi làm việc với đoàn …" with no host named leave the trip to other words', () => {
    const text = [
      'Tin',
      'Việc ký kết diễn ra trong buổi làm việc với đoàn đại biểu tỉnh Champasak, trong chuyến thăm ngày 13/1 tới thành phố Pleiku, tỉnh Gia Lai.',
    ].join('\n');
    expect(visits(text, '2023-01-14')).toEqual(['LA-CH>VN-30']);
  });

  it('the hosts’ presumed home gives way to a trip the article tells the other way', () => {
    const text = [
      'Quảng Bình và Khăm Muộn',
      'Ngày 10/3, lãnh đạo tỉnh Quảng Bình làm việc với đoàn tỉnh Khăm Muộn.',
      'Cũng trong dịp này, lãnh đạo tỉnh Quảng Bình đã sang tỉnh Khăm Muộn trồng cây hữu nghị.',
    ].join('\n');
    expect(visits(text, '2024-03-11')).toEqual(['VN-24>LA-KH']);
  });
});

describe('a delegation led by a titled leader', () => {
  it('"Tiếp đoàn … do đồng chí X, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B dẫn đầu, đồng chí Y, … A …"', () => {
    const text = [
      'Tin',
      'Tiếp đoàn đại biểu tỉnh bạn Lào do đồng chí Xan-ti-pháp, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savannakhet dẫn đầu, đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy Quảng Nam bày tỏ vui mừng.',
    ].join('\n');
    expect(visits(text, '2022-08-06')).toEqual(['LA-SV>VN-27']);
  });
});

describe('meetings recalled at a list of venues', () => {
  it('"tại các cuộc gặp giữa Thủ tướng hai nước ở A, B và C": every place listed is a venue', () => {
    const text = [
      'Tin',
      'Hai bên cam kết tôn trọng những nội dung đã thống nhất tại các cuộc gặp giữa Thủ tướng hai nước ở Viêng Chăn, Phnôm Pênh và Hà Nội.',
    ].join('\n');
    expect(visits(text, '2018-12-06')).toEqual([]);
  });
});

describe('sides of a relationship spoken of', () => {
  it('"Đón tiếp đoàn, Bí thư … cho biết quan hệ hợp tác giữa thành phố với hai tỉnh A và B …"', () => {
    const text = [
      'Đoàn đại biểu cấp cao Lào thăm thành phố Hải Phòng',
      'Đón tiếp đoàn, Bí thư Thành ủy cho biết những năm qua, quan hệ hợp tác giữa thành phố với hai tỉnh Viêng Chăn và Oudomxay của Lào đã mang lại kết quả tích cực.',
    ].join('\n');
    expect(visits(text, '2024-12-06')).toEqual(['LA-VT*>VN-HP']);
  });
});

describe('talks with a leader', () => {
  it('"Trước đó, … đã hội đàm với đồng chí X, Bí thư … B" on a trip abroad: one more stop', () => {
    const text = [
      'Tin',
      'Chiều 26/5, Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết đã làm việc với lãnh đạo tỉnh Sê Kông.',
      'Trước đó, đồng chí Lương Nguyễn Minh Triết đã hội đàm với đồng chí Bun-thoong, Bí thư Tỉnh ủy tỉnh Attapeu; đồng thời hội kiến ông Khăm-phăn, Tỉnh trưởng tỉnh Salavan.',
    ].join('\n');
    expect(visits(text, '2024-05-27')).toEqual(['VN-27>LA-XE', 'VN-27>LA-AT', 'VN-27>LA-SL']);
  });

  it('with no trip told before, B’s leader may be the guest: nothing', () => {
    const text = [
      'Tin',
      'Sáng 3/4, Bí thư Tỉnh ủy Quảng Trị đã hội đàm với ông Xay-sổm-phon, Bí thư Tỉnh ủy tỉnh Salavan.',
    ].join('\n');
    expect(visits(text, '2024-04-04')).toEqual([]);
  });

  it('after a trip the other way, the hosts’ talks are no trip of theirs', () => {
    const text = [
      'Tin',
      'Ngày 3/4, Đoàn đại biểu tỉnh Salavan sang thăm tỉnh Quảng Trị.',
      'Bí thư Tỉnh ủy Quảng Trị đã hội đàm với ông Xay-sổm-phon, Bí thư Tỉnh ủy tỉnh Salavan.',
    ].join('\n');
    expect(visits(text, '2024-04-04')).toEqual(['LA-SL>VN-25']);
  });

  it('"Kết thúc hội đàm, lãnh đạo …": the talks named, then another clause', () => {
    const text = [
      'Tin',
      'Ngày 9/12, Đoàn Bộ Chỉ huy Quân sự tỉnh Sê Kông đã sang thành phố Đà Nẵng dự hội đàm.',
      'Kết thúc hội đàm, lãnh đạo Bộ đội Biên phòng Đà Nẵng và Quảng Ngãi tặng quà đoàn tỉnh Sê Kông.',
    ].join('\n');
    expect(visits(text, '2025-12-10')).toEqual(['LA-XE>VN-DN']);
  });

  it('"chuyến thăm tại Lào của Đoàn … A": the venue is the country, A owns the trip', () => {
    const text = [
      'Tin',
      'Trong chuyến thăm, làm việc tại Lào của Đoàn đại biểu cấp cao TPHCM, Bí thư Thành ủy TPHCM đã có buổi làm việc với lãnh đạo tỉnh Champasak.',
    ].join('\n');
    expect(visits(text, '2022-05-28')).toEqual(['VN-SG>LA-CH']);
  });
});

describe('receptions and trips named in other words', () => {
  it('"Bí thư Tỉnh ủy đã tiếp Đoàn … do ông X dẫn đầu đến thăm A": received in A', () => {
    const text = [
      'Tin',
      'Ngày 21/1, Bí thư Tỉnh ủy đã tiếp xã giao Đoàn đại biểu cấp cao Đảng Nhân dân Campuchia do ông Ouch Borith dẫn đầu đến thăm Quảng Ninh.',
    ].join('\n');
    expect(visits(text, '2025-01-22')).toEqual(['KH-12*>VN-13']);
  });

  it('"đoàn đại biểu Hội đồng Quốc gia Mặt trận … Campuchia đã đến tỉnh A": a national council', () => {
    const text = [
      'Tin',
      'Ngày 7/12, đoàn đại biểu Hội đồng Quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia đã đến tỉnh Sóc Trăng.',
      'Trong chương trình, đoàn Campuchia cũng đã làm việc với lãnh đạo một số cơ quan của tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.',
    ].join('\n');
    expect(visits(text, '2018-12-08')).toEqual(['KH-12*>VN-52']);
  });

  it('"Tiếp tục chuyến công tác tại …, Đoàn cán bộ thành phố A đã đến thăm … tỉnh B": A’s trip', () => {
    const text = [
      'Đà Nẵng - Sê Kông nâng cao hợp tác',
      'Tiếp tục chuyến công tác tại một số tỉnh Nam Lào, Đoàn cán bộ thành phố Đà Nẵng đã đến thăm, chúc Tết tỉnh Sê Kông.',
    ].join('\n');
    expect(visits(text, '2025-04-05')).toEqual(['VN-DN>LA-XE']);
  });

  it('"Làm việc với lãnh đạo tỉnh A, Trưởng Ban … Trung ương Đảng … Lào X đánh giá …": Laos came', () => {
    const text = [
      'Tin',
      'Làm việc với lãnh đạo tỉnh Tuyên Quang, Trưởng Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào Sisay Ludetmounsone đánh giá cao những thành tựu của tỉnh.',
    ].join('\n');
    expect(visits(text, '2022-10-05')).toEqual(['LA-VT*>VN-07']);
  });
});

describe('a reception someone is thanked for', () => {
  // (The trip itself is read from "… sang Vương quốc Campuchia" at the invitation of Phnom Penh's
  // governor: to the city.)
  it('"A cảm ơn Thủ tướng Hun Sen đã dành thời gian tiếp Đoàn": the one thanked hosted, no trip of his', () => {
    const text = [
      'Tin',
      'Theo lời mời của Đô trưởng Phnom Penh, ngày 9/9, đồng chí Hoàng Trung Hải, Bí thư Thành ủy Hà Nội, dẫn đầu Đoàn đại biểu cấp cao TP Hà Nội sang Vương quốc Campuchia.',
      'Bí thư Thành ủy Hà Nội Hoàng Trung Hải cảm ơn Thủ tướng Samdech Hun Sen đã dành thời gian tiếp Đoàn, thông báo kết quả hợp tác giữa Thủ đô Hà Nội và Phnom Penh.',
    ].join('\n');
    expect(visits(text, '2019-09-10')).toEqual(['VN-HN>KH-12']);
  });
});

describe('the owner of a trip named by its people', () => {
  it('"chuyến thăm Campuchia của lãnh đạo, cán bộ TPHCM": the people, listed, then their place', () => {
    const text = [
      'Phó Thủ tướng Campuchia tiếp đoàn TPHCM',
      'Tại buổi tiếp, Phó Thủ tướng Campuchia Samdech Sar Kheng bày tỏ vui mừng trước chuyến thăm Campuchia của lãnh đạo, cán bộ TPHCM.',
    ].join('\n');
    expect(visits(text, '2022-12-17')).toEqual(['VN-SG>KH-12*']);
  });
});
