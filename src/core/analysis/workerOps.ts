import * as fs from 'fs';
import { decodeText } from '../corpus/decode';
import { summarizeInput, type SummaryInput } from '../corpus/summarizer';
import type { DocumentSummary } from '../corpus/summary';
import { passageMatchesOf, similarDocumentsOf, similarToSpan, syncReuse, type SyncResult } from '../corpus/similar/reuseWorkerState';
import type { SimilarDocument } from '../corpus/similar/types';
import { prepare } from '../text';
import { analyzeText, findTitle, withLineFeeds, type AnalyzeOptions, type FullAnalysis } from './analyze';
import { findBoilerplate } from './boilerplate';

export interface NameHit {
  file: string;
  title: string;
  count: number;
  /** The first mention with some context, in Simplified script. */
  snippet: string;
  /** Offset of the first mention in the file's prepared (Simplified) text. */
  offset: number;
}

/** Operations a worker performs; the pool's `call` is typed by this table. */
export interface WorkerOps {
  analyze: { args: { text: string } & AnalyzeOptions; result: FullAnalysis };
  findName: { args: { files: string[]; name: string }; result: { hits: NameHit[]; skipped: { file: string; reason: string }[] } };
  summarize: { args: { input: SummaryInput; pathHint: string }; result: DocumentSummary };
  /** The reuse index lives in the one worker of its own pool (state across calls). */
  reuseSync: { args: { files: { path: string; hash: string }[] }; result: SyncResult };
  reuseQuery: { args: { text: string; span: { start: number; end: number }; self?: string }; result: ReturnType<typeof similarToSpan> };
  reuseSimilarDocuments: { args: { id: string; limit: number }; result: SimilarDocument[] };
  reusePassages: { args: { id: string }; result: ReturnType<typeof passageMatchesOf> };
}

export type OpName = keyof WorkerOps;

export const workerOps: { [K in OpName]: (args: WorkerOps[K]['args']) => WorkerOps[K]['result'] } = {
  analyze: ({ text, ...opts }) => analyzeText(text, opts),
  summarize: ({ input, pathHint }) => summarizeInput(input, pathHint),
  reuseSync: ({ files }) => syncReuse(files),
  reuseQuery: ({ text, span, self }) => similarToSpan(text, span, self),
  reuseSimilarDocuments: ({ id, limit }) => similarDocumentsOf(id, limit),
  reusePassages: ({ id }) => passageMatchesOf(id),
  findName: ({ files, name }) => {
    const hits: NameHit[] = [];
    const skipped: { file: string; reason: string }[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = prepare(decodeText(fs.readFileSync(file))).text;
      } catch (err) {
        skipped.push({ file, reason: err instanceof Error ? err.message : String(err) });
        continue;
      }
      let count = 0;
      let first = -1;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (first < 0) first = at;
        count++;
      }
      if (count === 0) continue;
      const snippet = text.slice(Math.max(0, first - 20), first + name.length + 30).replace(/\s+/g, ' ');
      const lines = withLineFeeds(text);
      hits.push({ file, title: findTitle(lines, findBoilerplate(lines)), count, snippet, offset: first });
    }
    hits.sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
    return { hits, skipped };
  },
};
