// A plan's items: "X sẽ A tại B; thăm C" – each item after a semicolon, with no subject of its own,
// is still the plan.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('items of a plan parted by semicolons', () => {
  it.each([
    'Sau hội đàm, đoàn tỉnh Svay Rieng sẽ đặt vòng hoa tại Nghĩa trang liệt sĩ; thăm tỉnh Bình Dương và tỉnh Đồng Nai.',
    'Trong chuyến công tác, Bộ trưởng sẽ dâng hương, đặt vòng hoa tại Đài tưởng niệm; thăm tỉnh Kandal của Campuchia.',
  ])('"… sẽ A tại …; thăm …" is no trip: %s', (sentence) => {
    expect(visits(`Tin\n${sentence}`, '2012-08-02')).toEqual([]);
  });

  it('a clause after the semicolon with its own subject is told as done', () => {
    const text =
      'Tin\nHai bên sẽ tiếp tục trao đổi đoàn; Đoàn đại biểu tỉnh Đồng Nai đã thăm tỉnh Kandal của Campuchia ngày 3/8.';
    expect(visits(text, '2012-08-05')).toEqual(['VN-39>KH-8']);
  });
});

describe('the way a tourist may go', () => {
  it('"du khách muốn đi từ A tới B có thể đi xe buýt … rồi … sang C": no trip', () => {
    const text = [
      'Tin',
      'Hiện nay, du khách muốn đi từ TP Hồ Chí Minh tới tỉnh Champassak có thể đi xe buýt tới tỉnh Gia Lai, rồi đổi xe sau khi qua biên giới sang Attapeu.',
    ].join('\n');
    expect(visits(text, '2018-05-10')).toEqual([]);
  });
});
