// Rules the forty-eighth session's blind sets and real-page probes called for.
import { describe, expect, it } from 'vitest';
import { visitsOf as visits } from './support/visit-strings.ts';

describe('a trip to a country to attend an event the next sentence places', () => {
  it('"đoàn … đang có mặt tại Lào để tham dự Liên hoan …", then "Liên hoan diễn ra tại tỉnh B"', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn đại biểu tỉnh Hà Tĩnh đang có mặt tại Lào để tham dự Liên hoan văn nghệ hữu nghị lần thứ ba. Liên hoan diễn ra tại tỉnh Bolikhamxay, kéo dài đến ngày 15/8.',
      ),
    ).toEqual(['VN-23>LA-BL']);
  });

  it('a national society there goes to the event, not to the capital', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn Hội Hữu nghị Việt Nam - Campuchia đang có mặt tại Campuchia để tham dự Ngày hội giao lưu nhân dân. Ngày hội diễn ra tại tỉnh Kampot trong hai ngày.',
      ),
    ).toEqual(['VN-HN*>KH-7']);
  });

  it('an event the next sentence puts off to later sets no venue', () => {
    expect(
      visits(
        'Giao lưu hữu nghị\n\nNgày 12/8, đoàn Hội Hữu nghị Việt Nam - Campuchia đang có mặt tại Campuchia để tham dự Ngày hội giao lưu nhân dân. Ngày hội sẽ diễn ra tại tỉnh Kampot vào tháng sau.',
      ),
    ).toEqual(['VN-HN*>KH-12*']);
  });
});

describe('the partner country’s friendship society', () => {
  it('its president speaking at a meeting held in a province came from his capital', () => {
    expect(
      visits(
        'Hội nghị hữu nghị nhân dân\n\nSáng 5/10, hội nghị giao lưu hữu nghị nhân dân hai nước được tổ chức trong cùng ngày tại tỉnh Nghệ An. Chủ tịch Hội Hữu nghị Campuchia - Việt Nam Kim Sok Phalla bày tỏ lòng biết ơn sự giúp đỡ mà nhân dân Việt Nam đã dành cho Campuchia trong những năm tháng khó khăn trước đây.',
      ),
    ).toEqual(['KH-12*>VN-22']);
  });

  it('its provincial branch is the province’s, not the nation’s', () => {
    expect(
      visits(
        'Hội hữu nghị thăm Lào\n\nĐoàn Hội Hữu nghị Việt Nam - Lào tỉnh Gia Lai đã đến chào Hội Hữu nghị Lào - Việt Nam tỉnh Attapeu.',
      ),
    ).toEqual(['VN-30>LA-AT']);
  });

  it('a province leader who also heads the society is one guest, of his province', () => {
    expect(
      visits(
        'Lễ đón nhận Huân chương\n\nSáng 9/4, tại tỉnh Quảng Trị, hai tỉnh tổ chức lễ đón nhận Huân chương. Dự buổi lễ, phía tỉnh Savannakhet có ông Phoxay, Phó Tỉnh trưởng tỉnh Savannakhet, đồng thời là Chủ tịch Hội hữu nghị Lào - Việt Nam.',
      ),
    ).toEqual(['LA-SV>VN-25']);
  });
});

describe('neighbours named to place a venue', () => {
  it('"… tại B, địa phương có chung đường biên giới với hai tỉnh C1 và C2 của Lào" names no guests', () => {
    expect(
      visits(
        'Liên hoan hữu nghị\n\nĐà Nẵng (TTXVN) - Hội nghị cũng được tổ chức trong cùng ngày tại Quảng Trị, địa phương có chung đường biên giới với hai tỉnh Savannakhet và Salavan của Lào.',
      ),
    ).toEqual([]);
  });
});

describe('a national body met in the traveller’s own country', () => {
  it('"thăm hai cán bộ Công an Campuchia đang điều trị tại Việt Nam" is no trip', () => {
    expect(
      visits(
        'Lãnh đạo Công an tỉnh Tây Ninh thăm hai cán bộ Công an Campuchia đang điều trị tại Việt Nam\n\nNgày 4/3, Giám đốc Công an tỉnh Tây Ninh đã đến hỏi thăm hai cán bộ Công an tỉnh Svay Rieng (Campuchia) đang được cứu chữa tại Bệnh viện tỉnh.',
      ),
    ).toEqual([]);
  });

  it('met there at home, the body’s country is still the goal', () => {
    expect(
      visits(
        'Lãnh đạo Công an tỉnh Tây Ninh thăm Bộ Nội vụ Campuchia\n\nNgày 4/3, Giám đốc Công an tỉnh Tây Ninh đã sang thăm Bộ Nội vụ Campuchia.',
      ),
    ).toEqual(['VN-37>KH-12*']);
  });
});
