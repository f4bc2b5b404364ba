import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex, type CorpusChange, type CorpusEntry } from '../core/corpus';
import type { ConfigService } from './config';

export type CorpusState = { kind: 'idle' } | { kind: 'indexing'; done: number; total: number } | { kind: 'ready' } | { kind: 'none' };

/**
 * The workspace corpus: one persistent, incremental index of the first workspace folder, created on
 * first use (a view shown, a command run). Analysis runs in worker threads with a cancellable
 * progress notification; the index is cached in workspace storage and follows file changes.
 */
export class CorpusService implements vscode.Disposable {
  private index: CorpusIndex | undefined;
  private starting: Promise<CorpusIndex | undefined> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange | undefined>();
  private readonly stateEmitter = new vscode.EventEmitter<CorpusState>();
  /** Fires after the index changed (undefined: rebuilt or loaded as a whole). */
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  private currentState: CorpusState = { kind: 'idle' };
  private saveTimer: NodeJS.Timeout | undefined;
  private cacheWarned = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(this.changeEmitter, this.stateEmitter);
  }

  get state(): CorpusState {
    return this.currentState;
  }

  get root(): string | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  }

  /** The index, started (and built or loaded) on first call. Undefined without a workspace folder. */
  ensure(): Promise<CorpusIndex | undefined> {
    this.starting ??= this.start();
    return this.starting;
  }

  /** The index if it has been started; never starts it. */
  peek(): CorpusIndex | undefined {
    return this.index;
  }

  uriOf(entry: CorpusEntry): vscode.Uri {
    return vscode.Uri.file(this.index ? this.index.absolute(entry.path) : entry.path);
  }

  private setState(state: CorpusState): void {
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  /** No cache in Restricted Mode: an untrusted folder leaves nothing behind in the workspace storage. */
  private cacheFile(): string | undefined {
    if (!vscode.workspace.isTrusted) return undefined;
    const dir = this.context.storageUri?.fsPath;
    return dir ? path.join(dir, 'corpus-index.json.gz') : undefined;
  }

  private async start(): Promise<CorpusIndex | undefined> {
    const root = this.root;
    if (!root) {
      this.setState({ kind: 'none' });
      return undefined;
    }
    const { corpus } = this.config.current;
    const index = new CorpusIndex({
      root,
      include: corpus.include,
      exclude: corpus.exclude,
      maxFileBytes: corpus.maxFileSizeMB * 1024 * 1024,
      analysisVersion: String(this.context.extension.packageJSON.version),
      workerScript: path.join(this.context.extensionPath, 'dist', 'analysisWorker.js'),
      onWorkerCrash: (err) => this.log.error(`Corpus worker crashed and was restarted: ${err.message}`),
    });
    this.index = index;
    this.subscriptions.push(
      index.onDidChange((change) => {
        this.changeEmitter.fire(change.reset ? undefined : change);
        this.scheduleSave();
      }),
    );
    const cache = this.cacheFile();
    if (cache) {
      const loaded = await index.load(cache);
      if (loaded.ok) this.log.info(`Corpus index loaded from cache: ${loaded.entries} documents`);
      else if (!loaded.missing) this.log.warn(`Corpus cache not used (${loaded.reason}); rebuilding`);
    }
    this.watch(index);
    await this.refresh();
    return index;
  }

  /** Re-reads the folder; only changed files are analysed again. Cancellable from the notification. */
  async refresh(): Promise<void> {
    const index = this.index;
    if (!index) {
      await this.ensure();
      return;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing the corpus'), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancel = token.onCancellationRequested(() => abort.abort());
        let reported = 0;
        try {
          const result = await index.refresh({
            signal: abort.signal,
            onProgress: (done, total) => {
              this.setState({ kind: 'indexing', done, total });
              const pct = total ? (done / total) * 100 : 100;
              progress.report({ message: `${done.toLocaleString()} / ${total.toLocaleString()}`, increment: pct - reported });
              reported = pct;
            },
          });
          for (const s of result.skipped) this.log.info(`Skipped ${s.path}: ${s.reason}`);
          for (const p of result.problems) this.log.warn(`Could not read ${p.path}: ${p.reason}`);
          if (result.cancelled) this.log.info('Indexing cancelled; the next refresh continues where it stopped.');
          this.changeEmitter.fire(undefined);
          this.scheduleSave(0);
        } catch (err) {
          this.log.error(`Indexing failed: ${err instanceof Error ? err.message : String(err)}`);
        } finally {
          cancel.dispose();
          this.setState({ kind: 'ready' });
        }
      },
    );
  }

  private watch(index: CorpusIndex): void {
    const folder = vscode.workspace.workspaceFolders![0];
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.config.current.corpus.include));
    const update = (uri: vscode.Uri) => {
      if (!index.isDocument(uri.fsPath)) return;
      index.update(uri.fsPath).catch((err) => this.log.warn(`Updating ${uri.fsPath}: ${String(err)}`));
    };
    // Unsaved edits in open editors count too (debounced); saving or closing goes back to the file.
    const editTimers = new Map<string, NodeJS.Timeout>();
    const fromEditor = (doc: vscode.TextDocument) => {
      if (doc.uri.scheme !== 'file' || !index.isDocument(doc.uri.fsPath)) return;
      const key = doc.uri.fsPath;
      clearTimeout(editTimers.get(key));
      editTimers.set(
        key,
        setTimeout(() => {
          editTimers.delete(key);
          if (doc.isClosed) return;
          // A clean buffer (reverted, undone to the saved state) is the file again.
          const job = doc.isDirty ? index.update(key, { text: doc.getText() }) : index.get(key)?.unsaved ? index.update(key) : undefined;
          job?.catch((err) => this.log.warn(`Updating ${key}: ${String(err)}`));
        }, 1000),
      );
    };
    this.subscriptions.push(
      { dispose: () => editTimers.forEach((t) => clearTimeout(t)) },
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) fromEditor(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => update(doc.uri)),
      // Closed without saving: the entry goes back to what the file says.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (index.get(doc.uri.fsPath)?.unsaved) update(doc.uri);
      }),
      watcher,
      watcher.onDidCreate(update),
      watcher.onDidChange(update),
      watcher.onDidDelete((uri) => index.remove(uri.fsPath)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) void index.rename(f.oldUri.fsPath, f.newUri.fsPath);
      }),
    );
  }

  private scheduleSave(delayMs = 2000): void {
    const file = this.cacheFile();
    if (!file || !this.index) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(async () => {
      const outcome = await this.index!.save(file);
      if (!outcome.ok && !this.cacheWarned) {
        this.cacheWarned = true;
        this.log.warn(`Corpus cache not written (${outcome.reason}); the index works without it.`);
        void vscode.window.showWarningMessage(vscode.l10n.t('Zhengwu Lens: the corpus cache could not be written ({0}). Indexing still works; it will start from scratch next time.', outcome.reason));
      }
    }, delayMs);
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    for (const d of this.subscriptions) d.dispose();
    this.index?.dispose();
  }
}
