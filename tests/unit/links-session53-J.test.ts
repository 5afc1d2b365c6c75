// Rules the fifty-third session's helper J drew from the probes' misreadings (long summaries,
// students from Laos and Cambodia, rolls of those present at a school's ceremony).
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

describe('a kind of place that has ties is no partner named', () => {
  it('"sinh viên Lào của các tỉnh, thành phố có quan hệ hợp tác, kết nghĩa": no pair', () => {
    expect(
      sistersOf(
        'Quảng Ngãi chăm lo sinh viên Lào\n\nEm Bua Phan (quê tỉnh Attapeu) cho biết em rất vui khi học tại đây.\nÔng Trần Văn Lộc khẳng định, tỉnh Quảng Ngãi luôn quan tâm hỗ trợ sinh viên Lào của các tỉnh, thành phố có quan hệ hợp tác, kết nghĩa.',
      ),
    ).toEqual([]);
  });

  it('the same kind followed by the partner it names still pairs them', () => {
    expect(
      sistersOf(
        'Quảng Ngãi chăm lo sinh viên Lào\n\nEm Bua Phan cho biết em rất vui khi học tại đây.\nÔng Trần Văn Lộc khẳng định, tỉnh Quảng Ngãi luôn quan tâm hỗ trợ sinh viên Lào của các tỉnh, thành phố kết nghĩa như tỉnh Attapeu.',
      ),
    ).toEqual(['LA-AT|VN-29']);
  });

  it('"các tỉnh bạn đã ký kết" after the partner’s visit still pairs them', () => {
    expect(
      sistersOf(
        'Quảng Ngãi chăm lo sinh viên Lào\n\nĐoàn đại biểu tỉnh Attapeu thăm tỉnh Quảng Ngãi ngày 3/4.\nÔng Trần Văn Lộc khẳng định, tỉnh Quảng Ngãi và các tỉnh bạn đã ký kết thỏa thuận hợp tác.',
      ),
    ).toEqual(['LA-AT|VN-29']);
  });
});

describe('a roll after an event told with its venue', () => {
  it('"Tham dự lễ … tại trường … ở tỉnh B có đại diện Bộ … Lào; …": the ministry came too', () => {
    expect(
      visitsOf(
        'Bế giảng\n\nTham dự lễ bế giảng tại trường Cao đẳng Kỹ thuật Công nghiệp Hữu nghị ở tỉnh Quảng Bình có đại diện Bộ Giáo dục và Thể thao Lào; ông Bun Thon, Phó Tỉnh trưởng tỉnh Khammouane; ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh Quảng Bình.',
      ),
    ).toEqual(['LA-KH>VN-24', 'LA-VT*>VN-24']);
  });

  it('students enrolled at a school in B are no roll of guests', () => {
    expect(
      visitsOf(
        'Du học\n\nTham gia học tập tại trường Cao đẳng Kỹ thuật Công nghiệp Hữu nghị ở tỉnh Quảng Bình có 300 lưu học sinh của tỉnh Khammouane.',
      ),
    ).toEqual([]);
  });
});

describe('an ambassador in person on a roll away from the capital', () => {
  it('"Dự lễ … ở tỉnh B có Đại sứ Việt Nam tại Lào X; ông Y, … tỉnh A": both came', () => {
    expect(
      visitsOf(
        'Khánh thành\n\nDự lễ khánh thành ở tỉnh Champasak có Đại sứ Việt Nam tại Lào Trần Văn An; ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Bình Định.',
      ),
    ).toEqual(['VN-31>LA-CH', 'VN-HN*>LA-CH']);
  });

  it('the same with the school’s venue told at length', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nTham dự lễ khánh thành tại trường Trung học Hữu nghị Việt - Lào ở tỉnh Champasak có Đại sứ Việt Nam tại Lào Trần Văn An; ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Bình Định; ông Sỉ Phon, Phó Tỉnh trưởng tỉnh Champasak.',
      ),
    ).toEqual(['VN-31>LA-CH', 'VN-HN*>LA-CH']);
  });

  it('an embassy’s representative on such a roll is left at the post', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nTham dự lễ khánh thành tại trường Trung học Hữu nghị Việt - Lào ở tỉnh Champasak có đại diện Đại sứ quán Việt Nam tại Lào; ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Bình Định; ông Sỉ Phon, Phó Tỉnh trưởng tỉnh Champasak.',
      ),
    ).toEqual(['VN-31>LA-CH']);
  });

  it('the ambassador in the capital of the country he is posted to is at his post', () => {
    expect(
      visitsOf(
        'Khánh thành trường học\n\nTham dự lễ khánh thành tại trường Trung học Hữu nghị Việt - Lào ở thủ đô Viêng Chăn có Đại sứ Việt Nam tại Lào Trần Văn An; ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Bình Định; ông Sỉ Phon, Phó Thị trưởng thủ đô Viêng Chăn.',
      ),
    ).toEqual(['VN-31>LA-VT']);
  });
});

describe('a bare "tỉnh" of the hosts on a roll', () => {
  it('"… có đại diện Bộ … Lào cùng lãnh đạo tỉnh và các sở …": the ministry came', () => {
    expect(
      visitsOf(
        'Đón Tết\n\nNgày 12/4, tại tỉnh Hòa Bình, Hội hữu nghị Việt Nam - Lào tỉnh tổ chức chương trình đón Tết Bunpimay cho lưu học sinh Lào.\nTới dự chương trình có đại diện Bộ Giáo dục và Thể thao Lào cùng lãnh đạo tỉnh và các sở ban ngành trên địa bàn.',
      ),
    ).toEqual(['LA-VT*>VN-14']);
  });

  it('a province’s leader whose titles name his party is still that province’s', () => {
    expect(
      visitsOf(
        'Đón Tết\n\nNgày 12/4, tại tỉnh Hòa Bình, Hội hữu nghị Việt Nam - Lào tỉnh tổ chức chương trình đón Tết Bunpimay cho lưu học sinh Lào.\nTới dự chương trình có ông Bun Thon, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Phó Tỉnh trưởng tỉnh Khammouane cùng lãnh đạo tỉnh và các sở ban ngành trên địa bàn.',
      ),
    ).toEqual(['LA-KH>VN-14']);
  });
});
