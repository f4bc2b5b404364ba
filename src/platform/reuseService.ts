import * as path from 'path';
import * as vscode from 'vscode';
import { AnalysisPool } from '../core/analysis/pool';
import type { WorkerOps } from '../core/analysis/workerOps';
import type { CorpusService } from './corpusService';
import { reportWorkerCrash, type ExtensionLog } from './log';

/**
 * Text reuse across the corpus. The reuse index lives in one worker thread of its own (it keeps state
 * between calls) and is synced from the corpus index: only files whose content hash changed are read.
 */
export class ReuseService implements vscode.Disposable {
  private pool: AnalysisPool | undefined;
  private synced = -1;
  private syncing: Promise<void> | undefined;
  /** Worker crashes so far: a call that spans one was answered (or synced) by an empty index. */
  private crashes = 0;

  constructor(
    private readonly extensionPath: string,
    private readonly corpus: CorpusService,
    private readonly log: ExtensionLog,
  ) {}

  private poolOf(): AnalysisPool {
    this.pool ??= new AnalysisPool(path.join(this.extensionPath, 'dist', 'analysisWorker.js'), 1, (err) => {
      // A restarted worker has an empty index: force a full sync next time.
      this.synced = -1;
      this.crashes++;
      reportWorkerCrash(this.log, 'Similar-passages', err);
    });
    return this.pool;
  }

  /** Brings the worker's reuse index up to the corpus index's revision. */
  async sync(): Promise<void> {
    const index = await this.corpus.ensure();
    if (!index || this.synced === index.revision) return;
    this.syncing ??= (async () => {
      try {
        const revision = index.revision;
        const crashes = this.crashes;
        const files = [...index.entries()].map((e) => ({ path: index.absolute(e.path), hash: e.hash }));
        const result = await this.poolOf().call('reuseSync', { files });
        for (const s of result.skipped) this.log.info(`Similar passages: skipped ${s.file}: ${s.reason}`);
        if (crashes === this.crashes) this.synced = revision;
      } finally {
        this.syncing = undefined;
      }
    })();
    return this.syncing;
  }

  query(args: WorkerOps['reuseQuery']['args']): Promise<WorkerOps['reuseQuery']['result']> {
    return this.stateful('reuseQuery', args);
  }

  similarDocuments(id: string, limit = 20): Promise<WorkerOps['reuseSimilarDocuments']['result']> {
    return this.stateful('reuseSimilarDocuments', { id, limit });
  }

  passages(id: string): Promise<WorkerOps['reusePassages']['result']> {
    return this.stateful('reusePassages', { id });
  }

  /**
   * Asks the worker's reuse index. The pool retries a request on a fresh worker after a crash, but that
   * worker's index is empty, so an answer given across a crash is discarded: sync again and ask again.
   */
  private async stateful<K extends 'reuseQuery' | 'reuseSimilarDocuments' | 'reusePassages'>(op: K, args: WorkerOps[K]['args']): Promise<WorkerOps[K]['result']> {
    for (let attempt = 0; ; attempt++) {
      await this.sync();
      const crashes = this.crashes;
      const result = await this.poolOf().call(op, args);
      if (crashes === this.crashes || attempt >= 2) return result;
    }
  }

  /** Ends the reuse worker as a crash would (reliability tests); returns how many were running. */
  killWorkerForTests(): number {
    return this.pool?.killWorkers() ?? 0;
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
