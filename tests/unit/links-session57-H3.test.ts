// Rules the fifty-seventh session's helper H3 drew from a must-change harness: the evidence
// sentence of a visit read right, rewritten so that its meaning changes (a plan, a denial, a trip
// called off), must lose the visit.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin đối ngoại\n\n';

describe('a meeting word planned or denied in its own clause holds no meeting', () => {
  it('"Ngày …, tại thành phố B, … tỉnh B sẽ tổ chức hội đàm với … tỉnh A": talks still to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 14/5, tại thành phố Vinh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An sẽ tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual([]);
  });

  it('"… tỉnh A dự kiến sẽ có buổi làm việc tại tỉnh B": a meeting planned', () => {
    expect(
      visitsOf(
        HEAD +
          'Chiều 3/9, tại thành phố Tam Kỳ, Đoàn đại biểu tỉnh Sê Kông (Lào) dự kiến sẽ có buổi làm việc với lãnh đạo tỉnh Quảng Nam.',
      ),
    ).toEqual([]);
  });

  it('"Đoàn … tỉnh A chưa thể làm việc tại tỉnh B": a meeting that did not take place', () => {
    expect(
      visitsOf(
        HEAD + 'Do mưa lũ, Đoàn công tác tỉnh Attapeu (Lào) chưa thể làm việc tại tỉnh Kon Tum.',
      ),
    ).toEqual([]);
  });

  it('guard: "Ngày …, tại thành phố B, … tỉnh B đã tổ chức hội đàm với … tỉnh A" holds the talks', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 14/5, tại thành phố Vinh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An đã tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào).',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: "Đoàn … tỉnh A đã làm việc tại tỉnh B" is the trip', () => {
    expect(
      visitsOf(HEAD + 'Sáng 8/6, Đoàn công tác tỉnh Attapeu (Lào) đã làm việc tại tỉnh Kon Tum.'),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('guard: "Trong không khí vui tươi …, ông Tỉnh trưởng cảm ơn đoàn … tỉnh A đã đến": a mood, no denial', () => {
    expect(
      visitsOf(
        'Chúc Tết cổ truyền tại Svay Rieng\n\nSáng 11/4, tại tỉnh Svay Rieng (Campuchia) diễn ra buổi gặp mặt nhân dịp Tết cổ truyền Chôl Chnăm Thmây.\nTrong không khí vui tươi đón năm mới, ông Tỉnh trưởng cảm ơn đoàn đại biểu tỉnh Tây Ninh đã đến chung vui.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });
});

describe('"không chỉ / không những … mà còn" tells what was done, and more', () => {
  it('"Đoàn … tỉnh A không chỉ đến thăm tỉnh B mà còn …": the trip, made', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 5/3/2025, đoàn đại biểu tỉnh Hủa Phăn (Lào) không chỉ đến thăm tỉnh Thanh Hóa mà còn làm việc với tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-HO>VN-21', 'LA-HO>VN-22']);
  });

  it('"… không những sang thăm tỉnh B mà còn dự lễ hội": the trip, made', () => {
    expect(
      visitsOf(
        HEAD +
          'Tháng 4/2024, đoàn cán bộ tỉnh Kon Tum không những sang thăm tỉnh Attapeu (Lào) mà còn dự lễ hội Bun Pi May cùng nhân dân tỉnh bạn.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('guard: "… không thể sang thăm tỉnh B" is still no trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 5/3/2025, đoàn đại biểu tỉnh Hủa Phăn (Lào) không thể sang thăm tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });
});

describe('a trip put off or called off ("hoãn / hủy chuyến thăm") is no trip', () => {
  it('"Đoàn … tỉnh A đã hoãn chuyến thăm tỉnh B"', () => {
    expect(
      visitsOf(HEAD + 'Đoàn đại biểu tỉnh Salavan (Lào) đã hoãn chuyến thăm tỉnh Quảng Trị.'),
    ).toEqual([]);
  });

  it('"… tỉnh A quyết định hủy chuyến sang thăm, làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Vì dịch bệnh, lãnh đạo tỉnh Hủa Phăn (Lào) quyết định hủy chuyến sang thăm, làm việc tại tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });

  it('"… đã tạm hoãn chuyến thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn công tác tỉnh Champasak (Lào) đã tạm hoãn chuyến thăm và làm việc tại thành phố Đà Nẵng.',
      ),
    ).toEqual([]);
  });

  it('guard: "Đoàn … tỉnh A đã có chuyến thăm tỉnh B" is the trip', () => {
    expect(
      visitsOf(HEAD + 'Đoàn đại biểu tỉnh Salavan (Lào) đã có chuyến thăm tỉnh Quảng Trị.'),
    ).toEqual(['LA-SL>VN-25']);
  });
});

describe('a planned or denied reception takes the guests’ trip told after it along', () => {
  it('"B chưa thể tiếp đoàn … hai tỉnh A1, A2 sang chúc mừng …": no trip either way', () => {
    expect(
      visitsOf(
        HEAD +
          'Do thời tiết xấu, tỉnh Kon Tum chưa thể tiếp đoàn đại biểu hai tỉnh Attapeu, Sê Kông sang chúc mừng Quốc khánh.',
      ),
    ).toEqual([]);
  });

  it('"… tỉnh B chưa thể đón tiếp Đoàn … tỉnh A do … dẫn đầu sang giao lưu"', () => {
    expect(
      visitsOf(
        HEAD +
          'Nhân dịp này, Tỉnh Đoàn Nghệ An chưa thể đón tiếp Đoàn Thanh niên tỉnh Xiêng Khoảng (Lào) do đồng chí Bí thư Tỉnh Đoàn dẫn đầu sang giao lưu.',
      ),
    ).toEqual([]);
  });

  it('guard: "B tiếp đoàn … hai tỉnh A1, A2 sang chúc mừng …": both came', () => {
    expect(
      visitsOf(
        HEAD +
          'Chiều 1/12, tỉnh Kon Tum đã tiếp đoàn đại biểu hai tỉnh Attapeu, Sê Kông sang chúc mừng Quốc khánh.',
      ),
    ).toEqual(['LA-AT>VN-28', 'LA-XE>VN-28']);
  });
});

describe('past a delegation’s description ("do … làm trưởng đoàn / dẫn đầu"), the plan of what it did', () => {
  it('"Ngày …, tại thành phố C, Đoàn … tỉnh A do … làm trưởng đoàn đã hoãn chuyến thăm … tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 5/3, tại thành phố Đông Hà, Đoàn đại biểu tỉnh Salavan (Lào) do Tỉnh trưởng làm trưởng đoàn đã hoãn chuyến thăm và làm việc tại tỉnh Quảng Trị.',
      ),
    ).toEqual([]);
  });

  it('"Đoàn … tỉnh A do … dẫn đầu chưa thể sang làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn công tác tỉnh Salavan (Lào) do Phó Tỉnh trưởng dẫn đầu chưa thể sang làm việc tại tỉnh Quảng Trị.',
      ),
    ).toEqual([]);
  });

  it('guard: "… do Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh B" is the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 5/3, tại thành phố Đông Hà, Đoàn đại biểu tỉnh Salavan (Lào) do Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SL>VN-25']);
  });
});

