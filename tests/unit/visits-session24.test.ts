// Rules the twenty-fourth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { coChairCountries } from '../../src/core/extract/actors.ts';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('"dưới sự (đồng) chủ trì của …": the chairs of an event held at a named venue', () => {
  const text = (chairs: string) =>
    [
      'Hội nghị các tỉnh biên giới',
      `Chiều 28/11, hội nghị các tỉnh biên giới đã được tổ chức tại thủ đô Phnom Penh dưới sự đồng chủ trì của ${chairs}.`,
    ].join('\n');

  it('a chair named without a country is Vietnam’s, as the press names its own leaders', () => {
    expect(
      visits(
        text(
          'Phó Thủ tướng Chính phủ Trần Văn Nam và Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Sok Dara',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });

  it('the host country’s own chairs came from nowhere', () => {
    expect(
      visits(text('Phó Thủ tướng Campuchia Sok Dara và Bộ trưởng Bộ Nội vụ Campuchia Chea Som')),
    ).toEqual([]);
  });

  it('each chair an item; the roll stops at ", với sự tham dự của …"', () => {
    const lower =
      'dưới sự đồng chủ trì của bộ trưởng bộ công an lào a và bộ trưởng bộ nội vụ campuchia b, với sự tham dự của đại sứ việt nam';
    expect(coChairCountries(lower)).toEqual(['LA', 'KH']);
    // A provincial leader in the chair is no national body.
    expect(coChairCountries('dưới sự chủ trì của phó chủ tịch ubnd tỉnh tây ninh c')).toEqual([]);
  });
});

describe('a counted group of provinces that came over with no place after the cue', () => {
  it('"đoàn … của 4 tỉnh Nam Lào sang dự" after the four were listed: each came to the article’s province', () => {
    const text = [
      'Bình Định và các tỉnh Nam Lào ký kết hợp tác',
      'Ngày 30/3, UBND tỉnh Bình Định cùng chính quyền bốn tỉnh Nam Lào là Attapu, Champasak, Salavan và Sekong đã ký kết văn bản hợp tác.',
      'Lễ ký diễn ra trước sự chứng kiến của lãnh đạo tỉnh và đoàn đại biểu cấp cao của 4 tỉnh Nam Lào sang dự.',
    ].join('\n');
    expect(visits(text, '2023-03-30')).toEqual([
      'LA-AT>VN-31',
      'LA-CH>VN-31',
      'LA-SL>VN-31',
      'LA-XE>VN-31',
    ]);
  });

  it('a count that does not match the places listed names some other group', () => {
    const text = [
      'Bình Định và các tỉnh Nam Lào ký kết hợp tác',
      'Ngày 30/3, UBND tỉnh Bình Định cùng chính quyền hai tỉnh Attapu và Champasak đã ký kết văn bản hợp tác.',
      'Lễ ký diễn ra trước sự chứng kiến của đoàn đại biểu của 4 tỉnh Nam Lào sang dự.',
    ].join('\n');
    expect(visits(text, '2023-03-30')).toEqual([]);
  });

  it('a group coming over in a plan is no trip', () => {
    const text = [
      'Bình Định và các tỉnh Nam Lào ký kết hợp tác',
      'Ngày 30/3, UBND tỉnh Bình Định cùng chính quyền bốn tỉnh Nam Lào là Attapu, Champasak, Salavan và Sekong đã ký kết văn bản hợp tác.',
      'Năm tới, đoàn đại biểu của 4 tỉnh Nam Lào sẽ sang dự lễ kỷ niệm.',
    ].join('\n');
    expect(visits(text, '2023-03-30')).toEqual([]);
  });
});

describe('the host thanked for its welcome, told after it', () => {
  it('"Tỉnh trưởng tỉnh A cảm ơn tỉnh B đã dành cho đoàn sự đón tiếp … trong chuyến thăm": no trip of B', () => {
    const text = [
      'Tin',
      'Sáng 22/8, tại hội trường Tỉnh ủy Bình Phước, lãnh đạo tỉnh Bình Phước làm việc với Đoàn đại biểu cấp cao tỉnh Champasak (Lào).',
      'Phát biểu tại buổi làm việc, ông Vilay, Tỉnh trưởng tỉnh Champasak cảm ơn tỉnh Bình Phước đã dành cho đoàn sự đón tiếp chu đáo trong chuyến thăm, làm việc lần này.',
    ].join('\n');
    expect(visits(text, '2022-08-22')).toEqual(['LA-CH>VN-58']);
  });
});

describe('sister links: records, established friendship, a subject and its partners', () => {
  it('"Biên bản hội nghị cấp cao hai tỉnh A - B ký ngày …": the record two provinces signed', () => {
    const text =
      'Tin\nCác nội dung trong Biên bản hội nghị cấp cao hai tỉnh Khăm Muộn - Hà Tĩnh ký ngày 15/6/2017 đã được triển khai có hiệu quả.';
    expect(sistersOf(text)).toEqual(['LA-KH|VN-23']);
  });

  it('"… thực hiện Hiệp ước … Việt Nam - Lào ký ngày 18/7/1977": the countries’ treaty names no pair', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu tỉnh Sơn La đã sang thăm tỉnh Luông Pha Băng.',
      'Hai bên thực hiện đúng tinh thần Hiệp ước hữu nghị và hợp tác Việt Nam - Lào ký ngày 18/7/1977.',
    ].join('\n');
    expect(sistersOf(text)).toEqual([]);
  });

  it('"A đã thiết lập quan hệ hữu nghị với … là B, C và D": the partners the city established', () => {
    const text =
      'Tin\nThành phố Hồ Chí Minh đã thiết lập quan hệ hữu nghị với bốn địa phương của Lào là thủ đô Vientiane, tỉnh Champasak và tỉnh Savannakhet.';
    expect(sistersOf(text)).toEqual(['LA-VT|VN-SG', 'LA-CH|VN-SG', 'LA-SV|VN-SG']);
  });

  it('a subject, then "với" and partners of two countries: partners of the subject, not of each other', () => {
    const text =
      'Tin\nĐến nay, Bình Dương đã ký kết hợp tác với nhiều địa phương nước ngoài, gồm: tỉnh Champasak (Lào), tỉnh Kratie (Campuchia).';
    expect(sistersOf(text)).toEqual(['LA-CH|VN-57', 'KH-10|VN-57']);
  });
});

