import { analyzeText, type FullAnalysis } from '../../core/analysis/analyze';
import { prepare, type Prepared } from '../../core/text';
import { parseArgs, UsageError } from '../args';
import { expandInputs } from '../inputs';
import { readInput } from '../io';
import type { CliIO } from '../main';

export const analyzeUsage = `zhengwu analyze [--json|--csv] [--text] <files or folders…>
  Who, when, where, what for each document. --json (default): an array with one object per document,
  offsets into its cleaned Simplified text (included with --text). --csv: one row per official mention.`;

/** The documented export schema (README "zhengwu analyze"). */
export function toRecord(file: string, p: Prepared, a: FullAnalysis, withText: boolean) {
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  return {
    path: file,
    script: p.script.script,
    title: a.title,
    publishedAt: a.publishedAt ?? null,
    meetingDates: a.meetingDates,
    locality: {
      province: a.locality.province ?? null,
      city: a.locality.city ?? null,
      county: a.locality.county ?? null,
      confidence: a.locality.confidence,
      evidence: a.locality.evidence.map((e) => e.reason),
    },
    officials: a.officials.map((o) => ({ name: o.name, titles: o.titles, mentions: o.mentions.map(span) })),
    people: a.people.map((x) => ({ name: x.name, role: x.role })),
    dates: a.dates.map((d) => ({ text: d.text, iso: d.iso, start: d.start, end: d.end })),
    directives: a.directives.map((d) => ({ start: d.start, end: d.end, speaker: d.speaker ?? null, kind: d.kind })),
    slogans: a.slogans.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    boilerplate: a.boilerplate.map(span),
    corrupt: p.cleaning.corrupt.map(span),
    ...(withText ? { text: p.text } : {}),
  };
}

export type AnalysisRecord = ReturnType<typeof toRecord>;

const CSV_COLUMNS = ['document', 'title', 'province', 'city', 'county', 'published', 'name', 'titles', 'start', 'end'];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(r: AnalysisRecord): string[] {
  return r.officials.flatMap((o) =>
    o.mentions.map((m) =>
      [r.path, r.title, r.locality.province, r.locality.city, r.locality.county, r.publishedAt, o.name, o.titles.join('、'), m.start, m.end]
        .map(csvCell)
        .join(','),
    ),
  );
}

export function runAnalyze(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, new Set(), new Set(['json', 'csv', 'text']));
  if (args.options.has('json') && args.options.has('csv')) throw new UsageError('--json and --csv exclude each other');
  if (args.options.has('csv') && args.options.has('text')) throw new UsageError('--text goes with --json');
  if (args.positional.length === 0) throw new UsageError('no input files or folders');
  const { files, errors } = expandInputs(args.positional);
  for (const e of errors) io.stderr(`zhengwu analyze: ${e}\n`);
  let failed = errors.length;
  const csv = args.options.has('csv');
  if (csv) io.stdout('\ufeff' + CSV_COLUMNS.join(',') + '\n');
  else io.stdout('[');
  let first = true;
  for (const file of files) {
    try {
      const p = prepare(readInput(file));
      const record = toRecord(file, p, analyzeText(p.text, { pathHint: file }), args.options.has('text'));
      if (csv) {
        for (const row of csvRows(record)) io.stdout(row + '\n');
      } else {
        io.stdout((first ? '\n' : ',\n') + JSON.stringify(record, null, 2).replace(/^/gm, '  '));
        first = false;
      }
    } catch (err) {
      failed++;
      io.stderr(`zhengwu analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (!csv) io.stdout(first ? ']\n' : '\n]\n');
  return failed > 0 ? 1 : 0;
}
