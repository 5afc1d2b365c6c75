import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaces } from '../../src/core/extract/find-places.ts';
import {
  personCountry,
  personPlace,
  titledLocals,
  titledPeople,
} from '../../src/core/extract/people.ts';
import { tokenize } from '../../src/core/extract/tokens.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('titledPeople', () => {
  it('reads a national title, its country and the name after it', () => {
    const people = titledPeople(
      'Thủ tướng Campuchia Hun Sen đã gửi thư cho Thủ tướng Lào Thongloun Sisoulith.',
    );
    expect(people.get('hun sen')).toBe('KH');
    expect(people.get('thongloun sisoulith')).toBe('LA');
    expect(people.get('sisoulith')).toBe('LA');
  });

  it('names no one in an article without Lao or Cambodian leaders', () => {
    expect(titledPeople('Thủ tướng Phạm Minh Chính thăm tỉnh Nghệ An.').size).toBe(0);
  });

  it('property: never throws, only LA / KH / VN', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        for (const c of titledPeople(`Thủ tướng Lào ${t}`).values())
          expect(['LA', 'KH', 'VN']).toContain(c);
      }),
    );
  });
});

describe('personCountry', () => {
  const people = new Map([['hun sen', 'KH' as const]]);
  it('finds the leader a phrase ends on by name ("… ông Hun Sen đã bay")', () => {
    expect(personCountry('trong ngày hôm nay, ông hun sen đã bay', people)).toBe('KH');
    expect(personCountry('trong ngày hôm nay, ông nguyễn văn a đã bay', people)).toBeNull();
  });
});

describe('a leader named again by name', () => {
  it('"ông Hun Sen đã bay sang Vientiane" after "Thủ tướng Campuchia Hun Sen"', () => {
    const text = [
      'Tin',
      'Theo Reuters, Thủ tướng Campuchia Hun Sen đã cho các đơn vị quân đội tiến ra biên giới.',
      'Trong ngày hôm nay, ông Hun Sen đã bay sang Vientiane để đối thoại với người đồng cấp Lào.',
    ].join('\n');
    expect(visits(text, '2017-08-12')).toEqual(['KH-12*>LA-VT']);
  });
});

