// Rules the thirty-second session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { sistersOf as sisters, visitsOf as visits } from './support/visit-strings.ts';

const article = (...sentences: string[]) =>
  ['Hợp tác giữa các địa phương', ...sentences].join('\n');

describe('a search team works where it collects remains', () => {
  it('"Đội K73 tỉnh A đã quy tập ở tỉnh B": "ở" as well as "tại"', () => {
    expect(
      visits(
        article(
          'Mùa khô năm nay, Đội K73 tỉnh Nghệ An đã quy tập ở hai tỉnh Xiêng Khoảng và Bolykhamxay.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI', 'VN-22>LA-BL']);
  });

  it('"Đội quy tập hài cốt liệt sĩ thuộc Bộ Chỉ huy Quân sự tỉnh A đã tìm kiếm, cất bốc tại tỉnh B"', () => {
    expect(
      visits(
        article(
          'Đội quy tập hài cốt liệt sĩ thuộc Bộ Chỉ huy Quân sự tỉnh Nghệ An đã tìm kiếm, cất bốc tại tỉnh Xiêng Khoảng trong tháng 3.',
        ),
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"Đoàn quy tập …" is a team too', () => {
    expect(
      visits(
        article(
          'Đoàn quy tập hài cốt liệt sĩ của tỉnh Hà Tĩnh đã tìm kiếm, quy tập tại tỉnh Bolykhamxay trong mùa khô.',
        ),
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('remains "được Đội … cất bốc tại B" are the subject: where they were found, no trip told', () => {
    expect(
      visits(
        article(
          '20 hài cốt liệt sĩ được Đội quy tập 589 tìm kiếm, cất bốc tại tỉnh Khăm Muộn (Lào) đã được an táng tại Nghĩa trang liệt sĩ tỉnh Quảng Bình.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a trip named before its traveller', () => {
  it('"Nhân dịp sang thăm và chúc Tết tỉnh B, đoàn đại biểu tỉnh A đã tới viếng …"', () => {
    expect(
      visits(
        article(
          'Ngày 3/2, nhân dịp sang thăm và chúc Tết lãnh đạo tỉnh Tây Ninh, đoàn đại biểu tỉnh Svay Rieng do ông Men Vibol dẫn đầu đã cùng lãnh đạo tỉnh Tây Ninh tới viếng nghĩa trang liệt sĩ.',
        ),
      ),
    ).toEqual(['KH-20>VN-37']);
  });

  it('"Trong chuyến sang thăm tỉnh B, đoàn …": a motion verb between "chuyến" and "thăm"', () => {
    expect(
      visits(
        article(
          'Trong chuyến sang thăm tỉnh Đắk Lắk, đoàn đại biểu tỉnh Mondulkiri đã tới thăm một trang trại cà phê.',
        ),
      ),
    ).toEqual(['KH-11>VN-33']);
  });

  it("a national association of veterans named after the trip is its country's delegation", () => {
    expect(
      visits(
        article(
          'Ngày 3/2, trong dịp sang thăm và chúc Tết lãnh đạo tỉnh Tây Ninh, đoàn công tác do Thống tướng Kun Kim, Phó Chủ tịch Hội Cựu chiến binh Campuchia dẫn đầu đã tới viếng nghĩa trang liệt sĩ Đồi 82.',
        ),
      ),
    ).toEqual(['KH-12*>VN-37']);
  });

  it("a province's delegation whose leader holds a central party rank stays the province's", () => {
    expect(
      visits(
        article(
          'Chiều 6/12, nhân dịp sang dự Hội nghị thường niên giữa hai tỉnh Hà Tĩnh và Khăm Muộn (Lào), Đoàn đại biểu cấp cao tỉnh bạn do đồng chí Bun Khăm, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muộn dẫn đầu đã về thăm xã Nam Hương.',
          'Đoàn đã đi thăm một số vườn mẫu và nhà văn hóa thôn.',
        ),
      ),
    ).toEqual(['LA-KH>VN-23']);
  });
});

describe('national academies', () => {
  it('"Hội nghị giữa Viện Hàn lâm … Việt Nam và Bộ … Lào được tổ chức tại thủ đô Vientiane"', () => {
    expect(
      visits(
        article(
          'Hội nghị song phương lần thứ 3 giữa Viện Hàn lâm Khoa học và Công nghệ Việt Nam và Bộ Công nghệ và Truyền thông Lào vừa được tổ chức tại thủ đô Vientiane.',
        ),
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });
});

describe('units of an address lie in the province that closes it', () => {
  it('"bản X của xã Y và bản Z của cụm bản W kết nghĩa", Y and W placed earlier in address chains', () => {
    expect(
      sisters(
        article(
          'Bản Nậm Táy thuộc cụm bản Viêng Phăn, huyện Sầm Tớ, tỉnh Hủa Phăn nằm đối diện xã Thông Thụ, huyện Quế Phong (Nghệ An).',
          'Năm 2013, bản Mường Phú của xã Thông Thụ và bản Nậm Táy của cụm bản Viêng Phăn chính thức kết nghĩa.',
        ),
      ),
    ).toEqual(['LA-HO|VN-22']);
  });

  it('"Huyện X (A) …" opening a sentence: the capitalised unit word is not part of the name', () => {
    const text = 'Huyện Quế Phong (Nghệ An) giáp Lào. Năm 2013, huyện Quế Phong kết nghĩa.';
    const found = findPlaces(tokenize(text), [[0, text.length]], builtinGazetteer(), null);
    const named = found.mentions.filter((m) => m.ward).map((m) => text.slice(...m.span));
    // (Its own address too, like every learned unit.)
    expect(named).toEqual(['Quế Phong', 'Quế Phong']);
  });
});

describe('a private person on an errand is no delegation', () => {
  it('"bắt gặp chị X đang chạy xe từ xã Y (tỉnh A) … sang tỉnh B mua ít đồ dùng"', () => {
    expect(
      visits(
        article(
          'Chúng tôi bắt gặp chị Phuong Sameth đang chạy xe máy từ xã Bonteay Krang (tỉnh Svay Rieng) để làm thủ tục sang tỉnh Long An mua ít đồ dùng.',
        ),
      ),
    ).toEqual([]);
  });

  it('"anh X, Bí thư Tỉnh đoàn A, đã sang thăm tỉnh B" still travels', () => {
    expect(
      visits(
        article(
          'Ngày 5/6, anh Nguyễn Văn Hải, Bí thư Tỉnh đoàn Quảng Trị, đã sang thăm và làm việc tại tỉnh Salavan.',
        ),
      ),
    ).toEqual(['VN-25>LA-SL']);
  });
});

describe('round one hundred and eight', () => {
  it('"T.Ư Đoàn … Lào": the short form of a central youth union is its country\'s', () => {
    expect(
      visits(
        article(
          'Ngày 21/12, tại tỉnh Nghệ An, T.Ư Đoàn TNCS Hồ Chí Minh cùng T.Ư Đoàn TNNDCM Lào đã tổ chức buổi tọa đàm.',
        ),
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('"Hiện em đang làm việc tại …": where someone works now, no trip', () => {
    expect(
      visits(
        article(
          'Em Bua từng học tại tỉnh Lai Châu.',
          'Hiện em đang làm việc tại Bệnh viện tỉnh U-đôm-xay.',
        ),
      ),
    ).toEqual([]);
  });

  it('"Đại diện phía Việt Nam gồm …": a side\'s roll opened by "gồm"', () => {
    expect(
      visits(
        article(
          'Sáng 12/3, lễ khánh thành tuyến đường đã được tổ chức tại huyện Xaychamphone, tỉnh Bolikhamxay.',
          'Đại diện phía Việt Nam gồm đồng chí Trần Văn Hà - Phó Chủ tịch UBND tỉnh Hà Tĩnh và đồng chí Phùng Văn Vinh - Phó Chủ tịch UBND tỉnh Nghệ An.',
        ),
      ),
    ).toEqual(['VN-23>LA-BL', 'VN-22>LA-BL']);
  });
});

describe('a delegation named by its department', () => {
  it('"Đoàn … của Sở Ngoại giao tỉnh B … cũng cùng đến thăm": B\'s delegation, never the host', () => {
    expect(
      visits(
        article(
          'Đoàn Chuyên viên biên giới của Sở Ngoại vụ tỉnh Kon Tum và Đoàn Chuyên viên biên giới của Sở Ngoại giao tỉnh Sê-Kông đã gặp nhau tại huyện Ngọc Hồi (tỉnh Kon Tum) để hội đàm; hai đoàn cũng cùng đến thăm những hộ gia đình.',
        ),
      ),
    ).toEqual(['LA-XE>VN-28']);
  });
});

describe('round one hundred and nine', () => {
  it('"Xem bài gốc tại Hà Nội Mới": the capital\'s daily is no place ("Hà Nội mới" still is)', () => {
    const names = (text: string) =>
      findPlaces(tokenize(text), [[0, text.length]], builtinGazetteer(), null).mentions.map(
        (m) => m.entry.iso,
      );
    expect(names('Xem bài gốc tại Hà Nội Mới')).toEqual([]);
    expect(names('Diện mạo của Hà Nội mới sau mở rộng.')).toEqual(['VN-HN']);
  });
});

describe('round one hundred and ten', () => {
  it('"đón tiếp đoàn đại biểu thiếu nhi Lào": a children\'s delegation named by its country', () => {
    expect(
      visits(
        article('Chiều 15/8, lãnh đạo tỉnh Khánh Hòa đã đón tiếp đoàn đại biểu thiếu nhi Lào.'),
      ),
    ).toEqual(['LA-VT*>VN-34']);
  });

  it('"lễ … đã được tỉnh A cùng tỉnh B phối hợp tổ chức tại B": the passive names the organisers', () => {
    expect(
      visits(
        article(
          'Ngày 29/7, lễ trao huân chương đã được tỉnh Savannakhet cùng tỉnh Nghệ An phối hợp tổ chức tại tỉnh Nghệ An.',
        ),
      ),
    ).toEqual(['LA-SV>VN-22']);
  });

  it('"phía Việt Nam có …; phía Campuchia có ngài …, … Mặt trận đoàn kết … Campuchia": the second side', () => {
    expect(
      visits(
        article(
          'Ngày 22/12, hội nghị quốc tế lần thứ 4 đã được tổ chức tại TP Rạch Giá, tỉnh Kiên Giang.',
          'Dự hội nghị, phía Việt Nam có ông Vũ Văn Kim, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; phía Campuchia có ngài Min Khin, Phó Chủ tịch Hội đồng Quốc gia Mặt trận đoàn kết phát triển Tổ quốc Campuchia.',
        ),
      ),
    ).toEqual(['KH-12*>VN-47']);
  });
});

describe('where a memorandum was signed is no side of it', () => {
  it('"… Bản ghi nhớ hai Bên ký kết tại Thủ đô Phnom Penh" after a meeting held in province A', () => {
    expect(
      sisters(
        article(
          'Hội nghị Ban Chấp hành Trung ương Hội Hữu nghị Việt Nam - Campuchia vừa được tổ chức tại tỉnh Bắc Ninh.',
          'Các đại biểu đã thống nhất thực hiện các nhiệm vụ đã nêu trong Bản ghi nhớ hai Bên ký kết tại Thủ đô Phnom Penh ngày 1/8/2022.',
        ),
      ),
    ).toEqual([]);
  });
});
