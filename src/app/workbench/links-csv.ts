// The links of a dataset as CSV for a spreadsheet: one row per link and article. Every field is
// quoted, and a cell a spreadsheet would run as a formula (= + - @, tab, CR first) is prefixed
// with an apostrophe (OWASP's advice on CSV injection): article text is untrusted.
import type { Dataset } from '../state/atlas-data.ts';

const HEADER = [
  'kind',
  'from_id',
  'from_name',
  'from_iso',
  'from_level',
  'to_id',
  'to_name',
  'to_iso',
  'to_level',
  'date',
  'article_id',
  'article_title',
  'article_date',
  'article_url',
  'evidence',
];

export function csvCell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return `"${v.replace(/"/g, '""')}"`;
}

export function linksCsv(dataset: Dataset): string {
  const name = new Map(dataset.places.features.map((f) => [f.properties.id, f.properties.name]));
  const article = new Map(dataset.articles.articles.map((a) => [a.id, a]));
  const rows = [HEADER];
  for (const { properties: l } of dataset.links.features) {
    for (const r of l.articles) {
      const a = article.get(r.article);
      rows.push([
        l.kind,
        l.from.id,
        name.get(l.from.id) ?? '',
        l.from.iso,
        l.from.level,
        l.to.id,
        name.get(l.to.id) ?? '',
        l.to.iso,
        l.to.level,
        r.date ?? '',
        r.article,
        a?.title ?? '',
        a?.date ?? '',
        a?.url ?? '',
        r.evidence,
      ]);
    }
  }
  // The BOM makes Excel read the Vietnamese as UTF-8; CRLF is RFC 4180's line break.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
