// Rules the forty-seventh session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a remains-search team that found remains abroad', () => {
  it('"Đội K53 tỉnh A đã tìm kiếm được … tại tỉnh B" went to B', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nMùa khô năm nay, Đội K53 tỉnh Kon Tum đã tìm kiếm được 5 hài cốt liệt sĩ tại tỉnh Attapeu (Lào).',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('"Đội … tiến hành tìm kiếm, quy tập tại B1 và B2" went to both', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nỞ nước bạn, Đội K52 tỉnh Nghệ An tiến hành tìm kiếm, quy tập tại hai tỉnh Xiêng Khoảng và Hủa Phăn.',
      ).sort(),
    ).toEqual(['VN-22>LA-HO', 'VN-22>LA-XI']);
  });

  it('a search still to be made is no trip', () => {
    expect(
      visits(
        'Quy tập hài cốt liệt sĩ\n\nMùa khô tới, Đội K53 tỉnh Kon Tum sẽ tìm kiếm, quy tập tại tỉnh Attapeu (Lào).',
      ),
    ).toEqual([]);
  });
});

describe('a medical team named by who its carers are', () => {
  it('"các y, bác sĩ của Hội … thành phố A cùng chính quyền xã …, tỉnh B đã khám bệnh … cho người dân địa phương"', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nSáng 17/6, các y, bác sĩ của Hội Từ thiện TP Hồ Chí Minh cùng chính quyền xã Koh Khsach Tonlea, huyện Sa’Ang, tỉnh Kandal (Campuchia) đã khám bệnh, phát thuốc miễn phí cho khoảng 800 người dân địa phương.',
      ),
    ).toEqual(['VN-SG>KH-8']);
  });

  it('a headline "Bác sĩ A khám bệnh cho người dân B" tells the trip', () => {
    expect(
      visits('Bác sĩ Kon Tum khám bệnh cho người dân Attapeu\n\nBuổi khám diễn ra suốt hai ngày.'),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('the same carers treating people at home make no trip', () => {
    expect(
      visits(
        'Khám bệnh miễn phí\n\nSáng 17/6, các y, bác sĩ của Hội Từ thiện TP Hồ Chí Minh cùng chính quyền phường Bến Nghé đã khám bệnh miễn phí cho 800 người dân địa phương; tỉnh Kandal cũng gửi thư cảm ơn.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation that crossed over to do its work, the article naming one place abroad', () => {
  const lead =
    'Mới sáng sớm, ông Ri Da Bốt đã có mặt ở điểm khám thuộc huyện Mê Sang, tỉnh Prây Veng, chen giữa hơn 1.500 bệnh nhân chờ bác sĩ Việt Nam.';
  it('"hay tin đoàn y bác sĩ từ tỉnh A sang khám bệnh không lấy tiền" went to that place', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Vì vậy, hay tin đoàn y bác sĩ từ tỉnh Đồng Tháp của Việt Nam sang khám bệnh không lấy tiền, ông rất mừng.`,
      ),
    ).toEqual(['VN-45>KH-14']);
  });

  it('with two places abroad, the bare "sang" names neither', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Người dân tỉnh Kandal cũng chờ tin. Vì vậy, hay tin đoàn y bác sĩ từ tỉnh Đồng Tháp sang khám bệnh không lấy tiền, ông rất mừng.`,
      ),
    ).toEqual([]);
  });

  it('no delegation, no trip: "chuyển sang làm rẫy"', () => {
    expect(
      visits(
        `Thầy thuốc Việt Nam\n\n${lead} Nhờ cán bộ tỉnh Đồng Tháp giúp đỡ, nhiều hộ đã chuyển sang làm rẫy.`,
      ),
    ).toEqual([]);
  });
});

describe('a trip to a country, its traveller only presumed', () => {
  it('"đoàn y tế của hội lên đường sang Campuchia" is no Cambodian trip to the city of the hội', () => {
    expect(
      visits(
        'Bác sĩ Việt Nam khám bệnh cho người dân tỉnh Kandal\n\nÔng Lê Thanh Hợp, thành viên Hội Từ thiện TP Hồ Chí Minh, cho biết chương trình của hội đã được duy trì 8 năm nay, và đây là lần thứ ba đoàn y tế của hội lên đường sang Campuchia.',
      ),
    ).not.toContain('KH-8>VN-SG');
  });
});

describe('a roll that ends where its speaker starts talking', () => {
  it('"Tham dự …, ông X, Tỉnh trưởng tỉnh B cho biết, dù …, Nhà nước và nhân dân Lào …" brings no Lao state', () => {
    expect(
      visits(
        'Thanh Hóa và Hủa Phăn kỷ niệm 55 năm hợp tác\n\nNgày 25/8/2022, tỉnh Thanh Hóa tổ chức lễ kỷ niệm 55 năm ngày ký thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn. Tham dự và phát biểu tại lễ kỷ niệm, đồng chí Vănxay Phengxumma, Tỉnh trưởng tỉnh Hủa Phăn cho biết, dù thế giới có nhiều biến động khó lường, Nhà nước và nhân dân Lào vẫn luôn vun đắp quan hệ với Việt Nam.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });
});

describe('partners stated clause by clause', () => {
  it('"A1 trao đổi thỏa thuận với ba tỉnh B1, B2, B3; A2 trao đổi thỏa thuận với hai tỉnh C1, C2" pairs each clause', () => {
    expect(
      sistersOf(
        'Ký kết văn kiện\n\nỞ cấp địa phương, tỉnh Tây Ninh đã trao đổi các thỏa thuận hợp tác với ba tỉnh Svay Rieng, Prey Veng và Tbong Khmum của Campuchia; tỉnh Đồng Nai trao đổi thỏa thuận hợp tác với hai tỉnh Kratie và Mondulkiri.',
      ).sort(),
    ).toEqual(['KH-10|VN-39', 'KH-11|VN-39', 'KH-14|VN-37', 'KH-20|VN-37', 'KH-25|VN-37']);
  });
});

describe('two leaders as one subject, the second titled as head of a body', () => {
  it('"tại Phnôm Pênh, Tổng Bí thư Tô Lâm và Chủ tịch Thượng viện Campuchia Hun Sen …" is the Vietnamese leader there', () => {
    expect(
      visits(
        'Chứng kiến ký kết văn kiện hợp tác\n\nNgày 6/2/2026, tại Phnôm Pênh, Tổng Bí thư Tô Lâm và Chủ tịch Thượng viện Campuchia Hun Sen đã cùng chứng kiến lễ ký kết các văn kiện hợp tác.',
      ),
    ).toEqual(['VN-HN*>KH-12']);
  });
});
