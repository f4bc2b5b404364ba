import type { SkippedFile } from './store';
import type { Summarizer } from './summarizer';
import type { WalkProblem } from './walk';

export interface CorpusIndexOptions {
  /** The corpus folder; entries are keyed by paths relative to it. */
  root: string;
  /** Glob of documents (default DEFAULT_INCLUDE: `.txt` and `.md` files at any depth). */
  include?: string;
  /** Globs never indexed; a matching folder is not entered (default DEFAULT_EXCLUDE). */
  exclude?: readonly string[];
  /** Larger files are skipped unread (default 50 MB). */
  maxFileBytes?: number;
  /** Stored in the cache; a cache written with another value is rejected (e.g. the extension version). */
  analysisVersion?: string;
  /** Analysis in worker threads running this script (dist/analysisWorker.js, or out/src/core/analysis/worker.js). */
  workerScript?: string;
  /** Worker threads for `workerScript` (default: the number of cores). */
  workers?: number;
  onWorkerCrash?: (err: Error) => void;
  /** Overrides workerScript: how documents are summarised (a shared pool, a wrapper in tests). */
  summarizer?: Summarizer;
  /** Refresh announces progress in changes of this many documents (default 100). */
  batchSize?: number;
}

export interface RefreshOptions {
  signal?: AbortSignal;
  /** Documents looked at (read, hashed, maybe analysed) of those whose size or time changed. */
  onProgress?: (done: number, total: number) => void;
}

export interface RefreshResult {
  /** Documents on disk matching the filter. */
  files: number;
  /** Documents analysed in this run. */
  analysed: number;
  /** Documents whose entry (or skip record) was still valid: no read, or same content hash. */
  unchanged: number;
  added: string[];
  changed: string[];
  removed: string[];
  renamed: Rename[];
  /** Files skipped in this run (all of them: `CorpusIndex.skipped()`). */
  skipped: SkippedFile[];
  /** Folders or files that could not be listed or stat'ed. */
  problems: WalkProblem[];
  cancelled: boolean;
}

export interface Rename {
  from: string;
  to: string;
}

/** Entries that changed, by relative path. `reset`: everything may have changed (a cache was loaded). */
export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
  renamed: Rename[];
  skipped: string[];
  reset: boolean;
}

export type UpdateOutcome = 'added' | 'changed' | 'unchanged' | 'renamed' | 'removed' | 'skipped' | 'ignored';

export type LoadOutcome = { ok: true; entries: number; skipped: number } | { ok: false; reason: string; missing?: boolean };

/** What looking at one file did (internal to the index). */
export type Examined = { kind: 'added' | 'changed' | 'unchanged' | 'gone' | 'stale' } | { kind: 'renamed'; from: string } | { kind: 'skipped'; skip: SkippedFile };

export interface Disposable {
  dispose(): void;
}

export function emptyChange(): CorpusChange {
  return { added: [], changed: [], removed: [], renamed: [], skipped: [], reset: false };
}

export function hasChanges(c: CorpusChange): boolean {
  return c.reset || c.added.length + c.changed.length + c.removed.length + c.renamed.length + c.skipped.length > 0;
}
