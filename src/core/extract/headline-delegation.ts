// A headline that names the delegation by its country alone ("Đoàn đại biểu Campuchia thăm, chúc
// Tết tại Long An") over a body that names the provinces it came from ("Đoàn đại biểu hai tỉnh A và
// B của Vương quốc Campuchia đã sang thăm … tỉnh Long An"): the headline sums up those provinces'
// trip; no national body travelled.
import type { FoundLink } from '../types.ts';
import {
  centralOwner,
  countryWords,
  delegationCountry,
  nationalActorNear,
  nationalBodyIndex,
} from './actors.ts';
import { leaderCountry } from './foreign-leaders.ts';

/** The national visits to drop from `links` (keys of the map), by the rule above. */
export function headlineDelegations(
  links: ReadonlyMap<string, FoundLink>,
  titleEnd: number,
  /** Whether a quote recalls an earlier trip ("nhắc lại chuyến thăm của đoàn tỉnh A … năm 2013"). */
  recalls: (evidence: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const [k, link] of links) {
    if (link.kind !== 'visit' || link.from.level !== 'national' || link.evidenceSpan[0] >= titleEnd)
      continue;
    const lower = link.evidence.normalize('NFC').toLowerCase();
    const country = delegationCountry(lower);
    // (Only a delegation named first: "Phó Thủ tướng Lào và đoàn đại biểu Lào …" is a leader's;
    // "Hai đoàn đại biểu Campuchia …", counted, names no national body at all.)
    const national = nationalBodyIndex(lower);
    if (country === null || (national >= 0 && national < lower.indexOf('đoàn'))) continue;
    const provinces = [...links.values()].filter(
      (v) =>
        v.kind === 'visit' &&
        v.from.level === 'local' &&
        v.from.iso.startsWith(country) &&
        v.to.iso === link.to.iso &&
        v.evidenceSpan[0] >= titleEnd &&
        // (Not a province's earlier trip the body recalls: another event than the headline's.)
        !recalls(v.evidence),
    );
    // (Not where the body names who led them or went with them: "Samdech Men Sam An dẫn đầu đoàn
    // đại biểu Campuchia, cùng lãnh đạo hai tỉnh A và B, …", "Cùng đi với đoàn có lãnh đạo các cơ
    // quan Trung ương Campuchia và lãnh đạo hai tỉnh A, B": a national delegation the provinces
    // joined.)
    const led = provinces.some((v) => {
      const body = v.evidence.normalize('NFC').toLowerCase();
      return (
        leaderCountry(body) === country ||
        nationalActorNear(body) === country ||
        (centralOwner(body) && countryWords(body).some((w) => w.country === country))
      );
    });
    if (provinces.length > 0 && !led) out.push(k);
  }
  return out;
}
