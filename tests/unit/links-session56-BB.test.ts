// Rules the fifty-sixth session's helper BB drew from the annotated pages' added and turned-round
// visits (a work handed over abroad by a province that organised the rite; a partner's leader who
// receives guests; an event held in two provinces at once; where a unit is stationed).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a rite of handing over a work, organised by the giver', () => {
  it('"tỉnh A đã tổ chức lễ bàn giao công trình … cho Đại đội …, đơn vị thuộc … tỉnh B": B did not come to A', () => {
    expect(
      visitsOf(
        'Quảng Nam trao công trình cho bộ đội biên phòng nước bạn\n\nNgày 12/5, Ủy ban nhân dân tỉnh Quảng Nam đã tổ chức lễ bàn giao công trình nhà văn hóa cho Đại đội Biên phòng 242, đơn vị thuộc Bộ Chỉ huy Quân sự tỉnh Sê Kông.',
      ),
    ).not.toContain('LA-XE>VN-27');
  });

  it('guard: the work sited abroad ("lễ bàn giao trụ sở … huyện X, tỉnh B"): A went to B', () => {
    expect(
      visitsOf(
        'Công an Quảng Bình trao trụ sở cho công an bản biên giới\n\nCông an tỉnh Quảng Bình vừa tổ chức lễ bàn giao trụ sở làm việc Công an bản Nà Kê, huyện Bua La Pha, tỉnh Khăm Muộn, nước Cộng hòa dân chủ nhân dân Lào.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('guard (R56): the recipients\' delegation attends ("… với sự tham dự của Đoàn đại biểu tỉnh B"): B came to A', () => {
    expect(
      visitsOf(
        'Quảng Nam trao xe cho Sê Kông\n\nSáng 3/4, UBND tỉnh Quảng Nam đã tổ chức lễ bàn giao 10 xe cứu thương cho tỉnh Sê Kông với sự tham dự của Đoàn đại biểu tỉnh Sê Kông (Lào) do Phó Tỉnh trưởng dẫn đầu.',
      ),
    ).toContain('LA-XE>VN-27');
  });
});

describe('the leader who receives is the host', () => {
  const lead =
    'Ngày hội giao lưu thanh niên Việt Nam - Lào\n\nSáng 14/3, tại thành phố Đồng Hới, tỉnh Quảng Bình tổ chức lễ khai mạc Ngày hội giao lưu thanh niên hai nước.\n';

  it('"Chủ tịch tỉnh B ‹name› tiếp đại diện đoàn …" in an article held in A: B did not come to A', () => {
    expect(
      visitsOf(
        lead + 'Chủ tịch tỉnh Khăm Muộn Vi Lay Văn tiếp đại diện đoàn đại biểu tham gia Ngày hội.',
      ),
    ).not.toContain('LA-KH>VN-24');
  });

  it('guard: "Đoàn đại biểu tỉnh B … đã sang thăm … tại tỉnh A": B came to A', () => {
    expect(
      visitsOf(
        lead +
          'Đoàn đại biểu tỉnh Khăm Muộn do ông Vi Lay Văn dẫn đầu đã sang thăm và làm việc tại tỉnh Quảng Bình.',
      ),
    ).toContain('LA-KH>VN-24');
  });
});

describe('an event held in two provinces at once', () => {
  it('"… diễn ra … tại tỉnh A (Việt Nam) và tỉnh B (Lào), gồm … thăm …": B is a venue, no traveller', () => {
    expect(
      visitsOf(
        'Trại hè thanh niên hai nước\n\nTrại hè diễn ra từ ngày 3 đến 7/7 tại tỉnh Nghệ An (Việt Nam) và tỉnh Bôlykhămxay (Lào), gồm giao lưu văn nghệ, thăm các di tích lịch sử và trồng cây.',
      ),
    ).not.toContain('LA-BL>VN-22');
  });

  it('guard: a delegation of B that visits A names its trip: B came to A', () => {
    expect(
      visitsOf(
        'Trại hè thanh niên hai nước\n\nĐoàn thanh niên tỉnh Bôlykhămxay (Lào) đã sang thăm các di tích lịch sử tại tỉnh Nghệ An.',
      ),
    ).toContain('LA-BL>VN-22');
  });
});

describe('where a unit is stationed is its home, not the venue', () => {
  it('"Đồn X, đơn vị đóng quân tại Y thuộc Bộ đội Biên phòng A, đã hội đàm … cùng … tỉnh B": B did not come to A', () => {
    expect(
      visitsOf(
        'Tuần tra song phương trên biên giới\n\nNgày 4/6, Đồn Biên phòng Bản Giàng, đơn vị đóng quân tại Quế Phong thuộc Bộ đội Biên phòng Nghệ An, đã hội đàm rồi cùng Đại đội Biên phòng 312 - Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) tổ chức tuần tra chung.',
      ),
    ).not.toContain('LA-HO>VN-22');
  });

  it('guard: a visit to the unit where it is stationed ("thăm Đại đội … đóng quân tại … tỉnh B"): A went to B', () => {
    expect(
      visitsOf(
        'Thăm đơn vị bạn\n\nNgày 4/6, đoàn công tác Bộ đội Biên phòng tỉnh Nghệ An đã sang thăm Đại đội Biên phòng 312 đóng quân tại huyện Viêng Xay, tỉnh Hủa Phăn.',
      ),
    ).toContain('VN-22>LA-HO');
  });

  it('guard (R56): veterans once stationed in B ("từng đóng quân tại tỉnh B") went back to B', () => {
    expect(
      visitsOf(
        'Trở lại chiến trường xưa\n\nĐoàn cựu quân tình nguyện tỉnh Nghệ An từng đóng quân tại tỉnh Xiêng Khoảng đã trở lại thăm chiến trường xưa.',
      ),
    ).toContain('VN-22>LA-XI');
  });

  it('guard (R56): the unit visited is stationed in B ("đến thăm Đại đội 4, đơn vị đóng chân tại tỉnh B"): A went to B', () => {
    expect(
      visitsOf(
        'Thăm đại đội\n\nĐoàn đã đến thăm Đại đội 4, đơn vị đóng chân tại tỉnh Hủa Phăn, do Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thanh Hóa dẫn đầu.',
      ),
    ).toContain('VN-21>LA-HO');
  });
});
