// Rules the fifty-sixth session's helper AA drew from the annotated articles' missed visits.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a sender counting the times it sent delegations ("A đã nhiều lần cử đoàn sang …")', () => {
  it('"A đã nhiều lần cử đoàn sang tỉnh bạn": A sent them, to the partner the lead named', () => {
    expect(
      visitsOf(
        'Hai tỉnh biên giới tổng kết hợp tác\n\nNgày 12/9, tại tỉnh Hà Giang đã diễn ra hội nghị tổng kết chương trình hợp tác giữa Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang và Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Phông Sa Lỳ.\n\nTrong bốn năm qua, Hà Giang đã nhiều lần cử đoàn sang tỉnh bạn Lào để trao đổi kinh nghiệm.',
      ),
    ).toContain('VN-03>LA-PH');
  });

  it('"A cũng đã mấy lần cử đoàn sang …": another count of times', () => {
    expect(
      visitsOf(
        'Hai tỉnh biên giới tổng kết hợp tác\n\nNgày 12/9, tại tỉnh Hà Giang đã diễn ra hội nghị tổng kết chương trình hợp tác giữa Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang và Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Phông Sa Lỳ.\n\nNhững năm qua, Hà Giang cũng đã mấy lần cử đoàn sang tỉnh bạn dự lễ hội.',
      ),
    ).toContain('VN-03>LA-PH');
  });

  it('guard: a count of times before a welcome ("A đã nhiều lần đón đoàn tỉnh bạn"): no trip of A', () => {
    expect(
      visitsOf(
        'Hai tỉnh biên giới tổng kết hợp tác\n\nNgày 12/9, tại tỉnh Hà Giang đã diễn ra hội nghị tổng kết chương trình hợp tác giữa Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang và Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Phông Sa Lỳ.\n\nHà Giang đã nhiều lần đón đoàn tỉnh bạn sang thăm.',
      ),
    ).not.toContain('VN-03>LA-PH');
  });
});

describe('what was agreed on a past trip ("nội dung đã thống nhất trong chuyến thăm … của Đoàn A tại B")', () => {
  it('"… các nội dung đã thống nhất trong chuyến thăm và làm việc của Đoàn … tỉnh A tại … tỉnh B": the trip took place', () => {
    expect(
      visitsOf(
        'Sở Tư pháp hai tỉnh hội đàm\n\nHai bên đã rà soát các nội dung đã thống nhất trong chuyến thăm và làm việc của Đoàn công tác Sở Tư pháp tỉnh Nghệ An tại Sở Tư pháp tỉnh Xiêng Khoảng từ ngày 4 - 7/5/2019.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"… các văn bản đã thống nhất trong chuyến thăm và làm việc của Đoàn đại biểu tỉnh A tại tỉnh B": the same, between provinces', () => {
    expect(
      visitsOf(
        'Hai tỉnh kiểm điểm hợp tác\n\nHai bên đánh giá kết quả thực hiện các văn bản đã thống nhất trong chuyến thăm và làm việc của Đoàn đại biểu tỉnh Sơn La tại tỉnh Hủa Phăn tháng 4/2023.',
      ),
    ).toEqual(['VN-05>LA-HO']);
  });

  it('guard: agreeing on a trip to come ("thống nhất trong chuyến thăm tới, … sẽ sang"): no visit', () => {
    expect(
      visitsOf(
        'Hai tỉnh kiểm điểm hợp tác\n\nHai bên thống nhất trong chuyến thăm tới, Đoàn đại biểu tỉnh Sơn La sẽ sang làm việc tại tỉnh Hủa Phăn.',
      ),
    ).toEqual([]);
  });

  it('guard: agreeing to send a delegation later ("đã thống nhất tổ chức đoàn sang thăm … vào năm tới"): no visit', () => {
    expect(
      visitsOf(
        'Hai tỉnh kiểm điểm hợp tác\n\nHai bên đã thống nhất tỉnh Sơn La tổ chức đoàn sang thăm tỉnh Hủa Phăn vào năm tới.',
      ),
    ).toEqual([]);
  });

  it('guard (R56): agreed on the trip to come ("đã thống nhất trong chuyến thăm tới của Đoàn A tại B"): no visit', () => {
    expect(
      visitsOf(
        'Hai tỉnh hội đàm\n\nHai bên đã thống nhất trong chuyến thăm tới của Đoàn đại biểu tỉnh Sơn La tại tỉnh Hủa Phăn, hai tỉnh ký kết biên bản ghi nhớ.',
      ),
    ).toEqual([]);
  });
});
