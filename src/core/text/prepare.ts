import { clean, type CleanReport, type CorruptSpan } from './clean';
import { convert } from './convert';
import { composeMaps } from './offsetMap';
import { detectScript, type ScriptReport } from './script';
import type { OffsetMap } from './types';

export interface Prepared {
  /** The text as read. */
  source: string;
  /** Cleaned and, when converted, Simplified: what the reader sees and analysis indexes. */
  text: string;
  /** text → source */
  map: OffsetMap;
  /** Script of the cleaned source, before any conversion. */
  script: ScriptReport;
  /** What cleaning did; corrupt spans index `text`. */
  cleaning: CleanReport;
  converted: boolean;
}

export interface PrepareOptions {
  /** 'auto' (default) converts Traditional and mixed text; 'always' and 'never' force the choice. */
  toSimplified?: 'auto' | 'always' | 'never';
}

/** What the editor, the CLI and analysis do on open: clean, detect the script, convert to Simplified. */
export function prepare(source: string, opts: PrepareOptions = {}): Prepared {
  const mode = opts.toSimplified ?? 'auto';
  const cleaned = clean(source);
  const script = detectScript(cleaned.text);
  const wanted = mode === 'always' || (mode === 'auto' && (script.script === 'traditional' || script.script === 'mixed'));
  if (!wanted) {
    return { source, text: cleaned.text, map: cleaned.map, script, cleaning: cleaned.report, converted: false };
  }
  const converted = convert(cleaned.text, 'simplified');
  const text = converted.text;
  // Corrupt spans were found in the cleaned text; carry them into the converted one.
  const corrupt: CorruptSpan[] = cleaned.report.corrupt.map((c) => {
    const span = converted.map.spanToTarget(c);
    return { ...c, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  });
  return {
    source,
    text,
    map: composeMaps(cleaned.map, converted.map),
    script,
    cleaning: { ...cleaned.report, corrupt },
    converted: true,
  };
}
