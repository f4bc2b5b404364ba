import * as path from 'path';
import * as vscode from 'vscode';
import type { FullAnalysis } from '../core/analysis/analyze';
import { AnalysisPool, CancelledError } from '../core/analysis/pool';
import type { OpName, WorkerOps } from '../core/analysis/workerOps';
import type { Prepared } from '../core/text';
import type { Span } from '../core/text/types';
import { reportWorkerCrash, type ExtensionLog } from './log';
import { isViewUri, type PreparedDocuments } from './preparedDocuments';

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

const RECENT_RUNS = 8;

/** A title, a name, a date and a place: enough for the warm-up to touch every part of the analysis. */
const WARM_UP_TEXT = '2024年3月5日，县委书记王明主持召开全县安全生产工作会议。';

/**
 * The path analysis reads dates and places from: a Simplified view stands for its original file (the
 * view's own path only adds a marker to the file name), so both are analysed alike and share one run.
 */
function analysisPathOf(uri: vscode.Uri): string {
  if (isViewUri(uri) && uri.query) {
    try {
      return vscode.Uri.parse(uri.query, true).fsPath;
    } catch {
      // Not a URI in the query: analyse under the view's own path.
    }
  }
  return uri.fsPath;
}

/**
 * Runs analysis off the extension host's thread (worker pool, started lazily) and caches the result per
 * document version. A Simplified view is analysed as it is; a raw file through its prepared text.
 */
export class AnalysisService implements vscode.Disposable {
  private pool: AnalysisPool | undefined;
  private readonly cache = new Map<string, Promise<DocumentInsight | undefined>>();
  /**
   * Recent worker runs by what they analysed (path hint and text). A report opened as a Simplified view
   * is asked for twice with the same text: as the original (decorated while its editor shows, before
   * the view takes its tab) and as the view; the second request joins the first instead of queuing a
   * second run behind it on the one worker.
   */
  private readonly runs = new Map<string, Promise<FullAnalysis>>();
  private readonly emitter = new vscode.EventEmitter<DocumentInsight>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly closeListener: vscode.Disposable;

  constructor(
    private readonly extensionPath: string,
    private readonly prepared: PreparedDocuments,
    private readonly log: ExtensionLog,
  ) {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));
  }

  private poolOf(): AnalysisPool {
    this.pool ??= new AnalysisPool(path.join(this.extensionPath, 'dist', 'analysisWorker.js'), 1, (err) => reportWorkerCrash(this.log, 'Analysis', err));
    return this.pool;
  }

  /**
   * Starts the worker and has it load what every analysis needs (its bundle, the gazetteer, the
   * segmenter's WebAssembly: seconds on a loaded machine) before the first report is opened, by
   * analysing one short sentence. Nothing waits for it; a report opened meanwhile queues behind it.
   */
  warmUp(): void {
    this.poolOf()
      .analyze(WARM_UP_TEXT)
      .catch((err) => this.log.debug(`Warming up the analysis worker: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Ends the running worker the way a crash does (no answer, exit): the fault tests' hook. */
  killWorkerForTests(): number {
    return this.pool?.killWorkers() ?? 0;
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
    const analysis = await this.analyzeText(prepared.text, analysisPathOf(document.uri));
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

  private analyzeText(text: string, pathHint: string): Promise<FullAnalysis> {
    const key = `${pathHint}\n${text}`;
    const hit = this.runs.get(key);
    if (hit) return hit;
    const job = this.poolOf().analyze(text, pathHint);
    this.runs.set(key, job);
    // A failed run (a crash, a cancel) is not an answer to reuse.
    job.catch(() => this.runs.get(key) === job && this.runs.delete(key));
    // A handful is enough: the original and its view are asked for within a second of each other.
    if (this.runs.size > RECENT_RUNS) this.runs.delete(this.runs.keys().next().value!);
    return job;
  }

  dispose(): void {
    this.runs.clear();
    this.closeListener.dispose();
    this.emitter.dispose();
    this.pool?.dispose();
    this.cache.clear();
  }
}
