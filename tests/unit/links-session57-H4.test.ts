// Rules the fifty-seventh session's helper H4 drew from a recall harness: a visit the step reads
// right must stay read when the article names the destination once and then refers back to it.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const LEAD =
  'Hợp tác hữu nghị\n\nTỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay (Lào) có quan hệ hợp tác lâu năm.\n';

describe('a destination named earlier and referred back to', () => {
  it('"thăm và làm việc tại địa phương này": the place named last, abroad', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại địa phương này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"thăm và làm việc tại tỉnh này": same', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại tỉnh này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"làm việc với lãnh đạo tỉnh bạn": the partner met where its leaders govern', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, làm việc với lãnh đạo tỉnh bạn.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"làm việc với chính quyền địa phương này": same', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn công tác tỉnh Hà Tĩnh đã đến làm việc với chính quyền địa phương này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('guard: "tỉnh này" when the place named last is the travellers\' own is no trip', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Bô-ly-khăm-xay (Lào) có quan hệ hợp tác lâu năm với tỉnh Hà Tĩnh.\nNgày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh đã đến thăm và làm việc tại một số cơ sở của tỉnh này.',
      ),
    ).toEqual([]);
  });

  it('guard: "tỉnh bạn" when no province abroad has been named is no trip', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Hà Tĩnh đẩy mạnh hợp tác với Lào.\nNgày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh đã đến thăm, làm việc với lãnh đạo tỉnh bạn.',
      ),
    ).toEqual([]);
  });

  it('guard: a trip still planned ("sẽ") is none', () => {
    expect(
      visitsOf(
        LEAD +
          'Tháng tới, Đoàn đại biểu tỉnh Hà Tĩnh sẽ sang thăm và làm việc với lãnh đạo địa phương này.',
      ),
    ).toEqual([]);
  });
});

describe('"tỉnh bạn" where something happens or a trip goes: the one partner named before', () => {
  it('"trên địa bàn tỉnh bạn": a remains-search team worked there', () => {
    expect(
      visitsOf(
        LEAD +
          'Trong mùa khô vừa qua, Đội K52 thuộc Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tìm kiếm, cất bốc 9 hài cốt liệt sĩ trên địa bàn tỉnh bạn.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"hội đàm … tổ chức tại tỉnh bạn": the delegation met there', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, cuộc hội đàm giữa Đoàn đại biểu tỉnh Hà Tĩnh và lãnh đạo chính quyền được tổ chức tại tỉnh bạn.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"Tại tỉnh bạn, đoàn tỉnh A đã hội đàm …": the venue fronted', () => {
    expect(
      visitsOf(
        LEAD + 'Ngày 4/3, tại tỉnh bạn, Đoàn đại biểu tỉnh Hà Tĩnh đã hội đàm với lãnh đạo tỉnh.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('guard: two provinces abroad named before: the reader cannot tell which', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Hà Tĩnh có quan hệ hợp tác với tỉnh Bô-ly-khăm-xay và tỉnh Khăm Muộn (Lào).\nTrong mùa khô vừa qua, Đội K52 thuộc Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã cất bốc 9 hài cốt liệt sĩ trên địa bàn tỉnh bạn.',
      ),
    ).toEqual([]);
  });

  it('guard: the partner\'s people ("lực lượng vũ trang tỉnh bạn") are no place of a trip', () => {
    expect(
      visitsOf(
        LEAD +
          'Nhân dịp này, tỉnh Hà Tĩnh trao tặng 200 triệu đồng xây trường học và trao quà cho lực lượng vũ trang tỉnh bạn.',
      ),
    ).toEqual([]);
  });

  it('guard: a trip still planned ("sẽ sang tỉnh bạn") is none', () => {
    expect(
      visitsOf(
        LEAD + 'Tháng 9 tới, đoàn công tác của tỉnh Hà Tĩnh sẽ sang tỉnh bạn để ký kết biên bản.',
      ),
    ).toEqual([]);
  });
});

describe('whose turn it is is no trip made', () => {
  it('"năm nay đến lượt Công an tỉnh A sang làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên\n\nCông an tỉnh Kon Tum và Công an tỉnh Attapeu (Lào) duy trì hội đàm hằng năm.\nTheo thông lệ, năm nay đến lượt Công an tỉnh Kon Tum sang làm việc tại tỉnh Attapeu; tuy nhiên, hai bên đã chuyển sang hội đàm trực tuyến.',
      ),
    ).toEqual([]);
  });

  it('guard: a trip told as made after a turn was named still counts', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên\n\nCông an tỉnh Kon Tum và Công an tỉnh Attapeu (Lào) duy trì hội đàm hằng năm.\nNgày 12/5, Đoàn công tác Công an tỉnh Kon Tum đã sang làm việc tại tỉnh Attapeu.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});

