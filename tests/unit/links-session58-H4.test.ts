// Rules the fifty-eighth session's probe of real pages (older news, city-level ties, provincial
// portals) called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a delegation that learns from a place ("học tập kinh nghiệm tại B")', () => {
  it('a headline "Đoàn … tỉnh A học tập kinh nghiệm tại B" is A’s trip to B', () => {
    expect(
      visits(
        'Đoàn công tác tỉnh Luang Namtha học tập kinh nghiệm tại Sơn La\n\nĐoàn gồm cán bộ các sở, ngành của tỉnh bạn.',
      ),
    ).toEqual(['LA-LM>VN-05']);
  });

  it('a body of A learning at a body of B went to B', () => {
    expect(
      visits(
        'Tin hợp tác\n\nNgày 3/4, Hội Liên hiệp Phụ nữ tỉnh Kratie (Campuchia) đã nghiên cứu, học tập kinh nghiệm tại Hội Liên hiệp Phụ nữ tỉnh Bình Dương.',
      ),
    ).toEqual(['KH-10>VN-57']);
  });

  it('"học hỏi kinh nghiệm về … tại B": the topic between the words and the place', () => {
    expect(
      visits(
        'Tin hợp tác\n\nĐoàn cán bộ tỉnh Champasak (Lào) đã học hỏi kinh nghiệm về xây dựng nông thôn mới tại tỉnh Bến Tre.',
      ),
    ).toEqual(['LA-CH>VN-50']);
  });

  it('a plan to learn there is no trip yet', () => {
    expect(
      visits(
        'Tin hợp tác\n\nThời gian tới, đoàn cán bộ tỉnh Hủa Phăn sẽ học tập kinh nghiệm tại tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });

  it('students who study in a province are no delegation (no "kinh nghiệm")', () => {
    expect(
      visits(
        'Lưu học sinh Lào\n\nHiện có 300 sinh viên tỉnh Hủa Phăn (Lào) đang học tập tại tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });

  it('experience learnt from a place, with no "tại", sends nobody', () => {
    expect(
      visits(
        'Tin hợp tác\n\nTỉnh Hủa Phăn mong muốn học tập kinh nghiệm của tỉnh Thanh Hóa trong xây dựng nông thôn mới.',
      ),
    ).toEqual([]);
  });

  it('learning at home, in the learners’ own province, is no link', () => {
    expect(
      visits(
        'Tin hợp tác\n\nĐoàn cán bộ tỉnh Thanh Hóa đã học tập kinh nghiệm tại huyện Nga Sơn, tỉnh Thanh Hóa.',
      ),
    ).toEqual([]);
  });
});

describe('talks "giữa" hosts "và" a delegation (a caption’s shape)', () => {
  it('"buổi làm việc giữa lãnh đạo tỉnh A và đoàn công tác tỉnh B" is B’s visit to A', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nQuang cảnh buổi làm việc giữa lãnh đạo tỉnh Cao Bằng và đoàn công tác tỉnh Phông Sa Lỳ. Ảnh: Cổng TTĐT tỉnh',
      ),
    ).toEqual(['LA-PH>VN-04']);
  });

  it('hosts named by their body ("Sở Ngoại vụ tỉnh A và Đoàn đại biểu tỉnh B") read so too', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nToàn cảnh buổi hội đàm giữa Sở Ngoại vụ tỉnh Lạng Sơn và Đoàn đại biểu tỉnh Bò Kẹo (Lào).',
      ),
    ).toEqual(['LA-BK>VN-09']);
  });

  it('two delegations "giữa đoàn … tỉnh A và đoàn … tỉnh B" name no host', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nQuang cảnh buổi hội đàm giữa đoàn đại biểu tỉnh Hà Tĩnh và đoàn đại biểu tỉnh Khăm Muộn.',
      ),
    ).toEqual([]);
  });

  it('"và" inside the hosts’ own names is not the delegation’s', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nBuổi làm việc giữa Tỉnh ủy và UBND tỉnh Cao Bằng với đoàn công tác tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual(['LA-PH>VN-04']);
  });
});

describe('a host’s souvenir or welcoming flowers for a delegation (a caption’s shape)', () => {
  it('"Lãnh đạo tỉnh A tặng quà lưu niệm Trưởng đoàn tỉnh B" is B’s visit to A', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nPhó Chủ tịch UBND tỉnh Bình Phước tặng quà lưu niệm Trưởng đoàn tỉnh Kratie. Ảnh: Báo Bình Phước',
      ),
    ).toEqual(['KH-10>VN-58']);
  });

  it('"… tặng quà lưu niệm cho Đoàn đại biểu tỉnh B" reads so too', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nLãnh đạo tỉnh An Giang tặng quà lưu niệm cho Đoàn đại biểu tỉnh Takeo.',
      ),
    ).toEqual(['KH-21>VN-44']);
  });

  it('"tặng hoa chào mừng Đoàn … tỉnh B": flowers that welcome the guests', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nLãnh đạo tỉnh Xiêng Khoảng tặng hoa chào mừng Đoàn đại biểu cấp cao tỉnh Nghệ An.',
      ),
    ).toEqual(['VN-22>LA-XI']);
  });

  it('a souvenir for the hosts’ leaders names no delegation', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nBí thư Tỉnh ủy Điện Biên trao quà lưu niệm tặng lãnh đạo tỉnh Phông Sa Lỳ.',
      ),
    ).toEqual([]);
  });

  it('one delegation’s gift to another names no host', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nĐoàn đại biểu tỉnh Sơn La tặng quà lưu niệm cho Đoàn đại biểu tỉnh Hủa Phăn.',
      ),
    ).not.toContain('LA-HO>VN-05');
  });
});

describe('talks "giữa" a delegation "và / với" its hosts (the delegation named first)', () => {
  it('"buổi làm việc giữa đoàn công tác tỉnh A và lãnh đạo tỉnh B" is A’s visit to B', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nQuang cảnh buổi làm việc giữa đoàn công tác tỉnh Hà Tĩnh và lãnh đạo tỉnh Khăm Muộn. Ảnh: Báo Hà Tĩnh',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });

  it('"buổi hội đàm giữa Đoàn đại biểu … tỉnh A với UBND tỉnh B" reads so too', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nBuổi hội đàm giữa Đoàn đại biểu cấp cao tỉnh Attapeu với UBND tỉnh Kon Tum diễn ra thân mật.',
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('two delegations named together name no host', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nHội đàm giữa đoàn đại biểu cấp cao tỉnh Sơn La và đoàn đại biểu tỉnh Hủa Phăn.',
      ),
    ).toEqual([]);
  });
});

describe('a delegation met by a body of the state (guard)', () => {
  it('"giữa đoàn Ban … Trung ương và Ủy ban Trung ương Mặt trận Lào … tại Thủ đô Viêng Chăn" stays national', () => {
    expect(
      visits(
        'Tin đối ngoại\n\nBuổi làm việc giữa đoàn Ban Dân vận Trung ương và Ủy ban Trung ương Mặt trận Lào xây dựng đất nước tại Thủ đô Viêng Chăn.',
      ),
    ).not.toContain('VN-HN*>LA-VT');
  });
});
