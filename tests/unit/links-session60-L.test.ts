// A trip opening the sentence whose places are a country's provinces left unnamed ("Tiếp nối
// chuyến công tác tại các tỉnh Nam Lào, …"): the places after the comma belong to the main clause.
// Under a headline that names the two sides ("A - B: …") the opening had read as B's trip to A.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const PAIR = 'Quảng Trị - Savannakhet: thắt chặt tình hữu nghị\n\n';

describe('a trip to unnamed provinces opening the sentence', () => {
  it('"Tiếp nối chuyến công tác tại các tỉnh Trung Lào, …, đoàn … tỉnh A đã tới thăm tỉnh B"', () => {
    expect(
      visitsOf(
        PAIR +
          'Tiếp nối chuyến công tác tại các tỉnh Trung Lào, chiều 5/4, đoàn cán bộ tỉnh Quảng Trị đã tới thăm, chúc Tết chính quyền tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"Trong chuyến công tác tại các địa phương của Campuchia, …" names no stop before the comma either', () => {
    expect(
      visitsOf(
        'Tây Ninh - Svay Rieng: hợp tác toàn diện\n\n' +
          'Trong chuyến công tác tại các địa phương của Campuchia, sáng 9/4, lãnh đạo tỉnh Tây Ninh đã đến chào xã giao lãnh đạo tỉnh Svay Rieng.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('guard: a country alone before the comma leaves the stop to the main clause', () => {
    expect(
      visitsOf(
        'Tin địa phương\n\n' +
          'Trong khuôn khổ chuyến thăm và làm việc tại Việt Nam, sáng 12/8, Đoàn đại biểu Đảng Nhân dân Cách mạng Lào đã đến thăm tỉnh Bắc Ninh.',
      ),
    ).toEqual(['LA-VT*>VN-56']);
  });

  it('guard: named provinces after the locative are the trip’s own', () => {
    expect(
      visitsOf(
        'Tin địa phương\n\n' +
          'Trong chuyến công tác tại tỉnh Savannakhet và tỉnh Khăm Muộn, đoàn cán bộ tỉnh Quảng Trị đã thăm các mô hình nông nghiệp.',
      ),
    ).toEqual(['VN-25>LA-SV', 'VN-25>LA-KH']);
  });
});

describe('the leader after a trip opening, with a name and several titles', () => {
  it('"Trong khuôn khổ chuyến thăm … tại Lào, đồng chí X, ‹title›, ‹title› Thành ủy A, đã hội kiến …"', () => {
    expect(
      visitsOf(
        'Tin địa phương\n\n' +
          'Ngày 20/5, trong khuôn khổ chuyến thăm và làm việc tại nước CHDCND Lào, đồng chí Nguyễn Văn Nam, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy Hải Phòng, đã có cuộc hội kiến với Tỉnh trưởng tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-HP>LA-SV']);
  });

  it('guard: a place after the main verb is where the leader went, not his home', () => {
    expect(
      visitsOf(
        'Tin địa phương\n\n' +
          'Ngày 20/5, trong khuôn khổ chuyến thăm và làm việc tại Lào, đồng chí Nguyễn Văn Nam, Phó Chủ tịch nước, đã đến thăm và làm việc với lãnh đạo Tỉnh ủy Savannakhet.',
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });
});

describe('a bureau abroad files the report; the sentence names where the reception was', () => {
  it('"Viêng Chăn (TTXVN) - …, tại tỉnh B, Bí thư Tỉnh ủy đã tiếp đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        'Tin tức\n\n' +
          'Viêng Chăn (TTXVN) - Ngày 12/4/2023, tại tỉnh Khăm Muộn, Bí thư Tỉnh ủy đã tiếp đoàn đại biểu tỉnh Quảng Bình.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('"Phnôm Pênh (TTXVN) - …, tại trụ sở Ủy ban hành chính tỉnh B, Tỉnh trưởng đã tiếp đoàn …"', () => {
    expect(
      visitsOf(
        'Tin tức\n\n' +
          'Phnôm Pênh (TTXVN) - Chiều 5/3, tại trụ sở Ủy ban hành chính tỉnh Kampot, Tỉnh trưởng đã tiếp đoàn công tác tỉnh Kiên Giang.',
      ),
    ).toEqual(['VN-47>KH-7']);
  });

  it('guard: with no venue of its own, the dateline’s province hosts', () => {
    expect(
      visitsOf(
        'Tin tức\n\n' +
          'Sơn La (TTXVN) - Ngày 12/4/2023, Bí thư Tỉnh ủy đã tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào).',
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe('an invitation under a bureau’s dateline', () => {
  it('"Viêng Chăn (TTXVN) - Nhận lời mời của Tỉnh ủy B, đoàn … tỉnh A … sang thăm hữu nghị …"', () => {
    expect(
      visitsOf(
        'Tin tức\n\n' +
          'Viêng Chăn (TTXVN) - Nhận lời mời của Tỉnh ủy Xiêng Khoảng, đoàn đại biểu Tỉnh ủy Nghệ An do Bí thư Tỉnh ủy dẫn đầu sang thăm hữu nghị từ ngày 5 đến 7/3.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('guard: a dateline with no other place there still hosts', () => {
    expect(
      visitsOf(
        'Tin tức\n\n' +
          'CẦN THƠ — Hôm thứ Tư (4/2), đoàn công tác Bộ Quốc phòng Campuchia do Trung tướng Ouk Sam dẫn đầu đã đến thăm, chúc Tết Quân khu 9.',
      ),
    ).toEqual(['KH-12*>VN-CT']);
  });
});

describe('a known leader titled by his honorifics alone', () => {
  it('"Samdech Techo Hun Sen đã đến thăm tỉnh B", "ông Hun Manet …", "Samdech Thipadei Hun Manet …"', () => {
    for (const who of ['Samdech Techo Hun Sen', 'ông Hun Manet', 'Samdech Thipadei Hun Manet'])
      expect(visitsOf(`Tin tức\n\nNgày 5/3, ${who} đã đến thăm tỉnh Đồng Tháp.`)).toEqual([
        'KH-12*>VN-45',
      ]);
  });

  it('guard: a leader met by others is no traveller', () => {
    expect(
      visitsOf('Tin tức\n\nNgày 5/3, Samdech Hun Sen đã tiếp đoàn đại biểu tỉnh Đồng Tháp.'),
    ).toEqual(['VN-45>KH-12*']);
  });
});