describe('"tỉnh bạn" as the home of a delegation: the one partner named before', () => {
  it('"đoàn đại biểu tỉnh bạn do ngài Tỉnh trưởng dẫn đầu đã sang thăm, chúc Tết … tỉnh A"', () => {
    expect(
      visitsOf(
        'Chúc Tết\n\nLãnh đạo tỉnh Bình Phước thăm, chúc Tết tỉnh Tbong Khmum (Campuchia).\nĐồng chí nhắc lại, hồi tháng 1/2024, đoàn đại biểu tỉnh bạn do ngài Tỉnh trưởng dẫn đầu đã sang thăm, chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Bình Phước.',
      ).sort(),
    ).toEqual(['KH-25>VN-58', 'VN-58>KH-25']);
  });

  it('guard: two provinces abroad named before: no home guessed for "đoàn đại biểu tỉnh bạn"', () => {
    expect(
      visitsOf(
        'Chúc Tết\n\nLãnh đạo tỉnh Bình Phước thăm, chúc Tết tỉnh Tbong Khmum và tỉnh Kratie (Campuchia).\nĐồng chí nhắc lại, hồi tháng 1/2024, đoàn đại biểu tỉnh bạn do ngài Tỉnh trưởng dẫn đầu đã sang thăm, chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Bình Phước.',
      ).sort(),
    ).toEqual(['VN-58>KH-10', 'VN-58>KH-25']);
  });
});

describe('"tỉnh này / địa phương này" where something happens: the place named last', () => {
  it('"Tại tỉnh này, Đoàn đại biểu tỉnh A đã hội đàm …": the venue fronted', () => {
    expect(
      visitsOf(
        LEAD + 'Ngày 4/3, tại tỉnh này, Đoàn đại biểu tỉnh Hà Tĩnh đã hội đàm với lãnh đạo tỉnh.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"Tại địa phương này, đoàn … đã tổ chức hội đàm": same', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, tại địa phương này, Đoàn đại biểu tỉnh Hà Tĩnh và lãnh đạo chính quyền sở tại đã tổ chức hội đàm.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it("guard: the place named last is the travellers' own: no trip abroad", () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Bô-ly-khăm-xay (Lào) có quan hệ hợp tác lâu năm với tỉnh Hà Tĩnh.\nNgày 4/3, tại tỉnh này, Đoàn đại biểu tỉnh Hà Tĩnh đã hội đàm với lãnh đạo tỉnh.',
      ),
    ).toEqual([]);
  });

  it('guard: another place named earlier in the sentence: the reader cannot tell which', () => {
    expect(
      visitsOf(
        LEAD +
          'Trong mùa khô vừa qua, Đội K52 thuộc Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tổ chức lễ truy điệu trên địa bàn tỉnh này.',
      ),
    ).toEqual([]);
  });
});

// Attacks of the review (session 57, R1): shapes where the rules above read a trip that was none.
describe("review: partners met where the sentence says, a host's turn", () => {
  it('"làm việc với đại diện tỉnh bạn tại cửa khẩu …": met at the gate, no trip to the partner', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh đã làm việc với đại diện tỉnh bạn tại cửa khẩu Cầu Treo.',
      ),
    ).toEqual([]);
  });

  it('"làm việc với lãnh đạo tỉnh bạn đang có mặt tại A": the partner came over, not the reverse', () => {
    expect(
      visitsOf(
        'Gặp mặt\n\nTỉnh Hà Tĩnh tổ chức gặp mặt lưu học sinh tỉnh Bô-ly-khăm-xay (Lào).\nChủ tịch UBND tỉnh Hà Tĩnh đã làm việc với lãnh đạo tỉnh bạn đang có mặt tại Hà Tĩnh.',
      ),
    ).not.toContain('VN-23>LA-BL');
  });

  it('"năm nay đến lượt tỉnh A đăng cai, đoàn tỉnh B đã sang …": the trip told as made counts', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên\n\nCông an tỉnh Kon Tum và Công an tỉnh Attapeu (Lào) duy trì hội đàm hằng năm.\nNăm nay đến lượt tỉnh Kon Tum đăng cai, Công an tỉnh Attapeu đã sang làm việc tại tỉnh Kon Tum ngày 5/6.',
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('guard: "đến lượt tỉnh A đăng cai, đoàn tỉnh B sẽ sang": still a plan', () => {
    expect(
      visitsOf(
        'Hội đàm thường niên\n\nCông an tỉnh Kon Tum và Công an tỉnh Attapeu (Lào) duy trì hội đàm hằng năm.\nNăm nay đến lượt tỉnh Kon Tum đăng cai, Công an tỉnh Attapeu sẽ sang làm việc tại tỉnh Kon Tum.',
      ),
    ).toEqual([]);
  });
});

