// Rules the fifty-ninth session's helper H2 drew from the headline harness (the body's visits under
// another headline): a headline quoting a leader tells what he said, not where he was.
import { describe, expect, it } from 'vitest';
import { visitsOf } from './support/visit-strings.ts';

describe('a headline quoting a leader is no trip of his', () => {
  it('"Tỉnh trưởng tỉnh B: "Mong muốn …"" over a body that tells no trip gives none', () => {
    expect(
      visitsOf(
        'Tỉnh trưởng tỉnh Savannakhet: "Mong muốn hợp tác với tỉnh Quảng Trị ngày càng sâu rộng"\n\n' +
          'Quan hệ hữu nghị giữa hai tỉnh được vun đắp qua nhiều thế hệ lãnh đạo. Năm qua, thương mại qua cửa khẩu tăng mạnh.',
      ),
    ).toEqual([]);
  });

  it('guard: "Tỉnh trưởng tỉnh B mong muốn …" as a headline over a body that tells the trip', () => {
    expect(
      visitsOf(
        'Tỉnh trưởng tỉnh Attapeu mong muốn tăng cường hợp tác với tỉnh Kon Tum\n\n' +
          'Ngày 12/3, Đoàn đại biểu tỉnh Kon Tum đã sang thăm và làm việc tại tỉnh Attapeu.',
      ),
    ).toEqual(['VN-28>LA-AT']);
  });

  it('guard: the same leader heard in the body, at the venue the article names, came there', () => {
    expect(
      visitsOf(
        'Hội nghị hợp tác tại tỉnh Quảng Trị\n\n' +
          'Sáng 5/4, hội nghị hợp tác được tổ chức tại tỉnh Quảng Trị. Phát biểu tại hội nghị, ông Bounma, Tỉnh trưởng tỉnh Savannakhet mong muốn hai tỉnh tăng cường hợp tác.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('two leaders, each named with his province, lead one delegation of both', () => {
  it('"Đoàn … do đồng chí X, Bí thư Tỉnh ủy A1 và đồng chí Y, Bí thư Tỉnh ủy A2 dẫn đầu …"', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Nhân dịp Tết Chôl Chnăm Thmây, đoàn đại biểu Việt Nam do đồng chí Lê Văn Hải, Bí thư Tỉnh ủy Long An và đồng chí Phạm Minh Tú, Bí thư Tỉnh ủy Tây Ninh dẫn đầu đã sang thăm, chúc Tết tỉnh Svay Rieng.',
      ).sort(),
    ).toEqual(['VN-37>KH-20', 'VN-41>KH-20']);
  });

  it('"do ông X, Chủ tịch UBND tỉnh A1 và ông Y, Phó Chủ tịch UBND tỉnh A2 làm trưởng đoàn"', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Đoàn công tác do ông Lê Văn Hải, Chủ tịch UBND tỉnh Quảng Trị và ông Phạm Minh Tú, Phó Chủ tịch UBND tỉnh Quảng Bình làm trưởng đoàn đã sang thăm tỉnh Savannakhet.',
      ).sort(),
    ).toEqual(['VN-24>LA-SV', 'VN-25>LA-SV']);
  });

  it('guard: a companion named after the leader clause is no second home', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Đoàn đại biểu tỉnh Long An do ông Lê Văn Hải dẫn đầu, cùng đi có lãnh đạo Sở Ngoại vụ, đã sang thăm tỉnh Svay Rieng và tỉnh Prey Veng.',
      ).sort(),
    ).toEqual(['VN-41>KH-14', 'VN-41>KH-20']);
  });
});

describe('two delegations, each led by its own leader, told before one trip cue', () => {
  it('"Đoàn tỉnh A1 do X dẫn đầu và đoàn tỉnh A2 do Y làm trưởng đoàn đã cùng sang tỉnh B"', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Ngày 3/4, đoàn công tác tỉnh Long An do Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Hải dẫn đầu và đoàn tỉnh Tây Ninh do Bí thư Tỉnh ủy Phạm Minh Tú làm trưởng đoàn đã cùng sang tỉnh Svay Rieng chúc Tết.',
      ).sort(),
    ).toEqual(['VN-37>KH-20', 'VN-41>KH-20']);
  });

  it('"… và đoàn công tác tỉnh A2 do …": the second delegation called "đoàn công tác"', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Đoàn đại biểu tỉnh Quảng Trị do ông Lê Văn Hải dẫn đầu và đoàn công tác tỉnh Quảng Bình do ông Phạm Minh Tú làm trưởng đoàn đã sang thăm tỉnh Savannakhet.',
      ).sort(),
    ).toEqual(['VN-24>LA-SV', 'VN-25>LA-SV']);
  });

  it('guard: "Đoàn tỉnh A do X dẫn đầu đã tiếp đoàn tỉnh B do Y …" keeps the host at home', () => {
    expect(
      visitsOf(
        'Tin đối ngoại\n\n' +
          'Lãnh đạo tỉnh Quảng Trị do ông Lê Văn Hải dẫn đầu đã tiếp đoàn công tác tỉnh Savannakhet do ông Bounma làm trưởng đoàn sang thăm và làm việc.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe("a national body's delegation named with its country in brackets", () => {
  it('"đoàn công tác Báo Pasaxon (Lào) đã đến thăm … tỉnh B" under a headline naming no place', () => {
    expect(
      visitsOf(
        'Hợp tác hiệu quả, thiết thực\n\n' +
          'Ngày 5/6, đoàn công tác Báo Pasaxon (Lào) đã đến thăm và làm việc tại tỉnh Nghệ An.',
      ),
    ).toEqual(['LA-VT*>VN-22']);
  });

  it('guard: "Đoàn đại biểu Tạp chí … (Lào)" (already read)', () => {
    expect(
      visitsOf(
        'Hợp tác hiệu quả, thiết thực\n\n' +
          'Sáng 9/10, Đoàn đại biểu Tạp chí Alunmay (Lào) đã sang thăm và làm việc tại tỉnh Hà Tĩnh.',
      ),
    ).toEqual(['LA-VT*>VN-23']);
  });

  it('guard: "đoàn Hội Phụ nữ tỉnh A (Lào)" is the province\'s', () => {
    expect(
      visitsOf(
        'Hợp tác hiệu quả, thiết thực\n\n' +
          'Ngày 5/6, đoàn Hội Phụ nữ tỉnh Savannakhet (Lào) đã đến thăm và làm việc tại tỉnh Quảng Trị.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});
