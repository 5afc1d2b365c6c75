// The fifty-fifth session's lead, after helper QQ's review: a headline telling of a call or an
// online meeting leaves each side at home, so a guest leader's words in the body are no trip.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

const body =
  'Chiều 5/3, lãnh đạo tỉnh Sơn La đã có buổi trao đổi với lãnh đạo tỉnh Hủa Phăn. Ông Viengthong, Tỉnh trưởng tỉnh Hủa Phăn đề nghị hai bên tiếp tục phối hợp chặt chẽ.';

describe('a headline telling of a call', () => {
  it('"… qua điện đàm": the guest leader who proposes spoke from home', () => {
    expect(visitsOf(`Tăng cường hợp tác giữa Sơn La và Hủa Phăn qua điện đàm\n\n${body}`)).toEqual(
      [],
    );
  });

  it('"Hội đàm trực tuyến …": the same', () => {
    expect(visitsOf(`Hội đàm trực tuyến giữa Sơn La và Hủa Phăn\n\n${body}`)).toEqual([]);
  });

  it('guard: "gọi điện" as the headline’s topic is no call between the sides', () => {
    expect(
      visitsOf(`Sơn La và Hủa Phăn phối hợp phòng chống lừa đảo qua gọi điện\n\n${body}`),
    ).toEqual(['LA-HO>VN-05']);
  });

  it('guard: a headline with no call still presumes the talks at the paper’s province', () => {
    expect(visitsOf(`Tăng cường hợp tác giữa Sơn La và Hủa Phăn\n\n${body}`)).toEqual([
      'LA-HO>VN-05',
    ]);
  });
});