describe('review: "tỉnh bạn" that is not the partner abroad', () => {
  it('"Tại tỉnh bạn, …" after a trip to another province of Vietnam: that one, not the partner', () => {
    expect(
      visitsOf(
        'Hà Tĩnh - Nghệ An\n\nNăm 2019, tỉnh Hà Tĩnh ký kết hợp tác với tỉnh Bô-ly-khăm-xay (Lào).\nNgày 4/3, đoàn công tác tỉnh Hà Tĩnh đã đến thăm tỉnh Nghệ An.\nTại tỉnh bạn, đoàn đã tham quan khu di tích Kim Liên.',
      ),
    ).toEqual([]);
  });

  it('"Tỉnh đoàn tỉnh bạn": the partner\'s youth union, no delegation of it', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Tỉnh Đoàn Hà Tĩnh đã tổ chức giao lưu với đoàn viên thanh niên Tỉnh đoàn tỉnh bạn.',
      ),
    ).toEqual([]);
  });

  it('"làm việc với lãnh đạo tỉnh bạn Hà Tĩnh": named, no guess of a partner abroad', () => {
    expect(
      visitsOf(
        'Hội nghị ba tỉnh\n\nCác tỉnh Hà Tĩnh, Nghệ An và Bô-ly-khăm-xay (Lào) họp bàn hợp tác.\nĐoàn đại biểu tỉnh Nghệ An đã đến làm việc với lãnh đạo tỉnh bạn Hà Tĩnh.',
      ),
    ).not.toContain('VN-22>LA-BL');
  });
});

describe('review: "địa phương này" after a place the sentence itself names', () => {
  it('"đã đến thăm tỉnh C và làm việc với chính quyền địa phương này": C, not the partner', () => {
    expect(
      visitsOf(
        'Tây Ninh - Svay Rieng\n\nTỉnh Tây Ninh và tỉnh Svay Rieng (Campuchia) ký kết hợp tác.\nNgày 4/3, Đoàn công tác tỉnh Tây Ninh đã đến thăm tỉnh Bình Phước và làm việc với chính quyền địa phương này.',
      ),
    ).toEqual([]);
  });

  it('"đã đến thành phố C, thăm và làm việc tại địa phương này": same', () => {
    expect(
      visitsOf(
        'Tây Ninh - Svay Rieng\n\nTỉnh Tây Ninh và tỉnh Svay Rieng (Campuchia) ký kết hợp tác.\nNgày 4/3, Đoàn công tác tỉnh Tây Ninh đã đến thành phố Hồ Chí Minh, thăm và làm việc tại địa phương này.',
      ),
    ).toEqual([]);
  });
});
