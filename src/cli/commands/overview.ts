import { sloganKey } from '../../core/analysis/slogans/key';
import {
  CorpusFilter,
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  compileQuery,
  type CorpusEntry,
} from '../../core/corpus';
import {
  buildOverview,
  officialsCsv,
  placesCsv,
  sloganSpread,
  sloganSpreadCsv,
  slogansCsv,
  timelineCsv,
  type Overview,
  type SloganSpread,
} from '../../core/corpus/overview';
import { parseArgs, UsageError } from '../args';
import type { CliIO } from '../main';
import { withIndexedFolder, type CorpusCommandEnv } from '../indexFolder';

export const overviewUsage = `zhengwu overview [--json | --csv timeline|places|slogans|officials|spread] [--slogan TEXT] [--top N]
                 [--filter TEXT] [--from DATE] [--to DATE] [--include GLOB] [--exclude GLOB]
                 [--cache FILE] [--jobs N] <folder>
  Indexes the folder's reports and summarises the corpus: reports per month and province, places
  (province → city → county), the most widespread slogans (localities, documents, first and last
  seen) and the most mentioned officials with their localities and titles over time. --slogan shows
  where and when one slogan appeared (first appearance per locality, every document using it).
  --json prints every aggregate (the data of the Corpus Overview panel); --csv one table (spread needs
  --slogan). --top N: rows of the slogan and official lists (default 10 in text, 30 otherwise).
  --filter/--from/--to as for \`zhengwu corpus\`; --include GLOB replaces the documents glob
  (${DEFAULT_INCLUDE}), --exclude GLOB adds to the excluded ones (several: '**/{drafts,old}/**').
  --cache/--jobs as for \`zhengwu corpus\`. CSV is RFC 4180 (CRLF), UTF-8 without a byte-order mark.`;

const CSV_TABLES = ['timeline', 'places', 'slogans', 'officials', 'spread'] as const;
type CsvTable = (typeof CSV_TABLES)[number];

const TEXT_TOP = 10;

export function runOverview(argv: readonly string[], io: CliIO): Promise<number> {
  return runOverviewWith(argv, io, {});
}

export async function runOverviewWith(argv: readonly string[], io: CliIO, env: CorpusCommandEnv): Promise<number> {
  const args = parseArgs(argv, new Set(['csv', 'slogan', 'top', 'filter', 'from', 'to', 'include', 'exclude', 'cache', 'jobs']), new Set(['json']));
  if (args.positional.length !== 1) throw new UsageError(args.positional.length ? 'give one folder' : 'no folder given');
  const json = args.options.has('json');
  const csv = text(args.options.get('csv')) as CsvTable | undefined;
  if (json && csv) throw new UsageError('--json and --csv exclude each other');
  if (csv && !CSV_TABLES.includes(csv)) throw new UsageError(`--csv takes ${CSV_TABLES.join(', ')}, not "${csv}"`);
  const slogan = text(args.options.get('slogan'));
  if (slogan !== undefined && !sloganKey(slogan)) throw new UsageError(`--slogan "${slogan}" has no characters left once punctuation is dropped`);
  if (csv === 'spread' && slogan === undefined) throw new UsageError('--csv spread needs --slogan');
  const top = whole(args.options.get('top'), '--top', 1, 100000);
  const jobs = whole(args.options.get('jobs'), '--jobs', 0, 64);
  let keep: (e: CorpusEntry) => boolean;
  let filter: CorpusFilter;
  const include = text(args.options.get('include')) ?? DEFAULT_INCLUDE;
  const exclude = [...DEFAULT_EXCLUDE, ...(text(args.options.get('exclude')) ? [text(args.options.get('exclude'))!] : [])];
  try {
    keep = compileQuery({ text: text(args.options.get('filter')), from: text(args.options.get('from')), to: text(args.options.get('to')) });
    filter = new CorpusFilter(include, exclude);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }

  const folder = args.positional[0];
  const options = { include, exclude, filter, jobs, cache: text(args.options.get('cache')) };
  return withIndexedFolder('overview', folder, options, io, env, (index) => {
    const skipped = index.skipped();
    const entries = [...index.entries()].filter(keep);
    const rows = top ?? (json || csv ? undefined : TEXT_TOP);
    const overview = buildOverview(entries, index.revision, { topSlogans: rows, topOfficials: rows });
    const spread = slogan === undefined ? undefined : sloganSpread(entries, slogan);
    if (json) {
      const skippedJson = skipped.map((s) => ({ path: s.path, reason: s.reason })).sort((a, b) => (a.path < b.path ? -1 : 1));
      io.stdout(JSON.stringify({ root: index.root, ...overview, skipped: skippedJson, ...(spread ? { sloganSpread: spread } : {}) }, null, 2) + '\n');
    } else if (csv) {
      io.stdout(csvOf(csv, overview, spread));
    } else {
      io.stdout(spread ? spreadText(spread) : overviewText(folder, overview, skipped.length));
    }
  });
}

