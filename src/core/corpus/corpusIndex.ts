import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSize, DEFAULT_MAX_BYTES } from './decode';
import { CancelledError } from '../analysis/pool';
import { DecodeError } from './decodeError';
import { readCache, writeCache, type SkippedFile, type WriteOutcome } from './store';
import { InProcessSummarizer, PoolSummarizer, type Summarizer, type SummaryInput } from './summarizer';
import type { CorpusEntry, DocumentSummary } from './summary';
import {
  emptyChange,
  hasChanges,
  type CorpusChange,
  type CorpusIndexOptions,
  type Disposable,
  type Examined,
  type LoadOutcome,
  type RefreshOptions,
  type RefreshResult,
  type Rename,
  type UpdateOutcome,
} from './indexTypes';
import { sameHint, takeOrphan } from './renames';
import { CorpusFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, fsReason, walkCorpus, type DocumentFilter, type FileStat } from './walk';

/** See CorpusIndex.revisionCount. */
let revisions = 0;

export type { CorpusChange, CorpusIndexOptions, Disposable, LoadOutcome, RefreshOptions, RefreshResult, Rename, UpdateOutcome } from './indexTypes';

/**
 * The corpus: one summary per document under a root folder, built with worker threads, persisted,
 * and kept current incrementally. Full texts are never kept: an entry takes about 1.5 KB of memory.
 *
 * `refresh()` (also the first build) lists the folder and re-reads only files whose size or time
 * changed, re-analysing only those whose content hash changed; a new file with the content of a
 * vanished one is a rename and keeps its entry. Watcher events map to `update`, `remove`, `rename`.
 * Operations on one path may overlap: the most recently started one wins.
 */
export class CorpusIndex implements Disposable {
  readonly root: string;
  private readonly filter: CorpusFilter;
  private readonly maxFileBytes: number;
  private readonly analysisVersion: string;
  private readonly batchSize: number;
  private readonly options: CorpusIndexOptions;
  private summarizerInstance: Summarizer | undefined;
  private readonly entryMap = new Map<string, CorpusEntry>();
  private readonly skipMap = new Map<string, SkippedFile>();
  private readonly listeners = new Set<(change: CorpusChange) => void>();
  private readonly tickets = new Map<string, number>();
  private nextTicket = 1;
  private refreshChain: Promise<unknown> = Promise.resolve();
  private running = 0;
  /**
   * Drawn from one counter for all indexes in the process, so a revision never repeats even across a
   * restarted index: caches keyed by revision alone (tree groupings, the reuse index) stay correct.
   */
  private revisionCount = ++revisions;
  private disposed = false;

  constructor(options: CorpusIndexOptions) {
    this.options = options;
    this.root = path.resolve(options.root);
    this.filter = new CorpusFilter(options.include ?? DEFAULT_INCLUDE, options.exclude ?? DEFAULT_EXCLUDE);
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    this.analysisVersion = options.analysisVersion ?? '';
    this.batchSize = Math.max(1, options.batchSize ?? 100);
    this.summarizerInstance = options.summarizer;
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.entryMap.size;
  }

  /** Increases with every change: a cheap key for caching groupings. */
  get revision(): number {
    return this.revisionCount;
  }

  /** Whether a refresh or update is in progress. */
  get busy(): boolean {
    return this.running > 0;
  }

  entries(): IterableIterator<CorpusEntry> {
    return this.entryMap.values();
  }

  get(relOrAbsPath: string): CorpusEntry | undefined {
    const rel = this.relative(relOrAbsPath);
    return rel === undefined ? undefined : this.entryMap.get(rel);
  }

  /** Files that are not indexed, with the reason (binary, undecodable, too large, unreadable). */
  skipped(): SkippedFile[] {
    return [...this.skipMap.values()];
  }

  /** Why one file (relative or absolute path) is not indexed; undefined if it is not skipped. */
  skippedFile(relOrAbsPath: string): SkippedFile | undefined {
    const rel = this.relative(relOrAbsPath);
    return rel === undefined ? undefined : this.skipMap.get(rel);
  }

  /** Absolute path of an entry's file. */
  absolute(relPath: string): string {
    return path.join(this.root, ...relPath.split('/'));
  }