describe('an event whose own verb is planned or denied ("sẽ diễn ra", "chưa thể được tổ chức") holds no visit', () => {
  it('"Ngày …, tại thành phố B, Hội nghị … ba nước Việt Nam, Campuchia và Lào sẽ diễn ra"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 9/10, tại thành phố Đà Nẵng, Hội nghị Bộ trưởng Tư pháp ba nước Việt Nam, Campuchia và Lào sẽ diễn ra.',
      ),
    ).toEqual([]);
  });

  it('"Hội trại … giữa thanh niên tỉnh A và thanh niên Campuchia chưa thể được tổ chức tại B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Hội trại hữu nghị giữa thanh niên tỉnh An Giang và thanh niên Campuchia chưa thể được tổ chức tại tỉnh Takeo.',
      ),
    ).toEqual([]);
  });

  it('"Tối …, tại huyện C, … tỉnh B sẽ phối hợp với … tỉnh A (Campuchia) tổ chức …"', () => {
    expect(
      visitsOf(
        HEAD +
          'Tối 2/9, tại huyện Buôn Đôn, Sở Văn hóa tỉnh Đắk Lắk sẽ phối hợp với Sở Văn hóa tỉnh Mondulkiri (Campuchia) tổ chức đêm giao lưu nghệ thuật.',
      ),
    ).toEqual([]);
  });

  it('guard: the same event "đã diễn ra" / "đã được tổ chức" / "đã phối hợp … tổ chức" holds it', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 9/10, tại thành phố Đà Nẵng, Hội nghị Bộ trưởng Tư pháp ba nước Việt Nam, Campuchia và Lào đã diễn ra.',
      ),
    ).toEqual(['KH-12*>VN-DN', 'LA-VT*>VN-DN']);
    expect(
      visitsOf(
        HEAD +
          'Tối 2/9, tại huyện Buôn Đôn, Sở Văn hóa tỉnh Đắk Lắk đã phối hợp với Sở Văn hóa tỉnh Mondulkiri (Campuchia) tổ chức đêm giao lưu nghệ thuật.',
      ),
    ).toEqual(['KH-11>VN-33']);
  });
});

