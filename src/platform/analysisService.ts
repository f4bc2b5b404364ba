import * as path from 'path';
import * as vscode from 'vscode';
import type { FullAnalysis } from '../core/analysis/analyze';
import { AnalysisPool, CancelledError } from '../core/analysis/pool';
import type { OpName, WorkerOps } from '../core/analysis/workerOps';
import type { Prepared } from '../core/text';
import type { Span } from '../core/text/types';
import type { PreparedDocuments } from './preparedDocuments';

/** Analysis of one open document, with the way back from analysis spans to that document's offsets. */
export interface DocumentInsight {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly prepared: Prepared;
  readonly analysis: FullAnalysis;
  /** Analysis spans index prepared.text; a raw document needs them mapped back through the offset map. */
  toDocument(span: Span): Span;
  /** The reverse: a document offset to an offset in prepared.text. */
  fromDocument(offset: number): number;
}

/**
 * Runs analysis off the extension host's thread (worker pool, started lazily) and caches the result per
 * document version. A Simplified view is analysed as it is; a raw file through its prepared text.
 */
export class AnalysisService implements vscode.Disposable {
  private pool: AnalysisPool | undefined;
  private readonly cache = new Map<string, Promise<DocumentInsight | undefined>>();
  private readonly emitter = new vscode.EventEmitter<DocumentInsight>();
  readonly onDidAnalyze = this.emitter.event;
  private crashReported = false;
  private readonly closeListener: vscode.Disposable;

  constructor(
    private readonly extensionPath: string,
    private readonly prepared: PreparedDocuments,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));
  }

  private poolOf(): AnalysisPool {
    this.pool ??= new AnalysisPool(path.join(this.extensionPath, 'dist', 'analysisWorker.js'), 1, (err) => {
      this.log.error(`Analysis worker crashed and was restarted: ${err.message}`);
      if (!this.crashReported) {
        this.crashReported = true;
        void vscode.window.showWarningMessage(vscode.l10n.t('Zhengwu Lens: the analysis worker crashed and was restarted. Details are in the output channel.'));
      }
    });
    return this.pool;
  }

  /** Runs a worker operation (corpus-sized work never runs on the extension host's thread). */
  call<K extends OpName>(op: K, args: WorkerOps[K]['args']): Promise<WorkerOps[K]['result']> {
    return this.poolOf().call(op, args);
  }

  /** The cached or fresh analysis of the document's current version; undefined if it changed meanwhile. */
  insight(document: vscode.TextDocument): Promise<DocumentInsight | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const cached = this.cache.get(key);
    if (cached) {
      return cached.then((hit) => (hit && hit.version === version ? hit : this.start(document, key, version)));
    }
    return this.start(document, key, version);
  }

  private start(document: vscode.TextDocument, key: string, version: number): Promise<DocumentInsight | undefined> {
    const job = this.run(document, version).catch((err) => {
      if (!(err instanceof CancelledError)) this.log.error(`Analysing ${document.uri.toString(true)} failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
    this.cache.set(key, job);
    return job;
  }

  private async run(document: vscode.TextDocument, version: number): Promise<DocumentInsight | undefined> {
    // A view's text is already prepared, so preparing it again maps 1:1; raw files map through cleaning.
    const prepared = this.prepared.get(document);
    const analysis = await this.poolOf().analyze(prepared.text, document.uri.fsPath);
    if (document.version !== version || document.isClosed) return undefined;
    const map = prepared.map;
    const insight: DocumentInsight = {
      document,
      version,
      prepared,
      analysis,
      toDocument: (s) => map.spanToSource(s),
      fromDocument: (o) => map.toTarget(o),
    };
    this.emitter.fire(insight);
    return insight;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.emitter.dispose();
    this.pool?.dispose();
    this.cache.clear();
  }
}
