import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InProcessSummarizer, type Summarizer, type SummaryInput } from '../../../src/core/corpus/summarizer';
import type { DocumentSummary } from '../../../src/core/corpus/summary';
import { repoRoot } from '../helpers/paths';

/** The compiled worker (out/src/core/analysis/worker.js), as the bundle's analysisWorker.js is for the CLI. */
export const compiledWorker = path.join(repoRoot, 'out', 'src', 'core', 'analysis', 'worker.js');

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTemps` (after each suite). */
export function tempDir(prefix = 'zhengwu-corpus-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempCopy(src: string): string {
  const dir = tempDir();
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

export function removeTemps(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Sets a file's modification time to a given second, so a rewrite of the same size is seen as a change. */
export function touch(file: string, secondsFromEpoch: number): void {
  fs.utimesSync(file, secondsFromEpoch, secondsFromEpoch);
}

/** In-process summaries, recording which documents were analysed (by path hint) and optionally pausing. */
export class CountingSummarizer implements Summarizer {
  readonly parallelism: number;
  readonly analysed: string[] = [];
  private readonly inner = new InProcessSummarizer();

  constructor(
    parallelism = 1,
    private readonly delayMs = 0,
  ) {
    this.parallelism = parallelism;
  }

  async summarize(input: SummaryInput, pathHint: string): Promise<DocumentSummary> {
    this.analysed.push(pathHint);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    return this.inner.summarize(input, pathHint);
  }

  reset(): string[] {
    return this.analysed.splice(0).sort();
  }

  dispose(): void {}
}
