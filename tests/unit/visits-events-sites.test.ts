// Works and events abroad told by their site: an inspection or a ground-breaking "tại huyện X,
// tỉnh B", a leader speaking at a ceremony placed before, an ambassador named again by title; and
// a place measured to ("tới B khoảng 100 km"), which nobody travels to; features that recall
// earlier meetings with their dates.
import { describe, expect, it } from 'vitest';
import { linksOf, visitsOf as visits } from './support/visit-strings.ts';

const datedVisits = (text: string, date: string) =>
  linksOf(text, date)
    .filter((l) => l.kind === 'visit')
    .map((l) => `${l.from.iso}>${l.to.iso} ${l.date}`);

describe('events at a site abroad', () => {
  it('"tại huyện X, tỉnh B, Sở Ngoại vụ … đi kiểm tra …", then "Đoàn … tỉnh A": A inspected in B', () => {
    const text = [
      'Kiểm tra các công trình do tỉnh Quảng Bình hỗ trợ tỉnh Khăm Muộn',
      'Ngày 12/5, tại huyện Xê Bang Phay, tỉnh Khăm Muộn, Sở Ngoại vụ đã cùng các cơ quan của tỉnh bạn đi kiểm tra tiến độ thi công hai công trình.',
      'Đoàn công tác Sở Ngoại vụ tỉnh Quảng Bình do ông Lê Văn An, Phó Giám đốc Sở làm Trưởng đoàn.',
    ].join('\n');
    expect(visits(text, '2022-05-13')).toEqual(['VN-24>LA-KH']);
  });

  it('"lễ … tại huyện X, tỉnh B đã được tổ chức." then "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh A …"', () => {
    const text = [
      'Tin',
      'Ngày 21/10, lễ vận hành hệ thống thủy lợi tại huyện Nòng Bốc, tỉnh Khăm Muộn đã được tổ chức.',
      'Phát biểu tại buổi lễ vận hành, Chủ tịch UBND tỉnh Hà Tĩnh Trần Văn Bình nhấn mạnh ý nghĩa của công trình.',
    ].join('\n');
    expect(visits(text, '2022-10-22')).toEqual(['VN-23>LA-KH']);
    // A ceremony the article never placed is not presumed at the paper's province.
    const unplaced = [
      'Hà Tĩnh bàn giao trường học cho tỉnh Khăm Muộn',
      'Phát biểu tại buổi lễ, ông Khăm Xay, Phó Tỉnh trưởng tỉnh Khăm Muộn, cảm ơn tỉnh Hà Tĩnh.',
    ].join('\n');
    expect(visits(unplaced, '2022-10-22')).toEqual([]);
  });

  it('"… làm lễ động thổ, khởi công … tại tỉnh B", then a roll of those who came', () => {
    const text = [
      'Tin',
      'Ngày 27-9, Hội Người Việt Nam tại tỉnh Ratanakiri đã làm lễ động thổ, khởi công xây dựng ngôi trường cho trẻ em người Việt đang sinh sống tại tỉnh Ratanakiri.',
      'Đến dự buổi lễ có ông Nguyễn Văn An - Giám đốc Sở Ngoại vụ tỉnh Gia Lai; bà Y Hoa - Giám đốc Sở Ngoại vụ tỉnh Kon Tum.',
    ].join('\n');
    expect(visits(text, '2017-09-28').sort()).toEqual(['VN-28>KH-16', 'VN-30>KH-16']);
  });

  it('"… khi Đại sứ đến thăm B" after "Đại sứ … nước CHDCND Lào": that envoy came', () => {
    const text = [
      'Tin',
      'Ngày 18/8, Bí thư Tỉnh ủy đã tiếp xã giao đồng chí Khăm Pha, Đại sứ Đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam.',
      'Bí thư Tỉnh ủy bày tỏ vui mừng khi Đại sứ đến thăm Ninh Bình.',
    ].join('\n');
    expect(visits(text, '2025-08-19')).toEqual(['LA-VT*>VN-18']);
  });
});

