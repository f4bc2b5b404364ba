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

function decodeInput(input: SummaryInput): { text: string; encoding: TextEncoding; confidence: number } {
  if ('text' in input) return { text: input.text, encoding: input.encoding, confidence: input.encodingConfidence };
  const d = decodeBytes(input.bytes, { maxBytes: input.maxBytes });
  return { text: d.text, encoding: d.encoding, confidence: d.confidence };
}

/** Everything on the calling thread: the CLI on small folders, tests. */
export class InProcessSummarizer implements Summarizer {
  readonly parallelism = 1;

  async summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary> {
    const decoded = decodeInput(input);
    const prepared = prepare(decoded.text);
    return summarize(decoded, prepared, analyzeText(prepared.text, { pathHint }));
  }

  dispose(): void {}
}

/**
 * Analysis in worker threads. Decoding and preparation (cleaning, conversion: about half a millisecond
 * for a typical report) stay on the calling thread because the pool's workers take prepared text;
 * the analysers, which are the cost, run in the workers.
 */
export class PoolSummarizer implements Summarizer {
  readonly parallelism: number;
  private readonly owned: boolean;
  private readonly pool: AnalysisPool;

  /** With a worker script the summarizer starts and owns a pool of `size` workers; a given pool is shared. */
  constructor(pool: AnalysisPool | { workerScript: string; size: number; onCrash?: (err: Error) => void }, size?: number) {
    if (pool instanceof AnalysisPool) {
      this.pool = pool;
      this.owned = false;
      this.parallelism = Math.max(1, size ?? 1);
    } else {
      this.pool = new AnalysisPool(pool.workerScript, pool.size, pool.onCrash);
      this.owned = true;
      this.parallelism = Math.max(1, pool.size);
    }
  }

  async summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary> {
    const decoded = decodeInput(input);
    const prepared = prepare(decoded.text);
    const analysis = await this.pool.analyze(prepared.text, pathHint);
    return summarize(decoded, prepared, analysis);
  }

  dispose(): void {
    if (this.owned) this.pool.dispose();
  }
}
