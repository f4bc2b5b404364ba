import type { Overview, PlaceNode, SloganSpread } from './types';

/**
 * Byte-order mark to put before a CSV written to a file: without it Excel reads UTF-8 as the
 * system's legacy code page and every Chinese character turns to mojibake.
 */
export const CSV_BOM = '\uFEFF';

type Cell = string | number | null;

/**
 * One RFC 4180 field. Text starting with = + - @ (or a tab or carriage return) is what spreadsheets run
 * as a formula; scraped titles are untrusted, so such a cell gets a leading apostrophe and is read as
 * text. Numbers are written as they are (a negative count is not an attack, and never occurs).
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 says, ending with a line break. */
export function csvTable(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per month; one column per series (labels as in the chart), then the month's total. */
export function timelineCsv(o: Overview): string {
  const { months, series } = o.timeline;
  const rows: Cell[][] = [['month', ...series.map((s) => s.label), 'total']];
  months.forEach((m, i) => {
    const counts = series.map((s) => s.counts[i]);
    rows.push([m, ...counts, counts.reduce((a, b) => a + b, 0)]);
  });
  return csvTable(rows);
}

/**
 * One row per place, parents before their children. A municipality's districts (and counties run by
 * their province directly) have an empty city column, as they hang from the province in the tree.
 */
export function placesCsv(o: Overview): string {
  const rows: Cell[][] = [['level', 'province', 'city', 'county', 'code', 'documents']];
  const walk = (nodes: readonly PlaceNode[], above: PlaceNode[]) => {
    for (const n of nodes) {
      const path = [...above, n];
      const at = (level: PlaceNode['level']) => path.find((p) => p.level === level)?.name ?? null;
      rows.push([n.level, at('province'), at('city'), at('county'), n.code ?? null, n.documents]);
      walk(n.children, path);
    }
  };
  walk(o.places, []);
  return csvTable(rows);
}

export function slogansCsv(o: Overview): string {
  return csvTable([
    ['slogan', 'key', 'documents', 'localities', 'provinces', 'first_seen', 'last_seen'],
    ...o.slogans.map((s) => [s.text, s.key, s.documents, s.localities, s.provinces, s.firstSeen, s.lastSeen]),
  ]);
}

/** Localities joined with `; `; titles as `title (first – last, N documents)` joined with `; `. */
export function officialsCsv(o: Overview): string {
  return csvTable([
    ['name', 'province', 'mentions', 'documents', 'localities', 'locality_count', 'titles'],
    ...o.officials.map((r) => [
      r.name,
      r.province,
      r.mentions,
      r.documents,
      r.localities.join('; '),
      r.localityCount,
      r.titles.map((t) => `${t.title} (${span(t.first, t.last)}, ${t.documents})`).join('; '),
    ]),
  ]);
}

/** One row per document using the slogan, chronological; `first_in_locality` marks where it arrived. */
export function sloganSpreadCsv(s: SloganSpread): string {
  const firsts = new Set(s.firsts.map((f) => f.path));
  return csvTable([
    ['slogan', 'date', 'locality', 'path', 'title', 'first_in_locality'],
    ...s.documents.map((d) => [s.text, d.date, d.locality, d.path, d.title, firsts.has(d.path) ? 'yes' : 'no']),
  ]);
}

function span(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  return first === last ? first : `${first} – ${last}`;
}