describe('titledLocals and personPlace: local leaders named by name', () => {
  const locals = (text: string) => {
    const { mentions } = findPlaces(tokenize(text), [[0, text.length]], builtinGazetteer(), null);
    return new Map([...titledLocals(text, mentions)].map(([n, e]) => [n, e.iso]));
  };

  it('reads each leader whose titles end on a place', () => {
    const text =
      'Chiều 4/6, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Quảng Nam, đã hội đàm với đồng chí Bun Thoong Chít Ma Ny, Bí thư, Tỉnh trưởng tỉnh Sê Kông.';
    expect(locals(text)).toEqual(
      new Map([
        ['trần văn nam', 'VN-27'],
        ['bun thoong chít ma ny', 'LA-XE'],
      ]),
    );
  });

  it('stops at the first verb, and keeps no envoy by the place of his mission', () => {
    expect(
      locals('Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Kandal.'),
    ).toEqual(new Map());
    expect(locals('Ông Lê Văn Hải, Tổng Lãnh sự Việt Nam tại Savannakhet, cho biết …')).toEqual(
      new Map(),
    );
  });

  it('reads a leader whose titles and place come before the name', () => {
    const text =
      'Chủ tịch UBND tỉnh Tây Ninh Phạm Văn Tân và Bí thư Thành ủy TPHCM Nguyễn Văn Nên dự lễ; Tỉnh trưởng tỉnh Svay Rieng Men Vibol phát biểu.';
    expect(locals(text)).toEqual(
      new Map([
        ['phạm văn tân', 'VN-37'],
        ['nguyễn văn nên', 'VN-SG'],
        ['men vibol', 'KH-20'],
      ]),
    );
    // (Not a place followed by the next capitalised words of the sentence, without a title.)
    expect(locals('Đoàn tỉnh Tây Ninh Hội nghị thường niên.')).toEqual(new Map());
  });

  it('a host named by title first, then by name alone, receives the guests', () => {
    const text = [
      'Tin',
      'Chủ tịch UBND tỉnh Tây Ninh Phạm Văn Tân đề nghị các tỉnh giáp biên tiếp tục hợp tác.',
      'Ngày 7/2, ông Phạm Văn Tân đã tiếp lãnh đạo các tỉnh Prey Veng và Svay Rieng.',
    ].join('\n');
    expect(visits(text, '2024-02-08')).toEqual(['KH-14>VN-37', 'KH-20>VN-37']);
  });

  it('finds the leader anywhere in a phrase, by the longest run of the name', () => {
    const e = builtinGazetteer().entries.find((x) => x.iso === 'LA-VT')!;
    const known = new Map([['anouphap tounalom', e]]);
    expect(personPlace('mở đầu, đồng chí anouphap tounalom bày tỏ niềm vui được', known)).toBe(e);
    expect(personPlace('mở đầu, đồng chí khamla bày tỏ', known)).toBeNull();
  });

  it('a host named earlier with his place receives the delegation: "đồng chí X … được đón đoàn …"', () => {
    const text = [
      'Tin',
      'Chiều 2/12, đồng chí Nguyễn Văn Bình, Bí thư Thành ủy Đà Nẵng, đã hội đàm với đồng chí Khăm Phăn Phôm Ma Thạt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Chăm Pa Sắc.',
      'Mở đầu hội đàm, đồng chí Khăm Phăn Phôm Ma Thạt bày tỏ vui mừng được đón đoàn đại biểu thành phố Đà Nẵng.',
    ].join('\n');
    expect(visits(text, '2025-12-03')).toEqual(['VN-DN>LA-CH']);
  });
});

describe('a leader named again by a bare pronoun', () => {
  it('"Trước đó, ông đã … lần lượt đến thăm, làm việc tại A1, A2" after the titled leader', () => {
    const text = [
      'Tin',
      'Quốc hội Việt Nam luôn sẵn sàng chia sẻ kinh nghiệm với Quốc hội Lào, Chủ tịch Quốc hội khẳng định khi tiếp Phó Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào Khambay Damlath.',
      'Về phần mình, ông Khambay Damlath thông tin với Chủ tịch Quốc hội về kết quả chuyến thăm Việt Nam.',
      'Trước đó, ông đã hội đàm với người đồng cấp và lần lượt đến thăm, làm việc tại Quảng Nam, Đà Nẵng.',
    ].join('\n');
    expect(visits(text, '2023-03-01').filter((v) => !v.endsWith('VN-HN*'))).toEqual([
      'LA-VT*>VN-27',
      'LA-VT*>VN-DN',
    ]);
  });

  it('an invitation accepted, "bà cũng nhận lời mời sang thăm tỉnh B", is no trip yet', () => {
    const text = [
      'Tin',
      'Ngày 3/10, bà Lò Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sơn La, đã tiếp đoàn Hội Phụ nữ tỉnh U-đôm-xay.',
      'Dịp này, bà cũng nhận lời mời sang thăm tỉnh U-đôm-xay vào năm 2025.',
    ].join('\n');
    expect(visits(text, '2024-10-04')).toEqual(['LA-OU>VN-05']);
  });
});

describe('a national committee’s delegation', () => {
  it('"Đoàn đại biểu Ủy ban Hòa bình Việt Nam thăm tỉnh B": the country’s, not a province’s', () => {
    const text = 'Đoàn đại biểu Ủy ban Hòa bình Việt Nam thăm tỉnh Viêng Chăn\nNội dung.';
    expect(visits(text, '2023-05-10')).toEqual(['VN-HN*>LA-VI']);
  });
});
