// Rules the twenty-fifth session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { countryWords } from '../../src/core/extract/actors.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('"đồng bào dân tộc Khmer": Vietnam’s own Khmer people, not Cambodia', () => {
  const trip = (people: string) =>
    [
      'Lãnh đạo Trung ương chúc Tết Chôl Chnăm Thmây tại Sóc Trăng',
      `Sáng 12/4, Đoàn công tác của Trung ương do ông Trần Văn Bảy làm trưởng đoàn, cùng lãnh đạo tỉnh Sóc Trăng, đã đến chùa Kh'leang chúc Tết ${people}.`,
    ].join('\n');

  it('a central delegation greeting Khmer people at a pagoda at home went nowhere abroad', () => {
    expect(visits(trip('bà con dân tộc Khmer'))).toEqual([]);
    expect(visits(trip('các vị sư sãi Phật giáo Nam tông Khmer'))).toEqual([]);
    expect(visits(trip('đồng bào Khmer tiêu biểu'))).toEqual([]);
  });

  it('Khmer alone still names Cambodia ("Quân đội Hoàng gia Khmer", "phía Khmer")', () => {
    expect(countryWords('đoàn đại biểu phía khmer').map((h) => h.country)).toEqual(['KH']);
    expect(countryWords('đồng bào dân tộc khmer')).toEqual([]);
    expect(countryWords('giáo viên dạy tiếng khmer')).toEqual([]);
  });
});

