// Review by attack of the fifty-eighth session's rules for trips that did not happen: a trip
// called off, a trip that could not be made, a reception still to come and an invitation accepted
// for later. Each case here was a real past visit those rules lost; the guards keep the rules.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const HEAD = 'Tin địa phương\n\n';

describe('a trip told as made is not called off by what else was', () => {
  it('"Chuyến thăm … diễn ra trong bối cảnh lễ hội … đã bị hủy": another event', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm của Đoàn đại biểu tỉnh Nghệ An tới tỉnh Xiêng Khoảng diễn ra trong bối cảnh lễ hội pháo hoa đã bị hủy vì mưa lớn.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"Chuyến thăm … thành công tốt đẹp dù lễ ký kết phải hoãn lại"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Champasak của Đoàn đại biểu tỉnh Gia Lai thành công tốt đẹp dù lễ ký kết phải hoãn lại.',
      ),
    ).toEqual(['VN-30>LA-CH']);
  });

  it('"Chuyến thăm … vẫn diễn ra, chỉ có buổi giao lưu bị hủy"', () => {
    expect(
      visitsOf(
        HEAD +
          'Tuy nhiên, chuyến thăm tỉnh Champasak của Đoàn đại biểu tỉnh Gia Lai vẫn diễn ra, chỉ có buổi giao lưu văn nghệ bị hủy.',
      ),
    ).toEqual(['VN-30>LA-CH']);
  });

  it('"Chuyến thăm … đã để lại nhiều ấn tượng, khó khăn … đã lùi lại phía sau"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Savannakhet của Đoàn đại biểu tỉnh Quảng Trị đã để lại nhiều ấn tượng, những khó khăn của thời chiến đã lùi lại phía sau.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"Chuyến công tác … là dịp hai bên rà soát, hủy bỏ các dự án …"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến công tác của Đoàn đại biểu tỉnh Hà Tĩnh tới tỉnh Bolikhamxay là dịp hai bên rà soát, hủy bỏ các dự án chậm tiến độ.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"Chuyến thăm … sau nhiều lần bị hoãn … đã diễn ra"; "… từng bị hoãn …, nay đã được thực hiện"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Savannakhet của Đoàn đại biểu tỉnh Quảng Trị sau nhiều lần bị hoãn vì dịch bệnh đã diễn ra từ ngày 5 đến 7/4.',
      ),
    ).toEqual(['VN-25>LA-SV']);
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Phongsaly của Đoàn đại biểu tỉnh Điện Biên từng bị hoãn năm 2021 nay đã được thực hiện.',
      ),
    ).toEqual(['VN-71>LA-PH']);
  });

  it('guard: "Chuyến thăm … dự kiến diễn ra vào tháng 3 đã phải lùi lại" is still called off', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Attapeu của đoàn công tác tỉnh Kon Tum dự kiến diễn ra vào tháng 3 đã phải lùi lại.',
      ),
    ).toEqual([]);
  });
});

describe('"không thể / chưa thể" denies a trip, not what else could not be', () => {
  it('"… không thể quên chiến trường xưa nên đã trở lại thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Các cựu chiến binh tỉnh Nghệ An không thể quên chiến trường xưa nên đã trở lại thăm tỉnh Xiêng Khoảng vào tháng 3/2024.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"Mưa lớn không thể ngăn bước Đoàn … tỉnh A sang thăm tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Mưa lớn không thể ngăn bước Đoàn đại biểu tỉnh Tây Ninh sang thăm tỉnh Svay Rieng chiều 3/2.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('guard: "… không thể trực tiếp sang dự lễ tại tỉnh B" is no trip', () => {
    expect(
      visitsOf(
        HEAD +
          'Do thời tiết xấu, đoàn tỉnh Sơn La không thể trực tiếp sang dự lễ hội tại tỉnh Luang Prabang.',
      ),
    ).toEqual([]);
  });
});

describe('"sẽ được" of another clause is no reception to come', () => {
  it('"Các dự án sẽ được triển khai sớm, đồng chí X, Bí thư Tỉnh ủy B tiếp Đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        HEAD +
          'Các dự án sẽ được triển khai sớm, đồng chí Khamphan, Bí thư Tỉnh ủy Attapeu tiếp Đoàn đại biểu tỉnh Kon Tum chiều 8/6.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});

describe('an invitation accepted on a day given was the trip', () => {
  it('"Ngày 10/5, Đoàn … tỉnh A nhận lời mời của … B sang thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 10/5, Đoàn đại biểu tỉnh Thanh Hóa nhận lời mời của Tỉnh ủy Houaphanh sang thăm và làm việc tại tỉnh Houaphanh.',
      ),
    ).toEqual(['VN-21>LA-HO']);
  });
});

describe('guard: a trip called off stays called off when more is told after it', () => {
  it('"Chuyến thăm … đã bị hoãn, đây là lần thứ hai …"', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Attapeu của đoàn công tác tỉnh Kon Tum đã bị hoãn, đây là lần thứ hai chuyến đi phải dời lịch.',
      ),
    ).toEqual([]);
  });
});

describe('an invitation accepted after a recent time opening was the trip', () => {
  it('"Vừa qua, Đoàn … tỉnh A nhận lời mời của tỉnh B sang thăm và làm việc tại tỉnh B"', () => {
    expect(
      visitsOf(
        HEAD +
          'Vừa qua, Đoàn đại biểu tỉnh Kon Tum nhận lời mời của tỉnh Attapeu sang thăm và làm việc tại tỉnh Attapeu.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('guard: "Lãnh đạo tỉnh A nhận lời mời sang thăm tỉnh B" with no day is still to come', () => {
    expect(
      visitsOf(HEAD + 'Đồng chí Bí thư Tỉnh ủy Kon Tum nhận lời mời sang thăm tỉnh Attapeu.'),
    ).toEqual([]);
  });
});

describe('guard: what the narrowing must not let through', () => {
  it('"Chuyến thăm … theo kế hoạch diễn ra vào tháng 3 đã phải lùi lại" is called off', () => {
    expect(
      visitsOf(
        HEAD +
          'Chuyến thăm tỉnh Attapeu của đoàn công tác tỉnh Kon Tum theo kế hoạch diễn ra vào tháng 3 đã phải lùi lại.',
      ),
    ).toEqual([]);
  });

  it('"Ngày 10/5 tới, Đoàn … nhận lời mời … sang thăm tỉnh B" is still to come', () => {
    expect(
      visitsOf(
        HEAD +
          'Ngày 10/5 tới, Đoàn đại biểu tỉnh Kon Tum nhận lời mời của tỉnh Attapeu sang thăm tỉnh bạn.',
      ),
    ).toEqual([]);
  });
});
