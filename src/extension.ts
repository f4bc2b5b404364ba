import * as vscode from 'vscode';
import * as conversion from './features/conversion/register';
import * as corpusView from './features/corpusView/register';
import * as corruptDiagnostics from './features/corruptDiagnostics/register';
import * as decorations from './features/decorations/register';
import * as encodingHint from './features/encodingHint/register';
import * as hovers from './features/hovers/register';
import * as overview from './features/overview/register';
import * as personSearch from './features/personSearch/register';
import * as similarPassages from './features/similarPassages/register';
import * as simplifiedView from './features/simplifiedView/register';
import { originalOf, toViewUri } from './features/simplifiedView/viewUri';
import * as statusBar from './features/statusBar/register';
import { AnalysisService } from './platform/analysisService';
import { ConfigService } from './platform/config';
import { isCorpusDocument, reportLongDocuments } from './platform/corpusDocuments';
import { CorpusService } from './platform/corpusService';
import { createLog, type LogLine } from './platform/log';
import { PreparedDocuments } from './platform/preparedDocuments';
import { ReuseService } from './platform/reuseService';
import type { Services } from './services';

/** What `activate` returns: used by integration tests and by other extensions. */
export interface ZhengwuApi {
  services: Services;
  viewUriFor(original: vscode.Uri): vscode.Uri;
  originalOf(view: vscode.Uri): vscode.Uri | undefined;
  statusText(): string | undefined;
  decorationCounts(uri: vscode.Uri): Record<string, number> | undefined;
  trees: corpusView.CorpusViewApi;
  /** Files the reader was told were opened with the wrong encoding → the detected encoding. */
  encodingHints(): ReadonlyMap<string, string>;
  similar: similarPassages.SimilarApi;
  /** The Corpus Overview panel: what it was sent, and hooks for its integration test. */
  overview: overview.OverviewApi;
  /** Hooks for the fault and bad-input integration tests (test/integration/reliability*.test.ts). */
  reliability: ReliabilityApi;
}

/**
 * Test hooks. They change nothing a user could not cause (a crash, a restart, a cancel), but they are
 * not a stable API for other extensions.
 */
export interface ReliabilityApi {
  /** The last 2,000 lines written to the output channel, oldest first: an output channel cannot be read back. */
  logLines(): readonly LogLine[];
  /** Where the corpus index cache lives; undefined without one (Restricted Mode, no storage). */
  corpusCacheFile(): string | undefined;
  /** Drops the corpus index in memory and loads it again from the cache, as a new window would. */
  restartCorpus(): Promise<void>;
  /** Writes a pending cache save now and waits for writes in progress (before a test replaces the file). */
  flushCorpusCache(): Promise<void>;
  /** What the progress notification's Cancel button does. */
  cancelIndexing(): void;
  /** Ends the analysis worker as a crash would; returns how many workers were running. */
  killAnalysisWorker(): number;
  /** Ends the similar-passages worker as a crash would; returns how many workers were running. */
  killReuseWorker(): number;
}

export function activate(context: vscode.ExtensionContext): ZhengwuApi {
  const log = createLog();
  const prepared = new PreparedDocuments();
  const config = new ConfigService();
  const corpus = new CorpusService(context, config, log);
  const services: Services = {
    config,
    log,
    prepared,
    analysis: new AnalysisService(context.extensionPath, prepared, log),
    corpus,
    reuse: new ReuseService(context.extensionPath, corpus, log),
  };
  context.subscriptions.push(config, log, prepared, services.analysis, corpus, services.reuse, reportLongDocuments(log, config));

  conversion.register(context, services);
  simplifiedView.register(context, services);
  const status = statusBar.register(context, services);
  const decorated = decorations.register(context, services);
  hovers.register(context, services);
  corruptDiagnostics.register(context, services);
  personSearch.register(context, services);
  const trees = corpusView.register(context, services);
  const encodings = encodingHint.register(context, services);
  const similar = similarPassages.register(context, services);
  const overviewApi = overview.register(context, services);

  // Where reports will be read (a folder on disk, or one already open), the analysis worker starts
  // loading now, after activation, rather than when the first report is shown: its decorations then
  // wait for the analysis, not for the worker's start-up.
  const warm = setTimeout(() => {
    if (corpus.root || vscode.workspace.textDocuments.some((d) => isCorpusDocument(d, config.current))) services.analysis.warmUp();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(warm) });

  return {
    services,
    viewUriFor: toViewUri,
    originalOf,
    statusText: status.text,
    decorationCounts: decorated.counts,
    trees,
    encodingHints: encodings.hints,
    similar,
    overview: overviewApi,
    reliability: {
      logLines: () => log.recent(),
      corpusCacheFile: () => corpus.cacheFile(),
      restartCorpus: async () => void (await corpus.restart()),
      flushCorpusCache: () => corpus.flushCache(),
      cancelIndexing: () => corpus.cancelRefresh(),
      killAnalysisWorker: () => services.analysis.killWorkerForTests(),
      killReuseWorker: () => services.reuse.killWorkerForTests(),
    },
  };
}

export function deactivate(): void {}
