// Rules the fifty-seventh session's helper H4 drew from a recall harness: a visit the step reads
// right must stay read when the article names the destination once and then refers back to it.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const LEAD =
  'Hợp tác hữu nghị\n\nTỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay (Lào) có quan hệ hợp tác lâu năm.\n';

describe('a destination named earlier and referred back to', () => {
  it('"thăm và làm việc tại địa phương này": the place named last, abroad', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại địa phương này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"thăm và làm việc tại tỉnh này": same', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại tỉnh này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"làm việc với lãnh đạo tỉnh bạn": the partner met where its leaders govern', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh do Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, làm việc với lãnh đạo tỉnh bạn.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('"làm việc với chính quyền địa phương này": same', () => {
    expect(
      visitsOf(
        LEAD +
          'Ngày 4/3, Đoàn công tác tỉnh Hà Tĩnh đã đến làm việc với chính quyền địa phương này.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('guard: "tỉnh này" when the place named last is the travellers\' own is no trip', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Bô-ly-khăm-xay (Lào) có quan hệ hợp tác lâu năm với tỉnh Hà Tĩnh.\nNgày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh đã đến thăm và làm việc tại một số cơ sở của tỉnh này.',
      ),
    ).toEqual([]);
  });

  it('guard: "tỉnh bạn" when no province abroad has been named is no trip', () => {
    expect(
      visitsOf(
        'Hợp tác hữu nghị\n\nTỉnh Hà Tĩnh đẩy mạnh hợp tác với Lào.\nNgày 4/3, Đoàn đại biểu tỉnh Hà Tĩnh đã đến thăm, làm việc với lãnh đạo tỉnh bạn.',
      ),
    ).toEqual([]);
  });

  it('guard: a trip still planned ("sẽ") is none', () => {
    expect(
      visitsOf(
        LEAD +
          'Tháng tới, Đoàn đại biểu tỉnh Hà Tĩnh sẽ sang thăm và làm việc với lãnh đạo địa phương này.',
      ),
    ).toEqual([]);
  });
});
