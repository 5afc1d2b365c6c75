// Rules the fifty-second session's helper F drew from probe F's misreadings (people-to-people
// and sector ties: culture weeks, medical programmes, handovers, greetings).
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a speech named by its occasion before the speaker', () => {
  it('"Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh A X cho rằng …" at an event abroad', () => {
    expect(
      visits(
        'Khai mạc hội chợ nông sản\n\nNgày 3/11, Hội chợ nông sản vùng biên đã khai mạc tại tỉnh Oudomxay, Lào.\nPhát biểu khai mạc, Phó Chủ tịch UBND tỉnh Sơn La Cầm Văn Tám nhấn mạnh hội chợ là dịp quảng bá sản phẩm của hai tỉnh.',
      ),
    ).toEqual(['VN-05>LA-OU']);
  });

  it('the host province’s own leader opening it has not travelled', () => {
    expect(
      visits(
        'Khai mạc hội chợ nông sản\n\nNgày 3/11, Hội chợ nông sản vùng biên đã khai mạc tại tỉnh Oudomxay, Lào.\nPhát biểu khai mạc, Phó Tỉnh trưởng tỉnh Oudomxay Bun Mi cho biết hội chợ có 200 gian hàng.',
      ),
    ).toEqual([]);
  });
});
