import * as fs from 'fs';
import * as path from 'path';
import {
  CorpusFilter,
  CorpusIndex,
  InProcessSummarizer,
  PoolSummarizer,
  compileQuery,
  defaultWorkers,
  documentDate,
  groupByDate,
  groupByLocality,
  groupByOfficial,
  type CorpusEntry,
  type CorpusGroup,
  type PersonGroup,
  type Summarizer,
} from '../../core/corpus';
import { walkCorpus } from '../../core/corpus/walk';
import { parseArgs, UsageError } from '../args';
import { describeFsError } from '../io';
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

/** Folders this small are analysed in-process: starting workers would take longer than the work. */
const IN_PROCESS_MAX_FILES = 16;

export interface CorpusCommandEnv {
  /** Worker entry for analysis; default: analysisWorker.js beside the bundle, or the compiled worker. */
  workerScript?: string;
}

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
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (err) {
    io.stderr(`zhengwu corpus: ${describeFsError(err, folder)}\n`);
    return 1;
  }
  if (!stat.isDirectory()) throw new UsageError(`${folder} is not a folder`);

  const summarizer = await chooseSummarizer(folder, jobs, env);
  const index = new CorpusIndex({ root: folder, summarizer });
  let failed = false;
  try {
    const cache = args.options.get('cache');
    if (typeof cache === 'string') {
      const loaded = await index.load(cache);
      if (!loaded.ok && !loaded.missing) io.stderr(`zhengwu corpus: ${loaded.reason}; rebuilding the index\n`);
    }
    const result = await index.refresh();
    for (const p of result.problems) io.stderr(`zhengwu corpus: ${p.path}: ${p.reason}\n`);
    for (const s of index.skipped().sort((a, b) => (a.path < b.path ? -1 : 1))) io.stderr(`zhengwu corpus: ${s.path}: ${s.reason}\n`);
    failed = result.problems.length > 0 || index.skipped().length > 0;
    if (typeof cache === 'string') {
      const saved = await index.save(cache);
      if (!saved.ok) {
        io.stderr(`zhengwu corpus: ${saved.reason}\n`);
        failed = true;
      }
    }
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
  } finally {
    index.dispose();
    summarizer.dispose();
  }
  return failed ? 1 : 0;
}

function opt(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

async function chooseSummarizer(folder: string, jobs: number | undefined, env: CorpusCommandEnv): Promise<Summarizer> {
  const script = env.workerScript ?? [path.join(__dirname, 'analysisWorker.js'), path.join(__dirname, '..', '..', 'core', 'analysis', 'worker.js')].find((f) => fs.existsSync(f));
  if (!script || jobs === 0) return new InProcessSummarizer();
  if (jobs === undefined) {
    const { files } = await walkCorpus(path.resolve(folder), new CorpusFilter());
    if (files.length <= IN_PROCESS_MAX_FILES) return new InProcessSummarizer();
  }
  return new PoolSummarizer({ workerScript: script, size: jobs ?? defaultWorkers() });
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
