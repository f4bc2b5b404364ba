import * as vscode from 'vscode';

export type ConvertOnOpen = 'view' | 'edit' | 'off';

/** Every `zhengwu.*` setting, read in one place. Features receive a snapshot and re-read on change. */
export interface ZhengwuConfig {
  /** What opening a Traditional or artifact-laden corpus document does. */
  readonly convertOnOpen: ConvertOnOpen;
  readonly corpus: {
    /** Glob of files that count as corpus documents. */
    readonly include: string;
    /** Globs of files that never count, even when `include` matches. */
    readonly exclude: readonly string[];
    readonly maxFileSizeMB: number;
    /** Select the active editor's document in the Corpus view. */
    readonly revealActiveDocument: boolean;
  };
  readonly statusBar: { readonly enabled: boolean };
  readonly decorations: DecorationSettings;
  readonly similar: { readonly codeLens: boolean };
}

export const DECORATION_KINDS = ['officials', 'titles', 'dates', 'directives', 'slogans', 'localities', 'boilerplate'] as const;
export type DecorationKind = (typeof DECORATION_KINDS)[number];

/** `enabled` switches all inline decorations; each kind can be switched on its own. */
export type DecorationSettings = { readonly enabled: boolean; readonly debounceMs: number } & { readonly [K in DecorationKind]: boolean };

export const SECTION = 'zhengwu';

export function readConfig(scope?: vscode.ConfigurationScope): ZhengwuConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const mode = c.get<string>('convertOnOpen', 'view');
  return {
    convertOnOpen: mode === 'edit' || mode === 'off' ? mode : 'view',
    corpus: {
      include: c.get<string>('corpus.include', '**/*.{txt,md}') || '**/*.{txt,md}',
      exclude: c.get<string[]>('corpus.exclude', []) ?? [],
      maxFileSizeMB: Math.max(1, c.get<number>('corpus.maxFileSizeMB', 50)),
      revealActiveDocument: c.get<boolean>('corpus.revealActiveDocument', true),
    },
    statusBar: { enabled: c.get<boolean>('statusBar.enabled', true) },
    similar: { codeLens: c.get<boolean>('similar.codeLens', true) },
    decorations: {
      enabled: c.get<boolean>('decorations.enabled', true),
      debounceMs: Math.min(5000, Math.max(0, c.get<number>('decorations.debounceMs', 300))),
      ...(Object.fromEntries(DECORATION_KINDS.map((k) => [k, c.get<boolean>(`decorations.${k}`, true)])) as { [K in DecorationKind]: boolean }),
    },
  };
}

/** Holds the current snapshot and tells listeners when any `zhengwu.*` setting changed. */
export class ConfigService implements vscode.Disposable {
  private snapshot = readConfig();
  private readonly emitter = new vscode.EventEmitter<ZhengwuConfig>();
  private readonly listener: vscode.Disposable;
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.snapshot = readConfig();
      this.emitter.fire(this.snapshot);
    });
  }

  get current(): ZhengwuConfig {
    return this.snapshot;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
