// Rules the thirtieth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');
const gaz = builtinGazetteer();
const isos = (text: string) =>
  findPlaces(tokenize(text), [[0, text.length]], gaz, null).mentions.map((m) => m.entry.iso);

describe('an arrest made where the sentence says: the arresting force went there', () => {
  it('"tại bản X (huyện Y, tỉnh B, Lào), tổ công tác Công an tỉnh A đã bắt giữ …"', () => {
    expect(
      visits(
        article(
          'Rạng sáng 3/5, tại bản Na Khăm (huyện Xê Pôn, tỉnh Savannakhet, Lào), tổ công tác Công an tỉnh Quảng Trị đã bắt giữ hai đối tượng vận chuyển ma túy.',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it("the person's address after his age is no venue", () => {
    expect(
      visits(
        article(
          'Rạng sáng 3/5, tại bản Na Khăm (huyện Xê Pôn, tỉnh Savannakhet, Lào), tổ công tác Công an tỉnh Quảng Trị đã bắt ông K. (32 tuổi, ở bản Phôn Xay, huyện Nhôm Ma Lạt, tỉnh Khăm Muộn, Lào).',
        ),
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a chain of units may end on a capital ("…, huyện X, thủ đô Viêng Chăn")', () => {
    expect(
      visits(
        article(
          'Ngày 9/10, trinh sát Công an tỉnh Nghệ An đã bắt giữ một đối tượng truy nã (SN 1980, trú huyện Yên Thành, tỉnh Nghệ An) tại bản Đông Đok, huyện Xaythany, thủ đô Viêng Chăn.',
        ),
      ),
    ).toEqual(['VN-22>LA-VT']);
  });
});

describe('"Tỉnh B (Lào) vừa là nơi tổ chức … của ba tỉnh A1 – A2 – B"', () => {
  it('the other two provinces came to B', () => {
    expect(
      visits(
        article(
          'Tỉnh Hủa Phăn (Lào) vừa là nơi tổ chức buổi tọa đàm của cán bộ trẻ ba tỉnh Sơn La – Thanh Hóa – Hủa Phăn.',
        ),
      ),
    ).toEqual(['VN-05>LA-HO', 'VN-21>LA-HO']);
  });
});

describe('"tại khu vực biên giới tỉnh A": a stretch of A\'s own land is a venue', () => {
  it("Laos' police forces, a national body, came to A", () => {
    expect(
      visits(
        article(
          'Sĩ quan trẻ Bộ đội Biên phòng Việt Nam và cán bộ trẻ lực lượng An ninh, Cảnh sát Lào đã cùng tham gia nhiều hoạt động giao lưu tại khu vực biên giới tỉnh Kon Tum.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-28']);
  });

  it('the border area of two provinces names neither as the venue', () => {
    expect(
      visits(
        article(
          'Năm 2022, Bộ Quốc phòng hai nước đã tổ chức giao lưu hữu nghị tại khu vực biên giới tỉnh Bình Phước của Việt Nam và tỉnh Kratie của Campuchia.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('national bodies in short forms and rolls', () => {
  it('"Chủ tịch QH Vương quốc Campuchia": the National Assembly', () => {
    expect(
      visits(
        article(
          'Ông Heng Samrin, Chủ tịch QH Vương quốc Campuchia, đã cùng đoàn đại biểu cấp cao QH nước bạn đặt chân tới TP.HCM.',
        ),
      ),
    ).toEqual(['KH-12*>VN-SG']);
  });

  it('"Có mặt tại buổi lễ có / gồm …" after a ceremony held there: the national bodies present', () => {
    const lead =
      'Sáng 11/3, phía Campuchia đã long trọng làm lễ khánh thành Đài hữu nghị ở tỉnh Kampot.';
    expect(
      visits(
        article(
          lead,
          'Có mặt tại buổi lễ có ông Nguyễn Văn An, Thứ trưởng Bộ Quốc phòng Việt Nam, cùng đông đảo người dân địa phương.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-7']);
    expect(
      visits(
        article(
          lead,
          'Có mặt tại buổi lễ gồm ông Nguyễn Văn An, Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam; lãnh đạo tỉnh Kampot.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('"Đoàn chuyên viên … của Việt Nam và Lào vừa cùng khảo sát … tại B": each country\'s team', () => {
    expect(
      visits(
        article(
          'Đoàn chuyên viên biên giới của Việt Nam và Lào vừa cùng khảo sát các mốc quốc giới tại huyện Hướng Hóa, tỉnh Quảng Trị.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-25']);
  });
});

describe('journeys and runs', () => {
  it('"Đoàn … đã rời Thủ đô B …, đi khoảng 400 km để tới Cửa khẩu … thuộc tỉnh C": never C to B', () => {
    // (Where hosts of C welcomed the delegation the sentence before, "rời B" is where it set out
    // from, not a trip of C's hosts to B.)
    expect(
      visits(
        article(
          'Sáng 3/6, một đoàn hơn 50 vận động viên của Lào đã đặt chân tới Việt Nam để dự giải đấu.',
          'Lãnh đạo Sở Văn hóa tỉnh Nghệ An đã đón và tặng hoa cho các vận động viên nước bạn.',
          'Đoàn vận động viên Lào đã rời Thủ đô Viêng Chăn bằng xe buýt từ sáng hôm trước (2/6), đi khoảng 400 km để tới Cửa khẩu quốc tế Nậm Cắn thuộc tỉnh Nghệ An.',
        ),
      ),
    ).not.toContain('VN-22>LA-VT');
  });

  it('"Theo lộ trình, xe rời bến … để tới B": a bus route, no trip', () => {
    expect(
      visits(
        article(
          'Theo lộ trình, xe rời bến xe Nước Ngầm và chạy theo hướng Hà Nội - Cầu Treo để tới Viêng Chăn.',
          'Ở đầu Hà Nội, xe khởi hành lúc 8 giờ sáng; sau chừng một ngày đêm thì tới Viêng Chăn.',
          'Chiều ngược lại, xe cũng rời Viêng Chăn lúc 8 giờ sáng để về Hà Nội.',
        ),
      ),
    ).toEqual([]);
  });

  it('"Nằm trong kế hoạch công tác tại …, sáng 10/4, Đoàn … đã có mặt …": the plan was carried out', () => {
    expect(
      visits(
        article(
          'Nằm trong kế hoạch công tác tại các tỉnh Nam Lào, sáng 10/4, Đoàn công tác tỉnh Bình Định đã có mặt và phát biểu tại Diễn đàn hợp tác đầu tư, tổ chức ở thành phố Pakse, Lào.',
        ),
      ),
    ).toEqual(['VN-31>LA-CH']);
  });

  it('"do UBND tỉnh A cùng … 2 tỉnh B1, B2 (Lào) phối hợp tổ chức … tại C": co-organisers came', () => {
    expect(
      visits(
        article(
          'Hội nghị rà soát người di cư tự do do UBND tỉnh Nghệ An cùng Ủy ban chính quyền 2 tỉnh Hủa Phăn, Xiêng Khoảng (nước CHDCND Lào) phối hợp tổ chức sáng 28/12 tại thành phố Vinh.',
        ),
      ),
    ).toEqual(['LA-HO>VN-22', 'LA-XI>VN-22']);
  });
});

describe('"ba tỉnh A - B - C" joined by dashes: one group', () => {
  it('every pair across the border signed', () => {
    expect(
      sisters(
        article(
          'Lãnh đạo ba tỉnh Quảng Trị - Savannakhet - Salavan đã ký cam kết phối hợp quản lý biên giới.',
        ),
      ).sort(),
    ).toEqual(['LA-SL|VN-25', 'LA-SV|VN-25']);
  });
});

describe('a syllable after a hyphen written small is part of the name', () => {
  it('"tỉnh Strung-teng" is Stung Treng', () => {
    expect(isos('Diễn đàn quy tụ tỉnh Strung-teng và tỉnh Rattanakiri của Campuchia.')).toEqual([
      'KH-19',
      'KH-16',
    ]);
  });
});

describe('"sông X (Quảng Ninh, Quảng Bình)" where the article says "huyện Quảng Ninh"', () => {
  it('the district named like a province, before its province, is no province', () => {
    expect(
      isos(
        'Ngày 1/9, huyện Quảng Ninh tổ chức lễ hội. Các đội đua trên sông Nhật Lệ (Quảng Ninh, Quảng Bình).',
      ),
    ).toEqual(['VN-24']);
  });
  it('without "huyện X" in the article, the pair stays two provinces', () => {
    expect(isos('Hai tỉnh bạn (Quảng Ninh, Quảng Bình) đã gửi quà.')).toEqual(['VN-13', 'VN-24']);
  });
});

describe('"bày tỏ lòng biết ơn tới B đã cử chuyên gia sang giúp đỡ …": help thanked for', () => {
  it('is no trip of this story', () => {
    expect(
      visits(
        article(
          'Ngày 5/6, đoàn cán bộ Đài Phát thanh quốc gia Lào đã đến thăm Đài Tiếng nói Việt Nam.',
          'Thay mặt đoàn, ông Bun-mi bày tỏ lòng biết ơn tới Đài Tiếng nói Việt Nam đã cử nhiều kỹ sư giỏi sang giúp đỡ Đài Phát thanh quốc gia Lào suốt nhiều năm.',
        ),
      ),
    ).not.toContain('VN-HN*>LA-VT*');
  });
});

describe('thanks for a trip made easy: "cảm ơn lãnh đạo B đã tạo thuận lợi để đoàn … sang …"', () => {
  it("is the thanker's own trip to B, never B's to the thanker", () => {
    expect(
      visits(
        article(
          'Sáng 27/7, Đoàn HĐND tỉnh Savannakhet đến chào xã giao lãnh đạo tỉnh Quảng Trị.',
          'Phát biểu tại buổi gặp, Chủ tịch HĐND tỉnh Savannakhet cảm ơn lãnh đạo Quảng Trị đã tạo thuận lợi để đoàn công tác sang học hỏi kinh nghiệm.',
        ),
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('"ký biên bản bàn giao công trình …": the record of a work handed over', () => {
  it('is no partnership', () => {
    expect(
      sisters(
        article(
          'Lãnh đạo hai tỉnh Quảng Nam và Sê Kông (Lào) ký biên bản bàn giao công trình nhà văn hóa tại huyện Đắc Chưng (tỉnh Sê Kông).',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a newspaper named after its city', () => {
  it('"PLO | PHÁP LUẬT TP.HCM" is no place', () => {
    expect(isos('PLO | PHÁP LUẬT TP.HCM')).toEqual([]);
    expect(isos('Đoàn TP.HCM đã sang thăm Lào.')).toEqual(['VN-SG']);
  });
});

describe('"… ở tỉnh A và nắm tình hình chuẩn bị cho chương trình giao lưu … với Campuchia"', () => {
  it('names the partner of an exchange, not where the national delegation went', () => {
    expect(
      visits(
        article(
          'Sáng 5/11, đoàn công tác Bộ Quốc phòng tới thăm Bộ Chỉ huy Quân sự tỉnh An Giang và kiểm tra công tác chuẩn bị cho chương trình giao lưu hữu nghị với Campuchia.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('routes and goods are no trips', () => {
  it('"… Cảng Hàng không X, nơi có đường bay quốc tế sang Lào"', () => {
    expect(
      visits(
        article(
          'Theo ông Lò Văn Minh, tỉnh Sơn La giáp hai tỉnh Hủa Phăn và Luông Pha Băng; tỉnh có sân bay Nà Sản, nơi có đường bay quốc tế sang Lào.',
        ),
      ),
    ).toEqual([]);
  });
  it('"hàng hóa của tỉnh A xuất sang B"', () => {
    expect(
      visits(
        article('Năm 2010, hàng hóa của tỉnh Bình Phước xuất sang Kratie đạt giá trị 2 triệu USD.'),
      ),
    ).toEqual([]);
  });
});
