// Rules the fifty-fifth session's helper KK drew from the annotated sets' misses (delegations a
// body sends across, counted).
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('counted delegations a body sends', () => {
  it('"tỉnh A tổ chức gần 30 đoàn sang các tỉnh B1, B2": a visit to each', () => {
    expect(
      visitsOf(
        'Quan hệ hai bên\n\nTrong năm 2021, tỉnh Tây Ninh đã tổ chức gần 30 đoàn sang các tỉnh Kampong Cham, Svay Rieng để dự lễ hội truyền thống.',
      ),
    ).toEqual(['VN-37>KH-3', 'VN-37>KH-20']);
  });

  it('"Bộ Chỉ huy … tỉnh A tổ chức 5 đoàn công tác sang thăm tỉnh B": a visit', () => {
    expect(
      visitsOf(
        'Đối ngoại quốc phòng\n\nNăm 2020, Bộ Chỉ huy Quân sự tỉnh Quảng Bình đã tổ chức 5 đoàn công tác sang thăm tỉnh Khammouane.',
      ),
    ).toEqual(['VN-24>LA-KH']);
  });

  it('"tỉnh A cử hơn 10 đoàn sang tỉnh B": a rounded count after "cử" too', () => {
    expect(
      visitsOf(
        'Quan hệ hai bên\n\nNăm 2019, tỉnh Nghệ An đã cử hơn 10 đoàn sang tỉnh Xiêng Khoảng để trao quà.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('"hơn 10 đoàn khách đã sang thăm tỉnh B": guests counted, no sender, no link', () => {
    expect(
      visitsOf(
        'Giao lưu\n\nNăm 2019, hơn 10 đoàn khách đã sang thăm tỉnh Xiêng Khoảng để tìm hiểu văn hóa.',
      ),
    ).toEqual([]);
  });

  it('a count not after a sending verb ("đón tiếp 12 đoàn") stays a tally', () => {
    expect(
      visitsOf(
        'Quan hệ hai bên\n\nNăm 2019, tỉnh Nghệ An đã tổ chức tiếp 12 đoàn sang tỉnh Xiêng Khoảng.',
      ),
    ).toEqual([]);
  });
});

describe('a foreign governor’s proposal at a meeting', () => {
  it('"Ông X, Phó Tỉnh trưởng tỉnh B đề nghị …" at a meeting held in A: B came to A', () => {
    expect(
      visitsOf(
        'Hợp tác đào tạo\n\nSáng 12/9, tại thành phố Điện Biên Phủ, tỉnh Điện Biên và các tỉnh Bắc Lào đã tổ chức hội nghị về hợp tác đào tạo. Ông Khamphon Sisavath, Phó Tỉnh trưởng tỉnh Oudomxay đề nghị các trường của Điện Biên mở thêm lớp tiếng Việt.',
      ),
    ).toEqual(['LA-OU>VN-71']);
  });

  it('"Lãnh đạo tỉnh B đề nghị …": a side that may have written it, no trip', () => {
    expect(
      visitsOf(
        'Hợp tác đào tạo\n\nSáng 12/9, tại thành phố Điện Biên Phủ, tỉnh Điện Biên và các tỉnh Bắc Lào đã tổ chức hội nghị về hợp tác đào tạo. Lãnh đạo tỉnh Oudomxay đề nghị các trường của Điện Biên mở thêm lớp tiếng Việt.',
      ),
    ).toEqual([]);
  });
});

describe('a foreign governor’s written request (helper QQ)', () => {
  it('"Ông X, Phó Tỉnh trưởng tỉnh B đã gửi thư đề nghị …": a letter sent from home, no trip', () => {
    expect(
      visitsOf(
        'Họp khẩn\n\nChiều 10/8, tại thành phố Vinh, UBND tỉnh Nghệ An họp khẩn về công tác cứu trợ. Ông Phonesavanh, Phó Tỉnh trưởng tỉnh Bolikhamxay đã gửi thư đề nghị tỉnh Nghệ An giúp đỡ lương thực.',
      ),
    ).toEqual([]);
  });

  it('"… có văn bản đề nghị …": a written request, no trip', () => {
    expect(
      visitsOf(
        'Họp khẩn\n\nChiều 10/8, tại thành phố Vinh, UBND tỉnh Nghệ An họp khẩn về công tác cứu trợ. Ông Phonesavanh, Phó Tỉnh trưởng tỉnh Bolikhamxay có văn bản đề nghị tỉnh Nghệ An giúp đỡ lương thực.',
      ),
    ).toEqual([]);
  });
});

describe('the other side’s reply ("Về phần mình, …")', () => {
  it('"Về phần mình, ông X, Tỉnh trưởng tỉnh B, cảm ơn …" at a ceremony held in A: B came to A', () => {
    expect(
      visitsOf(
        'Kỷ niệm quan hệ hai nước\n\nSáng 3/9, tại thành phố Vinh, tỉnh Nghệ An long trọng tổ chức lễ kỷ niệm quan hệ hữu nghị Việt Nam - Lào. Về phần mình, ông Bounmy Phommachanh, Tỉnh trưởng tỉnh Khammouane, cảm ơn sự giúp đỡ của nhân dân Việt Nam.',
      ),
    ).toEqual(['LA-KH>VN-22']);
  });

  it('the same reply where the article never says where the talks were held: no trip', () => {
    expect(
      visitsOf(
        'Trao đổi kinh nghiệm\n\nLãnh đạo tỉnh Nghệ An và tỉnh Khammouane đã trao đổi về hợp tác phát triển kinh tế. Về phần mình, ông Bounmy Phommachanh, Tỉnh trưởng tỉnh Khammouane, cảm ơn sự giúp đỡ của tỉnh Nghệ An.',
      ),
    ).toEqual([]);
  });
});

describe('a signing named with its document', () => {
  it('"Lễ ký kết biên bản ghi nhớ hợp tác giai đoạn … giữa tỉnh A và tỉnh B, ngày …, tại C (of A)"', () => {
    expect(
      visitsOf(
        'Hai tỉnh hợp tác\n\nLễ ký kết biên bản ghi nhớ hợp tác giai đoạn 2021-2025 giữa tỉnh Đồng Tháp và tỉnh Prey Veng của Campuchia, ngày 12/6 tại thành phố Cao Lãnh.',
      ),
    ).toEqual(['KH-14>VN-45']);
  });

  it('a document named but no venue: no trip', () => {
    expect(
      visitsOf(
        'Hai tỉnh hợp tác\n\nLễ ký kết biên bản ghi nhớ hợp tác giai đoạn 2021-2025 giữa tỉnh Đồng Tháp và tỉnh Prey Veng của Campuchia đã diễn ra trực tuyến.',
      ),
    ).toEqual([]);
  });
});
