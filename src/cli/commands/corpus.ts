import {
  CorpusFilter,
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  compileQuery,
  documentDate,
  groupByDate,
  groupByLocality,
  groupByOfficial,
  type CorpusEntry,
  type CorpusGroup,
  type PersonGroup,
} from '../../core/corpus';
import { parseArgs, UsageError } from '../args';
import { withIndexedFolder, type CorpusCommandEnv } from '../indexFolder';
import type { CliIO } from '../main';

export const corpusUsage = `zhengwu corpus [--by locality|date|official] [--json] [--filter TEXT] [--from DATE] [--to DATE]
               [--cache FILE] [--jobs N] <folder>
  Indexes the folder's .txt/.md reports (any encoding) and prints them grouped: by locality
  (province → city → county, the default), by date (year → month) or by official (each person's
  documents, with the titles held there, oldest first). --filter keeps documents whose title,
  officials, place or path contain every word; --from/--to (YYYY, YYYY-MM, YYYY-MM-DD) a date range.
  --cache FILE keeps the index between runs (only changed files are analysed again). --jobs N:
  analysis worker threads (default: one per core; 0 analyses in this process). --json prints the tree.`;

type By = 'locality' | 'date' | 'official';


export type { CorpusCommandEnv } from '../indexFolder';

export function runCorpus(argv: readonly string[], io: CliIO): Promise<number> {
  return runCorpusWith(argv, io, {});
}

export async function runCorpusWith(argv: readonly string[], io: CliIO, env: CorpusCommandEnv): Promise<number> {
  const args = parseArgs(argv, new Set(['by', 'filter', 'from', 'to', 'cache', 'jobs']), new Set(['json']));
  if (args.positional.length !== 1) throw new UsageError(args.positional.length ? 'give one folder' : 'no folder given');
  const by = (args.options.get('by') ?? 'locality') as By;
  if (!['locality', 'date', 'official'].includes(by)) throw new UsageError(`--by takes locality, date or official, not "${by}"`);
  const jobsOpt = args.options.get('jobs');
  const jobs = jobsOpt === undefined ? undefined : Number(jobsOpt);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0 || jobs > 64)) throw new UsageError('--jobs takes a whole number from 0 to 64');
  let keep: (e: CorpusEntry) => boolean;
  try {
    keep = compileQuery({ text: opt(args.options.get('filter')), from: opt(args.options.get('from')), to: opt(args.options.get('to')) });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }

  const folder = args.positional[0];
  const cache = opt(args.options.get('cache'));
  const options = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, filter: new CorpusFilter(), jobs, cache };
  return withIndexedFolder('corpus', folder, options, io, env, (index) => {
    const entries = [...index.entries()].filter(keep);
    const groups: readonly CorpusGroup[] = by === 'date' ? groupByDate(entries) : by === 'official' ? groupByOfficial(entries) : groupByLocality(entries);
    if (args.options.has('json')) {
      const tree = {
        root: index.root,
        by,
        documents: entries.length,
        skipped: index.skipped().map((s) => ({ path: s.path, reason: s.reason })),
        groups: groups.map((g) => groupJson(g)),
      };
      io.stdout(JSON.stringify(tree, null, 2) + '\n');
    } else {
      io.stdout(`${folder}: ${plural(entries.length, 'document')}${index.skipped().length ? `, ${index.skipped().length} skipped` : ''}\n`);
      for (const g of groups) printGroup(g, 0, io);
    }
  });
}

function opt(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function groupLabel(g: CorpusGroup): string {
  if (g.kind === 'unknown-locality') return '(locality unknown)';
  if (g.kind === 'undated') return '(undated)';
  return g.description ? `${g.label} · ${g.description}` : g.label;
}

function printGroup(g: CorpusGroup, depth: number, io: CliIO): void {
  const pad = '  '.repeat(depth);
  io.stdout(`${pad}${groupLabel(g)} (${g.count})\n`);
  for (const child of g.groups()) printGroup(child, depth + 1, io);
  if (g.kind === 'person') {
    for (const stop of (g as PersonGroup).trail()) {
      io.stdout(`${pad}  ${stop.entry.path} · ${stop.entry.title || '(no title)'} · ${stop.date ?? 'undated'} · ${stop.titles.join('、') || '(no title given)'}\n`);
    }
    return;
  }
  for (const e of g.documents()) {
    io.stdout(`${pad}  ${e.path} · ${e.title || '(no title)'} · ${documentDate(e) ?? 'undated'} · ${plural(e.officials.length, 'official')}\n`);
  }
}

function documentJson(e: CorpusEntry) {
  return {
    path: e.path,
    title: e.title,
    date: documentDate(e),
    publishedAt: e.publishedAt,
    locality: { province: e.locality.province, city: e.locality.city, county: e.locality.county, confidence: e.locality.confidence },
    officials: e.officials.length,
    encoding: e.encoding,
    script: e.script,
  };
}

function groupJson(g: CorpusGroup): unknown {
  if (g.kind === 'person') {
    const p = g as PersonGroup;
    return {
      kind: p.kind,
      name: p.name,
      province: p.province,
      titles: p.titles,
      count: p.count,
      documents: p.trail().map((s) => ({ ...documentJson(s.entry), titles: s.titles, date: s.date })),
    };
  }
  return { kind: g.kind, label: g.label, count: g.count, groups: g.groups().map(groupJson), documents: g.documents().map(documentJson) };
}
