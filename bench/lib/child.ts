import * as fs from 'fs';

/**
 * Each measurement runs in its own Node process started by bench/run.ts, so its peak memory is its
 * own: `process.resourceUsage().maxRSS` (the kernel's high-water mark for the whole process, worker
 * threads included) is read at the end and reported with the result.
 */

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function numberArg(name: string, fallback: number): number {
  const v = arg(name);
  return v === undefined ? fallback : Number(v);
}

export function requiredArg(name: string): string {
  const v = arg(name);
  if (v === undefined) throw new Error(`missing --${name}`);
  return v;
}

export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Runs a measurement and writes `{result, peakRssMB}` as JSON to `--out`; exit code 1 on failure. */
export function runMeasurement<T>(measure: () => Promise<T> | T): void {
  const out = requiredArg('out');
  Promise.resolve()
    .then(measure)
    .then((result) => {
      fs.writeFileSync(out, JSON.stringify({ result, peakRssMB: peakRssMB() }, null, 2));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    });
}

/** Wall-clock milliseconds since `t0` (from `performance.now()`). */
export function since(t0: number): number {
  return performance.now() - t0;
}
