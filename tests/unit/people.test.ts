import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { personCountry, titledPeople } from '../../src/core/extract/people.ts';
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
