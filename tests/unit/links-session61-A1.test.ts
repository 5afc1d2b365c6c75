// Rules of the sixty-first session's helper A1 (recall of visits): a call on a known foreign
// leader with a venue is a trip; a retired official's old post is no host; a subheading inside one
// item of an unmarked digest opens no item.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';
import { digestItems } from '../../src/core/extract/digest-items.ts';
import { makeDoc } from './support/make-doc.ts';

describe('a provincial side that calls on a known foreign leader at a venue went there', () => {
  it('"gặp" a leader named with his honorifics only', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nChiều 5/3, Bí thư Tỉnh ủy Kiên Giang đã gặp Samdech Hun Sen tại Phnôm Pênh.',
      ),
    ).toEqual(['VN-47>KH-12']);
  });

  it('"gặp" a leader titled without his country', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nNgày 12/4, Đoàn đại biểu tỉnh An Giang gặp Thủ tướng Hun Manet tại Phnôm Pênh.',
      ),
    ).toEqual(['VN-44>KH-12']);
  });

  it('guard: the leader met at the province receives a visit, he does not give one', () => {
    expect(
      visitsOf(
        'Lãnh đạo An Giang gặp Thủ tướng Hun Manet\nNgày 12/4, tại tỉnh An Giang, Bí thư Tỉnh ủy gặp Thủ tướng Hun Manet.',
      ),
    ).not.toContain('VN-44>KH-12');
  });

  const noTrip: [string, string][] = [
    [
      'a venue of no country of ours',
      'tại Bangkok, Bí thư Tỉnh ủy An Giang đã gặp Thủ tướng Hun Manet bên lề hội nghị',
    ],
    ['a call online', 'Bí thư Tỉnh ủy An Giang đã gặp trực tuyến Thủ tướng Hun Manet'],
    ['a phone call', 'Bí thư Tỉnh ủy An Giang đã điện đàm với Thủ tướng Hun Manet'],
    ['a meeting planned', 'Bí thư Tỉnh ủy An Giang sẽ gặp Thủ tướng Hun Manet tại Phnôm Pênh'],
    ['"gặp mặt" at home', 'lãnh đạo tỉnh An Giang gặp mặt sinh viên Campuchia đang học tại tỉnh'],
    [
      'a meeting at home',
      'tại thành phố Long Xuyên, lãnh đạo tỉnh An Giang đã gặp Samdech Hun Sen',
    ],
  ];
  for (const [shape, clause] of noTrip)
    it(`guard: ${shape} is no trip of the province`, () => {
      expect(visitsOf(`Tin hoạt động đối ngoại\nNgày 12/4, ${clause}.`)).not.toContain(
        'VN-44>KH-12',
      );
    });
});

describe("an inviter's former post is no host", () => {
  it('a retired Lao governor invites: the trip goes to Laos, not to his old province', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nTheo lời mời của ông Khamphan, nguyên Tỉnh trưởng tỉnh Chăm-pa-sắc, đoàn cựu chiến binh tỉnh Đắk Lắk đã sang thăm Lào từ ngày 5 đến 9/4.',
      ),
    ).not.toContain('VN-33>LA-CH');
  });

  it('the trip named by no country either', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nTheo lời mời của ông Khamphan, nguyên Tỉnh trưởng tỉnh Chăm-pa-sắc, đoàn cựu chiến binh tỉnh Đắk Lắk đã sang thăm và làm việc từ ngày 5 đến 9/4.',
      ),
    ).not.toContain('VN-33>LA-CH');
  });

  it('a retired Vietnamese secretary invites a Lao delegation to Vietnam', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nNgày 12/4, theo lời mời của đồng chí Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Quảng Bình, đoàn đại biểu Hội Cựu chiến binh tỉnh Sê Kông đã sang thăm Việt Nam.',
      ),
    ).not.toContain('LA-XE>VN-24');
  });

  it('guard: a serving governor who invites hosts the trip', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nTheo lời mời của ông Khamphan, Tỉnh trưởng tỉnh Chăm-pa-sắc, đoàn cựu chiến binh tỉnh Đắk Lắk đã sang thăm Lào từ ngày 5 đến 9/4.',
      ),
    ).toEqual(['VN-33>LA-CH']);
  });

  it('guard: the sentence names his old province as the destination', () => {
    expect(
      visitsOf(
        'Tin hoạt động đối ngoại\nNhận lời mời của ông Khamphan, nguyên Tỉnh trưởng tỉnh Sê Kông, đoàn Hội Cựu chiến binh tỉnh Đắk Lắk đã sang thăm tỉnh Sê Kông.',
      ),
    ).toEqual(['VN-33>LA-XE']);
  });
});

