/**
 * Analysis cost: `analyzeSource` (clean, convert, then every analyser: the path a worker takes for a
 * document) on generated ~10 KB reports, 30 % of them Traditional with the pinyin artifact, and on one
 * ~1 MB report. Wall-clock milliseconds; the first call (loading the segmenter and the gazetteer) is
 * reported on its own and not counted in the percentiles.
 */
import { analyzeSource } from '../../src/core/analysis/analyze';
import { compose } from '../corpus/compose';
import { fork, seeded } from '../corpus/random';
import { render } from '../corpus/render';
import { loadSources } from '../corpus/sources';
import { numberArg, runMeasurement, since } from '../lib/child';
import { mean, median, percentile, round } from '../lib/stats';

const KB10 = 10 * 1024;

/** A report of about `bytes` UTF-8 bytes (never less) as a scraper saved it. */
function report(seed: number, bytes: number, traditional: boolean): string {
  let bodyChars = Math.round(bytes / 3.2); // ~3 bytes per character; furniture and lead add the rest
  for (;;) {
    const r = seeded(seed);
    const composed = compose(fork(r), { bodyChars });
    const text = render(fork(r), composed.text, traditional ? 'traditional' : 'simplified', 'utf-8', loadSources().pinyin).bytes.toString('utf8');
    const size = Buffer.byteLength(text);
    if (size >= bytes) return text;
    bodyChars = Math.ceil((bodyChars * bytes * 1.01) / size);
  }
}

runMeasurement(() => {
  const count = numberArg('reports', 200);
  const largeBytes = numberArg('large-bytes', 1024 * 1024);
  const largeRuns = numberArg('large-runs', 3);
  const reports = Array.from({ length: count }, (_, i) => report(1000 + i, KB10, i % 10 < 3));
  const sizes = reports.map((t) => Buffer.byteLength(t));

  let t0 = performance.now();
  analyzeSource(reports[0], { pathHint: 'warm-up.txt' });
  const firstCallMs = since(t0);
  // A few more calls so the JIT has seen every analyser before anything is counted.
  for (let i = 1; i < Math.min(10, reports.length); i++) analyzeSource(reports[i], { pathHint: `warm-up-${i}.txt` });

  const ms: number[] = [];
  const per10KB: number[] = [];
  reports.forEach((text, i) => {
    t0 = performance.now();
    analyzeSource(text, { pathHint: `r${i}.txt` });
    const t = since(t0);
    ms.push(t);
    per10KB.push((t * KB10) / sizes[i]);
  });

  const large = report(7, largeBytes, false);
  const largeTimes: number[] = [];
  for (let i = 0; i < largeRuns; i++) {
    t0 = performance.now();
    analyzeSource(large, { pathHint: 'large.txt' });
    largeTimes.push(since(t0));
  }
  const largeTraditional = report(8, largeBytes, true);
  t0 = performance.now();
  analyzeSource(largeTraditional, { pathHint: 'large-traditional.txt' });
  const largeTraditionalMs = since(t0);

  return {
    reports: count,
    meanReportBytes: Math.round(mean(sizes)),
    firstCallMs: round(firstCallMs, 1),
    ms: { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), max: round(Math.max(...ms)) },
    msPer10KB: { p50: round(percentile(per10KB, 50)), p95: round(percentile(per10KB, 95)) },
    large: { bytes: Buffer.byteLength(large), runsMs: largeTimes.map((t) => round(t, 0)), medianMs: round(median(largeTimes), 0), traditionalBytes: Buffer.byteLength(largeTraditional), traditionalMs: round(largeTraditionalMs, 0) },
  };
});
