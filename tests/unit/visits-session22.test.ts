// Rules the twenty-second session's blind sets called for.
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf as visits } from './support/visit-strings.ts';

describe('a twinning ceremony and its speakers', () => {
  it('"lễ kết nghĩa … đã diễn ra tại A": the partner from across the border came to A', () => {
    const text = [
      'Tin',
      'Sáng 9/10, lễ kết nghĩa giữa các bản của tỉnh Salavan (Lào) và các xã biên giới của tỉnh Quảng Trị đã diễn ra tại tỉnh Quảng Trị.',
    ].join('\n');
    expect(visits(text, '2024-10-09')).toEqual(['LA-SL>VN-25']);
  });

  it('"Phát biểu tại hội nghị, đại diện lãnh đạo tỉnh B cảm ơn …": B’s side spoke at the venue', () => {
    const text = (who: string) =>
      [
        'Tin',
        'Sáng 3/4, hội nghị giao lưu hữu nghị biên giới diễn ra tại tỉnh Kon Tum.',
        `Phát biểu tại hội nghị, ${who} cảm ơn sự đón tiếp chu đáo của nước bạn.`,
      ].join('\n');
    expect(visits(text('đại diện lãnh đạo tỉnh Attapư'), '2024-04-03')).toEqual(['LA-AT>VN-28']);
    expect(visits(text('lãnh đạo tỉnh Attapư'), '2024-04-03')).toEqual(['LA-AT>VN-28']);
    // The host's own leaders speak at home.
    expect(visits(text('đại diện lãnh đạo tỉnh Kon Tum'), '2024-04-03')).toEqual([]);
  });
});

describe('an order conferred at a venue', () => {
  it('"tại tỉnh A, …, Tỉnh trưởng tỉnh B đã trao Huân chương …": B’s governor came to A', () => {
    const text = [
      'Tin',
      'Chiều 12/5, tại tỉnh Quảng Bình, thừa ủy quyền của Chủ tịch nước Lào, ông Khăm-phăn, Tỉnh trưởng tỉnh Khăm Muộn, đã trao Huân chương Tự do hạng Nhì cho tỉnh Quảng Bình.',
    ].join('\n');
    expect(visits(text, '2024-05-12')).toEqual(['LA-KH>VN-24']);
    const given = text.replace('đã trao Huân chương', 'đã trao tặng Huân chương');
    expect(visits(given, '2024-05-12')).toEqual(['LA-KH>VN-24']);
  });
});

describe('a signing placed by a later sentence', () => {
  const signed =
    'Ngày 7/3, Chủ tịch UBND tỉnh Nghệ An và Phó Tỉnh trưởng tỉnh Xiêng Khoảng (Lào) đã ký biên bản ghi nhớ hợp tác giai đoạn 2024-2028.';
  it('"Phát biểu tại lễ ký kết diễn ra ở A, …": the other signer came to A', () => {
    const text = [
      'Tin',
      signed,
      'Văn kiện tập trung vào giáo dục, y tế và thương mại.',
      'Phát biểu tại lễ ký kết diễn ra ở tỉnh Nghệ An, Chủ tịch UBND tỉnh khẳng định sẽ tạo điều kiện cho doanh nghiệp.',
    ].join('\n');
    expect(visits(text, '2024-03-07')).toEqual(['LA-XI>VN-22']);
    expect(sistersOf(text, '2024-03-07')).toEqual(['LA-XI|VN-22']);
  });

  it('"Lễ ký kết diễn ra ở A." right after it', () => {
    const text = ['Tin', signed, 'Lễ ký kết diễn ra ở tỉnh Nghệ An.'].join('\n');
    expect(visits(text, '2024-03-07')).toEqual(['LA-XI>VN-22']);
  });

  it('a signing whose place the article never tells gives no trip', () => {
    const text = ['Tin', signed, 'Hai bên sẽ trao đổi đoàn thường xuyên hơn.'].join('\n');
    expect(visits(text, '2024-03-07')).toEqual([]);
  });
});