  /** Relative key of a path given relative to the root or absolute; undefined outside the root. */
  relative(p: string): string | undefined {
    const rel = path.isAbsolute(p) ? path.relative(this.root, p) : path.normalize(p);
    if (!rel || rel === '.' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** Whether a path (relative or absolute) would be a corpus document by include/exclude. */
  isDocument(p: string): boolean {
    const rel = this.relative(p);
    return rel !== undefined && this.filter.isDocument(rel);
  }

  onDidChange(listener: (change: CorpusChange) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /**
   * Brings the index up to date with the folder. Runs after any refresh already in progress. Cancelled
   * through the signal, it stops starting documents and resolves with `cancelled`; what was done stays
   * done, and the next refresh continues from there.
   */
  refresh(opts: RefreshOptions = {}): Promise<RefreshResult> {
    const run = this.refreshChain.then(() => this.track(() => this.doRefresh(opts)));
    this.refreshChain = run.catch(() => undefined);
    return run;
  }

  private async doRefresh(opts: RefreshOptions): Promise<RefreshResult> {
    const result: RefreshResult = { files: 0, analysed: 0, unchanged: 0, added: [], changed: [], removed: [], renamed: [], skipped: [], problems: [], cancelled: false };
    const { files, problems } = await walkCorpus(this.root, this.filter, opts.signal);
    result.problems = problems;
    if (opts.signal?.aborted) {
      result.cancelled = true;
      return result;
    }
    result.files = files.length;
    const onDisk = new Set(files.map((f) => f.path));
    // What could not be listed (a folder without permission, the root itself) is not known to be gone.
    const unknown = (p: string) => problems.some((q) => q.path === '.' || p === q.path || p.startsWith(q.path + '/'));

    // Vanished documents go now; their entries stay at hand to recognise renames by content hash.
    const orphans = new Map<string, CorpusEntry[]>();
    for (const [p, entry] of this.entryMap) {
      if (onDisk.has(p) || unknown(p) || entry.unsaved) continue;
      this.deleteEntry(p);
      this.invalidate(p);
      result.removed.push(p);
      const list = orphans.get(entry.hash) ?? [];
      list.push(entry);
      orphans.set(entry.hash, list);
    }
    for (const p of this.skipMap.keys()) {
      if (!onDisk.has(p) && !unknown(p)) {
        this.deleteSkip(p);
        result.removed.push(p);
      }
    }

    const work = files.filter((f) => {
      if (this.isCurrent(f)) {
        result.unchanged++;
        return false;
      }
      return true;
    });

    let pending: CorpusChange = emptyChange();
    const flush = (final: boolean) => {
      if (final) {
        // A rename's source is reported as the rename, not as a removal.
        const renamedFrom = new Set(result.renamed.map((r) => r.from));
        result.removed = result.removed.filter((p) => !renamedFrom.has(p));
        pending.removed.push(...result.removed);
      }
      if (hasChanges(pending)) this.emit(pending);
      pending = emptyChange();
    };

    let done = 0;
    let next = 0;
    opts.onProgress?.(0, work.length);
    const parallelism = this.summarizer().parallelism;
    // Two documents per worker in flight: the next ones are read and prepared while the workers run.
    const lanes = parallelism > 1 ? parallelism * 2 : 1;
    const lane = async (): Promise<void> => {
      while (next < work.length && !opts.signal?.aborted && !this.disposed) {
        const stat = work[next++];
        const outcome = await this.examine(stat, orphans);
        switch (outcome.kind) {
          case 'added':
          case 'changed':
            result.analysed++;
            result[outcome.kind].push(stat.path);
            pending[outcome.kind].push(stat.path);
            break;
          case 'renamed':
            result.renamed.push({ from: outcome.from, to: stat.path });
            pending.renamed.push({ from: outcome.from, to: stat.path });
            break;
          case 'skipped':
            result.skipped.push(outcome.skip);
            pending.skipped.push(stat.path);
            break;
          case 'unchanged':
            result.unchanged++;
            break;
          case 'gone':
            if (this.deleteEntry(stat.path) || this.deleteSkip(stat.path)) pending.removed.push(stat.path);
            break;
        }
        done++;
        opts.onProgress?.(done, work.length);
        if (done % this.batchSize === 0) flush(false);
        if (lanes === 1) await yieldToEventLoop();
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, Math.max(1, work.length)) }, lane));
    result.cancelled = !!opts.signal?.aborted && done < work.length;
    flush(true);
    return result;
  }

  /** An entry or skip record whose file has the same size and time (or a size over the limit) is kept. */
  private isCurrent(f: FileStat): boolean {
    const entry = this.entryMap.get(f.path);
    if (entry) return !!entry.unsaved || (entry.size === f.size && entry.mtimeMs === f.mtimeMs && f.size <= this.maxFileBytes);
    const skip = this.skipMap.get(f.path);
    if (!skip || skip.size !== f.size || skip.mtimeMs !== f.mtimeMs) return false;
    // The size limit may have changed since the file was skipped (or since the cache was written).
    return skip.kind === 'too-large' ? f.size > this.maxFileBytes : f.size <= this.maxFileBytes;
  }

  /**
   * Reads a file whose stat changed: same hash → only its stat is updated; content of a vanished
   * entry → that entry moves here; otherwise it is analysed (or skipped with the reason).
   */
  private async examine(stat: FileStat, orphans?: Map<string, CorpusEntry[]>): Promise<Examined> {
    const ticket = this.bumpTicket(stat.path);
    try {
      return await this.examineAs(stat, ticket, orphans);
    } finally {
      if (this.isTicket(stat.path, ticket)) this.tickets.delete(stat.path);
    }
  }

  private async examineAs(stat: FileStat, ticket: number, orphans?: Map<string, CorpusEntry[]>): Promise<Examined> {
    const skip = (kind: SkippedFile['kind'], reason: string) => {
      const record: SkippedFile = { path: stat.path, size: stat.size, mtimeMs: stat.mtimeMs, kind, reason };
      if (!this.isTicket(stat.path, ticket) || this.disposed) return { kind: 'stale' as const };
      this.setSkip(record);
      return { kind: 'skipped' as const, skip: record };
    };
    try {
      checkSize(stat.size, this.maxFileBytes);
    } catch (err) {
      return skip('too-large', (err as Error).message);
    }
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(this.absolute(stat.path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException)?.code === 'ENOENT') return this.isTicket(stat.path, ticket) ? { kind: 'gone' } : { kind: 'stale' };
      return skip('unreadable', fsReason(err));
    }
    // The file may have changed between stat and read: describe what was read.
    stat = { ...stat, size: bytes.length };
    const hash = sha1(bytes);
    const existing = this.entryMap.get(stat.path);
    if (existing && existing.hash === hash && !existing.unsaved) {
      if (!this.isTicket(stat.path, ticket)) return { kind: 'stale' };
      this.setEntry({ ...existing, size: stat.size, mtimeMs: stat.mtimeMs });
      return { kind: 'unchanged' };
    }
    const twin = !existing ? takeOrphan(orphans, hash, stat.path) : undefined;
    if (twin) {
      if (!this.isTicket(stat.path, ticket)) return { kind: 'stale' };
      this.setEntry({ ...twin, path: stat.path, size: stat.size, mtimeMs: stat.mtimeMs });
      return { kind: 'renamed', from: twin.path };
    }
    let summary: DocumentSummary;
    try {
      summary = await this.summarizer().summarize({ bytes, maxBytes: this.maxFileBytes }, stat.path);
    } catch (err) {
      if (err instanceof DecodeError) return skip(err.reason, err.message);
      // The pool was shut down under us (the host is closing): nothing is known about the file.
      if (err instanceof CancelledError) return { kind: 'stale' };
      return skip('analysis', `analysis failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
    if (!this.isTicket(stat.path, ticket) || this.disposed) return { kind: 'stale' };
    const had = this.entryMap.has(stat.path);
    this.setEntry({ path: stat.path, size: stat.size, mtimeMs: stat.mtimeMs, hash, ...summary });
    return { kind: had ? 'changed' : 'added' };
  }

  /**
   * A file was created or changed (watcher), or an open editor's text changed (`text`: the entry then
   * follows the editor until `update` is called without text, on save or close). A path that is not a
   * document (outside the root, excluded, a folder) is ignored, or removed if it was indexed. Folders:
   * `remove` and `rename` take them; a folder created with documents in it needs `refresh`.
   */
  update(p: string, opts: { text?: string } = {}): Promise<UpdateOutcome> {
    return this.track(async () => {
      const rel = this.relative(p);
      if (rel === undefined) return 'ignored';
      if (!this.filter.isDocument(rel)) return this.removeKey(rel) ? 'removed' : 'ignored';
      if (opts.text !== undefined) return this.updateFromText(rel, opts.text);
      let st: fs.Stats;
      try {
        st = await fs.promises.stat(this.absolute(rel));
      } catch {
        return this.removeKey(rel) ? 'removed' : 'ignored';
      }
      if (!st.isFile()) return 'ignored';
      const stat = { path: rel, size: st.size, mtimeMs: st.mtimeMs };
      const entry = this.entryMap.get(rel);
      // Back from editor text to the file: re-read it even if its stat did not change.
      if (entry?.unsaved) this.setEntry(withoutUnsaved(entry));
      else if (this.isCurrent(stat)) return 'unchanged';
      const outcome = await this.examine(stat);
      return this.announce(rel, outcome);
    });
  }

  private async updateFromText(rel: string, text: string): Promise<UpdateOutcome> {
    const ticket = this.bumpTicket(rel);
    const previous = this.entryMap.get(rel);
    const input: SummaryInput = { text, encoding: previous?.encoding ?? 'utf-8', encodingConfidence: previous?.encodingConfidence ?? 1 };
    const summary = await this.summarizer().summarize(input, rel);
    if (!this.isTicket(rel, ticket) || this.disposed) return 'unchanged';
    this.tickets.delete(rel);
    const st = await fs.promises.stat(this.absolute(rel)).catch(() => undefined);
    this.setEntry({ path: rel, size: st?.size ?? 0, mtimeMs: st?.mtimeMs ?? 0, hash: sha1(Buffer.from(text, 'utf8')), ...summary, unsaved: true });
    this.emit({ ...emptyChange(), [previous ? 'changed' : 'added']: [rel] });
    return previous ? 'changed' : 'added';
  }

  private announce(rel: string, outcome: Examined): UpdateOutcome {
    switch (outcome.kind) {
      case 'added':
      case 'changed':
        this.emit({ ...emptyChange(), [outcome.kind]: [rel] });
        return outcome.kind;
      case 'renamed':
        this.emit({ ...emptyChange(), renamed: [{ from: outcome.from, to: rel }] });
        return 'renamed';
      case 'skipped':
        this.emit({ ...emptyChange(), skipped: [rel] });
        return 'skipped';
      case 'gone':
        return this.removeKey(rel) ? 'removed' : 'ignored';
      default:
        return 'unchanged';
    }
  }

  /** A file or folder was deleted. Returns the relative paths removed. */
  remove(p: string): string[] {
    const rel = this.relative(p);
    if (rel === undefined) return [];
    const removed = this.keysAt(rel).filter((k) => this.removeKey(k, false));
    if (removed.length) this.emit({ ...emptyChange(), removed });
    return removed;
  }

  /**
   * A file or folder was renamed. Entries move without re-analysis unless the new path changes what
   * analysis reads from a path (dates in it); a target that is not a document drops the entry.
   */
  rename(from: string, to: string): Promise<Rename[]> {
    return this.track(async () => {
      const relFrom = this.relative(from);
      const relTo = this.relative(to);
      const keys = relFrom === undefined ? [] : this.keysAt(relFrom);
      if (relTo === undefined) {
        if (keys.length) this.remove(from);
        return [];
      }
      if (keys.length === 0) {
        // Not indexed before (e.g. renamed from an excluded name): index whatever is there now.
        await this.updateTree(relTo);
        return [];
      }
      const moves: Rename[] = [];
      const change = emptyChange();
      for (const key of keys) {
        const target = relTo + key.slice(relFrom!.length);
        const entry = this.entryMap.get(key);
        const skip = this.skipMap.get(key);
        this.removeKey(key, false);
        if (!this.filter.isDocument(target)) {
          change.removed.push(key);
          continue;
        }
        const st = await fs.promises.stat(this.absolute(target)).catch(() => undefined);
        if (!st?.isFile()) {
          change.removed.push(key);
          continue;
        }
        const stat = { path: target, size: st.size, mtimeMs: st.mtimeMs };
        if (entry && !entry.unsaved && entry.size === st.size && sameHint(key, target)) {
          this.invalidate(target);
          this.setEntry({ ...entry, path: target, mtimeMs: st.mtimeMs });
          moves.push({ from: key, to: target });
          change.renamed.push({ from: key, to: target });
        } else if (skip && skip.size === st.size) {
          this.setSkip({ ...skip, path: target, mtimeMs: st.mtimeMs });
          change.removed.push(key);
          change.skipped.push(target);
        } else {
          change.removed.push(key);
          const outcome = await this.examine(stat);
          if (outcome.kind === 'added' || outcome.kind === 'changed') change.added.push(target);
          else if (outcome.kind === 'skipped') change.skipped.push(target);
        }
      }
      if (hasChanges(change)) this.emit(change);
      return moves;
    });
  }

  /** Indexes a file, or every document under a folder, that appeared under `rel`. */
  private async updateTree(rel: string): Promise<void> {
    const st = await fs.promises.stat(this.absolute(rel)).catch(() => undefined);
    if (!st) return;
    if (st.isFile()) {
      await this.update(rel);
      return;
    }
    const below: DocumentFilter = {
      isDocument: (p) => this.filter.isDocument(`${rel}/${p}`),
      skipsFolder: (p) => this.filter.skipsFolder(`${rel}/${p}`),
    };
    if (this.filter.skipsFolder(rel)) return;
    const { files } = await walkCorpus(this.absolute(rel), below);
    for (const f of files) await this.update(`${rel}/${f.path}`);
  }

  /** Loads a saved index. On any problem the index is left as it was and the reason returned. */
  async load(file: string): Promise<LoadOutcome> {
    await this.refreshChain;
    const read = await readCache(file, { root: this.root, analysisVersion: this.analysisVersion });
    if (!read.ok) return read;
    this.revisionCount = ++revisions;
    this.entryMap.clear();
    this.skipMap.clear();
    for (const e of read.content.entries) this.entryMap.set(e.path, e);
    for (const s of read.content.skipped) this.skipMap.set(s.path, s);
    this.emit({ ...emptyChange(), reset: true });
    return { ok: true, entries: this.entryMap.size, skipped: this.skipMap.size };
  }

  /**
   * Saves the index atomically. Never throws: a failure (disk full, no permission) is returned for the
   * caller to report. Entries following an unsaved editor are saved so the next session re-reads them.
   */
  save(file: string): Promise<WriteOutcome> {
    const entries = [...this.entryMap.values()].map((e) => (e.unsaved ? { ...withoutUnsaved(e), mtimeMs: -1 } : e));
    return writeCache(file, { root: this.root, analysisVersion: this.analysisVersion, entries, skipped: [...this.skipMap.values()] });
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    if (!this.options.summarizer) this.summarizerInstance?.dispose();
    this.summarizerInstance = undefined;
  }

  private summarizer(): Summarizer {
    if (this.disposed) throw new Error('corpus index disposed');
    if (!this.summarizerInstance) {
      const o = this.options;
      this.summarizerInstance = o.workerScript
        ? new PoolSummarizer({ workerScript: o.workerScript, size: o.workers ?? defaultWorkers(), onCrash: o.onWorkerCrash })
        : new InProcessSummarizer();
    }
    return this.summarizerInstance;
  }

  private setEntry(entry: CorpusEntry): void {
    this.revisionCount = ++revisions;
    this.skipMap.delete(entry.path);
    this.entryMap.set(entry.path, entry);
  }

  private setSkip(record: SkippedFile): void {
    this.revisionCount = ++revisions;
    this.entryMap.delete(record.path);
    this.skipMap.set(record.path, record);
  }

  private deleteEntry(rel: string): boolean {
    if (!this.entryMap.delete(rel)) return false;
    this.revisionCount = ++revisions;
    return true;
  }

  private deleteSkip(rel: string): boolean {
    if (!this.skipMap.delete(rel)) return false;
    this.revisionCount = ++revisions;
    return true;
  }

  private keysAt(rel: string): string[] {
    const prefix = rel + '/';
    const keys = [...this.entryMap.keys(), ...this.skipMap.keys()].filter((k) => k === rel || k.startsWith(prefix));
    return [...new Set(keys)];
  }

  private removeKey(rel: string, announce = true): boolean {
    this.invalidate(rel);
    const had = this.deleteEntry(rel);
    const hadSkip = this.deleteSkip(rel);
    if ((had || hadSkip) && announce) this.emit({ ...emptyChange(), removed: [rel] });
    return had || hadSkip;
  }

  private bumpTicket(rel: string): number {
    const t = this.nextTicket++;
    this.tickets.set(rel, t);
    return t;
  }

  /** Work in flight on the path will find its ticket gone and drop its result. */
  private invalidate(rel: string): void {
    this.tickets.delete(rel);
  }

  private isTicket(rel: string, ticket: number): boolean {
    return this.tickets.get(rel) === ticket;
  }

  private async track<T>(fn: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await fn();
    } finally {
      this.running--;
    }
  }

  private emit(change: CorpusChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch {
        // A failing listener must not break indexing or the other listeners.
      }
    }
  }
}

export function defaultWorkers(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return n > 0 ? n : 2;
}

/** The entry as the file would give it: stat and hash invalid, so the next look re-reads the file. */
function withoutUnsaved(e: CorpusEntry): CorpusEntry {
  const { unsaved: _unsaved, ...rest } = e;
  return { ...rest, hash: '' };
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
