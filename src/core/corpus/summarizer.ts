import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../analysis/analyze';
import { AnalysisPool } from '../analysis/pool';
import { prepare } from '../text';
import { decodeBytes } from './decode';
import type { TextEncoding } from './detect';
import { summarize, type DocumentSummary } from './summary';

/** The content to summarise: file bytes (decoded here), or text an editor holds. */
export type SummaryInput =
  | { bytes: Uint8Array; maxBytes?: number }
  | { text: string; encoding: TextEncoding; encodingConfidence: number };

/**
 * Turns one document into its summary. Undecodable input rejects with a DecodeError. The index owns
 * a summarizer and disposes it; hosts can pass their own (a shared pool, a counting wrapper in tests).
 */
export interface Summarizer {
  summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary>;
  /** How many documents may usefully be in flight at once. */
  readonly parallelism: number;
  dispose(): void;
}

export function decodeInput(input: SummaryInput): { text: string; encoding: TextEncoding; confidence: number } {
  if ('text' in input) return { text: input.text, encoding: input.encoding, confidence: input.encodingConfidence };
  const d = decodeBytes(input.bytes, { maxBytes: input.maxBytes });
  return { text: d.text, encoding: d.encoding, confidence: d.confidence };
}

/** Everything on the calling thread: the CLI on small folders, tests. */
export class InProcessSummarizer implements Summarizer {
  readonly parallelism = 1;

  async summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary> {
    return summarizeInput(input, pathHint);
  }

  dispose(): void {}
}

/** Decoding, preparation and analysis of one document: what a worker does for the index. */
export function summarizeInput(input: SummaryInput, pathHint: string): DocumentSummary {
  const decoded = decodeInput(input);
  const prepared = prepare(decoded.text);
  return summarize(decoded, prepared, analyzeText(prepared.text, { pathHint }));
}

/**
 * Everything per document in worker threads: decoding, cleaning, conversion and analysis, so that an
 * editor's extension host only reads and hashes files while a corpus is indexed.
 */
export class PoolSummarizer implements Summarizer {
  readonly parallelism: number;
  private readonly owned: boolean;
  private readonly pool: AnalysisPool;
  /*
   * The pool's workers are unref'd (they must not keep an editor's host alive), so while a document
   * is in a worker nothing else may be keeping a command-line process running: a timer does, exactly
   * as long as requests are pending.
   */
  private inFlight = 0;
  private keepAlive: ReturnType<typeof setInterval> | undefined;

  /**
   * With a worker script the summarizer starts and owns a pool of `size` workers. A given pool is
   * shared and left running on dispose; `size` is then its number of workers.
   */
  constructor(pool: AnalysisPool | { workerScript: string; size: number; onCrash?: (err: Error) => void }, size?: number) {
    if (pool instanceof AnalysisPool) {
      this.pool = pool;
      this.owned = false;
      this.parallelism = Math.max(1, size ?? 1);
    } else {
      // Worker threads take only absolute (or ./-relative) paths; a missing script would leave requests hanging.
      const script = path.resolve(pool.workerScript);
      if (!fs.existsSync(script)) throw new Error(`analysis worker script not found: ${script}`);
      this.pool = new AnalysisPool(script, pool.size, pool.onCrash);
      this.owned = true;
      this.parallelism = Math.max(1, pool.size);
    }
  }

  async summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary> {
    this.hold();
    try {
      return await this.pool.call('summarize', { input, pathHint });
    } finally {
      this.release();
    }
  }

  dispose(): void {
    if (this.owned) this.pool.dispose();
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = undefined;
  }

  private hold(): void {
    if (this.inFlight++ === 0) this.keepAlive = setInterval(() => undefined, 1 << 30);
  }

  private release(): void {
    if (--this.inFlight === 0 && this.keepAlive) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }
}