describe('a handover abroad: its funder and its speakers', () => {
  const lead =
    'Tin\nNgày 3/6, tại huyện Hủa Mường, tỉnh Hủa Phăn (Lào), đã diễn ra lễ khánh thành và bàn giao Trường trung học huyện Hủa Mường, dự án được đầu tư bằng nguồn viện trợ không hoàn lại của Chính phủ Việt Nam.';

  it('the government whose aid funded the work is no party come to the ceremony', () => {
    expect(visits(lead, '2024-06-04')).toEqual([]);
  });

  it('"Phát biểu tại buổi lễ, đồng chí X, Ủy viên …, Bí thư Tỉnh ủy A, cho biết …": A came', () => {
    const text = `${lead}\nPhát biểu tại buổi lễ, đồng chí Nguyễn Văn Long, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Hòa Bình, cho biết dự án có ý nghĩa lớn.`;
    expect(visits(text, '2024-06-04')).toEqual(['VN-14>LA-HO']);
  });
});

describe('care given abroad by a force or a hospital', () => {
  it('"Bộ Chỉ huy Bộ đội Biên phòng tỉnh A … tổ chức khám bệnh … cho người dân … tỉnh B (Campuchia)"', () => {
    const text = [
      'Tin',
      'Ngày 25/11, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang phối hợp với Phòng khám đa khoa Hòa An (thành phố Châu Đốc, tỉnh An Giang) tổ chức khám bệnh, cấp thuốc miễn phí cho người dân hai xã biên giới (huyện Kiri Vong, tỉnh Takeo, Campuchia).',
    ].join('\n');
    expect(visits(text, '2023-11-26')).toEqual(['VN-44>KH-21']);
  });
});

describe('delegations formed on a body’s behalf', () => {
  it('"Được sự ủy quyền của Bộ CHQS tỉnh A, Đội 584 đã lập các đoàn công tác sang thăm … B1, B2"', () => {
    const text = [
      'Tin',
      'Được sự ủy quyền của Bộ CHQS tỉnh Nghệ An, Đội 584 đã lập các đoàn công tác sang thăm, chúc mừng Bộ CHQS hai tỉnh Xiêng Khoảng, Hủa Phăn.',
    ].join('\n');
    expect(visits(text, '2026-01-21').sort()).toEqual(['VN-22>LA-HO', 'VN-22>LA-XI']);
    // Delegations in general, neither formed nor sent by anyone named, tell no trip.
    expect(
      visits('Tin\nCác đoàn công tác đã sang thăm, chúc mừng hai tỉnh Xiêng Khoảng, Hủa Phăn.'),
    ).toEqual([]);
  });
});

describe('an embassy at its post', () => {
  it('"tại thủ đô B, Đại sứ quán Việt Nam tại Campuchia đã tổ chức buổi gặp mặt …": no trip', () => {
    const text = [
      'Tin',
      'Ngày 6/1, tại thủ đô Phnom Penh, Đại sứ quán Việt Nam tại Campuchia đã tổ chức buổi gặp mặt đầu Xuân với cộng đồng người Việt.',
    ].join('\n');
    expect(visits(text, '2023-01-07')).toEqual([]);
  });
});

describe('a place measured to', () => {
  it('"quãng đường bộ tới B chỉ khoảng 100 km" tells no trip', () => {
    const text = [
      'Tin',
      'Từ cửa khẩu của tỉnh Đồng Tháp, quãng đường bộ tới Phnom Penh chỉ khoảng 100 km.',
    ].join('\n');
    expect(visits(text, '2026-03-06')).toEqual([]);
  });
});

describe('features that recall earlier meetings', () => {
  it('"tiếp giáp với 33 bản …" borders, receives nobody', () => {
    const text = [
      'Thanh Hóa - Hủa Phăn',
      'Hai tỉnh kết nghĩa từ năm 1967, có chung 213 km đường biên giới, tiếp giáp với 33 bản ở 3 huyện của Hủa Phăn.',
    ].join('\n');
    expect(visits(text, '2023-05-01')).toEqual([]);
  });

  it('a trip recalled with its full day, years before the article, keeps that day', () => {
    const text = [
      'Tin',
      'Ngày 8-12-2013, tại thị xã Sầm Nưa, tỉnh Hủa Phăn, đoàn đại biểu thành phố Thanh Hóa đã hội đàm với lãnh đạo thị xã.',
    ].join('\n');
    expect(datedVisits(text, '2023-05-01')).toEqual(['VN-21>LA-HO 2013-12-08']);
  });
});