describe('a time still to come opening the sentence ("Trong thời gian tới, …", "Tháng 5 tới, …") is a plan', () => {
  it('"Trong thời gian tới, Đoàn … tỉnh A sang thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Trong thời gian tới, Đoàn đại biểu tỉnh Luang Prabang (Lào) sang thăm tỉnh Điện Biên.',
      ),
    ).toEqual([]);
  });

  it('"Tháng 11 tới, Đoàn … tỉnh A sang thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Tháng 11 tới, Đoàn đại biểu tỉnh Luang Prabang (Lào) sang thăm và làm việc tại tỉnh Điện Biên.',
      ),
    ).toEqual([]);
  });

  it('"Sắp tới, lãnh đạo tỉnh B tiếp Đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        HEAD + 'Sắp tới, lãnh đạo tỉnh Điện Biên tiếp Đoàn đại biểu tỉnh Luang Prabang (Lào).',
      ),
    ).toEqual([]);
  });

  it('guard: "Tháng 11 vừa qua, …" and "Trong thời gian qua, … đã sang thăm …" tell trips made', () => {
    expect(
      visitsOf(
        HEAD +
          'Tháng 11 vừa qua, Đoàn đại biểu tỉnh Luang Prabang (Lào) sang thăm và làm việc tại tỉnh Điện Biên.',
      ),
    ).toEqual(['LA-LP>VN-71']);
    expect(
      visitsOf(
        HEAD +
          'Trong thời gian qua, Đoàn đại biểu tỉnh Luang Prabang (Lào) đã sang thăm tỉnh Điện Biên.',
      ),
    ).toEqual(['LA-LP>VN-71']);
  });

  it('guard: "Tháng 11 tới, … tỉnh A đã …" — a done trip told after the time phrase stays', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuẩn bị cho lễ kỷ niệm tháng 11 tới, Đoàn đại biểu tỉnh Luang Prabang (Lào) đã sang làm việc tại tỉnh Điện Biên.',
      ),
    ).toEqual(['LA-LP>VN-71']);
  });
});

describe('untrusted input: "… tại nước bạn." ending the text does not throw', () => {
  it('"Đoàn … TP A … chào xã giao … của Lào …, nhân chuyến thăm và làm việc tại nước bạn." as the last line', () => {
    expect(() =>
      visitsOf(
        HEAD +
          'Đoàn đại biểu thành phố Hải Phòng đã lần lượt chào xã giao lãnh đạo chủ chốt của Lào trong ngày 3/6, nhân chuyến thăm và làm việc tại nước bạn.',
      ),
    ).not.toThrow();
  });
});
