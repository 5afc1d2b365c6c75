// Rules the fifty-fifth session's helper PP drew from visits the program added that the gold does
// not have.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a speaker presumed at the paper’s home', () => {
  it('the headline placed the event in the speaker’s province ("… tại tỉnh B"): no trip', () => {
    expect(
      visitsOf(
        'Khánh thành trường học hữu nghị tại tỉnh Khăm Muộn\n\nTrường học do tỉnh Quảng Bình tài trợ với kinh phí 5 tỷ đồng.\nCông trình gồm 8 phòng học và nhà ở giáo viên.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual([]);
  });

  it('the headline placed the event in the speaker’s country ("… tại Lào"): no trip', () => {
    expect(
      visitsOf(
        'Mở Tuần lễ ẩm thực Quảng Bình tại Lào\n\nTuần lễ giới thiệu nhiều món ăn của Quảng Bình và các sản vật địa phương.\nCác nghệ nhân Quảng Bình trình diễn cách chế biến món ăn truyền thống.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết nhấn mạnh, sự kiện góp phần thắt chặt tình hữu nghị giữa hai tỉnh.',
      ),
    ).toEqual([]);
  });

  it('the headline opens on the speaker’s province holding the event ("Tỉnh B mít tinh …"): no trip', () => {
    expect(
      visitsOf(
        'Tỉnh Khăm Muộn mít tinh kỷ niệm ngày hữu nghị hai nước\n\nTỉnh Quảng Bình gửi lẵng hoa chúc mừng.\nCác đại biểu ôn lại truyền thống hữu nghị giữa Quảng Bình và tỉnh bạn.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual([]);
  });

  it('guard: a headline opening on the paper’s own province holding the event keeps the trip', () => {
    expect(
      visitsOf(
        'Quảng Bình mít tinh kỷ niệm ngày hữu nghị hai nước\n\nTỉnh Quảng Bình gửi lẵng hoa chúc mừng.\nCác đại biểu ôn lại truyền thống hữu nghị giữa Quảng Bình và tỉnh bạn.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard: a headline with no venue still presumes the paper’s home', () => {
    expect(
      visitsOf(
        'Quảng Bình trao quà cho học sinh nghèo\n\nTrường học do tỉnh Quảng Bình tài trợ với kinh phí 5 tỷ đồng.\nCông trình gồm 8 phòng học và nhà ở giáo viên.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard: a headline placing the event at the paper’s home keeps the trip there', () => {
    expect(
      visitsOf(
        'Khánh thành trường học hữu nghị tại Quảng Bình\n\nTrường học do tỉnh Quảng Bình tài trợ với kinh phí 5 tỷ đồng.\nCông trình gồm 8 phòng học và nhà ở giáo viên.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard (RR): "… liệt sĩ tại Lào" names where the dead fell, not where the meeting sat', () => {
    expect(
      visitsOf(
        'Tổng kết công tác quy tập hài cốt liệt sĩ tại Lào\n\nCông tác tìm kiếm do tỉnh Quảng Bình tài trợ với kinh phí 5 tỷ đồng.\nĐã quy tập được 80 hài cốt.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });

  it('guard (RR): "cựu chuyên gia từng công tác tại Lào" names where they worked', () => {
    expect(
      visitsOf(
        'Gặp mặt cựu chuyên gia, quân tình nguyện từng công tác tại Lào\n\nBuổi gặp mặt được tỉnh Quảng Bình chuẩn bị chu đáo với 200 cựu chuyên gia.\nBà con rất xúc động.\nPhó Tỉnh trưởng tỉnh Khăm Muộn Sổm Phết cảm ơn Đảng bộ và nhân dân tỉnh Quảng Bình đã luôn giúp đỡ.',
      ),
    ).toEqual(['LA-KH>VN-24']);
  });
});

describe('a route any traveller may take', () => {
  it('"khách đi từ A sang tỉnh B có thể xuất phát …": no trip', () => {
    expect(
      visitsOf(
        'Tuyến xe mới\n\nHiện nay, khách đi từ Xiêng Khoảng sang tỉnh Nghệ An có thể xuất phát lúc 6 giờ sáng và tới nơi lúc 5 giờ chiều.',
      ),
    ).toEqual([]);
  });

  it('"khách … đi từ A tới B, có thể …" with the modal after the route: no trip', () => {
    expect(
      visitsOf(
        'Đường bay thẳng\n\nTừ tháng 6, khách đi từ Siem Reap tới thành phố Đà Nẵng chỉ mất hơn một giờ và có thể mua vé ngay tại sân bay.',
      ),
    ).toEqual([]);
  });

  it('guard: "đoàn khách tỉnh A đã sang thăm tỉnh B" is a delegation’s trip', () => {
    expect(
      visitsOf(
        'Đón đoàn\n\nSáng 3/4, đoàn khách tỉnh Sê Kông đã sang thăm tỉnh Quảng Nam và có thể ở lại ba ngày.',
      ),
    ).toEqual(['LA-XE>VN-27']);
  });

  it('guard (RR): "khách tỉnh A đã đến thăm tỉnh B; … có thể …" is a trip told', () => {
    expect(
      visitsOf(
        'Đón khách Hủa Phăn\n\nChiều 2/9, khách tỉnh Hủa Phăn đã đến thăm tỉnh Thanh Hóa; hai bên nhất trí có thể mở rộng hợp tác thương mại.',
      ),
    ).toEqual(['LA-HO>VN-21']);
  });

  it('guard (RR): "các vị khách … từ tỉnh A sang thăm tỉnh B … có thể" is honoured guests’ trip', () => {
    expect(
      visitsOf(
        'Đón đoàn Battambang\n\nChiều 2/9, các vị khách Campuchia từ tỉnh Battambang sang thăm tỉnh An Giang cho biết rất vui vì có thể trở lại.',
      ),
    ).toEqual(['KH-2>VN-44']);
  });
});

describe('a central committee rank cut short in a provincial leader’s title', () => {
  it('"UVTƯ Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh B": the province came, not the nation', () => {
    expect(
      visitsOf(
        'Hội đàm hai tỉnh\n\nSáng 12/4, tại thành phố Vinh, tỉnh Nghệ An đã diễn ra cuộc hội đàm giữa đoàn đại biểu cấp cao hai tỉnh Nghệ An - Xiêng Khoảng.\nVề phía nước bạn Lào có đồng chí Bun Thoong, UVTƯ Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng cùng các thành viên trong đoàn.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('"Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy …" the same', () => {
    expect(
      visitsOf(
        'Hội đàm hai tỉnh\n\nSáng 12/4, tại thành phố Vinh, tỉnh Nghệ An đã diễn ra cuộc hội đàm giữa đoàn đại biểu cấp cao hai tỉnh Nghệ An - Xiêng Khoảng.\nVề phía nước bạn Lào có đồng chí Bun Thoong, Ủy viên T.Ư Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng cùng các thành viên trong đoàn.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('guard: a Party delegation of the nation ("Đoàn đại biểu Đảng NDCM Lào") still comes from the capital', () => {
    expect(
      visitsOf(
        'Đón đoàn\n\nSáng 12/4, Đoàn đại biểu Đảng NDCM Lào do đồng chí Bun Thoong dẫn đầu đã đến thăm và làm việc tại tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });
});

describe('where soldiers fell', () => {
  it('"liệt sĩ … ngã xuống tại hai tỉnh B1 và B2" at a burial at home: no trip to B1', () => {
    expect(
      visitsOf(
        'Tri ân liệt sĩ\n\nMột ngày trước đó (20/7), lễ truy điệu, an táng 9 hài cốt liệt sĩ quân tình nguyện Việt Nam ngã xuống tại hai tỉnh Attapeu và Champasak đã được tổ chức trọng thể tại Nghĩa trang liệt sĩ thành phố Kon Tum.',
      ),
    ).toEqual([]);
  });

  it('"liệt sĩ hi sinh tại tỉnh B" (the other spelling of "hy sinh") at a burial at home: B came, no trip to B', () => {
    expect(
      visitsOf(
        'Tỉnh Quảng Trị tri ân liệt sĩ hi sinh tại Lào\n\nSáng 12/8, tỉnh Quảng Trị tổ chức lễ truy điệu, an táng 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hi sinh tại tỉnh Savannakhet. Dự lễ có đồng chí Bounma, Phó Tỉnh trưởng tỉnh Savannakhet.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });

  it('guard: a delegation that went to the place where soldiers fell did travel', () => {
    expect(
      visitsOf(
        'Tri ân liệt sĩ\n\nSáng 20/7, đoàn công tác tỉnh Kon Tum đã sang thăm tỉnh Attapeu, nơi nhiều liệt sĩ quân tình nguyện Việt Nam đã ngã xuống.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });
});
