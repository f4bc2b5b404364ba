/** Loading a saved corpus index in a fresh process (what a window does on start when the cache is valid). */
import { CorpusIndex } from '../../src/core/corpus';
import { requiredArg, runMeasurement, since } from '../lib/child';
import { round } from '../lib/stats';

runMeasurement(async () => {
  const index = new CorpusIndex({ root: requiredArg('corpus') });
  const t0 = performance.now();
  const loaded = await index.load(requiredArg('cache'));
  const ms = since(t0);
  if (!loaded.ok) throw new Error(`the cache did not load: ${loaded.reason}`);
  index.dispose();
  return { entries: loaded.entries, seconds: round(ms / 1000, 3) };
});
