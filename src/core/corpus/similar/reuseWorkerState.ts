import * as fs from 'fs';
import { findBoilerplate } from '../../analysis/boilerplate';
import { prepare } from '../../text';
import { decodeBytes } from '../decode';
import { passageAround } from './passages';
import { ReuseIndex } from './reuseIndex';
import type { PassageMatch, StockFormula } from './types';

/**
 * The reuse index as one worker thread keeps it: documents are keyed by absolute path and re-read only
 * when the caller's content hash changed, so syncing with the corpus index costs the changed files.
 */
const index = new ReuseIndex();
const hashes = new Map<string, string>();

export interface SyncResult {
  documents: number;
  read: number;
  skipped: { file: string; reason: string }[];
}

export function syncReuse(files: { path: string; hash: string }[]): SyncResult {
  const wanted = new Map(files.map((f) => [f.path, f.hash]));
  for (const id of index.ids()) {
    if (!wanted.has(id)) {
      index.remove(id);
      hashes.delete(id);
    }
  }
  let read = 0;
  const skipped: SyncResult['skipped'] = [];
  for (const [file, hash] of wanted) {
    if (hashes.get(file) === hash && index.has(file)) continue;
    try {
      const text = prepare(decodeBytes(fs.readFileSync(file)).text).text;
      index.add({ id: file, text, exclude: findBoilerplate(text) });
      hashes.set(file, hash);
      read++;
    } catch (err) {
      skipped.push({ file, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { documents: index.size, read, skipped };
}

/** Matches of the selected text, or of the passage around `span.start` when the span is empty. */
export function similarToSpan(text: string, span: { start: number; end: number }, self?: string): { query: { start: number; end: number }; matches: PassageMatch[] } {
  const query = span.end > span.start ? span : passageAround(text, findBoilerplate(text), span.start) ?? span;
  const matches = query.end > query.start ? index.queryText(text.slice(query.start, query.end)).filter((m) => m.b.id !== self) : [];
  // Offsets of `a` index the query text: shift them into the document.
  return { query, matches: matches.map((m) => ({ ...m, a: { ...m.a, id: self ?? '', start: m.a.start + query.start, end: m.a.end + query.start } })) };
}

export function similarDocumentsOf(id: string, limit: number) {
  return index.has(id) ? index.similarDocuments(id, limit) : [];
}

/** The document's passages that share wording with other documents, each with its matches. */
export function passageMatchesOf(id: string): { passage: { start: number; end: number }; matches: PassageMatch[] }[] {
  if (!index.has(id)) return [];
  return index.passageMatches(id).filter((p) => p.matches.length > 0);
}

/**
 * The document's stock wording (shared too widely to be listed under it: see `ReuseIndex.stockFormulas`),
 * with the current cut-off, so that the editor can say so and offer an explicit query instead.
 */
export function stockFormulasOf(id: string): { documentsAtLeast: number; formulas: StockFormula[] } {
  return { documentsAtLeast: index.stockFormulaDocs, formulas: index.has(id) ? index.stockFormulas(id) : [] };
}
