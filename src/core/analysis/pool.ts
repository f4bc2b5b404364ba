import { Worker } from 'worker_threads';
import { DecodeError } from '../corpus/decodeError';
import type { WorkerRequest, WorkerResponse } from './worker';
import type { OpName, WorkerOps } from './workerOps';

interface Pending {
  req: WorkerRequest;
  resolve(result: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  worker?: Worker;
  busy?: Pending;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * A small pool of analysis workers, started on first use. A crashed worker is replaced and its request
 * retried once; `onCrash` lets the host tell the user (once) without losing the pool.
 */
export class AnalysisPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private readonly retried = new Set<number>();
  private disposed = false;

  constructor(private readonly script: string, size: number, private readonly onCrash?: (err: Error) => void) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({}));
  }

  call<K extends OpName>(op: K, args: WorkerOps[K]['args']): Promise<WorkerOps[K]['result']> {
    if (this.disposed) return Promise.reject(new Error('analysis pool disposed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, op, args }, resolve: resolve as (r: unknown) => void, reject });
      this.pump();
    });
  }

  analyze(text: string, pathHint?: string): Promise<WorkerOps['analyze']['result']> {
    return this.call('analyze', { text, pathHint });
  }

  /** Drops queued (not yet started) requests, e.g. when an indexing run is cancelled. */
  cancelQueued(): void {
    for (const p of this.queue.splice(0)) p.reject(new CancelledError());
  }

  /**
   * Terminates every running worker without letting it answer: to the pool this is a crash (the
   * request in flight is retried on a fresh worker, `onCrash` is told). Fault tests use it.
   * Returns how many workers were running.
   */
  killWorkers(): number {
    let killed = 0;
    for (const slot of this.slots) {
      if (!slot.worker) continue;
      killed++;
      void slot.worker.terminate();
    }
    return killed;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelQueued();
    for (const slot of this.slots) {
      slot.busy?.reject(new CancelledError());
      void slot.worker?.terminate();
      slot.worker = undefined;
      slot.busy = undefined;
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      let worker: Worker;
      try {
        worker = this.workerOf(slot);
      } catch (err) {
        // The worker could not even start (missing script): fail this request, keep the slot usable.
        job.reject(err instanceof Error ? err : new Error(String(err)));
        continue;
      }
      slot.busy = job;
      worker.postMessage(job.req);
    }
  }

  private workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (res: WorkerResponse) => {
      const job = slot.busy;
      if (!job || job.req.id !== res.id) return;
      slot.busy = undefined;
      if ('error' in res) job.reject(res.decode ? new DecodeError(res.error, res.decode) : new Error(res.error));
      else job.resolve(res.result);
      this.pump();
    });
    const crashed = (err: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const job = slot.busy;
      slot.busy = undefined;
      if (this.disposed) return;
      this.onCrash?.(err);
      if (job) {
        // Retry once on a fresh worker; a request that kills workers twice is the input's fault.
        if (this.retried.has(job.req.id)) job.reject(new Error(`analysis worker crashed twice on this input: ${err.message}`));
        else {
          this.retried.add(job.req.id);
          this.queue.unshift(job);
        }
      }
      this.pump();
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => crashed(new Error(`analysis worker exited with code ${code}`)));
    slot.worker = worker;
    return worker;
  }
}