function text(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function whole(v: string | true | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} takes a whole number from ${min} to ${max}`);
  return n;
}

function csvOf(table: CsvTable, o: Overview, spread: SloganSpread | undefined): string {
  switch (table) {
    case 'timeline':
      return timelineCsv(o);
    case 'places':
      return placesCsv(o);
    case 'slogans':
      return slogansCsv(o);
    case 'officials':
      return officialsCsv(o);
    case 'spread':
      return sloganSpreadCsv(spread!);
  }
}

function count(n: number, word: string, plural = word + 's'): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

function dates(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  return first === last ? first : `${first} – ${last}`;
}

/** The overview as a few short ranked lists: what a reader wants at a glance, the rest is in --json. */
export function overviewText(folder: string, o: Overview, skipped: number): string {
  const lines: string[] = [];
  const { months, series, undated, withoutMonth } = o.timeline;
  const span = months.length ? `, ${months[0]} – ${months[months.length - 1]}` : '';
  lines.push(`${folder}: ${count(o.documents, 'document')} (${o.dated} dated${span}; ${o.located} with a known province)${skipped ? `, ${skipped} skipped` : ''}`);

  if (o.places.length) {
    lines.push('', 'Provinces:');
    for (const p of o.places.slice(0, TEXT_TOP)) {
      const below = p.children.map((c) => `${c.name} ${c.documents}`).join(', ');
      lines.push(`  ${p.name} ${p.documents}${below ? ` — ${below}` : ''}`);
    }
    if (o.places.length > TEXT_TOP) lines.push(`  … ${count(o.places.length - TEXT_TOP, 'more province')}`);
  }

  if (months.length) {
    lines.push('', 'Reports per year:');
    const years = new Map<string, number>();
    months.forEach((m, i) => years.set(m.slice(0, 4), (years.get(m.slice(0, 4)) ?? 0) + series.reduce((sum, s) => sum + s.counts[i], 0)));
    lines.push('  ' + [...years].filter(([, n]) => n > 0).map(([y, n]) => `${y} ${n}`).join(' · '));
    const busiest = months
      .map((m, i) => ({ m, n: series.reduce((sum, s) => sum + s.counts[i], 0), i }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || (a.m < b.m ? -1 : 1))
      .slice(0, 5);
    lines.push('Busiest months:');
    for (const { m, n, i } of busiest) {
      const parts = series.filter((s) => s.counts[i] > 0).map((s) => `${s.label} ${s.counts[i]}`);
      lines.push(`  ${m} ${n} — ${parts.join(', ')}`);
    }
  }
  if (undated || withoutMonth) {
    lines.push(`Not on the timeline: ${[undated ? `${undated} undated` : '', withoutMonth ? `${withoutMonth} dated to a year or quarter only` : ''].filter(Boolean).join(', ')}`);
  }

  if (o.slogans.length) {
    lines.push('', 'Most widespread slogans:');
    for (const s of o.slogans) lines.push(`  ${s.text} — ${count(s.localities, 'locality', 'localities')}, ${count(s.documents, 'document')}, ${dates(s.firstSeen, s.lastSeen)}`);
  }

  if (o.officials.length) {
    lines.push('', 'Most mentioned officials:');
    for (const r of o.officials) {
      const who = r.split ? `${r.name} (${r.province ?? 'unplaced'})` : r.name;
      const titles = r.titles.map((t) => `${t.title} ${dates(t.first, t.last)}`).join('; ');
      const where = r.localities.slice(0, 3).join('; ') + (r.localityCount > 3 ? ` +${r.localityCount - 3}` : '');
      lines.push(`  ${who} — ${count(r.mentions, 'mention')} in ${count(r.documents, 'document')}${where ? ` · ${where}` : ''}${titles ? ` · ${titles}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Where and when a slogan arrived, then every document using it. */
export function spreadText(s: SloganSpread): string {
  if (!s.documents.length) return `No document uses the slogan ${s.text}.\n`;
  const lines = [`Slogan ${s.text}: ${count(s.documents.length, 'document')}${s.undatedDocuments ? ` (${s.undatedDocuments} undated)` : ''}`, '', 'First appearance per locality:'];
  for (const f of s.firsts) lines.push(`  ${f.date ?? 'undated'}  ${f.locality || '(locality unknown)'}  ${f.path}`);
  lines.push('', 'Documents:');
  for (const d of s.documents) lines.push(`  ${d.date ?? 'undated'}  ${d.locality || '(locality unknown)'}  ${d.path} · ${d.title || '(no title)'}`);
  return lines.join('\n') + '\n';
}
