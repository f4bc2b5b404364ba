// The messages between the Corpus Overview webview and the extension, both directions, in one place.
// No `vscode` import: the webview bundle and the plain-Node unit tests use this file too.
import type { DocumentRef, Overview, OverviewCsvTable, SloganSpread } from '../../core/corpus/overview/types';

export type TabId = 'timeline' | 'places' | 'slogans' | 'officials';
export const TAB_IDS: readonly TabId[] = ['timeline', 'places', 'slogans', 'officials'];

/** The charts that can be exported as pictures; `sloganSpread` is the timeline of one slogan. */
export type ChartId = 'timeline' | 'places' | 'sloganSpread' | 'officials';
export const CHART_IDS: readonly ChartId[] = ['timeline', 'places', 'sloganSpread', 'officials'];

export type CsvTable = OverviewCsvTable | 'sloganSpread';
export const CSV_TABLES: readonly CsvTable[] = ['timeline', 'places', 'slogans', 'officials', 'sloganSpread'];

/** What a document list shows (its heading is written by the webview from this, so it can translate). */
export type ListSubject =
  | { kind: 'month'; month: string; series?: string | null | string[] }
  /** Names along the places tree (province, city, county); empty: the documents of unknown locality. */
  | { kind: 'place'; path: string[] }
  | { kind: 'official'; name: string; province: string | null }
  | { kind: 'passage'; text: string };

/** Buttons of the empty state: the extension runs the matching command. */
export type HostCommand = 'openFolder' | 'openSamples' | 'refresh';
const HOST_COMMANDS: readonly HostCommand[] = ['openFolder', 'openSamples', 'refresh'];

// ---------------------------------------------------------------------------------------------
// Webview → extension

export type FromWebview =
  | { type: 'ready' }
  | { type: 'requestMonth'; month: string; series?: string | null | string[] }
  | { type: 'requestPlace'; path: string[] }
  /** A row of `Overview.officials`: a split name (two people) lists only the documents of its province. */
  | { type: 'requestOfficial'; name: string; province: string | null; split: boolean }
  | { type: 'requestSlogan'; key: string }
  | { type: 'openDocument'; path: string }
  | { type: 'exportChart'; chart: ChartId; format: 'png' | 'svg'; data: string }
  | { type: 'exportCsv'; table: CsvTable; key?: string }
  | { type: 'command'; command: HostCommand }
  /** The page's CSP blocked something (a bug of ours or of the chart library): logged by the extension. */
  | { type: 'cspViolation'; directive: string; blocked: string };

// ---------------------------------------------------------------------------------------------
// Extension → webview

/** Where the corpus is: nothing to show yet, being indexed, or ready. */
export type CorpusStatus =
  | { kind: 'noFolder' }
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'empty' }
  | { kind: 'ready' };

export type ToWebview =
  | { type: 'init'; strings: Record<string, string>; locale: string }
  | { type: 'status'; status: CorpusStatus }
  | { type: 'overview'; overview: Overview }
  | { type: 'documents'; subject: ListSubject; documents: DocumentRef[]; total: number }
  | { type: 'sloganSpread'; spread: SloganSpread | null; key: string }
  /** Sent by "Show Slogan Spread": switch to the Slogan spread tab and show this key (or these passage matches). */
  | { type: 'focusSlogan'; key: string }
  | { type: 'notice'; text: string };

/** Largest export payload accepted from the webview (a PNG at twice the panel's size stays well under). */
export const MAX_EXPORT_CHARS = 40 * 1024 * 1024;
/** Longest name, key, path or month accepted in a request. */
const MAX_FIELD = 4096;

export type Validated = { ok: true; message: FromWebview } | { ok: false; error: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_FIELD): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Exactly these keys (plus `type`): anything else means the message is not one we sent ourselves. */
function onlyKeys(o: Obj, allowed: string[]): string | null {
  const extra = Object.keys(o).filter((k) => k !== 'type' && !allowed.includes(k));
  return extra.length ? `unexpected field(s) ${extra.join(', ')}` : null;
}

function validSeries(v: unknown): boolean {
  if (v === undefined || v === null || isText(v)) return true;
  return Array.isArray(v) && v.length <= 100 && v.every((s) => isText(s));
}

function validPlacePath(v: unknown): string | null {
  if (!Array.isArray(v) || v.length > 3) return 'path must be a list of at most three place names';
  return v.every((n) => isText(n, 64)) ? null : 'path must hold place names';
}