describe("guard: a former leader's title does not reach the place he was met", () => {
  it('"nguyên Chủ tịch nước Lào X tại tỉnh B": the state visit stopped at B', () => {
    expect(
      visitsOf(
        'Chủ tịch nước gặp nguyên lãnh đạo Lào\nTrong khuôn khổ chuyến thăm cấp Nhà nước tới Lào, ngày 14/6, Chủ tịch nước đã gặp nguyên Chủ tịch nước Lào Khamtay Siphandone tại tỉnh Chăm-pa-sắc.',
      ),
    ).toEqual(['VN-HN*>LA-CH']);
  });
});

describe('a digest page whose items only blank lines part: a subheading inside an item', () => {
  const ONE =
    'Nghệ An đón đoàn tỉnh Xiêng Khoảng\nSáng 10/4, lãnh đạo tỉnh Nghệ An đã đón tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.';
  const TWO_HEAD = 'Đoàn đại biểu tỉnh Sơn La thăm Lào\nSáng 11/4, đoàn lên đường.';
  const TWO_REST = 'Chiều 12/4, đoàn đã đến tỉnh Hủa Phăn và hội đàm với lãnh đạo tỉnh.';
  const page = `Tin đối ngoại nổi bật trong tuần\n\n${ONE}\n\n${TWO_HEAD}\nThắt chặt tình hữu nghị\n${TWO_REST}`;

  it('opens no item: the body after it keeps its own headline', () => {
    expect(digestItems(makeDoc(page))?.length).toBe(3);
    expect(visitsOf(page)).toEqual(['LA-XI>VN-22', 'VN-05>LA-HO']);
  });

  it('guard: with no blank lines, each headline line still opens an item', () => {
    expect(digestItems(makeDoc(page.replace(/\n\n/g, '\n')))?.length).toBe(4);
  });

  it('guard: with blank lines between all paragraphs, each headline line still opens an item', () => {
    expect(digestItems(makeDoc(page.replace(/\n+/g, '\n\n')))?.length).toBe(4);
  });
});

describe("guests on the roll at home, and the home side's trip to them months before", () => {
  const page = (earlier: string) =>
    `Đưa 12 hài cốt liệt sĩ từ Xiêng Khoảng về nước qua cửa khẩu Nậm Cắn\nThứ hai, 11/12/2023 - 09:00\n(Nghệ An 24h) - Sáng 11/12, tại khu vực cửa khẩu quốc tế Nậm Cắn, Ban Công tác đặc biệt hai tỉnh Nghệ An và Xiêng Khoảng đã tổ chức lễ bàn giao, tiếp nhận 12 hài cốt liệt sĩ hy sinh tại Lào.\nSang dự buổi lễ, phía bạn có ông Khăm Phăn, Phó Tỉnh trưởng tỉnh Xiêng Khoảng cùng đại diện các sở, ngành.\nTrước đó, ${earlier}, đoàn đại biểu tỉnh Nghệ An đã sang Xiêng Khoảng dự lễ tiễn đưa hài cốt đợt đầu.`;

  it('a trip the other way of another month is another event: the guests still came', () => {
    const v = visitsOf(page('tháng 3/2023'), '2023-12-11');
    expect(v).toContain('LA-XI>VN-22');
    expect(v).toContain('VN-22>LA-XI');
  });

  it('guard: of the same month, the roll is still read as the other side’s meeting', () => {
    expect(visitsOf(page('ngày 5/12'), '2023-12-11')).not.toContain('LA-XI>VN-22');
  });
});

describe('a border district in brackets after a site locates the venue', () => {
  const at = (venue: string) =>
    `Tin hoạt động đối ngoại\nNgày 1/9, tại ${venue}, đại diện Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) đã sang thăm, chúc mừng cán bộ, chiến sĩ đơn vị.`;

  it('"tại Đồn Biên phòng X (huyện Y)": the district lies in its province', () => {
    expect(visitsOf(at('Đồn Biên phòng Thông Thụ (huyện Quế Phong)'))).toEqual(['LA-HO>VN-22']);
  });

  it('"tại xã X (huyện Y)" too', () => {
    expect(visitsOf(at('xã Thông Thụ (huyện Quế Phong)'))).toEqual(['LA-HO>VN-22']);
  });

  it('guard: the bracket that names the province reads as before', () => {
    expect(visitsOf(at('Đồn Biên phòng Thông Thụ (huyện Quế Phong, tỉnh Nghệ An)'))).toEqual([
      'LA-HO>VN-22',
    ]);
  });
});
