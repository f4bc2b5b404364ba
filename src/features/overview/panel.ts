import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus';
import {
  buildOverview,
  CSV_BOM,
  documentsInMonth,
  documentsInPlace,
  officialDocuments,
  officialsCsv,
  placesCsv,
  sloganSpread,
  sloganSpreadCsv,
  slogansCsv,
  timelineCsv,
} from '../../core/corpus/overview';
import type { DocumentRef, Overview } from '../../core/corpus/overview/types';
import type { Services } from '../../services';
import { exportName, pictureBytes, saveExport, showExported, type SaveDialog } from './exportFile';
import { OVERVIEW_SCRIPT, overviewHtml } from './html';
import { validateFromWebview, type CorpusStatus, type FromWebview, type ListSubject, type ToWebview } from './protocol';
import { webviewStrings } from './strings';

export const VIEW_TYPE = 'zhengwu.overview';
/** Rows of a document list sent at once: the webview draws every row it gets. */
export const MAX_LIST = 500;
/** Wait after an index change before recomputing: indexing fires a change per batch. */
const DEBOUNCE_MS = 300;
/** Progress is posted at most this often while indexing. */
const STATUS_MS = 250;

/** What the panel shares with `register` (and through it, the extension API). */
export interface PanelHooks {
  saveDialog(): SaveDialog;
  onPosted(message: ToWebview): void;
  onExported(uri: vscode.Uri): void;
  onDisposed(): void;
}

/**
 * One Corpus Overview panel. Aggregates are computed here, in the extension host, from the index
 * summaries (one pass over the entries) and only while the panel is visible; the webview receives the
 * aggregates it draws and asks for document lists when the reader drills down.
 */
