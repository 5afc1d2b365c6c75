// Shapes the fifty-fifth session's helper MM probed on real pages (how a page tells its story:
// captions, source tags, interviews, plans, thanks, a trip summed up), and the one rule drawn from
// them: an agreement "giữa hai địa phương" after a trip that joined more than two places.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

describe('how a page tells its story', () => {
  it('a source tag before the lead ("(ABC) - Ngày …") leaves the lead’s trip whole', () => {
    expect(
      visitsOf(
        'Đoàn tỉnh Quảng Ngãi chúc Tết Bunpimay tại Lào\n\n(ABC) - Ngày 10/4, Đoàn công tác tỉnh Quảng Ngãi do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết lãnh đạo và nhân dân 2 tỉnh Attapeu và Sekong nhân dịp Tết cổ truyền Bunpimay.',
      ).sort(),
    ).toEqual(['VN-29>LA-AT', 'VN-29>LA-XE']);
  });

  it('a caption line ending in "Ảnh: …" under the lead adds no other trip', () => {
    expect(
      visitsOf(
        'Lãnh đạo tỉnh Kampot thăm tỉnh Kiên Giang\n\nChiều 20/1, đoàn đại biểu tỉnh Kampot, Vương quốc Campuchia do Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm, chúc Tết lãnh đạo tỉnh Kiên Giang.\nLãnh đạo tỉnh Kiên Giang tiếp đoàn tỉnh Kampot. Ảnh: Minh Khoa',
      ),
    ).toEqual(['KH-7>VN-47']);
  });

  it('an interview about a province’s ties with two neighbours tells no trip', () => {
    expect(
      visitsOf(
        'Hợp tác giữa Kon Tum với các tỉnh Nam Lào\n\nNhân dịp kỷ niệm ngày thiết lập quan hệ ngoại giao, phóng viên đã trao đổi với ông Lê Văn A, Phó Chủ tịch UBND tỉnh Kon Tum.\n-Thưa ông, quan hệ của tỉnh với các địa phương bạn có những lợi thế gì?\nMối quan hệ hữu nghị giữa tỉnh Kon Tum với hai tỉnh có chung đường biên giới là Attapeu, Sekong không ngừng được vun đắp.',
      ),
    ).toEqual([]);
  });

  it('leaders’ wish that two provinces keep cooperating is no trip and no signed tie', () => {
    const text =
      'Tình hữu nghị Việt - Lào\n\nTỉnh Thanh Hóa nguyện luôn sát cánh cùng nhân dân Lào, góp phần đưa quan hệ hợp tác toàn diện Thanh Hóa – Hủa Phăn lên tầm cao mới.';
    expect(visitsOf(text)).toEqual([]);
    expect(sistersOf(text)).toEqual([]);
  });

  it('a signed agreement told as the ground of a pledge ("Theo văn bản thỏa thuận … được ký kết") pairs the two', () => {
    expect(
      sistersOf(
        'Đắk Lắk hỗ trợ tỉnh Mondulkiri\n\nTheo văn bản thỏa thuận hợp tác giữa tỉnh Đắk Lắk và tỉnh Mondulkiri (Campuchia), được ký kết ngày 5/6, tỉnh Đắk Lắk sẽ hỗ trợ tỉnh bạn xây dựng trường học.',
      ),
    ).toEqual(['KH-11|VN-33']);
  });
});

describe('an agreement of "hai địa phương" after a trip to several places', () => {
  const trip =
    'Đoàn đại biểu tỉnh Quảng Bình làm việc tại Lào\n\nTrong khuôn khổ chuyến thăm và làm việc tại tỉnh Khăm Muộn, sáng 12/9, Đoàn đại biểu tỉnh Quảng Bình do Chủ tịch UBND tỉnh dẫn đầu đã đến thăm Trường Hữu nghị tại thành phố Thakhek, tỉnh Khăm Muộn.\nChủ tịch UBND tỉnh chia sẻ về kết quả của chuyến thăm và làm việc tại các tỉnh miền Trung Lào như: tỉnh Khăm Muộn; tỉnh Savannakhet và tỉnh Bôlykhămxay. ';

  it('"ký kết … giữa hai địa phương": the pair the article opened on, not every stop', () => {
    expect(
      sistersOf(
        trip +
          'Với việc ký kết Biên bản ghi nhớ giữa hai địa phương, giai đoạn 2024-2028, đây là cơ sở để thời gian tới hai bên tiếp tục trao đổi đoàn.',
      ),
    ).toEqual(['LA-KH|VN-24']);
  });

  it('"hai bên đã ký kết" (two sides, each maybe several places): every pair of the trip', () => {
    expect(
      sistersOf(trip + 'Trong chuyến thăm, hai bên đã ký kết biên bản ghi nhớ hợp tác.').sort(),
    ).toEqual(['LA-BL|VN-24', 'LA-KH|VN-24', 'LA-SV|VN-24']);
  });

  it('"giữa hai tỉnh" after a trip to one place: that pair', () => {
    expect(
      sistersOf(
        'Đoàn tỉnh Hà Giang thăm Lào\n\nSáng 4/3, Đoàn đại biểu tỉnh Hà Giang đã đến thăm và làm việc tại tỉnh Luông Nặm Thà. Với việc ký kết Thỏa thuận hợp tác giữa hai tỉnh, giai đoạn 2024-2028, đây là nền tảng để hai bên tăng cường trao đổi đoàn.',
      ),
    ).toEqual(['LA-LM|VN-03']);
  });

  it('guard: "với hai tỉnh bạn" counts one side’s places: every pair of the trip', () => {
    expect(
      sistersOf(
        'Hà Tĩnh thăm hai tỉnh bạn\n\nTừ ngày 10 đến 13/4, Đoàn đại biểu tỉnh Hà Tĩnh đã thăm và làm việc tại tỉnh Bolikhamxay và tỉnh Khăm Muộn. Trong chuyến thăm, hai bên đã ký kết biên bản hợp tác giữa tỉnh Hà Tĩnh với hai tỉnh bạn Lào.',
      ).sort(),
    ).toEqual(['LA-BL|VN-23', 'LA-KH|VN-23']);
  });

  it('guard: "giữa hai tỉnh với tỉnh B" (a joint delegation’s two provinces): both pairs', () => {
    expect(
      sistersOf(
        'Đoàn hai tỉnh thăm Savannakhet\n\nNgày 8/5, Đoàn đại biểu tỉnh Quảng Trị và tỉnh Quảng Bình đã đến thăm và làm việc tại tỉnh Savannakhet. Dịp này, hai bên ký kết thỏa thuận hợp tác giữa hai tỉnh với tỉnh Savannakhet.',
      ).sort(),
    ).toEqual(['LA-SV|VN-24', 'LA-SV|VN-25']);
  });
});
