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
