// Rules the fifty-second session's first helper drew from the probes' misreadings.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const placesOf = (text: string): string[] =>
  geocodeArticle(makeDoc(text), gaz).result.places.map((p) => p.iso);

describe('a river named like a province', () => {
  it('"thủy điện X" where the article speaks of "sông X" is the river’s dam', () => {
    expect(
      placesOf(
        'Điện cho vùng biên\n\nCông ty đang khảo sát dự án thủy điện Sê Kông tại tỉnh Kratie. Nhà máy nằm bên sông Sê Kông.',
      ),
    ).toEqual(['KH-10']);
  });

  it('"thủy điện X" in a text that names no river X stands in province X', () => {
    expect(
      placesOf('Thăm nhà máy\n\nĐoàn khách Lào đã thăm Nhà máy thủy điện Sơn La ngày 4/5.'),
    ).toEqual(['VN-05']);
  });

  it('"X là một dòng sông" says X is a river', () => {
    expect(
      placesOf(
        'Dòng sông chung\n\nTại tỉnh Kratie, người dân sống nhờ nghề cá. Sê Kông là một dòng sông chảy qua ba nước.',
      ),
    ).toEqual(['KH-10']);
  });

  it('"X là nơi …" is still the province', () => {
    expect(placesOf('Dòng sông chung\n\nSê Kông là nơi có nhiều thác nước đẹp của Lào.')).toEqual([
      'LA-XE',
    ]);
  });
});

describe('namesake districts on both sides of the border', () => {
  it('"huyện X, tỉnh A" and "huyện X, tỉnh B" of two countries: a bare "huyện X" is neither', () => {
    expect(
      visits(
        'Huyện Thanh Sơn thăm huyện bạn\n\nNgày 2/3, Đoàn công tác huyện Thanh Sơn thăm, làm việc tại huyện Thanh Sơn, tỉnh Bolikhamxay.\nTiếp đoàn công tác của huyện Thanh Sơn, tỉnh Nghệ An có ông Bun Mi, Huyện trưởng huyện Thanh Sơn, tỉnh Bolikhamxay.',
      ),
    ).toEqual(['VN-22>LA-BL']);
  });

  it('a district the article places once still locates its bare mentions', () => {
    expect(
      visits(
        'Trao quà\n\nNgày 2/3, đoàn đại biểu tỉnh Nghệ An đã thăm huyện Thanh Sơn, tỉnh Bolikhamxay.\nSáng 3/3, tại huyện Thanh Sơn, đoàn đã trao quà cho học sinh.',
      ),
    ).toEqual(['VN-22>LA-BL']);
  });
});

