import * as path from 'path';
import * as vscode from 'vscode';
import { AnalysisPool } from '../core/analysis/pool';
import type { WorkerOps } from '../core/analysis/workerOps';
import type { CorpusService } from './corpusService';

/**
 * Text reuse across the corpus. The reuse index lives in one worker thread of its own (it keeps state
 * between calls) and is synced from the corpus index: only files whose content hash changed are read.
 */
export class ReuseService implements vscode.Disposable {
  private pool: AnalysisPool | undefined;
  private synced = -1;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly extensionPath: string,
    private readonly corpus: CorpusService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private poolOf(): AnalysisPool {
    this.pool ??= new AnalysisPool(path.join(this.extensionPath, 'dist', 'analysisWorker.js'), 1, (err) => {
      // A restarted worker has an empty index: force a full sync next time.
      this.synced = -1;
      this.log.error(`Reuse worker crashed and was restarted: ${err.message}`);
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
        const files = [...index.entries()].map((e) => ({ path: index.absolute(e.path), hash: e.hash }));
        const result = await this.poolOf().call('reuseSync', { files });
        for (const s of result.skipped) this.log.info(`Similar passages: skipped ${s.file}: ${s.reason}`);
        this.synced = revision;
      } finally {
        this.syncing = undefined;
      }
    })();
    return this.syncing;
  }

  async query(args: WorkerOps['reuseQuery']['args']): Promise<WorkerOps['reuseQuery']['result']> {
    await this.sync();
    return this.poolOf().call('reuseQuery', args);
  }

  async similarDocuments(id: string, limit = 20): Promise<WorkerOps['reuseSimilarDocuments']['result']> {
    await this.sync();
    return this.poolOf().call('reuseSimilarDocuments', { id, limit });
  }

  async passages(id: string): Promise<WorkerOps['reusePassages']['result']> {
    await this.sync();
    return this.poolOf().call('reusePassages', { id });
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
