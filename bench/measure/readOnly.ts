/**
 * The index build's peer: a plain loop that reads every document of the same corpus and decodes it
 * (encoding detection included, `decodeBytes`), nothing else, on one thread. Three passes, median: one
 * pass takes a second or two, short enough for a neighbour's burst of work to double it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeBytes } from '../../src/core/corpus/decode';
import { readCorpus } from '../corpus/generate';
import { requiredArg, runMeasurement, since } from '../lib/child';
import { median, round } from '../lib/stats';

runMeasurement(() => {
  const dir = requiredArg('corpus');
  const manifest = readCorpus(dir);
  if (!manifest) throw new Error(`no benchmark corpus in ${dir}`);
  const passes: number[] = [];
  let chars = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    chars = 0;
    for (const doc of manifest.docs) chars += decodeBytes(fs.readFileSync(path.join(dir, ...doc.path.split('/')))).text.length;
    passes.push(since(t0));
  }
  return { docs: manifest.docs.length, chars, seconds: round(median(passes) / 1000, 3), passesSeconds: passes.map((t) => round(t / 1000, 3)) };
});