describe('leaders titled once with their country, then without it', () => {
  const lead =
    'Tin\nTrong hai ngày 7 và 8/3, Thủ tướng Lào Thoong-xỉn Thăm-ma-vông đã có chuyến thăm chính thức Cam-pu-chia.';

  it('a syllable glued by a hyphen ("Thăm-ma-vông") is part of a name, not the verb "thăm"', () => {
    const text = `${lead}\nCũng tại cuộc hội đàm, Thủ tướng Thoong-xỉng Thăm-ma-vông cho biết Lào sẽ dốc sức.`;
    expect(visits(text, '2023-03-08')).toEqual(['LA-VT*>KH-12*']);
  });

  it('"Thủ tướng ‹name›" later in the article is the leader of the country first named with him', () => {
    const text = [
      'Tin',
      'Ngày 7/3, Thủ tướng Lào Xổm-xạ-vạt Lển-xạ-vắt đã có chuyến thăm chính thức Campuchia.',
      'Sau đó, Thủ tướng Xổm-xạ-vạt Lển-xạ-vắt đến tỉnh Xiêm Riệp.',
    ].join('\n');
    expect(visits(text, '2023-03-08')).toEqual(['LA-VT*>KH-17']);
    // A leader named by no country anywhere is still Vietnam's.
    const own = 'Tin\nSau đó, Thủ tướng Nguyễn Văn An đến thăm tỉnh Xiêm Riệp.';
    expect(visits(own, '2023-03-08')).toEqual(['VN-HN*>KH-17']);
  });
});

describe('"Học viện Chính trị Quốc gia Hồ Chí Minh": Vietnam’s party school, a national body', () => {
  it('handing over a work in Vientiane: a trip from Hà Nội', () => {
    const text =
      'Tin\nNgày 15/1, tại Thủ đô Viêng Chăn, Học viện Chính trị Quốc gia Hồ Chí Minh đã bàn giao cho Học viện Chính trị và Hành chính Quốc gia Lào công trình trang thiết bị giảng dạy.';
    expect(visits(text)).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('"Đón nhận phần quà, về phía tỉnh B có …": a gift received, not guests', () => {
  it('the receiving side came to the giver’s venue; it hosts no one', () => {
    const text = [
      'Tin',
      'Sáng 15/6, tại Cửa khẩu Thông Thụ (Nghệ An), UBND tỉnh Nghệ An đã tổ chức trao tặng vật tư y tế cho tỉnh Hủa Phăn, nước bạn Lào.',
      'Về phía tỉnh Nghệ An, tham dự buổi lễ có ông Bùi Văn Long, Phó Chủ tịch UBND tỉnh.',
      'Đón nhận phần quà, về phía tỉnh Hủa Phăn có ông Phút Phăn, Phó Tỉnh trưởng tỉnh Hủa Phăn cùng đại diện các lực lượng của tỉnh bạn.',
    ].join('\n');
    expect(visits(text, '2021-06-15')).toEqual(['LA-HO>VN-22']);
  });

  it('"Đón tiếp đoàn, về phía tỉnh B có …" still names the host', () => {
    const text = [
      'Tin',
      'Đoàn đại biểu tỉnh Nghệ An đã sang thăm tỉnh Hủa Phăn.',
      'Đón tiếp đoàn, về phía tỉnh Hủa Phăn có ông Phút Phăn, Phó Tỉnh trưởng tỉnh Hủa Phăn.',
    ].join('\n');
    expect(visits(text)).toEqual(['VN-22>LA-HO']);
  });
});