/** PNG as a base64 data URL; SVG as markup. Nothing else is written to disk. */
function validPicture(format: unknown, data: unknown): string | null {
  if (format !== 'png' && format !== 'svg') return 'format must be png or svg';
  if (typeof data !== 'string' || data.length === 0 || data.length > MAX_EXPORT_CHARS) return 'data must be a non-empty string within the size limit';
  if (format === 'png' && !/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(data)) return 'png data must be a base64 PNG data URL';
  if (format === 'svg' && !/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(data)) return 'svg data must be SVG markup';
  return null;
}

/**
 * Checks a message from the webview. The webview is our own code, but it renders corpus text and runs
 * a charting library: anything not shaped exactly like a request we send is refused, never guessed at.
 */
export function validateFromWebview(raw: unknown): Validated {
  const fail = (error: string): Validated => ({ ok: false, error });
  if (!isObj(raw)) return fail('message is not an object');
  const m = raw;
  const check = (allowed: string[], problem: string | null): Validated => {
    const found = problem ?? onlyKeys(m, allowed);
    return found ? fail(`${String(m.type)}: ${found}`) : { ok: true, message: m as FromWebview };
  };
  switch (m.type) {
    case 'ready':
      return check([], null);
    case 'requestMonth':
      return check(['month', 'series'], !(typeof m.month === 'string' && MONTH.test(m.month)) ? 'month must be YYYY-MM' : !validSeries(m.series) ? 'series must be a province, null or a list of provinces' : null);
    case 'requestPlace':
      return check(['path'], validPlacePath(m.path));
    case 'requestOfficial':
      return check(
        ['name', 'province', 'split'],
        !isText(m.name, 64) ? 'name must be a short non-empty string' : !(m.province === null || isText(m.province, 64)) ? 'province must be a name or null' : typeof m.split !== 'boolean' ? 'split must be a boolean' : null,
      );
    case 'requestSlogan':
      return check(['key'], isText(m.key, 400) ? null : 'key must be a non-empty string');
    case 'openDocument':
      return check(['path'], isText(m.path) ? null : 'path must be a non-empty string');
    case 'exportChart':
      return check(['chart', 'format', 'data'], !CHART_IDS.includes(m.chart as ChartId) ? 'unknown chart' : validPicture(m.format, m.data));
    case 'exportCsv': {
      if (!CSV_TABLES.includes(m.table as CsvTable)) return fail('exportCsv: unknown table');
      const needsKey = m.table === 'sloganSpread';
      return check(['table', 'key'], needsKey && !isText(m.key, 400) ? 'sloganSpread needs the slogan key' : !needsKey && m.key !== undefined ? 'only sloganSpread takes a key' : null);
    }
    case 'command':
      return check(['command'], HOST_COMMANDS.includes(m.command as HostCommand) ? null : 'unknown command');
    case 'cspViolation':
      return check(['directive', 'blocked'], isText(m.directive, 200) && typeof m.blocked === 'string' && m.blocked.length <= 500 ? null : 'directive and blocked must be short strings');
    default:
      return fail(`unknown message type ${JSON.stringify(typeof m.type === 'string' ? m.type.slice(0, 40) : m.type)}`);
  }
}

/** The webview's saved state (vscode.setState): which tab and which selection survive hiding the panel. */
export interface PanelState {
  tab: TabId;
  /** Places drill-down: the names clicked so far from the country level (province, then city). */
  drill: string[];
  slogan?: string;
  /** Charts whose data table the reader showed (true) or hid (false); absent: the chart's default. */
  tables: Partial<Record<ChartId, boolean>>;
}

export function restoreState(raw: unknown): PanelState {
  const fallback: PanelState = { tab: 'timeline', drill: [], tables: {} };
  if (!isObj(raw)) return fallback;
  const tab = TAB_IDS.includes(raw.tab as TabId) ? (raw.tab as TabId) : 'timeline';
  const drill = Array.isArray(raw.drill) && raw.drill.length <= 2 && raw.drill.every((n) => isText(n, 64)) ? (raw.drill as string[]) : [];
  const slogan = isText(raw.slogan, 400) ? raw.slogan : undefined;
  const tables: Partial<Record<ChartId, boolean>> = {};
  if (isObj(raw.tables)) {
    for (const c of CHART_IDS) {
      const shown = raw.tables[c];
      if (typeof shown === 'boolean') tables[c] = shown;
    }
  }
  return { tab, drill, slogan, tables };
}
