/**
 * Worker-thread entry: analysis (segmentation dictionaries included) loads and runs here so the
 * extension host's thread never does it. Messages: {id, op, args} → {id, result} | {id, error}.
 */
import { parentPort } from 'worker_threads';
import { DecodeError, type DecodeFailure } from '../corpus/decodeError';
import { workerOps, type OpName } from './workerOps';

export interface WorkerRequest {
  id: number;
  op: OpName;
  args: unknown;
}

/** `decode`: the input was not text (binary, undecodable, too large): the caller skips it, not a crash. */
export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string; decode?: DecodeFailure };

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const op = workerOps[req.op] as (args: unknown) => unknown;
    if (!op) throw new Error(`unknown worker operation ${String(req.op)}`);
    res = { id: req.id, result: op(req.args) };
  } catch (err) {
    res =
      err instanceof DecodeError
        ? { id: req.id, error: err.message, decode: err.reason }
        : { id: req.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort!.postMessage(res);
});
