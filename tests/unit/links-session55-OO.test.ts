// Rules the fifty-fifth session's helper OO drew from the annotated sets' sister-link misses
// (a cooperation given a term of years is an agreement the two sides made).
import { describe, expect, it } from 'vitest';
import { sistersOf } from './support/visit-strings.ts';

describe('a cooperation with a term of years', () => {
  it('"thông qua các định hướng hợp tác cho giai đoạn 2024 - 2027": the two places named', () => {
    expect(
      sistersOf(
        'Hai địa phương bàn hợp tác\n\nTỉnh Bình Định của Việt Nam và tỉnh Salavan của Lào nhất trí tiếp tục mở rộng quan hệ hợp tác và thông qua các định hướng hợp tác cho giai đoạn 2024 - 2027.',
      ),
    ).toEqual(['LA-SL|VN-31']);
  });

  it('"kết quả chương trình hợp tác giữa hai tỉnh giai đoạn 2015-2019" naming both: that pair', () => {
    expect(
      sistersOf(
        'Tổng kết hợp tác\n\nLãnh đạo tỉnh Quảng Ngãi và tỉnh Sê Kông đánh giá kết quả chương trình hợp tác giữa hai tỉnh giai đoạn 2015-2019.',
      ),
    ).toEqual(['LA-XE|VN-29']);
  });

  it('a plan of years still to be drawn up ("sẽ xây dựng định hướng hợp tác …") is no link', () => {
    expect(
      sistersOf(
        'Hai địa phương bàn hợp tác\n\nTỉnh Bình Định của Việt Nam và tỉnh Salavan của Lào nhất trí sẽ xây dựng các định hướng hợp tác cho giai đoạn 2024 - 2027.',
      ),
    ).toEqual([]);
  });

  it('a term with no year ("hợp tác giai đoạn tới") is only a relationship', () => {
    expect(
      sistersOf(
        'Hai địa phương bàn hợp tác\n\nTỉnh Bình Định của Việt Nam và tỉnh Salavan của Lào nhất trí mở rộng quan hệ hữu nghị, thông qua các định hướng hợp tác cho giai đoạn tới.',
      ),
    ).toEqual([]);
  });

  it('"hoạt động hợp tác hai tỉnh thực hiện trong giai đoạn 2016 – 2020" naming both: that pair', () => {
    expect(
      sistersOf(
        'Rà soát hợp tác\n\nChiều 5/3, tại Sở Ngoại vụ tỉnh Điện Biên, đoàn công tác của tỉnh Oudomxay đã làm việc để tổng kết các hoạt động hợp tác hai tỉnh thực hiện trong giai đoạn 2016 – 2020.',
      ),
    ).toEqual(['LA-OU|VN-71']);
  });

  it('a wish for a term ("nhất trí đẩy mạnh hợp tác trong giai đoạn 2025 - 2030") is no link', () => {
    expect(
      sistersOf(
        'Hai địa phương bàn hợp tác\n\nTỉnh Bình Định của Việt Nam và tỉnh Salavan của Lào nhất trí đẩy mạnh hợp tác trong giai đoạn 2025 - 2030.',
      ),
    ).toEqual([]);
  });
  it('a push for a term ("nhất trí thúc đẩy hợp tác giai đoạn 2026 - 2030") is no link (helper QQ)', () => {
    expect(
      sistersOf(
        'Bàn hợp tác\n\nTỉnh Thừa Thiên Huế và tỉnh Salavan nhất trí thúc đẩy hợp tác giai đoạn 2026 - 2030 trên các lĩnh vực.',
      ),
    ).toEqual([]);
  });

  it('comments on a plan ("góp ý kế hoạch hợp tác giai đoạn 2026-2030") are no link (helper QQ)', () => {
    expect(
      sistersOf(
        'Bàn hợp tác\n\nLãnh đạo tỉnh Hà Tĩnh và tỉnh Bolikhamxay trao đổi, góp ý kế hoạch hợp tác giai đoạn 2026-2030.',
      ),
    ).toEqual([]);
  });
});
