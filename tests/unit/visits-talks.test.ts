// Talks held with a delegation ("hội đàm / làm việc / hội kiến với Đoàn …"): the delegation came
// to its hosts, whose home is only presumed the venue when the sentence names none; talks recalled
// at a list of venues, and the sides of a relationship spoken of, tell no trip between them.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('talks with a delegation', () => {
  it('"lãnh đạo tỉnh A hội đàm với Đoàn đại biểu tỉnh B": B came to A', () => {
    const text = [
      'Tin',
      'Chiều 14/3, lãnh đạo tỉnh Quảng Trị hội đàm với Đoàn đại biểu cấp cao tỉnh Salavan (Lào).',
    ].join('\n');
    expect(visits(text, '2024-03-15')).toEqual(['LA-SL>VN-25']);
  });

  it('"UBND tỉnh A làm việc với đoàn công tác tỉnh B": the hosts are not the delegation', () => {
    const text = ['Tin', 'Sáng 2/4, UBND tỉnh Gia Lai làm việc với đoàn công tác tỉnh Ratanakiri.'];
    expect(visits(text.join('\n'), '2024-04-03')).toEqual(['KH-16>VN-30']);
  });

  it('"tại cuộc hội đàm giữa lãnh đạo tỉnh A với Đoàn … tỉnh B": the hosts between the words', () => {
    const text = [
      'Tin',
      'Thỏa thuận hợp tác được ký tại cuộc hội đàm giữa lãnh đạo tỉnh Nghệ An với Đoàn đại biểu tỉnh Xiêng Khoảng chiều 5/9.',
    ].join('\n');
    expect(visits(text, '2023-09-06')).toEqual(['LA-XI>VN-22']);
  });

  it('a delegation’s own talks, "Đoàn … tỉnh A làm việc với đoàn …", stay its trip', () => {
    const text = ['Tin', 'Đoàn đại biểu tỉnh Quảng Nam làm việc với đoàn công tác tỉnh Sê Kông.'];
    expect(visits(text.join('\n'), '2023-09-06')).toEqual(['VN-27>LA-XE']);
  });

  it('talks "trong buổi làm việc với đoàn …" with no host named leave the trip to other words', () => {
    const text = [
      'Tin',
      'Việc ký kết diễn ra trong buổi làm việc với đoàn đại biểu tỉnh Champasak, trong chuyến thăm ngày 13/1 tới thành phố Pleiku, tỉnh Gia Lai.',
    ].join('\n');
    expect(visits(text, '2023-01-14')).toEqual(['LA-CH>VN-30']);
  });

  it('the hosts’ presumed home gives way to a trip the article tells the other way', () => {
    const text = [
      'Quảng Bình và Khăm Muộn',
      'Ngày 10/3, lãnh đạo tỉnh Quảng Bình làm việc với đoàn tỉnh Khăm Muộn.',
      'Cũng trong dịp này, lãnh đạo tỉnh Quảng Bình đã sang tỉnh Khăm Muộn trồng cây hữu nghị.',
    ].join('\n');
    expect(visits(text, '2024-03-11')).toEqual(['VN-24>LA-KH']);
  });
});

describe('meetings recalled at a list of venues', () => {
  it('"tại các cuộc gặp giữa Thủ tướng hai nước ở A, B và C": every place listed is a venue', () => {
    const text = [
      'Tin',
      'Hai bên cam kết tôn trọng những nội dung đã thống nhất tại các cuộc gặp giữa Thủ tướng hai nước ở Viêng Chăn, Phnôm Pênh và Hà Nội.',
    ].join('\n');
    expect(visits(text, '2018-12-06')).toEqual([]);
  });
});

describe('sides of a relationship spoken of', () => {
  it('"Đón tiếp đoàn, Bí thư … cho biết quan hệ hợp tác giữa thành phố với hai tỉnh A và B …"', () => {
    const text = [
      'Đoàn đại biểu cấp cao Lào thăm thành phố Hải Phòng',
      'Đón tiếp đoàn, Bí thư Thành ủy cho biết những năm qua, quan hệ hợp tác giữa thành phố với hai tỉnh Viêng Chăn và Oudomxay của Lào đã mang lại kết quả tích cực.',
    ].join('\n');
    expect(visits(text, '2024-12-06')).toEqual(['LA-VT*>VN-HP']);
  });
});
