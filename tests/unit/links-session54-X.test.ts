// Rules the fifty-fourth session's helper X drew from probing national bodies at work in the
// other countries' provinces: delegations named by their leader, consuls and ambassadors away
// from their seat.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('Cambodia spelled by syllables ("Cam-pu-chia")', () => {
  it('an inviter\'s titles ending on "Cam-pu-chia," leave the guest named after the comma', () => {
    expect(
      visits(
        'Hội Nông dân thăm Cam-pu-chia\n\nNhận lời mời của ông Chea Sophal, Bộ trưởng Bộ Nông nghiệp Cam-pu-chia, đồng chí Nguyễn Thị Lan, Chủ tịch Hội Nông dân Việt Nam dẫn đầu Đoàn đại biểu Hội đã sang thăm và làm việc tại Cam-pu-chia từ ngày 4-7/3/2019.\nTrong những ngày ở Cam-pu-chia, đồng chí Nguyễn Thị Lan đã đến thăm một số hợp tác xã nông nghiệp ở tỉnh Takeo.',
      ),
    ).toEqual(['VN-HN*>KH-21']);
  });

  it('a minister of Cambodia so spelled still travels for Cambodia', () => {
    expect(
      visits(
        'Bộ trưởng Cam-pu-chia thăm An Giang\n\nNgày 9/5, Bộ trưởng Bộ Nông nghiệp Cam-pu-chia cùng đoàn công tác đã đến thăm tỉnh An Giang.',
      ),
    ).toEqual(['KH-12*>VN-44']);
  });
});

describe('a delegation that calls on a leader ("đoàn … tiếp kiến đồng chí X")', () => {
  it('the delegation named first is no host of the leader it calls on', () => {
    // (Read as "tiếp", the delegation seemed to receive the Lao leader in Hà Nội.)
    expect(
      visits(
        'Gặp gỡ hữu nghị\n\nChiều 3/10, Đoàn đại biểu Hội Cựu chiến binh Việt Nam do Chủ tịch Hội Cựu chiến binh Việt Nam Nguyễn Văn Được dẫn đầu, đã có buổi tiếp kiến đồng chí Sinlavong Khoutphaythoune, Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước.',
      ),
    ).toEqual([]);
  });

  it('… and its call falls in the capital where the article has set its journey', () => {
    expect(
      visits(
        'Hành trình hữu nghị tới Lào\n\nHôm nay, 8/10, hành trình hữu nghị thăm Lào của Đoàn đại biểu Hội Cựu chiến binh Việt Nam do Chủ tịch Hội Nguyễn Văn Được dẫn đầu tiếp tục tại Lào.\nTừ ngày 4/10, đoàn đã có các hoạt động thăm và giao lưu tại Lào, nổi bật là buổi gặp mặt cựu chiến binh hai nước tổ chức ngày 5/10 tại Nhà Văn hóa Quốc gia, thủ đô Viêng Chăn.\nChiều 6/10, Đoàn đại biểu Hội Cựu chiến binh Việt Nam do Chủ tịch Hội Cựu chiến binh Việt Nam Nguyễn Văn Được dẫn đầu, đã có buổi tiếp kiến đồng chí Sinlavong Khoutphaythoune, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('a delegation received in audience ("đã được … tiếp kiến") stays the guest', () => {
    expect(
      visits(
        'Hội Cựu chiến binh làm việc tại Lào\n\nChiều 3/10, tại thủ đô Viêng Chăn, Đoàn đại biểu Hội Cựu chiến binh Việt Nam đã được đồng chí Bounthong Chitmany, Phó Chủ tịch nước Lào tiếp kiến.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('a leader who receives a delegation in audience is the host', () => {
    expect(
      visits(
        'Tiếp đoàn Lào\n\nChiều 3/10, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp kiến đoàn đại biểu Hội Cựu chiến binh Lào.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe("an ambassador on a roll beside his country's consul at the consulate's seat", () => {
  it("the ambassador came from the capital to the event in the consulate's province", () => {
    expect(
      visits(
        'Trao Huân chương cho Tổng Lãnh sự quán\n\nTối 5/3, tại Savannakhet, chính quyền tỉnh tổ chức lễ trao Huân chương cho Tổng Lãnh sự quán Việt Nam tại đây.\nĐến dự có ông Santiphap Phomvihane, Tỉnh trưởng Savannakhet, Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm, Tổng Lãnh sự Việt Nam tại Savannakhet Đặng Thị Hải Tâm và đại diện các sở, ngành của tỉnh.',
      ),
    ).toEqual(['VN-HN*>LA-SV']);
  });

  it('the consul alone at his seat has travelled nowhere', () => {
    expect(
      visits(
        'Trao Huân chương cho Tổng Lãnh sự quán\n\nTối 5/3, tại Savannakhet, chính quyền tỉnh tổ chức lễ trao Huân chương cho Tổng Lãnh sự quán Việt Nam tại đây.\nĐến dự có ông Santiphap Phomvihane, Tỉnh trưởng Savannakhet, Tổng Lãnh sự Việt Nam tại Savannakhet Đặng Thị Hải Tâm và đại diện các sở, ngành của tỉnh.',
      ),
    ).toEqual([]);
  });
});

describe('a consul in person, his seat named, travelling to another province', () => {
  it('"Tổng Lãnh sự Việt Nam tại A X đã đến … tỉnh B": the consul travels for Vietnam', () => {
    expect(
      visits(
        'Khánh thành trường học\n\nNgày 12/4, Tổng Lãnh sự Việt Nam tại Luang Prabang Kiều Thị Hằng Phúc đã đến dự lễ khánh thành trường tiểu học hữu nghị tại tỉnh Phongsaly.',
      ),
    ).toEqual(['VN-HN*>LA-PH']);
  });

  it('a call on the leaders of the province of his own seat is no trip', () => {
    expect(
      visits(
        'Chúc Tết\n\nNgày 12/4, bà Kiều Thị Hằng Phúc, Tổng Lãnh sự Việt Nam tại Luang Prabang, đã đến chúc Tết lãnh đạo tỉnh Luang Prabang.',
      ),
    ).toEqual([]);
  });

  it('a party the consul leads with others ("đoàn … do … Tổng Lãnh sự … dẫn đầu") is not read so', () => {
    expect(
      visits(
        'Trao quà\n\nNgày 12/4, đoàn công tác do bà Kiều Thị Hằng Phúc, Tổng Lãnh sự Việt Nam tại Luang Prabang dẫn đầu, cùng Hội người Việt Nam tại Bắc Lào đã đến tỉnh Phongsaly trao quà.',
      ),
    ).not.toContain('VN-HN*>LA-PH');
  });
});
