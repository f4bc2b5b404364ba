import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex, type CorpusChange, type CorpusEntry } from '../core/corpus';
import type { ConfigService } from './config';
import { documentLength, MAX_OPEN_DOCUMENT_CHARS } from './corpusDocuments';
import { reportWorkerCrash, type ExtensionLog } from './log';

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
  /** What belongs to the current index (its listener, the watcher): dropped with it on restart. */
  private indexSubscriptions: vscode.Disposable[] = [];
  /** Aborts the refresh in progress: the notification's Cancel button, or `cancelRefresh()`. */
  private refreshAbort: AbortController | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange | undefined>();
  private readonly stateEmitter = new vscode.EventEmitter<CorpusState>();
  /** Fires after the index changed (undefined: rebuilt or loaded as a whole). */
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  private currentState: CorpusState = { kind: 'idle' };
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly config: ConfigService,
    private readonly log: ExtensionLog,
  ) {
    this.subscriptions.push(this.changeEmitter, this.stateEmitter);
  }

  get state(): CorpusState {
    return this.currentState;
  }

  /** The first folder, if it is on disk: a virtual folder (a remote repository) has no corpus index. */
  get root(): string | undefined {
    const uri = vscode.workspace.workspaceFolders?.[0]?.uri;
    return uri?.scheme === 'file' ? uri.fsPath : undefined;
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

  /**
   * Drops the index in memory and starts again from the cache, as a new window would. For tests of the
   * cache (a damaged cache written before the load) and for recovering from a broken state.
   */
  async restart(): Promise<CorpusIndex | undefined> {
    await this.starting?.catch(() => undefined);
    this.refreshAbort?.abort();
    // Pending saves of the old index are dropped, and a write in progress lands before the load.
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saving;
    for (const d of this.indexSubscriptions.splice(0)) d.dispose();
    this.index?.dispose();
    this.index = undefined;
    this.starting = undefined;
    this.setState({ kind: 'idle' });
    return this.ensure();
  }

  /** Cancels the refresh in progress, exactly as the progress notification's Cancel button does. */
  cancelRefresh(): void {
    this.refreshAbort?.abort();
  }

  /** No cache in Restricted Mode: an untrusted folder leaves nothing behind in the workspace storage. */
  cacheFile(): string | undefined {
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
      onWorkerCrash: (err) => reportWorkerCrash(this.log, 'Corpus', err),
    });
    this.index = index;
    this.indexSubscriptions.push(
      index.onDidChange((change) => {
        // Every way a file ends up skipped (refresh, watcher, rename) says why, once per change.
        for (const p of change.skipped) this.logSkip(index, p);
        this.changeEmitter.fire(change.reset ? undefined : change);
        this.scheduleSave();
      }),
    );
    const cache = this.cacheFile();
    if (cache) {
      const loaded = await index.load(cache);
      if (loaded.ok) {
        this.log.info(`Corpus index loaded from cache: ${loaded.entries} documents, ${loaded.skipped} files skipped`);
        for (const s of index.skipped()) this.log.info(`Skipped ${s.path}: ${s.reason} (as recorded in the cache)`);
      } else if (!loaded.missing) this.log.warn(`Corpus cache not used (${loaded.reason}); rebuilding the index`);
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
        this.refreshAbort = abort;
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
          for (const p of result.problems) this.log.warn(`Could not read ${p.path}: ${p.reason}`);
          if (result.cancelled) this.log.info('Indexing cancelled; the next refresh continues where it stopped.');
          this.changeEmitter.fire(undefined);
          this.scheduleSave(0);
        } catch (err) {
          this.log.error(`Indexing failed: ${err instanceof Error ? err.message : String(err)}`);
        } finally {
          cancel.dispose();
          if (this.refreshAbort === abort) this.refreshAbort = undefined;
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
      if (doc.uri.scheme !== 'file' || !index.isDocument(doc.uri.fsPath) || documentLength(doc) > MAX_OPEN_DOCUMENT_CHARS) return;
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
    this.indexSubscriptions.push(
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
    if (!this.cacheFile() || !this.index) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), delayMs);
  }

  private saveNow(): Promise<void> {
    this.saveTimer = undefined;
    const file = this.cacheFile();
    const index = this.index;
    if (!file || !index) return Promise.resolve();
    // One write at a time: a later save waits for the one in progress, so the newest state lands last.
    const previous = this.saving;
    const job = (async () => {
      await previous;
      const outcome = await index.save(file);
      if (outcome.ok) return;
      // Said once per session (disk full, read-only storage): every later save fails the same way.
      this.log.warnOnce(
        'corpus-cache-write',
        vscode.l10n.t('Zhengwu Lens: the corpus cache could not be written ({0}). Indexing still works; it will start from scratch next time.', outcome.reason),
        `Corpus cache not written (${outcome.reason}); the index works without it.`,
      );
    })();
    this.saving = job;
    void job.finally(() => {
      if (this.saving === job) this.saving = undefined;
    });
    return job;
  }

  /** Writes a pending cache save now, and waits until no cache write is in progress. */
  async flushCache(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      await this.saveNow();
    }
    await this.saving;
  }

  private logSkip(index: CorpusIndex, p: string): void {
    const s = index.skippedFile(p);
    if (s) this.log.info(`Skipped ${s.path}: ${s.reason}`);
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    this.refreshAbort?.abort();
    for (const d of [...this.subscriptions, ...this.indexSubscriptions]) d.dispose();
    this.index?.dispose();
  }
}
