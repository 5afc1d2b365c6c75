// Rules the fifty-fourth session's helper BB drew from probes of police and border-handover news.
import { describe, expect, it } from 'vitest';
import { geocodeArticle } from '../../src/core/extract/geocode-article.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import { makeDoc } from './support/make-doc.ts';
import { visitsOf as visits } from './support/visit-strings.ts';

const gaz = builtinGazetteer();
const placesOf = (text: string): string[] =>
  geocodeArticle(makeDoc(text), gaz).result.places.map((p) => p.iso);

describe('a Chinese province that sounds like a Vietnamese one', () => {
  it('"tỉnh Chiết Giang" of China is no Kiên Giang', () => {
    expect(
      placesOf(
        'Bắt nhóm đưa người qua biên giới\n\nBộ đội biên phòng An Giang bắt hai người quê ở tỉnh Chiết Giang, Trung Quốc khi họ định vượt biên.',
      ),
    ).toEqual(['VN-44']);
  });

  it('"tỉnh Kiên Giang" is still the province', () => {
    expect(
      placesOf('Tiếp nhận công dân\n\nHai người trú tại tỉnh Kiên Giang được phía bạn trao trả.'),
    ).toEqual(['VN-47']);
  });
});

describe('private people crossing in a clause that goes on after a comma', () => {
  it('"các lao động … nhận lời qua mạng, sau đó sang Campuchia làm việc tại B": no visit', () => {
    expect(
      visits(
        'Long An tiếp nhận 40 lao động do Campuchia trao trả\n\nCác lao động cho biết họ đã nhận lời mời chào trên mạng, sau đó tự đi sang Campuchia để làm việc tại các cơ sở ở tỉnh Svay Rieng.',
      ),
    ).toEqual([]);
  });

  it('"…, rồi sang …" after people crossing on their own: no visit either', () => {
    expect(
      visits(
        'Đồng Tháp tiếp nhận công dân\n\nNhững công dân này khai đã được người quen giới thiệu việc, rồi sang tỉnh Prey Veng làm thuê.',
      ),
    ).toEqual([]);
  });

  it('guard: "…, sau đó đoàn … sang B": a delegation named after the comma still travels', () => {
    expect(
      visits(
        'Long An tiếp nhận công dân\n\nCác công dân được bàn giao tại cửa khẩu, sau đó đoàn công tác tỉnh Long An sang thăm tỉnh Svay Rieng.',
      ),
    ).toEqual(['VN-41>KH-20']);
  });
});
