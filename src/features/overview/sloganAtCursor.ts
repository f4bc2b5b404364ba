import * as path from 'path';
import * as vscode from 'vscode';
import { sloganKey } from '../../core/analysis/slogans/key';
import type { CorpusIndex } from '../../core/corpus';
import { documentRef, factsReader } from '../../core/corpus/overview';
import type { DocumentRef } from '../../core/corpus/overview/types';
import type { Services } from '../../services';
import { originalOf } from '../simplifiedView/viewUri';

/** What "Show Slogan Spread" found at the cursor or in the selection. */
export type SloganTarget =
  | { kind: 'slogan'; key: string }
  | { kind: 'passage'; text: string; documents: DocumentRef[] }
  | { kind: 'nothing'; text: string };

/** Whether any indexed document uses the slogan key (stops at the first). */
function usedInCorpus(index: CorpusIndex, key: string): boolean {
  for (const e of index.entries()) if (e.slogans.includes(key)) return true;
  return false;
}

/**
 * The slogan at the cursor (a slogan the analysis found there) or in the selection (any text: it is
 * normalised the way slogans are, 党政同责，一岗双责 = 党政同责、一岗双责 = 黨政同責一崗雙責). Not a
 * slogan of the corpus: the similar-passage engine lists the reports sharing the passage instead.
 */
export async function sloganAt(editor: vscode.TextEditor, services: Services): Promise<SloganTarget> {
  const { corpus, analysis, reuse } = services;
  const index = await corpus.ensure();
  const insight = await analysis.insight(editor.document);
  if (!index || !insight) return { kind: 'nothing', text: editor.document.getText(editor.selection) };
  const doc = editor.document;
  const sel = editor.selection;
  const start = insight.fromDocument(doc.offsetAt(sel.start));
  const end = insight.fromDocument(doc.offsetAt(sel.end));
  const text = insight.prepared.text;
  if (sel.isEmpty) {
    const here = insight.analysis.slogans.find((s) => s.start <= start && start <= s.end);
    if (here && usedInCorpus(index, here.key)) return { kind: 'slogan', key: here.key };
  } else {
    const key = sloganKey(text.slice(start, end));
    if (key && usedInCorpus(index, key)) return { kind: 'slogan', key };
  }
  const original = originalOf(doc.uri) ?? doc.uri;
  const self = original.scheme === 'file' ? original.fsPath : undefined;
  const result = await reuse.query({ text, span: { start, end }, self });
  const passage = text.slice(result.query.start, result.query.end).replace(/\s+/g, ' ').trim();
  const factsOf = factsReader();
  const seen = new Set<string>();
  const documents: DocumentRef[] = [];
  for (const m of [...result.matches].sort((a, b) => b.length - a.length)) {
    if (seen.has(m.b.id)) continue;
    seen.add(m.b.id);
    const entry = index.get(m.b.id);
    documents.push(entry ? documentRef(factsOf(entry)) : { path: index.relative(m.b.id) ?? m.b.id, title: path.basename(m.b.id), date: null, locality: '' });
  }
  return documents.length ? { kind: 'passage', text: passage, documents } : { kind: 'nothing', text: passage || text.slice(start, end) };
}
