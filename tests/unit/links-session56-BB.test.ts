// Rules the fifty-sixth session's helper BB drew from the annotated pages' added and turned-round
// visits (a work handed over abroad by a province that organised the rite).
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
});
