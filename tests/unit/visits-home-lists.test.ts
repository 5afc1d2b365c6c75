// Rules the sixteenth session's blind sets called for: the paper's own province is not read from a
// list of partners, nor from a tag page; communes that travel are the paper's, …
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe("the paper's own province", () => {
  const lines = (partners: string) =>
    [
      'Đoàn Sở Y tế tỉnh Hủa Phăn đến thăm, làm việc',
      'Ngày 5/3, Đoàn công tác Sở Y tế tỉnh Hủa Phăn (Lào) đã đến thăm, làm việc với bệnh viện đa khoa tỉnh.',
      partners,
      'Tỉnh Hủa Phăn cũng đang hợp tác với tỉnh Thanh Hóa về y tế.',
    ].join('\n');

  it("is not a province named in a list of the partner's sister provinces", () => {
    const text = lines('Hủa Phăn đã kết nghĩa với các tỉnh Thanh Hóa, Sơn La và Nghệ An.');
    expect(visits(text, '2024-03-06')).toEqual([]);
  });

  it('is the Vietnamese province the article names most when it stands alone', () => {
    const text = lines('Hủa Phăn đã kết nghĩa với tỉnh Thanh Hóa từ lâu.');
    expect(visits(text, '2024-03-06')).toEqual(['LA-HO>VN-21']);
  });

  it('is none on a tag page: its stories come from many provinces', () => {
    const story = [
      'Đoàn công tác Sở Giáo dục tỉnh Hủa Phăn (Lào) đã đến thăm các trường trên địa bàn tỉnh.',
      'Tỉnh Quảng Nam giúp tỉnh Sê Kông xây trường. Quảng Nam cũng trao học bổng.',
    ];
    const tagPage = [
      'Bunpimay',
      'Trang chủ | Thời sự',
      'Tag: Bunpimay - Tin tức mới nhất',
      ...story,
    ];
    expect(visits(tagPage.join('\n'), '2024-04-10')).toEqual([]);
    expect(visits(['Bunpimay', ...story].join('\n'), '2024-04-10')).toEqual(['LA-HO>VN-27']);
  });
});

describe("communes at the head of a line travel from the paper's province", () => {
  it('"Xã A và B thăm … tỉnh C (Lào)" after a reception of another Lao delegation', () => {
    const text = [
      'Thông tin đối ngoại của thành phố Đà Nẵng',
      'Trong tuần, thành phố Đà Nẵng có nhiều sự kiện. Dưới đây là các tin nổi bật do Cổng thông tin thành phố Đà Nẵng tổng hợp.',
      '- Chủ tịch HĐND thành phố tiếp đoàn công tác tỉnh Salavan (Lào)',
      '- Xã A Vương và Hùng Sơn thăm trao tặng quà cho cụm bản huyện Kà Lừm, tỉnh Sê Kông (Lào)',
    ].join('\n');
    expect(visits(text, '2026-01-11')).toEqual(['LA-SL>VN-DN', 'VN-DN>LA-XE']);
  });
});

describe("a delegation named by its members at the paper's own province", () => {
  it('"Đoàn của Chi khu quân sự thành phố B có Đại tá …" came, after a roll of the hosts', () => {
    const text = [
      'Ban CHQS thành phố Tây Ninh tổng kết hợp tác với Chi khu quân sự Prey Veng',
      'Sáng 27.11, Ban Chỉ huy quân sự thành phố Tây Ninh và Chi khu quân sự thành phố Prey Veng đã tổng kết hoạt động hợp tác năm 2019.',
      'Tham dự hội nghị có ông Phạm Trung Chánh, Chủ tịch UBND thành phố Tây Ninh.',
      'Đoàn của Chi khu quân sự thành phố Prey Veng có Đại tá Bun Bê, Phó Chỉ huy trưởng Tiểu khu quân sự tỉnh Prey Veng.',
    ].join('\n');
    expect(visits(text, '2019-11-27')).toEqual(['KH-14>VN-37']);
  });
});

describe("a trip the paper's hosts speak of", () => {
  it('"… chuyến công tác của đoàn … tỉnh B diễn ra vào …" came to the paper\'s city', () => {
    const text = [
      'TP.HCM và tỉnh Champasak của Lào ký kết hợp tác 2025 – 2030',
      '(PLO)- Ủy ban MTTQ Việt Nam TP.HCM và Ủy ban Mặt trận tỉnh Champasak vừa ký Bản ghi nhớ hợp tác.',
      'Chiều 30-9, Ủy ban MTTQ Việt Nam TP.HCM và Ủy ban Mặt trận tỉnh Champasak đã hội đàm, đồng thời ký kết Bản ghi nhớ hợp tác.',
      'Bà Hạnh cũng bày tỏ niềm vui khi chuyến công tác của đoàn Ủy ban Mặt trận tỉnh Champasak diễn ra vào thời điểm giàu ý nghĩa.',
    ].join('\n');
    expect(visits(text, '2025-09-30')).toEqual(['LA-CH>VN-SG']);
  });
});

describe('two delegations that meet, neither named host', () => {
  it('"Đoàn đại biểu tỉnh A (Việt Nam) và Đoàn đại biểu tỉnh B (Lào) đã hội đàm" with no venue: no trip', () => {
    const text = [
      'Quảng Bình - Savannakhet tiếp tục hợp tác bảo vệ biên giới',
      'Ngày 5/12, Đoàn đại biểu biên giới tỉnh Quảng Bình (Việt Nam) và Đoàn đại biểu biên giới tỉnh Savannakhet (Lào) đã tiến hành hội đàm.',
      'Tham dự có Phó Chủ tịch UBND tỉnh Quảng Bình Đoàn Ngọc Lâm và Phó Tỉnh trưởng tỉnh Savannakhet.',
      'Phát biểu tại buổi hội đàm, ông Lâm đánh giá cao hợp tác giữa hai tỉnh Quảng Bình và Savannakhet.',
    ].join('\n');
    expect(visits(text, '2024-12-05')).toEqual([]);
  });
});

describe("the paper's home among the guests", () => {
  it('"Tỉnh ủy đã đón tiếp Đoàn … tỉnh B (Lào) cùng Đoàn … tỉnh A sang thăm tỉnh C": A is no host', () => {
    const text = [
      'Đoàn công tác tỉnh Xay Nhạ Bu Ly (Lào) và tỉnh Yên Bái thăm và làm việc tại Thái Bình',
      'Sáng 15/11, Thường trực Tỉnh ủy đã đón tiếp Đoàn công tác tỉnh Xay Nhạ Bu Ly (Lào) cùng Đoàn công tác tỉnh Yên Bái sang thăm tỉnh Thái Bình.',
      'Cùng đến dịp này còn có đoàn tỉnh Yên Bái do Phó Chủ tịch UBND tỉnh Yên Bái dẫn đầu.',
    ].join('\n');
    expect(visits(text, '2018-11-15')).toEqual(['LA-XA>VN-20']);
  });
});
