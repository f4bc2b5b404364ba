/**
 * Worker-thread entry: analysis (segmentation dictionaries included) loads and runs here so the
 * extension host's thread never does it. Messages: {id, op, args} → {id, result} | {id, error}.
 */
import { parentPort } from 'worker_threads';
import { workerOps, type OpName } from './workerOps';

export interface WorkerRequest {
  id: number;
  op: OpName;
  args: unknown;
}

export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const op = workerOps[req.op] as (args: unknown) => unknown;
    if (!op) throw new Error(`unknown worker operation ${String(req.op)}`);
    res = { id: req.id, result: op(req.args) };
  } catch (err) {
    res = { id: req.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort!.postMessage(res);
});
