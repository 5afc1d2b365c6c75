// Rules the fifty-third session's helper I drew from the probes' misreadings (northern and
// north-central provinces with their Lao partners).
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('"vui mừng khi đón đoàn …": the one glad is the host', () => {
  it('"Chủ tịch UBND tỉnh B bày tỏ vui mừng khi đón đoàn đại biểu tỉnh A đến thăm, làm việc"', () => {
    expect(
      visits(
        'Hội đàm giữa hai đoàn\n\nPhó Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình bày tỏ vui mừng khi đón đoàn đại biểu tỉnh Khăm Muộn đến thăm, làm việc và mong hai bên mở rộng hợp tác.',
      ),
    ).toEqual(['LA-KH>VN-22']);
  });

  it('"… vui mừng khi được tiếp đoàn tỉnh A" reads the same', () => {
    expect(
      visits(
        'Chúc Tết tỉnh bạn\n\nBí thư Tỉnh ủy Hà Tĩnh bày tỏ vui mừng khi được tiếp đoàn tỉnh Bôlykhămxay trong những ngày đầu xuân.',
      ),
    ).toEqual(['LA-BL>VN-23']);
  });

  it('a "khi" clause with its own subject keeps its host ("khi đồng chí X … chủ trì tiễn Đoàn")', () => {
    const found = visits(
      'Tin đối ngoại\n\nNgày 14/3/2025, đồng chí Lê Văn Nam cảm ơn Thủ tướng Lào Bun Mi và Đoàn đại biểu cấp cao Chính phủ Lào thăm chính thức Việt Nam. Thủ tướng Lào Bun Mi bày tỏ vui mừng khi đồng chí Lê Văn Nam thay mặt Thủ tướng Chính phủ chủ trì tiễn Đoàn tại sân bay.',
    );
    expect(found.filter((v) => v.startsWith('VN'))).toEqual([]);
  });
});

describe('taking part in an event another province organised', () => {
  it('"Đoàn Thanh niên tỉnh A tham gia chương trình … do Tỉnh đoàn B chủ trì tổ chức": A went to B', () => {
    expect(
      visits(
        'Giao lưu thanh niên ba tỉnh\n\nTừ ngày 5 - 7/11/2023, Đoàn Thanh niên tỉnh Hà Tĩnh tham gia chương trình giao lưu thanh niên hai nước lần thứ III do Tỉnh đoàn Khăm Muộn chủ trì tổ chức.',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });

  it('the organiser’s trip is not turned round by a roll of guests later on', () => {
    expect(
      visits(
        'Giao lưu thanh niên Hà Tĩnh - Khăm Muộn\n\nTừ ngày 5 - 7/11/2023, Đoàn Thanh niên tỉnh Hà Tĩnh tham gia chương trình giao lưu thanh niên hai nước lần thứ III do Tỉnh đoàn Khăm Muộn chủ trì tổ chức.\nTham dự chương trình có đồng chí Bun Mi, Bí thư Tỉnh đoàn Khăm Muộn; đồng chí Trần Văn C, Phó Bí thư Tỉnh đoàn Hà Tĩnh.',
      ),
    ).toEqual(['VN-23>LA-KH']);
  });

  it('"Đoàn đại biểu tỉnh A do ông X … dẫn đầu đã tham dự ‹lễ hội› do tỉnh B tổ chức": A went to B', () => {
    expect(
      visits(
        'Lễ hội nông sản\n\nĐoàn công tác tỉnh Quảng Bình do ông Hoàng Văn D, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã tham dự Lễ hội nông sản do tỉnh Savannakhet tổ chức.',
      ),
    ).toEqual(['VN-24>LA-SV']);
  });

  it('two organisers ("do tỉnh B và tỉnh C phối hợp tổ chức") tell no venue', () => {
    expect(
      visits(
        'Giao lưu thanh niên\n\nĐoàn Thanh niên tỉnh Xiêng Khoảng tham gia hội trại do Tỉnh đoàn Hà Tĩnh và Tỉnh đoàn Nghệ An phối hợp tổ chức.',
      ),
    ).toEqual([]);
  });

  it('students who study in the organiser’s province take part at home', () => {
    expect(
      visits(
        'Giao lưu thanh niên\n\nLưu học sinh tỉnh Xiêng Khoảng tham gia hội thi văn nghệ do Tỉnh đoàn Nghệ An tổ chức.',
      ),
    ).toEqual([]);
  });

  it('a planned part ("sẽ tham gia") is no trip', () => {
    expect(
      visits(
        'Giao lưu thanh niên\n\nĐoàn Thanh niên tỉnh Xiêng Khoảng sẽ tham gia hội trại do Tỉnh đoàn Nghệ An tổ chức.',
      ),
    ).toEqual([]);
  });
});

describe('taking part in an event another province organised: who takes part (probe O)', () => {
  it('"người dân tỉnh A tham gia chương trình khám bệnh do Bộ CHQS tỉnh B tổ chức": B came to A', () => {
    expect(
      visits(
        'Khám bệnh\n\nHơn 500 người dân tỉnh Attapeu đã tham gia chương trình khám, chữa bệnh miễn phí do Bộ Chỉ huy Quân sự tỉnh Kon Tum tổ chức.',
      ),
    ).toEqual([]);
  });

  it('"tác giả tỉnh A tham gia cuộc thi viết do Báo B tổ chức": entries sent, no trip', () => {
    expect(
      visits(
        'Cuộc thi\n\nNhiều tác giả tỉnh Xiêng Khoảng đã tham gia cuộc thi viết về tình hữu nghị Việt - Lào do Báo Nghệ An tổ chức.',
      ),
    ).toEqual([]);
  });

  it('a contest online: taken part in from home', () => {
    expect(
      visits(
        'Cuộc thi\n\nĐoàn Thanh niên tỉnh Champasak tham gia cuộc thi tìm hiểu trực tuyến do Tỉnh đoàn An Giang tổ chức.',
      ),
    ).toEqual([]);
  });
});
