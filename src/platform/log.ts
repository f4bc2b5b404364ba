import * as vscode from 'vscode';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface LogLine {
  readonly level: LogLevel;
  readonly message: string;
}

/**
 * The output channel, plus a bounded memory of its recent lines (what the integration tests read
 * through the API's `reliability.logLines()`, since an output channel cannot be read back) and the
 * one place that decides whether a problem is worth a notification.
 */
export interface ExtensionLog extends vscode.LogOutputChannel {
  /** The most recent lines written through the level methods, oldest first (at most `RECENT_LINES`). */
  recent(): readonly LogLine[];
  /**
   * The first time `key` is reported in this session: logs `detail` as a warning and shows `message`
   * as a warning notification (logged too, as `Notification: …`, so the channel records what the
   * reader was told). Later reports of the same key say nothing: a fault that recurs with every save
   * must flood neither the notifications nor the output channel.
   */
  warnOnce(key: string, message: string, detail?: string): void;
}

export const RECENT_LINES = 2000;

const LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

/** One output channel for everything the extension skips, recovers from or wants to explain. */
export function createLog(): ExtensionLog {
  return recordingLog(vscode.window.createOutputChannel('Zhengwu Lens', { log: true }));
}

export function recordingLog(channel: vscode.LogOutputChannel): ExtensionLog {
  const lines: LogLine[] = [];
  const told = new Set<string>();
  const record = (level: LogLevel, message: string) => {
    lines.push({ level, message });
    if (lines.length > RECENT_LINES) lines.splice(0, lines.length - RECENT_LINES);
  };
  const writers = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      (message: string | Error, ...args: unknown[]) => {
        record(level, message instanceof Error ? message.message : String(message));
        (channel[level] as (m: string | Error, ...a: unknown[]) => void)(message, ...args);
      },
    ]),
  );
  const extra = {
    recent: () => lines.slice(),
    warnOnce(key: string, message: string, detail?: string) {
      if (told.has(key)) return;
      told.add(key);
      if (detail) writers.warn(detail);
      writers.warn(`Notification: ${message}`);
      void vscode.window.showWarningMessage(message);
    },
  };
  // A proxy rather than a copy: the channel's other members (logLevel, show, dispose…) stay its own.
  return new Proxy(channel, {
    get(target, prop) {
      if (typeof prop === 'string' && prop in writers) return writers[prop];
      if (typeof prop === 'string' && prop in extra) return extra[prop as keyof typeof extra];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as ExtensionLog;
}

/** Every crash is logged; the reader is told once per session, whichever worker it was. */
export function reportWorkerCrash(log: ExtensionLog, which: string, err: Error): void {
  log.error(`${which} worker crashed and was restarted: ${err.message}`);
  log.warnOnce('worker-crash', vscode.l10n.t('Zhengwu Lens: the analysis worker crashed and was restarted. Details are in the output channel.'));
}