describe('an envoy at his post on a roll beside a minister of his country', () => {
  it('"Dự lễ có Bộ trưởng … Lào A; Bộ trưởng … Việt Nam B; Đại sứ Việt Nam tại Lào C": B came', () => {
    expect(
      visits(
        'Khai mạc Tuần phim Việt Nam tại Lào\n\nTối 3/10, tại Nhà hát Quốc gia ở thủ đô Viêng Chăn đã diễn ra Lễ khai mạc Tuần phim Việt Nam tại Lào.\nDự lễ khai mạc có Bộ trưởng Thông tin Lào Bun Mi; Bộ trưởng Bộ Công Thương Việt Nam Trần Văn A; Đại sứ Việt Nam tại Lào Lê B.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('the envoy alone beside the hosts’ minister has gone nowhere', () => {
    expect(
      visits(
        'Khai mạc Tuần phim Việt Nam tại Lào\n\nTối 3/10, tại Nhà hát Quốc gia ở thủ đô Viêng Chăn đã diễn ra Lễ khai mạc Tuần phim Việt Nam tại Lào.\nDự lễ khai mạc có Bộ trưởng Thông tin Lào Bun Mi; Đại sứ Việt Nam tại Lào Lê B.',
      ),
    ).toEqual([]);
  });
});

describe('"Tại đây, ‹body› tỉnh A đã …" after the places of another country', () => {
  const scene =
    'Trao quà vùng biên\n\nSáng 5/6, bản Na Lơi, huyện Xê Pôn, tỉnh Savannakhet (Lào) rộn ràng ngày hội. Bà con nô nức tham gia các trò chơi dân gian.\n';

  it('the province’s body acted where the last sentence naming places was', () => {
    expect(
      visits(
        `${scene}Tại đây, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị đã bàn giao nhà văn hóa tặng bà con.`,
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('a deed still to come ("sẽ bàn giao") is no visit', () => {
    expect(
      visits(
        `${scene}Tại đây, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị sẽ bàn giao nhà văn hóa tặng bà con.`,
      ),
    ).toEqual([]);
  });

  it('a receiver named after the deed is no party that came', () => {
    expect(
      visits(
        'Ngày hội thiếu nhi\n\nSáng 5/6, tại thành phố Đông Hà, tỉnh Quảng Trị diễn ra ngày hội thiếu nhi. Các em tham gia nhiều trò chơi.\nTại đây, các bạn trẻ tỉnh Quảng Trị đã trao quà cho thiếu nhi tỉnh Attapeu.',
      ),
    ).toEqual([]);
  });
});

describe('a showcase whose name holds its venue ("Những ngày Văn hóa A tại tỉnh B")', () => {
  it('"… A tại tỉnh B (Lào) là dịp …": A brought its days to B', () => {
    expect(
      visits(
        'Những ngày văn hóa\n\nNhững ngày Văn hóa thành phố Đà Nẵng tại tỉnh Champasak (Lào) là dịp để bạn bè Lào hiểu thêm về miền Trung.',
      ),
    ).toEqual(['VN-DN>LA-CH']);
  });

  it('one still to come ("… sẽ là dịp …") is no trip', () => {
    expect(
      visits(
        'Những ngày văn hóa\n\nNhững ngày Văn hóa thành phố Đà Nẵng tại tỉnh Champasak (Lào) sẽ là dịp để bạn bè Lào hiểu thêm về miền Trung.',
      ),
    ).toEqual([]);
  });

  it('a quoted title of an event being prepared ("tổng duyệt … “Những ngày Văn hóa A và B” tại B")', () => {
    expect(
      visits(
        'Tổng duyệt chương trình\n\nNgày 2/5, Sở Văn hóa đã tổng duyệt chương trình nghệ thuật cho Lễ khai mạc “Những ngày Văn hóa Quảng Trị và Savannakhet” năm 2022 tại tỉnh Savannakhet.',
      ),
    ).toEqual([]);
  });

  it('one a plan names ("dự kiến tổ chức …") is no trip either', () => {
    expect(
      visits(
        'Những ngày văn hóa\n\nNăm tới, hai bên dự kiến tổ chức Những ngày Văn hóa thành phố Đà Nẵng tại tỉnh Champasak (Lào).',
      ),
    ).toEqual([]);
  });
});

describe('a national side that "tới dự" / "đến dự" the event the lead placed abroad', () => {
  const lead =
    'Giao lưu hữu nghị biên giới\n\nTối 2/8, tại tỉnh Quảng Trị đã diễn ra Chương trình giao lưu hữu nghị.\n';

  it('"Đoàn đại biểu Bộ Quốc phòng Lào đã tới dự chương trình": the Lao side came', () => {
    expect(visits(`${lead}Đoàn đại biểu Bộ Quốc phòng Lào đã tới dự chương trình.`)).toEqual([
      'LA-VT*>VN-25',
    ]);
  });

  it('"Đại diện Bộ Quốc phòng của hai nước Việt Nam, Lào đã đến dự …": the other country came', () => {
    expect(
      visits(
        `${lead}Đại diện lãnh đạo Bộ Quốc phòng của hai nước Việt Nam, Lào đã đến dự chương trình.`,
      ),
    ).toEqual(['LA-VT*>VN-25']);
  });

  it('the country’s people living there ("bà con kiều bào … tới dự") came from nowhere', () => {
    expect(
      visits(
        'Tết cộng đồng\n\nTối 2/2, tại thủ đô Viêng Chăn đã diễn ra chương trình Tết cộng đồng.\nBà con kiều bào mặc những bộ trang phục đẹp nhất tới dự chương trình.',
      ),
    ).toEqual([]);
  });
});

describe('"Tại đây" points at where things are, not at a delegation’s home', () => {
  it('"đoàn đại biểu tỉnh B đã đến thăm huyện X. Tại đây, lãnh đạo tỉnh A đã …": B came, A went nowhere', () => {
    expect(
      visits(
        'Thăm huyện bạn\n\nNgày 3/4, đoàn đại biểu tỉnh Hủa Phăn đã đến thăm huyện Quan Sơn.\nTại đây, lãnh đạo tỉnh Thanh Hóa đã giới thiệu tình hình địa phương.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});