export class OverviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private overview: Overview | undefined;
  private stale = true;
  private timer: NodeJS.Timeout | undefined;
  private statusTimer: NodeJS.Timeout | undefined;
  private lastComputeMs = 0;
  private ready = false;
  private disposed = false;
  /** Sent once the webview has loaded (it reloads whenever the panel is shown again). */
  private pendingFocus: ToWebview[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly services: Services,
    private readonly hooks: PanelHooks,
  ) {
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'zhengwu-activity.svg');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist] };
    panel.webview.html = overviewHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, OVERVIEW_SCRIPT)).toString(),
      lang: vscode.env.language,
    });
    const { corpus } = services;
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      panel.onDidChangeViewState(() => {
        // Hidden, the page is unloaded (no retained context): it says `ready` again when shown, and
        // messages wait for that. Its tab, drill-down and slogan come back from its saved state.
        if (!panel.visible) this.ready = false;
        else if (this.stale) this.schedule(0);
      }),
      panel.onDidDispose(() => this.dispose()),
      corpus.onDidChange(() => {
        this.stale = true;
        if (panel.visible) this.schedule(DEBOUNCE_MS);
      }),
      corpus.onDidChangeState(() => this.scheduleStatus()),
    );
    void corpus.ensure().then(() => {
      this.postStatus();
      this.schedule(0);
    });
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  get current(): Overview | undefined {
    return this.overview;
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Switches to the Slogan spread tab for this key (after the page loads, if it is loading). */
  focusSlogan(key: string): void {
    this.send({ type: 'focusSlogan', key });
  }

  /** Shows a list in the Slogan spread tab: the reports sharing a passage that is not a known slogan. */
  showPassage(text: string, docs: DocumentRef[]): void {
    this.send({ type: 'focusSlogan', key: '' });
    this.send({ type: 'documents', subject: { kind: 'passage', text }, documents: docs.slice(0, MAX_LIST), total: docs.length });
  }

  private send(message: ToWebview): void {
    if (this.ready) this.post(message);
    else this.pendingFocus.push(message);
  }

  private post(message: ToWebview): void {
    this.hooks.onPosted(message);
    void this.panel.webview.postMessage(message);
  }

  private status(): CorpusStatus {
    const { corpus } = this.services;
    const index = corpus.peek();
    const state = corpus.state;
    if (state.kind === 'none' || !corpus.root) return { kind: 'noFolder' };
    if (state.kind === 'indexing' && state.done < state.total) return { kind: 'indexing', done: state.done, total: state.total };
    if (index && index.size === 0 && !index.busy && state.kind === 'ready') return { kind: 'empty' };
    return { kind: 'ready' };
  }

  private postStatus(): void {
    if (this.ready) this.post({ type: 'status', status: this.status() });
  }

  private scheduleStatus(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.postStatus();
    }, STATUS_MS);
  }

  /**
   * Recomputes at most once per delay however many changes arrive (a running timer is not pushed back:
   * during indexing the charts fill in as batches land), and never more often than a few times the
   * cost of one computation, so a 50,000-document corpus does not spend its time redrawing.
   */
  private schedule(delay: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.recompute();
    }, Math.max(delay, this.lastComputeMs * 3));
  }

  private recompute(): void {
    const index = this.services.corpus.peek();
    if (!index || !this.ready || !this.panel.visible) return;
    if (this.overview && !this.stale && this.overview.revision === index.revision) return;
    const started = Date.now();
    this.overview = buildOverview(index.entries(), index.revision);
    this.lastComputeMs = Date.now() - started;
    this.stale = false;
    this.post({ type: 'overview', overview: this.overview });
    this.postStatus();
  }

  /** Messages from the webview, or from the test API standing in for it: validated the same way. */
  async receive(raw: unknown): Promise<void> {
    const checked = validateFromWebview(raw);
    if (!checked.ok) {
      this.services.log.warn(`Corpus Overview: ignored a malformed message from the webview (${checked.error})`);
      return;
    }
    try {
      await this.handle(checked.message);
    } catch (err) {
      this.services.log.error(`Corpus Overview: ${checked.message.type} failed: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Overview: {0}', err instanceof Error ? err.message : String(err)));
    }
  }

  private list(subject: ListSubject, docs: DocumentRef[]): void {
    this.post({ type: 'documents', subject, documents: docs.slice(0, MAX_LIST), total: docs.length });
  }

  private async handle(m: FromWebview): Promise<void> {
    const index = this.services.corpus.peek();
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: webviewStrings(), locale: vscode.env.language });
        this.postStatus();
        this.stale = true;
        this.overview = undefined;
        this.recompute();
        for (const queued of this.pendingFocus.splice(0)) this.post(queued);
        return;
      case 'requestMonth':
        if (index) this.list({ kind: 'month', month: m.month, series: m.series }, documentsInMonth(index.entries(), m.month, m.series));
        return;
      case 'requestPlace':
        if (index) this.list({ kind: 'place', path: m.path }, documentsInPlace(index.entries(), m.path));
        return;
      case 'requestOfficial':
        if (index) this.list({ kind: 'official', name: m.name, province: m.split ? m.province : null }, officialDocuments(index.entries(), { name: m.name, province: m.province, split: m.split }));
        return;
      case 'requestSlogan': {
        if (!index) return;
        const spread = sloganSpread(index.entries(), m.key);
        const found = spread.documents.length > 0;
        this.post({ type: 'sloganSpread', key: spread.key || m.key, spread: found ? { ...spread, documents: spread.documents.slice(0, MAX_LIST) } : null });
        return;
      }
      case 'openDocument':
        return this.open(index, m.path);
      case 'exportChart': {
        const uri = await saveExport(this.hooks.saveDialog(), exportName(m.chart, m.format), m.format, pictureBytes(m.format, m.data));
        if (uri) this.exported(uri);
        return;
      }
      case 'exportCsv': {
        const csv = this.csv(index, m.table, m.key);
        if (csv === undefined) return;
        const uri = await saveExport(this.hooks.saveDialog(), exportName(m.table === 'sloganSpread' ? `slogan-${m.key}` : m.table, 'csv'), 'csv', Buffer.from(CSV_BOM + csv, 'utf8'));
        if (uri) this.exported(uri);
        return;
      }
      case 'cspViolation':
        this.services.log.warn(`Corpus Overview: the page's Content Security Policy blocked ${m.blocked || 'an inline resource'} (${m.directive})`);
        return;
      case 'command':
        if (m.command === 'openFolder') await vscode.commands.executeCommand('workbench.action.files.openFolder');
        else if (m.command === 'openSamples') await vscode.commands.executeCommand('zhengwu.openSamples');
        else await this.services.corpus.refresh();
        return;
    }
  }

  private exported(uri: vscode.Uri): void {
    this.hooks.onExported(uri);
    showExported(uri);
  }

  /** The CSV of a table, from the same aggregates the chart shows (computed now if none is current). */
  private csv(index: CorpusIndex | undefined, table: string, key?: string): string | undefined {
    if (!index) return undefined;
    if (table === 'sloganSpread') return sloganSpreadCsv(sloganSpread(index.entries(), key ?? ''));
    const o = this.overview && this.overview.revision === index.revision ? this.overview : buildOverview(index.entries(), index.revision);
    const exporters: Record<string, (o: Overview) => string> = { timeline: timelineCsv, places: placesCsv, slogans: slogansCsv, officials: officialsCsv };
    return exporters[table]?.(o);
  }

  /**
   * Opens a report the way the Corpus view does (a preview editor; a Traditional report shows in its
   * Simplified view), beside the panel so the chart stays in sight. Only paths of the index are opened:
   * the webview names a document, it does not choose a file.
   */
  private async open(index: CorpusIndex | undefined, rel: string): Promise<void> {
    const entry = index?.get(rel);
    if (!entry) {
      this.services.log.warn(`Corpus Overview: asked to open ${rel}, which is not in the corpus index`);
      return;
    }
    await vscode.window.showTextDocument(this.services.corpus.uriOf(entry), { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.statusTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.hooks.onDisposed();
  }
}
