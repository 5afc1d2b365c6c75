// Rules the fifty-eighth session's helper H1 drew from the must-change harness: a trip called off,
// an invitation (sent, or accepted for later) and the items of a plan give no visit; the trip made
// on an invitation, or told as done, still does.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin đối ngoại\n\n';

describe('a trip told as the subject of its own calling off was not made', () => {
  it('"Chuyến thăm … của đoàn tỉnh A tới tỉnh B đã bị hoãn"', () => {
    expect(
      visitsOf(
        HEAD +
          'Do ảnh hưởng của bão, chuyến thăm và làm việc của Đoàn đại biểu tỉnh Quảng Bình tới tỉnh Khăm Muộn đã bị hoãn.',
      ),
    ).toEqual([]);
  });

  it('"Chuyến thăm tỉnh B của đoàn tỉnh A phải lùi lại"', () => {
    expect(
      visitsOf(
        HEAD + 'Chuyến thăm tỉnh Attapeu của đoàn công tác tỉnh Kon Tum phải lùi lại sang năm sau.',
      ),
    ).toEqual([]);
  });

  it('"Chuyến đoàn … tỉnh A do … dẫn đầu sang thăm, chúc Tết tỉnh B bị hủy"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến đoàn đại biểu tỉnh Kampot do ông Tỉnh trưởng, Trưởng ban Đối ngoại tỉnh dẫn đầu sang thăm, chúc Tết tỉnh Kiên Giang bị hủy vì dịch bệnh.',
      ),
    ).toEqual([]);
  });

  it('guard: "Chuyến thăm … của đoàn tỉnh A tới tỉnh B đã diễn ra tốt đẹp" is the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm và làm việc của Đoàn đại biểu tỉnh Quảng Bình tới tỉnh Khăm Muộn đã diễn ra tốt đẹp.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('guard: "Trong chuyến thăm …, đoàn … đã …, dù lễ khánh thành bị hoãn" keeps the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Quảng Bình đã sang thăm tỉnh Khăm Muộn; lễ khánh thành trường học bị hoãn do mưa lớn.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });
});

describe('an invitation, sent or accepted for later, gives no visit', () => {
  it('"mời đoàn … tỉnh B do ông X, … làm trưởng đoàn sang thăm và làm việc tại tỉnh A"', () => {
    expect(
      visitsOf(
        HEAD +
          'Lãnh đạo tỉnh Sơn La đã mời đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm Phăn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn sang thăm và làm việc tại tỉnh Sơn La.',
      ),
    ).toEqual([]);
  });

  it('"Lãnh đạo tỉnh A nhận lời mời sang thăm tỉnh B vào dịp thích hợp"', () => {
    expect(
      visitsOf(
        HEAD + 'Lãnh đạo tỉnh Hủa Phăn nhận lời mời sang thăm tỉnh Sơn La vào dịp thích hợp.',
      ),
    ).toEqual([]);
  });

  it('guard (read before): "… nhận lời mời và sẽ sang thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Phó Tỉnh trưởng tỉnh Savannakhet nhận lời mời và sẽ sang thăm tỉnh Quảng Trị vào dịp thích hợp.',
      ),
    ).toEqual([]);
  });

  it('"… nhận lời mời sang dự Lễ hội … tại tỉnh B vào tháng 7 năm nay"', () => {
    expect(
      visitsOf(
        HEAD +
          'Phó Tỉnh trưởng tỉnh Savannakhet nhận lời mời sang dự Lễ hội Vì hòa bình tổ chức tại Quảng Trị vào tháng 7 năm nay.',
      ),
    ).toEqual([]);
  });

  it('guard: "Nhận lời mời của tỉnh B, đoàn … tỉnh A đã sang thăm tỉnh B" is the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Nhận lời mời của tỉnh Quảng Trị, đoàn đại biểu tỉnh Savannakhet đã sang thăm tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('guard: "Đoàn … tỉnh A nhận lời mời của tỉnh B đã sang thăm …" is the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Savannakhet nhận lời mời của lãnh đạo tỉnh Quảng Trị đã sang thăm và làm việc tại tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('guard: "Đoàn … tỉnh A do ông X, … dẫn đầu đã sang thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm Phăn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Sơn La.',
      ),
    ).toEqual(['LA-HO>VN-05']);
  });
});

describe('a plan carries over the items listed after its first verb', () => {
  it('"Đoàn … sẽ chào xã giao …, làm việc với …, thăm …": every item still to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Xiêng Khoảng sẽ chào xã giao lãnh đạo tỉnh Nghệ An, làm việc với Sở Ngoại vụ tỉnh Nghệ An, thăm Khu di tích Kim Liên.',
      ),
    ).toEqual([]);
  });

  it('"… sẽ thăm chính thức Việt Nam, thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD + 'Chủ tịch Quốc hội Campuchia sẽ thăm chính thức Việt Nam, thăm tỉnh Quảng Ninh.',
      ),
    ).toEqual([]);
  });

  it('"… sẽ đến Viêng Chăn, bắt đầu chuyến thăm … Lào"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chủ tịch nước Việt Nam sẽ đến Viêng Chăn, bắt đầu chuyến thăm cấp Nhà nước tới Lào.',
      ),
    ).toEqual([]);
  });

  it('guard: the same items told as done are the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Xiêng Khoảng đã chào xã giao lãnh đạo tỉnh Nghệ An, làm việc với Sở Ngoại vụ tỉnh Nghệ An, thăm Khu di tích Kim Liên.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: "Chủ tịch … đã thăm chính thức Việt Nam, thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD + 'Chủ tịch Quốc hội Campuchia đã thăm chính thức Việt Nam, thăm tỉnh Quảng Ninh.',
      ),
    ).toEqual(['KH-12*>VN-13']);
  });
});

