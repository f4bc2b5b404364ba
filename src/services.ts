import type * as vscode from 'vscode';
import type { AnalysisService } from './platform/analysisService';
import type { ConfigService } from './platform/config';
import type { CorpusService } from './platform/corpusService';
import type { PreparedDocuments } from './platform/preparedDocuments';
import type { ReuseService } from './platform/reuseService';

/** What features share. Built once in `activate`, handed to every feature's `register`. */
export interface Services {
  readonly config: ConfigService;
  readonly log: vscode.LogOutputChannel;
  readonly prepared: PreparedDocuments;
  readonly analysis: AnalysisService;
  readonly corpus: CorpusService;
  readonly reuse: ReuseService;
}
