// Lao and Cambodian leaders Vietnamese articles name by title and name alone ("Thủ tướng Hun Sen",
// "Chủ tịch nước Thongloun Sisoulith"): a title with no country is read as Vietnam's, so these
// names, facts of who led whom, say the country instead. Lower case, in the spellings articles use.
import type { CountryCode } from '../types.ts';

const NAMES: Record<string, CountryCode> = {
  'hun sen': 'KH',
  'hun xen': 'KH',
  'hun manet': 'KH',
  'hun ma-nét': 'KH',
  'norodom sihamoni': 'KH',
  'heng samrin': 'KH',
  'hêng xom-rin': 'KH',
  'say chhum': 'KH',
  'khuon sudary': 'KH',
  'sar kheng': 'KH',
  'tea banh': 'KH',
  'prak sokhonn': 'KH',
  'men sam an': 'KH',
  'chea sim': 'KH',
  'thongloun sisoulith': 'LA',
  'thoong-lun xi-xu-lít': 'LA',
  'sonexay siphandone': 'LA',
  sonexay: 'LA',
  'sô-nê-xay xi-phăn-đôn': 'LA',
  'phankham viphavanh': 'LA',
  'phăn-khăm vi-pha-văn': 'LA',
  'bounnhang vorachith': 'LA',
  'bun-nhăng vo-la-chít': 'LA',
  'choummaly sayasone': 'LA',
  'chummaly sayasone': 'LA',
  'chum-ma-ly xay-nha-xỏn': 'LA',
  'saysomphone phomvihane': 'LA',
  'xay-xổm-phon phôm-vi-hản': 'LA',
  'pany yathotou': 'LA',
  'thongsing thammavong': 'LA',
};

const LEADER = new RegExp(
  `(?<![\\p{L}])(${Object.keys(NAMES)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** The country of a known Lao or Cambodian leader named in a lower-cased phrase, else null. */
export function leaderCountry(lower: string): CountryCode | null {
  const m = LEADER.exec(lower);
  return m ? NAMES[m[1]!]! : null;
}

/** The known leaders an article names, by name (for "ông Hun Sen" later on). */
export function knownLeaders(lower: string): [string, CountryCode][] {
  return Object.entries(NAMES).filter(([name]) => lower.includes(name));
}
