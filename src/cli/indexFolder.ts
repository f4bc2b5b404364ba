import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex, InProcessSummarizer, PoolSummarizer, defaultWorkers, type CorpusFilter, type Summarizer } from '../core/corpus';
import { walkCorpus } from '../core/corpus/walk';
import { UsageError } from './args';
import { describeFsError } from './io';
import type { CliIO } from './main';

export interface CorpusCommandEnv {
  /** Worker entry for analysis; default: analysisWorker.js beside the bundle, or the compiled worker. */
  workerScript?: string;
}

/** Folders this small are analysed in-process: starting workers would take longer than the work. */
const IN_PROCESS_MAX_FILES = 16;

export interface FolderIndexOptions {
  include: string;
  exclude: readonly string[];
  /** The same globs as a filter, for counting the files before choosing in-process analysis. */
  filter: CorpusFilter;
  /** Worker threads; 0 analyses in this process; undefined: one per core, or in-process for a small folder. */
  jobs?: number;
  /** Index cache file kept between runs. */
  cache?: string;
}

/**
 * Indexes a folder for a command and hands the index to `use`: a missing folder is exit 1, a file a
 * usage error; files that cannot be read or listed, and a cache that cannot be written, are reported
 * on stderr (`zhengwu <command>: <path>: <reason>`) and make the exit code 1 while every other file is
 * still used. The workers are always stopped. Shared by `zhengwu corpus` and `zhengwu overview`.
 */
export async function withIndexedFolder(command: string, folder: string, opts: FolderIndexOptions, io: CliIO, env: CorpusCommandEnv, use: (index: CorpusIndex) => void): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (err) {
    io.stderr(`zhengwu ${command}: ${describeFsError(err, folder)}\n`);
    return 1;
  }
  if (!stat.isDirectory()) throw new UsageError(`${folder} is not a folder`);
  const summarizer = await chooseSummarizer(folder, opts.filter, opts.jobs, env);
  const index = new CorpusIndex({ root: folder, summarizer, include: opts.include, exclude: opts.exclude });
  try {
    if (opts.cache !== undefined) {
      const loaded = await index.load(opts.cache);
      if (!loaded.ok && !loaded.missing) io.stderr(`zhengwu ${command}: ${loaded.reason}; rebuilding the index\n`);
    }
    const result = await index.refresh();
    for (const p of result.problems) io.stderr(`zhengwu ${command}: ${p.path}: ${p.reason}\n`);
    const skipped = index.skipped().sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const s of skipped) io.stderr(`zhengwu ${command}: ${s.path}: ${s.reason}\n`);
    let failed = result.problems.length > 0 || skipped.length > 0;
    if (opts.cache !== undefined) {
      const saved = await index.save(opts.cache);
      if (!saved.ok) {
        io.stderr(`zhengwu ${command}: ${saved.reason}\n`);
        failed = true;
      }
    }
    use(index);
    return failed ? 1 : 0;
  } finally {
    index.dispose();
    summarizer.dispose();
  }
}

async function chooseSummarizer(folder: string, filter: CorpusFilter, jobs: number | undefined, env: CorpusCommandEnv): Promise<Summarizer> {
  const script = env.workerScript ?? [path.join(__dirname, 'analysisWorker.js'), path.join(__dirname, '..', 'core', 'analysis', 'worker.js')].find((f) => fs.existsSync(f));
  if (!script || jobs === 0) return new InProcessSummarizer();
  if (jobs === undefined) {
    const { files } = await walkCorpus(path.resolve(folder), filter);
    if (files.length <= IN_PROCESS_MAX_FILES) return new InProcessSummarizer();
  }
  return new PoolSummarizer({ workerScript: script, size: jobs ?? defaultWorkers() });
}