describe('a trip named with its time before its owner', () => {
  it('"nhắc lại chuyến thăm, chúc Tết tỉnh B hồi tháng 4-2025 của đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ông nhắc lại chuyến thăm, chúc Tết Bun Pi May tỉnh Sê Kông hồi tháng 4-2025 của đoàn lãnh đạo tỉnh Gia Lai.',
      ),
    ).toEqual(['VN-30>LA-XE']);
  });
});

describe('a reception, a series or a habit still to come', () => {
  it('"Đoàn … tỉnh A sẽ được đồng chí X, Bí thư Tỉnh ủy tỉnh B, tiếp": a reception to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Cùng ngày, đoàn đại biểu tỉnh Quảng Bình sẽ được đồng chí Sengnuon, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tỉnh Khăm Muộn, tiếp.',
      ),
    ).toEqual([]);
  });

  it('guard: "… đã được đồng chí X, Tỉnh trưởng tỉnh B, tiếp kiến" is the trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Chiều 7/9, Đoàn đại biểu tỉnh Quảng Bình do bà Hương dẫn đầu đã được đồng chí Vilay, Tỉnh trưởng tỉnh Khăm Muộn, tiếp kiến.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('"… sẽ cử đoàn sang …, đồng thời đón tiếp các đoàn của tỉnh B sang …": both to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Trong giai đoạn tới, tỉnh Đồng Nai sẽ cử nhiều đoàn công tác sang thăm Lào, đồng thời đón tiếp các đoàn công tác của tỉnh Champasak sang thăm và làm việc tại Đồng Nai.',
      ),
    ).toEqual([]);
  });

  it('"Đoàn … sẽ xuất phát từ A, qua cửa khẩu, lần lượt đến làm việc tại các tỉnh B1, B2"', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Điện Biên sẽ xuất phát từ thành phố Điện Biên Phủ, qua Cửa khẩu quốc tế Tây Trang, lần lượt đến làm việc tại các tỉnh Phông-sa-lỳ và U Đôm Xay.',
      ),
    ).toEqual([]);
  });

  it('guard: the same journey told as made', () => {
    expect(
      visitsOf(
        HEAD +
          'Đoàn đại biểu tỉnh Điện Biên đã xuất phát từ thành phố Điện Biên Phủ, qua Cửa khẩu quốc tế Tây Trang, lần lượt đến làm việc tại các tỉnh Phông-sa-lỳ và U Đôm Xay.',
      ),
    ).toEqual(['VN-71>LA-PH', 'VN-71>LA-OU']);
  });

  it('"Các đoàn của tỉnh A thường xuyên sang thăm, làm việc tại tỉnh B": a habit', () => {
    expect(
      visitsOf(
        HEAD + 'Các đoàn của tỉnh Quảng Bình thường xuyên sang thăm, làm việc tại tỉnh Khăm Muộn.',
      ),
    ).toEqual([]);
  });

  it('guard: "Hằng năm, …; năm nay, đoàn … đã sang chúc Tết tỉnh B vào ngày 10/4" keeps this year\'s trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Hằng năm, tỉnh Quảng Bình cử đoàn sang chúc Tết tỉnh Khăm Muộn; năm nay, đoàn đã sang chúc Tết tỉnh Khăm Muộn vào ngày 10/4.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });
});

describe('"chưa thể / không thể" in the clause denies every trip verb after it', () => {
  it('"… tỉnh A chưa thể cử đoàn sang B dự lễ an táng"', () => {
    expect(
      visitsOf(
        HEAD +
          'Tháng 4/2019, Bộ Chỉ huy Quân sự tỉnh Kampot chưa thể cử đoàn sang Kiên Giang dự lễ an táng.',
      ),
    ).toEqual([]);
  });

  it('"Đoàn … tỉnh A không thể sang thăm, làm việc tại tỉnh B và dự lễ …"', () => {
    expect(
      visitsOf(
        HEAD +
          'Vì mưa lũ, đoàn tỉnh Khăm Muộn không thể sang thăm, làm việc tại tỉnh Quảng Bình và dự lễ khánh thành trường học.',
      ),
    ).toEqual([]);
  });

  it('guard: "Dù chưa thể …, đoàn … tỉnh A đã sang thăm tỉnh B": another clause', () => {
    expect(
      visitsOf(
        HEAD +
          'Dù chưa thể gặp mặt đông đủ, đoàn đại biểu tỉnh Khăm Muộn đã sang thăm tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });
});