describe('"đường từ A sang B": a road’s course, not a trip', () => {
  const text = (sentence: string) =>
    ['Tin giao thông vùng biên', sentence, 'Ngành giao thông tỉnh Kon Tum đang khắc phục.'].join(
      '\n',
    );

  it('a road from a border gate over to Laos, blocked or upgraded, took nobody anywhere', () => {
    expect(
      visits(
        text(
          'Mưa lớn ở phía Attapeu, đường từ cửa khẩu quốc tế Bờ Y của Kon Tum sang Lào bị ùn ứ.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(text('Đường từ tỉnh Sê Kông sang Việt Nam vừa được trải nhựa, tỉnh Kon Tum hỗ trợ.')),
    ).toEqual([]);
  });

  it('"ách tắc trên tuyến đường sang Lào": where the road leads', () => {
    expect(
      visits(
        text(
          'Sạt lở ở tỉnh Attapeu. Các chủ xe tại tỉnh Kon Tum liên lạc để biết tình hình ách tắc trên tuyến đường sang Lào.',
        ),
      ),
    ).toEqual([]);
    expect(
      visits(text('Ngày 3/5, đoàn công tác tỉnh Kon Tum đã lên đường sang tỉnh Attapeu.')),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"lên đường từ A sang B" is the trip itself', () => {
    expect(
      visits(
        text(
          'Sáng 9/6, đoàn công tác tỉnh Kon Tum đã lên đường từ thành phố Kon Tum sang tỉnh Attapeu.',
        ),
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});

describe('an ambassador heard at an event in the capital of the country he is posted to', () => {
  const text = (speaker: string) =>
    [
      'Thủ đô Viêng Chăn vui Tết hữu nghị',
      'Tối 20/1, buổi gặp mặt mừng Xuân diễn ra tại Thủ đô Viêng Chăn với sự tham dự của nhiều lãnh đạo Lào và kiều bào.',
      `${speaker} phát biểu tại buổi gặp mặt (Ảnh: TTXVN)`,
    ].join('\n');

  it('is at his post, no visit from Hà Nội', () => {
    expect(visits(text('Đại sứ Việt Nam tại Lào Lê Văn Tám'))).toEqual([]);
  });

  it('a leader heard there came from his capital', () => {
    expect(visits(text('Phó Thủ tướng Lê Văn Tám'))).toEqual(['VN-HN*>LA-VT*']);
  });
});

describe('"Đoàn đại biểu … tỉnh A vừa có buổi hội đàm (lần thứ N) với … tỉnh B"', () => {
  const text = (sentence: string) => ['Hội đàm giữa hai huyện biên giới', sentence].join('\n');

  it('the delegation’s province travelled to the hosts named after the round of talks', () => {
    expect(
      visits(
        text(
          'Đoàn đại biểu huyện Mường Khoa, tỉnh Phông Sa Lỳ (Lào) vừa có buổi hội đàm định kỳ lần thứ năm với huyện Nậm Nhùn, tỉnh Lai Châu.',
        ),
      ),
    ).toEqual(['LA-PH>VN-01']);
    expect(
      visits(text('Đoàn đại biểu tỉnh Hủa Phăn (Lào) đã hội đàm với lãnh đạo tỉnh Sơn La.')),
    ).toEqual(['LA-HO>VN-05']);
  });

  it('leaders with no delegation word may be hosts or guests: no trip by that alone', () => {
    expect(
      visits(text('Lãnh đạo tỉnh Hủa Phăn vừa có buổi hội đàm giao ban với tỉnh Sơn La.')),
    ).toEqual([]);
  });
});

describe('a ceremony followed online', () => {
  it('a leader heard there spoke from where he was', () => {
    const text = [
      'Trao tặng gạo giúp nhân dân Lào',
      'Ngày 5/10, Bộ Ngoại giao tổ chức tại Hà Nội lễ trao tặng 500 tấn gạo giúp nhân dân Lào.',
      'Theo dõi buổi lễ qua hình thức trực tuyến tại thủ đô Viêng Chăn có Thủ tướng Lào Sonexay Siphandone.',
      'Thủ tướng Lào Sonexay Siphandone cho biết món quà rất ý nghĩa.',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });
});

describe('"hiện đang làm việc tại …": where someone is employed', () => {
  it('a former student working in a Lao province now made no trip there', () => {
    const text = [
      'Cầu nối hữu nghị',
      'Anh Bun Mi, cựu sinh viên Trường Đại học Hà Tĩnh, hiện đang làm việc tại Sở Y tế tỉnh Bôlykhămxay.',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });
});

describe('aid handed to another country’s provinces by an organiser', () => {
  it('"tỉnh A đã tổ chức trao … hỗ trợ … các tỉnh B1, B2 (Lào)" places the handover nowhere', () => {
    const text = [
      'Biên phòng Quảng Trị trao gạo giúp Lào',
      'Sáng 20/10, Bộ Chỉ huy Bộ đội Biên phòng Quảng Trị đã tổ chức trao 10 tấn gạo hỗ trợ lực lượng bảo vệ biên giới các tỉnh Salavan, Savannakhet (Lào).',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });
});

describe('hosts listed before "đã đón tiếp đoàn …"', () => {
  it('each province of the list received the delegation', () => {
    const text = [
      'Tây Ninh thăm các đội quy tập',
      'Chính quyền các tỉnh Kampong Cham, Kratie, Tbong Khmum đã đón tiếp đoàn công tác tỉnh Tây Ninh chu đáo.',
    ].join('\n');
    expect(visits(text)).toEqual(['VN-37>KH-3', 'VN-37>KH-10', 'VN-37>KH-25']);
  });
});

describe('national bodies and country words the blind sets showed', () => {
  it('"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" is the city’s branch, not the nation’s', () => {
    const text = [
      'Đà Nẵng chúc Tết Bunpimay',
      'Ngày 12/4, lãnh đạo thành phố Đà Nẵng dẫn đầu đoàn đại biểu gồm đại diện Thành ủy, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đến chúc Tết Tổng Lãnh sự quán Lào tại Đà Nẵng.',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });

  it('"VN" in a sentence is Vietnam; "Quốc Vụ khanh" is a Cambodian national title', () => {
    expect(
      visits(
        [
          'Chủ tịch nước tiếp Phó Thủ tướng Campuchia',
          'Chiều 9.1, Chủ tịch nước đã tiếp Bộ trưởng Bộ Nội vụ Campuchia Samdech Sar Kheng, người đang sang thăm VN để dự hội nghị.',
        ].join('\n'),
      ),
    ).toEqual(['KH-12*>VN-HN*']);
    expect(
      visits(
        'Thanh tra hai nước\nNgày 25/11, ông Chheng Saroeun, Quốc Vụ khanh Thanh tra Campuchia, thăm Việt Nam.',
      ),
    ).toEqual(['KH-12*>VN-HN*']);
  });

  it('a telegram sent ("gửi điện thăm hỏi") puts nobody at the flood', () => {
    const text = [
      'Tỉnh Sê Kông gửi điện thăm hỏi Quảng Nam',
      'Hay tin mưa lũ gây thiệt hại trên địa bàn tỉnh Quảng Nam, đồng chí Vi Lay, Bí thư – Tỉnh trưởng tỉnh Sê Kông (Lào), đã gửi điện thăm hỏi tới lãnh đạo tỉnh Quảng Nam.',
    ].join('\n');
    expect(visits(text)).toEqual([]);
  });
});

describe('rounds seventy-three to seventy-six', () => {
  it('"Tại tỉnh đường B": the provincial hall of B, where the delegation worked', () => {
    const text = [
      'Long An làm việc với Battambang',
      'Tại tỉnh đường Battambang (Campuchia), đoàn công tác tỉnh Long An do Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc với lãnh đạo tỉnh bạn.',
    ].join('\n');
    expect(visits(text)).toEqual(['VN-41>KH-2']);
  });

  it('"Đoàn đại biểu cựu học sinh Lào tại Việt Nam" is a group of the whole country', () => {
    const text = [
      'Cựu học sinh Lào dâng hương tưởng niệm Bác',
      'Ngày 20/12, Đoàn đại biểu cựu học sinh Lào tại Việt Nam đã tới thăm Khu di tích Phủ Chủ tịch ở Hà Nội.',
    ].join('\n');
    expect(visits(text)).toEqual(['LA-VT*>VN-HN']);
  });

  it('"chuyến thăm cấp Nhà nước tới Campuchia của / mà …": the state’s trip, capital to capital', () => {
    const text = (sentence: string) => ['Báo chí Campuchia đưa tin', sentence].join('\n');
    expect(
      visits(
        text(
          'Báo chí Campuchia đưa đậm nét chuyến thăm cấp Nhà nước tới Vương quốc Campuchia mà Tổng Bí thư Nguyễn Văn A đang tiến hành.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
    expect(
      visits(
        text(
          'Dự án bệnh viện hữu nghị được công bố trong chuyến thăm cấp Nhà nước tới Campuchia của Chủ tịch nước Nguyễn Văn A.',
        ),
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});
