// Rules the fifty-fifth session's helper UU drew from the probes' misreadings (border affairs:
// handovers of people at a border gate).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('people handed back across the border', () => {
  it('"tại cửa khẩu X, tỉnh A, … tiếp nhận N công dân do Công an tỉnh B trao trả": B → A', () => {
    expect(
      visitsOf(
        'Tiếp nhận công dân\n\nSáng 9/3, tại Cửa khẩu quốc tế Nậm Cắn, tỉnh Nghệ An, Đồn Biên phòng cửa khẩu cùng Công an tỉnh Nghệ An đã làm thủ tục tiếp nhận 25 công dân do Công an tỉnh Xiêng Khoảng (Lào) trao trả.',
      ),
    ).toEqual(['LA-XI>VN-22']);
  });

  it('"… phối hợp với Công an tỉnh A hoàn thiện thủ tục tiếp nhận … do Cảnh sát tỉnh B trao trả"', () => {
    expect(
      visitsOf(
        'Trao trả qua cửa khẩu\n\nNgày 3/7, tại Cửa khẩu quốc tế Tịnh Biên, tỉnh An Giang, Bộ đội Biên phòng tỉnh An Giang phối hợp với Công an tỉnh An Giang hoàn thiện thủ tục tiếp nhận 21 công dân do Cảnh sát tỉnh Takeo (Vương quốc Campuchia) trao trả.',
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('a handover still to come ("sẽ tiếp nhận") is no visit', () => {
    expect(
      visitsOf(
        'Tiếp nhận công dân\n\nTuần tới, tại Cửa khẩu quốc tế Nậm Cắn, tỉnh Nghệ An, Đồn Biên phòng cửa khẩu sẽ tiếp nhận 25 công dân do Công an tỉnh Xiêng Khoảng (Lào) trao trả.',
      ),
    ).toEqual([]);
  });

  it('guard (VV): a handover being prepared ("đang chuẩn bị tiếp nhận") is no visit', () => {
    expect(
      visitsOf(
        'Tiếp nhận công dân\n\nBộ đội Biên phòng tỉnh Nghệ An đang chuẩn bị tiếp nhận 25 công dân do Công an tỉnh Xiêng Khoảng trao trả.',
      ),
    ).toEqual([]);
  });
  it('guard (VV): papers about people ("tiếp nhận hồ sơ của 20 công dân") are no handover of people', () => {
    expect(
      visitsOf(
        'Hồ sơ\n\nNgày 9/3, Công an tỉnh Hà Tĩnh đã tiếp nhận hồ sơ của 20 công dân do Công an tỉnh Bolikhamxay bàn giao qua đường công văn.',
      ),
    ).toEqual([]);
  });
  it('guard (VV): the handover sited in the giver’s province ("tại cửa khẩu X, tỉnh B, A tiếp nhận … do B bàn giao"): A came', () => {
    expect(
      visitsOf(
        'Trao trả\n\nNgày 9/3, tại cửa khẩu Cầu Treo, tỉnh Hà Tĩnh, Công an tỉnh Bolikhamxay đã tiếp nhận 5 công dân Lào do Bộ đội Biên phòng tỉnh Hà Tĩnh bàn giao.',
      ),
    ).toEqual(['LA-BL>VN-23']);
  });
  it('remains handed back ("tiếp nhận hài cốt … do tỉnh B trao trả") are not this rule’s', () => {
    expect(
      visitsOf(
        'Hồi hương hài cốt\n\nSáng 9/3, tại Cửa khẩu quốc tế Nậm Cắn, tỉnh Nghệ An, Ban Chỉ huy Quân sự tỉnh Nghệ An đã tiếp nhận hai bộ hài cốt do tỉnh Xiêng Khoảng trao trả.',
      ),
    ).toEqual([]);
  });

  it('told from the handing side ("tỉnh A bàn giao 2 người … cho tỉnh B"): no visit', () => {
    expect(
      visitsOf(
        'Bàn giao công dân\n\nNgày 12/5, Công an tỉnh An Giang đã tiếp nhận hồ sơ và bàn giao 3 người Campuchia nhập cảnh trái phép cho chính quyền tỉnh Takeo.',
      ),
    ).toEqual([]);
  });
});

describe('a reception told as one item of a programme', () => {
  it('"…; Thứ trưởng … tiếp xã giao đoàn Lào; lễ … (tỉnh B, Lào)": B is the next item’s', () => {
    expect(
      visitsOf(
        'Chương trình giao lưu\n\nTrong 3 ngày, các đại biểu đã dự nhiều hoạt động: hội thảo về an ninh biên giới; Thứ trưởng Bộ Công an Việt Nam tiếp xã giao đoàn Lào; lễ tổng kết kết nghĩa giữa bản Na Hin với bản Phu Xay (huyện Sukhuma, tỉnh Champasak, Lào).',
      ),
    ).toEqual(['LA-VT*>VN-HN*']);
  });

  it('the guests’ place in the reception’s own item still counts', () => {
    expect(
      visitsOf(
        'Chương trình giao lưu\n\nChiều 5/9, Chủ tịch UBND tỉnh Đắk Lắk tiếp đoàn công tác tỉnh Mondulkiri; hai bên trao đổi về hợp tác giữa hai tỉnh.',
      ),
    ).toEqual(['KH-11>VN-33']);
  });
});
