// Rules the fifty-fifth session's helper HH drew from the probes' misreadings (Cambodian
// provinces and their Vietnamese neighbours).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a trip named by the clause that opens the sentence', () => {
  it('"Kết thúc chuyến thăm, chúc Tết … tại Vương quốc Campuchia, sáng 9-4, đoàn … tỉnh A …": A travelled', () => {
    expect(
      visitsOf(
        'Tây Ninh - Svay Rieng: Tăng cường giao thương biên giới\n\n(TNO)- Kết thúc chuyến thăm, chúc Tết cổ truyền Chôl Chnăm Thmây tại Vương quốc Campuchia, sáng 9-4, đoàn công tác của tỉnh Tây Ninh do Phó Bí thư Tỉnh ủy Trần Văn Bình làm trưởng đoàn đã đến thăm, chúc Tết tỉnh Svay Rieng.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });

  it('the same without the paper\'s tag, "Sau chuyến thăm, làm việc …, chiều 3/4, đoàn … tỉnh A"', () => {
    expect(
      visitsOf(
        'Đồng Tháp - Prey Veng: Mở rộng hợp tác nông nghiệp\n\nSau chuyến thăm, làm việc tại Vương quốc Campuchia, chiều 3/4, đoàn cán bộ tỉnh Đồng Tháp do Chủ tịch UBND tỉnh làm trưởng đoàn đã đến chúc Tết tỉnh Prey Veng.',
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  it('guard: a host, not a delegation, opens the main clause ("lãnh đạo tỉnh B đã tiễn đoàn … tỉnh A")', () => {
    expect(
      visitsOf(
        'Tây Ninh - Svay Rieng: Tăng cường giao thương biên giới\n\nSau chuyến thăm, làm việc tại Vương quốc Campuchia, sáng 9-4, lãnh đạo tỉnh Svay Rieng đã tiễn đoàn công tác của tỉnh Tây Ninh tại cửa khẩu.',
      ),
    ).toEqual(['VN-37>KH-20']);
  });
});
