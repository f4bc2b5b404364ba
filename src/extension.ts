import * as vscode from 'vscode';
import * as conversion from './features/conversion/register';
import * as corpusView from './features/corpusView/register';
import * as corruptDiagnostics from './features/corruptDiagnostics/register';
import * as decorations from './features/decorations/register';
import * as encodingHint from './features/encodingHint/register';
import * as hovers from './features/hovers/register';
import * as personSearch from './features/personSearch/register';
import * as similarPassages from './features/similarPassages/register';
import * as simplifiedView from './features/simplifiedView/register';
import { originalOf, toViewUri } from './features/simplifiedView/viewUri';
import * as statusBar from './features/statusBar/register';
import { AnalysisService } from './platform/analysisService';
import { ConfigService } from './platform/config';
import { CorpusService } from './platform/corpusService';
import { createLog } from './platform/log';
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
  context.subscriptions.push(config, log, prepared, services.analysis, corpus, services.reuse);

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

  return {
    services,
    viewUriFor: toViewUri,
    originalOf,
    statusText: status.text,
    decorationCounts: decorated.counts,
    trees,
    encodingHints: encodings.hints,
    similar,
  };
}

export function deactivate(): void {}
