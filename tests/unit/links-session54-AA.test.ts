// Rules the fifty-fourth session's helper AA drew from the probes' misreadings (ties below the
// provinces: districts, communes and villages of two border provinces).
import { describe, expect, it } from 'vitest';
import { sistersOf, visitsOf } from './support/visit-strings.ts';

describe('twinning of villages and communes', () => {
  it('"ký văn bản kết nghĩa bản – bản" after one province of each side: those two', () => {
    expect(
      sistersOf(
        'Hai bản vùng biên\n\nBản Pa Hang thuộc xã Mường Lói, huyện Điện Biên (Điện Biên) nằm sát biên giới. Năm 2016, trưởng bản Pa Hang và trưởng bản Huổi Lếch (huyện Mường Mày, tỉnh Phongsaly) đã ký văn bản kết nghĩa bản – bản.',
      ),
    ).toEqual(['LA-PH|VN-71']);
  });

  it('"Lễ kết nghĩa giữa cụm bản A và xã B" in a quote: the two provinces named before', () => {
    expect(
      sistersOf(
        'Ngày hội biên giới\n\nSáng sớm, cụm bản Na Sơn, huyện Sê Pôn, tỉnh Savannakhet (Lào) đã đông vui. Tại đây, Bộ đội Biên phòng tỉnh Quảng Trị đã bàn giao nhà văn hóa tặng bà con. Bà Y, người dân cụm bản Na Sơn, nói: “Lễ kết nghĩa bản – bản giữa cụm bản Na Sơn và xã A Xing giúp bà con nhiều việc.”',
      ),
    ).toEqual(['LA-SV|VN-25']);
  });

  it('a village twinning still to come ("sẽ tổ chức kết nghĩa bản – bản") is no link', () => {
    expect(
      sistersOf(
        'Hai bản vùng biên\n\nBản Pa Hang thuộc tỉnh Điện Biên. Cuối năm, bản Pa Hang và bản Huổi Lếch, tỉnh Phongsaly sẽ tổ chức kết nghĩa bản – bản.',
      ),
    ).toEqual([]);
  });

  it('more than one province of a side named so far: the twins’ provinces are unknown', () => {
    expect(
      sistersOf(
        'Biên giới hữu nghị\n\nCán bộ các tỉnh Quảng Trị, Thừa Thiên Huế và Salavan dự hội nghị. Năm 2015, bản La Hang đã kết nghĩa với bản Tà Ri.',
      ),
    ).toEqual([]);
  });
});

describe('a meeting held under a plan', () => {
  it('"Triển khai Kế hoạch của …, … tại huyện A đã diễn ra hội đàm … với lãnh đạo huyện B": a visit', () => {
    expect(
      visitsOf(
        'Hội đàm hai huyện\n\nTriển khai Kế hoạch của Ban Thường vụ Huyện ủy Ngọc Hồi, ngày 9 và 10/5/2023 tại huyện Ngọc Hồi đã diễn ra hội đàm giữa lãnh đạo huyện Ngọc Hồi với lãnh đạo huyện Phu Vông, tỉnh Attapeu.',
      ),
    ).toEqual(['LA-AT>VN-28']);
  });

  it('"Thực hiện kế hoạch …, tháng tới Đoàn … sẽ sang": still a trip to come', () => {
    expect(
      visitsOf(
        'Làm việc\n\nThực hiện kế hoạch năm 2024, tháng tới Đoàn đại biểu tỉnh Attapeu sẽ sang làm việc tại tỉnh Kon Tum.',
      ),
    ).toEqual([]);
  });

  it('"Theo kế hoạch, …" is the plan itself, not one carried out', () => {
    expect(
      visitsOf(
        'Làm việc\n\nTheo kế hoạch, ngày 5/3 tại huyện Đắk Glei đã diễn ra hội đàm giữa lãnh đạo huyện Đắk Glei với lãnh đạo huyện Phước Sơn của tỉnh Attapeu.',
      ),
    ).toEqual([]);
  });
});

describe('a commune, then its border district, heading the travellers', () => {
  it('"Lãnh đạo xã A, huyện X do ông … làm Trưởng đoàn … tại tỉnh B": X’s province visits B', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn\n\nNgày 9/4/2023, Lãnh đạo xã Lộc Thạnh, huyện Lộc Ninh do ông Trần Văn B làm Trưởng đoàn có buổi thăm và chúc Tết cổ truyền tại xã Snuol, tỉnh Kratie.',
      ),
    ).toEqual(['VN-58>KH-10']);
  });

  it('"xã A, huyện X tỉnh C" without a comma: the province the text names after the district, not the table', () => {
    expect(
      visitsOf(
        'Chúc Tết bạn\n\nNgày 9/4/2023, Lãnh đạo xã Lộc Thạnh, huyện Lộc Ninh tỉnh Tây Ninh có buổi thăm và chúc Tết cổ truyền tại xã Snuol, tỉnh Kratie.',
      ),
    ).toEqual(['VN-37>KH-10']);
  });
});
