// The programme of a trip already under way ("đang thăm …. Theo chương trình, đoàn sẽ …") tells
// the stops of that trip; a ceremony at a body's seat ("dự lễ khánh thành trụ sở UBND tỉnh B") is
// held in B.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

const UNDER_WAY = 'Đoàn đại biểu tỉnh Nghệ An đang có chuyến thăm và làm việc tại Lào.';

describe('the programme of a trip under way', () => {
  it('"Theo chương trình, đoàn sẽ làm việc với lãnh đạo tỉnh B" after "đang có chuyến thăm"', () => {
    const text = [
      'Tin',
      UNDER_WAY,
      'Theo chương trình, đoàn sẽ làm việc với lãnh đạo tỉnh Xiêng Khoảng và thăm một số dự án.',
    ].join('\n');
    expect(visits(text, '2024-05-02')).toEqual(['VN-22>LA-XI']);
  });

  it('"Trong thời gian ở Lào, đoàn sẽ …" is the same programme', () => {
    const text = [
      'Tin',
      UNDER_WAY,
      'Trong thời gian ở Lào, đoàn sẽ chào xã giao lãnh đạo tỉnh Hủa Phăn.',
    ].join('\n');
    expect(visits(text, '2024-05-02')).toEqual(['VN-22>LA-HO']);
  });

  it('with no trip under way, "Theo chương trình, đoàn sẽ …" stays a plan', () => {
    const text = [
      'Tin',
      'Sáng 2/5, lãnh đạo tỉnh Nghệ An họp bàn công tác đối ngoại năm 2024.',
      'Theo chương trình, đoàn sẽ làm việc với lãnh đạo tỉnh Xiêng Khoảng.',
    ].join('\n');
    expect(visits(text, '2024-05-02')).toEqual([]);
  });

  it('a time still to come ("năm tới") keeps the plan, even during a trip', () => {
    const text = [
      'Tin',
      UNDER_WAY,
      'Theo chương trình, năm tới đoàn tỉnh Xiêng Khoảng sẽ sang thăm tỉnh Nghệ An.',
    ].join('\n');
    expect(visits(text, '2024-05-02')).toEqual([]);
  });
});

describe('a ceremony at the seat of a body of B', () => {
  it('"dự lễ khánh thành trụ sở Ủy ban Chính quyền tỉnh B" is a trip to B', () => {
    const text = [
      'Tin',
      'Ngày 5/3, đoàn công tác TP Hồ Chí Minh đã dự lễ khánh thành trụ sở Ủy ban Chính quyền tỉnh Hủa Phăn.',
    ].join('\n');
    expect(visits(text, '2025-03-06')).toEqual(['VN-SG>LA-HO']);
  });

  it('a seat named after a comma is another matter', () => {
    const text = [
      'Tin',
      'Ngày 5/3, đoàn công tác TP Hồ Chí Minh đã dự lễ mít tinh, tặng trụ sở mới cho tỉnh Hủa Phăn.',
    ].join('\n');
    expect(visits(text, '2025-03-06')).toEqual([]);
  });
});

describe('a place a trip set out from', () => {
  it('"Rời cửa khẩu X của tỉnh A, đoàn công tác đã đến tỉnh B": A is left behind, not the home', () => {
    const text = [
      'Tin',
      'Rời cửa khẩu Nong Nokkhien của tỉnh Champasak, đoàn công tác đã đến tỉnh Stung Treng.',
    ].join('\n');
    expect(visits(text, '2025-06-01')).toEqual([]);
  });

  it('a subjectless heading "Bốn lần đến B" takes no home from a place left earlier', () => {
    const text = [
      'Hành trình về miền ký ức',
      'Rời cửa khẩu Nong Nokkhien của tỉnh Champasak (Lào), chúng tôi đặt chân lên đất Campuchia ở tỉnh Stung Treng.',
      'Bốn lần đến Siêm Riệp',
      'Đổi tiền xong, cả nhóm đi thẳng về thành phố Siêm Riệp.',
    ].join('\n');
    expect(visits(text, '2025-06-01')).toEqual([]);
  });
});

describe('the programme of an exchange begun', () => {
  it('"… đã sang tỉnh A, chính thức mở đầu chuỗi hoạt động …. Theo chương trình, sang ngày 23/10, … sẽ dẫn Đoàn … sang Việt Nam, … tại tỉnh B"', () => {
    const text = [
      'Tin',
      'Sáng 22/10, Bộ trưởng Bộ Quốc phòng cùng Đoàn đại biểu Việt Nam đã sang tỉnh Hủa Phăn, chính thức mở đầu chuỗi hoạt động giao lưu hữu nghị.',
      'Theo chương trình, sang ngày 23/10, Đại tướng Chăn-sạ-mỏn sẽ dẫn Đoàn đại biểu Quân đội nhân dân Lào qua cửa khẩu sang Việt Nam, tiếp tục các hoạt động tại tỉnh Sơn La.',
    ].join('\n');
    expect(visits(text, '2024-10-22')).toEqual(['VN-HN*>LA-HO', 'LA-VT*>VN-05']);
  });
});

describe('a part of an army', () => {
  it('"tặng quà lực lượng vũ trang Quân đội nhân dân Lào" by a province is no trip to the capital', () => {
    const text = [
      'Tin',
      'Thời gian qua, Bộ đội Biên phòng tỉnh Quảng Trị đã tổ chức nhiều đợt thăm hỏi, tặng quà lực lượng vũ trang Quân đội nhân dân Lào.',
    ].join('\n');
    expect(visits(text, '2024-10-22')).toEqual([]);
  });
});

describe('a work handed over where it stands', () => {
  it('"Công an tỉnh A tổ chức lễ bàn giao trụ sở làm việc của Công an bản X, huyện Y, tỉnh B": A went to B', () => {
    const text = [
      'Tin',
      'Công an tỉnh Hà Tĩnh vừa tổ chức lễ bàn giao trụ sở làm việc của Công an bản Na Thon, huyện Khăm Cợt, tỉnh Bôlykhămxay.',
    ].join('\n');
    expect(visits(text, '2021-12-13')).toEqual(['VN-23>LA-BL']);
  });

  it('"… lễ bàn giao nhà tình nghĩa cho … tỉnh B" names who receives, not where', () => {
    const text = [
      'Tin',
      'Sáng 5/3, tại huyện Hương Sơn, Công an tỉnh Hà Tĩnh tổ chức lễ bàn giao nhà tình nghĩa cho gia đình cán bộ tỉnh Bôlykhămxay.',
    ].join('\n');
    expect(visits(text, '2021-12-13')).not.toContain('VN-23>LA-BL');
  });
});
