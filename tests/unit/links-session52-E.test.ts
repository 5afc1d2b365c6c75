// Rules the fifty-second session's helper E drew from probing border-guard, army and police news.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a work handed over where its address says it stands', () => {
  it('"A tổ chức lễ bàn giao ‹work› bản X, huyện Y, tỉnh B": the ceremony is in B', () => {
    expect(
      visits(
        'Trao trụ sở cho công an bản\n\nBộ Chỉ huy Quân sự tỉnh Quảng Trị vừa tổ chức lễ bàn giao nhà làm việc Công an bản Đôn Xay, huyện Xê Pôn, tỉnh Savannakhet.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('"… lễ khởi công trường học xã X, huyện Y, tỉnh B" after another province: still in B', () => {
    expect(
      visits(
        'Khởi công trường học\n\nNgày 9/10, Công an tỉnh Nghệ An tổ chức lễ khởi công trường học xã Na Khăm, huyện Khăm Cợt, tỉnh Bolikhamxay.',
      ),
    ).toEqual(['VN-22>LA-BL']);
  });

  it('guard: a giver\'s address after "do" is not where the work stands', () => {
    expect(
      visits(
        'Khánh thành trường học\n\nCông an tỉnh Quảng Trị tổ chức lễ khánh thành trường học do huyện Xê Pôn, tỉnh Savannakhet tài trợ.',
      ),
    ).not.toContain('VN-25>LA-SV');
  });
});

describe('guests welcomed as they come over to a province', () => {
  it('"lễ đón đoàn đại biểu Lào …, sang tỉnh B tham gia …" with no host named: they came to B', () => {
    expect(
      visits(
        'Giao lưu biên giới\n\nSáng 4/3, chương trình giao lưu chính thức khai mạc, với lễ đón đoàn đại biểu Lào tại cửa khẩu Cầu Treo, sang tỉnh Hà Tĩnh dự các hoạt động đầu tiên.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('"Bộ trưởng … đón đoàn đại biểu Lào sang tỉnh B": received in B, not in the capital', () => {
    expect(
      visits(
        'Giao lưu biên giới\n\nSáng 4/3, Bộ trưởng Bộ Quốc phòng đón đoàn đại biểu Lào sang tỉnh Hà Tĩnh dự các hoạt động giao lưu.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('guard: a later clause telling another trip to B leaves the guests in the capital', () => {
    expect(
      visits(
        'Đón khách\n\nSáng 4/3, Bộ trưởng Bộ Quốc phòng đón đoàn đại biểu Lào, đoàn từng sang tỉnh Hà Tĩnh năm 2019.',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });
});

describe('"tổ chức khánh thành …" with its "lễ" left out', () => {
  it('sets the venue, so a delegation "Về phía Việt Nam có Đoàn …" came there', () => {
    expect(
      visits(
        'Khánh thành nhà học\n\nSáng 9/3, tại thủ đô Viêng Chăn, Quân đội nhân dân Lào đã tổ chức khánh thành nhà học của Trường Sĩ quan.\nVề phía Việt Nam có Đoàn đại biểu Học viện Quốc phòng Việt Nam do Thiếu tướng Trần B làm trưởng đoàn.',
      ),
    ).toEqual(['VN-HN*>LA-VT']);
  });

  it('a provincial delegation at the opening in a province', () => {
    expect(
      visits(
        'Khánh thành nhà học\n\nSáng 9/3, tại tỉnh Savannakhet, Bộ CHQS tỉnh đã tổ chức khánh thành nhà học của Trường Quân sự tỉnh.\nDự lễ có Đoàn đại biểu Bộ CHQS tỉnh Quảng Trị do Đại tá Trần B làm trưởng đoàn.',
      ),
    ).toEqual(['VN-25>LA-SV']);
  });

  it('guard: the defence attaché at his post is no visitor', () => {
    expect(
      visits(
        'Khánh thành nhà học\n\nSáng 9/3, tại thủ đô Viêng Chăn, Quân đội nhân dân Lào đã tổ chức khánh thành nhà học của Trường Sĩ quan.\nVề phía Việt Nam có Đại tá Trần B, Tùy viên Quốc phòng Việt Nam tại Lào.',
      ),
    ).toEqual([]);
  });
});
